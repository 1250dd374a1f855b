"""Benchmark: nominal Krippendorff's α over 100,000 units x 4 coders, beside `krippendorff`.

Both implementations get the same reliability matrix (5 categories, about 10% missing
values); the script checks they agree and prints JSON with each timing, the reference
timing from the same run and their ratio. Target: ratio <= 1.2.

    python benchmarks/agreement_bench.py [--units N] [--coders M] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np


def _best_of(func, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--coders", type=int, default=4)
    parser.add_argument("--categories", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import krippendorff

    from workbench.analysis.agreement.stats import MISSING, category_counts, krippendorff_alpha

    rng = np.random.default_rng(7)
    truth = rng.integers(0, args.categories, size=args.units)
    ratings = np.where(rng.random((args.units, args.coders)) < 0.7, truth[:, None],
                       rng.integers(0, args.categories, size=(args.units, args.coders)))
    ratings = np.where(rng.random(ratings.shape) < 0.1, MISSING, ratings)
    reference_input = np.where(ratings == MISSING, np.nan, ratings).T.astype(float)
    domain = np.arange(args.categories, dtype=float)

    ours_value = krippendorff_alpha(category_counts(ratings, args.categories))
    reference_value = krippendorff.alpha(reference_input, level_of_measurement="nominal", value_domain=domain)
    assert abs(ours_value - reference_value) < 1e-9, (ours_value, reference_value)

    ours = _best_of(lambda: krippendorff_alpha(category_counts(ratings, args.categories)), args.repeat)
    reference = _best_of(lambda: krippendorff.alpha(reference_input, level_of_measurement="nominal",
                                                    value_domain=domain), args.repeat)
    print(json.dumps({
        "benchmark": "krippendorff_alpha_nominal",
        "units": args.units, "coders": args.coders, "categories": args.categories,
        "alpha": ours_value,
        "workbench_seconds": round(ours, 6),
        "krippendorff_package_seconds": round(reference, 6),
        "ratio": round(ours / reference, 3),
        "target_ratio_max": 1.2,
    }, indent=2))


if __name__ == "__main__":
    main()
