"""Matrices of codes against wave, role or programme, and co-occurrence of codes.

Reports count people ("7 of 10 participants"), so a matrix always says what it counts:
coded segments (distinct coded spans), documents, or participants. A code's row counts
its sub-codes too, each unit once, so the totals are counts of distinct units rather
than sums of cells.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from workbench.analysis.quotes import QuoteFilter, ROLE_LABELS, WAVE_LABELS

UNIT_WORDS = {
    "segments": "coded segments (distinct coded spans; a span coded by several coders counts once)",
    "documents": "documents with the code",
    "participants": "participants with the code",
}
_COLUMN_ORDER = {"wave": ["baseline", "endpoint"], "role": ["mentee", "mentor", "programleder"]}


def truncate_path(path: str, depth: int | None) -> str:
    """The ancestor of `path` at `depth` levels (1 = top level); the path itself if shallower."""
    if not depth:
        return path
    return "/".join(path.split("/")[:depth])


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


def code_matrix(
    project, by: str, unit: str = "segments", flt: QuoteFilter | None = None,
    depth: int | None = None, include_empty: bool = False,
) -> Matrix:
    """Build the code × `by` matrix counting `unit`; rows in codebook order (to `depth` levels)."""
    flt = flt or QuoteFilter()
    data = project.matrix_counts(by, unit, **flt.store_args())
    cells = {(code, col): n for code, col, n in data["cells"]}
    row_totals = dict(data["row_totals"])
    bases = dict(data["bases"])
    seen_columns = {col for _, col in cells} | set(bases)
    preferred = _COLUMN_ORDER.get(by, [])
    columns = [c for c in preferred if c in seen_columns or by == "wave"]
    columns += sorted(c for c in seen_columns if c not in columns and c)
    if "" in seen_columns:
        columns.append("")
    codes = project.codes()
    labels = {c.path: c.label for c in codes}
    rows = [
        c.path for c in codes
        if (depth is None or c.depth < depth)
        and (include_empty or row_totals.get(c.path))
        and (not flt.codes or _in_subtrees(c.path, flt.codes, project))
    ]
    return Matrix(by, unit, rows, labels, columns, cells, row_totals, dict(data["column_totals"]),
                  data["total"], bases)


def _in_subtrees(path: str, codes: list[str], project) -> bool:
    for code in codes:
        root = project.code_path(project.code_id(code, include_retired=True))
        if path == root or path.startswith(root + "/"):
            return True
    return False


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
    """Co-occurrence of codes within transcript segments (codes rolled up to `depth` levels if given)."""
    flt = flt or QuoteFilter()
    spans = [(d, s, e, truncate_path(code, depth)) for d, s, e, code in project.coded_spans(**flt.store_args())]
    bounds = project.segment_bounds(d for d, _, _, _ in spans)
    per_code = segments_by_code(spans, bounds)
    by_segment: dict[int, list[str]] = {}
    for code, segs in per_code.items():
        for seg in segs:
            by_segment.setdefault(seg, []).append(code)
    pairs: Counter = Counter()
    for codes in by_segment.values():
        if len(codes) > 1:
            pairs.update(combinations(sorted(codes), 2))
    labels = {c.path: c.label for c in project.codes(include_retired=True)}
    order = {c.path: i for i, c in enumerate(project.codes(include_retired=True))}
    ordered = sorted(per_code, key=lambda c: (order.get(c, len(order)), c))
    return Cooccurrence(ordered, labels, {c: len(s) for c, s in per_code.items()}, dict(pairs))
