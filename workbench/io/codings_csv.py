"""Codings as CSV (`document,coder,code,start,end,memo`; `;` also read), for exchange between coders and tools."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

from workbench.core.errors import InputError, InputErrors, WorkbenchError
from workbench.core.models import Coding
from workbench.core.spreadsheet import safe_cell, unescape_cell

COLUMNS = ("document", "coder", "code", "start", "end", "memo")


#: Rows parsed, checked and handed to the store at a time (`codings_csv_batches`): memory
#: stays flat however long the file is (198,528 rows as one list of codings, with the file's
#: text and the store's rows beside it, took some 150 MB, which the training after the
#: import then sat on top of).
BATCH_ROWS = 5000


def read_codings_csv(path: Path | str, project, default_coder: str) -> list[Coding]:
    """Parse and check every row against the project; any bad row stops with its line number."""
    return [coding for batch in codings_csv_batches(path, project, default_coder) for coding in batch]


def codings_csv_batches(path: Path | str, project, default_coder: str, size: int | None = None
                        ) -> Iterator[list[Coding]]:
    """The file's codings, checked against the project, in lists of at most `size` rows
    (BATCH_ROWS), read as they are needed. Every bad row is named: after the last batch,
    one `InputError` (or `InputErrors`) for all of them is raised, so a caller that writes
    the batches inside one transaction keeps nothing of a file with a bad row."""
    path = Path(path)
    try:
        yield from _codings_csv_batches(path, project, default_coder, size or BATCH_ROWS)
    except csv.Error as exc:  # e.g. a field beyond the csv module's size limit
        raise InputError(str(path), f"malformed CSV ({exc})") from None


def _encoding(path: Path) -> str:
    """utf-8 (a byte-order mark skipped) when every byte decodes so, else cp1252 (checked
    a block at a time, never the whole file at once)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                decoder.decode(block)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252"
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror})") from None
    return "utf-8-sig"


def _codings_csv_batches(path: Path, project, default_coder: str, size: int) -> Iterator[list[Coding]]:
    encoding = _encoding(path)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        header_line = handle.readline()
        handle.seek(0)
        delimiter = ";" if header_line.count(";") > header_line.count(",") else ","  # Excel in Norway writes ;
        reader = csv.DictReader(handle, delimiter=delimiter)
        header = reader.fieldnames or []
        if not header:
            raise InputError(str(path), "empty file: expected a header row " + ",".join(COLUMNS), line=1)
        unknown = [c for c in header if c not in COLUMNS]
        if unknown:
            raise InputError(str(path), f"unknown column '{unknown[0]}' (allowed: {', '.join(COLUMNS)})", line=1,
                             field=unknown[0])
        missing = [c for c in ("document", "code", "start", "end") if c not in header]
        if missing:
            raise InputError(str(path), f"missing column '{missing[0]}'", line=1, field=missing[0])
        batch: list[Coding] = []
        errors: list[InputError] = []
        known = _Known(project)
        for row in reader:
            line = reader.line_num
            row = {k: unescape_cell(v) if isinstance(v, str) else v for k, v in row.items()}
            try:
                batch.append(_row_coding(str(path), line, row, known, default_coder))
            except InputError as exc:  # every bad row is named, so they can be fixed in one go
                errors.append(exc)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch
    InputErrors.raise_any(errors)


class _Known:
    """Documents, codes and document lengths looked up once per file, not once per row."""

    def __init__(self, project):
        self.project = project
        self.documents: dict[str, int] = {}
        self.codes: set[str] = set()
        self.lengths: dict[int, int] = {}

    def document(self, name: str) -> int:
        found = self.documents.get(name)
        if found is None:
            found = self.documents[name] = self.project.resolve_document(name)
        return found

    def code(self, name: str) -> None:
        if name not in self.codes:
            self.project.code_id(name)
            self.codes.add(name)

    def check_span(self, doc_id: int, start: int, end: int) -> None:
        if doc_id not in self.lengths:
            self.lengths[doc_id] = self.project._document_length(doc_id)
        self.project._check_span(doc_id, start, end, self.lengths[doc_id])


def _row_coding(src: str, line: int, row: dict, known: _Known, default_coder: str) -> Coding:
    """One row as a Coding, or an InputError naming its line and the field at fault."""
    try:
        start, end = int(row["start"]), int(row["end"])
    except (TypeError, ValueError):
        raise InputError(src, "start and end must be whole numbers", line=line, field="start/end") from None
    field = "document"
    try:
        doc_id = known.document(row["document"])
        field = "code"
        known.code(row["code"])
        field = "start/end"
        known.check_span(doc_id, start, end)
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
