"""Benchmark: what the first `suggest` on a coded project costs beside a warm one, as JSON.

The first suggestion on a project with coding but no trained model trains one (and
stores it); every later call only loads it. Both are run as the user runs them, as
`workbench suggest --text …` in a fresh process each, on a scratch copy of a study made
by `benchmarks/make_corpus.py` and analysed beforehand the way the workbench analyses
a project in the background (`SuggestionService.prepare_all`: analyses, and the rules'
evidence of every segment stored beside them). Printed: the first call's wall time and
peak memory (the process's maximum resident set), the warm calls' (median of
`--warm`, measured in the same run), the ratio first ÷ warm, and the issue's targets
(ratio at most 3, peak under 400 MB at a million words).

    python benchmarks/suggest_cost_bench.py --documents 1056 --words 950 --codings 14000
    python benchmarks/suggest_cost_bench.py --db /tmp/study.db   # an existing study, copied first
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXT = "Mentoren min hjalp meg å skrive CV og søknad, og hun kjente en leder i bedriften der jeg fikk jobb."
#: The issue's targets at a million words.
TARGET_RATIO, TARGET_PEAK_MB = 3.0, 400


def measured(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a child; (wall seconds, its own peak resident set in MB, its stdout)."""
    with tempfile.TemporaryFile(mode="w+") as out, tempfile.TemporaryFile(mode="w+") as err:
        started = time.perf_counter()
        # run in the repository: `python -m`/`-c` put the working directory first on the path,
        # so from another checkout the children would import that checkout's workbench
        child = subprocess.Popen(args, stdout=out, stderr=err, env=env, text=True, cwd=REPO)
        _pid, status, usage = os.wait4(child.pid, 0)  # this child's own rusage, not all children's
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            raise SystemExit(f"{' '.join(args[:4])}… failed ({child.returncode}): {err.read().strip()[-500:]}")
        return seconds, usage.ru_maxrss / 1024, out.read()


PREPARE = """
import sys
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project
project = Project.open(sys.argv[1])
service = SuggestionService(project, Settings(db=sys.argv[1]), background=False)
service.load()
print(service.prepare_all())
project.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing study (copied; default: make one)")
    parser.add_argument("--documents", type=int, default=1056)
    parser.add_argument("--words", type=int, default=950)
    parser.add_argument("--codings", type=int, default=14000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--warm", type=int, default=3, help="warm calls (median reported)")
    parser.add_argument("--text", default=TEXT)
    args = parser.parse_args()

    py = sys.executable
    report: dict = {"load_average_before": [round(v, 2) for v in os.getloadavg()]}
    with tempfile.TemporaryDirectory() as tmp:
        # a data folder of its own: the fitted cold start is kept there (example_model), and
        # the one the prepare step fits is what the first call finds, as for a user
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               "XDG_DATA_HOME": str(Path(tmp) / "data")}
        db = Path(tmp) / "study.db"
        if args.db is not None:
            shutil.copyfile(args.db, db)
            report["study"] = {"from": str(args.db)}
        else:
            made = [py, str(REPO / "benchmarks" / "make_corpus.py"), "--out", str(db), "--documents",
                    str(args.documents), "--words", str(args.words), "--codings", str(args.codings), "--quiet"]
            if args.seed is not None:
                made += ["--seed", str(args.seed)]
            _s, _p, out = measured(made, env)
            report["study"] = json.loads(out)
        seconds, peak, out = measured([py, "-c", PREPARE, str(db)], env)
        report["prepare"] = {"what": "analyses and rule evidence of every segment (SuggestionService.prepare_all)",
                             "documents_analysed": int(out.strip() or 0), "seconds": round(seconds, 2),
                             "peak_mb": round(peak)}
        cli = [py, "-m", "workbench.cli", "--db", str(db), "suggest", "--text", args.text, "--json"]
        first_s, first_mb, first_out = measured(cli, env)
        warm = [measured(cli, env) for _ in range(args.warm)]
        warm_s = statistics.median(w[0] for w in warm)
        with sqlite3.connect(db) as conn:
            row = conn.execute("SELECT version, meta FROM suggester_models ORDER BY rowid DESC LIMIT 1").fetchone()
        meta = json.loads(row[1]) if row else {}
    report["first"] = {"seconds": round(first_s, 2), "peak_mb": round(first_mb),
                       "suggestions": [s["code"] for s in json.loads(first_out)["suggestions"]]}
    report["warm"] = {"median_seconds": round(warm_s, 2), "runs": [round(w[0], 2) for w in warm],
                      "peak_mb": round(max(w[1] for w in warm))}
    report["ratio_first_to_warm"] = round(first_s / warm_s, 2)
    report["model"] = {"version": row[0] if row else None, "segments": meta.get("segments"),
                       "coded_segments": meta.get("labelled"), "training_seconds": meta.get("seconds"),
                       "modes": meta.get("modes")}
    report["load_average_after"] = [round(v, 2) for v in os.getloadavg()]  # 1, 5, 15 minutes: how busy the machine was
    report["targets"] = {"ratio_at_most": TARGET_RATIO, "peak_mb_under": TARGET_PEAK_MB,
                         "ratio_met": report["ratio_first_to_warm"] <= TARGET_RATIO,
                         "peak_met": report["first"]["peak_mb"] < TARGET_PEAK_MB}
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
