"""Scale benchmarks on a synthetic study: each workbench timing beside a reference from the same run.

Run `benchmarks/make_corpus.py` first, then

    python benchmarks/scale_bench.py --db /tmp/study.db > results.json

Each entry gives the workbench's time, a reference measured in the same run on the
same data (raw sqlite3, raw spaCy, or a smaller case of the same operation) and their
ratio; entries with a target say whether it was met. Timings are the median of
`--repeat` runs after one warm-up, so they describe a project that is being worked
on (pages cached), not the first query after a reboot. Write benchmarks work on a
scratch copy, never on the study file.

Measured: import with NLP (against raw `nlp.pipe`, also with `n_process` on multi-core
machines), bulk coding inserts (against `executemany`), a filtered quote query and FTS
searches (target < 50 ms), a code × wave matrix (< 200 ms), agreement over the whole
study (< 5 s), opening the largest document in the workbench (against the smallest),
and peak memory (< 1 GB).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, UTC
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

SHARED_MODEL = REPO.parent / "shared" / "models" / "nb_udnorne_sm"


def timed(func, repeat: int) -> tuple[float, object]:
    """Median seconds of `repeat` runs after one warm-up run, and the last result."""
    result = func()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def entry(name: str, workbench: float, reference: float, reference_is: str, target: float | None = None,
          **extra) -> dict:
    out = {
        "name": name,
        "workbench_seconds": round(workbench, 5),
        "reference_seconds": round(reference, 5),
        "reference": reference_is,
        "ratio": round(workbench / reference, 2) if reference > 0 else None,
    }
    if target is not None:
        out["target_seconds"] = target
        out["meets_target"] = workbench < target
    out.update(extra)
    return out


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux's VmHWM belongs to this program alone; getrusage's ru_maxrss would also carry
    the parent's peak into a child started with fork and exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 2**10, 1)
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


# --- reads on the study ----------------------------------------------------------------


def bench_reads(project, raw: sqlite3.Connection, repeat: int) -> list[dict]:
    from workbench.analysis.matrices import code_matrix
    from workbench.analysis.quotes import QuoteFilter, find_quotes

    results = []
    leaf = raw.execute(
        "SELECT x.path FROM codes x WHERE NOT EXISTS (SELECT 1 FROM codes y WHERE y.parent_id = x.id) "
        "ORDER BY x.sort_order, x.id LIMIT 1 OFFSET 3"
    ).fetchone()[0]
    domain = leaf.split("/")[0]
    for label, code in (("leaf code", leaf), ("whole domain", domain)):
        flt = QuoteFilter.build(codes=[code], waves=["endpoint"], roles=["mentee"])
        seconds, quotes = timed(lambda: find_quotes(project, flt), repeat)
        raw_sql = (
            'SELECT c.id, substr(d.text, c.start + 1, c."end" - c.start) FROM codings c '
            "JOIN codes x ON x.id = c.code_id JOIN documents d ON d.id = c.document_id "
            "JOIN participants p ON p.id = d.participant "
            "WHERE (x.path = ? OR x.path LIKE ?) AND d.wave = 'endpoint' AND p.role = 'mentee'"
        )
        ref, rows = timed(lambda: raw.execute(raw_sql, [code, code + "/%"]).fetchall(), repeat)
        results.append(entry(f"quote query ({label}: {code}, endpoint, mentee)", seconds, ref,
                             "the same rows by one hand-written sqlite3 query",
                             0.05 if label == "leaf code" else None, quotes=len(quotes), rows=len(rows)))
    for query in ("mentoren", '"rett hylle"', "kompetanse*", "nettverket AND tilliten"):
        seconds, hits = timed(lambda: project.search(query, limit=200), repeat)
        ref, _ = timed(lambda: raw.execute(
            "SELECT rowid FROM segment_fts WHERE segment_fts MATCH ? LIMIT 200", [query]).fetchall(), repeat)
        results.append(entry(f"FTS search {query}", seconds, ref, "raw FTS5 MATCH of the same 200 rows",
                             0.05, hits=len(hits)))
    seconds, matrix = timed(lambda: code_matrix(project, "wave"), repeat)
    ref, _ = timed(lambda: raw.execute(
        "SELECT c.code_id, d.wave, count(*) FROM codings c JOIN documents d ON d.id = c.document_id "
        "GROUP BY c.code_id, d.wave").fetchall(), repeat)
    results.append(entry("code x wave matrix (segments, sub-codes included)", seconds, ref,
                         "raw count of codings per code and wave", 0.2, rows=len(matrix.rows)))
    return results


def bench_agreement(project, raw: sqlite3.Connection, repeat: int) -> list[dict]:
    try:
        from workbench.analysis.agreement.report import agreement_report, default_coders, load_corpus
    except ImportError:
        return [{"name": "agreement", "skipped": "workbench.analysis.agreement.report not present"}]

    def run(bootstrap: int):
        corpus = load_corpus(project)
        return agreement_report(corpus, default_coders(project.coders(), corpus), "segment", bootstrap=bootstrap)

    ref, _ = timed(lambda: (raw.execute('SELECT document_id, start, "end", code_id, coder_id FROM codings').fetchall(),
                            raw.execute('SELECT document_id, start, "end" FROM segments').fetchall()), repeat)
    out = []
    for bootstrap in (0, 1000):
        started = time.perf_counter()  # one run each: at study size a run can take minutes
        report = run(bootstrap)
        seconds = time.perf_counter() - started
        alpha = report["overall"].get("krippendorff_alpha")
        out.append(entry(f"agreement over the whole study (segments, bootstrap {bootstrap}; one run)", seconds, ref,
                         "reading every coding and segment with raw sqlite3", 5.0,
                         alpha=alpha, documents=report["documents"], codes=len(report["codes"]),
                         peak_rss_mb_so_far=rss_mb()))
        if bootstrap == 0 and seconds > 120:
            out.append({"name": "agreement with bootstrap 1000", "skipped": f"bootstrap 0 already took {seconds:.0f} s"})
            break
    return out


def bench_open_document(project, raw: sqlite3.Connection, repeat: int, with_ui: bool) -> list[dict]:
    largest, smallest = (raw.execute(f"SELECT id FROM documents ORDER BY length(text) {order} LIMIT 1").fetchone()[0]
                         for order in ("DESC", "ASC"))
    words = raw.execute("SELECT words FROM documents WHERE id = ?", [largest]).fetchone()[0]
    codings = raw.execute("SELECT count(*) FROM codings WHERE document_id = ?", [largest]).fetchone()[0]
    out = []
    try:
        from workbench.ui.session import CodingSession
    except ImportError:
        CodingSession = None
    if CodingSession is not None:
        def open_session(doc_id):
            session = CodingSession.open(project, doc_id, "kari")
            return session.codings()

        big, _ = timed(lambda: open_session(largest), repeat)
        small, _ = timed(lambda: open_session(smallest), repeat)
        out.append(entry("open largest document (session: text, segments, codings)", big, small,
                         "the same for the smallest document", words=words, codings=codings))
    if with_ui:
        try:
            big = statistics.median(ui_open(project, largest) for _ in range(max(1, repeat // 2)))
            small = statistics.median(ui_open(project, smallest) for _ in range(max(1, repeat // 2)))
            out.append(entry("open largest document in the Textual workbench (headless, to first paint)", big, small,
                             "the same for the smallest document", words=words, codings=codings))
        except ImportError as exc:
            out.append({"name": "open document in the Textual workbench", "skipped": str(exc)})
    return out


def ui_open(project, document_id: int) -> float:
    """Seconds from starting the app on `document_id` to the coding screen painted."""
    from workbench.settings import Settings
    from workbench.ui.app import create_app
    from workbench.ui.screens.coding import CodingScreen
    from workbench.ui.suggestions import SuggestionBridge

    settings = Settings(db=project.path, coder="kari", keys={})

    async def scenario() -> float:
        started = time.perf_counter()
        app = create_app(project, settings, SuggestionBridge(project, settings, enabled=False), document=document_id)
        async with app.run_test(size=(160, 50)) as pilot:
            while not isinstance(app.screen, CodingScreen):
                await pilot.pause()
            await pilot.pause()
            return time.perf_counter() - started

    return asyncio.run(scenario())


# --- writes on a scratch copy -----------------------------------------------------------


def bench_bulk_insert(study: Path, count: int) -> list[dict]:
    from workbench.core.models import Coding
    from workbench.store import Project

    scratch = Path(tempfile.mkdtemp()) / "scratch.db"
    source = sqlite3.connect(study)
    dest = sqlite3.connect(scratch)
    source.backup(dest)
    source.close()
    dest.close()
    with Project.open(scratch) as project:
        rng = random.Random(3)
        docs = project.query("SELECT id, length(text) AS n FROM documents")
        codes = [c.path for c in project.codes()]
        batch = []
        for _ in range(count):
            d = rng.choice(docs)
            start = rng.randrange(d["n"] - 200)
            batch.append(Coding(d["id"], start, start + rng.randint(20, 200), rng.choice(codes), "bench", None, "import"))
        started = time.perf_counter()
        project.import_codings(batch, actor="bench")
        ours = time.perf_counter() - started
        code_ids = {p: project.code_id(p) for p in codes}
        coder = project.coder_id("bench")
    raw = sqlite3.connect(scratch, isolation_level=None)
    rows = [(c.document_id, c.start, c.end, code_ids[c.code], coder, None, "import", "2025-01-01T00:00:00")
            for c in batch]
    started = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    raw.executemany('INSERT INTO codings(document_id, start, "end", code_id, coder_id, memo, origin, created) '
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    raw.execute("COMMIT")
    reference = time.perf_counter() - started
    raw.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(scratch) + suffix).unlink(missing_ok=True)
    return [entry(f"bulk insert of {count:,} codings (checked, one transaction, audited)", ours, reference,
                  "raw sqlite3 executemany of the same rows", per_second=round(count / ours))]


# --- import with NLP, in a child process (its memory is reported apart) ----------------------


def bench_import_nlp(documents: int, words: int) -> dict:
    """Import `documents` new transcripts and analyse them, against raw nlp.pipe on the same texts."""
    import make_corpus

    from workbench.io.codebooks.yaml_format import load_codebook
    from workbench.io.transcripts.batch import import_files
    from workbench.nlp.analysis import AnalysisCache
    from workbench.nlp.pipeline import choose_pipeline, load_pipeline
    from workbench.store import Project

    folder = Path(tempfile.mkdtemp())
    rng = random.Random(11)
    texts = []
    for n in range(documents):
        text = make_corpus.transcript(rng, words, "mentee")
        texts.append(text)
        (folder / f"N{n:03d}.txt").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    pipeline = load_pipeline(choose_pipeline(str(SHARED_MODEL) if SHARED_MODEL.is_dir() else None))
    load_seconds = time.perf_counter() - started
    total_words = sum(len(t.split()) for t in texts)

    with Project.open(folder / "import.db") as project:
        project.import_codebook(load_codebook(REPO / "codebooks" / "mentoring.yaml"))
        started = time.perf_counter()
        report = import_files(project, sorted(folder.glob("*.txt")), flags={"wave": "baseline"}, coder="bench")
        imported = time.perf_counter() - started
        cache = AnalysisCache(project, pipeline)
        cache.prepare_all()
        ours = time.perf_counter() - started
    import_peak_mb = rss_mb()  # before the references below, which hold their own Doc batches
    assert len(report.imported) == documents, report.failed
    nlp = pipeline.nlp
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    reference = time.perf_counter() - started
    out = entry(f"import with NLP of {documents} transcripts ({total_words:,} words)", ours, reference,
                "raw nlp.pipe over the same texts, one process",
                pipeline=pipeline.choice.name, pipeline_kind=pipeline.choice.kind,
                pipeline_load_seconds=round(load_seconds, 2), import_without_nlp_seconds=round(imported, 3),
                words_per_second=round(total_words / ours),
                study_estimate_minutes=round(5_000_000 / (total_words / ours) / 60, 1))
    processes = min(os.cpu_count() or 1, 4)
    if processes > 1:
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
            pass
        out["reference_n_process"] = processes
        out["reference_n_process_seconds"] = round(time.perf_counter() - started, 3)
        out["ratio_to_n_process"] = round(ours / out["reference_n_process_seconds"], 2)
    out["child_peak_rss_mb_after_our_import"] = import_peak_mb
    out["child_peak_rss_mb_with_references"] = rss_mb()
    return out


# --- driver ----------------------------------------------------------------------------


def machine() -> dict:
    info = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "platform": platform.platform(),
            "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["processor"] = line.split(":", 1)[1].strip()
                break
        mem = next(line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
        info["memory_gb"] = round(int(mem.split()[1]) / 2**20, 1)
    except (OSError, StopIteration):
        pass
    return info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="Study made by make_corpus.py.")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--nlp-documents", type=int, default=10, help="Transcripts to import with NLP (0: skip).")
    parser.add_argument("--insert", type=int, default=20_000, help="Codings in the bulk-insert benchmark (0: skip).")
    parser.add_argument("--no-ui", action="store_true", help="Skip opening the document in the Textual app.")
    parser.add_argument("--no-agreement", action="store_true", help="Skip agreement over the whole study.")
    parser.add_argument("--child-nlp", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child_nlp:
        print(json.dumps(bench_import_nlp(args.nlp_documents, 5000)))
        return

    from workbench.store import Project

    baseline_rss = rss_mb()
    load_at_start = round(os.getloadavg()[0], 2)
    results: list[dict] = []
    raw = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    study = {
        "documents": raw.execute("SELECT count(*) FROM documents").fetchone()[0],
        "words": raw.execute("SELECT sum(words) FROM documents").fetchone()[0],
        "segments": raw.execute("SELECT count(*) FROM segments").fetchone()[0],
        "codings": raw.execute("SELECT count(*) FROM codings").fetchone()[0],
        "coders": raw.execute("SELECT count(DISTINCT coder_id) FROM codings").fetchone()[0],
        "megabytes": round(args.db.stat().st_size / 2**20, 1),
    }
    started = time.perf_counter()
    project = Project.open(args.db, create=False)
    open_seconds = time.perf_counter() - started
    ref, _ = timed(lambda: sqlite3.connect(args.db).execute("SELECT count(*) FROM documents").fetchone(), 3)
    results.append(entry("open the project file (pragmas, schema check)", open_seconds, ref,
                         "raw sqlite3 connect and one query"))
    results += bench_reads(project, raw, args.repeat)
    results += bench_open_document(project, raw, args.repeat, not args.no_ui)
    if args.insert:
        results += bench_bulk_insert(args.db, args.insert)
    if args.nlp_documents:
        child = subprocess.run([sys.executable, __file__, "--db", str(args.db), "--child-nlp",
                                "--nlp-documents", str(args.nlp_documents)], capture_output=True, text=True)
        if child.returncode == 0:
            results.append(json.loads(child.stdout.strip().splitlines()[-1]))
        else:
            results.append({"name": "import with NLP", "error": child.stderr.strip().splitlines()[-1:]})
    before_agreement = rss_mb()
    if not args.no_agreement:
        results += bench_agreement(project, raw, args.repeat)
    project.close()
    raw.close()
    peak = rss_mb()
    results.append({"name": "peak memory of the study workload (open, queries, UI, inserts, then agreement)",
                    "peak_rss_mb": peak, "peak_rss_mb_before_agreement": before_agreement,
                    "reference_rss_mb": baseline_rss,
                    "reference": "this process after starting Python and importing workbench",
                    "ratio": round(peak / baseline_rss, 2), "target_mb": 1024, "meets_target": peak < 1024})
    machine_info = machine()
    machine_info["load_average_1min_at_start"] = load_at_start
    machine_info["load_average_1min_at_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps({
        "benchmark": "scale",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine_info,
        "study": study,
        "results": results,
    }, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
