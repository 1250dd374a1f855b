"""Analysing documents once and keeping the result: tokens, lemmas, tags and entities per segment.

Running spaCy is the expensive step of suggesting codes, and a transcript does not change
after import, so each document is processed once per pipeline (segment by segment, the
segments stored at import are the sentences) and the compact result is kept in the
project. Suggestions then work on these arrays, never on spaCy objects.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

#: Format of the stored analysis; bump to invalidate every cached analysis.
FORMAT = 1


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
        return [text[o:o + n] for o, n in zip(self.offsets, self.lengths)]

    def clip(self, start: int, end: int) -> "SegmentAnalysis":
        """The part of this analysis whose tokens lie inside [start, end)."""
        keep = [i for i, (o, n) in enumerate(zip(self.offsets, self.lengths)) if o >= start and o + n <= end]
        return SegmentAnalysis(
            max(start, self.start), min(end, self.end),
            [self.offsets[i] for i in keep], [self.lengths[i] for i in keep],
            [self.lemmas[i] for i in keep], [self.pos[i] for i in keep],
            [e for e in self.ents if e[0] >= start and e[1] <= end],
        )

    def to_json(self) -> list:
        return [self.start, self.end, self.offsets, self.lengths, self.lemmas, self.pos, [list(e) for e in self.ents]]

    @classmethod
    def from_json(cls, row: list) -> "SegmentAnalysis":
        return cls(row[0], row[1], row[2], row[3], row[4], row[5], [tuple(e) for e in row[6]])


@dataclass
class DocumentAnalysis:
    """All analysed segments of one document, in order."""

    document_id: int | None
    pipeline: str
    text: str
    segments: list[SegmentAnalysis]

    def span(self, start: int, end: int) -> SegmentAnalysis:
        """The tokens inside [start, end), gathered across segments."""
        out = SegmentAnalysis(start, end)
        for seg in self.segments:
            if seg.end <= start or seg.start >= end:
                continue
            part = seg if (seg.start >= start and seg.end <= end) else seg.clip(start, end)
            out.offsets += part.offsets
            out.lengths += part.lengths
            out.lemmas += part.lemmas
            out.pos += part.pos
            out.ents += part.ents
        return out

    def dumps(self) -> str:
        return json.dumps({"format": FORMAT, "segments": [s.to_json() for s in self.segments]},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def loads(cls, data: str, document_id: int | None, pipeline: str, text: str) -> "DocumentAnalysis | None":
        """Parse a stored analysis; None when it was written in another format."""
        obj = json.loads(data)
        if obj.get("format") != FORMAT:
            return None
        return cls(document_id, pipeline, text, [SegmentAnalysis.from_json(r) for r in obj["segments"]])


def _segment_from_doc(doc, base: int, end: int) -> SegmentAnalysis:
    """Compact arrays of one spaCy Doc whose text starts at document offset `base`."""
    offsets, lengths, lemmas, pos = [], [], [], []
    for token in doc:
        if token.is_space:
            continue
        offsets.append(base + token.idx)
        lengths.append(len(token.text))
        lemmas.append(token.lemma_ or token.text)
        pos.append(token.pos_)
    ents = [(base + e.start_char, base + e.end_char, e.label_) for e in doc.ents]
    return SegmentAnalysis(base, end, offsets, lengths, lemmas, pos, ents)


def analyse_spans(
    pipeline, text: str, spans: Sequence[tuple[int, int]], batch_size: int = 256
) -> list[SegmentAnalysis]:
    """Run the pipeline over each span of `text` (stored segments are already sentences)."""
    nlp = pipeline.nlp
    docs = nlp.pipe((text[a:b] for a, b in spans), batch_size=batch_size,
                    disable=[n for n in nlp.pipe_names if n not in pipeline.segment_components])
    return [_segment_from_doc(doc, a, b) for doc, (a, b) in zip(docs, spans)]


def analyse_text(pipeline, text: str) -> SegmentAnalysis:
    """Analyse a free text (not a stored document) as one span."""
    return analyse_spans(pipeline, text, [(0, len(text))])[0]


def analyse_texts(pipeline, texts: Iterable[str], batch_size: int = 256) -> Iterable[tuple[str, SegmentAnalysis]]:
    """Analyse many free texts lazily, in order: yields (text, analysis) pairs."""
    nlp = pipeline.nlp
    disable = [n for n in nlp.pipe_names if n not in pipeline.segment_components]
    ours, spacys = itertools.tee(texts)
    for text, doc in zip(ours, nlp.pipe(spacys, batch_size=batch_size, disable=disable)):
        yield text, _segment_from_doc(doc, 0, len(text))


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
            analysis = DocumentAnalysis(document_id, key, text, analyse_spans(self.pipeline, text, spans))
            with self.lock:
                self.project.save_nlp_analysis(document_id, key, sha, analysis.dumps())
        self._memory[document_id] = analysis
        return analysis

    def prepare_all(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Analyse every document not analysed yet; returns how many were processed."""
        with self.lock:
            ids = self.project.document_ids()
            done = self.project.analysed_documents(self.pipeline.cache_key)
        todo = [i for i in ids if i not in done]
        for n, doc_id in enumerate(todo, 1):
            self.get(doc_id)
            if progress:
                progress(n, len(todo))
        return len(todo)

    def forget(self, document_id: int | None = None) -> None:
        """Drop analyses held in memory (all, or one document's)."""
        if document_id is None:
            self._memory.clear()
        else:
            self._memory.pop(document_id, None)
