"""Codings: a coder's code on a span of a document, each change one audited transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.models import ORIGINS, Coding
from workbench.store.base import ProjectBase
from workbench.store.clock import now

CODING_COLUMNS = ("id", "document_id", "start", "end", "code_id", "coder_id", "memo", "origin", "created")

_LIST_SQL = """
    SELECT c.id, d.name AS document, c.document_id, k.name AS coder, x.path AS code,
           c.start, c."end", c.memo, c.origin, c.created
    FROM codings c
    JOIN documents d ON d.id = c.document_id
    JOIN coders k ON k.id = c.coder_id
    JOIN codes x ON x.id = c.code_id
"""


class CodingsMixin(ProjectBase):
    """Store methods that add, change, remove and list codings."""

    def _coding_row(self, coding_id: int) -> dict[str, Any]:
        row = self.db.execute(
            'SELECT id, document_id, start, "end", code_id, coder_id, memo, origin, created FROM codings WHERE id = ?',
            [coding_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"no coding with id {coding_id}")
        return dict(zip(CODING_COLUMNS, row, strict=True))

    def _insert_coding_row(self, row: dict[str, Any]) -> int:
        cols = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        return self._insert(f"INSERT INTO codings({cols}) VALUES ({marks})", list(row.values()))

    def _document_length(self, document_id: int) -> int:
        row = self.db.execute("SELECT length(text) FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise NotFound(f"no document with id {document_id}")
        return int(row[0])

    def _check_span(self, document_id: int, start: int, end: int, length: int | None = None) -> None:
        length = self._document_length(document_id) if length is None else length
        if start >= end:
            raise WorkbenchError(f"span {start}-{end} is empty: the end must come after the start (end exclusive)")
        if not (start >= 0 and end <= length):
            raise WorkbenchError(
                f"span {start}-{end} is outside the document (valid: 0 <= start < end <= {length})"
            )

    def add_coding(
        self,
        document: str | int,
        start: int,
        end: int,
        code: str,
        coder: str,
        memo: str | None = None,
        origin: str = "manual",
    ) -> Coding:
        """Apply `code` to [start, end) of a document for `coder`; one transaction."""
        if origin not in ORIGINS:
            raise WorkbenchError(f"origin must be one of {', '.join(ORIGINS)}")
        with self.transaction():
            doc_id = self.resolve_document(document)
            self._check_span(doc_id, start, end)
            row: dict[str, Any] = {
                "document_id": doc_id, "start": start, "end": end, "code_id": self.code_id(code),
                "coder_id": self.coder_id(coder), "memo": memo or None, "origin": origin, "created": now(),
            }
            row["id"] = self._insert_coding_row(row)
            self._audit(coder, "coding.add", "coding", row["id"], None, row)
        return Coding(doc_id, start, end, self.code_path(row["code_id"]), coder, row["memo"], origin, row["id"], row["created"])

    def remove_coding(self, coding_id: int, coder: str) -> None:
        """Delete a coding; the audit log keeps it so undo can bring it back."""
        with self.transaction():
            before = self._coding_row(coding_id)
            self.db.execute("DELETE FROM codings WHERE id = ?", [coding_id])
            self._audit(coder, "coding.remove", "coding", coding_id, before, None)

    def update_coding(
        self, coding_id: int, coder: str, *, memo: str | None = None, code: str | None = None,
        start: int | None = None, end: int | None = None,
    ) -> None:
        """Change a coding's memo, code (recode) or span; only the fields given change."""
        with self.transaction():
            before = self._coding_row(coding_id)
            after = dict(before)
            if memo is not None:
                after["memo"] = memo or None
            if code is not None:
                after["code_id"] = self.code_id(code)
            if start is not None:
                after["start"] = start
            if end is not None:
                after["end"] = end
            self._check_span(after["document_id"], after["start"], after["end"])
            if after == before:
                return
            self._write_coding_fields(coding_id, after)
            self._audit(coder, "coding.update", "coding", coding_id, before, after)

    def _write_coding_fields(self, coding_id: int, row: dict[str, Any]) -> None:
        self.db.execute(
            'UPDATE codings SET start = ?, "end" = ?, code_id = ?, memo = ? WHERE id = ?',
            [row["start"], row["end"], row["code_id"], row["memo"], coding_id],
        )

    def codings(
        self,
        document: str | int | None = None,
        coder: str | None = None,
        code: str | None = None,
    ) -> list[dict[str, Any]]:
        """Codings as dicts (id, document, document_id, coder, code, start, end, memo, origin, created)."""
        where: list[str] = []
        params: list[Any] = []
        if document is not None:
            where.append("c.document_id = ?")
            params.append(self.resolve_document(document))
        if coder is not None:
            where.append("k.name = ?")
            params.append(coder)
        if code is not None:
            path = self.code_path(self.code_id(code, include_retired=True))
            where.append("(x.path = ? OR x.path LIKE ?)")
            params += [path, path + "/%"]
        sql = _LIST_SQL + (" WHERE " + " AND ".join(where) if where else "") + ' ORDER BY c.document_id, c.start, c."end", c.id'
        return self.query(sql, params)

    def codings_at(self, document_id: int, start: int, end: int | None = None, coder: str | None = None) -> list[dict[str, Any]]:
        """Codings overlapping [start, end) (or covering the offset `start`)."""
        end = start + 1 if end is None else end
        sql = _LIST_SQL + ' WHERE c.document_id = ? AND c.start < ? AND c."end" > ?'
        params: list[Any] = [document_id, end, start]
        if coder is not None:
            sql += " AND k.name = ?"
            params.append(coder)
        return self.query(sql + " ORDER BY c.start, c.id", params)

    def import_codings(self, codings: list[Coding], actor: str, origin: str = "import") -> int:
        """Add many codings as one action (one transaction, one audit entry); returns how many."""
        return self.import_coding_batches([codings], actor, origin)

    def import_coding_batches(self, batches: Iterable[list[Coding]], actor: str, origin: str = "import") -> int:
        """Add codings given a batch at a time as one action (one transaction, one audit entry),
        holding one batch's rows at a time; returns how many. When `batches` raises (a bad row
        found late in a file), nothing of it is kept."""
        count = 0
        with self.transaction():
            lengths: dict[int, int] = {}  # looked up once per document and code, not per coding:
            code_ids: dict[str, int] = {}  # measuring a text's length reads the whole text
            for codings in batches:
                rows = []
                for c in codings:
                    if c.document_id not in lengths:
                        lengths[c.document_id] = self._document_length(c.document_id)
                    self._check_span(c.document_id, c.start, c.end, lengths[c.document_id])
                    if c.code not in code_ids:
                        code_ids[c.code] = self.code_id(c.code)
                    rows.append((c.document_id, c.start, c.end, code_ids[c.code], self.coder_id(c.coder),
                                 c.memo or None, c.origin or origin, c.created or now()))
                self.db.conn.executemany(
                    'INSERT INTO codings(document_id, start, "end", code_id, coder_id, memo, origin, created) '
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                count += len(rows)
            self._audit(actor, "codings.import", "coding", None, None, {"count": count})
        return count
