"""Reading the tables of a Taguette project file (its SQLite export), read-only.

The workbench keeps all SQL in the store, including the SQL that reads another tool's
database. The file is untrusted: it is opened read-only with `trusted_schema` off, only
known tables are read, and anything that is not a Taguette project file is refused
with an InputError. What the rows mean is decided in workbench.io.taguette.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.errors import InputError

TABLES = ("projects", "documents", "tags", "highlights", "highlight_tags")
MAGIC = b"SQLite format 3\x00"


@dataclass
class TaguetteRows:
    """The rows of one Taguette project: plain tuples, in id order."""

    projects: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, description
    tags: list[tuple[int, str, str]] = field(default_factory=list)  # id, path, description
    documents: list[tuple[int, str, str, str]] = field(default_factory=list)  # id, name, description, HTML
    highlights: list[tuple[int, int, int, int, str, list[int]]] = field(default_factory=list)
    # (id, document id, start byte, end byte, snippet HTML, tag ids)


def read_taguette_rows(path: Path | str) -> TaguetteRows:
    """The project, tags, documents and highlights of a Taguette project file."""
    source = str(path)
    p = Path(path)
    if not p.is_file():
        raise InputError(source, "file not found" if not p.exists() else "not a regular file")
    with open(p, "rb") as fh:
        if fh.read(16) != MAGIC:
            raise InputError(source, "not a Taguette project file (Taguette exports projects as SQLite files)")
    try:
        conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise InputError(source, f"cannot open the SQLite file ({exc})") from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in TABLES if t not in tables]
        if missing:
            raise InputError(source, f"not a Taguette project file (no table '{missing[0]}')")
        rows = TaguetteRows()
        rows.projects = [(r[0], r[1] or "", r[2] or "") for r in
                         conn.execute("SELECT id, name, description FROM projects ORDER BY id")]
        if len(rows.projects) != 1:
            return rows
        project_id = rows.projects[0][0]
        rows.tags = [(r[0], str(r[1] or ""), str(r[2] or "")) for r in conn.execute(
            "SELECT id, path, description FROM tags WHERE project_id = ? ORDER BY id", [project_id])]
        rows.documents = [(r[0], str(r[1] or ""), str(r[2] or ""), str(r[3] or "")) for r in conn.execute(
            "SELECT id, name, description, contents FROM documents WHERE project_id = ? ORDER BY id", [project_id])]
        tags_of: dict[int, list[int]] = {}
        for highlight_id, tag_id in conn.execute("SELECT highlight_id, tag_id FROM highlight_tags ORDER BY tag_id"):
            tags_of.setdefault(highlight_id, []).append(tag_id)
        documents = {d[0] for d in rows.documents}
        rows.highlights = [
            (r[0], r[1], int(r[2]), int(r[3]), str(r[4] or ""), tags_of.get(r[0], []))
            for r in conn.execute("SELECT id, document_id, start_offset, end_offset, snippet FROM highlights "
                                  "ORDER BY document_id, id")
            if r[1] in documents
        ]
        return rows
    except (sqlite3.Error, ValueError, TypeError) as exc:
        raise InputError(source, f"cannot read the Taguette project ({exc})") from None
    finally:
        conn.close()
