"""Agreement coefficients for nominal reliability data, with missing values allowed.

Every coefficient the agreement report shows is computed here from one representation:
a ratings matrix with one row per unit and one column per coder, holding category
numbers 0..q-1 and `MISSING` (-1) where a coder gave the unit no value. Most figures
depend only on how many coders put each unit in each category, so the matrix is first
reduced to per-unit category counts; that keeps α linear in the number of units and
lets the bootstrap resample units (or whole documents) by weighting those counts.

Definitions (and the published examples the tests reproduce):
- percent agreement: the share of agreeing coder pairs within each unit that at least
  two coders rated, averaged over those units;
- Cohen's κ (1960): two coders, units both rated, chance from each coder's own
  marginals; reproduces Cohen's κ = .492;
- Fleiss' κ (1971), generalised to missing ratings as Gwet (2014) does: observed
  agreement as above, chance from the mean per-unit category shares; reproduces
  Fleiss' κ = .430;
- Krippendorff's α, nominal, from the coincidence matrix (Krippendorff 2011);
  reproduces α = .743 for the 4-coder example with missing values;
- Brennan & Prediger's κ (1981): chance fixed at 1/q for q categories; reproduces .40.

A figure that cannot be computed is `None` with a one-line reason, never 0 or 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from collections.abc import Callable

import numpy as np

from workbench.analysis.agreement.defaults import BOOTSTRAP_SEED

#: Returns the bootstrap clusters' make-up, as `cluster_makeup` does.
Makeup = Callable[[], tuple[np.ndarray, np.ndarray, np.ndarray]]

MISSING = -1


@dataclass
class Figures:
    """The agreement figures for one set of reliability data.

    `reasons` names, for each figure that is None, why it could not be computed.
    """

    n_units: int
    percent_agreement: float | None = None
    cohen_kappa: float | None = None
    fleiss_kappa: float | None = None
    krippendorff_alpha: float | None = None
    krippendorff_alpha_ci: list[float] | None = None
    brennan_prediger: float | None = None
    reasons: dict[str, str] = field(default_factory=dict)

    STATISTICS = ("percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha",
                  "krippendorff_alpha_ci", "brennan_prediger")

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: getattr(self, name) for name in self.STATISTICS}
        out["n_units"] = self.n_units
        out["reasons"] = dict(self.reasons)
        return out


def category_counts(ratings: np.ndarray, n_categories: int) -> np.ndarray:
    """Per-unit counts of each category: shape (units, n_categories); MISSING is ignored."""
    ratings = np.asarray(ratings)
    if ratings.ndim != 2:
        raise ValueError("ratings must be a units x coders matrix")
    n_units = ratings.shape[0]
    counts = np.zeros((n_units, n_categories), dtype=np.int64)
    for column in ratings.T:  # one pass per coder: fast for many units, few coders
        rated = column != MISSING
        if rated.any():
            counts[np.flatnonzero(rated), column[rated]] += 1
    return counts


def distinct_rows(ratings: np.ndarray, n_categories: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct rows of a ratings matrix, how many units have each, and each unit's row.

    Character-level data has hundreds of thousands of units but only a handful of
    distinct patterns (kari 1, ola 0, ...), and every coefficient is a weighted sum
    over units, so computing on the patterns gives the same figures much faster.
    """
    ratings = np.asarray(ratings, dtype=np.int64)
    coders = ratings.shape[1]
    base = n_categories + 1
    if coders and base ** coders < 2 ** 62:
        keys = ((ratings + 1) * (base ** np.arange(coders, dtype=np.int64))).sum(axis=1)
        _, first, inverse, weights = np.unique(keys, return_index=True, return_inverse=True, return_counts=True)
        return ratings[first], weights, inverse.ravel()
    patterns, inverse, weights = np.unique(ratings, axis=0, return_inverse=True, return_counts=True)
    return patterns, weights, inverse.ravel()


def _weights(counts: np.ndarray, weights: np.ndarray | None) -> np.ndarray:
    return np.ones(len(counts)) if weights is None else np.asarray(weights, dtype=float)


def _pairable(
    counts: np.ndarray, weights: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Counts, values per unit and weights of the units rated by two or more coders."""
    per_unit = counts.sum(axis=1)
    keep = per_unit >= 2
    return counts[keep], per_unit[keep], _weights(counts, weights)[keep]


def _unit_terms(counts: np.ndarray) -> np.ndarray:
    """Per pairable unit: [values m_u, matching pairs / (m_u - 1), n_uc for each category].

    α is a function of the sums of these terms over units, so a bootstrap sample is
    just a weighted sum of the rows.
    """
    counts, per_unit, _ = _pairable(counts)
    matches = (counts * (counts - 1)).sum(axis=1)
    return np.column_stack([per_unit, matches / (per_unit - 1), counts]).astype(float)


def _alpha_from_sums(sums: np.ndarray) -> float | None:
    """Nominal α from summed unit terms (see `_unit_terms`); None when undefined."""
    n, coinciding, by_category = sums[0], sums[1], sums[2:]
    expected = n * n - float(np.dot(by_category, by_category))
    if n <= 1 or expected <= 0:
        return None
    return float(1.0 - (n - 1.0) * (n - coinciding) / expected)


def krippendorff_alpha(counts: np.ndarray, weights: np.ndarray | None = None) -> float | None:
    """Krippendorff's α (nominal) from per-unit category counts; None when undefined."""
    terms = _unit_terms(counts)
    pairable = counts.sum(axis=1) >= 2
    return _alpha_from_sums(_weights(counts, weights)[pairable] @ terms)


def alpha_reason(counts: np.ndarray) -> str:
    """Why α is undefined for these counts (call only when it is)."""
    if not (counts.sum(axis=1) >= 2).any():
        return "no unit was rated by two or more coders"
    return "no variation: all values given are the same category, so expected disagreement is 0"


def _agreeing_share(pairable: np.ndarray, per_unit: np.ndarray) -> np.ndarray:
    share: np.ndarray = (pairable * (pairable - 1)).sum(axis=1) / (per_unit * (per_unit - 1))
    return share


def percent_agreement(counts: np.ndarray, weights: np.ndarray | None = None) -> float | None:
    """Mean share of agreeing coder pairs per unit, over units rated by two or more coders."""
    pairable, per_unit, w = _pairable(counts, weights)
    if w.sum() == 0:
        return None
    return float(np.average(_agreeing_share(pairable, per_unit), weights=w))


def fleiss_kappa(counts: np.ndarray, weights: np.ndarray | None = None) -> float | None:
    """Fleiss' κ; with missing ratings, Gwet's generalisation over units rated by two or more."""
    pairable, per_unit, w = _pairable(counts, weights)
    if w.sum() == 0:
        return None
    observed = float(np.average(_agreeing_share(pairable, per_unit), weights=w))
    shares = np.average(pairable / per_unit[:, None], axis=0, weights=w)
    chance = float(np.dot(shares, shares))
    if chance >= 1.0 - 1e-12:
        return None
    return (observed - chance) / (1.0 - chance)


def cohen_kappa(first: np.ndarray, second: np.ndarray, n_categories: int,
                weights: np.ndarray | None = None) -> float | None:
    """Cohen's κ for two coders over the units both rated; None when chance agreement is 1."""
    first, second = np.asarray(first), np.asarray(second)
    both = (first != MISSING) & (second != MISSING)
    if not both.any():
        return None
    table = np.zeros((n_categories, n_categories))
    np.add.at(table, (first[both], second[both]), _weights(first, weights)[both])
    total = table.sum()
    observed = np.trace(table) / total
    chance = float(np.dot(table.sum(axis=1), table.sum(axis=0))) / (total * total)
    if chance >= 1.0 - 1e-12:
        return None
    return float((observed - chance) / (1.0 - chance))


def brennan_prediger(counts: np.ndarray, n_categories: int, weights: np.ndarray | None = None) -> float | None:
    """Brennan & Prediger's κ: (agreement − 1/q) / (1 − 1/q) for q possible categories."""
    observed = percent_agreement(counts, weights)
    if observed is None or n_categories < 2:
        return None
    chance = 1.0 / n_categories
    return (observed - chance) / (1.0 - chance)


def unit_terms_all(counts: np.ndarray) -> np.ndarray:
    """Unit terms (see `_unit_terms`) for every row of `counts`; zero rows where not pairable."""
    pairable = counts.sum(axis=1) >= 2
    terms = np.zeros((len(counts), counts.shape[1] + 2))
    terms[pairable] = _unit_terms(counts)
    return terms


def cluster_makeup(clusters: np.ndarray, inverse: np.ndarray, kinds: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """How many units of each kind every cluster holds: (cluster, kind, count), by cluster then kind.

    `clusters` labels each unit, `inverse` gives its kind (row of the distinct patterns);
    clusters are numbered 0.. in the order of their sorted labels.
    """
    _, cluster_index = np.unique(np.asarray(clusters), return_inverse=True)
    keys = cluster_index.ravel().astype(np.int64) * kinds + np.asarray(inverse)
    pairs, how_many = np.unique(keys, return_counts=True)
    return pairs // kinds, pairs % kinds, how_many


def cluster_rows(terms: np.ndarray, cluster: np.ndarray, kind: np.ndarray,
                 count: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Clusters as rows to resample: each distinct make-up once, with how many clusters have it.

    `cluster`, `kind`, `count` (sorted by cluster, then kind) say how many units of each
    kind a cluster holds; `terms` are the kinds' unit terms. Only pairable units count,
    and clusters without any are left out. Clusters with the same make-up (the same
    number of units of each pairable kind) are interchangeable, so they become one row
    with a frequency, in the order of their first cluster: drawing n clusters with
    replacement is then one multinomial over the make-ups, whatever the number of
    clusters (770,000 segments at study size). When every make-up is distinct this is
    exactly one row per cluster, summed in the same order as before.
    """
    cluster, kind, count = (np.asarray(a, dtype=np.int64) for a in (cluster, kind, count))
    keep = (terms[kind, 0] > 0) & (count > 0)
    cluster, kind, count = cluster[keep], kind[keep], count[keep]
    width = terms.shape[1]
    if not len(cluster):
        return np.zeros((0, width)), np.zeros(0)
    first = np.flatnonzero(np.concatenate([[True], cluster[1:] != cluster[:-1]]))
    length = np.diff(np.concatenate([first, [len(cluster)]]))
    item = kind * (int(count.max()) + 1) + count  # one number per (kind, count)
    makeup = np.empty(len(first), dtype=np.int64)  # an id per distinct make-up
    next_id = 0
    for size in np.unique(length).tolist():
        which = np.flatnonzero(length == size)
        if size == 1:
            _, ids = np.unique(item[first[which]], return_inverse=True)
        else:
            _, ids = np.unique(item[first[which][:, None] + np.arange(size)], axis=0, return_inverse=True)
        ids = ids.ravel()
        makeup[which] = ids + next_id
        next_id += int(ids.max()) + 1
    frequency = np.bincount(makeup, minlength=next_id)
    leader = np.full(next_id, len(first), dtype=np.int64)
    np.minimum.at(leader, makeup, np.arange(len(first)))  # first cluster of each make-up
    order = np.argsort(leader)
    rank = np.empty(next_id, dtype=np.int64)
    rank[order] = np.arange(next_id)
    entries = np.repeat(leader[makeup] == np.arange(len(first)), length)  # the leaders' units
    rows = np.zeros((next_id, width))
    np.add.at(rows, np.repeat(rank[makeup], length)[entries], terms[kind[entries]] * count[entries][:, None])
    return rows, frequency[order].astype(float)


def alpha_bootstrap(
    terms: np.ndarray,
    samples: int,
    seed: int = BOOTSTRAP_SEED,
    level: float = 0.95,
    frequency: np.ndarray | None = None,
) -> list[float] | None:
    """Percentile confidence interval of α from resampling units (or clusters) with replacement.

    `terms` holds one row of unit terms per kind of unit, `frequency` how many units are
    of that kind (default 1 each); a row may also be a whole cluster, such as a document
    whose units are not independent. Samples where α is undefined are left out; None
    when fewer than two units or no sample gives an α.
    """
    frequency = np.ones(len(terms)) if frequency is None else np.asarray(frequency, dtype=float)
    n = round(frequency.sum())
    if samples <= 0 or n < 2:
        return None
    # Units of one kind are interchangeable, so drawing n units with replacement is
    # drawing how many of each kind: one multinomial over the kinds.
    kinds = terms
    rng = np.random.default_rng(seed)
    values: list[np.ndarray] = []
    chunk = max(1, min(samples, 4_000_000 // max(len(kinds), 1)))
    done = 0
    while done < samples:
        size = min(chunk, samples - done)
        sums = rng.multinomial(n, frequency / frequency.sum(), size=size) @ kinds
        n_values, coinciding, by_category = sums[:, 0], sums[:, 1], sums[:, 2:]
        expected = n_values ** 2 - (by_category ** 2).sum(axis=1)
        ok = (n_values > 1) & (expected > 0)
        values.append(1.0 - (n_values[ok] - 1.0) * (n_values[ok] - coinciding[ok]) / expected[ok])
        done += size
    drawn = np.concatenate(values)
    if len(drawn) == 0:
        return None
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(drawn, [tail, 1.0 - tail])
    return [float(low), float(high)]


def figures(
    ratings: np.ndarray,
    n_categories: int,
    bootstrap: int = 0,
    clusters: np.ndarray | None = None,
    seed: int = BOOTSTRAP_SEED,
) -> Figures:
    """All coefficients for a units x coders ratings matrix of categories 0..q-1 (or MISSING).

    `clusters` (one label per unit) makes the bootstrap resample whole clusters, e.g.
    every character of a document together.
    """
    ratings = np.asarray(ratings, dtype=np.int64)
    if len(ratings):
        patterns, weights, inverse = distinct_rows(ratings, n_categories)
    else:
        patterns, weights, inverse = ratings, np.zeros(0), np.zeros(0, dtype=np.int64)
    makeup: Makeup | None = None
    if clusters is not None:
        def makeup() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            return cluster_makeup(clusters, inverse, len(patterns))
    return figures_from_patterns(patterns, weights, n_categories, bootstrap, seed, makeup)


def figures_from_patterns(
    patterns: np.ndarray,
    weights: np.ndarray,
    n_categories: int,
    bootstrap: int = 0,
    seed: int = BOOTSTRAP_SEED,
    makeup: Makeup | None = None,
) -> Figures:
    """All coefficients from distinct rating patterns (as `distinct_rows` gives them) and their counts.

    The same figures as `figures` on the full matrix, for callers that count patterns
    without building it. `makeup`, when given, returns the clusters' make-up
    (`cluster_makeup`) and makes the bootstrap resample clusters instead of units.
    """
    patterns = np.asarray(patterns, dtype=np.int64)
    coders = patterns.shape[1]
    counts = category_counts(patterns, n_categories)
    pairable = counts.sum(axis=1) >= 2
    result = Figures(n_units=int(np.asarray(weights)[pairable].sum()))
    if coders < 2:
        for name in Figures.STATISTICS:
            result.reasons[name] = "needs at least two coders"
        return result
    if result.n_units == 0:
        for name in Figures.STATISTICS:
            result.reasons[name] = "no unit was rated by two or more coders"
        return result
    result.percent_agreement = percent_agreement(counts, weights)
    if coders == 2:
        result.cohen_kappa = cohen_kappa(patterns[:, 0], patterns[:, 1], n_categories, weights)
        if result.cohen_kappa is None:
            result.reasons["cohen_kappa"] = "no variation: chance agreement is 1, so κ is 0/0"
    else:
        result.reasons["cohen_kappa"] = f"Cohen's κ is defined for two coders, not {coders}; see Fleiss' κ and α"
    result.fleiss_kappa = fleiss_kappa(counts, weights)
    if result.fleiss_kappa is None:
        result.reasons["fleiss_kappa"] = "no variation: chance agreement is 1, so κ is 0/0"
    result.krippendorff_alpha = krippendorff_alpha(counts, weights)
    if result.krippendorff_alpha is None:
        result.reasons["krippendorff_alpha"] = alpha_reason(counts)
        result.reasons["krippendorff_alpha_ci"] = "α is undefined"
    elif bootstrap > 0:
        if makeup is None:
            rows, frequency = unit_terms_all(counts)[pairable], np.asarray(weights)[pairable].astype(float)
        else:
            rows, frequency = cluster_rows(unit_terms_all(counts), *makeup())
        result.krippendorff_alpha_ci = alpha_bootstrap(rows, bootstrap, seed, frequency=frequency)
        if result.krippendorff_alpha_ci is None:
            result.reasons["krippendorff_alpha_ci"] = "too few units (or documents) to resample"
    else:
        result.reasons["krippendorff_alpha_ci"] = "no bootstrap requested"
    result.brennan_prediger = brennan_prediger(counts, n_categories, weights)
    if result.brennan_prediger is None:
        result.reasons["brennan_prediger"] = "needs at least two possible categories"
    return result
