"""The commands that write coding leave the suggester's model current, so `suggest` only loads it.

Synthetic data (the topic sentences of test_nlp_service). No timings: the cost figures
come from benchmarks/suggest_cost_bench.py (`--path cli-import`); these tests check who
trains when, and that a model trained at the end of a command is the one `suggest`
would have trained itself.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.test_nlp_service import CODES, TOPICS, add_document, transcript
from workbench.cli import main
from workbench.nlp.service import SuggestionService
from workbench.nlp.upkeep import RETRAIN_AFTER, keep_current
from workbench.settings import Settings
from workbench.store import Project

REPO = Path(__file__).resolve().parents[1]


def run(db: Path, *args: str) -> tuple[str, str]:
    result = CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout, result.stderr


def topic_rows(project: Project, names: list[str], coder: str = "kari") -> list[dict]:
    """A codings CSV's rows coding every topic sentence of these documents with its topic."""
    rows = []
    for name in names:
        doc_id = project.resolve_document(name)
        text = project.document(doc_id).text
        for seg in project.segments(doc_id):
            for code, sentences in TOPICS.items():
                if text[seg.start:seg.end] in sentences:
                    rows.append({"document": name, "coder": coder, "code": code, "start": seg.start,
                                 "end": seg.end, "memo": ""})
    return rows


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, ["document", "coder", "code", "start", "end", "memo"])
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def uncoded(tmp_path):
    """A project with a codebook and four transcripts, nothing coded; and the codings CSV for three."""
    db = tmp_path / "p.db"
    with Project.open(db) as project:
        project.import_codebook(CODES)
        for i in range(4):
            add_document(project, f"D{i}", transcript(5, offset=i))
        rows = topic_rows(project, ["D0", "D1", "D2"])
    return db, write_csv(tmp_path / "codings.csv", rows)


def service_on(db: Path) -> SuggestionService:
    service = SuggestionService(Project.open(db), Settings(db=db), background=False)
    service.load()
    return service


def no_training(monkeypatch):
    """Make any training in this process fail the test."""
    def refuse(self):
        raise AssertionError("suggest trained a model")
    monkeypatch.setattr(SuggestionService, "retrain", refuse)


def test_importing_codings_leaves_a_current_model_and_suggest_only_loads_it(uncoded, monkeypatch):
    db, codings = uncoded
    out, err = run(db, "codings", "import", str(codings))
    assert "imported" in out
    assert err.startswith("suggester: no model trained yet; trained model m") and "coded segment" in err
    service = service_on(db)
    assert service.behind == 0 and not service.stale and service.model_version.startswith("m")
    version = service.model_version
    no_training(monkeypatch)
    out, _err = run(db, "suggest", "--text", "Naboen min visste om en jobb, sa en bekjent.", "--json")
    assert json.loads(out)["suggestions"][0]["code"].startswith("network")
    assert json.loads(run(db, "suggest", "--text", "Jeg tok norskkurs.", "--json")[0])["suggestions"]
    with Project.open(db) as project:
        assert project.latest_suggester_model()["version"] == version  # nothing new was stored


def test_the_model_a_command_trains_is_the_one_suggest_would_have_trained(uncoded, tmp_path):
    db, codings = uncoded
    twin = tmp_path / "twin.db"
    twin.write_bytes(db.read_bytes())
    run(db, "codings", "import", str(codings))
    with Project.open(twin) as project:  # the same codings, written without the command
        from workbench.io.codings_csv import read_codings_csv

        project.import_codings(read_codings_csv(codings, project, "root"), actor="root")
    run(twin, "suggest", "--text", "Naboen min visste om en jobb.")  # trains, as before
    with Project.open(db) as a, Project.open(twin) as b:
        mine, theirs = a.latest_suggester_model(), b.latest_suggester_model()
        assert mine["blob"] == theirs["blob"] and mine["meta"]["mode_of"] == theirs["meta"]["mode_of"]


def test_importing_a_coded_qdpx_project_leaves_a_current_model(uncoded, tmp_path, monkeypatch):
    db, codings = uncoded
    run(db, "codings", "import", str(codings))
    run(db, "export", "qdpx", "--out", "study", "--dir", str(tmp_path))
    other = tmp_path / "other.db"
    run(other, "init")
    out, err = run(other, "import", str(tmp_path / "study.qdpx"))
    with Project.open(other) as project, Project.open(db) as source:  # the coding came with it
        assert len(project.codings()) == len(source.codings()) > 0
    assert err.startswith("suggester: no model trained yet; trained model m")
    assert service_on(other).behind == 0
    no_training(monkeypatch)
    run(other, "suggest", "--text", "Naboen min visste om en jobb.")
    _out, err = run(other, "import", str(tmp_path / "study.qdpx"))  # nothing new: nothing trained
    assert "suggester" not in err


def test_single_codings_train_once_the_model_is_retrain_after_behind(uncoded, monkeypatch):
    db, codings = uncoded
    run(db, "codings", "import", str(codings))
    with Project.open(db) as project:
        version = project.latest_suggester_model()["version"]
        segs = project.segments(project.resolve_document("D3"))[:RETRAIN_AFTER]
    for n, seg in enumerate(segs, 1):
        out, err = run(db, "code", "D3", str(seg.start), str(seg.end), "network/weak_ties")
        assert out.startswith("coding ")
        if n < RETRAIN_AFTER:
            assert err == ""  # fewer changes behind: the model is used as it is
            service = service_on(db)
            assert service.behind == n and service.model_version == version
            with monkeypatch.context() as patched:
                no_training(patched)
                run(db, "suggest", "--text", "Naboen min visste om en jobb.")
        else:
            assert err.startswith(f"suggester: {RETRAIN_AFTER} coding changes since the model was trained; trained")
    service = service_on(db)
    assert service.behind == 0 and service.model_version != version
    run(db, "undo")  # one change: left as it is
    assert service_on(db).behind == 1


def test_coding_passage_by_passage_never_trains_the_first_model(uncoded):
    db, _codings = uncoded
    with Project.open(db) as project:
        segs = project.segments(project.resolve_document("D0"))[:RETRAIN_AFTER + 1]
    for seg in segs:
        _out, err = run(db, "code", "D0", str(seg.start), str(seg.end), "network/weak_ties")
        assert err == ""
    with Project.open(db) as project:
        assert project.latest_suggester_model() is None


def test_a_changed_codebook_is_trained_for_at_the_end_of_its_import(uncoded, tmp_path):
    db, codings = uncoded
    run(db, "codings", "import", str(codings))
    before = service_on(db).model_version
    book = tmp_path / "more.yaml"
    book.write_text("codes:\n  - key: network\n    label: Nettverk\n    keywords: [nettverk, kontakter]\n",
                    encoding="utf-8")
    _out, err = run(db, "codebook", "import", str(book))
    assert err.startswith("suggester: the codebook changed since the model was trained; trained model")
    after = service_on(db)
    assert after.behind == 0 and after.model_version != before
    _out, err = run(db, "codebook", "import", str(book))  # the same again: nothing changed, nothing trained
    assert err == ""


def test_nothing_is_trained_without_coding_and_a_current_model_is_not_loaded(uncoded):
    db, codings = uncoded
    with Project.open(db) as project:
        assert keep_current(project, Settings(db=db)) is None  # a codebook, no coding
        assert project.latest_suggester_model() is None
    run(db, "codings", "import", str(codings))
    child = ("import sys; from workbench.nlp.upkeep import keep_current; from workbench.settings import Settings; "
             "from workbench.store import Project; p = Project.open(sys.argv[1]); "
             "print(keep_current(p, Settings(db=sys.argv[1])), 'spacy' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", child, str(db)], capture_output=True, text=True, env=env,
                         check=True, timeout=120, cwd=REPO).stdout
    assert out.split() == ["None", "False"]  # current: told from the project alone, spaCy never imported


def test_the_expected_pipeline_key_is_the_loaded_one():
    from workbench.nlp.pipeline import PipelineChoice, choose_pipeline, expected_cache_key, load_pipeline

    fallback = choose_pipeline("no-such-pipeline")
    assert expected_cache_key(fallback) == load_pipeline(fallback).cache_key
    full = REPO.parent / "shared" / "models" / "nb_udnorne_sm"
    if full.is_dir():
        choice = PipelineChoice(str(full), "full", "test")
        assert expected_cache_key(choice) == load_pipeline(choice).cache_key
    assert expected_cache_key(PipelineChoice("no_such_package_anywhere", "full", "test")) is None


def test_a_command_that_changed_no_coding_trains_nothing_however_far_behind_the_model_is(uncoded, tmp_path):
    """A plain transcript imported, the same codebook again, an empty codings file: no coding, code
    or decision changed, so a model a few single codings behind is left for `suggest` (before, each of
    these trained it: seconds with the full pipeline, 20-35 s at a million words, for one transcript)."""
    db, codings = uncoded
    book = tmp_path / "more.yaml"
    book.write_text("codes:\n  - key: network\n    label: Nettverk\n    keywords: [nettverk, kontakter]\n",
                    encoding="utf-8")
    run(db, "codings", "import", str(codings))
    run(db, "codebook", "import", str(book))  # a changed codebook: trained for it
    with Project.open(db) as project:
        version = project.latest_suggester_model()["version"]
        seg = project.segments(project.resolve_document("D3"))[0]
    _out, err = run(db, "code", "D3", str(seg.start), str(seg.end), "network/weak_ties")
    assert err == ""  # one change behind
    text = tmp_path / "plain.txt"
    text.write_text("I: Hvordan gikk det?\n\nMentee: Det gikk fint med norskkurset.\n", encoding="utf-8")
    _out, err = run(db, "import", str(text), "--participant", "P77", "--role", "mentee", "--wave", "baseline")
    assert err == ""
    _out, err = run(db, "codebook", "import", str(book))  # the same codebook again
    assert err == ""
    empty = write_csv(tmp_path / "empty.csv", [])
    _out, err = run(db, "codings", "import", str(empty))
    assert err == ""
    service = service_on(db)  # (the empty file's import is logged, so the model counts 2 changes behind)
    assert 0 < service.behind < RETRAIN_AFTER and service.model_version == version


def test_a_model_that_cannot_be_trained_is_a_warning_and_the_codings_stay(uncoded, monkeypatch):
    db, codings = uncoded

    def broken(self):
        raise RuntimeError("no room\nleft on the device")
    monkeypatch.setattr(SuggestionService, "retrain", broken)
    out, err = run(db, "codings", "import", str(codings))  # exit code 0: the import landed
    assert out.startswith("imported ")
    assert err == "warning: the suggester was not trained (no room left on the device); `suggest` will train it\n"
    with Project.open(db) as project:
        assert len(project.codings()) == len(list(csv.DictReader(codings.open(encoding="utf-8"))))
        assert project.latest_suggester_model() is None


def _changed_codebook() -> list:
    """CODES with one keyword more for one code, as an edit in the codebook screen leaves it."""
    import dataclasses

    return [dataclasses.replace(c, keywords=[*c.keywords, "jobbsøker"]) if c.path == "signalling/cv" else c
            for c in CODES]


def test_suggest_on_a_large_project_answers_from_what_is_valid_says_so_and_trains_when_asked(uncoded, monkeypatch):
    import workbench.nlp.upkeep as upkeep

    db, codings = uncoded
    run(db, "codings", "import", str(codings))
    with Project.open(db) as project:
        project.import_codebook(_changed_codebook())  # no model for this codebook now, as the TUI leaves it
    monkeypatch.setattr(upkeep, "TRAIN_INLINE_UP_TO", 2)  # this project counts as a large one
    no_training(monkeypatch)
    text = "Naboen min visste om en jobb, sa en bekjent."
    out, err = run(db, "suggest", "--text", text, "--json")
    note = json.loads(out)["model_note"]
    assert note == ("suggester: the codebook changed since the model was trained; every code is scored from the "
                    "codebook alone (keywords, patterns, example passages). `workbench suggest --train` trains it "
                    "first (once: the model is kept)")
    assert note in err
    service = service_on(db)  # the cold start of the new codebook, as the TUI has it until it retrains
    assert service.suggester.model is None
    assert json.loads(out)["suggestions"] == [s.to_json() for s in service.suggest_text(text)]
    plain, err = run(db, "suggest", "--text", text)
    assert note in err and "network/weak_ties" in plain
    document, _err = run(db, "suggest", "--document", "D0", "--json")
    assert json.loads(document)["model_note"] == note
    monkeypatch.undo()
    monkeypatch.setattr(upkeep, "TRAIN_INLINE_UP_TO", 2)
    out, err = run(db, "suggest", "--train", "--text", text, "--json")
    assert "model_note" not in json.loads(out) and "suggester:" not in err
    out, err = run(db, "suggest", "--text", text, "--json")  # the model is kept: current now
    assert "model_note" not in json.loads(out) and "suggester:" not in err


def test_suggest_on_a_small_project_still_trains_a_model_that_is_behind_before_answering(uncoded):
    db, codings = uncoded
    run(db, "codings", "import", str(codings))
    with Project.open(db) as project:
        project.import_codebook(_changed_codebook())
    out, err = run(db, "suggest", "--text", "Naboen min visste om en jobb.", "--json")
    assert "model_note" not in json.loads(out) and "suggester:" not in err
    assert service_on(db).behind == 0


def test_suggest_train_alone_trains_as_the_notes_and_the_panel_tell_the_user_to(uncoded, monkeypatch):
    """`workbench suggest --train` is what the panel, the `suggester:` note and the README tell a
    user to run after a codebook edit; on its own (no --text, --file or --document) it trains the
    model and says so, instead of failing with "give exactly one of --text, --file or --document"."""
    import workbench.nlp.upkeep as upkeep

    db, codings = uncoded
    run(db, "codings", "import", str(codings))
    with Project.open(db) as project:
        project.import_codebook(_changed_codebook())
    monkeypatch.setattr(upkeep, "TRAIN_INLINE_UP_TO", 2)  # a large project: plain `suggest` does not train
    assert service_on(db).behind > 0
    out, _err = run(db, "suggest", "--train")
    assert out.startswith("trained model ") and "coded segment" in out
    assert service_on(db).behind == 0
    out, _err = run(db, "suggest", "--train")  # nothing new: nothing trained, and it says which model is current
    assert out.startswith("model ") and "is current" in out
    result = CliRunner().invoke(main, ["--db", str(db), "suggest"])
    assert result.exit_code == 1 and "--train" in result.output
