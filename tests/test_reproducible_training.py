"""Training the suggester twice on the same project, coding and codebook gives the same model.

The model version is the audit id the coding goes up to and a hash of the stored model's
bytes (`trainer.train_and_store`), so the same coding must give the same bytes, or a
researcher would see a new version, and possibly other suggestions, for nothing. Each
training here runs in a process of its own with its own string-hash seed (Python orders sets
of strings by it, and the rules' evidence is gathered from such sets) and its own data
folder, as two machines or two runs would. The project is synthetic (the topic sentences of
test_nlp_service).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from test_nlp_service import CODES, add_document, code_topics, transcript

from workbench.store import Project

REPO = Path(__file__).resolve().parents[1]
TRAIN = """
import json, sys
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project
project = Project.open(sys.argv[1])
service = SuggestionService(project, Settings(db=sys.argv[1]), background=False)
service.load()
version = service.retrain()
doc = project.resolve_document(sys.argv[2])
scores = [[(s.code, s.score) for s in service.suggest(doc, seg.start, seg.end, top=5)]
          for seg in project.segments(doc)[:40]]
print(json.dumps({"version": version, "scores": scores}))
"""


def _train_in_child(db: Path, hash_seed: str, data: Path, document: str = "D3") -> dict:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "XDG_DATA_HOME": str(data),
           "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", TRAIN, str(db), document], env=env, capture_output=True, text=True,
                          cwd=REPO, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_two_trainings_of_the_same_coding_give_the_same_version_and_scores(tmp_path):
    path = tmp_path / "coded.db"
    project = Project.open(path)
    project.import_codebook(CODES)
    for name, rounds, offset in (("D1", 6, 0), ("D2", 6, 1), ("D3", 2, 2)):
        doc = add_document(project, name, transcript(rounds, offset=offset))
        if name != "D3":
            code_topics(project, doc)
    project.close()
    copies = []
    for n in (1, 2):
        copies.append(tmp_path / f"copy{n}.db")
        shutil.copyfile(path, copies[-1])
    first = _train_in_child(copies[0], "1", tmp_path / "data1")
    second = _train_in_child(copies[1], "2", tmp_path / "data2")
    assert first["version"] is not None and first["version"].startswith("m")
    assert first["version"] == second["version"]
    assert first["scores"] == second["scores"]  # the same suggestions, score for score
    with Project.open(copies[0]) as one, Project.open(copies[1]) as two:
        assert one.latest_suggester_model()["blob"] == two.latest_suggester_model()["blob"]


def test_the_same_holds_with_the_shipped_codebook_and_its_example_passages(tmp_path):
    """The shipped codebook adds the cold start (its example passages, fitted in each data
    folder afresh) and the word tables, both written anew by each process here."""
    path = tmp_path / "study.db"
    made = subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), "--out", str(path),
                           "--documents", "20", "--words", "400", "--codings", "800", "--quiet"],
                          capture_output=True, text=True, cwd=REPO, timeout=300, check=False)
    assert made.returncode == 0, made.stderr[-2000:]
    with Project.open(path) as project:
        document = project.documents()[0]["name"]
    copies = [tmp_path / "one.db", tmp_path / "two.db"]
    for copy in copies:
        shutil.copyfile(path, copy)
    first = _train_in_child(copies[0], "3", tmp_path / "data1", document)
    second = _train_in_child(copies[1], "4", tmp_path / "data2", document)
    assert first["version"] is not None
    assert first == second
