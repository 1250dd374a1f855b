"""Two coders on one project file at once: nothing lost, no 'database is locked' shown.

Each test starts real processes (as two researchers on one machine would) that write
through the store's short BEGIN IMMEDIATE transactions and busy timeout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from workbench.core.models import Code, Document, Participant
from workbench.store import SCHEMA_VERSION, Project

from conftest import SAMPLE_TEXT, sample_segments

DATA = Path(__file__).parent / "data"

WRITER = textwrap.dedent(
    """
    import random, sys
    from workbench.store import Project

    path, coder, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    codes = ["competence", "network", "competence/language", "network/mentor_network"]
    with Project.open(path, create=False) as p:
        length = len(p.document(1, with_segments=False).text)
        mine = []
        for n in range(count):
            start = rng.randrange(length - 1)
            c = p.add_coding(1, start, rng.randrange(start + 1, length + 1), rng.choice(codes), coder)
            mine.append(c.id)
            print("add", c.id, flush=True)
            if n % 7 == 3:
                target = rng.choice(mine)
                p.update_coding(target, coder, memo=f"{coder} {n}")
                print("memo", target, f"{coder} {n}", flush=True)
            if n % 10 == 5:
                p.search("mentoren OR norskkurs")
                p.codings(coder=coder)
            if n % 250 == 100:  # undo then redo: net effect nothing, but both take the write lock
                p.undo(coder)
                p.redo(coder)
    print("done", flush=True)
    """
)


def make_project(path: Path) -> None:
    with Project.open(path) as p:
        p.import_codebook([
            Code("competence", "Kompetanse"),
            Code("language", "Språk", parent="competence"),
            Code("network", "Nettverk"),
            Code("mentor_network", "Mentors nettverk", parent="network"),
        ])
        p.add_document(
            Document("P01", SAMPLE_TEXT, sha256="s", segments=sample_segments(SAMPLE_TEXT)),
            Participant("P01", "mentee", "master"),
        )


def parse_log(out: str) -> tuple[list[int], dict[int, str], bool]:
    added, memos, done = [], {}, False
    for line in out.splitlines():
        kind, _, rest = line.partition(" ")
        if kind == "add":
            added.append(int(rest))
        elif kind == "memo":
            cid, _, memo = rest.partition(" ")
            memos[int(cid)] = memo
        elif kind == "done":
            done = True
    return added, memos, done


def test_two_writers_lose_nothing_and_never_see_locked(tmp_path):
    path = tmp_path / "shared.db"
    make_project(path)
    per_writer = 1500
    procs = {
        coder: subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), coder, str(per_writer), str(seed)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for seed, coder in enumerate(("kari", "ola"))
    }
    results = {coder: proc.communicate(timeout=120) for coder, proc in procs.items()}
    with Project.open(path) as p:
        assert p.integrity_check() == "ok"
        stored = {r["id"]: r for r in p.codings()}
        for coder, (out, err) in results.items():
            assert procs[coder].returncode == 0, err
            assert "locked" not in err and "Traceback" not in err, err
            added, memos, done = parse_log(out)
            assert done and len(added) == per_writer
            assert all(stored[i]["coder"] == coder for i in added)
            for cid in memos:  # every coder's memos were never overwritten by the other
                assert stored[cid]["memo"].startswith(coder)
        assert len(stored) == 2 * per_writer
        audit = p.query("SELECT coder, count(*) AS n FROM audit WHERE action = 'coding.add' GROUP BY coder")
        assert {r["coder"]: r["n"] for r in audit} == {"kari": per_writer, "ola": per_writer}


def test_cli_coders_in_parallel_never_see_locked(tmp_path):
    path = tmp_path / "cli.db"
    make_project(path)
    script = "; ".join(
        f"workbench --db {path} --coder {{c}} code P01 {i} {i + 5} network" for i in range(0, 10, 5)
    )
    procs = [
        subprocess.Popen(["bash", "-c", script.format(c=c)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in ("kari", "ola")
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0 and err == "", err
        assert out.count("coding ") == 2
    with Project.open(path) as p:
        assert len(p.codings()) == 4


def open_at_once(opener: str, path, processes: int = 3):
    """Run `opener` (Python source, the path as argv[1]) in several processes at once."""
    procs = [
        subprocess.Popen([sys.executable, "-c", opener, str(path)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(processes)
    ]
    return procs, [p.communicate(timeout=60) for p in procs]


def test_many_processes_opening_an_old_file_migrate_it_once(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(DATA / "project_v1.db", path)
    opener = (
        "import sys; from workbench.store import Project\n"
        "with Project.open(sys.argv[1]) as p: print(p.schema_version, len(p.codings()))"
    )
    procs, outs = open_at_once(opener, path)
    for proc, (out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
        assert out.split() == [str(SCHEMA_VERSION), "1"]
    with Project.open(path) as p:
        assert p.integrity_check() == "ok"
        assert p.codings()[0]["memo"] == "døråpner"


def test_many_processes_creating_one_new_file_agree(tmp_path):
    path = tmp_path / "new.db"
    opener = (
        "import sys; from workbench.store import Project\n"
        "with Project.open(sys.argv[1]) as p: print(p.schema_version, p.setting('namespace'))"
    )
    procs, outs = open_at_once(opener, path)
    for proc, (_out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
    assert len({out for out, _ in outs}) == 1  # one schema, one namespace for everyone


def test_redo_never_overwrites_another_coders_coding(tmp_path):
    path = tmp_path / "ids.db"
    make_project(path)
    with Project.open(path) as kari, Project.open(path) as ola:
        first = kari.add_coding("P01", 0, 5, "network", "kari")
        kari.undo("kari")  # frees the highest id
        theirs = ola.add_coding("P01", 10, 20, "competence", "ola")
        assert theirs.id != first.id
        kari.redo("kari")
        rows = {r["id"]: (r["coder"], r["code"], r["start"]) for r in ola.codings()}
        assert rows == {first.id: ("kari", "network", 0), theirs.id: ("ola", "competence", 10)}


def test_a_writer_holding_the_file_too_long_gives_one_clean_line(tmp_path, monkeypatch):
    import os
    import sqlite3

    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.store import connection

    path = tmp_path / "busy.db"
    make_project(path)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a very long write
    old_umask = os.umask(0o022)
    try:
        result = CliRunner().invoke(main, ["--db", str(path), "--coder", "kari", "code", "P01", "0", "5", "network"])
    finally:
        os.umask(old_umask)
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "busy" in result.stderr and result.stderr.count("\n") == 1
    with Project.open(path) as p:
        assert p.codings() == []
