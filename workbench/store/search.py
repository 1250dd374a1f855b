"""Full-text search over segment text with SQLite FTS5."""

from __future__ import annotations

import sqlite3
from typing import Any

from workbench.core.errors import WorkbenchError

_OPEN, _CLOSE = "\x02", "\x03"


class SearchError(WorkbenchError):
    """The search query is not valid FTS5 syntax."""


class SearchMixin:
    """Store method for full-text search."""

    def search(self, query: str, limit: int = 200) -> list[dict[str, Any]]:
        """Segments matching an FTS5 query: document, segment span, match offset and context."""
        if not query.strip():
            raise SearchError("empty search query")
        if not query.isprintable() and any("\ud800" <= ch <= "\udfff" for ch in query):
            raise SearchError(f"cannot search for {query!r}: it is not valid text (check the terminal's encoding)")
        try:
            # Segments enter the index document by document, in text order, so rowid order is
            # document-then-position order; FTS5 yields it without sorting every match (a
            # common word matches 100,000 segments in a large study: 1 s sorted, 2 ms by rowid).
            rows = self.db.execute(
                f"""
                SELECT f.document_id, d.name, s.start, s."end", highlight(segment_fts, 0, '{_OPEN}', '{_CLOSE}')
                FROM segment_fts f
                JOIN segments s ON s.id = f.segment_id
                JOIN documents d ON d.id = f.document_id
                WHERE segment_fts MATCH ?
                ORDER BY f.rowid
                LIMIT ?
                """,
                [query, limit],
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise SearchError(
                f"cannot search for {query!r}: {' '.join(str(exc).split())}. "  # one line even if sqlite echoes a newline
                "Put words in double quotes to search for them literally"
            ) from None
        hits = []
        for doc_id, name, start, end, marked in rows:
            at = marked.find(_OPEN)
            hits.append({
                "document": name,
                "document_id": doc_id,
                "segment_start": start,
                "segment_end": end,
                "offset": start + max(at, 0),
                "context": marked.replace(_OPEN, "«").replace(_CLOSE, "»"),
            })
        return hits
