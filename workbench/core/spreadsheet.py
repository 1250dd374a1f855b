"""Spreadsheet cells that are never live formulas.

A CSV or .xlsx file written by workbench is opened in Excel or LibreOffice, which run a
cell beginning with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a
formula, and transcript text, memos and names can begin that way. As OWASP advises for
CSV injection, such a cell gets a leading apostrophe, which the spreadsheet shows as text
and hides; workbench removes it again when it reads its own CSV back.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """`value` as a cell a spreadsheet shows as text: a formula-like string gets a leading `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """Undo `safe_cell` for a cell read back from a CSV workbench wrote."""
    if value.startswith("'") and value[1:2] and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
