"""The Textual terminal workbench (the only package that imports Textual).

Start it with `workbench` (or `workbench tui`) on a project file; see `app.py`.
"""
