"""Crash safety: SIGKILL in the middle of a bulk import or a burst of coding, many times.

A killed process must leave a file that passes `PRAGMA integrity_check`, holds every
action the process reported as done, and holds no half-stored document. Kill points
are random (set WORKBENCH_CRASH_SEED to replay a run's choice of delays).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from workbench.core.models import Code, Document, Participant
from workbench.store import Project

from conftest import SAMPLE_TEXT, sample_segments

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

SEED = int(os.environ.get("WORKBENCH_CRASH_SEED", random.randrange(1 << 30)))
WORDS = ("mentoren", "jobben", "nettverket", "kompetansegap", "arbeidsgiver", "intervjuet", "språket",
         "norskkurs", "tillit", "praksisplass", "søknaden", "bransjen", "kontakter", "erfaring")

CODING_BURST = textwrap.dedent(
    """
    import random, sys
    from workbench.store import Project

    rng = random.Random(int(sys.argv[2]))
    with Project.open(sys.argv[1], create=False) as p:
        length = len(p.document(1, with_segments=False).text)
        print("ready", flush=True)
        while True:
            start = rng.randrange(length - 1)
            c = p.add_coding(1, start, rng.randrange(start + 1, length + 1), rng.choice(["network", "competence"]), "kari",
                             memo=rng.choice([None, "viktig"]))
            print(c.id, flush=True)  # reported done only after the transaction committed
    """
)

IMPORT_RUN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from workbench.io.transcripts.batch import import_files
    from workbench.store import Project

    files = sorted(Path(sys.argv[2]).glob("*.txt"))
    with Project.open(sys.argv[1]) as p:
        def progress(number, total, name):  # called before file `number`: all earlier files are done
            print("next", number - 1, flush=True)
        report = import_files(p, files, flags={"wave": "baseline"}, coder="kari", progress=progress)
        print("next", len(files), flush=True)
    """
)


def transcript(rng: random.Random, number: int) -> str:
    turns = []
    for t in range(rng.randint(8, 16)):
        speaker = "I" if t % 2 == 0 else "Mentee"
        sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14))).capitalize() + "."
                     for _ in range(rng.randint(1, 5))]
        turns.append(f"{speaker}: " + " ".join(sentences))
    return f"Intervju {number}\n\n" + "\n\n".join(turns) + "\n"


def run_and_kill(args: list[str], delay: float, wait_for: str | None = None) -> list[str]:
    """Start a process, SIGKILL it `delay` seconds after it prints `wait_for` (or starts); return its lines."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    if wait_for is not None:
        for line in proc.stdout:
            lines.append(line.strip())
            if line.strip() == wait_for:
                break
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert "Traceback" not in err, err
    return lines + out.split("\n")


def assert_documents_whole(p: Project) -> None:
    """Every stored document has all its segments and full-text rows: nothing half-written."""
    logged = {r["entity_id"]: r["after"] for r in p.audit_log() if r["action"] == "document.import"}
    for doc in p.documents():
        segments = len(p.segments(doc["id"]))
        assert f'"segments": {segments}' in logged[doc["id"]]
        indexed = p.query("SELECT count(*) AS n FROM segment_fts WHERE document_id = ?", [doc["id"]])[0]["n"]
        assert segments > 0 and indexed == segments


def test_sigkill_during_coding_burst_loses_nothing_reported(tmp_path):
    rng = random.Random(SEED)
    path = tmp_path / "burst.db"
    with Project.open(path) as p:
        p.import_codebook([Code("network", "Nettverk"), Code("competence", "Kompetanse")])
        p.add_document(Document("P01", SAMPLE_TEXT, sha256="s", segments=sample_segments(SAMPLE_TEXT)),
                       Participant("P01", "mentee"))
    reported: list[int] = []
    for round_ in range(6):
        lines = run_and_kill([sys.executable, "-c", CODING_BURST, str(path), str(rng.randrange(1 << 30))],
                             delay=rng.uniform(0.0, 0.25), wait_for="ready")
        reported += [int(x) for x in lines if x.isdigit()]
        with Project.open(path, create=False) as p:
            assert p.integrity_check() == "ok", f"seed {SEED}, round {round_}"
            stored = {r["id"] for r in p.codings()}
            missing = set(reported) - stored
            assert not missing, f"seed {SEED}: reported but lost: {sorted(missing)[:5]}"
            logged = {r["entity_id"] for r in p.audit_log() if r["action"] == "coding.add"}
            assert stored == logged  # no coding without its audit entry, nor the reverse
    assert len(reported) > 50, "the bursts were killed too early to test anything"


def write_transcripts(folder: Path, count: int, seed: int, prefix: str = "P") -> list[Path]:
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    paths = [folder / f"{prefix}{n:03d}-nullpunkt.txt" for n in range(count)]
    for n, path in enumerate(paths):
        path.write_text(transcript(rng, n), encoding="utf-8")
    return paths


def test_sigkill_during_bulk_import_keeps_every_finished_file(tmp_path):
    rng = random.Random(SEED + 1)
    path = tmp_path / "import.db"
    done_names: set[str] = set()
    for round_ in range(4):  # each round imports a fresh batch and is killed part-way
        folder = tmp_path / f"batch{round_}"
        files = write_transcripts(folder, 60, seed=round_, prefix=f"R{round_}-")
        lines = run_and_kill([sys.executable, "-c", IMPORT_RUN, str(path), str(folder)],
                             delay=rng.uniform(0.0, 0.25), wait_for="next 0")
        finished = max([int(x.split()[1]) for x in lines if x.startswith("next ")] + [0])
        done_names |= {f.stem for f in files[:finished]}
        with Project.open(path, create=False) as p:
            assert p.integrity_check() == "ok", f"seed {SEED}, round {round_}"
            names = {d["name"] for d in p.documents()}
            assert done_names <= names, f"seed {SEED}: reported imported but missing: {sorted(done_names - names)[:5]}"
    with Project.open(path) as p:
        assert_documents_whole(p)


@pytest.fixture
def transcripts(tmp_path: Path) -> Path:
    write_transcripts(tmp_path / "transcripts", 120, seed=7)
    return tmp_path / "transcripts"


def test_sigkill_of_the_import_command_then_rerun_completes(tmp_path, transcripts):
    rng = random.Random(SEED + 2)
    path = tmp_path / "cli.db"
    command = ["workbench", "--db", str(path), "import", "--wave", "nullpunkt", *map(str, sorted(transcripts.glob("*.txt")))]
    subprocess.run(["workbench", "--db", str(path), "init"], check=True, capture_output=True, timeout=60)
    for _ in range(2):
        run_and_kill(command, delay=rng.uniform(0.4, 0.9))
        with Project.open(path) as p:
            assert p.integrity_check() == "ok"
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    with Project.open(path) as p:
        assert len(p.documents()) == 120  # the rerun added what was missing, nothing twice
        assert_documents_whole(p)
