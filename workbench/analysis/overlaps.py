"""Which rows of a sorted (document, start, end) table each span overlaps, vectorised.

Co-occurrence (segments a coding covers), matrix counts per segment and the per-speaker
split (turns a coding covers) all ask the same question of a table sorted by
(document, start) with non-overlapping rows per document: this module answers it once,
by two binary searches per span, so the three stay the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]


def overlapped_rows(table: IntArray, doc: IntArray, start: IntArray, end: IntArray) -> tuple[IntArray, IntArray]:
    """For each span (doc, start, end): the first table row it overlaps and how many rows.

    `table` has the document in column 0, start in 1 and end in 2, sorted by (document, start);
    documents and offsets must fit in 32 bits. A span overlapping no row gets a count of 0.
    """
    import numpy as np

    n = len(doc)
    if not len(table):
        return np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    keys = (table[:, 0] << 32) | table[:, 1]
    first = np.searchsorted(keys, (doc << 32) | start, side="right") - 1
    safe = np.maximum(first, 0)
    inside = (first >= 0) & (table[safe, 0] == doc) & (table[safe, 2] > start)
    first = np.where(inside, first, first + 1)
    last = np.searchsorted(keys, (doc << 32) | end, side="left") - 1
    return first, np.maximum(last - first + 1, 0)


def spread(first: IntArray, count: IntArray) -> tuple[IntArray, IntArray]:
    """The (span index, table row) pairs from `overlapped_rows`, spans in order."""
    import numpy as np

    span = np.repeat(np.arange(len(first), dtype=np.int64), count)
    row = np.repeat(first, count) + (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count))
    return span, row
