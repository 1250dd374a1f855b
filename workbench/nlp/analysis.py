"""Analysing documents once and keeping the result: tokens, lemmas, tags and entities.

Running spaCy is the expensive step of suggesting codes, and a transcript does not change
after import, so each document is processed once per pipeline (as one Doc whose
sentences are the segments stored at import) and the compact result is kept in the
project. Suggestions then work on these arrays, never on spaCy objects.
"""

from __future__ import annotations

import base64
import itertools
import json
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Callable, Iterable, Sequence

#: Format of the stored analysis; bump to invalidate every cached analysis.
FORMAT = 2


@dataclass
class SegmentAnalysis:
    """One analysed span: token offsets (into the document), lengths, lemmas, POS, entities."""

    start: int
    end: int
    offsets: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label), document offsets

    def words(self, text: str) -> list[str]:
        """The token texts, cut from the document text."""
        return [text[o:o + n] for o, n in zip(self.offsets, self.lengths, strict=True)]


class DocumentAnalysis:
    """A whole document's tokens as flat arrays, cut into its stored segments on demand.

    Kept this way (not as one object per token or segment) so that analysing and storing
    a transcript adds little to what spaCy itself costs: one pass of numpy over the
    document's token table, and lemma strings looked up once per distinct lemma.
    """

    def __init__(self, document_id: int | None, pipeline: str, text: str, spans: Sequence[tuple[int, int]],
                 offsets, lengths, lemma_ids, lemmas: list[str], pos_ids, pos_names: list[str],
                 ents: Sequence[Sequence]):
        import numpy as np

        self.document_id = document_id
        self.pipeline = pipeline
        self.text = text
        self.spans = [tuple(span) for span in spans]
        self.offsets = np.asarray(offsets, dtype=np.int64)
        self.lengths = np.asarray(lengths, dtype=np.int64)
        self.lemma_ids = None if lemma_ids is None else np.asarray(lemma_ids, dtype=np.int64)
        self.lemma_table = None if lemmas is None else list(lemmas)  # None: simplemma's lemma of each word
        self.pos_ids = np.asarray(pos_ids, dtype=np.int64)
        self.pos_table = list(pos_names)
        self.ents = [(int(e[0]), int(e[1]), str(e[2])) for e in ents]
        self._segments: list[SegmentAnalysis] | None = None

    @property
    def segments(self) -> list[SegmentAnalysis]:
        """One SegmentAnalysis per stored segment, in order (built on first use)."""
        if self._segments is None:
            self._segments = [self.span(a, b) for a, b in self.spans]
        return self._segments

    def span(self, start: int, end: int) -> SegmentAnalysis:
        """The tokens lying inside [start, end)."""
        import numpy as np

        first = int(np.searchsorted(self.offsets, start, side="left"))
        last = int(np.searchsorted(self.offsets, end, side="left"))
        while last > first and self.offsets[last - 1] + self.lengths[last - 1] > end:
            last -= 1
        pos = self.pos_table
        offsets, lengths = self.offsets[first:last].tolist(), self.lengths[first:last].tolist()
        if self.lemma_table is None:
            from workbench.nlp.components import lemma_of

            text = self.text
            lemmas = [lemma_of(text[o:o + n]) for o, n in zip(offsets, lengths, strict=True)]
        else:
            table = self.lemma_table
            lemmas = [table[i] for i in self.lemma_ids[first:last].tolist()]
        return SegmentAnalysis(
            start, end, offsets, lengths, lemmas,
            [pos[i] for i in self.pos_ids[first:last].tolist()],
            [e for e in self.ents if e[0] >= start and e[1] <= end],
        )

    def dumps(self) -> str:
        """JSON text with the arrays as base64 (compact, and read back without a loop per token)."""
        derived = self.lemma_table is None
        return json.dumps({
            "format": FORMAT, "spans": _pack(self.spans, "<i4"),
            "offsets": _pack(self.offsets, "<i4"), "lengths": _pack(self.lengths, "<u2"),
            "lemma_ids": None if derived else _pack(self.lemma_ids, "<i4"),
            "lemmas": None if derived else "\x1f".join(self.lemma_table),
            "pos_ids": _pack(self.pos_ids, "<u1"), "pos": self.pos_table, "ents": self.ents,
        }, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def loads(cls, data: str, document_id: int | None, pipeline: str, text: str) -> DocumentAnalysis | None:
        """Parse a stored analysis; None when it was written in another format."""
        obj = json.loads(data)
        if obj.get("format") != FORMAT:
            return None
        derived = obj["lemmas"] is None
        return cls(document_id, pipeline, text, _unpack(obj["spans"], "<i4").reshape(-1, 2).tolist(),
                   _unpack(obj["offsets"], "<i4"), _unpack(obj["lengths"], "<u2"),
                   None if derived else _unpack(obj["lemma_ids"], "<i4"),
                   None if derived else (obj["lemmas"].split("\x1f") if obj["lemmas"] else []),
                   _unpack(obj["pos_ids"], "<u1"), obj["pos"], obj["ents"])


def _pack(values, dtype: str) -> str:
    import numpy as np

    return base64.b64encode(np.asarray(values).astype(dtype).tobytes()).decode("ascii")


def _unpack(data: str, dtype: str):
    import numpy as np

    return np.frombuffer(base64.b64decode(data), dtype=dtype).astype(np.int64)


#: Lemma strings by spaCy hash, shared across documents (a StringStore lookup per distinct lemma is slow).
_STRING_CACHE: dict[int, str] = {}


@lru_cache(maxsize=1)
def _attrs():
    from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_SPACE, LEMMA, LENGTH, POS, SENT_START
    from spacy.parts_of_speech import NAMES

    return [IDX, LENGTH, LEMMA, POS, IS_SPACE, ENT_IOB, ENT_TYPE], SENT_START, NAMES


def _tables(doc, base: int = 0, lemmas_derived: bool = False):
    """(offsets, lengths, lemma ids, lemma table, pos ids, pos table, ents) of a processed Doc.

    Columns a pipeline does not fill (POS, entities) are not read at all; with
    `lemmas_derived` (the fallback, whose lemma is simplemma's for the word) no lemma is
    read either: lemma ids and table come back as None and are derived on use.
    """
    import numpy as np

    attrs, _sent, pos_names = _attrs()
    has_pos, has_ents = doc.has_annotation("POS"), doc.has_annotation("ENT_IOB")
    wanted = attrs[:3] + [attrs[4]] + ([attrs[3]] if has_pos else []) + (attrs[5:] if has_ents else [])
    if lemmas_derived and not has_pos:
        wanted[2] = attrs[0]  # a placeholder column: the lemma is not read
    table = doc.to_array(wanted).astype(np.uint64).reshape(-1, len(wanted))
    strings = doc.vocab.strings
    ents = _entities(table[:, -2:], table, strings, base) if has_ents else []
    table = table[table[:, 3] == 0]
    offsets = table[:, 0].astype(np.int64) + base
    if lemmas_derived and not has_pos:
        return offsets, table[:, 1].astype(np.int64), None, None, np.zeros(len(table), dtype=np.int64), [""], ents
    hashes, lemma_ids = np.unique(table[:, 2], return_inverse=True)
    known = _STRING_CACHE
    if len(known) > 500_000:
        known.clear()
    lemmas = [known.get(h) or known.setdefault(h, strings[h]) for h in hashes.tolist()]
    if "" in lemmas:  # a pipeline without a lemmatiser: keep the word itself
        text = doc.text
        words = [text[o:o + n] for o, n in table[:, :2].tolist()]
        index: dict[str, int] = {}
        ids = [index.setdefault(lemmas[i] or word, len(index)) for i, word in zip(lemma_ids.tolist(), words, strict=True)]
        lemmas, lemma_ids = list(index), np.asarray(ids, dtype=np.int64)
    if has_pos:
        pos_hashes, pos_ids = np.unique(table[:, 4], return_inverse=True)
        pos = [pos_names.get(h, "") for h in pos_hashes.tolist()]
    else:
        pos_ids, pos = np.zeros(len(table), dtype=np.int64), [""]
    return (offsets, table[:, 1].astype(np.int64), lemma_ids.reshape(-1), lemmas, pos_ids.reshape(-1), pos, ents)


def _entities(iob_type, table, strings, base: int) -> list[tuple[int, int, str]]:
    """Entity character spans from the IOB columns (B=3, I=1) without building Span objects."""
    import numpy as np

    iob = iob_type[:, 0]
    begins = np.flatnonzero(iob == 3)
    if not len(begins):
        return []
    not_inside = np.flatnonzero(iob != 1)
    after = np.searchsorted(not_inside, begins, side="right")
    ends = np.where(after < len(not_inside), not_inside[np.minimum(after, len(not_inside) - 1)], len(iob)) - 1
    starts = (table[begins, 0] + base).tolist()
    stops = (table[ends, 0] + table[ends, 1] + base).tolist()
    labels = iob_type[begins, 1].tolist()
    return [(int(a), int(b), strings[t]) for a, b, t in zip(starts, stops, labels, strict=True)]


def _prepared_doc(pipeline, text: str, spans: Sequence[tuple[int, int]]):
    """The tokenised Doc of a document, its stored segments marked as sentences when a component uses them."""
    import numpy as np

    doc = pipeline.nlp.make_doc(text)
    if len(doc) and pipeline.uses_sentences:
        attrs, sent_start, _names = _attrs()
        idx = doc.to_array([attrs[0]]).astype(np.int64).reshape(-1)
        starts = np.fromiter((a for a, _b in spans), dtype=np.int64, count=len(spans))
        flags = np.where(np.isin(idx, starts), 1, -1).astype(np.uint64)
        flags[0] = 1
        doc.from_array([sent_start], flags.reshape(-1, 1))
    return doc


def analyse_documents(pipeline, documents: Sequence[tuple[str, Sequence[tuple[int, int]]]],
                      ids: Sequence[int | None] | None = None, batch_size: int = 16) -> list[DocumentAnalysis]:
    """Run the pipeline over whole documents, each with its stored segments as the sentences.

    Documents go through `nlp.pipe` together, so a full model's network works in batches.
    """
    nlp = pipeline.nlp
    skipped = [n for n in nlp.pipe_names if n not in pipeline.segment_components]
    docs = (_prepared_doc(pipeline, text, spans) for text, spans in documents)
    derived = pipeline.choice.kind == "fallback"
    ids = list(ids) if ids is not None else [None] * len(documents)
    return [DocumentAnalysis(doc_id, pipeline.cache_key, text, spans, *_tables(doc, lemmas_derived=derived))
            for doc, (text, spans), doc_id in zip(nlp.pipe(docs, batch_size=batch_size, disable=skipped),
                                                  documents, ids, strict=True)]


def analyse_document(pipeline, text: str, spans: Sequence[tuple[int, int]],
                     document_id: int | None = None) -> DocumentAnalysis:
    """Run the pipeline once over a whole document, its stored segments as the sentences."""
    doc = _prepared_doc(pipeline, text, spans)
    wanted = set(pipeline.segment_components)
    for name, component in pipeline.nlp.pipeline:  # what nlp(doc) does, minus the sentencizer
        if name in wanted:
            doc = component(doc)
    return DocumentAnalysis(document_id, pipeline.cache_key, text, spans,
                            *_tables(doc, lemmas_derived=pipeline.choice.kind == "fallback"))


def analyse_text(pipeline, text: str) -> SegmentAnalysis:
    """Analyse a free text (not a stored document) as one span."""
    return next(analyse_texts(pipeline, [text]))[1]


def analyse_texts(pipeline, texts: Iterable[str], batch_size: int = 256) -> Iterable[tuple[str, SegmentAnalysis]]:
    """Analyse many free texts lazily, in order: yields (text, analysis) pairs."""
    nlp = pipeline.nlp
    disable = [n for n in nlp.pipe_names if n not in pipeline.segment_components]
    ours, spacys = itertools.tee(texts)
    for text, doc in zip(ours, nlp.pipe(spacys, batch_size=batch_size, disable=disable), strict=True):
        offsets, lengths, lemma_ids, lemmas, pos_ids, pos, ents = _tables(doc)
        yield text, SegmentAnalysis(0, len(text), offsets.tolist(), lengths.tolist(),
                                    [lemmas[i] for i in lemma_ids.tolist()], [pos[i] for i in pos_ids.tolist()], ents)


class AnalysisCache:
    """Analyses of a project's documents by one pipeline: memory, then the store, then spaCy.

    All store access happens under `lock`, so a worker thread and the UI thread never
    interleave statements on one SQLite connection.
    """

    def __init__(self, project, pipeline, lock=None):
        import threading

        self.project = project
        self.pipeline = pipeline
        self.lock = lock or threading.RLock()
        self._memory: dict[int, DocumentAnalysis] = {}

    def get(self, document_id: int) -> DocumentAnalysis:
        """The analysis of a document, computing and storing it on first use."""
        found = self._memory.get(document_id)
        if found is not None:
            return found
        key = self.pipeline.cache_key
        with self.lock:
            text, sha = self.project.document_text_and_sha(document_id)
            stored = self.project.nlp_analysis(document_id, key)
            spans = [(s.start, s.end) for s in self.project.segments(document_id)]
        analysis = None
        if stored is not None and stored[0] == sha:
            analysis = DocumentAnalysis.loads(stored[1], document_id, key, text)
        if analysis is None:
            if not spans and text.strip():
                spans = [(0, len(text))]
            analysis = analyse_document(self.pipeline, text, spans, document_id)
            with self.lock:
                self.project.save_nlp_analysis(document_id, key, sha, analysis.dumps())
        self._memory[document_id] = analysis
        return analysis

    def prepare_all(self, progress: Callable[[int, int], None] | None = None, batch: int = 8) -> int:
        """Analyse and keep every document not analysed yet, several at a time; returns how many."""
        with self.lock:
            ids = self.project.document_ids()
            done = self.project.analysed_documents(self.pipeline.cache_key)
        todo = [i for i in ids if i not in done and i not in self._memory]
        for first in range(0, len(todo), batch):
            chunk = todo[first:first + batch]
            with self.lock:
                rows = [(doc_id, *self.project.document_text_and_sha(doc_id),
                         [(s.start, s.end) for s in self.project.segments(doc_id)]) for doc_id in chunk]
            rows = [(i, text, sha, spans or ([(0, len(text))] if text.strip() else [])) for i, text, sha, spans in rows]
            analyses = analyse_documents(self.pipeline, [(text, spans) for _i, text, _sha, spans in rows],
                                         [i for i, *_rest in rows])
            with self.lock:
                for (doc_id, _text, sha, _spans), analysis in zip(rows, analyses, strict=True):
                    self.project.save_nlp_analysis(doc_id, self.pipeline.cache_key, sha, analysis.dumps())
            for (doc_id, *_rest), analysis in zip(rows, analyses, strict=True):
                self._memory[doc_id] = analysis
            if progress:
                progress(min(first + batch, len(todo)), len(todo))
        return len(todo)

    def held(self) -> set[int]:
        """Ids of the documents whose analyses are in memory now."""
        return set(self._memory)

    def forget(self, document_id: int | None = None) -> None:
        """Drop analyses held in memory (all, or one document's)."""
        if document_id is None:
            self._memory.clear()
        else:
            self._memory.pop(document_id, None)
