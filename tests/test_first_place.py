"""First place is counted as a suggestion list shows it: a passage with nothing listed ranks no code first.

With the rules alone, a passage without a keyword or pattern scores 0 for every code and gets no
suggestion at all. Counting the first column there as "ranked first" credited whichever top-level
code the codebook lists first (on the demo coding: competence, 0.79 "first" on its own segments
for the rules alone, where the rules listed it first on 0.43), so the table of `evaluate` showed
the learner below the rules alone on that code, and the training gates judged against the same
inflated figure.
"""

from __future__ import annotations

import numpy as np

from workbench.nlp.context import fit_weight
from workbench.nlp.evaluate import branch_hits, first_by_code, listed_order
from workbench.nlp.learned import MODEL, Example
from workbench.nlp.mode_choice import branch_gate


def test_a_passage_with_nothing_listed_ranks_no_code_first():
    truth = np.array([[1, 0], [1, 0], [0, 1]], dtype=bool)
    probs = np.array([[0.0, 0.0], [0.6, 0.1], [0.0, 0.0]])
    assert first_by_code(truth, probs, ["a", "b"]) == {"a": 0.5, "b": 0.0}
    assert branch_hits(truth, probs) == {"first": round(1 / 3, 3), "first_two": round(1 / 3, 3)}


def test_a_second_place_below_the_listing_score_is_not_in_the_first_two():
    truth = np.array([[0, 1, 0]], dtype=bool)
    probs = np.array([[0.7, 0.01, 0.0]])  # b is not listed (below MIN_SCORE)
    assert listed_order(probs, 2).tolist() == [[0, -1]]
    assert branch_hits(truth, probs) == {"first": 0.0, "first_two": 0.0}


def test_a_tie_above_the_listing_score_keeps_the_codebook_order_as_the_list_does():
    truth = np.array([[0, 1]], dtype=bool)
    assert first_by_code(truth, np.array([[0.4, 0.4]]), ["a", "b"]) == {"a": None, "b": 0.0}


def _example(doc: str, start: int, labels: set[str]) -> Example:
    return Example(doc, start, start + 5, "", ["x"], {}, {}, labels)


def test_the_branch_gate_does_not_count_an_empty_cold_start_as_first_place():
    """Learning b helps b; on a's passages the cold start lists nothing, and with b learned it lists
    b: a is right first on none of them either way, so b's branch is not held back for a's sake
    (counting the empty list as a first would have said learning b cost a all its first places)."""
    examples, base, learned = [], [], []
    for d in range(4):
        for k in range(3):
            examples.append(_example(f"d{d}", 10 * k, {"b"}))
            base.append([0.0, 0.3])
            learned.append([0.0, 0.8])
        examples.append(_example(f"d{d}", 40, {"a"}))
        base.append([0.0, 0.0])
        learned.append([0.0, 0.6])
    fold = np.array([int(e.document[1]) for e in examples])
    out = branch_gate(examples, ["a", "b"], ["a", "b"], {"a": MODEL, "b": MODEL}, np.array(learned), fold, 4,
                      base=np.array(base))
    assert out["b"]["learned"] is True and "ranks_others_lower" not in out["b"]


def test_the_context_weight_is_not_held_at_zero_by_passages_that_list_nothing():
    """24 coded sentences that score nothing alone, each next to a sentence scored for b: lifting
    lists b first, right on the 12 coded b, wrong on the 12 coded a (nothing is listed for them
    without lifting either). Counting an empty list as a first for a made the lift look like no gain."""
    spans, scores, truth = [], [], []
    for i in range(24):
        spans += [(i, 0, 10), (i, 11, 20)]
        scores += [[0.0, 0.8], [0.0, 0.0]]
        truth += [[False, False], [i % 2 == 0, i % 2 == 1]]
    from workbench.nlp.context import neighbours

    weight, figures = fit_weight(np.array(scores), np.array(truth), neighbours(spans))
    assert weight > 0 and figures["first_and_two_with"] > figures["first_and_two_without"]


def test_evaluate_names_a_code_below_the_rules_alone_and_what_if_anything_would_reach_them():
    from workbench.nlp.evaluate import below_rules

    def variant(a, b):
        return {"first_by_code": {"a": a, "b": b}}

    compared = {"rules": variant(0.5, 0.4), "cold_start": variant(0.45, 0.5), "learner": variant(0.6, 0.3),
                "used": variant(0.48, 0.35)}
    assert below_rules(compared) == {"a": {"used": 0.48, "rules": 0.5, "reached_by": ["learner"]},
                                     "b": {"used": 0.35, "rules": 0.4, "reached_by": ["cold_start"]}}
    compared["cold_start"] = variant(0.45, 0.3)
    assert below_rules(compared)["b"]["reached_by"] == []  # nothing available: said so plainly
    assert below_rules({"rules": variant(0.5, None), "used": variant(0.5, 0.2)}) == {}


def test_the_plain_report_says_which_code_is_below_the_rules_alone(capsys):
    from workbench.commands.suggest import _print_compared

    def variant(a):
        return {"first_by_code": {"a": a}, "top_level_f1": {"a": 0.5}, "micro_f1": 0.3, "first": 0.5,
                "first_two": 0.7}

    result = {"compared": {"rules": variant(0.5), "learner": variant(0.4), "used": variant(0.45)},
              "top_level_codes": ["a"], "below_rules": {"a": {"used": 0.45, "rules": 0.5, "reached_by": []}}}
    _print_compared(result)
    out = capsys.readouterr().out
    assert "below the rules alone: a, ranked first on 0.45 of its segments by what is used against 0.50" in out
    assert "nothing available" in out and "at least as often" not in out
