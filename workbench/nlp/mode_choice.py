"""Which codes use what was learned: per code, the regression, the blend or the cold start.

Training (`LearnedModel.fit`) asks `choose_modes` which of the three ranked each code's
passages best out of fold, over whole documents of the project's coding, and
`branch_gate` then keeps a whole top-level branch on the cold start unless learning
showed a gain for it beyond fold-to-fold noise and cost the other branches none; last,
`ranking_gate` blends every fitted code with the cold start instead when, on the same
folds, that ranks the right top-level code first more often beyond noise. Kept
apart from `learned` because it is the evaluation half of training: cross-validation,
F1 and first-place rates, not the model itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from workbench.core.codebook import ancestors_and_self, top_level_key
from workbench.nlp.learned import BLEND, C_VALUE, MODEL, RULES, Example, LearnedModel

#: Folds (whole documents) used while training to choose, per code, model, blend or rules.
CHOICE_FOLDS = 3
#: How much better (F1 at 0.5, out of fold) the model or blend must be than the rules
#: before a code uses it.
CHOICE_MARGIN = 0.02
#: The choice is made on whole documents holding at most about this many segments (a
#: fixed sample of documents beyond that: enough to compare, and the cost stays flat).
CHOICE_MAX_SEGMENTS = 6000
#: Fewer coded segments than this for a code, and out-of-fold figures say too little to
#: trust anything learned over the rules: the code keeps the rules.
CHOICE_MIN_POSITIVES = 10
#: Mean gain in a top-level code's out-of-fold F1 (over the cold start) below which its
#: branch keeps the cold start even when fold-to-fold noise is small (`branch_gate`).
BRANCH_MIN_GAIN = 0.0
#: How far (mean over folds) a top-level code's first-place rate may fall when a branch is
#: learned, at least, before that branch keeps the cold start (`branch_gate`; a larger
#: fall still passes when it is within one standard error across folds).
BRANCH_FIRST_SLACK = 0.005


def _document_sample(examples: Sequence[Example], limit: int) -> list[Example]:
    """Whole documents, in a fixed hash order, until about `limit` segments (all when fewer)."""
    if len(examples) <= limit:
        return list(examples)
    import hashlib

    sizes: dict[str, int] = {}
    for e in examples:
        sizes[e.document] = sizes.get(e.document, 0) + 1
    order = sorted(sizes, key=lambda d: hashlib.blake2b(d.encode(), digest_size=8).digest())
    kept, total = set(), 0
    for d in order:
        if total >= limit:
            break
        kept.add(d)
        total += sizes[d]
    return [e for e in examples if e.document in kept]


def choose_modes(examples: Sequence[Example], paths: list[str], modelled: list[str],
                 c_value: float = C_VALUE, cold=None) -> tuple[dict[str, str], dict[str, dict[str, float]]]:
    """Per modelled code: model, blend or cold start (`rules`), whichever ranked its passages
    best out of fold.

    Folds are whole documents of the project's coding (CHOICE_FOLDS); the codebook's
    example passages (`cold`) are in every training fold and never tested on. The measure
    is each code's F1 when it is suggested at a score of 0.5, as `evaluate` reports it,
    where the baseline is the cold-start score (rules, and the example model if any). (Average precision added to F1 was tried on the demo coding,
    development data: it kept the regression for codes where it then did worse out of
    fold.) The regression is kept only where it beats the
    rules, the blend where it beats the rules and the regression, and the rules stay
    otherwise (so the learned part never ranks a code worse than the rules did here).
    The winner must also beat the rules in most folds, not only pooled, and a code with
    fewer than CHOICE_MIN_POSITIVES coded segments keeps the rules. Last, `branch_gate`
    returns every code of a top-level branch to the cold start unless learning showed a
    gain for the branch beyond fold-to-fold noise and cost the other branches none, and
    `ranking_gate` replaces all of it with the blend for every fitted code of the ranked
    branches when that ranks the coded passages' right top-level code first more often out
    of fold, beyond noise. With coding in only one document nothing can be checked out of
    fold, and every code keeps the rules.
    """
    from workbench.nlp.evaluate import fold_of_documents

    examples = _document_sample(examples, CHOICE_MAX_SEGMENTS)
    documents = {e.document for e in examples if e.labels}
    if len(documents) < 2:
        return {p: RULES for p in modelled}, {}
    folds = min(CHOICE_FOLDS, len(documents))
    fold = np.array(fold_of_documents(examples, folds))
    truth = np.array([[p in e.labels for p in modelled] for e in examples], dtype=bool)
    learned = np.zeros(truth.shape)
    # the cold start is fixed before any coding: the same in every fold. Scored once for every
    # code (the branch gate needs them all); a child's score builds on its parent's, so the
    # modelled codes' columns are those scores when their parents are modelled too
    base = cold_scores(cold, examples, paths)
    index = {p: j for j, p in enumerate(paths)}
    chained = all(a in modelled for p in modelled for a in ancestors_and_self(p)[:-1])
    rules = base[:, [index[p] for p in modelled]] if chained else cold_scores(cold, examples, modelled)
    # only codes that can leave the cold start need their regressions fitted in each fold
    candidates = {p: MODEL for j, p in enumerate(modelled)
                  if CHOICE_MIN_POSITIVES <= truth[:, j].sum() < len(examples)}
    for k in range(folds):
        train = [e for e, f in zip(examples, fold, strict=True) if f != k]
        test = np.flatnonzero(fold == k)
        if not len(test):
            continue
        inner = LearnedModel.fit(train, paths, c_value, modes=candidates, lean=True, cold=cold, passages=False)
        tests = [examples[i] for i in test]
        raws = [(e.code_raw, e.group_raw) for e in tests]
        _x, x_full = inner.design([e.terms for e in tests], raws)
        probs = inner.probabilities(x_full)
        for j, p in enumerate(modelled):
            learned[test, j] = probs[:, inner.row[p]] if p in inner.row else rules[test, j]
    modes, scores = {}, {}
    for j, p in enumerate(modelled):
        y = truth[:, j]
        if y.sum() < CHOICE_MIN_POSITIVES or y.all():
            modes[p] = RULES
            continue
        scored = {RULES: rules[:, j], MODEL: learned[:, j], BLEND: 0.5 * (learned[:, j] + rules[:, j])}

        def measure(mask, m, y=y, scored=scored):
            return _f1(y[mask], scored[m][mask] >= 0.5)

        everywhere = np.ones(len(y), dtype=bool)
        pooled = {m: measure(everywhere, m) for m in scored}
        best = max((MODEL, BLEND), key=lambda m: pooled[m])
        parts = [fold == k for k in range(folds) if y[fold == k].any()]
        wins = sum(measure(mask, best) > measure(mask, RULES) for mask in parts)
        modes[p] = best if pooled[best] > pooled[RULES] + CHOICE_MARGIN and 2 * wins > len(parts) else RULES
        scores[p] = {m: round(float(v), 3) for m, v in pooled.items()}
    branches = branch_gate(examples, paths, modelled, modes, learned, fold, folds, cold, base)
    for p in modelled:
        if not branches.get(top_level_key(p), {}).get("learned", False):
            modes[p] = RULES
    scores.update({f"branch:{t}": v for t, v in branches.items()})
    modes, scores["ranking"] = ranking_gate(examples, paths, modelled, modes, learned, fold, folds, cold, base,
                                            set(candidates))
    return modes, scores


def branch_gate(examples: Sequence[Example], paths: list[str], modelled: list[str], modes: dict[str, str],
                learned: np.ndarray, fold: np.ndarray, folds: int, cold=None,
                base: np.ndarray | None = None) -> dict[str, dict]:
    """Per top-level code: may anything learned score its branch? (see `choose_modes`)

    The branch's top-level score as the suggester would compute it with the chosen modes
    (`learned`: out-of-fold regression outputs of `modelled`; a parent raised to its best
    child) is compared with the cold start's, by the top-level code's F1 at 0.5 in each
    document fold that holds coding of it. The branch keeps what was learned only when the
    mean gain over those folds exceeds BRANCH_MIN_GAIN and one standard error of the
    gains (fold-to-fold noise), in at least two folds. Then, best gain first, a branch
    stays learned only if, with it (and those kept before it), no other top-level code is
    ranked first on its own passages less often than by the cold start, by more than one
    standard error across folds (and BRANCH_FIRST_SLACK): a code learned well can still
    push a right neighbour out of first place. Otherwise every code of the branch keeps
    the cold start. A top-level code suggested only on request (`cold.on_request`) is not
    ranked against the others, so only its own F1 decides for it.
    """
    from workbench.nlp.evaluate import _consistent, listed_order, right_at

    base = cold_scores(cold, examples, paths) if base is None else base  # (examples x paths)
    column = {p: j for j, p in enumerate(paths)}

    def scored(branches: set[str]) -> np.ndarray:
        """Scores with what was learned switched on for `branches` only (parents raised to children)."""
        used = base.copy()
        for j, p in enumerate(modelled):
            if modes.get(p, RULES) != RULES and top_level_key(p) in branches:
                used[:, column[p]] = (0.5 * (learned[:, j] + base[:, column[p]]) if modes[p] == BLEND
                                      else learned[:, j])
        return _consistent(paths, used)

    cold_all = _consistent(paths, base.copy())
    hidden = getattr(cold, "on_request", frozenset())  # ranked only when asked for: not against the others
    tops = [p for p in paths if "/" not in p and p not in hidden]
    truth = np.array([[t in e.labels for t in tops] for e in examples], dtype=bool).reshape(len(examples), len(tops))
    masks = [fold == k for k in range(folds)]

    def first_place(scores: np.ndarray) -> list[list[float]]:
        """Per top-level code, per fold holding coding of it: share of its passages where a right
        top-level code (it, or another the passage is coded with) ranks first."""
        right = right_at(truth, listed_order(scores[:, [column[t] for t in tops]]))[:, 0]
        return [[float(np.mean(right[m & truth[:, i]])) for m in masks if (m & truth[:, i]).any()]
                for i in range(len(tops))]

    out: dict[str, dict] = {}
    learning = scored({top_level_key(p) for p in modelled})
    for top in sorted({top_level_key(p) for p in modelled if modes.get(p, RULES) != RULES}):
        j = column[top]
        y = np.array([top in e.labels for e in examples], dtype=bool)
        gains = [(_f1(y[m], learning[m, j] >= 0.5) - _f1(y[m], cold_all[m, j] >= 0.5)) for m in masks if y[m].any()]
        mean = float(np.mean(gains)) if gains else 0.0
        se = float(np.std(gains, ddof=1) / math.sqrt(len(gains))) if len(gains) > 1 else math.inf
        out[top] = {"gain": round(mean, 3), "se": round(se, 3) if se != math.inf else None, "folds": len(gains),
                    "learned": len(gains) > 1 and mean > max(se, BRANCH_MIN_GAIN)}
    # then, best gain first, a branch stays learned only if no top-level code is then ranked
    # first less often than by the cold start, by more than fold-to-fold noise
    before = first_place(cold_all) if tops else []
    kept: set[str] = set()
    for top in sorted((t for t in out if out[t]["learned"] and t not in hidden and tops), key=lambda t: -out[t]["gain"]):
        falls = {}
        for t, a, b in zip(tops, first_place(scored(kept | {top})), before, strict=True):
            delta = np.subtract(a, b)
            se = float(np.std(delta, ddof=1) / math.sqrt(len(delta))) if len(delta) > 1 else 0.0
            if len(delta) and float(delta.mean()) < -max(se, BRANCH_FIRST_SLACK):
                falls[t] = round(float(delta.mean()), 3)
        if falls:
            out[top].update(learned=False, ranks_others_lower=falls)
        else:
            kept.add(top)
    return out


def ranking_gate(examples: Sequence[Example], paths: list[str], modelled: list[str], modes: dict[str, str],
                 learned: np.ndarray, fold: np.ndarray, folds: int, cold=None, base: np.ndarray | None = None,
                 fitted: set[str] | frozenset[str] = frozenset()) -> tuple[dict[str, str], dict]:
    """The modes chosen per code and branch, or the blend for every fitted code of the ranked
    branches, whichever ranks the right top-level code first on more coded passages out of fold.

    Per code and per branch the choice above is made by F1 at a score of 0.5; a suggestion list
    is read by its order, and a blend of every code's regression with the cold start can order
    the branches better while no single branch gains enough F1 to pass `branch_gate`. So the
    share of coded passages whose right top-level code is ranked first (the codes ranked against
    each other; an on-request layer keeps its own choice) is compared, fold by fold, with the
    cold start's, for both. The blend replaces the per-code modes only when its mean gain over
    the cold start exceeds one standard error of the gains (fold-to-fold noise), it gained in
    at least two folds, it gained more than the per-code modes did, and no top-level code is
    then ranked first on its own passages less often than by the cold start, by more than one
    standard error (and BRANCH_FIRST_SLACK). `fitted`: the codes whose regressions `learned`
    holds (out of fold); the others keep their mode. Returns (modes, figures).
    """
    from workbench.nlp.evaluate import _consistent, listed_order, right_at

    hidden = getattr(cold, "on_request", frozenset())
    tops = [p for p in paths if "/" not in p and p not in hidden]
    blend = {p: BLEND if p in fitted and top_level_key(p) not in hidden else m for p, m in modes.items()}
    if not tops or blend == modes:
        return modes, {}
    base = cold_scores(cold, examples, paths) if base is None else base
    column = {p: j for j, p in enumerate(paths)}
    truth = np.array([[t in e.labels for t in tops] for e in examples], dtype=bool).reshape(len(examples), len(tops))
    coded = truth.any(axis=1)
    masks = [fold == k for k in range(folds) if (coded & (fold == k)).any()]

    def right_first(chosen: dict[str, str]) -> np.ndarray:
        used = base.copy()
        for j, p in enumerate(modelled):
            mode = chosen.get(p, RULES)
            if mode != RULES:
                used[:, column[p]] = 0.5 * (learned[:, j] + base[:, column[p]]) if mode == BLEND else learned[:, j]
        used = _consistent(paths, used)
        return right_at(truth, listed_order(used[:, [column[t] for t in tops]]))[:, 0]

    def own(right: np.ndarray) -> list[list[float]]:
        return [[float(right[m & truth[:, i]].mean()) for m in masks if (m & truth[:, i]).any()]
                for i in range(len(tops))]

    cold_right = right_first({})
    before = [float(cold_right[m & coded].mean()) for m in masks]
    figures: dict = {}
    raw: dict[str, tuple[float, float]] = {}
    for name, chosen in (("chosen", modes), (BLEND, blend)):
        right = right_first(chosen)
        gains = np.subtract([float(right[m & coded].mean()) for m in masks], before)
        mean = float(gains.mean()) if len(gains) else 0.0
        se = float(np.std(gains, ddof=1) / math.sqrt(len(gains))) if len(gains) > 1 else math.inf
        falls = {t: round(float(np.mean(d)), 3) for t, d in
                 ((t, np.subtract(a, b)) for t, a, b in zip(tops, own(right), own(cold_right), strict=True))
                 if len(d) and float(np.mean(d)) < -max(float(np.std(d, ddof=1) / math.sqrt(len(d))) if len(d) > 1
                                                         else 0.0, BRANCH_FIRST_SLACK)}
        raw[name] = (mean, se)
        figures[name] = {"gain": round(mean, 3), "se": round(se, 3) if se != math.inf else None,
                         "folds_gained": int((gains > 0).sum()), **({"ranks_lower": falls} if falls else {})}
    (gain, se), won = raw[BLEND], figures[BLEND]
    use = gain > se and won["folds_gained"] >= 2 and "ranks_lower" not in won and gain > raw["chosen"][0]
    figures["used"] = BLEND if use else "chosen"
    return (blend if use else modes), figures


def _f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    """F1 of boolean predictions (0 when nothing is predicted or true), as scikit-learn's
    f1_score with zero_division=0, without its per-call checks (a third of the choice's time)."""
    tp = int(np.count_nonzero(truth & predicted))
    wrong = int(np.count_nonzero(truth != predicted))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def cold_scores(cold, examples: Sequence[Example], paths: Sequence[str]) -> np.ndarray:
    """Cold-start scores (rows = examples, columns = `paths`): rules, with the example model if any."""
    from workbench.nlp.example_model import ColdStart

    cold = cold if cold is not None else ColdStart(list(paths))
    return cold.scores([e.terms for e in examples], [(e.code_raw, e.group_raw) for e in examples], paths)
