"""Read the CSV manifest that says whom each transcript is with and when.

Researchers keep this list in Excel, which in Norway saves `;`-separated cp1252 files;
a typo in a role or wave would silently split the baseline/end-point comparison, so
every row is checked and errors name the line and column.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from workbench.core.errors import InputError, InputErrors
from workbench.core.text import normalise_text
from workbench.core.wording import plural
from workbench.io.transcripts.readers import MAX_BYTES, decode_text
from workbench.io.transcripts.load import FIELDS, validate_metadata

COLUMNS = (*FIELDS, "programme")


def _basename(name: str) -> str:
    return re.split(r"[\\/]", name)[-1]


class Manifest(dict):
    """Rows keyed by `file` as written; lookups also match a path's basename."""

    def _by_basename(self, key: Any) -> str | None:
        base = _basename(str(key))
        hits = [k for k in dict.keys(self) if _basename(k) == base]
        return hits[0] if len(hits) == 1 else None

    def __missing__(self, key: Any) -> dict:
        hit = self._by_basename(key)
        if hit is None:
            raise KeyError(key)
        return dict.__getitem__(self, hit)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or self._by_basename(key) is not None

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default


def read_manifest(path: str | Path, row_errors: list[InputError] | None = None) -> Manifest:
    """Read a manifest CSV (`,` or `;` separated) into {file: metadata}, or raise InputError.

    With `row_errors`, a bad row is added there instead of raised and the sound rows are returned,
    so a caller can check their files too and report everything at once."""
    src = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(src, "is a directory, not a manifest file")
        if p.exists() and not p.is_file():
            raise InputError(src, "not a regular file")
        if p.stat().st_size > MAX_BYTES:
            raise InputError(src, "manifest file too large")
        data = p.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(src, "file not found") from None
    except Exception as e:
        raise InputError(src, f"cannot read file ({getattr(e, 'strerror', None) or type(e).__name__})") from None
    if not data.strip():
        raise InputError(src, "empty manifest")
    text = normalise_text(decode_text(data, src)[0])
    header_line = text.lstrip().split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=header_line.count)
    try:
        rows = [(n, cells) for n, cells in _rows(text, delimiter)]
        while rows and not any(c.strip() for c in rows[0][1]):
            rows.pop(0)
    except csv.Error as e:
        raise InputError(src, f"malformed CSV ({e})") from None
    if not rows:
        raise InputError(src, "empty manifest")
    header_no, header = rows[0]
    columns = [c.strip().lower() for c in header]
    _check_header(columns, src, header_no)
    _check_quotes_closed(text, delimiter, src, rows, columns)
    manifest = Manifest()
    first_seen: dict[str, int] = {}
    errors: list[InputError] = []
    for line, cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        try:
            _read_row(src, columns, line, cells, first_seen, manifest)
        except InputError as exc:  # every bad row is named, so they can be fixed in one go
            errors.append(exc)
    if row_errors is not None:
        row_errors.extend(errors)
    else:
        InputErrors.raise_any(errors)
    return manifest


def _read_row(src: str, columns: list[str], line: int, cells: list[str], first_seen: dict[str, int],
              manifest: Manifest) -> None:
    """Check one row and add it to `manifest`, or raise InputError naming its line and field."""
    if len(cells) > len(columns):
        extra = cells[len(columns):]
        if any(c.strip() for c in extra):
            raise InputError(src, f"row has {plural(len(cells), 'cell')} but the header has {len(columns)}", line)
    raw = {}
    # a row may stop short of the header (empty trailing cells); longer rows were checked above
    for col, cell in zip(columns, cells, strict=False):
        if not col:
            if cell.strip():
                raise InputError(src, "value under a column with no name", line)
            continue
        raw[col] = cell
    meta = validate_metadata(raw, src, line)
    name = meta.get("file")
    if not name:
        raise InputError(src, "file is empty", line, "file")
    if name in first_seen:
        raise InputError(src, f"duplicate row for file '{name}' (first on line {first_seen[name]})", line, "file")
    first_seen[name] = line
    meta["line"] = line
    manifest[name] = meta


def _check_quotes_closed(text: str, delimiter: str, src: str, rows: list, columns: list[str]) -> None:
    """A `"` opened and never closed makes CSV read on to the end of the file as one value, which
    would then be reported as a strange file name: name the line and column where it opens."""
    try:
        for _cells in csv.reader(io.StringIO(text), delimiter=delimiter, strict=True):
            pass
    except csv.Error as e:
        if "unexpected end of data" not in str(e):
            return  # other strictness (a stray quote inside a value) is read leniently, as before
        line, cells = rows[-1]
        field = columns[len(cells) - 1] if 0 < len(cells) <= len(columns) else None
        first = cells[-1].split("\n", 1)[0] if cells else ""
        last = text.rstrip("\n").count("\n") + 1  # the value runs on to the file's last line
        runs = f" (line {last})" if last > line else ""
        raise InputError(src, f'a " opened on this line is never closed, so the value {first[:40]!r} runs on to the '
                              f'end of the file{runs}: remove the " or close it', line, field or None) from None


def _rows(text: str, delimiter: str):
    """Yield (line number where the record starts, cells)."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    line = 1
    for cells in reader:
        yield line, cells
        line = reader.line_num + 1


def _check_header(columns: list[str], src: str, line: int) -> None:
    allowed = f"{', '.join(COLUMNS)}, attr_*"
    seen: set[str] = set()
    for col in columns:
        if not col:
            continue
        if col not in COLUMNS and not (col.startswith("attr_") and len(col) > 5):
            raise InputError(src, f"unknown column '{col}' (allowed: {allowed})", line, col)
        if col in seen or (col in ("program", "programme") and {"program", "programme"} & seen):
            raise InputError(src, f"column '{col}' appears twice", line, col)
        seen.add(col)
    if "file" not in seen:
        raise InputError(src, "missing required column 'file'", line, "file")
