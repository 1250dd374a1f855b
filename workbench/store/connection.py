"""Opening a project file safely: pragmas, migrations with a backup first, transactions.

Every write in the store goes through `transaction()`, which takes SQLite's write lock
up front (BEGIN IMMEDIATE) so two coders on one file wait for each other through the
busy timeout instead of failing halfway, and commits before the caller reports success.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Iterator

import sqlite_utils

from workbench.core.errors import WorkbenchError
from workbench.store.filesystems import warn_if_network_drive
from workbench.store.migrations import MIGRATIONS, SCHEMA_VERSION

CACHE_KIB = 64 * 1024  # page cache per connection
BUSY_TIMEOUT_MS = 30_000


class ProjectFileError(WorkbenchError):
    """The project file cannot be opened: not SQLite, too new, or unwritable."""


class ProjectBusy(WorkbenchError):
    """Another program held the write lock for longer than the busy timeout."""

    def __init__(self) -> None:
        super().__init__("the project file is busy: another program has been writing to it for longer than "
                         "the busy timeout; nothing was changed, try again")


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def connect(path: Path | str, create: bool = True) -> sqlite_utils.Database:
    """Open (creating with mode 0600 if asked) a project file and bring its schema up to date."""
    memory = str(path) == ":memory:"
    if not memory:
        path = Path(path)
        if not path.exists():
            if not create:
                raise ProjectFileError(f"{path}: no such project file (create one with `workbench init`)")
            with contextlib.suppress(FileExistsError):  # another process created it a moment ago
                create_private_file(path)
        elif path.is_dir():
            raise ProjectFileError(f"{path}: is a directory, not a project file")
        warn_if_network_drive(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not memory:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # SQLite's default page cache is 2 MB; a study's file is 170 MB, and the texts and
        # indexes that quotes and matrices read again and again (about 40 MB) then come from
        # the operating system on every query. Pages are cached only as they are read.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _is_busy(exc):
            raise ProjectFileError(f"{path}: the project file is busy (another program holds it); try again") from None
        raise ProjectFileError(f"{path}: not a workbench project file ({exc})") from None
    db = sqlite_utils.Database(conn)
    migrate(db, None if memory else Path(path))
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    """The schema version stored in the file (0 for a new, empty file)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def backup_to(db: sqlite_utils.Database, target: Path) -> Path:
    """Copy the whole database to `target` through SQLite's online backup API (0600)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # write a private temporary file beside the target, then rename it into place: a
    # crash leaves the old target intact, and two processes never clash on one name
    fd, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)
    try:
        dest = sqlite3.connect(partial)
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            dest.close()
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise
    return target


def migrate(db: sqlite_utils.Database, path: Path | None) -> int:
    """Apply pending migrations, each in its own transaction; back up an old file first."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            f"{path}: project schema version {version} is newer than this workbench "
            f"understands ({SCHEMA_VERSION}); upgrade workbench to open it (the file was not changed)"
        )
    if version == 0:
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise ProjectFileError(f"{path}: an SQLite file, but not a workbench project (no schema version)")
    elif version < SCHEMA_VERSION and path is not None:
        backup_to(db, path.with_name(f"{path.name}.v{version}.bak"))
    for number in range(version, SCHEMA_VERSION):
        with transaction(db):
            if schema_version(db) > number:  # another process migrated while we waited
                continue
            MIGRATIONS[number](db.conn)
            db.execute(f"PRAGMA user_version = {number + 1}")
    return SCHEMA_VERSION


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One atomic unit of work; nested calls become savepoints of the outer one."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise ProjectBusy() from None
        raise
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    else:
        try:
            db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            if _is_busy(exc):
                raise ProjectBusy() from None
            raise
