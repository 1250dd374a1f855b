"""Matrices of codes against wave, role or programme, and co-occurrence of codes.

Reports count people ("7 of 10 participants"), so a matrix always says what it counts:
coded segments (distinct coded spans), documents, or participants. A code's row counts
its sub-codes too, each unit once, so the totals are counts of distinct units rather
than sums of cells. Counting happens here, over two plain lists from the store (the
documents' metadata and the codings' spans), which keeps a 100,000-coding matrix fast.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Callable

from workbench.analysis.quotes import ROLE_LABELS, WAVE_LABELS, Quote, QuoteFilter, find_quotes

UNIT_WORDS = {
    "segments": "coded segments (distinct coded spans; a span coded by several coders counts once)",
    "documents": "documents with the code",
    "participants": "participants with the code",
}
GROUPINGS = ("wave", "role", "program")
_COLUMN_ORDER = {"wave": ["baseline", "endpoint"], "role": ["mentee", "mentor", "programleder"]}


def truncate_path(path: str, depth: int | None) -> str:
    """The ancestor of `path` at `depth` levels (1 = top level); the path itself if shallower."""
    if not depth:
        return path
    return "/".join(path.split("/")[:depth])


def ancestors_and_self(path: str) -> list[str]:
    """`a/b/c` → [`a`, `a/b`, `a/b/c`]."""
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def code_roots(project, codes: list[str]) -> list[str]:
    """The paths of the codes a filter names (by key or path)."""
    return [project.code_path(project.code_id(c, include_retired=True)) for c in codes]


def in_subtrees(path: str, roots: list[str]) -> bool:
    return not roots or any(path == r or path.startswith(r + "/") for r in roots)


@dataclass
class Matrix:
    """Counts of a unit per code (rows) and per wave, role or programme (columns)."""

    by: str
    unit: str
    rows: list[str]
    labels: dict[str, str]
    columns: list[str]
    cells: dict[tuple[str, str], int]
    row_totals: dict[str, int]
    column_totals: dict[str, int]
    total: int
    bases: dict[str, int]

    def cell(self, row: str, column: str) -> int:
        return self.cells.get((row, column), 0)

    def column_label(self, column: str) -> str:
        if not column:
            return "(none)"
        if self.by == "wave":
            return WAVE_LABELS.get(column, column)
        if self.by == "role":
            return ROLE_LABELS.get(column, column)
        return column

    def as_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "count": self.unit,
            "counting": UNIT_WORDS[self.unit],
            "columns": self.columns,
            "rows": [
                {"code": r, "label": self.labels.get(r, r),
                 "cells": {c: self.cell(r, c) for c in self.columns}, "total": self.row_totals.get(r, 0)}
                for r in self.rows
            ],
            "column_totals": {c: self.column_totals.get(c, 0) for c in self.columns},
            "total": self.total,
            "bases": {c: self.bases.get(c, 0) for c in self.columns},
        }


def _unit_of(unit: str, docs: dict[int, dict]) -> Callable[[int, int, int], Any]:
    if unit == "segments":
        return lambda doc, start, end: (doc, start, end)
    if unit == "documents":
        return lambda doc, start, end: doc
    people = {doc: meta["participant"] or f"#{doc}" for doc, meta in docs.items()}
    return lambda doc, start, end: people[doc]


def code_matrix(
    project, by: str, unit: str = "segments", flt: QuoteFilter | None = None,
    depth: int | None = None, include_empty: bool = False,
) -> Matrix:
    """Build the code × `by` matrix counting `unit`; rows in codebook order (to `depth` levels).

    Filters: codes (rows are those subtrees), coders, and the document filters (wave,
    role, programme, participant, document). Full-text search does not apply to counts.
    """
    from workbench.core.errors import WorkbenchError

    if by not in GROUPINGS:
        raise WorkbenchError(f"cannot group by '{by}' (use {', '.join(GROUPINGS)})")
    if unit not in UNIT_WORDS:
        raise WorkbenchError(f"cannot count '{unit}' (use {', '.join(UNIT_WORDS)})")
    flt = flt or QuoteFilter()
    args = flt.store_args()
    docs = {d["id"]: d for d in project.document_facts(**args)}
    unit_of = _unit_of(unit, docs)
    column_of = {doc: meta[by] or "" for doc, meta in docs.items()}
    by_code: dict[tuple[int, str], set] = {}
    for doc, start, end, code_id in project.coding_facts(codes=flt.codes, coders=flt.coders):
        column = column_of.get(doc)
        if column is not None:
            key = (code_id, column)
            found = by_code.get(key)
            if found is None:
                found = by_code[key] = set()
            found.add(unit_of(doc, start, end))
    paths = project.code_paths()
    cells: dict[tuple[str, str], set] = {}
    rows: dict[str, set] = {}
    columns: dict[str, set] = {}
    everything: set = set()
    for (code_id, column), units in by_code.items():
        everything |= units
        columns.setdefault(column, set()).update(units)
        for ancestor in ancestors_and_self(paths[code_id]):
            cells.setdefault((ancestor, column), set()).update(units)
            rows.setdefault(ancestor, set()).update(units)
    bases = _bases(docs.values(), by, unit)
    seen = set(columns) | set(bases)
    ordered = [c for c in _COLUMN_ORDER.get(by, []) if c in seen or by == "wave"]
    ordered += sorted(c for c in seen if c not in ordered and c)
    if "" in seen:
        ordered.append("")
    codes = project.codes()
    roots = code_roots(project, flt.codes)
    shown = [
        c.path for c in codes
        if (depth is None or c.depth < depth) and (include_empty or c.path in rows) and in_subtrees(c.path, roots)
    ]
    return Matrix(
        by, unit, shown, {c.path: c.label for c in codes}, ordered,
        {k: len(v) for k, v in cells.items()}, {k: len(v) for k, v in rows.items()},
        {k: len(v) for k, v in columns.items()}, len(everything), bases,
    )


def _bases(docs, by: str, unit: str) -> dict[str, int]:
    """How many units exist in each column at all (documents, participants or segments)."""
    counts: dict[str, Any] = {}
    for d in docs:
        column = d[by] or ""
        if unit == "participants":
            counts.setdefault(column, set()).add(d["participant"] or f"#{d['id']}")
        else:
            counts[column] = counts.get(column, 0) + (d["segments"] if unit == "segments" else 1)
    return {k: len(v) if isinstance(v, set) else v for k, v in counts.items()}


@dataclass
class Cooccurrence:
    """How many segments carry both codes of each pair, and each code alone."""

    codes: list[str]
    labels: dict[str, str]
    totals: dict[str, int]
    pairs: dict[tuple[str, str], int] = field(default_factory=dict)

    def together(self, a: str, b: str) -> int:
        if a == b:
            return self.totals.get(a, 0)
        return self.pairs.get((a, b) if a < b else (b, a), 0)

    def ranked_pairs(self) -> list[dict[str, Any]]:
        """Pairs with at least one shared segment, most frequent first, with Jaccard overlap."""
        out = []
        for (a, b), n in self.pairs.items():
            union = self.totals[a] + self.totals[b] - n
            out.append({"code_a": a, "code_b": b, "segments": n, "a_segments": self.totals[a],
                        "b_segments": self.totals[b], "jaccard": round(n / union, 3) if union else 0.0})
        out.sort(key=lambda r: (-r["segments"], r["code_a"], r["code_b"]))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "counting": "segments (sentence units of the transcripts) carrying both codes",
            "codes": [{"code": c, "label": self.labels.get(c, c), "segments": self.totals.get(c, 0)} for c in self.codes],
            "pairs": self.ranked_pairs(),
        }


def segments_by_code(spans, bounds) -> dict[str, set[int]]:
    """For each code path, the ids of the segments its spans overlap (binary search per span)."""
    starts_of = {doc: [seg[1] for seg in segs] for doc, segs in bounds.items()}
    out: dict[str, set[int]] = {}
    for doc_id, start, end, code in spans:
        segs, starts = bounds.get(doc_id, []), starts_of.get(doc_id, [])
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        hit = out.setdefault(code, set())
        while i < len(segs) and segs[i][1] < end:
            if segs[i][2] > start:
                hit.add(segs[i][0])
            i += 1
    return out


def cooccurrence(project, flt: QuoteFilter | None = None, depth: int | None = None) -> Cooccurrence:
    """Co-occurrence of codes within transcript segments (codes rolled up to `depth` levels if given).

    Each coded span is mapped to the segments it overlaps (a binary search in the sorted
    segment starts), giving a segments × codes incidence matrix M; MᵀM then holds, for
    every pair of codes, the number of segments carrying both, and on its diagonal each
    code's own number of segments.
    """
    import numpy as np
    from scipy import sparse

    flt = flt or QuoteFilter()
    docs = {d["id"] for d in project.document_facts(**flt.store_args())}
    paths = {i: truncate_path(p, depth) for i, p in project.code_paths().items()}
    facts = [f for f in project.coding_facts(codes=flt.codes, coders=flt.coders) if f[0] in docs]
    codes = sorted({paths[f[3]] for f in facts})
    index = {c: i for i, c in enumerate(codes)}
    bounds = project.segment_bounds(f[0] for f in facts)
    seg = np.array([(doc, start, end) for doc in sorted(bounds) for _sid, start, end in bounds[doc]],
                   dtype=np.int64).reshape(-1, 3)
    span = np.array([(d, s, e, index[paths[c]]) for d, s, e, c in facts], dtype=np.int64).reshape(-1, 4)
    totals: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    if len(seg) and len(span):
        keys = (seg[:, 0] << 32) | seg[:, 1]
        first = np.searchsorted(keys, (span[:, 0] << 32) | span[:, 1], side="right") - 1
        inside = (first >= 0) & (seg[np.maximum(first, 0), 0] == span[:, 0]) & (seg[np.maximum(first, 0), 2] > span[:, 1])
        first = np.where(inside, first, first + 1)
        last = np.searchsorted(keys, (span[:, 0] << 32) | span[:, 2], side="left") - 1
        count = np.maximum(last - first + 1, 0)
        offsets = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
        rows = np.repeat(first, count) + offsets
        incidence = sparse.csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, np.repeat(span[:, 3], count))),
                                      shape=(len(seg), len(codes)))
        incidence.data[:] = 1  # duplicates were summed: one per segment and code
        both = (incidence.T @ incidence).tocoo()
        for i, j, n in zip(both.row.tolist(), both.col.tolist(), both.data.tolist()):
            if i == j:
                totals[codes[i]] = n
            elif i < j and n:
                a, b = sorted((codes[i], codes[j]))
                pairs[(a, b)] = n
    all_codes = project.codes(include_retired=True)
    labels = {c.path: c.label for c in all_codes}
    order = {c.path: i for i, c in enumerate(all_codes)}
    present = [c for c in codes if totals.get(c)]
    ordered = sorted(present, key=lambda c: (order.get(c, len(order)), c))
    return Cooccurrence(ordered, labels, {c: totals[c] for c in present}, pairs)


def cooccurring_quotes(project, a: str, b: str, flt: QuoteFilter | None = None,
                       depth: int | None = None) -> list[Quote]:
    """The quotes of codes `a` and `b` (rolled up to `depth`) that share a segment with each other."""
    flt = flt or QuoteFilter()
    scoped = QuoteFilter(**{**flt.store_args(), "codes": [a, b]}, search=flt.search)
    quotes = [q for q in find_quotes(project, scoped) if truncate_path(q.code, depth) in (a, b)]
    bounds = project.segment_bounds(q.document_id for q in quotes)
    touched = [segments_by_code([(q.document_id, q.start, q.end, "x")], bounds).get("x", set()) for q in quotes]
    of_a = set().union(*(t for q, t in zip(quotes, touched) if truncate_path(q.code, depth) == a))
    of_b = set().union(*(t for q, t in zip(quotes, touched) if truncate_path(q.code, depth) == b))
    shared = of_a & of_b
    return [q for q, t in zip(quotes, touched) if t & shared]
