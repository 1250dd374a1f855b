"""Defaults of the agreement report that the command line needs before any statistics run.

Kept apart from `stats` (which needs numpy) so that building the command-line
interface, `workbench --help` included, imports nothing heavy.
"""

from __future__ import annotations

#: Default seed of the bootstrap, so a report computed twice shows the same interval.
BOOTSTRAP_SEED = 20160101

#: Default number of bootstrap resamples for α's 95% interval.
BOOTSTRAP_SAMPLES = 1000

#: A coder takes part in a document when their coding spans at least this share of it (coverage.py).
MIN_COVERAGE = 0.5
#: A coder who takes part while spanning less than this share of a document gets a warning.
LOW_COVERAGE = 0.75
