"""Codebook files: the workbench's own YAML format and Taguette-style CSV (REFI-QDA `.qdc` is in io/refi)."""
