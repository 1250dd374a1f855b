"""Benchmark: the terminal workbench beside a bare Textual app doing the same drawing.

Measures, on a generated 30,000-word group interview:

* first screen: from starting a fresh Python process to the corpus table painted, with
  the real suggester on (it starts after that paint, in a process of its own). The
  reference is the fair floor: a bare Textual app reading the same rows (documents and
  participants) with plain sqlite3 into a DataTable. Target: within 1.5 times the floor.
* startup: from starting a fresh Python process to the first document drawn (suggester on);
* open: from pressing enter on the corpus to the transcript drawn (and, separately, the
  part of it that is the workbench's own work: loading, wrapping, colouring);
* code key: from pressing `1` to the coding committed in the project file;
* memory: peak resident size of the workbench process with the document open (the
  suggester's own process is reported beside it).

Every reference is measured in the same run, fresh processes alternating with ours, so a
busy machine slows both; the JSON gives each timing beside its reference and their
ratio. Each timing is the median of `--repeat` runs. The open and key references are a
bare app with a line-API view of the same text wrapped with `textwrap` and a key that
INSERTs and COMMITs one row. Targets (2-core machine): first screen <= 1.5x the floor,
open < 0.3 s, key to row < 30 ms, startup < 1 s.

    python benchmarks/ui_bench.py [--words N] [--repeat R]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

SIZE = (100, 30)

QUESTIONS = (
    "Hvordan har samarbeidet med mentoren fungert?",
    "Hva var det viktigste dere snakket om?",
    "Har du søkt jobber det siste halvåret?",
    "Hvordan opplevde du intervjutreningen?",
    "Hva tenker dere om nettverket i gruppa?",
)
ANSWERS = (
    "Vi møttes omtrent annenhver uke på en kafé i sentrum.",
    "Hun hjalp meg med å skrive om CV-en så den passet bedre til norske arbeidsgivere.",
    "Jeg hadde aldri tenkt på at man skal ringe etter å ha sendt en søknad.",
    "Det var litt flaut i starten, men så ble det mer naturlig.",
    "Gjennom ham fikk jeg snakke med en leder i et regnskapsfirma.",
    "Språket er fortsatt det vanskeligste, særlig på telefon.",
    "Vi andre i gruppa har begynt å dele stillingsannonser med hverandre.",
    "Jeg tror arbeidsgiverne synes det er en risiko å ansette noen de ikke kjenner.",
    "Nå har jeg fått et vikariat, og det er i hvert fall en fot innenfor.",
    "Det viktigste var egentlig at noen stolte på meg.",
)
SPEAKERS = ("AH", "MK", "JT")


def transcript(words: int, seed: int = 3) -> str:
    """A synthetic group interview of about `words` words (fixed seed: same text every run)."""
    rng = random.Random(seed)
    turns, count = [], 0
    while count < words:
        question = "I: " + rng.choice(QUESTIONS)
        answer = f"{rng.choice(SPEAKERS)}: " + " ".join(rng.choice(ANSWERS) for _ in range(rng.randint(3, 9)))
        turns += [question, answer]
        count += len(question.split()) + len(answer.split())
    return "\n\n".join(turns) + "\n"


def build_project(folder: Path, words: int) -> tuple[Path, int]:
    from workbench.core.models import Code, Participant
    from workbench.io.transcripts.load import load_document
    from workbench.store import Project

    db = folder / "bench.db"
    source = folder / "G01_sluttpunkt.txt"
    source.write_text(transcript(words), encoding="utf-8")
    with Project.open(db) as project:
        project.import_codebook([Code("competence", "Kompetanse"), Code("network", "Nettverk"),
                                 Code("trust", "Tillit")])
        doc = load_document(source, {"participant": "G01", "wave": "endpoint"})
        added = project.add_document(doc, Participant("G01", "mentee", "refugee"))
    return db, added.id


# -- the reference: a bare Textual app drawing the same text ---------------------------

def bare_app_class():
    from rich.segment import Segment
    from textual.app import App
    from textual.geometry import Size
    from textual.screen import Screen
    from textual.scroll_view import ScrollView
    from textual.strip import Strip
    from textual.widgets import Static

    class BareText(ScrollView):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text
            self.lines: list[str] = []

        def on_resize(self) -> None:
            width = max(10, self.scrollable_content_region.width)
            self.lines = [line for para in self.text.split("\n") for line in (textwrap.wrap(para, width) or [""])]
            self.virtual_size = Size(width, len(self.lines))

        def render_line(self, y: int) -> Strip:
            index = self.scroll_offset.y + y
            line = self.lines[index] if index < len(self.lines) else ""
            return Strip([Segment(line)]).crop_extend(0, self.size.width, None)

    class BareDocument(Screen):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

        def compose(self):
            yield BareText(self.text)

    class BareApp(App):
        BINDINGS = [("enter", "open", "open"), ("1", "code", "code")]  # noqa: RUF012 (Textual's own type)

        def __init__(self, db: Path, text: str) -> None:
            super().__init__()
            self.conn = sqlite3.connect(db, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # as the project file
            self.conn.execute("CREATE TABLE IF NOT EXISTS rows(id INTEGER PRIMARY KEY, start INT, stop INT)")
            self.text = text
            self.committed_at = 0.0

        def compose(self):
            yield Static("corpus")

        def action_open(self) -> None:
            self.push_screen(BareDocument(self.text))

        def action_code(self) -> None:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("INSERT INTO rows(start, stop) VALUES (0, 10)")
            self.conn.execute("COMMIT")
            self.committed_at = time.perf_counter()

    return BareApp


# -- measurements in this process -------------------------------------------------------

async def measure_ours(db: Path, repeat: int) -> dict[str, float]:
    from workbench.settings import Settings
    from workbench.store import Project
    from workbench.ui.app import create_app
    from workbench.ui.screens.coding import CodingScreen
    from workbench.ui.suggestions import SuggestionBridge

    opens, keys, mounts = [], [], []
    original_mount = CodingScreen.on_mount

    def timed_mount(screen):
        started = time.perf_counter()
        original_mount(screen)
        mounts.append(time.perf_counter() - started)

    CodingScreen.on_mount = timed_mount
    for _ in range(repeat):
        project = Project.open(db, create=False)
        committed = []
        original = project.add_coding

        def add_coding(*args, **kwargs):
            result = original(*args, **kwargs)
            committed.append(time.perf_counter())
            return result

        project.add_coding = add_coding
        settings = Settings(db=db, coder="bench")
        app = create_app(project, settings, suggestions=SuggestionBridge(project, settings, enabled=False))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            started = time.perf_counter()
            await pilot.press("enter")
            opens.append(time.perf_counter() - started)
            assert isinstance(app.screen, CodingScreen) and app.screen.query_one("Transcript").lines
            await pilot.press("j", "j")
            started = time.perf_counter()
            await pilot.press("1")
            keys.append(committed[-1] - started)
        project.close()
    CodingScreen.on_mount = original_mount
    return {"open": statistics.median(opens), "key_to_row": statistics.median(keys),
            "open_own_work": statistics.median(mounts)}


async def measure_bare(db: Path, text: str, repeat: int) -> dict[str, float]:
    bare_app = bare_app_class()
    opens, keys = [], []
    for _ in range(repeat):
        app = bare_app(db.with_name("bare.db"), text)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            started = time.perf_counter()
            await pilot.press("enter")
            opens.append(time.perf_counter() - started)
            started = time.perf_counter()
            await pilot.press("1")
            keys.append(app.committed_at - started)
        app.conn.close()
    return {"open": statistics.median(opens), "key_to_row": statistics.median(keys)}


# -- fresh processes: startup and memory ----------------------------------------------------

CORPUS_ROWS_SQL = (
    "SELECT p.id, d.name, p.role, p.program, d.wave, d.words FROM documents d "
    "LEFT JOIN participants p ON p.id = d.participant ORDER BY d.participant, d.id"
)


def first_screen_child(kind: str, db: str) -> None:
    """Run in a fresh process: report when the first screen (the corpus table) is painted."""

    async def run() -> None:
        painted: list[float] = []
        if kind == "ours-corpus":
            from workbench.settings import Settings
            from workbench.store import Project
            from workbench.ui.app import create_app
            from workbench.ui.screens.corpus import CorpusScreen

            original = CorpusScreen.on_mount

            def on_mount(screen) -> None:
                original(screen)
                screen.call_after_refresh(lambda: painted.append(time.time()))

            CorpusScreen.on_mount = on_mount
            project = Project.open(db, create=False)
            app = create_app(project, Settings(db=Path(db), coder="bench"))  # the real suggester, on
        else:
            from textual.app import App
            from textual.widgets import DataTable

            class BareCorpus(App):
                def compose(self):
                    yield DataTable()

                def on_mount(self) -> None:
                    conn = sqlite3.connect(db)
                    rows = conn.execute(CORPUS_ROWS_SQL).fetchall()
                    conn.close()
                    table = self.query_one(DataTable)
                    table.add_columns("Participant", "Document", "Role", "Programme", "Wave", "Words")
                    table.add_rows([tuple("" if v is None else str(v) for v in row) for row in rows])
                    self.call_after_refresh(lambda: painted.append(time.time()))

            app = BareCorpus()
        async with app.run_test(size=SIZE) as pilot:
            while not painted:
                await pilot.pause(0.002)
            print(json.dumps({"shown": painted[0]}))

    asyncio.run(run())


def child(kind: str, db: str, doc_id: int) -> None:
    """Run in a fresh process: open the document, report when it is drawn and the peak RSS."""
    if kind.endswith("-corpus"):
        first_screen_child(kind, db)
        return

    async def run() -> None:
        suggester_mib = None
        if kind == "ours":
            from workbench.settings import Settings
            from workbench.store import Project
            from workbench.ui.app import create_app

            project = Project.open(db, create=False)
            settings = Settings(db=Path(db), coder="bench")
            app = create_app(project, settings, document=doc_id)  # the real suggester, on
            async with app.run_test(size=SIZE) as pilot:
                while not (app.screen.query("Transcript") and app.screen.query_one("Transcript").lines):
                    await pilot.pause(0.005)
                await pilot.pause()
                shown = time.time()
                for _ in range(600):  # let the suggester process load, to report its memory too
                    if app.suggestions.ready or "failed" in app.suggestions.status:
                        break
                    await pilot.pause(0.1)
                process = getattr(app.suggestions.service, "_proc", None)
                if process is not None:
                    suggester_mib = peak_rss_mib(process.pid)
        else:
            from workbench.store import Project

            with Project.open(db, create=False) as project:
                text = project.document(doc_id, with_segments=False).text
            app = bare_app_class()(Path(db).with_name("bare.db"), text)
            async with app.run_test(size=SIZE) as pilot:
                await pilot.press("enter")
                shown = time.time()
        print(json.dumps({"shown": shown, "rss_mib": peak_rss_mib(), "suggester_mib": suggester_mib}))

    asyncio.run(run())


def peak_rss_mib(pid: int | str = "self") -> float | None:
    """A process's peak resident size. (ru_maxrss would include the parent's peak on Linux,
    which survives fork and exec; VmHWM belongs to this process image only.)"""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if pid == "self" else None


def fresh_process(kind: str, db: Path, doc_id: int) -> dict[str, float]:
    started = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--db", str(db), "--doc", str(doc_id)],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return {"startup": data["shown"] - started, "rss_mib": data.get("rss_mib"),
            "suggester_mib": data.get("suggester_mib")}


def alternating(kinds: tuple[str, str], db: Path, doc_id: int, runs: int) -> dict[str, list[dict]]:
    """Fresh processes of both kinds, taking turns, so background load hits both alike."""
    out: dict[str, list[dict]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind in kinds:
            out[kind].append(fresh_process(kind, db, doc_id))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", choices=("ours", "bare", "ours-corpus", "bare-corpus"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--doc", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.doc)
        return

    with tempfile.TemporaryDirectory() as tmp:
        db, doc_id = build_project(Path(tmp), args.words)
        from workbench.store import Project

        with Project.open(db, create=False) as project:
            text = project.document(doc_id, with_segments=False).text
            segments = len(project.segments(doc_id))
        ours = asyncio.run(measure_ours(db, args.repeat))
        bare = asyncio.run(measure_bare(db, text, args.repeat))
        first = alternating(("ours-corpus", "bare-corpus"), db, doc_id, args.repeat)
        fresh = alternating(("ours", "bare"), db, doc_id, max(1, args.repeat // 2))
        ours_fresh, bare_fresh = fresh["ours"], fresh["bare"]

    def pair(name: str, mine: float, reference: float, target: float | None, unit: str = "seconds") -> dict:
        entry = {f"workbench_{unit}": round(mine, 4), f"bare_textual_{unit}": round(reference, 4),
                 "ratio": round(mine / reference, 2) if reference else None}
        if target is not None:
            entry[f"target_{unit}_max"] = target
            entry["meets_target"] = mine <= target
        return {name: entry}

    first_screen = statistics.median(r["startup"] for r in first["ours-corpus"])
    floor = statistics.median(r["startup"] for r in first["bare-corpus"])
    startup = statistics.median(r["startup"] for r in ours_fresh)
    bare_startup = statistics.median(r["startup"] for r in bare_fresh)
    result = {
        "benchmark": "ui",
        "words": len(text.split()), "characters": len(text), "segments": segments,
        "terminal": f"{SIZE[0]}x{SIZE[1]} headless", "repeat": args.repeat,
        "first_screen": {
            "workbench_seconds": round(first_screen, 4), "bare_textual_sqlite3_seconds": round(floor, 4),
            "ratio": round(first_screen / floor, 2), "target_ratio_max": 1.5,
            "meets_target": first_screen <= 1.5 * floor,
            "what": "process start to the corpus table painted; workbench with the real suggester on",
        },
        **pair("startup_to_first_document", startup, bare_startup, 1.0),
        **pair("open_document", ours["open"], bare["open"], 0.3),
        "open_document_own_work_seconds": round(ours["open_own_work"], 4),
        **pair("code_key_to_committed_row", ours["key_to_row"], bare["key_to_row"], 0.03),
        **pair("peak_memory", max(r["rss_mib"] for r in ours_fresh), max(r["rss_mib"] for r in bare_fresh),
               None, unit="mib"),
        "suggester_process_peak_mib": max((r["suggester_mib"] for r in ours_fresh if r["suggester_mib"]),
                                          default=None),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
