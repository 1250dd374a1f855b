"""The passage around a segment: how far its suggestions follow the neighbouring sentences.

A segment is one sentence of a speaker's turn, but a team often codes a passage: a
turn of several sentences, all under one code, some of which say nothing on their own
("I oktober.", "Det var tøft."). Scored alone, such a sentence gets no suggestion worth
the name; its theme is in the sentences next to it. How far to follow them is a habit
of the team, not a property of the codebook: a team that codes whole passages wants a
sentence to lean on its neighbours, one that codes single sentences does not. It is
one number, so a few dozen coded segments already show it, and the same habit holds in
the next interview (unlike the words of the coded passages, which on the demo coding
teach other documents little before some 400 coded segments).

So a trained model carries a weight w (0 to 1, `fit_weight`), chosen on the project's
own coded segments: the w at which the cold-start scores, lifted by their neighbours
(`lift`), rank a right top-level code first and in the first two most often. A neighbour
can only raise a code's score, never lower one: each score becomes
max(p, (1 - w) p + w m), where m is the mean score of the code over the segment's
neighbours. Neighbours are the segments right before and after it in the same turn
(the next one begins at most NEIGHBOUR_GAP characters after it ends: a turn change
puts a line break and a speaker label in between). Before any coding, and when lifting
does not rank better on the project's coding, w is 0 and nothing changes; a free text
(`suggest --file`, the labelled passage sets) has no neighbours and is never lifted.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: At most this many characters between a segment's end and the next one's start for the
#: two to be neighbours (sentences of one turn are one space apart; a new turn is further).
NEIGHBOUR_GAP = 1
#: The weights tried while fitting (0, 0.1, ..., 1).
GRID = tuple(round(0.1 * i, 1) for i in range(11))
#: Fewest coded segments (with a top-level code ranked against the others) before a
#: weight is learned; with fewer, w stays 0.
MIN_CODED = 20
#: The weight is fitted on whole documents holding at most about this many segments (a
#: fixed sample beyond that: the cost stays flat however much is coded).
FIT_MAX_SEGMENTS = 2000
#: A listed code owing at least this share of its score, and this much of it, to its neighbours
#: says so in its reasons.
REASON_MIN_SHARE = 0.25
REASON_MIN_LIFT = 0.1


def neighbours(spans: Sequence[tuple[object, int, int]]) -> list[list[int]]:
    """Per span (document, start, end): the indices of the spans right before and after it in
    the same turn (see NEIGHBOUR_GAP), among those given."""
    starts: dict[tuple[object, int], int] = {}
    ends: dict[tuple[object, int], int] = {}
    for i, (doc, start, end) in enumerate(spans):
        starts.setdefault((doc, start), i)
        ends.setdefault((doc, end), i)
    out: list[list[int]] = []
    for i, (doc, start, end) in enumerate(spans):
        found = []
        for gap in range(NEIGHBOUR_GAP + 1):
            before, after = ends.get((doc, start - gap)), starts.get((doc, end + gap))
            if before is not None and before != i and before not in found:
                found.append(before)
            if after is not None and after != i and after not in found:
                found.append(after)
        out.append(found)
    return out


def segment_neighbours(segments) -> list[list[int]]:
    """`neighbours` of one document's segments (anything with `start` and `end`)."""
    return neighbours([(0, s.start, s.end) for s in segments])


def adjacent(segments, start: int, end: int) -> list:
    """The segments right before and after the span [start, end) in its turn (see NEIGHBOUR_GAP)."""
    return [s for s in segments if 0 <= start - s.end <= NEIGHBOUR_GAP or 0 <= s.start - end <= NEIGHBOUR_GAP]


def lift(scores: np.ndarray, near: Sequence[Sequence[int]], weight: float) -> np.ndarray:
    """Scores (rows = segments) raised towards their neighbours' mean, never lowered:
    max(p, (1 - w) p + w m). A parent stays at least as high as its children (the map is
    monotone in both p and m)."""
    if weight <= 0 or not len(scores):
        return scores
    out = scores.copy()
    for row, found in enumerate(near):
        if found:
            mean = scores[list(found)].mean(axis=0)
            out[row] = scores[row] + weight * np.maximum(0.0, mean - scores[row])
    return out


def fit_weight(scores: np.ndarray, truth: np.ndarray, near: Sequence[Sequence[int]]) -> tuple[float, dict]:
    """The weight (of GRID) at which the lifted `scores` rank a right code first, plus in the first
    two, on the most segments that have one (`scores`, `truth`: rows = segments, columns = the
    top-level codes ranked against each other); of several that rank equally well, the middle
    one. 0 unless it ranks strictly better than no lift, or with fewer than MIN_CODED such
    segments. Returns (weight, figures)."""
    from workbench.nlp.evaluate import listed_order, right_at

    rows = np.flatnonzero(truth.any(axis=1)) if truth.size else np.zeros(0, dtype=int)
    if len(rows) < MIN_CODED or scores.shape[1] < 2:
        return 0.0, {"coded": len(rows)}
    # only the coded rows are ranked, but their neighbours' scores are needed to lift them
    needed = sorted(set(rows.tolist()) | {j for r in rows for j in near[r]})
    at = {r: k for k, r in enumerate(needed)}
    sub = scores[needed]
    sub_near = [[at[j] for j in near[r] if j in at] for r in needed]  # a coded row: all of its own
    ranked = [at[r] for r in rows]
    right = truth[rows]

    def measure(weight: float) -> int:
        hits = right_at(right, listed_order(lift(sub, sub_near, weight)[ranked], 2))  # nothing listed: no hit
        return int(hits[:, 0].sum() + hits.any(axis=1).sum())

    results = {w: measure(w) for w in GRID}
    top = max(results.values())
    tied = [w for w in GRID if results[w] == top]  # the middle of the best weights (a plateau when
    chosen = tied[(len(tied) - 1) // 2] if top > results[0.0] else 0.0  # rankings cannot tell them apart)
    n = len(rows)
    return chosen, {"coded": n, "first_and_two_without": round(results[0.0] / (2 * n), 3),
                    "first_and_two_with": round(results[chosen] / (2 * n), 3)}


def context_weight(examples, paths: list[str], cold) -> tuple[float, dict]:
    """The weight for a model trained on `examples` (the project's own segments, `learned.Example`),
    fitted on the cold-start scores (rules, with the example model if any) of a fixed sample of
    whole documents: scores nothing was fitted to on these segments (a regression's own training
    segments look right to it already, and would say no lift is needed); see the module docstring."""
    from workbench.nlp.evaluate import _consistent, ranked_columns
    from workbench.nlp.mode_choice import _document_sample, cold_scores

    sample = _document_sample([e for e in examples if e.document], FIT_MAX_SEGMENTS)
    ranked = ranked_columns(paths, cold)
    truth = np.array([[paths[j] in e.labels for j in ranked] for e in sample], dtype=bool).reshape(
        len(sample), len(ranked))
    if int(truth.any(axis=1).sum()) < MIN_CODED:
        return 0.0, {"coded": int(truth.any(axis=1).sum())}
    scores = _consistent(paths, cold_scores(cold, sample, paths))[:, ranked]
    return fit_weight(scores, truth, neighbours([(e.document, e.start, e.end) for e in sample]))
