"""Krippendorff's α for unitizing a continuum: coders mark free spans, not given units.

Follows the coincidence formulation of Krippendorff, Mathet, Bouvry & Widlöcher (2016),
also in Krippendorff's Content Analysis (2019, §12.6), which holds for any number of
coders. Each coder cuts the continuum (a document's text) into units, each with a value,
and the gaps between them (value 0 here, φ in the literature):

- observed coincidences: for every ordered pair of different coders, the length of each
  intersection of one coder's segment with the other's, tallied under the pair of
  values and divided by (m − 1);
- expected coincidences: pairs of positions drawn from all coders' segments, except two
  positions of the same unit — a unit is one judgement, so a unit of length l removes
  l² self-pairs while a gap, which is no judgement, removes only its l single positions.

`uα` uses the values as given; `|uα` (binary) asks only whether matter was marked as
relevant at all, by folding all unit values into one. Everything is a sum over
documents and codes of small matrices (`UnitizingTally`), so a long continuum made of
many documents, and a bootstrap over documents, cost little.

The tests reproduce the book's three-coder example (uα = .510, |uα = .413).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

GAP = 0


@dataclass
class UnitizingTally:
    """Observed coincidences (values x values) and the self-pair correction per value."""

    observed: np.ndarray
    correction: np.ndarray
    units: int = 0
    length: int = 0

    @classmethod
    def empty(cls, n_values: int) -> UnitizingTally:
        return cls(np.zeros((n_values, n_values)), np.zeros(n_values))

    def __add__(self, other: UnitizingTally) -> UnitizingTally:
        return UnitizingTally(self.observed + other.observed, self.correction + other.correction,
                              self.units + other.units, self.length + other.length)

    def binary(self) -> UnitizingTally:
        """The same tally with every unit value folded into one: gap vs. marked."""
        fold = _fold(len(self.correction))
        return UnitizingTally(fold.T @ self.observed @ fold, self.correction @ fold, self.units, self.length)

    def as_row(self) -> np.ndarray:
        """Flattened (observed, correction), for resampling tallies as rows."""
        return np.concatenate([self.observed.ravel(), self.correction])


def tally(coders_units: list[list[tuple[int, int, int]]], length: int, n_values: int) -> UnitizingTally:
    """Tally one continuum of `length` positions unitized by two or more coders.

    `coders_units` holds, per coder, non-overlapping units (start, end, value) with
    value 1..n_values-1, end exclusive; everything else is gap.
    """
    result = UnitizingTally.empty(n_values)
    m = len(coders_units)
    if m < 2 or length <= 0:
        return result
    cuts = {0, length}
    for units in coders_units:
        for start, end, _value in units:
            cuts.update((start, end))
    edges = np.array(sorted(c for c in cuts if 0 <= c <= length))
    piece_starts, piece_lengths = edges[:-1], np.diff(edges).astype(float)
    labels = []
    for units in coders_units:
        ordered = sorted(units)
        starts = np.array([u[0] for u in ordered], dtype=np.int64)
        ends = np.array([u[1] for u in ordered], dtype=np.int64)
        values = np.array([u[2] for u in ordered], dtype=np.int64)
        label = np.zeros(len(piece_starts), dtype=np.int64)
        if len(ordered):
            at = np.searchsorted(starts, piece_starts, side="right") - 1
            inside = (at >= 0) & (piece_starts < ends[np.maximum(at, 0)])
            label[inside] = values[at[inside]]
        labels.append(label)
        marked = 0
        for start, end, value in ordered:
            result.correction[value] += float(end - start) ** 2
            marked += end - start
        result.correction[GAP] += float(length - marked)
        result.units += len(ordered)
    for i in range(m):
        for j in range(m):
            if i != j:
                pairs = labels[i] * n_values + labels[j]
                result.observed += np.bincount(pairs, weights=piece_lengths,
                                               minlength=n_values * n_values).reshape(n_values, n_values)
    result.observed /= (m - 1)
    result.length = length
    return result


def _alphas(observed: np.ndarray, correction: np.ndarray) -> np.ndarray:
    """uα for a stack of tallies: observed (..., v, v), correction (..., v); NaN where undefined."""
    total = observed.sum(axis=(-2, -1))
    margins = observed.sum(axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = total - correction.sum(axis=-1) / total
        expected_same = ((margins * margins - correction).sum(axis=-1)) / scale
        disagreement_expected = total - expected_same
        disagreement_observed = total - np.trace(observed, axis1=-2, axis2=-1)
        alpha = 1.0 - disagreement_observed / disagreement_expected
    defined = (total > 0) & (scale > 0) & (disagreement_expected > 1e-12)
    return np.where(defined, alpha, np.nan)


def _fold(n_values: int) -> np.ndarray:
    fold = np.zeros((n_values, 2))
    fold[0, 0] = 1.0
    fold[1:, 1] = 1.0
    return fold


def unitizing_alpha(result: UnitizingTally, binary: bool = False) -> float | None:
    """uα (or |uα when `binary`) of a tally; None when expected disagreement is 0."""
    chosen = result.binary() if binary else result
    alpha = float(_alphas(chosen.observed, chosen.correction))
    return None if np.isnan(alpha) else alpha


def unitizing_reason(result: UnitizingTally) -> str:
    """Why α is undefined for this tally (call only when it is)."""
    if result.observed.sum() <= 0:
        return "no document was unitized by two or more coders"
    return "no variation: nothing (or everything) was marked, so expected disagreement is 0"


def unitizing_bootstrap(
    rows: np.ndarray, n_values: int, samples: int, seed: int, binary: bool = True, level: float = 0.95,
) -> list[float] | None:
    """Percentile CI of (|)uα from resampling tallies (one row per document) with replacement."""
    n = len(rows)
    if samples <= 0 or n < 2:
        return None
    rng = np.random.default_rng(seed)
    sums = rng.multinomial(n, np.full(n, 1.0 / n), size=samples) @ rows
    size = n_values * n_values
    observed = sums[:, :size].reshape(samples, n_values, n_values)
    correction = sums[:, size:]
    if binary:
        fold = _fold(n_values)
        observed, correction = fold.T @ observed @ fold, correction @ fold
    alphas = _alphas(observed, correction)
    values = alphas[~np.isnan(alphas)]
    if len(values) == 0:
        return None
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(values, [tail, 1.0 - tail])
    return [float(low), float(high)]
