"""Cross-validated quality of the suggestions on a project's own coding.

A researcher deciding whether to trust suggestions needs to know how often they are
right on this material, per code. Examples are split into folds by document (segments
of one interview resemble each other, so splitting inside an interview would flatter the
model); each fold is suggested by a model trained on the others. A code counts as
suggested when its score reaches the threshold (0.5: more likely than not). Reported
side by side: the rules alone, the model of the codebook's example passages alone (when
the codebook has them), the cold start (the two joined: what the workbench does before
anyone codes), the learner alone, the even blend of learner and cold start, and what the
workbench uses (per code the best of learner, blend and cold start on the training
documents, see `mode_choice.choose_modes`), each per top-level code; how well the scores are
calibrated (Brier score; expected calibration error over ten bins); and a learning
curve: the same measures after 25, 50, 100, 200 and 400 coded segments and on all of each
fold's training documents, still with whole documents held out (0 = the cold start), each point naming the top-level codes whose
branch used what was learned (in how many folds): a branch keeps the cold start unless
learning beat it by more than fold-to-fold noise (`mode_choice.branch_gate`), or every
fitted code blends when that ranked better out of fold (`mode_choice.ranking_gate`). First place is
counted among the top-level codes a suggestion list ranks against each other, as a user sees
it: an on-request layer (`programme`) is listed only when asked for, so it is left out there
(`ranked_columns`; it keeps its F1). Each point of the curve also gives the cold start on the
same held-out segments, and each variant how often it ranks each top-level code first on
that code's own segments (`first_by_code`), beside the rules alone. A trained model lifts each
held-out segment towards its neighbours in the turn by the context weight it learned
(`context`); each point of the curve gives the folds' mean weight.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np

from workbench.core.errors import WorkbenchError
from workbench.nlp.learned import BLEND, MODEL, RULES, Example, LearnedModel
from workbench.nlp.mode_choice import cold_scores

THRESHOLD = 0.5
#: Coded segments at which the learning curve is measured.
CURVE_SIZES = (25, 50, 100, 200, 400)


def fold_of_documents(examples: Sequence[Example], folds: int) -> list[int]:
    """Fold number per example, whole documents per fold (balanced by segment count)."""
    sizes: dict[str, int] = {}
    for e in examples:
        sizes[e.document] = sizes.get(e.document, 0) + 1
    load = [0] * folds
    assigned: dict[str, int] = {}
    for doc in sorted(sizes, key=lambda d: (-sizes[d], d)):
        k = min(range(folds), key=lambda i: load[i])
        assigned[doc] = k
        load[k] += sizes[doc]
    return [assigned[e.document] for e in examples]


def _consistent(paths: list[str], probs: np.ndarray) -> np.ndarray:
    """Parents scored at least as high as their children (as the suggester does)."""
    index = {p: i for i, p in enumerate(paths)}
    for p in sorted(paths, key=lambda q: -q.count("/")):
        if "/" in p:
            parent = index.get(p.rsplit("/", 1)[0])
            if parent is not None:
                probs[:, parent] = np.maximum(probs[:, parent], probs[:, index[p]])
    return probs


def predict_examples(model: LearnedModel | None, examples: Sequence[Example], paths: list[str],
                     mode: str | None = None, cold=None) -> np.ndarray:
    """Scores (examples x paths) as the suggester computes them, with or without a model.

    `cold` is the cold start (rules alone when None); `mode` (model, blend, rules)
    overrides every code's chosen mode. With a model, each segment is lifted towards its
    neighbours among `examples` by the model's context weight (`context.lift`).
    """
    base = cold_scores(cold, examples, paths)
    if model is None:
        return _consistent(paths, base)
    out = base.copy()  # codes with too few codings for a model: the cold start
    _x_text, x_full = model.design([e.terms for e in examples], [(e.code_raw, e.group_raw) for e in examples])
    learned = model.probabilities(x_full)
    for j, p in enumerate(paths):
        if p in model.row:
            out[:, j] = model.mix(p, learned[:, model.row[p]], base[:, j], mode)
    out = _consistent(paths, out)
    if model.context > 0:  # a segment leans on its neighbours in the turn, as far as the coding showed
        from workbench.nlp.context import lift, neighbours

        out = lift(out, neighbours([(e.document, e.start, e.end) for e in examples]), model.context)
    return out


def scores_table(truth: np.ndarray, probs: np.ndarray, paths: list[str], threshold: float = THRESHOLD) -> dict:
    """Precision, recall, F1 and support per code, micro and macro averages, calibration."""
    predicted = probs >= threshold
    per_code = {}
    tp_all = fp_all = fn_all = 0
    f1s = []
    for j, p in enumerate(paths):
        tp = int(np.sum(predicted[:, j] & truth[:, j]))
        fp = int(np.sum(predicted[:, j] & ~truth[:, j]))
        fn = int(np.sum(~predicted[:, j] & truth[:, j]))
        support = int(truth[:, j].sum())
        if support == 0 and tp + fp == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_code[p] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                       "support": support, "suggested": tp + fp}
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        if support:
            f1s.append(f1)
    micro_p = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
    micro_r = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
    micro_f1 = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0
    return {
        "micro": {"precision": round(micro_p, 3), "recall": round(micro_r, 3), "f1": round(micro_f1, 3)},
        "macro_f1": round(float(np.mean(f1s)), 3) if f1s else 0.0,
        "calibration": calibration(truth, probs),
        "per_code": per_code,
    }


def calibration(truth: np.ndarray, probs: np.ndarray, bins: int = 10) -> dict:
    """Brier score and expected calibration error (|mean score - observed rate|, weighted by bin)."""
    t = truth.ravel().astype(float)
    p = probs.ravel()
    if not len(p):
        return {"brier": None, "ece": None}
    brier = float(np.mean((p - t) ** 2))
    edges = np.minimum((p * bins).astype(int), bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = edges == b
        if mask.any():
            ece += mask.mean() * abs(p[mask].mean() - t[mask].mean())
    return {"brier": round(brier, 4), "ece": round(float(ece), 4)}


def cross_validate(examples: Sequence[Example], paths: list[str], folds: int = 5,
                   threshold: float = THRESHOLD, curve: Sequence[int] | None = CURVE_SIZES, cold=None) -> dict:
    """Cross-validated scores of what the workbench uses, beside rules, example model, cold
    start, learner and blend alone (`cold`: the codebook's `example_model.ColdStart`)."""
    from workbench.nlp.example_model import ColdStart
    documents = {e.document for e in examples}
    labelled = sum(1 for e in examples if e.labels)
    if labelled == 0:
        raise WorkbenchError("nothing is coded yet: code some segments before evaluating suggestions")
    folds = max(2, min(folds, len(documents)))
    if len(documents) < 2:
        raise WorkbenchError("evaluation needs coding in at least two documents (folds are whole documents)")
    fold = np.array(fold_of_documents(examples, folds))
    truth = np.array([[p in e.labels for p in paths] for e in examples], dtype=bool)
    variants = {name: np.zeros((len(examples), len(paths))) for name in ("used", MODEL, BLEND)}
    modes: dict[str, dict[str, int]] = {}
    branches: dict[str, int] = {}  # top-level code -> folds in which its branch used what was learned
    for k in range(folds):
        train = [e for e, f in zip(examples, fold, strict=True) if f != k]
        test_idx = np.flatnonzero(fold == k)
        if not len(test_idx):
            continue
        model = LearnedModel.fit(train, paths, cold=cold)
        tests = [examples[i] for i in test_idx]
        for name in variants:
            variants[name][test_idx] = predict_examples(model if model.modelled else None, tests, paths,
                                                        None if name == "used" else name, cold)
        for p, m in model.modes.items():
            modes.setdefault(p, {}).setdefault(m, 0)
            modes[p][m] += 1
        for top in learned_branches(model):
            branches[top] = branches.get(top, 0) + 1
    rules = predict_examples(None, examples, paths)
    start = predict_examples(None, examples, paths, cold=cold)
    seeded = ColdStart(paths, cold.model, examples_only=True) if cold is not None and cold.model is not None else None
    top = [j for j, p in enumerate(paths) if "/" not in p]
    top_paths = [paths[j] for j in top]
    ranked = ranked_columns(paths, cold)

    def summary(probs: np.ndarray) -> dict:
        table = scores_table(truth[:, top], probs[:, top], top_paths, threshold)
        return {"micro_f1": scores_table(truth, probs, paths, threshold)["micro"]["f1"],
                "top_level_micro_f1": table["micro"]["f1"], **branch_hits(truth[:, ranked], probs[:, ranked]),
                "top_level_f1": {p: row["f1"] for p, row in table["per_code"].items()},
                "first_by_code": first_by_code(truth[:, ranked], probs[:, ranked], [paths[j] for j in ranked])}

    result = scores_table(truth, variants["used"], paths, threshold)
    rules_only = scores_table(truth, rules, paths, threshold)
    out = {
        "folds": folds, "documents": len(documents), "segments": len(examples), "coded_segments": labelled,
        "threshold": threshold,
        **result,
        "top_level": {k: v for k, v in scores_table(truth[:, top], variants["used"][:, top], top_paths,
                                                       threshold).items() if k != "per_code"},
        "rules_only": {**{k: v for k, v in rules_only.items() if k != "per_code"},
                       "branch_hits": branch_hits(truth[:, ranked], rules[:, ranked])},
        "branch_hits": branch_hits(truth[:, ranked], variants["used"][:, ranked]),
        "top_level_codes": top_paths,
        "cold_start": {**{k: v for k, v in scores_table(truth, start, paths, threshold).items() if k != "per_code"},
                       "branch_hits": branch_hits(truth[:, ranked], start[:, ranked])},
        "compared": {"rules": summary(rules),
                     **({"examples": summary(predict_examples(None, examples, paths, cold=seeded)),
                         "cold_start": summary(start)} if seeded else {}),
                     "learner": summary(variants[MODEL]),
                     "blend": summary(variants[BLEND]), "used": summary(variants["used"])},
        "example_passages": len(cold.examples) if cold is not None else 0,
        "modes": modes,
        "learned_branches": dict(sorted(branches.items())),
    }
    out["below_rules"] = below_rules(out["compared"])
    if curve:
        out["learning_curve"] = learning_curve(examples, paths, fold, folds, curve, threshold, cold=cold)
    return out


def learning_curve(examples: Sequence[Example], paths: list[str], fold: np.ndarray, folds: int,
                   sizes: Sequence[int] = CURVE_SIZES, threshold: float = THRESHOLD, seed: int = 0,
                   cold=None) -> list[dict]:
    """Top-1, top-2 and micro-F1 on held-out documents after training on n coded segments.

    For each fold the training documents are taken in a fixed shuffled order, segment by
    segment as a coder would work through them, until n segments are coded; the held-out
    documents are the fold's, as in `cross_validate`. A size no fold can reach is left
    out. The first point (n = 0) is the cold start (`cold`; the rules alone without one); the
    last is every training document of each fold, what `cross_validate`'s own figures train on,
    so the curve ends where the project's coding stands now.
    """
    rng = np.random.default_rng(seed)
    top = ranked_columns(paths, cold)
    truth = np.array([[p in e.labels for p in paths] for e in examples], dtype=bool)
    start = predict_examples(None, examples, paths, cold=cold)
    points = [{"coded_segments": 0, "folds": folds, **branch_hits(truth[:, top], start[:, top]),
               "micro_f1": scores_table(truth, start, paths, threshold)["micro"]["f1"]}]
    orders = []
    for k in range(folds):
        docs = sorted({e.document for e, f in zip(examples, fold, strict=True) if f != k})
        rng.shuffle(docs)
        rank = {d: i for i, d in enumerate(docs)}
        train = sorted((e for e, f in zip(examples, fold, strict=True) if f != k), key=lambda e: (rank[e.document], e.start))
        orders.append(train)
    for n in [*sizes, None]:
        point = _curve_point(examples, paths, fold, folds, orders, n, truth, start, top, threshold, cold)
        if point is not None:
            points.append(point)
    return points


def _curve_point(examples, paths, fold, folds, orders, n, truth, start, top, threshold, cold) -> dict | None:
    """One point of `learning_curve`: each fold trained on its first n coded segments, or, with
    n None, on all of its training documents (the whole fold, as `cross_validate` trains);
    None when no fold reaches n."""
    probs = np.zeros((len(examples), len(paths)))
    covered = np.zeros(len(examples), dtype=bool)
    used, reached, weights = 0, [], []
    learned: dict[str, int] = {}  # top-level code -> folds whose model scores its branch
    for k in range(folds):
        train, coded = [], 0
        for e in orders[k]:
            if n is not None and coded >= n:
                break
            train.append(e)
            coded += bool(e.labels)
        test_idx = np.flatnonzero(fold == k)
        if (n is not None and coded < n) or not coded or not len(test_idx):
            continue
        model = LearnedModel.fit(train, paths, cold=cold)
        probs[test_idx] = predict_examples(model if model.modelled else None,
                                           [examples[i] for i in test_idx], paths, cold=cold)
        covered[test_idx] = True
        used += 1
        reached.append(coded)
        for branch in learned_branches(model):
            learned[branch] = learned.get(branch, 0) + 1
        weights.append(model.context)
    if not used:
        return None
    t, p, s = truth[covered], probs[covered], start[covered]
    point = {"coded_segments": n if n is not None else min(reached), "folds": used,
             **branch_hits(t[:, top], p[:, top]),
             "micro_f1": scores_table(t, p, paths, threshold)["micro"]["f1"],
             "learned_branches": dict(sorted(learned.items())),
             "context_weight": round(float(np.mean(weights)), 2),  # mean over folds (`context`)
             # a size only some folds reach is measured on their documents alone: the
             # cold start on those same passages is what the point is to be read against
             "cold_start_same_passages": {**branch_hits(t[:, top], s[:, top]),
                                          "micro_f1": scores_table(t, s, paths, threshold)["micro"]["f1"]}}
    if n is None:
        # the last point: every training document of each fold (at least this many coded segments)
        point["all_training_documents"] = True
    return point


def learned_branches(model: LearnedModel) -> list[str]:
    """Top-level codes whose branch the model scores with something learned (not the cold
    start alone): those that passed `mode_choice.branch_gate`."""
    from workbench.core.codebook import top_level_key

    return sorted({top_level_key(p) for p, m in model.modes.items() if m != RULES})


def listed_order(probs: np.ndarray, places: int = 1) -> np.ndarray:
    """Per row, the columns in the first `places` places as a suggestion list shows them: by
    score, codebook (column) order on a tie, and -1 for a place whose score is below the
    suggester's MIN_SCORE, which is not listed at all.

    A passage on which no code reaches MIN_SCORE (the rules alone, on a passage without a
    keyword or pattern) gets no suggestion, so it ranks no code first: counting the first
    column there as first would credit whichever code the codebook happens to list first.
    """
    from workbench.nlp.suggester import MIN_SCORE

    if not probs.shape[1]:
        return np.full((len(probs), places), -1, dtype=int)
    order = np.argsort(-probs, axis=1, kind="stable")[:, :places]
    listed = np.take_along_axis(probs, order, axis=1) >= MIN_SCORE
    out = np.where(listed, order, -1)
    if out.shape[1] < places:
        out = np.hstack([out, np.full((len(probs), places - out.shape[1]), -1, dtype=int)])
    return out


def right_at(truth: np.ndarray, places: np.ndarray) -> np.ndarray:
    """Per row, whether the column in each place (`listed_order`) is a right one (-1: never)."""
    if not truth.shape[1]:
        return np.zeros(places.shape, dtype=bool)
    return np.where(places >= 0, np.take_along_axis(truth, np.maximum(places, 0), axis=1), False)


def branch_hits(truth: np.ndarray, probs: np.ndarray) -> dict:
    """On coded segments: how often a right top-level code is the first, or among the first two,
    suggested (`listed_order`: a passage with nothing listed has no first)."""
    rows = np.flatnonzero(truth.any(axis=1))
    if not len(rows):
        return {"first": None, "first_two": None}
    right = right_at(truth[rows], listed_order(probs[rows], 2))
    first, second = right[:, 0], right[:, 1]
    return {"first": round(float(first.mean()), 3), "first_two": round(float((first | second).mean()), 3)}


def ranked_columns(paths: Sequence[str], cold=None) -> list[int]:
    """Columns of the top-level codes the suggestion list ranks against each other: all but the
    codebook's on-request layers (`cold.on_request`), which are listed only when asked for, so
    first place is counted as a user sees it (those layers still get their F1)."""
    hidden = getattr(cold, "on_request", frozenset()) if cold is not None else frozenset()
    return [j for j, p in enumerate(paths) if "/" not in p and p not in hidden]


def below_rules(compared: dict) -> dict[str, dict]:
    """The top-level codes that what is used ranks first on their own segments less often than
    the rules alone (`compared`: `cross_validate`'s variants, each with `first_by_code`), each
    with both figures and the variants that reach the rules' figure (none: nothing available
    ranks it first as often as the rules alone)."""
    rules, used = compared["rules"]["first_by_code"], compared["used"]["first_by_code"]
    out: dict[str, dict] = {}
    for code, floor in rules.items():
        value = used.get(code)
        if floor is None or value is None or value >= floor:
            continue
        reach = [name for name, v in compared.items() if name not in ("rules", "used")
                 and (v["first_by_code"].get(code) or 0.0) >= floor]
        out[code] = {"used": value, "rules": floor, "reached_by": reach}
    return out


def first_by_code(truth: np.ndarray, probs: np.ndarray, paths: Sequence[str]) -> dict[str, float | None]:
    """Per top-level code (columns of `truth` and `probs`, named by `paths`): of the coded segments
    that have it, the share on which it is ranked first (`listed_order`: nothing listed is no
    first); None for a code no segment has."""
    first = listed_order(probs)[:, 0]
    out: dict[str, float | None] = {}
    for j, path in enumerate(paths):
        rows = np.flatnonzero(truth[:, j])
        out[path] = round(float((first[rows] == j).mean()), 3) if len(rows) else None
    return out


def read_labelled_passages(path) -> tuple[dict, list[dict]]:
    """(metadata, rows) of a JSON-lines file of passages with a gold top-level `code`.

    A first line `{"_meta": {...}}` (date written, codebook commit, …) is returned apart.
    """
    from pathlib import Path

    meta: dict = {}
    rows: list[dict] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if "_meta" in row:
            meta = row["_meta"]
        elif "text" in row and "code" in row:
            rows.append(row)
        else:
            raise WorkbenchError(f"{path}:{number}: a passage needs 'text' and 'code'")
    return meta, rows


def cold_start_hits(suggester, pipeline, rows: Sequence[dict], top: int = 5) -> dict:
    """How often the gold top-level code is ranked first / in the first two, overall and per code."""
    from workbench.core.codebook import top_level_key
    from workbench.nlp.analysis import analyse_text

    first = two = 0
    per_code: dict[str, list[int]] = {}
    for row in rows:
        found = suggester.rank(analyse_text(pipeline, row["text"]), row["text"], top)
        branches = [top_level_key(s.code) for s in found]
        hit1, hit2 = branches[:1] == [row["code"]], row["code"] in branches[:2]
        first += hit1
        two += hit2
        counts = per_code.setdefault(row["code"], [0, 0, 0])
        counts[0] += 1
        counts[1] += hit1
        counts[2] += hit2
    n = max(1, len(rows))
    return {"passages": len(rows), "first": round(first / n, 3), "first_two": round(two / n, 3),
            "per_code": {c: {"passages": k, "first": round(a / k, 3), "first_two": round(b / k, 3)}
                         for c, (k, a, b) in sorted(per_code.items())}}
