"""Fault injection from the operating system: a full disk, a read-only folder, a read-only
project file and one that cannot be read (issue 15).

Each test asserts the one clear line (or the correct behaviour) that replaced a traceback.
The full disk and the read-only folder are real: a small tmpfs mounted for the test, which
needs root (CI runs as root); elsewhere those tests are skipped with the reason. Transcript
text here is synthetic.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

from reliability_support import assert_one_line, codings, make_project, run


# --- 3 and 5. the operating system: full disk, read-only folder -----------------------------


def mount_tmpfs(where: Path, size: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")


@pytest.fixture
def small_disk(tmp_path):
    where = tmp_path / "disk"
    mount_tmpfs(where, "2m")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path) -> None:
    """Fill the file system completely."""
    with open(disk / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
        try:
            while True:
                handle.write(b"\0" * 512)
                handle.flush()
        except OSError:
            pass


def test_a_full_disk_gives_one_line_for_import_codebook_and_backup(small_disk, tmp_path):
    path = make_project(small_disk / "p.db")
    transcript = tmp_path / "long.txt"
    transcript.write_text("\n\n".join(f"Mentee: Jeg snakket med mentoren min om jobb nummer {i}."
                                      for i in range(20000)), encoding="utf-8")
    codebook = tmp_path / "c.yaml"
    codebook.write_text("codes:\n" + "".join(f"  - key: k{i}\n    label: Kode {i} {'x' * 300}\n"
                                             for i in range(3000)), encoding="utf-8")
    before = codings(path)
    fill(small_disk)
    assert_one_line(run(path, "import", str(transcript)), "disk is full")
    assert_one_line(run(path, "codebook", "import", str(codebook)), "disk is full")
    assert_one_line(run(path, "backup", "--out", str(small_disk / "b.db")), "disk is full")
    assert_one_line(run(path, "codings", "export", str(small_disk / "k.csv")), "disk is full")
    assert not (small_disk / "k.csv").exists() and not list(small_disk.glob(".k.csv*"))
    assert not [p for p in small_disk.iterdir() if ".partial" in p.name]
    (small_disk / "filler").unlink()
    assert run(path, "check").exit_code == 0
    assert codings(path) == before


@pytest.fixture
def read_only_folder(tmp_path):
    where = tmp_path / "ro"
    mount_tmpfs(where, "4m")
    make_project(where / "p.db")
    assert not [p for p in where.iterdir() if p.name.endswith(("-wal", "-shm"))]
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
    yield where / "p.db"
    subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_read_only_folder_still_reads_and_refuses_writes_in_one_line(read_only_folder, tmp_path):
    path = read_only_folder
    documents = run(path, "documents")
    assert documents.exit_code == 0 and "P01" in documents.output, documents.output
    check = run(path, "check")
    assert check.exit_code == 0, check.output
    backup = run(path, "backup", "--out", str(tmp_path / "b.db"))
    assert backup.exit_code == 0 and "read-only" in backup.stderr, backup.output
    assert (tmp_path / "b.db").exists()
    assert_one_line(run(path, "code", "P01", "0", "5", "formal"), "read-only", "folder")
    (tmp_path / "t.txt").write_text("I: Hei?\n\nMentee: Hei.\n", encoding="utf-8")
    assert_one_line(run(path, "import", str(tmp_path / "t.txt")), "read-only")


# --- 3 and 5. a read-only project file, and permission denied ------------------------------


def run_unprivileged(db: Path, *args: str) -> tuple[int, str, str]:
    """Run a command as a user the file permissions apply to (root ignores them).

    As root the command runs in a forked child that drops to uid/gid 65534 (nobody) after
    this process has already imported everything the command needs.
    """
    if os.geteuid() != 0:
        result = run(db, *args)
        return result.exit_code, result.stdout, result.stderr
    import json
    import shutil
    import tempfile

    warm = Path(tempfile.mkdtemp()) / "warm.db"
    make_project(warm)
    (warm.parent / "backups").mkdir()
    run(warm, *(a.replace(str(db.parent), str(warm.parent)) for a in args))  # imports every module it uses
    run(warm, args[0], "--help")
    import click._textwrap  # noqa: F401  (click imports it lazily when it wraps a message)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        code = 0
        try:
            os.close(read)
            os.environ["XDG_CONFIG_HOME"] = str(db.parent)
            os.environ["HOME"] = str(db.parent)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            result = CliRunner().invoke(main, ["--db", str(db), *args])
            exception = result.exception if not isinstance(result.exception, SystemExit) else None
            extra = f"exception: {exception!r}" if exception else ""
            payload = [result.exit_code, result.stdout, result.stderr + extra]
        except BaseException as exc:
            payload, code = [99, "", f"child failed: {exc!r}"], 1
        os.write(write, json.dumps(payload).encode())
        os._exit(code)
    os.close(write)
    chunks = []
    while True:
        chunk = os.read(read, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    shutil.rmtree(warm.parent, ignore_errors=True)
    exit_code, stdout, stderr = json.loads(b"".join(chunks))
    return exit_code, stdout, stderr


@pytest.fixture
def shared_folder():
    """A folder outside pytest's private tmp tree that an unprivileged user can enter."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="wb-perm-"))
    os.chmod(folder, 0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def one_error_line(exit_code: int, stderr: str, *words: str) -> str:
    assert exit_code == 1, stderr
    errors = [line for line in stderr.strip().splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "Traceback" not in stderr, stderr
    for word in words:
        assert word in errors[0], errors[0]
    return errors[0]


def test_a_read_only_project_file_reads_and_refuses_writes_in_one_line(shared_folder):
    path = make_project(shared_folder / "p.db")
    os.chmod(path, 0o444)
    before = path.read_bytes()
    code, out, err = run_unprivileged(path, "documents")
    assert code == 0 and "P01" in out, err
    one_error_line(*run_unprivileged(path, "code", "P01", "0", "5", "formal")[::2], "read-only", "chmod")
    transcript = shared_folder / "t.txt"
    transcript.write_text("I: Hei?\n\nMentee: Hei.\n", encoding="utf-8")
    os.chmod(transcript, 0o644)
    one_error_line(*run_unprivileged(path, "import", str(transcript))[::2], "read-only")
    backups = shared_folder / "backups"
    backups.mkdir(mode=0o777)
    os.chmod(backups, 0o777)
    code, out, err = run_unprivileged(path, "backup", "--out", str(backups / "b.db"))
    assert code == 0 and "checked ok" in out and "read-only" in err, (out, err)
    assert path.read_bytes() == before


def test_a_project_file_that_cannot_be_read_says_permission_denied(shared_folder):
    path = make_project(shared_folder / "p.db")
    os.chmod(path, 0o600)
    if os.geteuid() != 0:
        os.chmod(path, 0o000)
    one_error_line(*run_unprivileged(path, "documents")[::2], "permission denied")
    one_error_line(*run_unprivileged(path, "code", "P01", "0", "5", "formal")[::2], "permission denied")
