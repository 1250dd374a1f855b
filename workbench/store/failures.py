"""What went wrong with the project file, said in one line: disk full, read-only, damaged, busy.

SQLite reports operating-system trouble in its own words ("unable to open database
file", "disk I/O error"), which read as if the project were broken when the folder is
merely read-only or the disk full. `explain` turns any SQLite or OS error met while
reading or writing a project into a `WorkbenchError` that names what happened and what
to do, and never quotes stored text (SQLite's UTF-8 decoding error repeats the bytes of
the column it could not decode: transcript text, unpseudonymised).

Damage is remembered: when SQLite reports the file damaged, a marker file
(`NAME.damaged`) is written beside it, and every later write is refused until `check`
finds the file sound again or `restore` replaces it. A full `PRAGMA quick_check` on
every open would catch more, but costs about 380 ms on a 5-million-word study (measured
2026-12-03, 174 MB file), far over the 50 ms an open may take.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from workbench.core.errors import WorkbenchError

DAMAGE_SUFFIX = ".damaged"


class ProjectDamaged(WorkbenchError):
    """SQLite found the project file damaged; writes are refused until it is checked or restored."""


class DiskFull(WorkbenchError):
    """The disk (or quota) holding a file we write is full."""


class ReadOnlyProject(WorkbenchError):
    """The project file, or the folder holding it, cannot be written."""


class PermissionDenied(WorkbenchError):
    """The operating system refused access to a file."""


class DiskIOError(WorkbenchError):
    """The operating system reported an input/output error (a failing or removed disk)."""


def damage_marker(path: Path) -> Path:
    """The file that records that `path` was found damaged."""
    return path.with_name(path.name + DAMAGE_SUFFIX)


def mark_damaged(path: Path | None, reason: str) -> None:
    """Remember that SQLite reported `path` damaged (best effort: the folder may be read-only)."""
    if path is None:
        return
    reason = " ".join(reason.replace("*** in database main ***", "").split())[:300]
    try:
        fd = os.open(damage_marker(path), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f"{datetime.now().isoformat(timespec='seconds')} {reason}\n")
    except OSError:
        pass


def clear_damage_mark(path: Path) -> bool:
    """Remove the damage marker of `path`; True if there was one."""
    try:
        damage_marker(path).unlink()
        return True
    except FileNotFoundError:
        return False


def damage_recorded(path: Path | None) -> str | None:
    """What was recorded when `path` was found damaged, or None if it never was."""
    if path is None:
        return None
    try:
        return damage_marker(path).read_text(encoding="utf-8", errors="replace").strip() or "damaged"
    except OSError:
        return None


def damaged_message(path: Path | str, detail: str) -> str:
    return (f"{path}: the project file is damaged ({detail}); nothing was changed. Run `workbench check`, "
            "then `workbench restore BACKUP --force` from your latest backup")


def refuse_write_if_damaged(path: Path | None) -> None:
    """Raise `ProjectDamaged` if `path` was found damaged earlier."""
    recorded = damage_recorded(path)
    if path is not None and recorded is not None:
        raise ProjectDamaged(damaged_message(path, f"found damaged earlier: {recorded}"))


def _folder_writable(path: Path) -> bool:
    return os.access(path.parent if str(path.parent) else Path("."), os.W_OK)


def _disk_full(path: Path) -> bool:
    try:
        usage = shutil.disk_usage(path.parent if path.parent.exists() else Path("."))
    except OSError:
        return False
    return usage.free < 1024 * 1024


def read_only_message(path: Path) -> str:
    if not _folder_writable(path):
        return (f"{path}: the folder {path.parent.resolve()} is read-only, and SQLite needs to create files "
                "beside the project to change it; nothing was changed. Copy the project to a writable folder")
    return f"{path}: the project file is read-only; nothing was changed (make it writable: chmod u+w)"


def is_damage(exc: BaseException) -> bool:
    """True when SQLite says the file itself is damaged (not merely unreadable)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    return (name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB" or "malformed" in text
            or "Could not decode to UTF-8" in text)


def explain(exc: BaseException, path: Path | str | None, what: str = "the project file") -> WorkbenchError | None:
    """A one-line `WorkbenchError` for an SQLite or OS error about `path`, or None if it is neither.

    Damage found in a project file is recorded (see `mark_damaged`).
    """
    if isinstance(exc, WorkbenchError):
        return exc
    where = Path(path) if path is not None and str(path) != ":memory:" else None
    label = str(where) if where is not None else what
    if isinstance(exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)):
        return None
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        text = str(exc)
        if "Could not decode to UTF-8" in text:  # the message carries the stored bytes: never show them
            column = text.split("column '", 1)[1].split("'", 1)[0] if "column '" in text else "?"
            detail = f"stored text in column '{column}' is not valid UTF-8"
            mark_damaged(where, detail)
            return ProjectDamaged(damaged_message(label, detail))
        if is_damage(exc):
            mark_damaged(where, text)
            return ProjectDamaged(damaged_message(label, text))
        if name.startswith("SQLITE_FULL") or "disk is full" in text:
            return DiskFull(f"{label}: the disk is full; nothing was changed. Free some space and try again")
        if name.startswith("SQLITE_READONLY") or "readonly database" in text:
            return ReadOnlyProject(read_only_message(where) if where else f"{label} is read-only")
        if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
            from workbench.store.connection import ProjectBusy

            return ProjectBusy()
        if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
            if where is not None and _disk_full(where):
                return DiskFull(f"{label}: the disk is full; nothing was changed. Free some space and try again")
            return DiskIOError(f"{label}: input/output error from the operating system ({text}); the disk may be "
                               "failing or was removed. Nothing was changed; run `workbench check`")
        if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
            return cannot_open(where) if where else WorkbenchError(f"{label}: cannot be opened ({text})")
        if name.startswith("SQLITE_PERM") or name.startswith("SQLITE_AUTH"):
            return PermissionDenied(f"{label}: permission denied")
        return None
    if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
        return os_error(exc)
    return None


def os_error(exc: OSError, path: Path | None = None) -> WorkbenchError:
    """One line for an operating-system error, named as what it is."""
    name = exc.filename or path or "file"
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(f"{name}: the disk is full; nothing was written. Free some space and try again")
    if code == errno.EROFS:
        return ReadOnlyProject(f"{name}: on a read-only file system; nothing was written")
    if code in (errno.EACCES, errno.EPERM):
        return PermissionDenied(f"{name}: permission denied")
    if code == errno.EIO:
        return DiskIOError(f"{name}: input/output error from the operating system (a failing or removed disk?)")
    return WorkbenchError(f"{name}: {exc.strerror or exc}")


def cannot_open(path: Path) -> WorkbenchError:
    """Why SQLite could not open `path`: missing, permission, read-only folder, or unknown."""
    if not path.exists():
        return WorkbenchError(f"{path}: no such project file")
    if not os.access(path, os.R_OK):
        return PermissionDenied(f"{path}: permission denied (the project file cannot be read by you)")
    if not _folder_writable(path):
        return ReadOnlyProject(read_only_message(path))
    if not os.access(path, os.W_OK):
        return ReadOnlyProject(read_only_message(path))
    return WorkbenchError(f"{path}: the project file cannot be opened (SQLite: unable to open database file)")
