"""Benchmark: what the first `suggest` on a coded project costs beside a warm one, as JSON.

`suggest` on a project whose stored model is current only loads it; one on coding no
model has seen trains one first (and stores it). Every call is run as the user runs it,
as `workbench suggest --text …` in a fresh process each, on a study made by
`benchmarks/make_corpus.py`, along the paths a user takes to a coded project (`--path`):

- `prepared`: a scratch copy of the study, analysed beforehand the way the workbench
  analyses a project in the background when it is opened (`SuggestionService.prepare_all`:
  analyses, and the rules' evidence of every segment stored beside them); then suggest.
- `cli-import`: the study's transcripts and codings written out as files and brought into
  a new project through the command line, as the README shows (`init --codebook`,
  `import` of the transcript files, `codings import` of the CSV); then suggest. The
  import commands are timed too (the coding command trains the model at its end).
- `untrained`: as `cli-import`, then every document is analysed (the workbench does that
  in the background) and the stored models and rule evidence are deleted before the first
  suggest, which so finds what a changed codebook leaves it (analyses, but no model or
  rule evidence it can use; both are keyed by the codebook) and trains from there.

Printed per path: the first call's wall time and peak memory (the process's maximum
resident set), the warm calls' (median of `--warm`, measured in the same run), the ratio
first ÷ warm, the stored model, and the issue's targets (ratio at most 3, peak under
400 MB at a million words). On a large project a `suggest` whose model is behind answers
from what is valid and says so (`model_note`) instead of training; then the run also
times `suggest --train` (training on request, as a ratio to the same warm median) and
says whether the suggestions after training are the same list.

    python benchmarks/suggest_cost_bench.py --documents 1056 --words 950 --codings 14000
    python benchmarks/suggest_cost_bench.py --db /tmp/study.db   # an existing study, copied first
    python benchmarks/suggest_cost_bench.py --db /tmp/study.db --path cli-import
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


def measured(args: list[str], env: dict[str, str], stderr: bool = False):
    """Run a child; (wall seconds, its own peak resident set in MB, its stdout[, its stderr])."""
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
        if stderr:
            return seconds, usage.ru_maxrss / 1024, out.read(), err.read()
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


#: Write a study's transcripts as text files (named as its documents) into a folder.
EXPORT = """
import sys
from pathlib import Path
from workbench.store import Project
project = Project.open(sys.argv[1])
for row in project.documents():
    doc = project.document(row["id"], with_segments=False)
    (Path(sys.argv[2]) / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
project.close()
"""
#: Analyse every document not analysed yet (nothing else: no rule evidence).
ANALYSE = """
import sys
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project
project = Project.open(sys.argv[1])
service = SuggestionService(project, Settings(db=sys.argv[1]), background=False)
service.load()
print(service.analyses.prepare_all())
project.close()
"""
#: What a project whose codebook changed gives the first suggest after (its model and its rule
#: evidence are keyed by the codebook): analyses, but no stored model or evidence it can use.
FORGET = ("DELETE FROM suggester_models", "DELETE FROM doc_analyses WHERE pipeline LIKE '%|rules:%'")
PATHS = ("prepared", "cli-import", "untrained")


def suggest_calls(db: Path, env: dict[str, str], py: str, text: str, warm_runs: int) -> dict:
    """The first `suggest` on `db` and `warm_runs` after it, with the model they left; when the
    first said its model is not current (a large project: it answered from what was valid),
    also `suggest --train` (which trains and stores the model) and one call after it."""
    cli = [py, "-m", "workbench.cli", "--db", str(db), "suggest", "--text", text, "--json"]
    first_s, first_mb, first_out, first_err = measured(cli, env, stderr=True)
    warm = [measured(cli, env) for _ in range(warm_runs)]
    warm_s = statistics.median(w[0] for w in warm)
    note = json.loads(first_out).get("model_note")
    trained = None
    if note:
        train_s, train_mb, _out = measured(cli[:-3] + ["--train", *cli[-3:]], env)
        _s, _mb, after_out = measured(cli, env)
        after = [s["code"] for s in json.loads(after_out)["suggestions"]]
        trained = {"what": "suggest --train (trains and stores the model, then answers)",
                   "seconds": round(train_s, 2), "peak_mb": round(train_mb),
                   "ratio_to_warm": round(train_s / warm_s, 2),
                   "suggestions_after": after,
                   "same_as_first": after == [s["code"] for s in json.loads(first_out)["suggestions"]]}
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT version, meta FROM suggester_models ORDER BY rowid DESC LIMIT 1").fetchone()
    meta = json.loads(row[1]) if row else {}
    report = {
        "first": {"seconds": round(first_s, 2), "peak_mb": round(first_mb),
                  "suggestions": [s["code"] for s in json.loads(first_out)["suggestions"]],
                  "model_note": note, "said": [line for line in first_err.splitlines() if line.startswith("suggester")]},
        "warm": {"median_seconds": round(warm_s, 2), "runs": [round(w[0], 2) for w in warm],
                 "peak_mb": round(max(w[1] for w in warm))},
        "ratio_first_to_warm": round(first_s / warm_s, 2),
        "model": {"version": row[0] if row else None, "segments": meta.get("segments"),
                  "coded_segments": meta.get("labelled"), "training_seconds": meta.get("seconds"),
                  "modes": meta.get("modes")},
    }
    report["targets_met"] = {"ratio": report["ratio_first_to_warm"] <= TARGET_RATIO,
                             "peak": first_mb < TARGET_PEAK_MB}
    if trained is not None:
        report["train_when_asked"] = trained
    return report


def prepared_path(study: Path, tmp: Path, env: dict[str, str], py: str, args) -> dict:
    """A copy of the study, prepared as the workbench does in the background; then suggest."""
    db = tmp / "prepared.db"
    shutil.copyfile(study, db)
    seconds, peak, out = measured([py, "-c", PREPARE, str(db)], env)
    return {"prepare": {"what": "analyses and rule evidence of every segment (SuggestionService.prepare_all)",
                        "documents_analysed": int(out.strip() or 0), "seconds": round(seconds, 2),
                        "peak_mb": round(peak)},
            **suggest_calls(db, env, py, args.text, args.warm)}


def cli_import_path(study: Path, tmp: Path, env: dict[str, str], py: str, args, forget: bool) -> dict:
    """The study's files through `init`, `import` and `codings import`; then suggest (after
    deleting models and evidence when `forget`)."""
    files = tmp / f"files-{forget}"
    (files / "transcripts").mkdir(parents=True)
    db = tmp / f"cli-{forget}.db"
    measured([py, "-c", EXPORT, str(study), str(files / "transcripts")], env)
    measured([py, "-m", "workbench.cli", "--db", str(study), "codings", "export", str(files / "codings.csv")], env)
    wb = [py, "-m", "workbench.cli", "--db", str(db)]
    measured(wb + ["init", "--codebook", str(REPO / "codebooks" / "mentoring.yaml")], env)
    steps = {}
    transcripts = sorted(str(f) for f in (files / "transcripts").iterdir())
    seconds, peak, _out = measured(wb + ["import", *transcripts], env)
    steps["import_transcripts"] = {"files": len(transcripts), "seconds": round(seconds, 2), "peak_mb": round(peak)}
    seconds, peak, _out, said = measured(wb + ["codings", "import", str(files / "codings.csv")], env, stderr=True)
    steps["codings_import"] = {"seconds": round(seconds, 2), "peak_mb": round(peak),
                               "said": [line for line in said.splitlines() if line.startswith("suggester")]}
    if forget:
        measured([py, "-c", ANALYSE, str(db)], env)
        with sqlite3.connect(db) as conn:
            for statement in FORGET:
                conn.execute(statement)
    return {**steps, **suggest_calls(db, env, py, args.text, args.warm)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing study (copied; default: make one)")
    parser.add_argument("--documents", type=int, default=1056)
    parser.add_argument("--words", type=int, default=950)
    parser.add_argument("--codings", type=int, default=14000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--warm", type=int, default=3, help="warm calls (median reported)")
    parser.add_argument("--text", default=TEXT)
    parser.add_argument("--path", choices=(*PATHS, "all"), default="all",
                        help="how the project is made before the first suggest (default: each in turn)")
    args = parser.parse_args()

    py = sys.executable
    report: dict = {"load_average_before": [round(v, 2) for v in os.getloadavg()]}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        study = tmp / "study.db"
        if args.db is not None:
            shutil.copyfile(args.db, study)
            report["study"] = {"from": str(args.db)}
        else:
            made = [py, str(REPO / "benchmarks" / "make_corpus.py"), "--out", str(study), "--documents",
                    str(args.documents), "--words", str(args.words), "--codings", str(args.codings), "--quiet"]
            if args.seed is not None:
                made += ["--seed", str(args.seed)]
            _s, _p, out = measured(made, env)
            report["study"] = json.loads(out)
        for path in PATHS if args.path == "all" else (args.path,):
            # a data folder of its own per path, as on a new machine: the word tables and the fitted
            # cold start are written there by the first command that needs them, as for a user
            path_env = {**env, "XDG_DATA_HOME": str(tmp / f"data-{path}")}
            if path == "prepared":
                report[path] = prepared_path(study, tmp, path_env, py, args)
            else:
                report[path] = cli_import_path(study, tmp, path_env, py, args, forget=path == "untrained")
    report["load_average_after"] = [round(v, 2) for v in os.getloadavg()]  # 1, 5, 15 minutes: how busy the machine was
    report["targets"] = {"ratio_at_most": TARGET_RATIO, "peak_mb_under": TARGET_PEAK_MB}
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
