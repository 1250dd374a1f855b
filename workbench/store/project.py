"""The project: one SQLite file holding documents, codebook, codings, memos and history.

`Project` is the single write path of the program. Each public method that changes
anything runs as one transaction and appends what it did to the audit log in that same
transaction, so the log and the data can never disagree.

`Project` is put together from one class per concern, each in its own module of this
package, all standing on `ProjectBase` (base.py: connection, transactions, settings,
coders, audit log):

    DocumentsMixin   documents.py   documents, their segments, participants
    CodebookMixin    codebook.py    the code tree: add, rename, move, merge, retire
    CodingsMixin     codings.py     a coder's code on a span; add, change, delete
    HistoryMixin     history.py     undo and redo, replayed from the audit log
    SearchMixin      search.py      full-text search over segments (FTS5)
    NlpCacheMixin    nlp_cache.py   cached spaCy analyses, stored suggester models, decisions
    AgreementMixin   agreement.py   codings per coder for agreement, consensus, merging projects
    AnalysisMixin    analysis.py    quotes with filters, matrix and wave-comparison queries
    ExchangeMixin    exchange.py    bulk reads and writes for REFI-QDA export and import
    MemosMixin       memos.py       memos on documents, codes or the project
    QueriesMixin     queries.py     saved coding queries and the segment layout they count in
    CasesMixin       cases.py       editing a participant's and a document's attributes; undo of those
                                    and of speaker-map entries
    SpeakersMixin    speakers.py    speaker maps: the role and participant behind each label
    MergeMixin       merge.py       merging another coder's project file: codings and memos

Around it: connection.py opens, migrates and backs up the file (migrations.py holds the
schema steps), reliability.py inspects and restores files, clock.py is the one source
of timestamps.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from workbench.store.agreement import AgreementMixin
from workbench.store.analysis import AnalysisMixin
from workbench.store.cases import CasesMixin
from workbench.store.base import ProjectBase
from workbench.store.clock import now
from workbench.store.codebook import CodebookMixin
from workbench.store.codings import CodingsMixin
from workbench.store.connection import backup_to, connect, verify_large
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
    SpeakersMixin, MergeMixin, ProjectBase,
):
    """An open project file. Use `Project.open(path)`; close it when done."""

    @classmethod
    def open(cls, path: Path | str, create: bool = True, initialise_empty: bool = False) -> Project:
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

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_namespace(self) -> None:
        if self.setting("namespace") is None:
            with self.transaction():
                self.db.execute(
                    "INSERT OR IGNORE INTO project(key, value) VALUES ('namespace', ?), ('created', ?)",
                    [str(uuid.uuid4()), now()],
                )

    def backup(self, target: Path | str) -> Path:
        """Write a consistent copy of the project to `target` (online backup)."""
        return backup_to(self.db, Path(target))

    def verify(self) -> str | None:
        """Check a large project file for damage (small ones are checked on open); None if sound.

        Damage found is remembered, so every later write is refused.
        """
        return verify_large(self.path) if self.path is not None else None

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])
