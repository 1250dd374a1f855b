"""Matrices of codes against wave, role or programme, and co-occurrence of codes.

Reports count people ("7 of 10 participants"), so a matrix always says what it counts:
coded segments (distinct coded spans), documents, or participants. A code's row counts
its sub-codes too, each unit once, so the totals are counts of distinct units rather
than sums of cells. Counting happens here, over two plain lists from the store (the
documents' metadata and the codings' spans), which keeps a 100,000-coding matrix fast.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.analysis import matrix_counts as counting
from workbench.analysis import speaker_counts
from workbench.analysis.overlaps import overlapped_rows, spread
from workbench.analysis.quotes import ROLE_LABELS, WAVE_LABELS, Quote, QuoteFilter, find_quotes
from workbench.analysis.source import AnalysisSource, CodebookSource
from workbench.core.codebook import ancestors_and_self
from workbench.core.models import Code
from workbench.core.speakers import SPEAKER_ROLES

__all__ = ["GROUPINGS", "UNIT_WORDS", "Cooccurrence", "Matrix", "ancestors_and_self", "code_matrix",
           "code_roots", "cooccurrence", "cooccurring_quotes", "in_subtrees", "segments_by_code", "truncate_path"]

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]

UNIT_WORDS = {
    "segments": "coded segments (sentence units of the transcripts that a coding overlaps; each counts once "
                "however many coders and codings cover it, the same unit as the segments in each column)",
    "documents": "documents with the code",
    "participants": "participants with the code",
}
GROUPINGS = ("wave", "role", "program")
_COLUMN_ORDER = {"wave": ["baseline", "endpoint"], "role": ["mentee", "mentor", "programleder", "interviewer"]}


def truncate_path(path: str, depth: int | None) -> str:
    """The ancestor of `path` at `depth` levels (1 = top level); the path itself if shallower."""
    if not depth:
        return path
    return "/".join(path.split("/")[:depth])


def code_roots(project: CodebookSource, codes: list[str]) -> list[str]:
    """The paths of the codes a filter names (by key or path)."""
    return [project.code_path(project.code_id(c, include_retired=True)) for c in codes]


def in_subtrees(path: str, roots: list[str]) -> bool:
    """Whether `path` is one of `roots` or below one (no roots: every path)."""
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
    #: Interviews (documents) in each column: the divisor of `per_interview`.
    interviews: dict[str, int] = field(default_factory=dict)

    def cell(self, row: str, column: str) -> int:
        return self.cells.get((row, column), 0)

    def per_interview(self, row: str, column: str) -> float | None:
        """The cell divided by the column's number of interviews, so columns with unequal
        numbers of interviews (35 at baseline, 25 at the end-point) compare fairly."""
        n = self.interviews.get(column, 0)
        return self.cell(row, column) / n if n else None

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
                 "cells": {c: self.cell(r, c) for c in self.columns}, "total": self.row_totals.get(r, 0),
                 "per_interview": {c: _rounded(self.per_interview(r, c)) for c in self.columns}}
                for r in self.rows
            ],
            "interviews": {c: self.interviews.get(c, 0) for c in self.columns},
            "column_totals": {c: self.column_totals.get(c, 0) for c in self.columns},
            "total": self.total,
            "bases": {c: self.bases.get(c, 0) for c in self.columns},
        }


def code_matrix(
    project: AnalysisSource, by: str, unit: str = "segments", flt: QuoteFilter | None = None,
    depth: int | None = None, include_empty: bool = False,
) -> Matrix:
    """Build the code × `by` matrix counting `unit`; rows in codebook order (to `depth` levels).

    Filters: codes (rows are those subtrees), coders, and the document filters (wave,
    programme, participant, document); role and participant are those of the speaker of
    the coded turn (`speaker_counts`), and `by="role"` is the speaker's role, so a
    coding over two speakers' turns counts in both columns and the interviewer's turns
    have their own column. Full-text search does not apply to counts.

    The counting runs in steps over integer arrays (matrix_counts): load the codings,
    densify them into units (a segment, a document or a participant), give each its
    column, expand each code to the rows of its ancestors, and count each distinct
    (row, unit, column) once; then the rows and columns are put in order here.
    """
    import numpy as np

    from workbench.core.errors import WorkbenchError

    if by not in GROUPINGS:
        raise WorkbenchError(f"cannot group by '{by}' (use {', '.join(GROUPINGS)})")
    if unit not in UNIT_WORDS:
        raise WorkbenchError(f"cannot count '{unit}' (use {', '.join(UNIT_WORDS)})")
    flt = flt or QuoteFilter()
    docs = {d["id"]: d for d in project.document_facts(**flt.store_args())}
    doc_ids = np.array(sorted(docs), dtype=np.int64)
    by_speaker = speaker_counts.needs_speakers(project, by, unit, flt)
    column_names, column_of_doc = _column_names(docs, doc_ids, by)

    # people counted one per document still look at who said each coded turn, so an
    # interviewer's coding counts for no participant either way (`speaker_counts.counts_as_person`)
    entries = counting.load(project, flt, doc_ids, with_spans=unit == "segments",
                            by_speaker=by_speaker or unit == "participants")
    entries, units, n_units = counting.densify(project, entries, doc_ids, docs, unit, by, flt)
    column = counting.columns(entries, column_names, column_of_doc, by)
    rows = counting.expand(project.code_paths(), entries.codes)
    n_columns = max(len(column_names), 1)
    counts = counting.count(entries, units, n_units, column, n_columns, rows,
                            spread=unit == "participants" or by_speaker)

    cells = {(rows.names[r], column_names[c]): int(counts.cells[r * n_columns + c])
             for r in range(len(rows.names)) for c in range(len(column_names)) if counts.cells[r * n_columns + c]}
    row_totals = {name: int(counts.rows[r]) for r, name in enumerate(rows.names) if counts.rows[r]}
    column_totals = {name: int(counts.columns[c]) for c, name in enumerate(column_names) if counts.columns[c]}
    total = n_units if len(units) else 0
    bases = speaker_counts.bases(project, docs, by, unit, flt) if by_speaker else _bases(docs.values(), by, unit)
    interviews = (speaker_counts.bases(project, docs, by, "documents", flt) if by_speaker
                  else _bases(docs.values(), by, "documents"))
    codes = project.codes()
    shown = _shown_rows(codes, code_roots(project, flt.codes), row_totals, depth, include_empty)
    return Matrix(by, unit, shown, {c.path: c.label for c in codes}, _ordered_columns(by, column_totals, bases),
                  cells, row_totals, column_totals, total, bases, interviews)


def _column_names(docs: dict[int, dict[str, Any]], doc_ids: IntArray, by: str) -> tuple[list[str], IntArray]:
    """The columns' names ("" for none), and each document's column (by role: the speakers',
    so every document points at the "" column)."""
    import numpy as np

    if by == "role":  # a role is the speaker's, not the document's (speaker_counts)
        names = sorted({d["role"] or "" for d in docs.values()} | set(SPEAKER_ROLES) | {""})
    else:
        names = sorted({meta[by] or "" for meta in docs.values()})
    of_doc = np.array([names.index((docs[d][by] if by != "role" else None) or "") for d in doc_ids.tolist()],
                      dtype=np.int64)
    return names, of_doc


def _ordered_columns(by: str, column_totals: dict[str, int], bases: dict[str, int]) -> list[str]:
    """Columns in their natural order (baseline before end-point, mentee before mentor), the
    rest alphabetically, "(none)" last; both waves always show."""
    seen = set(column_totals) | set(bases)
    ordered = [c for c in _COLUMN_ORDER.get(by, []) if c in seen or by == "wave"]
    ordered += sorted(c for c in seen if c not in ordered and c)
    if "" in seen:
        ordered.append("")
    return ordered


def _shown_rows(codes: list[Code], roots: list[str], row_totals: dict[str, int], depth: int | None,
                include_empty: bool) -> list[str]:
    """The rows to show, in codebook order: within the filter's subtrees, to `depth` levels,
    and (unless `include_empty`) only codes with something counted."""
    return [
        c.path for c in codes
        if (depth is None or c.depth < depth) and (include_empty or c.path in row_totals) and in_subtrees(c.path, roots)
    ]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _bases(docs: Iterable[dict[str, Any]], by: str, unit: str) -> dict[str, int]:
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
        out: list[dict[str, Any]] = []
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


def segments_by_code(
    spans: Iterable[tuple[int, int, int, str]], bounds: dict[int, list[tuple[int, int, int]]],
) -> dict[str, set[int]]:
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


def cooccurrence(project: AnalysisSource, flt: QuoteFilter | None = None, depth: int | None = None) -> Cooccurrence:
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
    if flt.roles or flt.participants:  # codings said by a speaker of that role or participant
        runs = project.speaker_runs({f[0] for f in facts})
        facts = [f for f in facts if flt.speaker_matches(runs[f[0]].speakers_in(f[1], f[2]))]
    codes = sorted({paths[f[3]] for f in facts})
    index = {c: i for i, c in enumerate(codes)}
    bounds = project.segment_bounds(f[0] for f in facts)
    seg = np.array([(doc, start, end) for doc in sorted(bounds) for _sid, start, end in bounds[doc]],
                   dtype=np.int64).reshape(-1, 3)
    span = np.array([(d, s, e, index[paths[c]]) for d, s, e, c in facts], dtype=np.int64).reshape(-1, 4)
    totals: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    if len(seg) and len(span):
        first, count = overlapped_rows(seg, span[:, 0], span[:, 1], span[:, 2])
        _span, rows = spread(first, count)
        incidence = sparse.csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, np.repeat(span[:, 3], count))),
                                      shape=(len(seg), len(codes)))
        incidence.data[:] = 1  # duplicates were summed: one per segment and code
        both = (incidence.T @ incidence).tocoo()
        for i, j, n in zip(both.row.tolist(), both.col.tolist(), both.data.tolist(), strict=True):
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


def cooccurring_quotes(project: AnalysisSource, a: str, b: str, flt: QuoteFilter | None = None,
                       depth: int | None = None) -> list[Quote]:
    """The quotes of codes `a` and `b` (rolled up to `depth`) that share a segment with each other."""
    flt = flt or QuoteFilter()
    scoped = QuoteFilter(**{**flt.store_args(), "codes": [a, b]}, search=flt.search)
    quotes = [q for q in find_quotes(project, scoped) if truncate_path(q.code, depth) in (a, b)]
    bounds = project.segment_bounds(q.document_id for q in quotes)
    touched = [segments_by_code([(q.document_id, q.start, q.end, "x")], bounds).get("x", set()) for q in quotes]
    of_a = set().union(*(t for q, t in zip(quotes, touched, strict=True) if truncate_path(q.code, depth) == a))
    of_b = set().union(*(t for q, t in zip(quotes, touched, strict=True) if truncate_path(q.code, depth) == b))
    shared = of_a & of_b
    return [q for q, t in zip(quotes, touched, strict=True) if t & shared]
