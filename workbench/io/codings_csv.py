"""Codings as CSV (`document,coder,code,start,end,memo`; `;` also read), for exchange between coders and tools."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from workbench.core.errors import InputError, InputErrors, WorkbenchError
from workbench.core.models import Coding
from workbench.core.spreadsheet import safe_cell, unescape_cell

COLUMNS = ("document", "coder", "code", "start", "end", "memo")


def read_codings_csv(path: Path | str, project, default_coder: str) -> list[Coding]:
    """Parse and check every row against the project; any bad row stops with its line number."""
    try:
        return _read_codings_csv(Path(path), project, default_coder)
    except csv.Error as exc:  # e.g. a field beyond the csv module's size limit
        raise InputError(str(path), f"malformed CSV ({exc})") from None


def _read_codings_csv(path: Path, project, default_coder: str) -> list[Coding]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","  # Excel in Norway writes ;
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = reader.fieldnames or []
    if not header:
        raise InputError(str(path), "empty file: expected a header row " + ",".join(COLUMNS), line=1)
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        raise InputError(str(path), f"unknown column '{unknown[0]}' (allowed: {', '.join(COLUMNS)})", line=1, field=unknown[0])
    missing = [c for c in ("document", "code", "start", "end") if c not in header]
    if missing:
        raise InputError(str(path), f"missing column '{missing[0]}'", line=1, field=missing[0])
    codings = []
    errors: list[InputError] = []
    for row in reader:
        line = reader.line_num
        row = {k: unescape_cell(v) if isinstance(v, str) else v for k, v in row.items()}
        try:
            codings.append(_row_coding(str(path), line, row, project, default_coder))
        except InputError as exc:  # every bad row is named, so they can be fixed in one go
            errors.append(exc)
    InputErrors.raise_any(errors)
    return codings


def _row_coding(src: str, line: int, row: dict, project, default_coder: str) -> Coding:
    """One row as a Coding, or an InputError naming its line and the field at fault."""
    try:
        start, end = int(row["start"]), int(row["end"])
    except (TypeError, ValueError):
        raise InputError(src, "start and end must be whole numbers", line=line, field="start/end") from None
    field = "document"
    try:
        doc_id = project.resolve_document(row["document"])
        field = "code"
        project.code_id(row["code"])
        field = "start/end"
        project._check_span(doc_id, start, end)
    except WorkbenchError as exc:
        raise InputError(src, str(exc), line=line, field=field) from None
    return Coding(doc_id, start, end, row["code"], (row.get("coder") or "").strip() or default_coder,
                  row.get("memo") or None, "import")


def write_codings_csv(rows: list[dict], out) -> int:
    """Write coding dicts (as `Project.codings()` returns) to a path or open text file; no live formulas."""
    def _write(handle) -> None:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow([safe_cell(r["document"]), safe_cell(r["coder"]), safe_cell(r["code"]), r["start"],
                             r["end"], safe_cell(r["memo"] or "")])

    if hasattr(out, "write"):
        _write(out)
    else:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            _write(handle)
    return len(rows)
