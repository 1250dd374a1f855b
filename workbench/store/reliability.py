"""Checking, backing up and restoring a project file without risking the months of coding in it.

`inspect_project` looks at a file read-only (it never migrates or repairs): SQLite's
integrity check, the full-text index, foreign keys, schema version, permissions and
whether the file sits on a network drive. `backup_project` and `restore_project` copy
through SQLite's online backup API, which respects the locks of coders who have the
file open, and always verify the copy; a restore first keeps a copy of what it replaces.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import stat
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from workbench.core.errors import WorkbenchError
from workbench.core.wording import plural
from workbench.store.connection import (
    BUSY_TIMEOUT_MS, backup_to, create_private_file, empty_file_message, open_sqlite, stale_partials,
)
from workbench.store.failures import (
    ProjectDamaged, ReadOnlyProject, clear_damage_mark, damage_recorded, explain, is_damage, mark_damaged,
)
from workbench.store.filesystems import network_drive, network_drive_message
from workbench.store.migrations import SCHEMA_VERSION

if TYPE_CHECKING:
    from workbench.store.project import Project

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_PROBLEMS = 20
COUNTED_TABLES = ("documents", "segments", "codes", "coders", "codings", "memos", "audit")


@dataclass
class Inspection:
    """What `inspect_project` found: `problems` make a file unusable, `warnings` are advice."""

    path: str
    schema_version: int | None = None
    schema_supported: int = SCHEMA_VERSION
    integrity: list[str] = field(default_factory=list)
    journal_mode: str | None = None
    mode: str | None = None
    network_drive: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    last_action: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "ok": self.ok, "schema_version": self.schema_version,
            "schema_supported": self.schema_supported, "integrity": self.integrity,
            "journal_mode": self.journal_mode, "mode": self.mode, "network_drive": self.network_drive,
            "counts": self.counts, "last_action": self.last_action,
            "problems": self.problems, "warnings": self.warnings, "leftovers": self.leftovers,
        }


def _readonly_uri(path: Path) -> str:
    return "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"


@contextlib.contextmanager
def _open_readonly(path: Path) -> Iterator[sqlite3.Connection]:
    conn = open_sqlite(path, read_only=True)  # works in a read-only folder too
    try:
        yield conn
    finally:
        conn.close()


def _looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def _fts_problem(path: Path) -> str | None:
    """Run FTS5's own integrity check; it needs a writable handle, so it runs in a rolled-back transaction."""
    if not os.access(path, os.W_OK) or not os.access(path.resolve().parent, os.W_OK):
        return None
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("INSERT INTO segment_fts(segment_fts, rank) VALUES ('integrity-check', 1)")
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        return f"full-text index damaged ({exc}); restore a backup or re-import the documents"
    finally:
        conn.close()
    return None


def inspect_project(path: Path | str) -> Inspection:
    """Check a project file read-only and report problems and warnings (never raises for a bad file)."""
    path = Path(path)
    report = Inspection(str(path))
    if not path.exists():
        report.problems.append(f"{path}: no such file")
        return report
    if path.is_dir():
        report.problems.append(f"{path}: is a directory, not a project file")
        return report
    mode = stat.S_IMODE(path.stat().st_mode)
    report.mode = f"{mode:04o}"
    if mode & 0o077:
        report.warnings.append(
            f"{path} can be read by other users (mode {mode:04o}); run `chmod 600 {path}`"
        )
    report.network_drive = network_drive(path)
    if report.network_drive:
        report.warnings.append(network_drive_message(path, report.network_drive))
    _report_leftovers(path, report)
    try:
        if path.stat().st_size == 0:
            report.problems.append(empty_file_message(path))
            return report
        if not _looks_like_sqlite(path):
            report.problems.append(f"{path}: not an SQLite file (no SQLite header)")
            return report
        with _open_readonly(path) as conn:
            _inspect_connection(conn, report)
    except (sqlite3.DatabaseError, OSError) as exc:
        explained = explain(exc, None)
        report.problems.append(f"{path}: cannot be read as a project ({explained or exc})")
        if is_damage(exc):
            mark_damaged(path, str(exc))
        return report
    if report.ok and report.counts:
        fts = _fts_problem(path)
        if fts:
            report.problems.append(fts)
    if any("integrity check failed" in p or "full-text index damaged" in p for p in report.problems):
        mark_damaged(path, report.problems[0])
    elif report.ok and damage_recorded(path) is not None and clear_damage_mark(path):
        report.warnings.append(
            "the file was found damaged earlier and passes every check now: writing to it is allowed again"
        )
    return report


def _report_leftovers(path: Path, report: Inspection) -> None:
    """Warn about hidden leftovers of killed backups beside the project or in its backup folders."""
    folders = {path.resolve().parent}
    try:
        with _open_readonly(path) as conn:
            logged = conn.execute("SELECT after FROM audit WHERE action = 'project.backup' ORDER BY id DESC LIMIT 50")
            for (after,) in logged:
                with contextlib.suppress(ValueError, TypeError, KeyError):
                    folders.add(Path(json.loads(after)["file"]).parent)
    except (sqlite3.DatabaseError, OSError):
        pass
    for folder in sorted(folders):
        leftovers = stale_partials(folder)
        if leftovers:
            size = sum(f.stat().st_size for f in leftovers if f.exists()) / 2**20
            report.leftovers.extend(str(f) for f in leftovers)
            report.warnings.append(
                f"{len(leftovers)} leftover file(s) of a backup that was stopped halfway in {folder} "
                f"({size:.1f} MB, e.g. {leftovers[0].name}); the next `workbench backup` into that folder "
                "removes them, or delete them yourself"
            )


def _inspect_connection(conn: sqlite3.Connection, report: Inspection) -> None:
    report.integrity = [r[0] for r in conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
    if report.integrity != ["ok"]:
        report.problems.append("integrity check failed: " + "; ".join(report.integrity[:3]))
    report.schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
    report.journal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if report.schema_version > SCHEMA_VERSION:
        report.problems.append(
            f"schema version {report.schema_version} is newer than this workbench understands "
            f"({SCHEMA_VERSION}); upgrade workbench to open it"
        )
        return
    if report.schema_version == 0:
        report.problems.append("an SQLite file, but not a workbench project (no schema version)")
        return
    if report.schema_version < SCHEMA_VERSION:
        report.warnings.append(
            f"schema version {report.schema_version}: will be migrated to {SCHEMA_VERSION} "
            "(with a backup first) the next time it is opened"
        )
    dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        report.problems.append(f"{plural(len(dangling), 'row')} point at missing rows (first in table {dangling[0][0]})")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in COUNTED_TABLES:
        if table in tables:
            report.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    if "audit" in tables:
        row = conn.execute("SELECT at, coder, action FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        report.last_action = f"{row[0]} {row[1]} {row[2]}" if row else None
    if "segment_fts" in tables and "segments" in tables:
        indexed = conn.execute("SELECT count(*) FROM segment_fts").fetchone()[0]
        if indexed != report.counts.get("segments"):
            report.problems.append(
                f"full-text index holds {plural(indexed, 'segment')} but the project has {report.counts.get('segments')}"
            )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_target(project_path: Path, out: Path) -> Path:
    """Where a backup goes: `out` itself, or a dated file inside it when it is a folder."""
    out = Path(out).expanduser()
    if out.is_dir():
        return out / f"{project_path.stem}-{_timestamp()}.db"
    return out


def _refuse_project_side_files(project_path: Path, target: Path) -> None:
    names = {project_path.name + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    if target.name in names and target.resolve().parent == project_path.resolve().parent:
        raise WorkbenchError(f"{target}: that is the project file itself; choose another name for the backup")
    if _same_file(project_path, target):
        raise WorkbenchError(f"{target}: that is the project file itself; choose another name for the backup")


def backup_project(project: Project, out: Path | str, force: bool = False, coder: str = "system",
                   notes: list[str] | None = None) -> Path:
    """Copy an open project to `out` (a file, or a folder for a dated name), verify the copy, log it.

    A read-only project is still backed up (the copy is what matters); that it could not be
    logged is added to `notes`.
    """
    target = backup_target(project.path, Path(out)) if project.path else Path(out)
    if project.path is not None:
        _refuse_project_side_files(project.path, target)
    if target.exists() and not force:
        raise WorkbenchError(f"{target} already exists; add --force to overwrite it")
    project.backup(target)
    check = inspect_project(target)
    if not check.ok:
        raise WorkbenchError(f"the backup {target} failed its check: {check.problems[0]}")
    try:
        project.record_event(coder, "project.backup", {"file": str(target.resolve())})
    except (ReadOnlyProject, ProjectDamaged) as exc:  # the copy is what matters; say why it is not logged
        if notes is not None:
            why = "is read-only" if isinstance(exc, ReadOnlyProject) else "was found damaged (see `workbench check`)"
            notes.append(f"not logged in the project's history: the project file {why}")
    return target


@dataclass
class RestoreResult:
    """What `restore_project` did: where the restored project is and where the old one was kept."""

    target: Path
    source: Path
    replaced_copy: Path | None
    source_schema: int
    counts: dict[str, int] = field(default_factory=dict)


def _keep_copy_of(target: Path, readable: bool) -> Path:
    """Save what a restore is about to replace: an online backup if readable, else the raw files."""
    keep = target.with_name(f"{target.name}.before-restore-{_timestamp()}.bak")
    n = 1
    while keep.exists():
        n += 1
        keep = target.with_name(f"{target.name}.before-restore-{_timestamp()}-{n}.bak")
    if readable:
        with _open_readonly(target) as conn:
            backup_to(sqlite_utils.Database(conn), keep)
        return keep
    for suffix in ("", "-wal"):  # damaged: keep the bytes exactly as they are, WAL included
        original = target.with_name(target.name + suffix)
        if original.exists():
            copy = keep.with_name(keep.name + suffix)
            create_private_file(copy)
            shutil.copyfile(original, copy)
    return keep


def restore_project(source: Path | str, target: Path | str, force: bool = False) -> RestoreResult:
    """Replace the project at `target` with the backup `source`, keeping a copy of what was there.

    The source must pass the integrity check and be a workbench project no newer than
    this program. A readable target is overwritten through the online backup API (safe
    while other coders have it open: they see the restored project on their next read);
    a damaged one is moved aside first.
    """
    source, target = Path(source).expanduser(), Path(target).expanduser()
    check = inspect_project(source)
    if not check.ok:
        raise WorkbenchError(f"cannot restore from {source}: {check.problems[0]}")
    if _same_file(source, target):
        raise WorkbenchError(f"{source} is the project file itself; nothing to restore")
    replaced = None
    if target.exists():
        if not force:
            raise WorkbenchError(
                f"{target} already exists; add --force to replace it (a copy of it is kept beside it)"
            )
        readable = inspect_project(target).integrity == ["ok"]
        replaced = _keep_copy_of(target, readable)
        if not readable:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    target.with_name(target.name + suffix).unlink()
    if not target.exists():
        create_private_file(target)
    src = sqlite3.connect(_readonly_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    dest = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        src.backup(dest)
    except sqlite3.DatabaseError as exc:
        raise WorkbenchError(f"restoring {source} into {target} failed ({exc}); the old project is kept as {replaced}") from None
    finally:
        dest.close()
        src.close()
    clear_damage_mark(target)  # the damaged file it was about is gone
    after = inspect_project(target)
    if not after.ok:
        raise WorkbenchError(f"the restored {target} failed its check: {after.problems[0]} (old project kept as {replaced})")
    return RestoreResult(target, source, replaced, check.schema_version or 0, after.counts)
