"""What every part of `Project` stands on: the connection, transactions, settings, coders, audit log.

`Project` (store/project.py) is assembled from one class per concern; each of them derives
from `ProjectBase`, so each part sees the shared plumbing with its real types. The few
methods one part calls on another are declared at the bottom for the type checker only; the
type checker also checks that those declarations match the part that defines them.
"""

from __future__ import annotations

import json
import uuid
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from workbench.store.clock import now
from workbench.store.connection import schema_version, transaction
from workbench.store.failures import read_only_message

if TYPE_CHECKING:
    from collections.abc import Sequence

    from workbench.core.models import Code, Document, Participant
    from workbench.core.speakers import SpeakerEntry
    from workbench.store.documents import AddedDocument


class ProjectBase:
    """The shared plumbing of an open project file."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None):
        self.db = db
        self.path = path
        self._coder_ids: dict[str, int] = {}

    def transaction(self) -> AbstractContextManager[sqlite_utils.Database]:
        """Context manager for one atomic unit of work (nests as savepoints)."""
        return transaction(self.db)

    def _insert(self, sql: str, params: Any = ()) -> int:
        """Run one INSERT and return the new row's id."""
        rowid = self.db.execute(sql, params).lastrowid
        if rowid is None:
            raise RuntimeError(f"no row id after: {sql[:60]}")
        return rowid

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Run a read-only query and return rows as dicts."""
        return list(self.db.query(sql, params))

    @property
    def read_only(self) -> bool:
        """True when the file (or its folder) could not be opened for writing: reads work, writes fail."""
        return bool(getattr(self.db, "read_only", False))

    def read_only_reason(self) -> str:
        """One line saying why the project cannot be written and what to do about it."""
        return read_only_message(self.path) if self.path is not None else "the project is read-only"

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A project-level setting (namespace for GUIDs, creation time, ...)."""
        row = self.db.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str, coder: str = "system") -> None:
        with self.transaction():
            before = self.setting(key)
            self.db.execute(
                "INSERT INTO project(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            self._audit(coder, "setting.set", "project", None, {"key": key, "value": before}, {"key": key, "value": value})

    @property
    def namespace(self) -> uuid.UUID:
        return uuid.UUID(self.setting("namespace"))

    def coder_id(self, name: str) -> int:
        """The id of a coder, created on first use (coders are first-class)."""
        if name in self._coder_ids:
            return self._coder_ids[name]
        name = name.strip()
        if not name:
            raise ValueError("coder name must not be empty")
        row = self.db.execute("SELECT id FROM coders WHERE name = ?", [name]).fetchone()
        if row is None:
            with self.transaction():
                row = (self._insert("INSERT INTO coders(name, created) VALUES (?, ?)", [name, now()]),)
        if not self.db.conn.in_transaction:
            # only cache ids that are committed: an outer transaction may still roll back
            self._coder_ids[name] = row[0]
        return int(row[0])

    def coders(self) -> list[str]:
        """All coder names, in order of first appearance."""
        return [r[0] for r in self.db.execute("SELECT name FROM coders ORDER BY id")]

    def _audit(
        self,
        coder: str,
        action: str,
        entity: str,
        entity_id: int | None,
        before: Any = None,
        after: Any = None,
        ref: int | None = None,
    ) -> int:
        """Append one entry to the audit log (call inside the action's transaction)."""
        return self._insert(
            "INSERT INTO audit(at, coder, action, entity, entity_id, ref, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                now(),
                coder,
                action,
                entity,
                entity_id,
                ref,
                None if before is None else json.dumps(before, ensure_ascii=False),
                None if after is None else json.dumps(after, ensure_ascii=False),
            ],
        )

    def audit_log(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Audit entries, oldest first (the last `limit` if given)."""
        if limit is None:
            return self.query("SELECT * FROM audit ORDER BY id")
        rows = self.query("SELECT * FROM audit ORDER BY id DESC LIMIT ?", [limit])
        return rows[::-1]

    def record_event(self, coder: str, action: str, details: dict[str, Any]) -> None:
        """Log something the user did that changes no table (an export, say)."""
        with self.transaction():
            self._audit(coder, action, "project", None, None, details)

    if TYPE_CHECKING:
        # Calls from one part of Project into another, declared for the type checker.
        # documents.py (DocumentsMixin)
        def resolve_document(self, name_or_id: str | int) -> int: ...
        def upsert_participant(self, participant: Participant, coder: str = "system") -> None: ...
        def participants(self) -> list[Participant]: ...
        def add_document(
            self, doc: Document, participant: Participant | None = None, coder: str = "system"
        ) -> AddedDocument: ...
        # codebook.py (CodebookMixin)
        def codes(self, include_retired: bool = False) -> list[Code]: ...
        def code_id(self, key_or_path: str, include_retired: bool = False) -> int: ...
        def code_path(self, code_id: int) -> str: ...
        def import_codebook(self, codes: list[Code], coder: str = "system") -> dict[str, int]: ...
        def _code_uses(self, cid: int) -> list[str]: ...
        def _relocate_code(self, cid: int, parent_id: int | None, new_path: str) -> str: ...
        # codings.py (CodingsMixin)
        def _insert_coding_row(self, row: dict[str, Any]) -> int: ...
        def _write_coding_fields(self, coding_id: int, row: dict[str, Any]) -> None: ...
        def _check_span(self, document_id: int, start: int, end: int, length: int | None = None) -> None: ...
        # agreement.py (AgreementMixin)
        def check_coders(self, names: list[str]) -> None: ...
        # cases.py (CasesMixin)
        def _apply_case(self, action: str, before: dict[str, Any], after: dict[str, Any], reverse: bool) -> None: ...
        def _apply_speaker(self, entry: dict[str, Any], before: dict[str, Any] | None,
                           after: dict[str, Any] | None, reverse: bool) -> None: ...
        # speakers.py (SpeakersMixin)
        def speaker_entries(self, document_id: int | None = None) -> dict[str, SpeakerEntry]: ...
        def speaker_labels(self, document_id: int) -> list[tuple[str | None, int]]: ...
        def _check_speaker(self, doc_id: int | None, entry: SpeakerEntry, labels: list[str] | None,
                           source: str | None, line: int | None) -> SpeakerEntry: ...
        def set_speakers(self, document: str | int | None, entries: Sequence[SpeakerEntry], coder: str = "system",
                         source: str | None = None, line: int | None = None) -> list[SpeakerEntry]: ...
