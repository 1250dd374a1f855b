"""Defaults of the agreement report that the command line needs before any statistics run.

Kept apart from `stats` (which needs numpy) so that building the command-line
interface, `workbench --help` included, imports nothing heavy.
"""

from __future__ import annotations

#: Default seed of the bootstrap, so a report computed twice shows the same interval.
BOOTSTRAP_SEED = 20160101

#: Default number of bootstrap resamples for α's 95% interval.
BOOTSTRAP_SAMPLES = 1000
