"""How `code_matrix` counts, in steps over integer arrays (no Python object per coding).

1. `load`: every coding of the filtered codes and coders in the filtered documents, as
   parallel arrays (its code, its document's position, its span), one entry per speaker
   of the turns it covers when the matrix needs speakers (`speaker_counts`).
2. `densify`: each entry's unit, numbered 0..n-1: a transcript segment it overlaps (one
   entry per segment), its document, or its participant.
3. `columns`: each entry's column (wave, programme, or the speaker's role).
4. `expand`: each code with its ancestors, since a code's units count in its parents' rows.
5. `count`: the distinct (row, unit, column) triples, counted per cell, per row and per
   column; a unit counts once in a row however many codings or sub-codes put it there.

`code_matrix` (matrices.py) runs these and orders the rows and columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.analysis import speaker_counts
from workbench.analysis.overlaps import overlapped_rows, spread
from workbench.analysis.quotes import QuoteFilter
from workbench.analysis.source import AnalysisSource
from workbench.core.codebook import ancestors_and_self
from workbench.core.speakers import Speaker

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]


@dataclass
class Entries:
    """The codings being counted, one entry each (or one per speaker), as parallel arrays."""

    codes: list[int]  # ids of the codes with codings, ascending
    which: IntArray  # each entry's code, as an index into `codes`
    position: IntArray  # each entry's document, as its position in the sorted document ids
    start: IntArray | None  # spans: read when counting segments or by speaker
    end: IntArray | None
    speaker: IntArray | None = None  # by speaker: an index into `speakers`
    speakers: list[Speaker] = field(default_factory=list)

    def take(self, index: IntArray) -> Entries:
        """The entries at `index` (repeated or left out)."""
        return Entries(self.codes, self.which[index], self.position[index],
                       None if self.start is None else self.start[index],
                       None if self.end is None else self.end[index],
                       None if self.speaker is None else self.speaker[index], self.speakers)


def load(project: AnalysisSource, flt: QuoteFilter, doc_ids: IntArray, with_spans: bool,
         by_speaker: bool) -> Entries:
    """Step 1: the codings of the filtered codes and coders in the documents `doc_ids`."""
    import numpy as np

    codes, which, doc, start, end = _coded_spans(project, flt, with_spans=with_spans or by_speaker)
    position = np.searchsorted(doc_ids, doc)
    known = position < len(doc_ids)
    known[known] = doc_ids[position[known]] == doc[known]
    entries = Entries(codes, which, position, start, end).take(np.flatnonzero(known))
    if by_speaker and entries.start is not None and entries.end is not None:
        which, position, start, end, speaker, speakers = speaker_counts.expand(
            project, doc_ids, entries.which, entries.position, entries.start, entries.end, flt)
        entries = Entries(codes, which, position, start, end, speaker, speakers)
    return entries


def densify(project: AnalysisSource, entries: Entries, doc_ids: IntArray, docs: dict[int, dict[str, Any]],
            unit: str, by: str, flt: QuoteFilter) -> tuple[Entries, IntArray, int]:
    """Step 2: each entry's unit numbered 0..n-1, and n. Counting segments gives one entry per
    segment a coding overlaps (so the entries come back changed); counting participants by
    speaker leaves out the entries of a speaker who is no person there (`counts_as_person`)."""
    import numpy as np

    if unit == "segments":
        if entries.start is None or entries.end is None:
            raise ValueError("segments are counted from the codings' spans: load them with_spans")
        spoken = (entries.speaker, entries.speakers) if entries.speaker is not None else None
        entry, segment = _overlapped_segments(project, doc_ids, entries.position, entries.start, entries.end,
                                              spoken)
        units, n_units = dense(segment)
        return entries.take(entry), units, n_units
    if unit == "documents":
        units, n_units = dense(entries.position)
    elif entries.speaker is not None:
        someone = speaker_counts.said_by_someone(entries.speakers, entries.speaker, by, flt)
        speaker, entries = entries.speaker[someone], entries.take(someone)
        units, n_units = dense(speaker_counts.person_ids(entries.speakers, speaker, entries.position))
    else:
        people = [docs[d]["participant"] or f"#{d}" for d in doc_ids.tolist()]
        number = {p: i for i, p in enumerate(dict.fromkeys(people))}
        person = np.array([number[p] for p in people], dtype=np.int64)
        units, n_units = dense(person[entries.position])
    return entries, units, n_units


def columns(entries: Entries, column_names: list[str], column_of_doc: IntArray, by: str) -> IntArray:
    """Step 3: each entry's column: its document's, or by role its speaker's role."""
    import numpy as np

    if by == "role" and entries.speaker is not None:
        column_of_speaker = np.array([column_names.index(sp.role or "") for sp in entries.speakers] or [0],
                                     dtype=np.int64)
        by_speaker: IntArray = column_of_speaker[entries.speaker]
        return by_speaker
    by_document: IntArray = column_of_doc[entries.position]
    return by_document


@dataclass
class Rows:
    """The matrix's rows (each code with codings and its ancestors) and each code's rows."""

    names: list[str]
    per_code: IntArray  # how many rows each code counts in (itself and its ancestors)
    flat: IntArray  # those rows, code after code
    start_of: IntArray  # where each code's rows begin in `flat`


def expand(paths: dict[int, str], codes: list[int]) -> Rows:
    """Step 4: the rows each code counts in: its own and every ancestor's."""
    import numpy as np

    names: list[str] = []
    index: dict[str, int] = {}
    chains: list[list[int]] = []
    for code_id in codes:
        chain = []
        for ancestor in ancestors_and_self(paths[code_id]):
            if ancestor not in index:
                index[ancestor] = len(names)
                names.append(ancestor)
            chain.append(index[ancestor])
        chains.append(chain)
    per_code = np.array([len(chain) for chain in chains], dtype=np.int64)
    flat = np.array([r for chain in chains for r in chain], dtype=np.int64)
    return Rows(names, per_code, flat, np.concatenate([[0], np.cumsum(per_code)]).astype(np.int64))


@dataclass
class Counts:
    """Distinct units per cell (row-major, rows × columns), per row and per column."""

    cells: IntArray
    rows: IntArray
    columns: IntArray


def count(entries: Entries, units: IntArray, n_units: int, column: IntArray, n_columns: int, rows: Rows,
          spread: bool) -> Counts:
    """Step 5: count each distinct (row, unit, column) once. With `spread` a unit can lie in
    several columns (a participant, or a span two speakers share), so row and column totals
    count distinct units rather than adding up cells."""
    import numpy as np

    n_codes = max(len(entries.codes), 1)
    # one (unit, column, code) per coding, then each distinct one once per row above its code
    cell_keys = distinct((units * n_columns + column) * n_codes + entries.which)
    unit_column, code_of = cell_keys // n_codes, cell_keys % n_codes
    times = rows.per_code[code_of]
    within = np.arange(times.sum()) - np.repeat(np.cumsum(times) - times, times)
    row = rows.flat[np.repeat(rows.start_of[code_of], times) + within]
    unit_column = np.repeat(unit_column, times)
    n_rows = max(len(rows.names), 1)
    in_cells = distinct(row * (n_units * n_columns) + unit_column)
    cell_counts = np.bincount((in_cells // (n_units * n_columns)) * n_columns + in_cells % n_columns,
                              minlength=n_rows * n_columns)
    if spread:
        cell_row, cell_unit = in_cells // (n_units * n_columns), (in_cells % (n_units * n_columns)) // n_columns
        in_rows = distinct(cell_row * n_units + cell_unit)
        row_counts = np.bincount(in_rows // n_units, minlength=n_rows)
        column_counts = np.bincount(distinct(units * n_columns + column) % n_columns, minlength=n_columns)
    else:  # a span or document is in one column: rows sum their cells, columns count their units
        row_counts = cell_counts.reshape(n_rows, n_columns).sum(axis=1)
        column_of_unit = np.zeros(n_units, dtype=np.int64)
        column_of_unit[units] = column
        column_counts = np.bincount(column_of_unit, minlength=n_columns)
    return Counts(cell_counts, row_counts, column_counts)


def _coded_spans(
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


def distinct(keys: IntArray) -> IntArray:
    """The distinct values of an integer array, sorted (by sorting: numpy's hashing unique is slower here)."""
    import numpy as np

    keys = np.sort(keys, kind="stable")
    return keys[np.concatenate([[True], keys[1:] != keys[:-1]])] if len(keys) else keys


def dense(*arrays: IntArray) -> tuple[IntArray, int]:
    """Each row's rank among the distinct rows of the non-negative integer arrays (read side by side), and how many
    distinct rows there are."""
    import numpy as np

    if not len(arrays[0]):
        return np.zeros(0, dtype=np.int64), 0
    widths = [int(c.max()) + 1 for c in arrays]
    if np.prod([float(w) for w in widths]) < 2.0 ** 62:  # one packed key, one sort
        key = np.zeros(len(arrays[0]), dtype=np.int64)
        for column, width in zip(arrays, widths, strict=True):
            key = key * width + column
        order = np.argsort(key, kind="stable")  # runs of sorted keys (one per code): fast to merge
        ordered = key[order]
        new = np.concatenate([[True], ordered[1:] != ordered[:-1]])
    else:
        order = np.lexsort(arrays[::-1])
        new = np.zeros(len(order), dtype=bool)
        new[0] = True
        for column in arrays:
            ordered = column[order]
            new[1:] |= ordered[1:] != ordered[:-1]
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.cumsum(new) - 1
    return rank, int(new.sum())


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
    entry, segment = spread(*overlapped_rows(table, position, start, end))
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
