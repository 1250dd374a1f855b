"""Analysis of coded material: quotes, matrices, change across waves, and agreement statistics.

Pure computation over rows the store returns; no SQL and no user interface here.
"""
