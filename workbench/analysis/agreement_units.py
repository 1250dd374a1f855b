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
from dataclasses import dataclass, field

import numpy as np

from workbench.analysis.agreement_stats import MISSING

Span = tuple[int, int]


@dataclass
class AgreementDocument:
    """A document as agreement needs it: its text and its segments' spans."""

    id: int
    name: str
    text: str
    segments: list[Span]

    @property
    def length(self) -> int:
        return len(self.text)


@dataclass
class AgreementCorpus:
    """Documents, the codebook's paths (in order) and every coding as (doc, coder, path, start, end)."""

    documents: list[AgreementDocument]
    code_paths: list[str]
    codings: list[tuple[int, str, str, int, int]]
    exclusive: set[str] = field(default_factory=set)
    _by_doc_coder: dict = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[tuple[int, str], list[tuple[str, int, int]]] = defaultdict(list)
        for doc_id, coder, path, start, end in self.codings:
            index[(doc_id, coder)].append((path, start, end))
        self._by_doc_coder = dict(index)

    def coded(self, document_id: int, coder: str) -> bool:
        """Whether the coder has any coding in the document (else their values are missing)."""
        return (document_id, coder) in self._by_doc_coder

    def coders_of(self, document_id: int, coders: list[str]) -> list[str]:
        return [c for c in coders if self.coded(document_id, c)]

    def spans(self, document_id: int, coder: str, path: str, subtree: bool = True) -> list[Span]:
        """The coder's merged spans of `path` (and, with `subtree`, of its sub-codes)."""
        prefix = path + "/"
        found = [
            (s, e) for p, s, e in self._by_doc_coder.get((document_id, coder), ())
            if p == path or (subtree and p.startswith(prefix))
        ]
        return merge_overlapping(found)

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
    """Characters of each segment covered by the spans."""
    prefix = np.concatenate([[0], np.cumsum(_covered(spans, length))])
    return prefix[bounds[:, 1]] - prefix[bounds[:, 0]]


@dataclass
class Reliability:
    """A ratings matrix (units x coders) with a cluster label (document id) per unit."""

    ratings: np.ndarray
    clusters: np.ndarray
    n_categories: int

    @classmethod
    def stack(cls, parts: list["Reliability"], n_coders: int, n_categories: int) -> "Reliability":
        if not parts:
            return cls(np.empty((0, n_coders), dtype=np.int64), np.empty(0, dtype=np.int64), n_categories)
        return cls(np.vstack([p.ratings for p in parts]), np.concatenate([p.clusters for p in parts]), n_categories)


def _doc_part(doc: AgreementDocument, coders: list[str], corpus: AgreementCorpus, unit: str,
              value_of) -> Reliability | None:
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

        def value_of(coder: str, doc=doc, bounds=bounds):
            spans = corpus.spans(doc.id, coder, path, subtree)
            if unit == "document":
                return np.array([1 if spans else 0])
            if unit == "character":
                return _covered(spans, doc.length).astype(np.int64)
            covered = _segment_coverage(spans, doc.length, bounds)
            return (2 * covered >= bounds[:, 1] - bounds[:, 0]).astype(np.int64)

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

        def value_of(coder: str, doc=doc, bounds=bounds):
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
