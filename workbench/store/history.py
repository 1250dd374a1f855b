"""Undo and redo of coding actions, derived from the append-only audit log.

Nothing is erased: undoing appends an `undo` entry that points at the action it reversed,
redoing appends a `redo` entry. Replaying a coder's recent entries rebuilds the two
stacks, so undo history survives restarts and crashes.
"""

from __future__ import annotations

import json
from typing import Any

UNDOABLE = ("coding.add", "coding.remove", "coding.update")
HISTORY_WINDOW = 5000


class HistoryMixin:
    """Store methods for undo/redo per coder."""

    def _stacks(self, coder: str) -> tuple[list[dict], list[dict]]:
        rows = self.query(
            "SELECT * FROM (SELECT * FROM audit WHERE coder = ? AND action IN "
            f"({', '.join('?' for _ in UNDOABLE)}, 'undo', 'redo') ORDER BY id DESC LIMIT ?) ORDER BY id",
            [coder, *UNDOABLE, HISTORY_WINDOW],
        )
        by_id = {r["id"]: r for r in rows}
        done: list[dict] = []
        undone: list[dict] = []
        for r in rows:
            if r["action"] in UNDOABLE:
                done.append(r)
                undone.clear()
            elif r["action"] == "undo" and done and done[-1]["id"] == r["ref"]:
                undone.append(done.pop())
            elif r["action"] == "redo" and undone and undone[-1]["id"] == r["ref"]:
                done.append(undone.pop())
            elif r["ref"] not in by_id:
                continue  # refers to an entry older than the window
        return done, undone

    def can_undo(self, coder: str) -> bool:
        return bool(self._stacks(coder)[0])

    def can_redo(self, coder: str) -> bool:
        return bool(self._stacks(coder)[1])

    def undo(self, coder: str) -> dict[str, Any] | None:
        """Reverse the coder's latest coding action; returns the audit entry undone, or None."""
        with self.transaction():
            done, _ = self._stacks(coder)
            if not done:
                return None
            entry = done[-1]
            self._apply(entry, reverse=True)
            self._audit(coder, "undo", entry["entity"], entry["entity_id"], None, {"action": entry["action"]}, ref=entry["id"])
            return entry

    def redo(self, coder: str) -> dict[str, Any] | None:
        """Re-apply the coder's latest undone action; returns its audit entry, or None."""
        with self.transaction():
            _, undone = self._stacks(coder)
            if not undone:
                return None
            entry = undone[-1]
            self._apply(entry, reverse=False)
            self._audit(coder, "redo", entry["entity"], entry["entity_id"], None, {"action": entry["action"]}, ref=entry["id"])
            return entry

    def _apply(self, entry: dict[str, Any], reverse: bool) -> None:
        before = json.loads(entry["before"]) if entry["before"] else None
        after = json.loads(entry["after"]) if entry["after"] else None
        target = before if reverse else after
        coding_id = entry["entity_id"]
        exists = self.db.execute("SELECT 1 FROM codings WHERE id = ?", [coding_id]).fetchone() is not None
        if target is None:
            if exists:
                self.db.execute("DELETE FROM codings WHERE id = ?", [coding_id])
        elif exists:
            self._write_coding_fields(coding_id, target)
        else:
            self._insert_coding_row(target)
