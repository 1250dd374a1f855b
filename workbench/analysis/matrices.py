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

from workbench.analysis import speaker_counts
from workbench.analysis.quotes import ROLE_LABELS, WAVE_LABELS, Quote, QuoteFilter, find_quotes
from workbench.core.speakers import SPEAKER_ROLES
from workbench.analysis.source import AnalysisSource, CodebookSource

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


def ancestors_and_self(path: str) -> list[str]:
    """`a/b/c` → [`a`, `a/b`, `a/b/c`]."""
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]


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


def _spans(
    project: AnalysisSource, flt: QuoteFilter, with_spans: bool = True,
) -> tuple[list[int], IntArray, IntArray, IntArray | None, IntArray | None]:
    """The codes with codings (ids, ascending) and every coding's code (as an index into
    them), document id, start and end as integer arrays (codes and coders filtered;
    without `with_spans`, start and end are None)."""
    import numpy as np

    rows = project.coded_spans_by_code(codes=flt.codes, coders=flt.coders, spans=with_spans)
    code_ids = [row[0] for row in rows]
    docs = [np.fromstring(row[1], dtype=np.int64, sep=",") for row in rows]
    code = np.repeat(np.arange(len(rows), dtype=np.int64), [len(d) for d in docs])
    doc = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64)
    if not with_spans:
        return code_ids, code, doc, None, None
    packed = np.concatenate([np.fromstring(row[2] or "", dtype=np.int64, sep=",") for row in rows]) if rows else doc
    return code_ids, code, doc, packed >> 32, packed & 0xFFFFFFFF


def _distinct(keys: IntArray) -> IntArray:
    """The distinct values of an integer array, sorted (by sorting: numpy's hashing unique is slower here)."""
    import numpy as np

    keys = np.sort(keys, kind="stable")
    return keys[np.concatenate([[True], keys[1:] != keys[:-1]])] if len(keys) else keys


def _dense(*columns: IntArray) -> tuple[IntArray, int]:
    """Each row's rank among the distinct rows of the non-negative integer columns, and how many
    distinct rows there are."""
    import numpy as np

    if not len(columns[0]):
        return np.zeros(0, dtype=np.int64), 0
    widths = [int(c.max()) + 1 for c in columns]
    if np.prod([float(w) for w in widths]) < 2.0 ** 62:  # one packed key, one sort
        key = np.zeros(len(columns[0]), dtype=np.int64)
        for column, width in zip(columns, widths, strict=True):
            key = key * width + column
        order = np.argsort(key, kind="stable")  # runs of sorted keys (one per code): fast to merge
        ordered = key[order]
        new = np.concatenate([[True], ordered[1:] != ordered[:-1]])
    else:
        order = np.lexsort(columns[::-1])
        new = np.zeros(len(order), dtype=bool)
        new[0] = True
        for column in columns:
            ordered = column[order]
            new[1:] |= ordered[1:] != ordered[:-1]
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.cumsum(new) - 1
    return rank, int(new.sum())


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

    Counting is over integer arrays: every coding's code, document and span (read per
    code from an index), each mapped to its unit (a distinct span, a document or a
    participant) and its column; a row's units are those of its code and sub-codes, so
    each distinct (row, unit) pair counts once.
    """
    import numpy as np

    from workbench.core.errors import WorkbenchError

    if by not in GROUPINGS:
        raise WorkbenchError(f"cannot group by '{by}' (use {', '.join(GROUPINGS)})")
    if unit not in UNIT_WORDS:
        raise WorkbenchError(f"cannot count '{unit}' (use {', '.join(UNIT_WORDS)})")
    flt = flt or QuoteFilter()
    args = flt.store_args()
    docs = {d["id"]: d for d in project.document_facts(**args)}
    doc_ids = np.array(sorted(docs), dtype=np.int64)
    by_speaker = speaker_counts.needs_speakers(project, by, unit, flt)
    if by == "role":  # a role is the speaker's, not the document's (speaker_counts)
        column_names = sorted({d["role"] or "" for d in docs.values()} | set(SPEAKER_ROLES) | {""})
    else:
        column_names = sorted({meta[by] or "" for meta in docs.values()})
    column_of_doc = np.array([column_names.index((docs[d][by] if by != "role" else None) or "")
                              for d in doc_ids.tolist()], dtype=np.int64)

    codes_seen, which, doc, start, end = _spans(project, flt, with_spans=unit == "segments" or by_speaker)
    position = np.searchsorted(doc_ids, doc)
    known = position < len(doc_ids)
    known[known] = doc_ids[position[known]] == doc[known]
    which, position = which[known], position[known]
    if start is not None and end is not None:  # spans were read: counting segments, or by speaker
        start, end = start[known], end[known]
        if by_speaker:
            which, position, start, end, speaker, speakers = speaker_counts.expand(
                project, doc_ids, which, position, start, end, flt)
    if unit == "segments":
        assert start is not None and end is not None, "segments are counted from their spans"
        entry, segment = _overlapped_segments(project, doc_ids, position, start, end,
                                              (speaker, speakers) if by_speaker else None)
        which, position = which[entry], position[entry]
        if by_speaker:
            speaker = speaker[entry]
        units, n_units = _dense(segment)
    elif unit == "documents":
        units, n_units = _dense(position)
    elif by_speaker:
        units, n_units = _dense(speaker_counts.person_ids(speakers, speaker, position))
    else:
        people = [docs[d]["participant"] or f"#{d}" for d in doc_ids.tolist()]
        number = {p: i for i, p in enumerate(dict.fromkeys(people))}
        person = np.array([number[p] for p in people], dtype=np.int64)
        units, n_units = _dense(person[position])
    if by == "role" and by_speaker:
        column_of_speaker = np.array([column_names.index(sp.role or "") for sp in speakers] or [0], dtype=np.int64)
        column = column_of_speaker[speaker]
    else:
        column = column_of_doc[position]
    n_columns = max(len(column_names), 1)

    # Rows: each code and its ancestors; a code's units count in every row above it.
    paths = project.code_paths()
    row_names: list[str] = []
    row_index: dict[str, int] = {}
    ancestors_of = []
    for code_id in codes_seen:
        chain = []
        for ancestor in ancestors_and_self(paths[code_id]):
            if ancestor not in row_index:
                row_index[ancestor] = len(row_names)
                row_names.append(ancestor)
            chain.append(row_index[ancestor])
        ancestors_of.append(chain)
    per_code = np.array([len(chain) for chain in ancestors_of], dtype=np.int64)
    flat = np.array([r for chain in ancestors_of for r in chain], dtype=np.int64)
    start_of = np.concatenate([[0], np.cumsum(per_code)])
    # one (unit, column, code) per coding, then each distinct one once per row above its code
    cell_keys = _distinct((units * n_columns + column) * max(len(codes_seen), 1) + which)
    unit_column, code_of = cell_keys // max(len(codes_seen), 1), cell_keys % max(len(codes_seen), 1)
    times = per_code[code_of]
    within = np.arange(times.sum()) - np.repeat(np.cumsum(times) - times, times)
    row = flat[np.repeat(start_of[code_of], times) + within]
    unit_column = np.repeat(unit_column, times)
    n_rows = max(len(row_names), 1)
    in_cells = _distinct(row * (n_units * n_columns) + unit_column)
    cell_counts = np.bincount((in_cells // (n_units * n_columns)) * n_columns + in_cells % n_columns,
                              minlength=n_rows * n_columns)
    if unit == "participants" or by_speaker:  # a participant (or a span of two speakers) can be in several columns
        cell_row, cell_unit = in_cells // (n_units * n_columns), (in_cells % (n_units * n_columns)) // n_columns
        in_rows = _distinct(cell_row * n_units + cell_unit)
        row_counts = np.bincount(in_rows // n_units, minlength=n_rows)
        column_counts = np.bincount(_distinct(units * n_columns + column) % n_columns, minlength=n_columns)
    else:  # a span or document is in one column: rows sum their cells, columns count their units
        row_counts = cell_counts.reshape(n_rows, n_columns).sum(axis=1)
        column_of_unit = np.zeros(n_units, dtype=np.int64)
        column_of_unit[units] = column
        column_counts = np.bincount(column_of_unit, minlength=n_columns)

    cells = {(row_names[r], column_names[c]): int(cell_counts[r * n_columns + c])
             for r in range(len(row_names)) for c in range(len(column_names)) if cell_counts[r * n_columns + c]}
    row_totals = {name: int(row_counts[r]) for r, name in enumerate(row_names) if row_counts[r]}
    column_totals = {name: int(column_counts[c]) for c, name in enumerate(column_names) if column_counts[c]}
    total = n_units if len(units) else 0
    bases = speaker_counts.bases(project, docs, by, unit, flt) if by_speaker else _bases(docs.values(), by, unit)
    seen = set(column_totals) | set(bases)
    ordered = [c for c in _COLUMN_ORDER.get(by, []) if c in seen or by == "wave"]
    ordered += sorted(c for c in seen if c not in ordered and c)
    if "" in seen:
        ordered.append("")
    codes = project.codes()
    roots = code_roots(project, flt.codes)
    shown = [
        c.path for c in codes
        if (depth is None or c.depth < depth) and (include_empty or c.path in row_totals) and in_subtrees(c.path, roots)
    ]
    interviews = (speaker_counts.bases(project, docs, by, "documents", flt) if by_speaker
                  else _bases(docs.values(), by, "documents"))
    return Matrix(by, unit, shown, {c.path: c.label for c in codes}, ordered, cells, row_totals, column_totals,
                  total, bases, interviews)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _overlapped_segments(
    project: AnalysisSource, doc_ids: IntArray, position: IntArray, start: IntArray, end: IntArray,
    spoken: tuple[IntArray, list[Any]] | None = None,
) -> tuple[IntArray, IntArray]:
    """Each (coding entry, transcript segment it overlaps) pair as two arrays: the entry's index
    and a number for the segment. With `spoken` (each entry's speaker index and the speakers),
    only the segments that speaker said count, so a coding over two speakers' turns puts each
    segment in its own speaker's column. Vectorised like co-occurrence: segments sorted by
    (document, start), each span's first and last segment found by binary search."""
    import numpy as np

    used = sorted(set(position.tolist()))
    ids = doc_ids.tolist()
    bounds = project.segment_bounds(ids[p] for p in used)
    table = np.array([(p, s, e) for p in used for _sid, s, e in bounds.get(ids[p], [])],
                     dtype=np.int64).reshape(-1, 3)
    n = len(position)
    if not len(table) or not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    keys = (table[:, 0] << 32) | table[:, 1]
    first = np.searchsorted(keys, (position << 32) | start, side="right") - 1
    safe = np.maximum(first, 0)
    inside = (first >= 0) & (table[safe, 0] == position) & (table[safe, 2] > start)
    first = np.where(inside, first, first + 1)
    last = np.searchsorted(keys, (position << 32) | end, side="left") - 1
    count = np.maximum(last - first + 1, 0)
    entry = np.repeat(np.arange(n, dtype=np.int64), count)
    segment = np.repeat(first, count) + (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count))
    if spoken is not None and len(segment):
        speaker, speakers = spoken
        number = {sp: i for i, sp in enumerate(speakers)}
        runs = project.speaker_runs(ids[p] for p in used)
        said_by = np.full(len(table), -1, dtype=np.int64)
        for row, (p, seg_start, _seg_end) in enumerate(table.tolist()):
            found = runs[ids[p]].speakers_in(seg_start, seg_start + 1)
            said_by[row] = number.get(found[0], -2) if found else -2
        keep = said_by[segment] == speaker[entry]
        entry, segment = entry[keep], segment[keep]
    return entry, segment


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
