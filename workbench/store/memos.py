"""Memos: a researcher's notes on a document, a code or the whole project.

(A memo on one coding lives on the coding itself; see `update_coding`.)
"""

from __future__ import annotations

from typing import Any

from workbench.core.errors import NotFound, WorkbenchError
from workbench.store.base import ProjectBase
from workbench.store.clock import now

_LIST_SQL = """
    SELECT m.id, d.name AS document, x.path AS code, k.name AS coder, m.title, m.text, m.created, m.updated
    FROM memos m
    LEFT JOIN documents d ON d.id = m.document_id
    LEFT JOIN codes x ON x.id = m.code_id
    LEFT JOIN coders k ON k.id = m.coder_id
"""


class MemosMixin(ProjectBase):
    """Store methods for free-standing memos; each change one audited transaction."""

    def add_memo(self, text: str, coder: str, document: str | int | None = None,
                 code: str | None = None, title: str | None = None) -> int:
        """Write a memo about a document, a code, both, or the project; returns its id."""
        if not text.strip():
            raise WorkbenchError("a memo needs some text")
        with self.transaction():
            doc_id = self.resolve_document(document) if document is not None else None
            code_id = self.code_id(code, include_retired=True) if code is not None else None
            stamp = now()
            memo_id = self._insert(
                "INSERT INTO memos(document_id, code_id, coder_id, title, text, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [doc_id, code_id, self.coder_id(coder), title, text, stamp, stamp],
            )
            self._audit(coder, "memo.add", "memo", memo_id, None,
                        {"document_id": doc_id, "code_id": code_id, "title": title, "text": text})
            return memo_id

    def update_memo(self, memo_id: int, text: str, coder: str) -> None:
        """Replace a memo's text (the audit log keeps the old one)."""
        with self.transaction():
            before = self.db.execute("SELECT text FROM memos WHERE id = ?", [memo_id]).fetchone()
            if before is None:
                raise NotFound(f"no memo with id {memo_id}")
            self.db.execute("UPDATE memos SET text = ?, updated = ? WHERE id = ?", [text, now(), memo_id])
            self._audit(coder, "memo.update", "memo", memo_id, {"text": before[0]}, {"text": text})

    def memos(self, document: str | int | None = None, code: str | None = None) -> list[dict[str, Any]]:
        """Memos (id, document, code, coder, title, text, created, updated), oldest first."""
        where, params = [], []
        if document is not None:
            where.append("m.document_id = ?")
            params.append(self.resolve_document(document))
        if code is not None:
            where.append("m.code_id = ?")
            params.append(self.code_id(code, include_retired=True))
        sql = _LIST_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY m.id"
        return self.query(sql, params)

    def delete_memo(self, memo_id: int, coder: str) -> None:
        """Remove a memo (the audit log keeps its text)."""
        with self.transaction():
            row = self.db.execute("SELECT document_id, code_id, title, text FROM memos WHERE id = ?",
                                  [memo_id]).fetchone()
            if row is None:
                raise NotFound(f"no memo with id {memo_id}")
            self.db.execute("DELETE FROM memos WHERE id = ?", [memo_id])
            self._audit(coder, "memo.delete", "memo", memo_id,
                        {"document_id": row[0], "code_id": row[1], "title": row[2], "text": row[3]}, None)

    def coding_memos(self) -> list[dict[str, Any]]:
        """Codings that carry a memo: id, document, document_id, code, coder, start, end, memo,
        created and the coded text, in document order."""
        return self.query(
            'SELECT c.id, d.name AS document, c.document_id, x.path AS code, k.name AS coder, c.start, c."end", '
            'c.memo, c.created, substr(d.text, c.start + 1, c."end" - c.start) AS text '
            "FROM codings c JOIN documents d ON d.id = c.document_id JOIN codes x ON x.id = c.code_id "
            "JOIN coders k ON k.id = c.coder_id WHERE c.memo IS NOT NULL AND c.memo != '' "
            'ORDER BY d.name, c.start, c."end", c.id')
