"""Undo and redo of coding and codebook actions, derived from the append-only audit log.

Nothing is erased: undoing appends an `undo` entry that points at the action it reversed,
redoing appends a `redo` entry. Replaying a coder's recent entries rebuilds the two
stacks, so undo history survives restarts and crashes.

Codebook edits (add one code, rename, move, merge, retire, restore) share the coder's
stack with coding actions. Only codes added one by one are undoable: their `code.add`
entry carries `"undoable": true`; bulk codebook imports log plain `code.add` entries.
Edits of a participant or a document's metadata and of speaker maps (store/cases.py)
are on the same stack.
"""

from __future__ import annotations

import json
from typing import Any

from workbench.core.errors import WorkbenchError
from workbench.store.cases import CASE_ACTIONS, SPEAKER_ACTIONS
from workbench.core.wording import plural
from workbench.store.base import ProjectBase

CODING_ACTIONS = ("coding.add", "coding.remove", "coding.update")
CODE_ACTIONS = ("code.add", "code.rename", "code.move", "code.merge", "code.retire", "code.restore")
UNDOABLE = CODING_ACTIONS + CODE_ACTIONS + CASE_ACTIONS + SPEAKER_ACTIONS
HISTORY_WINDOW = 5000


class HistoryMixin(ProjectBase):
    """Store methods for undo/redo per coder."""

    def _stacks(self, coder: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rows = self.query(
            "SELECT * FROM (SELECT * FROM audit WHERE coder = ? AND action IN "
            f"({', '.join('?' for _ in UNDOABLE)}, 'undo', 'redo') "
            "AND (action != 'code.add' OR json_extract(after, '$.undoable') = 1) ORDER BY id DESC LIMIT ?) ORDER BY id",
            [coder, *UNDOABLE, HISTORY_WINDOW],
        )
        by_id = {r["id"]: r for r in rows}
        done: list[dict[str, Any]] = []
        undone: list[dict[str, Any]] = []
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
        """Reverse the coder's latest coding or codebook action; returns the audit entry undone, or None."""
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
        if entry["action"] in CODE_ACTIONS:
            self._apply_code(entry["action"], entry["entity_id"], before, after, reverse)
            return
        if entry["action"] in CASE_ACTIONS:
            self._apply_case(entry["action"], before or {}, after or {}, reverse)
            return
        if entry["action"] in SPEAKER_ACTIONS:
            self._apply_speaker(entry, before, after, reverse)
            return
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


    def _apply_code(self, action: str, cid: int, before: Any, after: Any, reverse: bool) -> None:
        """Reverse (or re-apply) one codebook edit from its audit entry."""
        exists = self.db.execute("SELECT 1 FROM codes WHERE id = ?", [cid]).fetchone() is not None
        if action == "code.add":
            if reverse:
                if not exists:
                    return
                uses = self._code_uses(cid)
                if uses:
                    raise WorkbenchError(
                        f"cannot undo adding code '{self.code_path(cid)}': it is in use ({', '.join(uses)}); "
                        "retire it instead")
                self.db.execute("DELETE FROM codes WHERE id = ?", [cid])
            elif not exists:
                row = after["row"]
                if self.db.execute("SELECT 1 FROM codes WHERE path = ?", [row["path"]]).fetchone():
                    raise WorkbenchError(f"cannot redo adding code '{row['path']}': a code with that path exists")
                cols = ", ".join(row)
                self.db.execute(f"INSERT INTO codes({cols}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
            return
        if not exists:
            raise WorkbenchError(f"cannot {'undo' if reverse else 'redo'} {action}: the code no longer exists")
        target = before if reverse else after
        if action == "code.rename":
            # older rename entries logged label_en None for "unchanged": keep it on redo
            keep = "coalesce(?, label_en)" if not reverse else "?"
            self.db.execute(f"UPDATE codes SET label = ?, label_en = {keep} WHERE id = ?",
                            [target["label"], target.get("label_en"), cid])
        elif action == "code.move":
            if "parent_id" in target:
                parent_id = target["parent_id"]
            else:  # entries logged before moves recorded the parent: derive it from the path
                parent_path = target["path"].rpartition("/")[0]
                parent_id = self.code_id(parent_path, include_retired=True) if parent_path else None
            self._relocate_code(cid, parent_id, target["path"])
        elif action in ("code.retire", "code.restore"):
            self.db.execute("UPDATE codes SET retired = ? WHERE id = ?", [int(target["retired"]), cid])
        elif action == "code.merge":
            tid = after.get("target_id")
            if tid is None:
                tid = self.code_id(after["code"], include_retired=True)
            ids = before["codings"]
            src, dst = (tid, cid) if reverse else (cid, tid)
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                self.db.execute(
                    f"UPDATE codings SET code_id = ? WHERE code_id = ? AND id IN ({', '.join('?' for _ in chunk)})",
                    [dst, src, *chunk])
            self.db.execute("UPDATE codes SET retired = ? WHERE id = ?",
                            [int(before.get("retired", False)) if reverse else 1, cid])


def describe_code_entry(entry: dict[str, Any]) -> str | None:
    """A codebook audit entry in words ('renamed code network/ties: Bånd → Nettverk'); None for others."""
    action = str(entry.get("action"))
    if action not in CODE_ACTIONS:
        return None
    try:
        before = json.loads(entry["before"]) if entry.get("before") else {}
        after = json.loads(entry["after"]) if entry.get("after") else {}
    except (TypeError, ValueError):
        return action
    path = before.get("path") or after.get("path") or before.get("code") or f"#{entry.get('entity_id')}"
    if action == "code.add":
        return f"added code {path}"
    if action == "code.rename":
        return f"renamed code {path}: {before.get('label', '?')} → {after.get('label', '?')}"
    if action == "code.move":
        return f"moved code {before.get('path', '?')} → {after.get('path', '?')}"
    if action == "code.merge":
        n = len(before.get("codings") or [])
        return f"merged code {before.get('code', path)} into {after.get('code', '?')} ({plural(n, 'coding')})"
    return f"{'retired' if action == 'code.retire' else 'restored'} code {path}"
