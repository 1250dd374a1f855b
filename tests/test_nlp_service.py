"""The suggestion service the UI uses, the stored analyses and models, and the CLI commands."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Code, Document, Participant
from workbench.core.segmenter import split_segments
from workbench.core.turns import parse_turns
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project

CODES = [
    Code("competence", "Kompetanse"),
    Code("language", "Språk", parent="competence", keywords=["norskkurs", "språk", "bergenstest"]),
    Code("signalling", "Signalisering"),
    Code("cv", "CV og søknad", parent="signalling", keywords=["søknad", "CV"]),
    Code("network", "Nettverk", keywords=["nettverk"]),
    Code("weak_ties", "Svake bånd", parent="network", keywords=["bekjent", "nabo"]),
]
TOPICS = {
    "signalling/cv": ["Vi skrev om CV-en min sammen.", "Jeg sendte mange søknader i fjor.",
                      "Hun rettet søknadsbrevet mitt.", "Den første versjonen var altfor lang."],
    "network/weak_ties": ["En venn av en venn tipset meg.", "Naboen min visste om en jobb.",
                          "Jeg fikk vite om stillingen fra en bekjent.", "En tidligere kollega ringte meg."],
    "competence/language": ["Norsken min er ikke god nok.", "Jeg tok norskkurs i to år.",
                            "Jeg besto bergenstesten i vår.", "Dialekten er vanskelig å forstå."],
}


def transcript(rounds: int, offset: int = 0) -> str:
    parts = []
    for i in range(rounds):
        for sentences in TOPICS.values():
            said = " ".join(sentences[(i + offset + k) % 4] for k in range(2))
            parts.append(f"I: Kan du fortelle mer om det?\n\nMentee: {said} Det var runde {i}.")
    return "\n\n".join(parts)


def add_document(project: Project, name: str, text: str) -> int:
    segments = split_segments(text, parse_turns(text))
    project.add_document(Document(name, text, sha256=name, segments=segments), Participant(name, "mentee"))
    return project.resolve_document(name)


def code_topics(project: Project, doc_id: int, coder: str = "kari") -> int:
    """Code every topic sentence of a document with its topic's code; returns how many."""
    text = project.document(doc_id).text
    n = 0
    for seg in project.segments(doc_id):
        said = text[seg.start:seg.end]
        for code, sentences in TOPICS.items():
            if said in sentences:
                project.add_coding(doc_id, seg.start, seg.end, code, coder)
                n += 1
    return n


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    """A project with two coded documents and one uncoded, and a loaded service on it."""
    path = tmp_path_factory.mktemp("nlp") / "coded.db"
    project = Project.open(path)
    project.import_codebook(CODES)
    first = add_document(project, "D1", transcript(6))
    second = add_document(project, "D2", transcript(6, offset=1))
    third = add_document(project, "D3", transcript(2, offset=2))
    code_topics(project, first)
    code_topics(project, second)
    service = SuggestionService(project, Settings(db=path), background=False)
    service.load()
    assert service.stale  # coding exists and no model has seen it
    version = service.retrain()
    yield project, service, (first, second, third), version
    project.close()


def test_construction_is_cheap_and_status_says_loading(tmp_path):
    project = Project.open(tmp_path / "p.db")
    started = time.perf_counter()
    service = SuggestionService(project, Settings())
    assert time.perf_counter() - started < 0.05
    assert service.status == "loading…"
    project.close()


def test_ready_starts_loading_in_the_background(tmp_path):
    project = Project.open(tmp_path / "p.db")
    project.import_codebook(CODES)
    service = SuggestionService(project, Settings(), background=False)
    assert service.ready is False  # asking starts the loader thread
    deadline = time.monotonic() + 30
    while not service.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    assert service.ready
    assert service.status.startswith("spaCy: blank nb + rules (fallback) · rules only")
    project.close()


def test_no_codebook_is_reported_not_raised_by_status(tmp_path):
    project = Project.open(tmp_path / "p.db")
    service = SuggestionService(project, Settings(), background=False)
    service.start_loading()
    service._loading.join(30)
    assert service.ready is False
    assert "no codebook" in service.status
    project.close()


def test_model_is_trained_stored_and_named_in_status(coded):
    project, service, _docs, version = coded
    assert version and version == service.model_version
    assert f"model {version}" in service.status
    stored = project.latest_suggester_model()
    assert stored["version"] == version and stored["blob"]
    assert stored["meta"]["labelled"] > 0
    assert any(e["action"] == "suggester.train" for e in project.audit_log())


def test_suggestions_learn_from_coding_and_explain_themselves(coded):
    project, service, (first, _second, third), version = coded
    text = project.document(third).text
    # no keyword of the codebook in it: only the team's coding of D1 and D2 says what it is
    target = next(s for s in project.segments(third) if text[s.start:s.end] == "Den første versjonen var altfor lang.")
    found = service.suggest(third, target.start, target.end, top=3)
    assert found[0].code in ("signalling/cv", "signalling")
    assert 0.5 < found[0].score <= 1.0
    assert found[0].model_version == version and (found[0].start, found[0].end) == (target.start, target.end)
    # three content words: too few for a similar-passage reason to mean anything
    assert not any(w.startswith("like «") for w in found[0].why)
    assert not any(w in ("den", "første", "var") for r in found[0].why for w in r.replace(",", " ").split())


def test_analysis_is_kept_in_the_project(coded):
    project, service, (first, _second, _third), _version = coded
    assert first in project.analysed_documents(service.pipeline.cache_key)
    again = SuggestionService(project, Settings(), background=False)
    again.load()
    assert not again.stale
    assert again.model_version == service.model_version  # the stored model is reused
    analysis = again.analyses.get(first)
    assert analysis.segments and analysis.segments[0].lemmas


def test_suggestion_latency_once_processed(coded):
    project, service, (first, _s, _t), _v = coded
    seg = project.segments(first)[1]
    service.suggest(first, seg.start, seg.end)
    started = time.perf_counter()
    for _ in range(20):
        service.suggest(first, seg.start, seg.end)
    assert (time.perf_counter() - started) / 20 < 0.5  # generous: the benchmark measures the real figure


def test_record_decision_is_stored_audited_and_counts_as_training_data(coded):
    project, service, (first, _s, _t), version = coded
    seg = project.segments(first)[3]
    before = project.suggester_data_stamp()
    service.record_decision(first, seg.start, seg.end, "network", "kari", accepted=False, score=0.42)
    row = project.suggestion_decisions(first)[-1]
    assert (row["code"], row["decision"], row["coder"], row["score"]) == ("network", "rejected", "kari", 0.42)
    assert row["model_version"] == version
    assert project.audit_log(1)[0]["action"] == "suggestion.reject"
    assert project.suggester_data_stamp() > before


def test_bad_span_and_unknown_code_are_clean_errors(coded):
    from workbench.core.errors import WorkbenchError

    project, service, (first, _s, _t), _v = coded
    with pytest.raises(WorkbenchError):
        service.suggest(first, 10, 10**7)
    with pytest.raises(WorkbenchError):
        service.record_decision(first, 0, 5, "no/such/code", "kari", accepted=True)


def test_next_confident_skips_coded_and_interviewer_segments(coded):
    project, service, (first, _s, third), _v = coded
    coded_text = project.document(first).text
    already = service.next_confident(first, 0, threshold=0.6)  # every topic sentence of D1 is coded
    assert already is None or coded_text[already[0]:already[1]] not in {s for v in TOPICS.values() for s in v}
    text = project.document(third).text
    found = service.next_confident(third, 0, threshold=0.6)
    assert found is not None
    assert text[found[0]:found[1]] in {s for sentences in TOPICS.values() for s in sentences}
    later = service.next_confident(third, found[1], threshold=0.6)
    assert later is None or later[0] >= found[1]
    assert service.next_confident(third, 0, threshold=1.01) is None


def test_retrain_in_background_off_the_calling_thread(coded):
    project, service, _docs, _v = coded
    assert service.retrain_in_background()
    service._training.join(60)
    assert service.model_version.startswith("m")


def test_training_labels_cover_half_a_segment_and_ancestors():
    from workbench.nlp.training import ancestors, covers_half

    assert ancestors("a/b/c") == {"a", "a/b", "a/b/c"}
    assert covers_half(0, 10, 5, 20) and not covers_half(0, 10, 6, 20)


def test_stored_model_holds_no_pickle(coded):
    import io
    import zipfile

    project, _service, _docs, _v = coded
    blob = project.latest_suggester_model()["blob"]
    names = zipfile.ZipFile(io.BytesIO(blob)).namelist()
    assert "coef.npy" in names
    import numpy as np

    with np.load(io.BytesIO(blob), allow_pickle=False) as z:  # would raise on object arrays
        assert all(z[name] is not None for name in z.files)


# -- the command line ----------------------------------------------------------------------------


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CODER", "kari")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    monkeypatch.delenv("WORKBENCH_SPACY_MODEL", raising=False)
    return tmp_path


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result


def test_cli_suggest_text_json_shape(cli_env):
    result = run("--db", str(cli_env / "none.db"), "suggest", "--text",
                 "Mentoren hjalp meg med CV-en og jobbsøknadene mine.", "--top", "3", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["suggestions"]
    assert 1 <= len(data["suggestions"]) <= 3
    first = data["suggestions"][0]
    assert set(first) == {"code", "score", "why"}
    assert first["code"].startswith("signalling") and 0 <= first["score"] <= 1 and first["why"]
    assert "shipped codebook" in result.stderr  # no project: the shipped codebook is used, and said so


def test_cli_suggest_file_one_line_per_input_line(cli_env):
    lines = ["Jeg stoler på mentoren min.", "", "Jeg fikk jobben gjennom en venn av en venn."]
    (cli_env / "in.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("--db", str(cli_env / "none.db"), "suggest", "--file", str(cli_env / "in.txt"), "--json")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 3
    assert out[0]["suggestions"][0]["code"].startswith("trust")
    assert out[1] == {"suggestions": []}
    assert out[2]["suggestions"][0]["code"].startswith("network")


def test_cli_suggest_document_and_evaluate(coded, cli_env):
    project, _service, (first, _s, _t), _v = coded
    db = str(project.path)
    result = run("--db", db, "suggest", "--document", "D3", "--top", "2", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"] == "D3" and data["segments"]
    seg = data["segments"][1]
    assert set(seg) == {"start", "end", "interviewer", "heading", "suggestions"} and seg["end"] > seg["start"]
    # the interviewer's questions get none, as in the workbench's panel; every answer gets some
    text = project.document("D3").text
    asked = [s for s in data["segments"] if text[s["start"]:s["end"]] == "Kan du fortelle mer om det?"]
    assert asked and all(s["interviewer"] and s["suggestions"] == [] for s in asked)
    answers = [s for s in data["segments"] if not s["interviewer"]]
    assert sum(bool(s["suggestions"]) for s in answers) > len(answers) // 2
    plain = run("--db", db, "suggest", "--document", "D3", "--top", "1").stdout
    assert plain.count("(the interviewer: no codes suggested)") == len(asked)
    result = run("--db", db, "evaluate", "--folds", "2", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["folds"] == 2 and report["per_code"]["signalling/cv"]["support"] > 0
    assert "ece" in report["calibration"]
    # each fold trains on one coded document: nothing can be checked out of fold, so every
    # code keeps the rules and the result is the rules' own
    assert all(set(m) == {"rules"} for m in report["modes"].values())
    assert report["micro"]["f1"] == report["rules_only"]["micro"]["f1"]
    assert set(report["compared"]) == {"rules", "learner", "blend", "used"}
    assert [p["coded_segments"] for p in report["learning_curve"]][:2] == [0, 25]
    plain = run("--db", db, "evaluate", "--folds", "2")
    assert "signalling/cv" in plain.output and "calibration" in plain.output
    assert "ranked first on its own coded segments" in plain.output
    assert all("first_by_code" in v for v in report["compared"].values())
    # what is used is the rules' own here: the report says plainly that no code is below them
    assert report["below_rules"] == {}
    assert "at least as often as the rules alone" in plain.output


def test_cli_errors_are_one_line(cli_env):
    result = run("--db", str(cli_env / "none.db"), "suggest")
    assert result.exit_code == 1 and result.output.strip().startswith("error: give exactly one")
    result = run("--db", str(cli_env / "none.db"), "suggest", "--document", "X")
    assert result.exit_code == 1 and "Traceback" not in result.output
    empty = cli_env / "empty.db"
    Project.open(empty).close()
    result = run("--db", str(empty), "evaluate")
    assert result.exit_code == 1 and result.output.startswith("error:")


def test_the_ui_bridge_drives_the_real_service(coded):
    """The terminal UI's adapter starts the service in its own process and only polls `ready`."""
    from workbench.ui.suggestions import SuggestionBridge

    project, _service, (_first, _second, third), _version = coded
    bridge = SuggestionBridge(project, Settings(db=project.path))
    bridge.load()
    deadline = time.monotonic() + 60
    while not bridge.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    assert bridge.ready, bridge.status
    assert bridge.status.startswith("spaCy: blank nb + rules (fallback) · model m")
    seg = project.segments(third)[1]
    found = bridge.suggest(third, seg.start, seg.end, top=3)
    assert found and found[0].model_version == bridge.service.model_version
    bridge.record_decision(third, found[0], "kari", accepted=True)
    assert project.suggestion_decisions(third)[-1]["decision"] == "accepted"  # written by the child process
    process = bridge.service._proc
    bridge.close()
    assert process.poll() is not None  # closing the bridge ends the child


def test_retraining_on_unchanged_data_keeps_one_version(coded):
    project, service, _docs, _v = coded
    first = service.retrain()
    rows = len(project.query("SELECT id FROM suggester_models"))
    assert service.retrain() == first
    assert len(project.query("SELECT id FROM suggester_models")) == rows


def test_a_codebook_edit_is_picked_up_without_restarting(tmp_path):
    project = Project.open(tmp_path / "p.db")
    project.import_codebook(CODES)
    doc_id = add_document(project, "D1", transcript(1, offset=2))
    service = SuggestionService(project, Settings(), background=False)
    service.load()
    seg = next(s for s in project.segments(doc_id) if "Dialekten" in project.document(doc_id).text[s.start:s.end])
    assert not any(s.code == "competence/language" for s in service.suggest(doc_id, seg.start, seg.end))
    project.import_codebook([Code("language", "Språk", parent="competence", keywords=["dialekt"])])
    service._last_check = 0.0  # as if CHECK_EVERY seconds had passed
    service.suggest(doc_id, seg.start, seg.end)
    found = service.suggest(doc_id, seg.start, seg.end)
    assert found[0].code == "competence/language" and "Dialekten" in found[0].why[0]
    project.close()


def test_a_suggester_process_that_cannot_start_says_why(tmp_path):
    """A project without a codebook: the child reports the reason as its status; calls fail in one line."""
    from workbench.core.errors import WorkbenchError
    from workbench.nlp.remote import RemoteSuggestionService
    from workbench.store import Project

    project = Project.open(tmp_path / "empty.db")
    remote = RemoteSuggestionService(project, Settings(db=project.path))
    remote.load()
    deadline = time.monotonic() + 60
    while "failed" not in remote.status and time.monotonic() < deadline:
        time.sleep(0.05)
    assert remote.status.startswith("suggester failed to start") and "codebook" in remote.status
    assert not remote.ready
    with pytest.raises(WorkbenchError):
        remote.suggest(1, 0, 5)
    remote.close()
    project.close()


def _examples(n_docs: int, informative_terms: bool, informative_rules: bool):
    from workbench.nlp.learned import Example

    rng = __import__("random").Random(4)
    out = []
    for d in range(n_docs):
        for i in range(30):
            yes = rng.random() < 0.3
            terms = [f"w{rng.randrange(40)}" for _ in range(6)] + (["marker", "signal"] if yes and informative_terms else [])
            raw = 6.0 if yes and informative_rules else 0.0  # informative rules are right every time
            out.append(Example(f"D{d}", i * 10, i * 10 + 9, f"s{d}-{i}", terms, {"a": raw}, {"a": raw},
                               {"a"} if yes else set(), coders={"kari"} if yes else set()))
    return out


def test_a_code_keeps_the_rules_where_the_model_does_not_beat_them():
    from workbench.nlp.learned import MODEL, RULES, LearnedModel

    assert LearnedModel.fit(_examples(6, informative_terms=False, informative_rules=True), ["a"]).modes["a"] == RULES
    assert LearnedModel.fit(_examples(6, informative_terms=True, informative_rules=False), ["a"]).modes["a"] in (
        MODEL, "blend")


def test_a_similar_passage_is_cited_only_when_it_means_something_and_names_the_coder():
    from workbench.nlp.learned import LearnedModel

    examples = _examples(3, informative_terms=True, informative_rules=False)
    for e in examples[:2]:  # a term needs two segments to be a feature
        e.labels, e.coders = {"a"}, {"kari"}
        e.terms = ["mentor", "ringte", "arbeidsgiver", "anbefalte", "sjef"]
    model = LearnedModel.fit(examples, ["a"], choose=False)
    x_text, _x = model.design([["mentor", "ringte", "arbeidsgiver", "anbefalte"]], [({}, {})])
    found = model.most_similar("a", x_text)
    assert found is not None and found[-1] == "kari" and found[4] >= 0.5
    assert any("coded by kari" in r for r in model.explain("a", x_text, _x))
    short, _ = model.design([["mentor", "ringte"]], [({}, {})])
    assert model.most_similar("a", short) is None  # too few content words to compare
    unrelated, _ = model.design([["w1", "w2", "w3", "w4", "w5"]], [({}, {})])
    similar = model.most_similar("a", unrelated)
    assert similar is None or similar[4] >= 0.5


def test_rule_evidence_is_kept_in_the_project_for_the_next_process(coded):
    project, service, _docs, _v = coded
    service.retrain()  # evidence of the coded documents is stored with their analyses
    fresh = SuggestionService(project, Settings(db=project.path), background=False)
    fresh.load()
    calls = []
    real = fresh.rules.evidence
    fresh.rules.evidence = lambda *a, **k: calls.append(1) or real(*a, **k)
    from workbench.nlp.trainer import training_examples

    examples, _paths = training_examples(project, fresh.analyses, fresh.rule_cache)
    assert examples and calls == []  # nothing recomputed
    again, _ = training_examples(project, service.analyses, service.rule_cache)
    assert [(e.code_raw, e.terms) for e in examples] == [(e.code_raw, e.terms) for e in again]


def test_uncoded_segments_are_sampled_before_the_rules_run_and_weigh_for_the_rest():
    from workbench.nlp.training import build_examples

    text = " ".join(f"Setning nummer {i} handler om noe." for i in range(1000))
    from workbench.core.segmenter import split_segments as split
    from workbench.core.turns import parse_turns as turns
    from workbench.nlp.analysis import analyse_document
    from workbench.nlp.pipeline import choose_pipeline, load_pipeline

    spans = [(s.start, s.end) for s in split(text, turns(text))]
    analysis = analyse_document(load_pipeline(choose_pipeline("none")), text, spans, 1)
    rows = {"segments": [{"document_id": 1, "document": "D", "start": a, "end": b} for a, b in spans],
            "codings": [{"document_id": 1, "start": a, "end": b, "code": "x", "coder": "kari"}
                        for a, b in spans[::10]] + [{"document_id": 1, "start": spans[-1][0], "end": spans[-1][1],
                                                     "code": "x", "coder": "kari"}],
            "decisions": []}

    class Counting:
        rules_run = 0

        def evidence(self, *args):
            Counting.rules_run += 1
            return {}

        def group_raw(self, found):
            return {}

    from workbench.nlp.training import RuleCache

    examples = build_examples(rows, lambda d: analysis, RuleCache(Counting()), {"x"}, sample=(2, 50))
    coded = [e for e in examples if e.labels]
    uncoded = [e for e in examples if not e.labels]
    assert len(coded) == 101 and 120 < len(uncoded) < 290  # about 2 per coded segment
    assert Counting.rules_run == len(examples)  # the rules never ran on a segment left out
    # each kept uncoded segment weighs for those left out: about all of them in expectation
    assert sum(e.weight for e in uncoded) == pytest.approx(len(spans) - 101, rel=0.2)
    assert len({e.weight for e in uncoded}) == 1 and uncoded[0].weight > 3
    again = build_examples(rows, lambda d: analysis, RuleCache(Counting()), {"x"}, sample=(2, 50))
    assert [e.start for e in again] == [e.start for e in examples]


def test_retraining_on_little_new_coding_keeps_the_chosen_modes(coded):
    project, service, _docs, _v = coded
    service.retrain()
    first = project.latest_suggester_model()["meta"]
    service.retrain()
    second = project.latest_suggester_model()["meta"]
    assert second["mode_of"] == first["mode_of"] and second["modes_chosen_at"] == first["modes_chosen_at"]


def test_a_read_only_project_still_gets_suggestions_and_keeps_nothing(tmp_path, monkeypatch):
    """Analyses, rule evidence and models are derived data: on a file that cannot be written
    they live in the process; the suggestion itself and the coding behind it are unchanged."""
    from workbench.store import connection

    path = tmp_path / "ro.db"
    with Project.open(path) as project:
        project.import_codebook(CODES)
        code_topics(project, add_document(project, "D1", transcript(6)))
        code_topics(project, add_document(project, "D2", transcript(6, offset=1)))
    monkeypatch.setattr(connection, "_writable", lambda _path: False)  # root ignores chmod: as the OS would say
    with Project.open(path, create=False) as project:
        assert project.read_only
        before = project.query("SELECT count(*) AS n FROM doc_analyses")[0]["n"]
        service = SuggestionService(project, Settings(db=path), background=False)
        service.load()
        if service.stale:
            service.retrain()
        found = service.suggest_text("Naboen min visste om en jobb, sa en bekjent.", 3)
        assert found and found[0].code.startswith("network")
        assert project.query("SELECT count(*) AS n FROM doc_analyses")[0]["n"] == before
        assert project.query("SELECT count(*) AS n FROM suggester_models")[0]["n"] == 0
