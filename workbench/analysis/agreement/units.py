"""From codings to reliability data: which value each coder gave each unit.

Agreement needs units that every coder judged. A coding is a free span, so this module
decides, per unit of analysis, what a coder's spans amount to:

- a coder's own overlapping spans of one code are merged first, so overlap never
  counts twice; spans that only touch stay two units (unitizing needs that);
- a code counts as applied when the code itself or any of its sub-codes is;
- `segment`: the code is on a segment when the coder's spans of it cover at least
  half the segment's characters;
- `document`: the code is on a document when the coder applied it anywhere in it;
- `character`: every character is a unit (NVivo's approach);
- for a "domain" (a parent whose children are alternatives) the value is which child
  was applied: on a segment or document the child covering most of it, on a character
  the first child in codebook order covering it; a coder who applied none is missing.

A coder who has no coding at all in a document did not code it: their values there are
missing, not "absent". Documents coded by fewer than two of the chosen coders give no
pairable units and so do not count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

import numpy as np

from workbench.analysis.agreement.stats import MISSING

Span = tuple[int, int]


class SpanArray(Sequence[Span]):
    """Spans kept as an (n, 2) integer array, read as a sequence of (start, end) tuples.

    A corpus read from a project holds its 770,000 segments this way instead of as
    770,000 tuples; `np.asarray` gets the array back without copying.
    """

    def __init__(self, bounds: np.ndarray) -> None:
        self._bounds = np.asarray(bounds, dtype=np.int64).reshape(-1, 2)

    def __len__(self) -> int:
        return len(self._bounds)

    @overload
    def __getitem__(self, index: int) -> Span: ...
    @overload
    def __getitem__(self, index: slice) -> list[Span]: ...
    def __getitem__(self, index: int | slice) -> Span | list[Span]:
        if isinstance(index, slice):
            return [(a, b) for a, b in self._bounds[index].tolist()]
        a, b = self._bounds[index].tolist()
        return (a, b)

    def __iter__(self) -> Iterator[Span]:
        return iter([(a, b) for a, b in self._bounds.tolist()])

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray:
        out = self._bounds if dtype is None else self._bounds.astype(dtype, copy=False)
        return out.copy() if copy and out is self._bounds else out

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Iterable):
            return NotImplemented
        return list(self) == list(other)

    def __repr__(self) -> str:
        return f"SpanArray({list(self)!r})"


@dataclass
class AgreementDocument:
    """A document as agreement needs it: its text and its segments' spans."""

    id: int
    name: str
    text: str
    segments: Sequence[Span]

    @property
    def length(self) -> int:
        return len(self.text)


@dataclass
class CorpusArrays:
    """A corpus as integer arrays, for computing over all documents at once.

    Documents are numbered by their position in `AgreementCorpus.documents`; segments of
    document i are rows `segment_offset[i]:segment_offset[i + 1]` of `segments`, in
    the document's order; codings refer to `coder_names` and `code_paths` by index.
    """

    segment_offset: np.ndarray
    segments: np.ndarray
    coding_document: np.ndarray
    coding_coder: np.ndarray
    coding_code: np.ndarray
    coding_start: np.ndarray
    coding_end: np.ndarray
    coder_names: list[str]
    code_paths: list[str]

    @classmethod
    def build(cls, documents: list[AgreementDocument], code_paths: list[str],
              codings: list[tuple[int, str, str, int, int]]) -> CorpusArrays:
        """From the corpus's lists (codings of documents not in `documents` are left out)."""
        counts = np.array([len(d.segments) for d in documents], dtype=np.int64)
        bounds = [np.asarray(d.segments, dtype=np.int64).reshape(-1, 2) for d in documents]
        segments = np.concatenate(bounds) if bounds else np.zeros((0, 2), dtype=np.int64)
        position = {d.id: i for i, d in enumerate(documents)}
        coders: dict[str, int] = {}
        paths = {p: i for i, p in enumerate(code_paths)}
        rows: list[tuple[int, int, int, int, int]] = []
        for doc_id, coder, path, start, end in codings:
            d = position.get(doc_id)
            if d is None:
                continue
            rows.append((d, coders.setdefault(coder, len(coders)), paths.setdefault(path, len(paths)), start, end))
        table = np.array(rows, dtype=np.int64).reshape(-1, 5)
        columns = table.T
        return cls(np.concatenate([[0], np.cumsum(counts)]), segments, columns[0], columns[1], columns[2],
                   columns[3], columns[4], list(coders), list(paths))


@dataclass
class AgreementCorpus:
    """Documents, the codebook's paths (in order) and every coding as (doc, coder, path, start, end).

    `arrays` may hold the same corpus as integer arrays (`load_corpus` reads them so);
    otherwise they are built from the lists when first needed.
    """

    documents: list[AgreementDocument]
    code_paths: list[str]
    codings: list[tuple[int, str, str, int, int]]
    exclusive: set[str] = field(default_factory=set)
    arrays: CorpusArrays | None = field(default=None, repr=False)
    _index: dict[tuple[int, str], dict[str, list[Span]]] | None = field(default=None, init=False, repr=False)
    _spans: dict[Any, list[Span]] = field(default_factory=dict, init=False, repr=False)

    @property
    def _by_doc_coder(self) -> dict[tuple[int, str], dict[str, list[Span]]]:
        """Per (document, coder): their spans by code path (built on first use)."""
        if self._index is None:
            index: dict[tuple[int, str], dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
            for doc_id, coder, path, start, end in self.codings:
                index[(doc_id, coder)][path].append((start, end))
            self._index = {key: dict(by_path) for key, by_path in index.items()}
        return self._index

    def corpus_arrays(self) -> CorpusArrays:
        if self.arrays is None:
            self.arrays = CorpusArrays.build(self.documents, self.code_paths, self.codings)
        return self.arrays

    def coded(self, document_id: int, coder: str) -> bool:
        """Whether the coder has any coding in the document (else their values are missing)."""
        return (document_id, coder) in self._by_doc_coder

    def coders_of(self, document_id: int, coders: list[str]) -> list[str]:
        return [c for c in coders if self.coded(document_id, c)]

    def spans(self, document_id: int, coder: str, path: str, subtree: bool = True) -> list[Span]:
        """The coder's merged spans of `path` (and, with `subtree`, of its sub-codes)."""
        key = (document_id, coder, path, subtree)
        found = self._spans.get(key)
        if found is None:
            by_path = self._by_doc_coder.get((document_id, coder), {})
            prefix = path + "/"
            found = self._spans[key] = merge_overlapping([
                span for p, spans in by_path.items() if p == path or (subtree and p.startswith(prefix))
                for span in spans
            ])
        return list(found)

    def paths_used(self, coders: list[str]) -> set[str]:
        """Paths applied directly by any of the coders."""
        chosen = set(coders)
        return {path for _d, coder, path, _s, _e in self.codings if coder in chosen}

    def children(self, path: str) -> list[str]:
        """Direct sub-codes of `path`, in codebook order."""
        depth = path.count("/") + 1
        return [p for p in self.code_paths if p.startswith(path + "/") and p.count("/") == depth]

    def subtree(self, path: str) -> list[str]:
        """`path` and all its sub-codes, in codebook order."""
        return [p for p in self.code_paths if p == path or p.startswith(path + "/")]


def merge_overlapping(spans: list[Span]) -> list[Span]:
    """Merge spans that overlap (share a character); spans that only touch stay apart."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _covered(spans: list[Span], length: int) -> np.ndarray:
    """Boolean array: which characters the spans cover."""
    marks = np.zeros(length + 1, dtype=np.int64)
    for start, end in spans:
        marks[max(0, start)] += 1
        marks[min(length, end)] -= 1
    return np.cumsum(marks[:-1]) > 0


def _segment_coverage(spans: list[Span], length: int, bounds: np.ndarray) -> np.ndarray:
    """Characters of each segment covered by the spans.

    From span boundaries, not per character: with the spans merged and clipped to the
    text, the characters covered before position x are the lengths of the spans that
    end before it plus the part of the one that holds it (a binary search), and a
    segment's coverage is that count at its end minus at its start.
    """
    merged = merge_overlapping([(max(0, s), min(length, e)) for s, e in spans if min(length, e) > max(0, s)])
    if not merged or not len(bounds):
        return np.zeros(len(bounds), dtype=np.int64)
    starts, ends = np.array(merged, dtype=np.int64).T
    before = np.concatenate([[0], np.cumsum(ends - starts)])

    def covered_before(x: np.ndarray) -> np.ndarray:
        k = np.searchsorted(starts, x, side="left")  # spans starting before x
        last = np.maximum(k - 1, 0)
        return np.where(k > 0, before[last] + np.minimum(x, ends[last]) - starts[last], 0)

    covered: np.ndarray = covered_before(bounds[:, 1]) - covered_before(bounds[:, 0])
    return covered


@dataclass
class Reliability:
    """A ratings matrix (units x coders) with a cluster label (document id) per unit."""

    ratings: np.ndarray
    clusters: np.ndarray
    n_categories: int

    @classmethod
    def stack(cls, parts: list[Reliability], n_coders: int, n_categories: int) -> Reliability:
        if not parts:
            return cls(np.empty((0, n_coders), dtype=np.int64), np.empty(0, dtype=np.int64), n_categories)
        return cls(np.vstack([p.ratings for p in parts]), np.concatenate([p.clusters for p in parts]), n_categories)


def _doc_part(doc: AgreementDocument, coders: list[str], corpus: AgreementCorpus, unit: str,
              value_of: Callable[[str], np.ndarray]) -> Reliability | None:
    """Ratings of one document: `value_of(coder)` gives that coder's column (coded coders only)."""
    if unit == "segment":
        n = len(doc.segments)
    elif unit == "document":
        n = 1
    else:
        n = doc.length
    if n == 0 or len(corpus.coders_of(doc.id, coders)) == 0:
        return None
    ratings = np.full((n, len(coders)), MISSING, dtype=np.int64)
    for j, coder in enumerate(coders):
        if corpus.coded(doc.id, coder):
            ratings[:, j] = value_of(coder)
    return Reliability(ratings, np.full(n, doc.id, dtype=np.int64), 0)


def presence_data(corpus: AgreementCorpus, coders: list[str], path: str, unit: str,
                  subtree: bool = True, documents: list[AgreementDocument] | None = None) -> Reliability:
    """Presence (1) / absence (0) of a code per unit and coder; MISSING where not coded."""
    parts = []
    for doc in documents if documents is not None else corpus.documents:
        bounds = np.array(doc.segments, dtype=np.int64).reshape(-1, 2)

        def value_of(coder: str, doc: AgreementDocument = doc, bounds: np.ndarray = bounds) -> np.ndarray:
            spans = corpus.spans(doc.id, coder, path, subtree)
            if unit == "document":
                return np.array([1 if spans else 0])
            if unit == "character":
                return _covered(spans, doc.length).astype(np.int64)
            covered = _segment_coverage(spans, doc.length, bounds)
            on: np.ndarray = (2 * covered >= bounds[:, 1] - bounds[:, 0]).astype(np.int64)
            return on

        part = _doc_part(doc, coders, corpus, unit, value_of)
        if part is not None:
            parts.append(part)
    return Reliability.stack(parts, len(coders), 2)


def domain_data(corpus: AgreementCorpus, coders: list[str], parent: str, unit: str,
                documents: list[AgreementDocument] | None = None) -> Reliability:
    """Which child of `parent` each coder applied per unit (0..k-1), MISSING if none."""
    kids = corpus.children(parent)
    parts = []
    for doc in documents if documents is not None else corpus.documents:
        bounds = np.array(doc.segments, dtype=np.int64).reshape(-1, 2)

        def value_of(coder: str, doc: AgreementDocument = doc, bounds: np.ndarray = bounds) -> np.ndarray:
            child_spans = [corpus.spans(doc.id, coder, kid) for kid in kids]
            if unit == "character":
                label = np.full(doc.length, MISSING, dtype=np.int64)
                for k in range(len(kids) - 1, -1, -1):  # the first child in codebook order wins
                    label[_covered(child_spans[k], doc.length)] = k
                return label
            if unit == "document":
                amount = np.array([[sum(e - s for s, e in spans) for spans in child_spans]])
                applied = amount > 0
            else:
                amount = np.column_stack([_segment_coverage(spans, doc.length, bounds) for spans in child_spans]) \
                    if kids else np.zeros((len(bounds), 0), dtype=np.int64)
                applied = 2 * amount >= (bounds[:, 1] - bounds[:, 0])[:, None]
            best = np.where(applied, amount, -1)
            choice = best.argmax(axis=1) if kids else np.zeros(len(best), dtype=np.int64)
            return np.where(applied.any(axis=1), choice, MISSING)

        part = _doc_part(doc, coders, corpus, unit, value_of)
        if part is not None:
            parts.append(part)
    return Reliability.stack(parts, len(coders), max(len(kids), 1))


def unitized_spans(corpus: AgreementCorpus, doc: AgreementDocument, coder: str, path: str,
                   domain: bool = False, subtree: bool = True) -> list[tuple[int, int, int]]:
    """A coder's units in a document for unitizing: (start, end, value) without overlap.

    For a code, value 1 on its merged spans (with its sub-codes' unless `subtree` is
    False). For a domain, value k+1 for the k-th child; where two children overlap, the
    span that starts first keeps the overlap.
    """
    if not domain:
        return [(s, e, 1) for s, e in corpus.spans(doc.id, coder, path, subtree)]
    labelled = sorted(
        (s, e, k + 1) for k, kid in enumerate(corpus.children(path)) for s, e in corpus.spans(doc.id, coder, kid)
    )
    units, cursor = [], 0
    for start, end, value in labelled:
        start = max(start, cursor)
        if start < end:
            units.append((start, end, value))
            cursor = end
    return units


def applied_codes(corpus: AgreementCorpus, doc: AgreementDocument, coder: str, paths: list[str]) -> list[list[str]]:
    """For each segment of the document, the codes (exact paths) the coder has on it."""
    bounds = np.array(doc.segments, dtype=np.int64).reshape(-1, 2)
    out: list[list[str]] = [[] for _ in range(len(bounds))]
    if not len(bounds):
        return out
    for path in paths:
        spans = corpus.spans(doc.id, coder, path, subtree=False)
        if not spans:
            continue
        covered = _segment_coverage(spans, doc.length, bounds)
        for i in np.flatnonzero(2 * covered >= bounds[:, 1] - bounds[:, 0]):
            out[i].append(path)
    return out
