"""The project: one SQLite file holding documents, codebook, codings, memos and history.

`Project` is the single write path of the program. Each public method that changes
anything runs as one transaction and appends what it did to the audit log in that same
transaction, so the log and the data can never disagree.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import sqlite_utils

from workbench.store.clock import now
from workbench.store.agreement import AgreementMixin
from workbench.store.analysis import AnalysisMixin
from workbench.store.cases import CasesMixin
from workbench.store.codebook import CodebookMixin
from workbench.store.codings import CodingsMixin
from workbench.store.connection import backup_to, connect, schema_version, transaction, verify_large
from workbench.store.documents import DocumentsMixin
from workbench.store.exchange import ExchangeMixin
from workbench.store.history import HistoryMixin
from workbench.store.memos import MemosMixin
from workbench.store.merge import MergeMixin
from workbench.store.nlp_cache import NlpCacheMixin
from workbench.store.queries import QueriesMixin
from workbench.store.search import SearchMixin
from workbench.store.speakers import SpeakersMixin


class Project(
    DocumentsMixin, CodebookMixin, CodingsMixin, HistoryMixin, SearchMixin,
    NlpCacheMixin, AgreementMixin, AnalysisMixin, ExchangeMixin, MemosMixin, QueriesMixin, CasesMixin,
    SpeakersMixin,
    MergeMixin,
):
    """An open project file. Use `Project.open(path)`; close it when done."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None):
        self.db = db
        self.path = path
        self._coder_ids: dict[str, int] = {}

    @classmethod
    def open(cls, path: Path | str, create: bool = True, initialise_empty: bool = False) -> "Project":
        """Open a project file, creating it (0600) and migrating its schema as needed.

        An existing empty (zero-byte) file is refused unless `initialise_empty` is set
        (only `workbench init` does): it is more likely a lost project than a new one.
        """
        db = connect(path, create=create, initialise_empty=initialise_empty)
        project = cls(db, None if str(path) == ":memory:" else Path(path))
        project._ensure_namespace()
        return project

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------

    def transaction(self):
        """Context manager for one atomic unit of work (nests as savepoints)."""
        return transaction(self.db)

    def query(self, sql: str, params: Any = ()) -> list[dict]:
        """Run a read-only query and return rows as dicts."""
        return list(self.db.query(sql, params))

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def _ensure_namespace(self) -> None:
        if self.setting("namespace") is None:
            with self.transaction():
                self.db.execute(
                    "INSERT OR IGNORE INTO project(key, value) VALUES ('namespace', ?), ('created', ?)",
                    [str(uuid.uuid4()), now()],
                )

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A project-level setting (namespace for GUIDs, creation time, ...)."""
        row = self.db.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

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
                cur = self.db.execute("INSERT INTO coders(name, created) VALUES (?, ?)", [name, now()])
                row = (cur.lastrowid,)
        if not self.db.conn.in_transaction:
            # only cache ids that are committed: an outer transaction may still roll back
            self._coder_ids[name] = row[0]
        return row[0]

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
        cur = self.db.execute(
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
        return cur.lastrowid

    def audit_log(self, limit: int | None = None) -> list[dict]:
        """Audit entries, oldest first (the last `limit` if given)."""
        if limit is None:
            return self.query("SELECT * FROM audit ORDER BY id")
        rows = self.query("SELECT * FROM audit ORDER BY id DESC LIMIT ?", [limit])
        return rows[::-1]

    def record_event(self, coder: str, action: str, details: dict) -> None:
        """Log something the user did that changes no table (an export, say)."""
        with self.transaction():
            self._audit(coder, action, "project", None, None, details)

    def backup(self, target: Path | str) -> Path:
        """Write a consistent copy of the project to `target` (online backup)."""
        return backup_to(self.db, Path(target))

    def verify(self) -> str | None:
        """Check a large project file for damage (small ones are checked on open); None if sound.

        Damage found is remembered, so every later write is refused.
        """
        return verify_large(self.path) if self.path is not None else None

    def integrity_check(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]
