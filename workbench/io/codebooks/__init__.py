"""Codebook files: the workbench's own YAML format."""
