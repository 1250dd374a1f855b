"""Fault injection at the edges: files from the future, empty and damaged files, stale backup
leftovers, SQLite failures, and merges that must not guess (full disks, read-only folders and
files, permission denied: test_reliability_os).

Each test reproduces one failure from issue 15 and asserts the one clear line (or the
correct behaviour) that replaced it. Transcript text here is synthetic.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from workbench.core.models import Code, Document
from workbench.store import Project

from conftest import SAMPLE_TEXT, sample_segments
from reliability_support import assert_one_line, codings, make_project, run

SECRET = "Hemmeligsted"  # a word only the stored transcript contains: it must never reach the terminal


# --- 1. every entry point checks the schema version -----------------------------------------


def test_merge_refuses_a_file_from_a_newer_workbench(tmp_path):
    ours = make_project(tmp_path / "lead.db")
    theirs = make_project(tmp_path / "n.db")
    with Project.open(theirs) as p:
        p.add_coding("P01", 12, 20, "formal", "ola")
    with sqlite3.connect(theirs) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = codings(ours)
    assert_one_line(run(ours, "merge", str(theirs)), "newer", "nothing was merged")
    assert codings(ours) == before


def test_restore_refuses_a_backup_from_a_newer_workbench(tmp_path):
    ours = make_project(tmp_path / "p.db")
    newer = make_project(tmp_path / "newer.db")
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    assert_one_line(run(ours, "restore", str(newer), "--force"), "newer")


# --- 2. an empty file is reported, never initialised (except by init) -----------------------


@pytest.mark.parametrize("command", [["documents"], ["search", "jobb"], ["code", "P01", "0", "5", "network"],
                                     ["import", "t.txt"], ["codebook", "import", "c.yaml"],
                                     ["backup", "--out", "b.db"]])
def test_a_zero_byte_project_file_is_reported_not_rebuilt(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.txt").write_text("I: Hei?\n\nMentee: Hei.\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text("codes:\n  - key: a\n    label: A\n", encoding="utf-8")
    empty = tmp_path / "z.db"
    empty.touch()
    assert_one_line(run(empty, *command), "empty", "restore")
    assert empty.stat().st_size == 0
    check = run(empty, "check")
    assert check.exit_code == 1 and "empty" in check.stderr


def test_doctor_reports_an_empty_file_and_leaves_it(tmp_path):
    empty = tmp_path / "z.db"
    empty.touch()
    result = run(empty, "doctor")
    assert "empty" in result.stderr and empty.stat().st_size == 0


def test_init_may_turn_an_empty_file_into_a_project(tmp_path):
    empty = tmp_path / "z.db"
    empty.touch()
    result = run(empty, "init")
    assert result.exit_code == 0, result.output
    assert run(empty, "check").exit_code == 0


def test_a_new_project_file_never_exists_half_made(tmp_path, monkeypatch):
    """Creation builds the schema in a hidden file and links it into place: no zero-byte window."""
    from workbench.store import connection

    seen = []
    real_migrate = connection.migrate

    def spying_migrate(db, path):
        seen.append((tmp_path / "new.db").exists())
        return real_migrate(db, path)

    monkeypatch.setattr(connection, "migrate", spying_migrate)
    Project.open(tmp_path / "new.db").close()
    assert seen[0] is False  # while the schema was being built, the project name did not exist yet
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert oct((tmp_path / "new.db").stat().st_mode & 0o777) == "0o600"


def test_a_file_that_is_not_a_project_is_never_initialised(tmp_path):
    notes = tmp_path / "notes.db"
    with sqlite3.connect(notes) as conn:
        conn.execute("CREATE TABLE notes(x)")
    text = tmp_path / "text.db"
    text.write_text("just some words\n" * 100)
    for path in (notes, text):
        before = path.read_bytes()
        assert_one_line(run(path, "import", str(tmp_path / "missing.txt")), "not a workbench project")
        assert path.read_bytes() == before


# --- 3 and 4. damage: writes refused, no stored text in any error ---------------------------


def flip_middle(path: Path, size: int = 4096) -> None:
    """Invert `size` bytes in the middle of the file (a damaged disk block)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = path.stat().st_size
    with open(path, "r+b") as handle:
        offset = (total // 2) // 4096 * 4096
        handle.seek(offset)
        block = handle.read(size)
        handle.seek(offset)
        handle.write(bytes(b ^ 0xFF for b in block))


def bigger_project(path: Path) -> Path:
    make_project(path)
    with Project.open(path) as p:
        for i in range(300):
            p.add_coding("P01", i % 40, i % 40 + 5, "network" if i % 2 else "formal", f"coder{i % 3}",
                         memo="notat " * 30)
    return path


def test_writes_are_refused_on_a_damaged_file(tmp_path):
    path = bigger_project(tmp_path / "p.db")
    flip_middle(path)
    before = path.read_bytes()
    for command in (["code", "P01", "0", "5", "formal"], ["memos", "add", "ny tanke"]):
        assert_one_line(run(path, *command), "damaged", "check", "restore")
    assert path.read_bytes() == before
    assert run(path, "check").exit_code == 1
    assert_one_line(run(path, "code", "P01", "0", "5", "formal"), "damaged")


def test_damage_reported_on_a_large_file_blocks_later_writes(tmp_path, monkeypatch):
    """Past the quick-check size, damage SQLite meets while working (or `check` finds) is remembered."""
    from workbench.store import connection

    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)
    path = bigger_project(tmp_path / "p.db")
    backup = tmp_path / "good.db"
    assert run(path, "backup", "--out", str(backup)).exit_code == 0
    flip_middle(path)
    check = run(path, "check")
    assert check.exit_code == 1
    assert_one_line(run(path, "code", "P01", "0", "5", "formal"), "damaged", "restore")
    restored = run(path, "restore", str(backup), "--force")
    assert restored.exit_code == 0, restored.output
    assert run(path, "code", "P01", "0", "5", "formal").exit_code == 0


def damage_text(path: Path, word: str = SECRET) -> None:
    """Turn the stored text of the document containing `word` into invalid UTF-8 on disk."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    data = bytearray(path.read_bytes())
    at = data.find(word.encode())
    while at != -1:
        data[at + 2] = 0xFF
        at = data.find(word.encode(), at + 1)
    path.write_bytes(bytes(data))


SECRET_TEXT = f"I: Hvor bodde du?\n\nMentee: Jeg bodde i {SECRET} i mange år før jeg kom hit."


@pytest.mark.parametrize("command", [["export", "qdpx", "--out", "x.qdpx"], ["text", "P01"]])
def test_damaged_text_never_reaches_the_terminal(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    path = make_project(tmp_path / "p.db", SECRET_TEXT)
    damage_text(path)
    result = run(path, *command)
    assert_one_line(result, "damaged", "not valid utf-8")
    assert SECRET[3:] not in result.output + result.stderr


def test_merging_a_damaged_file_says_so_without_its_text(tmp_path):
    ours = make_project(tmp_path / "lead.db", SECRET_TEXT)
    theirs = make_project(tmp_path / "theirs.db", SECRET_TEXT)
    conn = sqlite3.connect(theirs)
    with conn:
        conn.execute("UPDATE codes SET path = 'x/' || path")  # so the merge reads past the codes
    conn.close()
    damage_text(theirs)
    result = run(ours, "merge", str(theirs))
    if result.exit_code != 0:
        assert_one_line(result, str(theirs))
    assert SECRET[3:] not in result.output + result.stderr


# --- 11. stale backup leftovers ---------------------------------------------------------------


def test_leftovers_of_a_killed_backup_are_reported_then_cleaned(tmp_path):
    path = make_project(tmp_path / "p.db")
    backups = tmp_path / "backups"
    assert run(path, "backup", "--out", str(backups / "first.db")).exit_code == 0
    stale = [backups / ".second.db.abc123.partial", backups / ".second.db.abc123.partial-journal"]
    for leftover in stale:
        leftover.write_bytes(b"SQLite format 3\0" + b"\0" * 4000)
        os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    fresh = backups / ".third.db.def456.partial"  # a backup running right now: left alone
    fresh.write_bytes(b"")
    check = run(path, "check")
    assert check.exit_code == 0 and "leftover" in check.stderr and str(backups) in check.stderr
    assert run(path, "backup", "--out", str(backups / "second.db")).exit_code == 0
    assert not any(p.exists() for p in stale) and fresh.exists()
    assert "leftover" not in run(path, "check").stderr


# --- 8. merge matches by path, never guesses by an ambiguous key ------------------------------


def test_merge_leaves_ambiguous_keys_out_brings_memos_and_can_dry_run(tmp_path):
    ours = make_project(tmp_path / "lead.db")
    with Project.open(ours) as p:
        p.import_codebook([Code("newtop", "Ny"), Code("formal", "Formell (ny)", parent="newtop")])
    theirs = make_project(tmp_path / "theirs.db")
    with Project.open(theirs) as p:
        p.import_codebook([Code("other", "Annet"), Code("formal", "F", parent="other"),
                           Code("extra", "Ekstra")])
        p.add_coding("P01", 12, 20, "other/formal", "ola")
        p.add_coding("P01", 21, 30, "competence/formal", "ola")
        p.add_memo("Et notat om dokumentet", "ola", document="P01", title="Om P01")
        p.add_memo("Et notat om koden", "ola", code="other/formal")
    dry = run(ours, "merge", str(theirs), "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "dry run" in dry.output and "ambiguous, left out: other/formal" in dry.output
    assert codings(ours) == 1
    result = run(ours, "merge", str(theirs))
    assert result.exit_code == 0, result.output
    assert "memos: 1 imported" in result.output and "skipped (code ambiguous" in result.output
    with Project.open(ours) as p:
        landed = {(c["code"], c["start"]) for c in p.codings(coder="ola")}
        assert landed == {("competence/formal", 21)}  # never competence/formal for other/formal
        assert [m["title"] for m in p.memos()] == ["Om P01"]
    mapped = run(ours, "merge", str(theirs), "--map", "other/formal=newtop/formal")
    assert mapped.exit_code == 0, mapped.output
    with Project.open(ours) as p:
        assert ("newtop/formal", 12) in {(c["code"], c["start"]) for c in p.codings(coder="ola")}
        assert len(p.memos()) == 2
    again = run(ours, "merge", str(theirs), "--map", "other/formal=newtop/formal")
    assert "codings: 0 imported" in again.output and "memos: 0 imported" in again.output


def test_a_key_unique_on_both_sides_still_matches(tmp_path):
    ours = make_project(tmp_path / "lead.db")
    theirs = tmp_path / "theirs.db"
    with Project.open(theirs) as p:
        p.import_codebook([Code("kompetanse", "K"), Code("network", "N", parent="kompetanse")])
        p.add_document(Document("P01", SAMPLE_TEXT, sha256="x", segments=sample_segments(SAMPLE_TEXT)))
        p.add_coding("P01", 3, 9, "kompetanse/network", "ola")
    result = run(ours, "merge", str(theirs))
    assert "by key (unique on both sides): kompetanse/network -> network" in result.output
    with Project.open(ours) as p:
        assert [c["code"] for c in p.codings(coder="ola")] == ["network"]


# --- 9. damaged .qdpx positions are reported, not mended -------------------------------------


@pytest.mark.parametrize("start,end,why", [("27", "99999999", "outside the text"), ("-50", "60", "outside the text"),
                                           ("60", "27", "ends before it starts")])
def test_damaged_qdpx_positions_are_skipped_with_a_warning_naming_the_selection(project, tmp_path, start, end, why):
    import io
    import re
    import zipfile

    from workbench.io.refi.qdpx_export import export_qdpx

    project.add_coding("P01-nullpunkt", 27, 60, "network", "kari")
    export_qdpx(project, tmp_path / "good.qdpx")
    original = (tmp_path / "good.qdpx").read_bytes()
    out = io.BytesIO()
    guid = None
    with zipfile.ZipFile(io.BytesIO(original)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith(".qde"):
                xml = data.decode("utf-8")
                selection = re.search(r'<PlainTextSelection[^>]*startPosition="27"[^>]*>', xml).group(0)
                guid = re.search(r'guid="([^"]+)"', selection).group(1)
                damaged = selection.replace('startPosition="27"', f'startPosition="{start}"').replace(
                    'endPosition="60"', f'endPosition="{end}"')
                data = xml.replace(selection, damaged).encode("utf-8")
            dst.writestr(info, data)
    damaged_file = tmp_path / "damaged.qdpx"
    damaged_file.write_bytes(out.getvalue())
    target = tmp_path / "target.db"
    assert run(target, "init").exit_code == 0
    result = run(target, "import", str(damaged_file))
    assert result.exit_code == 0, result.output
    warning = [line for line in result.stderr.splitlines() if "selection" in line and why in line]
    assert warning and guid.strip("{}").lower() in warning[0].lower() and f"{start}-{end}" in warning[0]
    with Project.open(target) as p:
        assert not [c for c in p.codings() if c["coder"] == "kari" and c["code"] == "network"]


# --- each SQLite failure is named as what it is, without stored text -----------------------


@pytest.mark.parametrize("message,named", [
    ("disk I/O error", "input/output error"),
    ("database or disk is full", "disk is full"),
    ("attempt to write a readonly database", "read-only"),
    ("database is locked", "busy"),
    ("database disk image is malformed", "damaged"),
    (f"Could not decode to UTF-8 column 'text' with text 'Jeg bodde i {SECRET}'", "not valid utf-8"),
])
def test_every_sqlite_failure_is_one_named_line(tmp_path, monkeypatch, message, named):
    path = make_project(tmp_path / "p.db")

    def failing(self, *args, **kwargs):
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(Project, "add_coding", failing)
    result = run(path, "code", "P01", "0", "5", "formal")
    line = assert_one_line(result, named)
    assert SECRET not in line


def test_a_bulk_write_checks_a_large_file_first(tmp_path, monkeypatch):
    """Past the open-time size, `import` and `merge` run the full quick check before writing."""
    from workbench.store import connection
    from workbench.store.failures import damage_marker

    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)
    path = bigger_project(tmp_path / "p.db")
    flip_middle(path)
    transcript = tmp_path / "t.txt"
    transcript.write_text("I: Hei?\n\nMentee: Hei.\n", encoding="utf-8")
    assert_one_line(run(path, "import", str(transcript)), "damaged", "restore")
    assert damage_marker(path).exists()
    with Project.open(path) as p:
        assert p.verify() is not None


def test_a_file_marked_damaged_still_backs_up_and_check_clears_a_stale_mark(tmp_path):
    from workbench.store.failures import damage_marker, mark_damaged

    path = make_project(tmp_path / "p.db")
    mark_damaged(path, "database disk image is malformed")  # e.g. a disk error that has since gone
    assert_one_line(run(path, "code", "P01", "0", "5", "formal"), "damaged")
    backup = run(path, "backup", "--out", str(tmp_path / "b.db"))
    assert backup.exit_code == 0 and "not logged" in backup.stderr, backup.output
    check = run(path, "check")
    assert check.exit_code == 0 and "allowed again" in check.stderr
    assert not damage_marker(path).exists()
    assert run(path, "code", "P01", "0", "5", "formal").exit_code == 0


def test_a_killed_project_creation_leaves_nothing_for_long(tmp_path):
    path = make_project(tmp_path / "p.db")
    leftover = tmp_path / ".q.db.k1ll3d.creating"
    leftover.write_bytes(b"SQLite format 3\0" + b"\0" * 4000)
    os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    check = run(path, "check")
    assert "leftover" in check.stderr and leftover.name in check.stderr
    assert run(tmp_path / "q.db", "init").exit_code == 0
    assert not leftover.exists()
