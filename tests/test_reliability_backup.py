"""Backups, restores, health checks, migrations and network-drive warnings."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.errors import WorkbenchError
from workbench.store import SCHEMA_VERSION, Project, ProjectFileError
from workbench.store import connection as store_connection
from workbench.store import filesystems
from workbench.store.reliability import backup_project, inspect_project, restore_project

DATA = Path(__file__).parent / "data"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def code_rows(path: Path) -> list[tuple]:
    with Project.open(path, create=False) as p:
        return [(r["id"], r["document"], r["code"], r["start"], r["end"], r["memo"]) for r in p.codings()]


@pytest.fixture
def cli(tmp_path, monkeypatch, project):
    """Run the CLI in-process on the `project` fixture's file; restores the umask the CLI sets."""
    monkeypatch.setenv("WORKBENCH_CODER", "kari")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old_umask = os.umask(0o022)
    runner = CliRunner()
    yield lambda *args: runner.invoke(main, ["--db", str(project.path), *args])
    os.umask(old_umask)


def corrupt(path: Path) -> None:
    """Scribble over the middle of the file, where table pages live."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for offset in range(4096 * 2, size, 4096 * 3):
            handle.seek(offset + 8)
            handle.write(b"\xde\xad\xbe\xef" * 64)


# --- backup --------------------------------------------------------------------------


def test_backup_command_writes_a_checked_private_copy_and_logs_it(cli, project, tmp_path):
    project.add_coding("P01-nullpunkt", 0, 10, "network", "kari", memo="viktig")
    result = cli("backup", "--out", str(tmp_path / "copy.db"))
    assert result.exit_code == 0, result.output
    copy = tmp_path / "copy.db"
    assert mode(copy) == 0o600
    assert not (tmp_path / "copy.db-wal").exists()  # one self-contained file
    assert code_rows(copy) == code_rows(project.path)
    assert inspect_project(copy).ok
    entry = project.audit_log(1)[0]
    assert entry["action"] == "project.backup" and str(copy) in entry["after"] and entry["coder"] == "kari"


def test_backup_into_a_folder_gets_a_dated_name(cli, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    assert cli("backup", "--out", str(folder)).exit_code == 0
    (made,) = folder.iterdir()
    assert made.name.startswith("test-") and made.suffix == ".db"


def test_backup_never_overwrites_without_force_nor_the_project_itself(cli, project, tmp_path):
    target = tmp_path / "copy.db"
    target.write_bytes(b"an older backup")
    result = cli("backup", "--out", str(target))
    assert result.exit_code == 1 and "--force" in result.stderr
    assert target.read_bytes() == b"an older backup"
    assert cli("backup", "--out", str(target), "--force").exit_code == 0
    for own in (project.path, Path(str(project.path) + "-wal")):
        result = cli("backup", "--out", str(own))
        assert result.exit_code == 1 and "project file itself" in result.stderr
    assert project.integrity_check() == "ok" and len(project.documents()) == 1


def test_backup_while_another_coder_writes_is_consistent(project, tmp_path):
    stop = threading.Event()
    writer = Project.open(project.path)

    def code_constantly() -> None:
        n = 0
        while not stop.is_set():
            writer.add_coding("P01-nullpunkt", n % 50, n % 50 + 5, "network", "ola")
            n += 1

    thread = threading.Thread(target=code_constantly)
    thread.start()
    try:
        copies = [backup_project(project, tmp_path / f"copy{i}.db") for i in range(5)]
    finally:
        stop.set()
        thread.join()
        writer.close()
    counts = []
    for copy in copies:
        report = inspect_project(copy)
        assert report.ok, report.problems
        counts.append(report.counts["codings"])
        with sqlite3.connect(copy) as conn:  # every copy is a whole committed state: data and log agree
            logged = conn.execute("SELECT count(*) FROM audit WHERE action = 'coding.add'").fetchone()[0]
        assert logged == report.counts["codings"]
    assert counts == sorted(counts)


# --- restore -------------------------------------------------------------------------


def test_restore_needs_force_and_keeps_what_it_replaces(cli, project, tmp_path):
    project.add_coding("P01-nullpunkt", 0, 10, "network", "kari")
    assert cli("backup", "--out", str(tmp_path / "monday.db")).exit_code == 0
    project.add_coding("P01-nullpunkt", 20, 30, "competence", "kari")
    before_restore = code_rows(project.path)

    refused = cli("restore", str(tmp_path / "monday.db"))
    assert refused.exit_code == 1 and "--force" in refused.stderr
    assert code_rows(project.path) == before_restore

    result = cli("restore", str(tmp_path / "monday.db"), "--force")
    assert result.exit_code == 0, result.output
    assert len(code_rows(project.path)) == 1
    (kept,) = tmp_path.glob("test.db.before-restore-*.bak")
    assert code_rows(kept) == before_restore and mode(kept) == 0o600
    assert project.audit_log(1)[0]["action"] == "project.restore"
    assert len(project.codings()) == 1  # a coder with the file open sees the restored project


def test_restore_into_a_new_file_and_from_an_old_schema(tmp_path):
    old = tmp_path / "v1-backup.db"
    shutil.copy(DATA / "project_v1.db", old)
    result = restore_project(old, tmp_path / "fresh.db")
    assert result.replaced_copy is None and result.source_schema == 1
    with Project.open(tmp_path / "fresh.db") as p:
        assert p.schema_version == SCHEMA_VERSION
        assert p.codings()[0]["memo"] == "døråpner"
    assert mode(tmp_path / "fresh.db") == 0o600


def test_restore_refuses_a_damaged_or_newer_backup_and_leaves_the_project(project, tmp_path):
    project.add_coding("P01-nullpunkt", 0, 10, "network", "kari")
    rows = code_rows(project.path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 500)
    newer = tmp_path / "newer.db"
    project.backup(newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for bad in (junk, newer, tmp_path / "missing.db"):
        with pytest.raises(WorkbenchError, match="cannot restore"):
            restore_project(bad, project.path, force=True)
    assert code_rows(project.path) == rows
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_restore_over_a_damaged_project_keeps_its_bytes(tmp_path, project):
    project.add_coding("P01-nullpunkt", 0, 10, "network", "kari")
    good = project.backup(tmp_path / "good.db")
    project.close()
    damaged = Path(project.path)
    damaged.write_bytes(b"\x00garbage" * 1000)
    result = restore_project(good, damaged, force=True)
    assert result.replaced_copy.read_bytes() == b"\x00garbage" * 1000
    assert len(code_rows(damaged)) == 1


# --- check ---------------------------------------------------------------------------


def test_check_reports_a_healthy_project(cli):
    result = cli("check")
    assert result.exit_code == 0 and result.stdout.strip().endswith("ok")
    assert "integrity  ok" in result.stdout and f"schema     {SCHEMA_VERSION}" in result.stdout


def test_check_finds_damage_without_a_traceback(tmp_path, project):
    for i in range(200):
        project.add_coding("P01-nullpunkt", i % 40, i % 40 + 3, "network", "kari", memo="x" * 200)
    project.close()
    path = Path(project.path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(path)
    report = inspect_project(path)
    assert not report.ok and report.problems
    result = CliRunner().invoke(main, ["--db", str(path), "check"])
    assert result.exit_code == 1 and "error:" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_check_only_reads_an_old_file(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(DATA / "project_v1.db", old)
    before = old.read_bytes()
    report = inspect_project(old)
    assert report.ok and report.schema_version == 1
    assert any("will be migrated" in w for w in report.warnings)
    assert old.read_bytes() == before and not (tmp_path / "old.db.v1.bak").exists()


@pytest.mark.parametrize("setup, message", [
    (lambda p: p.write_bytes(b"hello"), "not an SQLite file"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE x(a)").connection.commit(), "not a workbench project"),
    (lambda p: sqlite3.connect(p).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}"), "newer"),
])
def test_check_refuses_files_that_are_not_usable_projects(tmp_path, setup, message):
    path = tmp_path / "x.db"
    setup(path)
    report = inspect_project(path)
    assert not report.ok and message in report.problems[0]


def test_check_warns_about_a_readable_project_file(project):
    os.chmod(project.path, 0o644)
    report = inspect_project(project.path)
    assert report.ok and any("chmod 600" in w for w in report.warnings)


# --- network drives ------------------------------------------------------------------

FAKE_MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /mnt/team nfs4 rw,relatime 0 0
//nas/forskning /mnt/nas\\040disk cifs rw 0 0
kari@host:/data /home/kari/remote fuse.sshfs rw 0 0
/dev/sdb1 /mnt/team/local ext4 rw 0 0
"""


@pytest.mark.parametrize("path, expected", [
    ("/home/kari/prosjekt.db", None),
    ("/mnt/team/mentor.db", "nfs4"),
    ("/mnt/team/local/mentor.db", None),  # a local disk mounted inside the network share
    ("/mnt/nas disk/mentor.db", "cifs"),
    ("/home/kari/remote/a/b.db", "fuse.sshfs"),
    ("/mnt/teamwork/x.db", None),  # a sibling whose name starts like a mount point
])
def test_network_drive_detection(path, expected):
    assert filesystems.network_drive(path, mounts=FAKE_MOUNTS) == expected


def test_opening_a_project_on_a_network_drive_warns_but_works(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nserver:/x {tmp_path} nfs rw 0 0\n")
    monkeypatch.setattr(filesystems, "MOUNTS_FILE", mounts)
    with pytest.warns(filesystems.NetworkDriveWarning, match="network drive"):
        Project.open(tmp_path / "p.db").close()
    assert inspect_project(tmp_path / "p.db").network_drive == "nfs"
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "p.db"), "documents"])
    assert result.exit_code == 0 and result.stderr.startswith("warning: ")


def test_no_warning_on_a_local_disk(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Project.open(tmp_path / "p.db").close()


# --- migrations ----------------------------------------------------------------------


def test_migration_backs_up_first_and_keeps_ids_unique(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(DATA / "project_v1.db", path)
    with sqlite3.connect(DATA / "project_v1.db") as conn:
        audited = max(r[0] or 0 for r in conn.execute("SELECT entity_id FROM audit WHERE entity = 'coding'"))
    with Project.open(path) as p:
        doc = p.documents()[0]["id"]
        new = p.add_coding(doc, 0, 1, p.codings()[0]["code"], "kari")
        assert new.id > audited  # ids named in the audit log are never handed out again
    backup = tmp_path / "old.db.v1.bak"
    assert mode(backup) == 0o600
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT memo FROM codings").fetchall() == [("døråpner",)]


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "p.db"
    with Project.open(path) as p:
        p.record_event("kari", "note", {"x": 1})

    def broken(conn):
        conn.execute("CREATE TABLE half_done(x)")
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    monkeypatch.setattr(store_connection, "MIGRATIONS", [*store_connection.MIGRATIONS, broken])
    monkeypatch.setattr(store_connection, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(WorkbenchError, match="input/output error"):  # one line, named as what it is
        Project.open(path)
    monkeypatch.undo()
    with Project.open(path) as p:
        assert p.schema_version == SCHEMA_VERSION
        assert not p.query("SELECT name FROM sqlite_master WHERE name = 'half_done'")
        assert p.integrity_check() == "ok"


def test_a_newer_file_is_refused_in_one_line_and_left_alone(tmp_path):
    path = tmp_path / "future.db"
    Project.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    result = CliRunner().invoke(main, ["--db", str(path), "documents"])
    assert result.exit_code == 1 and "newer" in result.stderr and result.stderr.count("\n") == 1
    with pytest.raises(ProjectFileError):
        Project.open(path)
    assert path.read_bytes() == before
