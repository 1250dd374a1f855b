"""The learner never moves a top-level code it has not shown, across document folds, to help.

`mode_choice.branch_gate` keeps what was learned for a whole top-level branch only when the
top-level code's out-of-fold F1 beats the cold start's by more than the fold-to-fold
noise (mean gain above one standard error, in at least two folds), and when no top-level
code is then ranked first less often than by the cold start; these tests build the
out-of-fold scores by hand (synthetic), so each case is exactly what it claims.
"""

from __future__ import annotations

import numpy as np

from workbench.nlp.learned import BLEND, MODEL, RULES, Example, LearnedModel
from workbench.nlp.mode_choice import branch_gate, choose_modes, ranking_gate

PATHS = ["a", "a/x", "b"]


def _examples(labels_per_doc: list[list[set[str]]]) -> tuple[list[Example], np.ndarray]:
    examples, fold = [], []
    for d, labels in enumerate(labels_per_doc):
        for i, lab in enumerate(labels):
            examples.append(Example(f"D{d}", i * 10, i * 10 + 9, "s", ["w"], {}, {}, set(lab)))
            fold.append(d)
    return examples, np.array(fold)


def _docs(n_docs: int, per_doc: int = 10) -> list[list[set[str]]]:
    return [[{"a", "a/x"} if i % 3 == 0 else {"b"} for i in range(per_doc)] for _d in range(n_docs)]


def test_a_branch_keeps_what_was_learned_when_it_helps_in_every_fold():
    examples, fold = _examples(_docs(3))
    truth = np.array([[("a/x" in e.labels)] for e in examples], dtype=float)
    # without rule evidence the cold start scores nothing: the regression, right everywhere, helps
    gate = branch_gate(examples, PATHS, ["a/x"], {"a/x": MODEL}, truth * 0.9, fold, 3)
    assert gate["a"]["learned"] and gate["a"]["folds"] == 3 and gate["a"]["gain"] > 0.9


def test_a_branch_keeps_the_cold_start_when_the_gain_is_within_fold_noise():
    examples, fold = _examples(_docs(4))
    y = np.array([("a/x" in e.labels) for e in examples])
    for e, f in zip(examples, fold, strict=True):
        if f == 2 and "a" in e.labels:  # here the rules find the code and the regression misses it
            e.group_raw = {"a": 20.0}
    learned = np.zeros((len(examples), 2))
    learned[(fold < 2) & y] = 0.9  # right in two folds, wrong in one, silent in one: gains 1, 1, -1, 0
    gate = branch_gate(examples, PATHS, ["a", "a/x"], {"a": MODEL, "a/x": MODEL}, learned, fold, 4)
    assert gate["a"]["folds"] == 4 and gate["a"]["gain"] == 0.25 and gate["a"]["se"] > 0.25
    assert not gate["a"]["learned"]


def test_a_branch_that_would_push_another_code_out_of_first_place_keeps_the_cold_start():
    examples, fold = _examples(_docs(3))
    for e in examples:
        if "b" in e.labels:  # the rules find b, weakly (a cold-start score of about 0.3)
            e.group_raw = {"b": 1.1}
    y = np.array([("a/x" in e.labels) for e in examples])
    learned = np.where(y, 0.9, 0.45).reshape(-1, 1)  # a/x right at 0.5, but above b on b's passages
    gate = branch_gate(examples, PATHS, ["a/x"], {"a/x": MODEL}, learned, fold, 3)
    assert gate["a"]["gain"] > 0.9 and not gate["a"]["learned"]
    assert gate["a"]["ranks_others_lower"] == {"b": -1.0}
    # below b's score it helps a and costs b nothing: learned
    gate = branch_gate(examples, PATHS, ["a/x"], {"a/x": MODEL}, np.where(y, 0.9, 0.1).reshape(-1, 1), fold, 3)
    assert gate["a"]["learned"] and "ranks_others_lower" not in gate["a"]


def test_a_code_suggested_only_on_request_is_not_ranked_against_the_others():
    from workbench.nlp.example_model import ColdStart

    examples, fold = _examples(_docs(3))
    for e in examples:
        if "b" in e.labels:
            e.group_raw = {"b": 1.1}
    y = np.array([("a/x" in e.labels) for e in examples])
    cold = ColdStart(PATHS)
    cold.on_request = frozenset({"a"})  # `a` is shown only when asked for: it cannot push `b` out
    gate = branch_gate(examples, PATHS, ["a/x"], {"a/x": MODEL}, np.where(y, 0.9, 0.45).reshape(-1, 1), fold, 3,
                       cold)
    assert gate["a"]["learned"]


def test_a_branch_coded_in_one_fold_only_keeps_the_cold_start():
    labels = _docs(3)
    labels[1] = [{"b"}] * 10
    labels[2] = [{"b"}] * 10
    examples, fold = _examples(labels)
    truth = np.array([[("a/x" in e.labels)] for e in examples], dtype=float)
    gate = branch_gate(examples, PATHS, ["a/x"], {"a/x": MODEL}, truth, fold, 3)
    assert gate["a"]["folds"] == 1 and not gate["a"]["learned"]


def test_codes_left_with_the_cold_start_are_not_gated():
    examples, fold = _examples(_docs(3))
    assert branch_gate(examples, PATHS, ["a/x"], {"a/x": RULES}, np.zeros((30, 1)), fold, 3) == {}


def _mixed(n_docs: int):
    """Code `a` has a marker word the rules do not know (learning helps); code `b` is found by its
    rules every time, and its terms are noise (learning cannot help)."""
    rng = __import__("random").Random(7)
    out = []
    for d in range(n_docs):
        for i in range(30):
            a, b = rng.random() < 0.3, rng.random() < 0.3
            terms = [f"w{rng.randrange(40)}" for _ in range(6)] + (["marker", "signal"] if a else [])
            raw = {"b": 6.0} if b else {}
            out.append(Example(f"D{d}", i * 10, i * 10 + 9, "s", terms, raw, dict(raw),
                               ({"a"} if a else set()) | ({"b"} if b else set())))
    return out


def test_choose_modes_leaves_only_branches_that_passed_the_gate_to_learning():
    examples = _mixed(6)
    modes, choice = choose_modes(examples, ["a", "b"], ["a", "b"])
    assert modes["a"] in (MODEL, BLEND) and choice["branch:a"]["learned"]
    assert modes["b"] == RULES
    model = LearnedModel.fit(examples, ["a", "b"])
    assert model.modes == modes


# -- ranking_gate: the blend of every fitted code, when it orders the branches better --------

RANKED = ["a", "a/x", "b", "c"]


def _scored(examples, cold_of, learned_of):
    """Hand-made cold-start scores (examples x RANKED) and out-of-fold regression outputs
    (examples x the modelled codes ["a/x", "b"]), each from the passage's labels."""
    base = np.array([cold_of(e.labels) for e in examples], dtype=float)
    learned = np.array([learned_of(e.labels) for e in examples], dtype=float)
    return base, learned


def _ranking(examples, fold, base, learned, modes=None, cold=None):
    modes = modes or {"a/x": RULES, "b": RULES}
    return ranking_gate(examples, RANKED, ["a/x", "b"], modes, learned, fold, int(fold.max()) + 1, cold, base,
                        {"a/x", "b"})


def test_the_blend_is_used_when_it_ranks_the_right_branch_first_more_often_in_every_fold():
    examples, fold = _examples(_docs(3))
    # the cold start ranks b first on a's passages too; the regression finds a/x there
    base, learned = _scored(examples, lambda lab: [0.3, 0.3, 0.4, 0.0] if "a" in lab else [0.1, 0.1, 0.4, 0.0],
                            lambda lab: [0.9, 0.4] if "a" in lab else [0.1, 0.4])
    modes, figures = _ranking(examples, fold, base, learned)
    assert modes == {"a/x": BLEND, "b": BLEND} and figures["used"] == BLEND
    assert figures[BLEND]["gain"] == 0.4 and figures[BLEND]["folds_gained"] == 3  # 6 of 10 first -> 10 of 10
    assert figures["chosen"]["gain"] == 0.0


def test_the_blend_is_not_used_when_it_pushes_a_code_out_of_first_place_on_its_own_passages():
    labels = [[{"a", "a/x"}] * 4 + [{"b"}] * 5 + [{"c"}] for _d in range(3)]
    examples, fold = _examples(labels)

    def cold_of(lab):
        if "a" in lab:
            return [0.3, 0.3, 0.4, 0.0]
        return [0.1, 0.1, 0.4, 0.0] if "b" in lab else [0.3, 0.3, 0.0, 0.35]

    base, learned = _scored(examples, cold_of, lambda lab: [0.1, 0.4] if "b" in lab else [0.9, 0.4])
    modes, figures = _ranking(examples, fold, base, learned)
    # more passages right overall (a's four), but c's one passage now goes to a
    assert figures[BLEND]["gain"] > figures[BLEND]["se"] and figures[BLEND]["ranks_lower"] == {"c": -1.0}
    assert modes == {"a/x": RULES, "b": RULES} and figures["used"] == "chosen"


def test_the_blend_is_not_used_when_its_gain_is_within_fold_noise():
    examples, fold = _examples(_docs(3))
    base, learned = _scored(examples, lambda lab: [0.3, 0.3, 0.4, 0.0] if "a" in lab else [0.1, 0.1, 0.4, 0.0],
                            lambda lab: [0.9, 0.4] if "a" in lab else [0.1, 0.4])
    learned[fold > 0, 0] = 0.1  # it finds a/x in one fold only
    modes, figures = _ranking(examples, fold, base, learned)
    assert figures[BLEND]["folds_gained"] == 1 and modes == {"a/x": RULES, "b": RULES}


def test_the_blend_is_not_used_when_the_per_code_modes_ranked_as_well():
    examples, fold = _examples(_docs(3))
    base, learned = _scored(examples, lambda lab: [0.3, 0.3, 0.4, 0.0] if "a" in lab else [0.1, 0.1, 0.4, 0.0],
                            lambda lab: [0.9, 0.4] if "a" in lab else [0.1, 0.4])
    modes, figures = _ranking(examples, fold, base, learned, modes={"a/x": MODEL, "b": RULES})
    assert figures["chosen"]["gain"] == figures[BLEND]["gain"] == 0.4
    assert modes == {"a/x": MODEL, "b": RULES} and figures["used"] == "chosen"


def test_an_on_request_layer_keeps_its_own_mode_and_is_never_blended_for_ranking():
    from workbench.nlp.example_model import ColdStart

    examples, fold = _examples(_docs(3))
    cold = ColdStart(RANKED)
    cold.on_request = frozenset({"a"})
    base, learned = _scored(examples, lambda lab: [0.3, 0.3, 0.4, 0.0] if "a" in lab else [0.1, 0.1, 0.4, 0.0],
                            lambda lab: [0.9, 0.4] if "a" in lab else [0.1, 0.4])
    modes, _figures = ranking_gate(examples, RANKED, ["a/x", "b"], {"a/x": MODEL, "b": RULES}, learned, fold, 3,
                                   cold, base, {"a/x"})
    assert modes == {"a/x": MODEL, "b": RULES}
