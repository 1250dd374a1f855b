"""The counting steps behind `code_matrix` (workbench/analysis/matrix_counts.py), on hand-made arrays."""

from __future__ import annotations

import numpy as np

from workbench.analysis.matrix_counts import Entries, count, dense, distinct, expand


def ints(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def test_expand_gives_each_code_its_own_row_and_its_ancestors():
    rows = expand({7: "network/weak_ties", 3: "network", 9: "trust"}, [3, 7, 9])
    assert rows.names == ["network", "network/weak_ties", "trust"]
    chains = [rows.flat[rows.start_of[i]:rows.start_of[i] + rows.per_code[i]].tolist() for i in range(3)]
    assert chains == [[0], [0, 1], [2]]


def test_dense_numbers_distinct_rows_and_distinct_sorts():
    units, n = dense(ints(5, 2, 5, 2), ints(1, 1, 1, 0))
    assert n == 3 and units.tolist() == [2, 1, 2, 0]
    assert distinct(ints(4, 1, 4, 4, 0)).tolist() == [0, 1, 4]


def test_a_unit_coded_by_a_code_and_its_sub_code_counts_once_in_the_parent_row():
    rows = expand({1: "network", 2: "network/weak_ties"}, [1, 2])
    # three entries: unit 0 coded `network` and `network/weak_ties`, unit 1 `network/weak_ties`;
    # unit 0 in column 0, unit 1 in column 1
    entries = Entries([1, 2], which=ints(0, 1, 1), position=ints(0, 0, 1), start=None, end=None)
    counts = count(entries, units=ints(0, 0, 1), n_units=2, column=ints(0, 0, 1), n_columns=2, rows=rows,
                   spread=False)
    assert counts.cells.reshape(2, 2).tolist() == [[1, 1], [1, 1]]  # network: 1 + 1; weak_ties: 1 + 1
    assert counts.rows.tolist() == [2, 2] and counts.columns.tolist() == [1, 1]


def test_spread_units_count_once_per_row_across_columns():
    rows = expand({1: "trust"}, [1])
    # one participant (unit 0) coded in both columns: a cell each, but one participant in the row
    entries = Entries([1], which=ints(0, 0), position=ints(0, 1), start=None, end=None)
    counts = count(entries, units=ints(0, 0), n_units=1, column=ints(0, 1), n_columns=2, rows=rows, spread=True)
    assert counts.cells.tolist() == [1, 1] and counts.rows.tolist() == [1] and counts.columns.tolist() == [1, 1]
