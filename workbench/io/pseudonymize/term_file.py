"""Reading a project's term list (`term,replacement` rows) from a CSV file.

Apart from the finding rules because it is plain file input: the encodings a spreadsheet
may save in, the delimiter it chose, and errors that name the line and the cell a
researcher has to mend.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from workbench.core.errors import InputError, InputErrors


def _decoded(src: str, raw: bytes) -> str:
    """The file's text: UTF-8 (with or without a byte-order mark), UTF-16 with its mark, else cp1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(src, "starts with a UTF-16 byte-order mark but is not valid UTF-16; "
                                  "save it as UTF-8") from None
    if b"\x00" in raw:  # UTF-16 or UTF-32 without a mark, or not text at all
        raise InputError(src, "holds NUL bytes: it is not a UTF-8 or cp1252 text file (save it as UTF-8 CSV)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_pseudonym_csv(path: Path | str) -> list[tuple[str, str]]:
    """Read `term,replacement` rows (`;` also accepted, header required); errors name the line."""
    src = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(src, f"cannot read file ({exc.strerror})") from None
    text = _decoded(src, raw)
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";" if first.count(";") > first.count(",") else ",",
                        strict=True)
    rows: list[tuple[int, list[str]]] = []  # (the line a row starts on, its cells)
    try:
        start = 1
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error:  # a quote opened and never closed runs to the end of the file
        raise InputError(src, "a double quote opened on this row is never closed", line=start) from None
    if not rows or [c.strip().lower() for c in rows[0][1][:2]] != ["term", "replacement"]:
        raise InputError(src, "expected a header row 'term,replacement'", line=1)
    width = len(rows[0][1])
    terms: list[tuple[str, str]] = []
    errors: list[InputError] = []
    for line, row in rows[1:]:
        if not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        if len(row) > width:  # `Hagen Regnskap, Hamar,[organisasjon]` would take `Hamar` as the replacement
            errors.append(InputError(src, f"{len(row)} cells where the header has {width} (a term or replacement "
                                          "holding a comma needs double quotes: \"Hagen Regnskap, Hamar\")", line=line))
            continue
        missing = "term" if not row[0].strip() else "replacement" if len(row) < 2 or not row[1].strip() else None
        if missing:
            errors.append(InputError(src, "missing (each row needs a term and its replacement)", line=line,
                                     field=missing))
            continue
        terms.append((" ".join(row[0].split()), row[1].strip()))
    InputErrors.raise_any(errors)
    return terms
