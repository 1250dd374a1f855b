"""Saved coding queries, and the segment layout coding queries count in.

A query a team asks again and again ("språk NEAR/2 nettverk, mentees only") is kept
in the project under a name, so every coder runs the same question. Saving, replacing
and deleting are audited like every other change.
"""

from __future__ import annotations

import json
from typing import Any
from collections.abc import Iterable

from workbench.core.errors import NotFound, WorkbenchError
from workbench.store.clock import now
from workbench.store.base import ProjectBase

WITHIN = ("segment", "turn", "document")


class QueriesMixin(ProjectBase):
    """Store methods for saved queries and for the units (segments, turns) queries count."""

    def segment_units(self, document_ids: Iterable[int]) -> dict[int, list[tuple[int, int, int, int]]]:
        """For each document id: its segments as (index, start, end, turn) in text order."""
        out: dict[int, list[tuple[int, int, int, int]]] = {}
        ids = sorted(set(document_ids))
        for i in range(0, len(ids), 400):
            chunk = ids[i:i + 400]
            for doc_id, idx, start, end, turn in self.db.execute(
                f'SELECT document_id, idx, start, "end", turn FROM segments '
                f'WHERE document_id IN ({", ".join("?" for _ in chunk)}) ORDER BY document_id, idx',
                chunk,
            ):
                out.setdefault(doc_id, []).append((idx, start, end, turn))
        return out

    def save_query(self, name: str, query: str, coder: str, within: str = "segment",
                   filters: dict[str, Any] | None = None) -> int:
        """Store (or replace) a named query with its unit and filters; returns its id."""
        name = " ".join(name.split())
        if not name:
            raise WorkbenchError("a saved query needs a name")
        if not query.strip():
            raise WorkbenchError(f"saved query '{name}': the query is empty")
        if within not in WITHIN:
            raise WorkbenchError(f"saved query '{name}': within must be one of {', '.join(WITHIN)}, not '{within}'")
        values = {"query": query.strip(), "within": within,
                  "filters": json.dumps({k: v for k, v in (filters or {}).items() if v}, ensure_ascii=False)}
        with self.transaction():
            old = self.db.execute("SELECT id, query, within, filters FROM saved_queries WHERE name = ?",
                                  [name]).fetchone()
            stamp = now()
            if old is None:
                qid = self._insert(
                    "INSERT INTO saved_queries(name, query, within, filters, coder_id, created, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [name, values["query"], within, values["filters"], self.coder_id(coder), stamp, stamp],
                )
                self._audit(coder, "query.save", "saved_query", qid, None, {"name": name, **values})
            else:
                qid = int(old[0])
                self.db.execute("UPDATE saved_queries SET query = ?, within = ?, filters = ?, updated = ? "
                                "WHERE id = ?", [values["query"], within, values["filters"], stamp, qid])
                self._audit(coder, "query.replace", "saved_query", qid,
                            {"name": name, "query": old[1], "within": old[2], "filters": old[3]},
                            {"name": name, **values})
            return qid

    def saved_queries(self) -> list[dict[str, Any]]:
        """Every saved query (name, query, within, filters as a dict, coder, created, updated) by name."""
        rows = self.query(
            "SELECT q.id, q.name, q.query, q.within, q.filters, k.name AS coder, q.created, q.updated "
            "FROM saved_queries q LEFT JOIN coders k ON k.id = q.coder_id ORDER BY q.name COLLATE NOCASE")
        for r in rows:
            r["filters"] = json.loads(r["filters"] or "{}")
        return rows

    def saved_query(self, name: str) -> dict[str, Any]:
        """One saved query by name (NotFound lists the names there are)."""
        rows = self.saved_queries()
        for r in rows:
            if r["name"] == " ".join(name.split()):
                return r
        names = ", ".join(r["name"] for r in rows) or "none saved yet"
        raise NotFound(f"no saved query '{name}' (saved: {names})")

    def delete_saved_query(self, name: str, coder: str) -> None:
        """Remove a saved query (the audit log keeps what it was)."""
        with self.transaction():
            row = self.saved_query(name)
            self.db.execute("DELETE FROM saved_queries WHERE id = ?", [row["id"]])
            self._audit(coder, "query.delete", "saved_query", row["id"],
                        {k: row[k] for k in ("name", "query", "within", "filters")}, None)
