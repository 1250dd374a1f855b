"""The cold-start model of the codebook's example passages, its blend with the rules, and the
learner built on it. All passages here are synthetic, written for these tests."""

from __future__ import annotations

import json

import numpy as np
import pytest

from workbench.core.errors import InputError
from workbench.core.models import Code
from workbench.io.codebooks.yaml_format import load_codebook, load_codebook_text
from workbench.nlp.analysis import analyse_text
from workbench.nlp.example_classifier import LIKE_MIN, ExampleModel
from workbench.nlp.example_model import SEED_DOCUMENT, ColdStart, cold_start_for, fit_cold_start, seed_passages
from workbench.nlp.features import segment_terms
from workbench.nlp.learned import RULES, Example, LearnedModel
from workbench.nlp.pipeline import choose_pipeline, load_pipeline
from workbench.nlp.rules import RuleSuggester, prior_probability, stop_words
from workbench.nlp.suggester import Suggester

# synthetic example passages: no keyword of the codes below occurs in them
SEEDS = {
    "trust": [
        "Jeg kunne fortelle henne alt, hun dømte meg aldri for noe.",
        "Etter noen måneder turte jeg å være ærlig om hvor sliten jeg var.",
        "Han holdt alltid det han lovet, så jeg begynte å tro på ham.",
        "Det var trygt å si at jeg ikke forsto, hun lo aldri av meg.",
        "Vi ble fortrolige, jeg delte ting jeg ikke sier til andre.",
        "Hun var ærlig med meg, og derfor stolte jeg mer på rådene.",
    ],
    "trust/eroded": [
        "Da han glemte møtet for tredje gang, sluttet jeg å regne med ham.",
        "Jeg følte meg lurt, og etter det var jeg mer forsiktig med folk.",
        "Hun sa hun skulle ringe, men det skjedde aldri, så jeg ga opp.",
    ],
    "signalling": [
        "Vi øvde på intervjuet, hun spilte arbeidsgiver og jeg svarte.",
        "Søknadsbrevet mitt ble skrevet om tre ganger før det var bra.",
        "Han lærte meg å fortelle om prosjektene mine på en kort måte.",
        "Jeg fikk tips om hvordan jeg presenterer meg selv i intervjuer.",
        "Vi gikk gjennom hvordan jeg beskriver erfaringen min på papiret.",
        "Rollespillet før intervjuet gjorde meg mye roligere.",
    ],
}
CODES = [
    Code("trust", "Tillit", keywords=["tillit"]),
    Code("eroded", "Svekket tillit", parent="trust", keywords=["mistillit"]),
    Code("signalling", "Signalisering", keywords=["cv"]),
]


def seeded_codes() -> list[Code]:
    codes = [Code(c.key, c.label, parent=c.parent, keywords=list(c.keywords)) for c in CODES]
    for code in codes:
        code.seed_examples = list(SEEDS[code.path])
    return codes


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(choose_pipeline("no_such_model_anywhere"))


@pytest.fixture(scope="module")
def cold(pipeline):
    codes = seeded_codes()
    return codes, fit_cold_start(codes, pipeline, RuleSuggester(codes, pipeline.nlp.vocab))


def terms_of(pipeline, text):
    return segment_terms(analyse_text(pipeline, text), text)


# ---------------------------------------------------------------- codebook field and storage

def test_examples_file_is_read_next_to_the_codebook(tmp_path):
    (tmp_path / "ex.jsonl").write_text(
        json.dumps({"_meta": {"written": "2026-12-03"}}) + "\n"
        + json.dumps({"text": "Hun  hjalp meg med intervjuet.", "code": "s/cv", "role": "mentee"}) + "\n\n",
        encoding="utf-8")
    (tmp_path / "cb.yaml").write_text(
        "examples_file: ex.jsonl\ncodes:\n  - key: s\n    label: S\n    children:\n      - key: cv\n        label: CV\n",
        encoding="utf-8")
    codes = load_codebook(tmp_path / "cb.yaml")
    assert [c.seed_examples for c in codes] == [[], ["Hun hjalp meg med intervjuet."]]
    assert load_codebook_text((tmp_path / "cb.yaml").read_text(), str(tmp_path / "cb.yaml")) == codes


def test_examples_file_may_name_several_files_read_in_order(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "Hun hjalp meg med intervjuet.", "code": "s/cv"}) + "\n",
                                      encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"_meta": {"written": "2026-12-03"}}) + "\n"
                                      + json.dumps({"text": "Vi skrev søknaden sammen.", "code": "s/cv"}) + "\n"
                                      + json.dumps({"text": "Det handler om å vise seg fram.", "code": "s"}) + "\n",
                                      encoding="utf-8")
    head = "codes:\n  - key: s\n    label: S\n    children:\n      - key: cv\n        label: CV\n"
    (tmp_path / "cb.yaml").write_text("examples_file: [a.jsonl, b.jsonl]\n" + head, encoding="utf-8")
    codes = load_codebook(tmp_path / "cb.yaml")
    assert [c.seed_examples for c in codes] == [["Det handler om å vise seg fram."],
                                               ["Hun hjalp meg med intervjuet.", "Vi skrev søknaden sammen."]]
    assert load_codebook_text((tmp_path / "cb.yaml").read_text(), str(tmp_path / "cb.yaml")) == codes
    # the block form reads the same, and one file in a list is one file
    (tmp_path / "cb2.yaml").write_text("examples_file:\n  - a.jsonl\n  - b.jsonl\n" + head, encoding="utf-8")
    assert load_codebook(tmp_path / "cb2.yaml") == codes
    (tmp_path / "cb3.yaml").write_text("examples_file: [a.jsonl]\n" + head, encoding="utf-8")
    assert [c.seed_examples for c in load_codebook(tmp_path / "cb3.yaml")] == [[], ["Hun hjalp meg med intervjuet."]]


def test_a_bad_line_in_a_second_examples_file_names_that_file(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "Noe her.", "code": "s"}) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"_meta": {}}\n{"text": "Noe annet.", "code": "nope"}\n', encoding="utf-8")
    (tmp_path / "cb.yaml").write_text("examples_file: [a.jsonl, b.jsonl]\ncodes:\n  - key: s\n    label: S\n",
                                      encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_codebook(tmp_path / "cb.yaml")
    assert caught.value.source.endswith("b.jsonl") and caught.value.line == 2 and caught.value.field == "code"
    (tmp_path / "cb.yaml").write_text("examples_file: [a.jsonl, gone.jsonl]\ncodes:\n  - key: s\n    label: S\n",
                                      encoding="utf-8")
    with pytest.raises(InputError, match=r"gone\.jsonl"):
        load_codebook(tmp_path / "cb.yaml")
    (tmp_path / "cb.yaml").write_text("examples_file: {a: b}\ncodes:\n  - key: s\n    label: S\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_codebook(tmp_path / "cb.yaml")
    assert caught.value.field == "examples_file" and caught.value.line == 1


@pytest.mark.parametrize("line, field, reason", [
    ("{not json", None, "not a JSON object"),
    ('{"text": "Noe her.", "code": "nope"}', "code", "no code 'nope'"),
    ('{"text": "", "code": "s"}', "text", "missing or empty text"),
    ("[1, 2]", None, "expected a JSON object"),
])
def test_a_bad_examples_line_names_file_line_and_field(tmp_path, line, field, reason):
    (tmp_path / "ex.jsonl").write_text('{"_meta": {}}\n' + line + "\n", encoding="utf-8")
    (tmp_path / "cb.yaml").write_text("examples_file: ex.jsonl\ncodes:\n  - key: s\n    label: S\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_codebook(tmp_path / "cb.yaml")
    assert caught.value.line == 2 and caught.value.field == field and reason in caught.value.reason
    assert caught.value.source.endswith("ex.jsonl")


def test_a_missing_examples_file_is_an_input_error(tmp_path):
    (tmp_path / "cb.yaml").write_text("examples_file: gone.jsonl\ncodes:\n  - key: s\n    label: S\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gone\.jsonl"):
        load_codebook(tmp_path / "cb.yaml")


def test_the_project_keeps_the_passages_with_its_codes(tmp_path):
    from workbench.store import Project

    with Project.open(tmp_path / "p.db") as project:
        project.import_codebook(seeded_codes())
    with Project.open(tmp_path / "p.db") as project:  # opened again, as elsewhere
        assert {c.path: c.seed_examples for c in project.codes()} == SEEDS


def test_the_shipped_codebook_names_its_examples_and_every_analytic_code_has_some():
    from workbench.io.demo import DEMO_CODEBOOK

    codes = load_codebook(DEMO_CODEBOOK)
    for code in codes:
        if code.parent is None and not code.on_request:
            under = [c for c in codes if c.path == code.path or c.path.startswith(code.path + "/")]
            assert sum(len(c.seed_examples) for c in under) >= 20, code.path


# ---------------------------------------------------------------- the example model

def test_without_example_passages_the_cold_start_is_the_rules_alone(pipeline):
    codes = [Code(c.key, c.label, parent=c.parent, keywords=list(c.keywords), examples=["Et eksempel her."])
             for c in CODES]
    assert seed_passages(codes) == []
    found = fit_cold_start(codes, pipeline, RuleSuggester(codes, pipeline.nlp.vocab))
    assert found.model is None and found.examples == []
    raws = [({"trust/eroded": 2.0}, {"trust": 2.0}), ({}, {})]
    paths = [c.path for c in codes]
    expected = [[prior_probability(g.get(p, 0.0) if "/" not in p else c.get(p, 0.0)) for p in paths] for c, g in raws]
    assert np.allclose(found.scores([["x"], []], raws), expected)


def test_a_passage_worded_like_the_examples_gets_their_code_without_any_keyword(pipeline, cold):
    codes, start = cold
    paths = [c.path for c in codes]
    text = "Hun dømte meg aldri, så etter hvert turte jeg å være ærlig med henne."
    scores = start.scores([terms_of(pipeline, text)], [({}, {})])[0]
    assert scores[paths.index("trust")] > scores[paths.index("signalling")]
    text = "Vi spilte rollespill med intervjuet, og jeg presenterte prosjektene mine."
    scores = start.scores([terms_of(pipeline, text)], [({}, {})])[0]
    assert scores[paths.index("signalling")] > scores[paths.index("trust")]


def test_the_cold_start_learns_to_trust_both_rules_and_examples(pipeline):
    from workbench.io.demo import DEMO_CODEBOOK

    codes = load_codebook(DEMO_CODEBOOK)
    start = fit_cold_start(codes, pipeline, RuleSuggester(codes, pipeline.nlp.vocab))
    paths = [c.path for c in codes]
    a, b, _c = start.stack
    assert a > 0 and b > 0  # more rule evidence, or a likelier example model, both raise a code
    terms = [terms_of(pipeline, "Hun dømte meg aldri, så jeg turte å være ærlig med henne om alt.")]
    plain = start.scores(terms, [({}, {})])
    keyword = start.scores(terms, [({"signalling/cv_application": 3.0}, {"signalling": 3.0})])
    assert keyword[0, paths.index("signalling")] > plain[0, paths.index("signalling")]
    assert plain[0, paths.index("trust")] > plain[0, paths.index("signalling")]
    for row in (plain[0], keyword[0]):
        for j, p in enumerate(paths):
            if "/" in p:
                assert row[j] <= row[paths.index(p.rsplit("/", 1)[0])] + 1e-12, p


def test_a_child_is_never_scored_above_its_parent_and_empty_text_gets_nothing(pipeline, cold):
    codes, start = cold
    paths = [c.path for c in codes]
    probs = start.model.probabilities([terms_of(pipeline, "Jeg følte meg lurt og sluttet å regne med ham."),
                                       terms_of(pipeline, "Ja, det er det.")])
    assert probs[0, paths.index("trust/eroded")] <= probs[0, paths.index("trust")] + 1e-9
    assert probs[0, paths.index("trust/eroded")] > 0.1
    assert not probs[1].any()  # only function words: the examples say nothing


def test_reasons_quote_an_example_only_above_real_likeness_and_never_cite_function_words(pipeline, cold):
    codes, start = cold
    text = "Etter noen måneder turte jeg å være ærlig om hvor sliten jeg egentlig var."
    why = start.model.explain("trust", terms_of(pipeline, text))
    assert any(w.startswith("worded like the codebook's examples of Tillit: «Etter noen måneder") for w in why)
    near = start.model.most_like("trust", terms_of(pipeline, text))
    assert near is not None and near[1] >= LIKE_MIN
    unlike = "Jeg var ærlig om lønna da vi snakket om kontrakten på kontoret."
    assert start.model.most_like("trust", terms_of(pipeline, unlike)) is None
    for sample in (text, unlike, "Hun var ærlig med meg og jeg med henne, hvis du skjønner hva jeg mener."):
        for reason in start.model.explain("trust", terms_of(pipeline, sample)):
            if reason.startswith("words like"):
                words = reason.split(": ", 1)[1].split(", ")
                assert words and not set(words) & stop_words()


def test_the_fitted_cold_start_is_kept_per_codebook_and_pipeline(pipeline):
    codes = seeded_codes()
    rules = RuleSuggester(codes, pipeline.nlp.vocab)
    first = cold_start_for(codes, pipeline, rules, cache_dir=None)
    assert cold_start_for(seeded_codes(), pipeline, rules, cache_dir=None) is first
    changed = seeded_codes()
    changed[0].seed_examples.append("Jeg stolte på at hun mente det hun sa.")
    assert cold_start_for(changed, pipeline, rules, cache_dir=None) is not first


def test_the_suggester_ranks_by_the_cold_start_and_says_why(pipeline, cold):
    codes, start = cold
    suggester = Suggester(codes, RuleSuggester(codes, pipeline.nlp.vocab), cold=start)
    text = "Hun dømte meg aldri, så etter hvert turte jeg å være ærlig med henne om alt."
    found = suggester.rank(analyse_text(pipeline, text), text)
    assert found[0].code.startswith("trust")
    assert any("codebook's examples of" in w for w in found[0].why)
    plain = Suggester(codes, RuleSuggester(codes, pipeline.nlp.vocab))  # no cold start given: the rules
    assert plain.rank(analyse_text(pipeline, text), text) == []


# ---------------------------------------------------------------- the learner built on it

def _project_examples(n_docs: int, cold_wins: bool) -> list[Example]:
    """Coded segments of a fake project: 'trust' coded on passages that say 'stole' (the
    cold start knows nothing of it) or, with `cold_wins`, at random (nothing to learn)."""
    rng = np.random.default_rng(1)
    out = []
    for d in range(n_docs):
        for i in range(30):
            on = bool(rng.random() < 0.3)
            said = on if not cold_wins else bool(rng.random() < 0.3)
            terms = (["stole", "ærlig"] if said else ["kontor", "lønn"]) + [f"ord{i % 7}"]
            out.append(Example(f"D{d}", i * 10, i * 10 + 9, "…", terms, {}, {},
                               labels={"trust"} if on else set(), coders={"kari"}))
    return out


def test_the_learner_trains_on_the_example_passages_too_but_never_cites_them(cold):
    codes, start = cold
    paths = [c.path for c in codes]
    model = LearnedModel.fit(_project_examples(4, cold_wins=False), paths, cold=start)
    assert model.stats["example_passages"] == len(start.examples) > 0
    assert model.stats["segments"] == 4 * 30
    assert all(ref[0] != SEED_DOCUMENT for ref in model.train_refs)
    assert "stole" in model.vocabulary.index and "intervjue" in model.vocabulary.index  # project's, examples'
    only = LearnedModel.fit(_project_examples(4, cold_wins=False), paths)
    assert "intervjue" not in only.vocabulary.index


class _Oracle:
    """A cold start that already knows the answer (or, `know=False`, knows nothing)."""

    model = None

    def __init__(self, know: bool):
        self.know = know
        self.examples: list[Example] = []

    def scores(self, terms_list, raws, paths=None):
        return np.array([[0.9 if self.know and "stole" in t and p == "trust" else 0.01 for p in paths]
                         for t in terms_list]).reshape(len(terms_list), len(paths))


def test_a_code_keeps_the_cold_start_where_the_project_coding_does_not_beat_it(cold):
    codes, _start = cold
    paths = [c.path for c in codes]
    examples = _project_examples(6, cold_wins=False)
    assert LearnedModel.fit(examples, paths, cold=_Oracle(know=True)).modes.get("trust") == RULES
    assert LearnedModel.fit(examples, paths, cold=_Oracle(know=False)).modes.get("trust") != RULES


def test_evaluate_reports_rules_examples_cold_start_learner_and_curve(cold):
    from workbench.nlp.evaluate import cross_validate

    codes, start = cold
    paths = [c.path for c in codes]
    result = cross_validate(_project_examples(6, cold_wins=False), paths, 3, curve=(25, 50), cold=start)
    assert {"rules", "examples", "cold_start", "learner", "blend", "used"} == set(result["compared"])
    assert result["example_passages"] == len(start.examples)
    curve = result["learning_curve"]
    assert [p["coded_segments"] for p in curve][:1] == [0] and len(curve) >= 2
    assert result["cold_start"]["branch_hits"] == {k: curve[0][k] for k in ("first", "first_two")}
    # every point is read beside the cold start on the same held-out segments: with all folds
    # measured, those are all coded segments, so it is the first point's figures
    full = [point for point in curve[1:] if point["folds"] == 3]
    assert full  # else the check below checks nothing
    for point in full:
        assert point["cold_start_same_passages"] == {k: curve[0][k] for k in ("first", "first_two", "micro_f1")}
    assert set(result["compared"]["rules"]["first_by_code"]) == set(result["top_level_codes"])



def test_the_curve_ends_on_every_training_document_as_the_cross_validated_figures_train(cold):
    """The sized points stop at 400 coded segments; a project coded beyond that must see where
    its curve stands now: the last point trains each fold on all its training documents, so it
    equals the cross-validated figures of what the workbench uses."""
    from workbench.nlp.evaluate import cross_validate

    codes, start = cold
    paths = [c.path for c in codes]
    result = cross_validate(_project_examples(6, cold_wins=False), paths, 3, curve=(25,), cold=start)
    last = result["learning_curve"][-1]
    assert last.get("all_training_documents") is True and last["folds"] == 3
    assert last["coded_segments"] > 25  # each fold has more coded segments than the sized point
    used = result["compared"]["used"]
    assert (last["first"], last["first_two"]) == (used["first"], used["first_two"])

def test_a_learning_curve_point_some_folds_cannot_reach_is_read_beside_the_cold_start_on_its_own_segments(cold):
    from workbench.nlp.evaluate import branch_hits, learning_curve, predict_examples

    codes, start = cold
    paths = [c.path for c in codes]
    examples = _project_examples(6, cold_wins=False)[:-25]  # the last document is short
    # fold 0 holds documents 0 and 3 (60 segments); the others hold ~55 each
    fold = np.array([[0, 1, 2, 0, 1, 2][int(e.document[1])] for e in examples])
    points = learning_curve(examples, paths, fold, 3, sizes=(25, 34), cold=start)
    reached = [p for p in points if p["coded_segments"] == 34]
    assert reached and reached[0]["folds"] < 3  # not every fold has 34 coded segments to train on
    coded = np.array([bool(e.labels) for e in examples])
    measured = [k for k in range(3) if coded[fold != k].sum() >= 34]
    assert len(measured) == reached[0]["folds"]
    rows = np.isin(fold, measured)
    top = [j for j, p in enumerate(paths) if "/" not in p]
    truth = np.array([[p in e.labels for p in paths] for e in examples])
    start_scores = predict_examples(None, examples, paths, cold=start)
    same = reached[0]["cold_start_same_passages"]
    assert {k: same[k] for k in ("first", "first_two")} == branch_hits(truth[rows][:, top], start_scores[rows][:, top])


def test_first_place_is_counted_among_the_codes_a_list_ranks_not_an_on_request_layer(cold):
    from workbench.nlp.evaluate import cross_validate, ranked_columns

    codes, start = cold
    paths = [c.path for c in codes]
    assert [paths[j] for j in ranked_columns(paths, start)] == ["trust", "signalling"]
    examples = _project_examples(6, cold_wins=False)
    for e in examples[::3]:  # some segments coded with the layer too
        e.labels = e.labels | {"signalling"}
    shown = cross_validate(examples, paths, 3, curve=(25,), cold=start)
    start.on_request = frozenset({"signalling"})
    try:
        assert [paths[j] for j in ranked_columns(paths, start)] == ["trust"]
        hidden = cross_validate(examples, paths, 3, curve=(25,), cold=start)
    finally:
        start.on_request = frozenset()
    # with only trust ranked, a trust segment always has it first; the layer still gets its F1
    assert hidden["cold_start"]["branch_hits"] == {"first": 1.0, "first_two": 1.0}
    assert shown["cold_start"]["branch_hits"]["first"] < 1.0
    assert set(hidden["compared"]["rules"]["first_by_code"]) == {"trust"}
    assert "signalling" in hidden["compared"]["rules"]["top_level_f1"]
    assert hidden["learning_curve"][0]["first"] == 1.0


def test_first_by_code_is_the_share_of_a_codes_segments_on_which_it_is_ranked_first():
    from workbench.nlp.evaluate import first_by_code

    truth = np.array([[1, 0, 0], [1, 1, 0], [0, 1, 0], [1, 0, 0]], dtype=bool)
    probs = np.array([[0.9, 0.1, 0.0], [0.2, 0.7, 0.1], [0.6, 0.3, 0.1], [0.1, 0.2, 0.8]])
    assert first_by_code(truth, probs, ["a", "b", "c"]) == {"a": round(1 / 3, 3), "b": 0.5, "c": None}


def test_a_cold_start_without_a_model_scores_like_before():
    start = ColdStart(["a", "a/b"])
    assert np.allclose(start.scores([[]], [({"a/b": 3.0}, {"a": 3.0})]),
                       [[prior_probability(3.0), prior_probability(3.0)]])
    assert start.explain("a", ["x"], 0.9) == []


def test_an_example_model_needs_two_top_level_codes():
    assert ExampleModel.fit([["tillit"], ["ærlig"]], ["trust", "trust"], {}, ["trust"]) is None


# ---------------------------------------------------------------- stored between processes

def test_a_fitted_cold_start_is_stored_and_loaded_with_the_same_scores(pipeline, tmp_path, monkeypatch):
    import workbench.nlp.example_model as em

    codes = seeded_codes()
    rules = RuleSuggester(codes, pipeline.nlp.vocab)
    em._CACHE.clear()  # kept in memory by an earlier test
    first = cold_start_for(codes, pipeline, rules, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("example-model-*.npz"))) == 1
    em._CACHE.clear()
    monkeypatch.setattr(em, "fit_cold_start", lambda *a, **k: pytest.fail("fitted again"))
    again = cold_start_for(codes, pipeline, rules, cache_dir=tmp_path)
    texts = ["Hun dømte meg aldri, så jeg turte å være ærlig.", "Vi øvde på intervjuet med rollespill."]
    terms = [terms_of(pipeline, t) for t in texts]
    raws = [({}, {}), ({"signalling": 1.0}, {"signalling": 1.0})]
    assert np.allclose(first.scores(terms, raws), again.scores(terms, raws))
    assert [(e.terms, e.labels, e.code_raw) for e in first.examples] == [(e.terms, e.labels, e.code_raw)
                                                                           for e in again.examples]
    assert first.model.explain("trust", terms[0]) == again.model.explain("trust", terms[0])
    (next(tmp_path.glob("example-model-*.npz"))).write_bytes(b"not an npz")
    em._CACHE.clear()
    monkeypatch.undo()
    assert cold_start_for(codes, pipeline, rules, cache_dir=tmp_path).model is not None  # unreadable: fitted again


def test_a_new_process_scores_with_the_stored_model_without_importing_scikit_learn(tmp_path):
    import subprocess
    import sys

    script = f"""
import sys
from workbench.nlp.pipeline import choose_pipeline, load_pipeline
from workbench.nlp.rules import RuleSuggester
from workbench.nlp.example_model import cold_start_for
sys.path.insert(0, {str(__import__('pathlib').Path(__file__).parent)!r})
from test_example_model import seeded_codes
codes = seeded_codes()
pipeline = load_pipeline(choose_pipeline("no_such_model_anywhere"))
cold = cold_start_for(codes, pipeline, RuleSuggester(codes, pipeline.nlp.vocab), cache_dir={str(tmp_path)!r})
scores = cold.scores([["ærlig", "dømme"]], [({{}}, {{}})])
print(cold.model is not None, "sklearn" in sys.modules)
"""
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
            for _ in range(2)]
    # the first process has the cold start fitted (in a child process of its own, see
    # test_bounded_memory), the second loads what was stored: neither imports scikit-learn
    assert [r.stdout.split() for r in runs] == [["True", "False"], ["True", "False"]], [r.stderr for r in runs]


def test_the_service_suggests_from_the_examples_the_project_keeps(tmp_path, monkeypatch):
    from workbench.nlp.service import SuggestionService
    from workbench.settings import Settings
    from workbench.store import Project

    import workbench.nlp.example_model as em

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the stored model goes there
    em._CACHE.clear()
    with Project.open(tmp_path / "p.db") as project:
        project.import_codebook(seeded_codes())
        service = SuggestionService(project, Settings(spacy_model="no_such_model_anywhere"), background=False)
        service.load()
        assert "rules and 15 example passages (no model trained yet)" in service.status
        found = service.suggest_text("Hun dømte meg aldri, så etter hvert turte jeg å være ærlig med henne.")
        assert found[0].code.startswith("trust") and any("codebook's examples" in w for w in found[0].why)
    assert list((tmp_path / "data" / "workbench" / "cache").glob("example-model-*.npz"))
