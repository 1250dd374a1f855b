"""Opening a project file safely: pragmas, migrations with a backup first, transactions.

Every write in the store goes through `transaction()`, which takes SQLite's write lock
up front (BEGIN IMMEDIATE) so two coders on one file wait for each other through the
busy timeout instead of failing halfway, and commits before the caller reports success.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
import tempfile
import types
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.errors import WorkbenchError
from workbench.store.failures import (
    ReadOnlyProject, damaged_message, explain, is_damage, mark_damaged, read_only_message,
    refuse_write_if_damaged,
)
from workbench.store.filesystems import warn_if_network_drive
from workbench.store.migrations import MIGRATIONS, SCHEMA_VERSION


def _import_sqlite_utils() -> types.ModuleType:
    """sqlite-utils without numpy and pandas.

    At import time sqlite-utils imports numpy and pandas when they are installed, only to
    map their scalar types to column types for its insert helpers, which the store never
    uses (all SQL here is explicit). That import was about a fifth of a second of the
    workbench's start-up, so it is hidden from sqlite-utils for the moment of its import;
    whoever needs numpy later (the suggester) imports it as usual.
    """
    import sys

    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import of it raises ImportError
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    return sqlite_utils


if TYPE_CHECKING:
    import sqlite_utils
else:
    sqlite_utils = _import_sqlite_utils()

CACHE_KIB = 64 * 1024  # page cache per connection
BUSY_TIMEOUT_MS = 30_000
SQLITE_VERSION = sqlite3.sqlite_version  # the SQLite library in use, for `workbench doctor`


class ProjectFileError(WorkbenchError):
    """The project file cannot be opened: not SQLite, too new, or unwritable."""


class ProjectBusy(WorkbenchError):
    """Another program held the write lock for longer than the busy timeout."""

    def __init__(self) -> None:
        super().__init__("the project file is busy: another program has been writing to it for longer than "
                         "the busy timeout; nothing was changed, try again")


def _is_busy(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


CREATING_SUFFIX = ".creating"


def _create_project_file(path: Path) -> None:
    """Create a complete, empty project at `path` (0600) in one step, never a zero-byte file.

    The schema is built in a private temporary file beside `path` and then linked into
    place, so nobody (another process, or a later command) ever sees a half-made project;
    if another process got there first, its file is kept and ours is dropped.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(path.parent)  # what a creation or backup killed halfway left here
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=CREATING_SUFFIX, dir=path.parent)  # 0600
    os.close(fd)
    tmp = Path(name)
    try:
        conn = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(sqlite_utils.Database(conn), None)
        finally:
            conn.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process created it a moment ago: use theirs
        except OSError:  # no hard links on this file system
            if not path.exists():
                os.replace(tmp, path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{tmp}{suffix}")


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent if str(path.parent) else Path("."), os.W_OK)


def open_sqlite(path: Path | str, read_only: bool) -> sqlite3.Connection:
    """An SQLite connection to `path`; read-only ones also work in a read-only folder."""
    timeout = BUSY_TIMEOUT_MS / 1000
    if not read_only:
        return sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)
    uri = "file:" + urllib.parse.quote(str(Path(path).resolve()))
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=timeout, check_same_thread=False)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        wal = Path(f"{path}-wal")
        if "unable to open" not in str(exc) or (wal.exists() and wal.stat().st_size > 0):
            raise
    # a WAL project in a read-only folder: SQLite cannot create the shared-memory file beside
    # it, but with no -wal file nobody can be writing it either, so it is safe to read as is
    return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, timeout=timeout, check_same_thread=False)


#: Files up to this size get SQLite's `quick_check` on every open. It reads the whole file:
#: measured 2026-12-03 at about 6 ms per MB (150 ms for 25 MB, 380 ms for the 174 MB
#: 5-million-word study), so up to 6 MB it stays under 50 ms. Larger files rely on the
#: damage SQLite reports while working and on `workbench check` (see store.failures).
QUICK_CHECK_MAX_BYTES = 6 * 2**20


def _project_bytes(path: Path) -> int:
    try:
        return path.stat().st_size + (os.path.getsize(f"{path}-wal") if os.path.exists(f"{path}-wal") else 0)
    except OSError:
        return 0


def _quick_check_if_small(conn: sqlite3.Connection, path: Path) -> None:
    """Run `PRAGMA quick_check` on a small project file and remember any damage it finds."""
    if _project_bytes(path) > QUICK_CHECK_MAX_BYTES:
        return
    quick_check(conn, path)


def quick_check(conn: sqlite3.Connection, path: Path) -> str | None:
    """SQLite's `quick_check` on `conn`; damage found is remembered for `path` and returned."""
    try:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            return None
        result = str(exc)
    if result == "ok":
        return None
    mark_damaged(path, f"quick check: {result}")
    return " ".join(str(result).replace("*** in database main ***", "").split())[:200]


def verify_large(path: Path) -> str | None:
    """`quick_check` a project too large to be checked on every open, on its own read-only
    connection (so it can run on a worker thread); returns the one-line damage message, or None.

    Worth it where the command itself takes far longer (a bulk import, a merge) or the
    wait is hidden (the terminal workbench checks in the background after it opens).
    """
    if _project_bytes(path) <= QUICK_CHECK_MAX_BYTES:
        return None  # already checked when it was opened
    try:
        conn = open_sqlite(path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        problem = quick_check(conn, path)
    finally:
        conn.close()
    return None if problem is None else damaged_message(path, problem)


def empty_file_message(path: Path) -> str:
    return (f"{path}: the file is empty (0 bytes), not a workbench project. If it held your project, "
            "the project was lost: restore your latest backup with `workbench restore BACKUP --force`; "
            "to start a new project in this file, run `workbench init`")


def connect(path: Path | str, create: bool = True, initialise_empty: bool = False) -> sqlite_utils.Database:
    """Open a project file and bring its schema up to date.

    A missing file is created (0600, complete) when `create` is set; an existing empty
    file is made a project only with `initialise_empty` (`workbench init`): any other
    command reports it, since an empty file where a project was means the project was lost.
    A file or folder that cannot be written is opened read-only, so reading still works.
    """
    memory = str(path) == ":memory:"
    read_only = False
    if not memory:
        path = Path(path)
        if path.is_dir():
            raise ProjectFileError(f"{path}: is a directory, not a project file")
        if not path.exists():
            if not create:
                raise ProjectFileError(f"{path}: no such project file (create one with `workbench init`)")
            try:
                _create_project_file(path)
            except (OSError, sqlite3.Error) as exc:
                raise (explain(exc, path) or exc) from None
        warn_if_network_drive(path)
        read_only = not _writable(path)
    try:
        conn = open_sqlite(path, read_only)
    except sqlite3.Error as exc:
        raise (explain(exc, path) or exc) from None
    conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not memory and conn.execute("PRAGMA page_count").fetchone()[0] == 0:
            if not initialise_empty or read_only:
                raise ProjectFileError(empty_file_message(Path(path)))
        if not memory:
            _refuse_foreign(conn, Path(path))  # before anything below changes the file
        if not memory and not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # SQLite's default page cache is 2 MB; a study's file is 170 MB, and the texts and
        # indexes that quotes and matrices read again and again (about 40 MB) then come from
        # the operating system on every query. Pages are cached only as they are read.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except ProjectFileError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _is_busy(exc):
            raise ProjectFileError(f"{path}: the project file is busy (another program holds it); try again") from None
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise ProjectFileError(f"{path}: not a workbench project file ({exc})") from None
        explained = explain(exc, path)
        raise (explained or ProjectFileError(f"{path}: not a workbench project file ({exc})")) from None
    if not memory:
        _quick_check_if_small(conn, Path(path))
    db = sqlite_utils.Database(conn)
    db.project_path = None if memory else Path(path)  # type: ignore[attr-defined]
    db.read_only = read_only  # type: ignore[attr-defined]
    try:
        migrate(db, None if memory else Path(path))
    except BaseException:
        conn.close()
        raise
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    """The schema version stored in the file (0 for a new, empty file)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


PARTIAL_SUFFIXES = (".partial", CREATING_SUFFIX)
STALE_AFTER_SECONDS = 120


def stale_partials(folder: Path, older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Leftovers of killed backups and project creations in `folder` (with their journals).

    They are hidden (`.NAME.xxxx.partial`, `-journal` beside it) and can be full copies of
    the project; one not modified for `older_than` seconds belongs to no running backup.
    """
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    now = time.time()
    for entry in entries:
        name = entry.name
        if not name.startswith("."):
            continue
        base = name
        for side in ("-journal", "-wal", "-shm"):
            if base.endswith(side):
                base = base[: -len(side)]
        if not base.endswith(PARTIAL_SUFFIXES):
            continue
        try:
            info = entry.lstat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and now - info.st_mtime > older_than:
            found.append(entry)
    return sorted(found)


def remove_stale_partials(folder: Path) -> list[Path]:
    """Delete what `stale_partials` finds in `folder`; returns what was removed."""
    removed = []
    for leftover in stale_partials(folder):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def backup_to(db: sqlite_utils.Database, target: Path) -> Path:
    """Copy the whole database to `target` through SQLite's online backup API (0600).

    Leftovers of earlier backups that were killed halfway are removed from the target's
    folder first.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(target.parent)
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
    except BaseException as exc:
        for side in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(partial + side)
        if isinstance(exc, (sqlite3.Error, OSError)):
            if is_damage(exc):  # damage is in the project being copied, not in the copy
                explained = explain(exc, getattr(db, "project_path", None))
            else:
                explained = explain(exc, target, what="the backup")
            if explained is not None:
                raise explained from None
        raise
    return target


def _refuse_foreign(conn: sqlite3.Connection, path: Path | None) -> None:
    """Refuse a file from a newer workbench, or an SQLite file that is not a workbench project."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            f"{path}: project schema version {version} is newer than this workbench "
            f"understands ({SCHEMA_VERSION}); upgrade workbench to open it (the file was not changed)"
        )
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise ProjectFileError(f"{path}: an SQLite file, but not a workbench project (no schema version); "
                               "the file was not changed")


def migrate(db: sqlite_utils.Database, path: Path | None) -> int:
    """Apply pending migrations, each in its own transaction; back up an old file first."""
    _refuse_foreign(db.conn, path)
    version = schema_version(db)
    if version == 0:
        pass
    elif version < SCHEMA_VERSION and path is not None:
        if getattr(db, "read_only", False):
            raise ReadOnlyProject(
                f"{path}: schema version {version} must be upgraded to {SCHEMA_VERSION} before this workbench "
                f"can use it, but it cannot be written here ({read_only_message(path)})"
            )
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
    """One atomic unit of work; nested calls become savepoints of the outer one.

    A file found damaged earlier is not written to; SQLite's and the operating system's
    errors (disk full, read-only, damage, I/O) come out as one-line `WorkbenchError`s.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    path = getattr(db, "project_path", None)
    refuse_write_if_damaged(path)
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise ProjectBusy() from None
        raise (explain(exc, path) or exc) from None
    try:
        yield db
    except BaseException as exc:
        if db.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            explained = explain(exc, path)
            if explained is not None:
                raise explained from None
        raise
    else:
        try:
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            if _is_busy(exc):
                raise ProjectBusy() from None
            raise (explain(exc, path) or exc) from None
