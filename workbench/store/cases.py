"""Editing cases: a participant's role, programme and free attributes, and a document's
wave, mode, date and participant.

Imports set these once; researchers correct them later (a wrong wave, a participant
whose programme was unknown). Each edit is one audited transaction whose audit entry
holds the row before and after, so the per-coder undo stack (store/history.py) can
reverse it like a coding.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.models import ROLES, WAVES
from workbench.store.base import ProjectBase

CASE_ACTIONS = ("participant.edit", "document.edit")
#: Speaker-map changes (store/speakers.py) join the same undo stack, one label per entry.
SPEAKER_ACTIONS = ("speaker.set", "speaker.clear")
_WAVE_WORDS = {"baseline": "baseline", "nullpunkt": "baseline", "endpoint": "endpoint", "sluttpunkt": "endpoint",
               "end-point": "endpoint"}
_KEEP = object()


def _clean(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


class CasesMixin(ProjectBase):
    """Store methods that edit participants and document metadata; each one undoable."""

    def _participant_row(self, pid: str) -> dict[str, Any]:
        row = self.db.execute("SELECT id, role, program, attributes FROM participants WHERE id = ?", [pid]).fetchone()
        if row is None:
            raise NotFound(f"no participant '{pid}'")
        return {"id": row[0], "role": row[1], "program": row[2], "attributes": json.loads(row[3] or "{}")}

    def edit_participant(self, pid: str, coder: str, role: Any = _KEEP, program: Any = _KEEP,
                         attributes: dict[str, Any] | None = None) -> bool:
        """Set a participant's role (one of ROLES, or empty), programme, and attributes
        (name → value; an empty value removes the attribute). False if nothing changed."""
        with self.transaction():
            before = self._participant_row(pid)
            after = {**before, "attributes": dict(before["attributes"])}
            if role is not _KEEP:
                role = _clean(role)
                if role is not None and role.casefold() not in ROLES:
                    raise WorkbenchError(f"participant {pid}: role '{role}' is not one of {', '.join(ROLES)}")
                after["role"] = role.casefold() if role else None
            if program is not _KEEP:
                after["program"] = _clean(program)
            for raw_name, raw_value in (attributes or {}).items():
                name = _clean(raw_name)
                if not name:
                    raise WorkbenchError(f"participant {pid}: an attribute needs a name")
                value = _clean(raw_value)
                if value is None:
                    after["attributes"].pop(name, None)
                else:
                    after["attributes"][name] = value
            if after == before:
                return False
            self._write_participant(after)
            self._audit(coder, "participant.edit", "participant", None, before, after)
            return True

    def _write_participant(self, row: dict[str, Any]) -> None:
        self.db.execute("UPDATE participants SET role = ?, program = ?, attributes = ? WHERE id = ?",
                        [row["role"], row["program"], json.dumps(row["attributes"], ensure_ascii=False), row["id"]])

    def _document_row(self, doc_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT id, participant, wave, mode, date, name FROM documents WHERE id = ?",
                              [doc_id]).fetchone()
        return {"id": row[0], "participant": row[1], "wave": row[2], "mode": row[3], "date": row[4], "name": row[5]}

    def edit_document(self, document: str | int, coder: str, **fields: Any) -> bool:
        """Set a document's wave (baseline/endpoint or nullpunkt/sluttpunkt, or empty), mode,
        date (YYYY-MM-DD, or empty) or participant (an existing id, or empty). False if nothing changed."""
        unknown = set(fields) - {"wave", "mode", "date", "participant"}
        if unknown:
            raise WorkbenchError(f"cannot edit document field(s) {', '.join(sorted(unknown))}")
        with self.transaction():
            doc_id = self.resolve_document(document)
            before = self._document_row(doc_id)
            after = dict(before)
            name = before["name"]
            if "wave" in fields:
                wave = _clean(fields["wave"])
                if wave is not None and wave.casefold() not in _WAVE_WORDS:
                    raise WorkbenchError(f"document {name}: wave '{wave}' is not one of {', '.join(WAVES)} "
                                         "(or nullpunkt, sluttpunkt)")
                after["wave"] = _WAVE_WORDS[wave.casefold()] if wave else None
            if "mode" in fields:
                after["mode"] = _clean(fields["mode"])
            if "date" in fields:
                date = _clean(fields["date"])
                if date is not None:
                    try:
                        date = _dt.date.fromisoformat(date).isoformat()
                    except ValueError:
                        raise WorkbenchError(f"document {name}: date '{date}' is not YYYY-MM-DD") from None
                after["date"] = date
            if "participant" in fields:
                pid = _clean(fields["participant"])
                if pid is not None:
                    self._participant_row(pid)
                after["participant"] = pid
            if after == before:
                return False
            self._write_document(after)
            self._audit(coder, "document.edit", "document", doc_id, before, after)
            return True

    def _write_document(self, row: dict[str, Any]) -> None:
        self.db.execute("UPDATE documents SET participant = ?, wave = ?, mode = ?, date = ? WHERE id = ?",
                        [row["participant"], row["wave"], row["mode"], row["date"], row["id"]])

    def _apply_case(self, action: str, before: dict[str, Any], after: dict[str, Any], reverse: bool) -> None:
        """Reverse (or re-apply) one case edit from its audit entry (called by undo/redo)."""
        target = before if reverse else after
        if action == "participant.edit":
            self._participant_row(target["id"])  # still there
            self._write_participant(target)
        else:
            if self.db.execute("SELECT 1 FROM documents WHERE id = ?", [target["id"]]).fetchone() is None:
                raise WorkbenchError(f"cannot {'undo' if reverse else 'redo'} the edit: the document is gone")
            if target["participant"] is not None:
                self._participant_row(target["participant"])
            self._write_document(target)

    def _apply_speaker(self, entry: dict[str, Any], before: dict[str, Any] | None, after: dict[str, Any] | None,
                       reverse: bool) -> None:
        """Reverse (or re-apply) one speaker-map entry's change (store/speakers.py logs one per label)."""
        doc_id = entry["entity_id"] if entry["entity"] == "document" else None
        if entry["action"] == "speaker.set":
            target = before if reverse else after
            label = (before or after or {}).get("label")
        else:  # speaker.clear: before is the entry that was removed
            target = before if reverse else None
            label = (before or {}).get("label")
        done = after or {}
        created = done.get("participant_created") if entry["action"] == "speaker.set" else None
        if created is not None and not reverse:  # the entry made its participant: redo makes them again
            if self.db.execute("SELECT 1 FROM participants WHERE id = ?", [done["participant"]]).fetchone() is None:
                self.db.execute("INSERT INTO participants(id, role, program, attributes) VALUES (?, ?, NULL, '{}')",
                                [done["participant"], created.get("role")])
        self.db.execute("DELETE FROM speaker_map WHERE coalesce(document_id, 0) = ? AND label = ?",
                        [doc_id or 0, label])
        if target is not None:
            self.db.execute("INSERT INTO speaker_map(document_id, label, role, participant) VALUES (?, ?, ?, ?)",
                            [doc_id, target["label"], target.get("role"), target.get("participant")])
        change = done.get("participant_role") if entry["action"] == "speaker.set" else None
        if change:  # the entry also gave its (map-made) participant its role: [old role, new role]
            self.db.execute("UPDATE participants SET role = ? WHERE id = ?",
                            [change[0] if reverse else change[1], done["participant"]])
        if created is not None and reverse:
            self._drop_unused_participant(done["participant"])

    def _drop_unused_participant(self, pid: str) -> None:
        """Delete a participant nothing refers to and nothing was said about: no document is theirs,
        no speaker map names them, and they have no programme or attribute (one a researcher
        filled in since is kept)."""
        row = self.db.execute("SELECT program, attributes FROM participants WHERE id = ?", [pid]).fetchone()
        if row is None or row[0] or json.loads(row[1] or "{}"):
            return
        if self.db.execute("SELECT 1 FROM documents WHERE participant = ? UNION ALL "
                           "SELECT 1 FROM speaker_map WHERE participant = ? LIMIT 1", [pid, pid]).fetchone():
            return
        self.db.execute("DELETE FROM participants WHERE id = ?", [pid])


def describe_case_entry(entry: dict[str, Any]) -> str | None:
    """A case or speaker-map edit in words ('P01: role mentee → mentor'); None for other entries."""
    if entry.get("action") not in CASE_ACTIONS + SPEAKER_ACTIONS:
        return None
    before = json.loads(entry["before"]) if entry.get("before") else {}
    after = json.loads(entry["after"]) if entry.get("after") else {}
    if entry["action"] in SPEAKER_ACTIONS:
        label = before.get("label") or after.get("label")
        where = after.get("document") or "the project"
        if entry["action"] == "speaker.clear":
            return f"speaker {label} of {where} taken out of the map"
        change = after.get("participant_role")
        also = f" ({after.get('participant')} now {change[1]})" if change else ""
        participant = after.get("participant")
        if participant and after.get("participant_created"):
            participant = f"new participant {participant}"
        said = ", ".join(str(v) for v in (after.get("role"), participant) if v) or "—"
        return f"speaker {label} of {where}: {said}{also}"
    changed = []
    for key in sorted(set(before) | set(after)):
        if key in ("id", "name") or before.get(key) == after.get(key):
            continue
        if key == "attributes":
            old, new = before.get(key) or {}, after.get(key) or {}
            changed += [f"{k} {old.get(k) or '—'} → {new.get(k) or '—'}" for k in sorted(set(old) | set(new))
                        if old.get(k) != new.get(k)]
        else:
            changed.append(f"{key} {before.get(key) or '—'} → {after.get(key) or '—'}")
    who = before.get("id") if entry["action"] == "participant.edit" else before.get("name", f"#{before.get('id')}")
    return f"{who}: " + "; ".join(changed)
