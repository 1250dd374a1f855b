"""Agreement statistics reproduce the published worked examples, and the reference packages.

Sources of the data and expected values:
- Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers x 12
  units, nominal, with missing values, α = .743; 2 observers x 10 units, binary, α = .095.
- Fleiss (1971), p. 379: 30 patients x 6 psychiatrists x 5 diagnoses: P̄ = .5556,
  P̄e = .2201, κ = .430.
- Cohen (1960), p. 45: 200 cases, 3 categories: p_o = .70, p_c = .41, κ = .492.
- Brennan & Prediger (1981), pp. 689 and 691: two 100-case tables with p_o = .60 where
  Cohen's κ is .27 and .29 but the free-marginal κ is .40 for both.
- Krippendorff et al. (2016) / Krippendorff (2019, Fig. 12.11): three coders unitizing a
  continuum of 60, uα = .510 and |uα = .413.
"""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analysis.agreement.stats import (
    MISSING, category_counts, cohen_kappa, figures, fleiss_kappa, krippendorff_alpha, percent_agreement,
)
from workbench.analysis.agreement.unitizing import tally, unitizing_alpha

_ = MISSING

KRIPPENDORFF_2011 = [  # observers x units; values 1-5
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]

FLEISS_1971 = [  # one row per patient: the 6 psychiatrists' diagnoses 1-5
    (4, 4, 4, 4, 4, 4), (2, 2, 2, 5, 5, 5), (2, 3, 3, 3, 3, 5), (5, 5, 5, 5, 5, 5), (2, 2, 2, 4, 4, 4),
    (1, 1, 3, 3, 3, 3), (3, 3, 3, 3, 5, 5), (1, 1, 3, 3, 3, 4), (1, 1, 4, 4, 4, 4), (5, 5, 5, 5, 5, 5),
    (1, 4, 4, 4, 4, 4), (1, 2, 4, 4, 4, 4), (2, 2, 2, 3, 3, 3), (1, 4, 4, 4, 4, 4), (2, 2, 4, 4, 4, 5),
    (3, 3, 3, 3, 3, 5), (1, 1, 1, 4, 5, 5), (1, 1, 1, 1, 1, 2), (2, 2, 4, 4, 4, 4), (1, 3, 3, 5, 5, 5),
    (5, 5, 5, 5, 5, 5), (2, 4, 4, 4, 4, 4), (2, 2, 4, 5, 5, 5), (1, 1, 4, 4, 4, 4), (1, 4, 4, 4, 4, 5),
    (2, 2, 2, 2, 2, 4), (1, 1, 1, 1, 5, 5), (2, 2, 4, 4, 4, 4), (1, 3, 3, 3, 3, 3), (5, 5, 5, 5, 5, 5),
]


def from_table(cells: list[tuple[int, int, int]]) -> np.ndarray:
    """Two-coder ratings from (count, category of coder 1, category of coder 2) cells."""
    return np.array([(a, b) for n, a, b in cells for _ in range(n)])


COHEN_1960 = [(88, 0, 0), (14, 0, 1), (18, 0, 2), (10, 1, 0), (40, 1, 1), (10, 1, 2), (2, 2, 0), (6, 2, 1), (12, 2, 2)]
BRENNAN_PREDIGER_1 = [(50, 0, 0), (10, 1, 0), (10, 1, 1), (10, 1, 2), (20, 2, 0)]
BRENNAN_PREDIGER_2 = [(50, 0, 0), (10, 0, 2), (10, 1, 1), (10, 1, 2), (10, 2, 0), (10, 2, 1)]


def krippendorff_ratings() -> np.ndarray:
    data = np.array(KRIPPENDORFF_2011).T
    return np.where(data == MISSING, MISSING, data - 1)


def test_krippendorff_2011_nominal_with_missing_values():
    result = figures(krippendorff_ratings(), 5)
    assert round(result.krippendorff_alpha, 3) == 0.743
    assert result.n_units == 11  # unit 12 has a single value and is not pairable
    assert result.cohen_kappa is None and "two coders" in result.reasons["cohen_kappa"]


def test_krippendorff_2011_binary_two_observers():
    ratings = np.array([[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]).T
    assert round(krippendorff_alpha(category_counts(ratings, 2)), 3) == 0.095


def test_fleiss_1971():
    counts = category_counts(np.array(FLEISS_1971) - 1, 5)
    assert percent_agreement(counts) == pytest.approx(0.5556, abs=5e-5)
    shares = (counts / 6).mean(axis=0)
    assert float(shares @ shares) == pytest.approx(0.2201, abs=2e-4)  # Fleiss rounds p_j first
    assert round(fleiss_kappa(counts), 3) == 0.430


def test_cohen_1960():
    ratings = from_table(COHEN_1960)
    result = figures(ratings, 3)
    assert result.percent_agreement == pytest.approx(0.70)
    assert round(result.cohen_kappa, 3) == 0.492


@pytest.mark.parametrize("cells, cohen", [(BRENNAN_PREDIGER_1, 0.27), (BRENNAN_PREDIGER_2, 0.29)])
def test_brennan_prediger_1981(cells, cohen):
    result = figures(from_table(cells), 3)
    assert result.percent_agreement == pytest.approx(0.60)
    assert round(result.cohen_kappa, 2) == cohen
    assert result.brennan_prediger == pytest.approx(0.40)


BOOK_UNITIZING = {  # 1-based inclusive positions, as printed; value per unit
    "alex": [(1, 7, 1), (8, 13, 2), (31, 32, 5), (33, 37, 6), (38, 44, 6), (45, 60, 7)],
    "paul": [(1, 7, 1), (8, 13, 3), (14, 21, 5), (33, 44, 6)],
    "suzan": [(1, 7, 1), (8, 13, 4), (14, 21, 5), (33, 37, 6), (38, 41, 6), (42, 44, 6)],
}


def test_unitizing_example_three_coders():
    units = [[(s - 1, e, v) for s, e, v in coder] for coder in BOOK_UNITIZING.values()]
    counted = tally(units, 60, 8)
    assert round(unitizing_alpha(counted), 3) == 0.510
    assert unitizing_alpha(counted, binary=True) == pytest.approx(0.413, abs=1e-3)
    assert counted.observed.sum() == pytest.approx(3 * 60)


def test_alpha_matches_krippendorff_package_on_random_data():
    krippendorff = pytest.importorskip("krippendorff")
    rng = np.random.default_rng(3)
    for coders, categories in ((2, 2), (3, 4), (5, 6)):
        ratings = rng.integers(0, categories, size=(300, coders))
        ratings[rng.random(ratings.shape) < 0.2] = MISSING
        ours = krippendorff_alpha(category_counts(ratings, categories))
        theirs = krippendorff.alpha(np.where(ratings == MISSING, np.nan, ratings).T,
                                    level_of_measurement="nominal", value_domain=np.arange(categories))
        assert ours == pytest.approx(theirs, abs=1e-12)


def test_cohen_matches_scikit_learn():
    from sklearn.metrics import cohen_kappa_score

    rng = np.random.default_rng(5)
    first = rng.integers(0, 4, 500)
    second = np.where(rng.random(500) < 0.6, first, rng.integers(0, 4, 500))
    assert cohen_kappa(first, second, 4) == pytest.approx(cohen_kappa_score(first, second), abs=1e-12)
