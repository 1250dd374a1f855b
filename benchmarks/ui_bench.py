"""Benchmark: the terminal workbench beside a bare Textual app doing the same drawing.

Measures, on a generated 30,000-word group interview:

* startup: from starting a fresh Python process to the first document drawn;
* open: from pressing enter on the corpus to the transcript drawn (and, separately, the
  part of it that is the workbench's own work: loading, wrapping, colouring);
* code key: from pressing `1` to the coding committed in the project file;
* memory: peak resident size of a process with the document open.

The reference is a bare Textual app in the same run: a line-API view of the same
text wrapped with `textwrap`, a key that INSERTs and COMMITs one row into SQLite, and
the same headless driver. Each timing is the median of `--repeat` runs, printed as
JSON beside the reference with their ratio. Targets (2-core machine): open < 0.3 s,
key to row < 30 ms, startup < 1 s.

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
        BINDINGS = [("enter", "open", "open"), ("1", "code", "code")]

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

def child(kind: str, db: str, doc_id: int) -> None:
    """Run in a fresh process: open the document, report when it is drawn and the peak RSS."""

    async def run() -> None:
        if kind == "ours":
            from workbench.settings import Settings
            from workbench.store import Project
            from workbench.ui.app import create_app
            from workbench.ui.suggestions import SuggestionBridge

            project = Project.open(db, create=False)
            settings = Settings(db=Path(db), coder="bench")
            app = create_app(project, settings, suggestions=SuggestionBridge(project, settings, enabled=False),
                             document=doc_id)
            async with app.run_test(size=SIZE) as pilot:
                while not (app.screen.query("Transcript") and app.screen.query_one("Transcript").lines):
                    await pilot.pause(0.005)
                await pilot.pause()
                shown = time.time()
        else:
            from workbench.store import Project

            with Project.open(db, create=False) as project:
                text = project.document(doc_id, with_segments=False).text
            app = bare_app_class()(Path(db).with_name("bare.db"), text)
            async with app.run_test(size=SIZE) as pilot:
                await pilot.press("enter")
                shown = time.time()
        print(json.dumps({"shown": shown, "rss_mib": peak_rss_mib()}))

    asyncio.run(run())


def peak_rss_mib() -> float:
    """This process's peak resident size. (ru_maxrss would include the parent's peak on Linux,
    which survives fork and exec; VmHWM belongs to this process image only.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fresh_process(kind: str, db: Path, doc_id: int) -> dict[str, float]:
    started = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--db", str(db), "--doc", str(doc_id)],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return {"startup": data["shown"] - started, "rss_mib": data["rss_mib"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", choices=("ours", "bare"), help=argparse.SUPPRESS)
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
        ours_fresh = [fresh_process("ours", db, doc_id) for _ in range(max(1, args.repeat // 2))]
        bare_fresh = [fresh_process("bare", db, doc_id) for _ in range(max(1, args.repeat // 2))]

    def pair(name: str, mine: float, reference: float, target: float | None, unit: str = "seconds") -> dict:
        entry = {f"workbench_{unit}": round(mine, 4), f"bare_textual_{unit}": round(reference, 4),
                 "ratio": round(mine / reference, 2) if reference else None}
        if target is not None:
            entry[f"target_{unit}_max"] = target
            entry["meets_target"] = mine <= target
        return {name: entry}

    startup = statistics.median(r["startup"] for r in ours_fresh)
    bare_startup = statistics.median(r["startup"] for r in bare_fresh)
    result = {
        "benchmark": "ui",
        "words": len(text.split()), "characters": len(text), "segments": segments,
        "terminal": f"{SIZE[0]}x{SIZE[1]} headless", "repeat": args.repeat,
        **pair("startup_to_first_document", startup, bare_startup, 1.0),
        **pair("open_document", ours["open"], bare["open"], 0.3),
        "open_document_own_work_seconds": round(ours["open_own_work"], 4),
        **pair("code_key_to_committed_row", ours["key_to_row"], bare["key_to_row"], 0.03),
        **pair("peak_memory", max(r["rss_mib"] for r in ours_fresh), max(r["rss_mib"] for r in bare_fresh),
               None, unit="mib"),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
