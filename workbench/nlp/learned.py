"""The suggester that learns from the team's own coding: one logistic regression per code.

Each code gets a scikit-learn logistic regression over the segment's tf-idf features
plus the codebook rules' evidence for every code, so the model learns both new words and
how far to trust each code's keywords in this project. Logistic regression gives
probabilities that track observed frequencies (the `evaluate` command reports how well),
which is what makes a score of 0.7 mean "about seven in ten". Codes with too few
examples for a model of their own get the rules' evidence mapped to a probability by a
single calibration fitted on the whole project.

When the codebook comes with example passages (see `example_model`), they join the
training rows at a lower weight than the team's own coding, so the regressions start
from what the examples teach and the project's coding counts for more.

A model never makes a code worse than the cold start: while training, each code's
regression is compared with the cold-start score (the rules, joined with the example
model when there is one) and with the mean of the two, by cross-validation over whole
documents of the project's coding, and the code keeps the regression only where it
ranked that code's passages better than the cold start did; elsewhere it uses the blend,
or the cold start alone when the blend did not beat it either (`modes`). On top of that,
a whole top-level branch keeps the cold start unless, on the same folds, what was learned
raised its top-level code's F1 by more than the fold-to-fold noise and pushed no other
top-level code out of first place beyond that noise (`branch_gate`).

A model is stored as plain arrays (numpy's npz without pickles) with the coded passages
it learned from and who coded them, so it can say which coded passage, by whom, a
suggestion resembles, but only when the likeness means something (SIMILAR_MIN, and
at least SIMILAR_MIN_TERMS content words in both passages).
"""

from __future__ import annotations

import io
import math
import os
import warnings
from dataclasses import dataclass, field
from functools import partial
from collections.abc import Sequence

import numpy as np

from workbench.core.codebook import ancestors_and_self, top_level_key
from workbench.nlp.features import Vocabulary

#: A code needs this many coded segments (and one uncoded) to get a model of its own.
MIN_POSITIVES = 3
#: Inverse regularisation strength of the per-code regressions.
C_VALUE = 4.0
#: Weight of a segment on which a coder rejected a suggested code (as a negative).
REJECTION_WEIGHT = 3.0
#: Scale of the rule features next to unit-length tf-idf rows.
RULE_SCALE = 1.0
SNIPPET = 90
#: Cosine similarity (tf-idf of content words) a coded passage must reach to be cited.
SIMILAR_MIN = 0.5
#: Fewest distinct content terms both passages need before one is cited as like the other.
SIMILAR_MIN_TERMS = 4
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
#: Regressions fitted at the same time (threads; at most the machine's cores).
FIT_THREADS = min(2, os.cpu_count() or 1)
#: How a code is scored: the regression, the mean of regression and cold start, or the
#: cold start (named `rules` in stored models: the rules, with the example model if any).
MODEL, BLEND, RULES = "model", "blend", "rules"


@dataclass
class Example:
    """One segment as training data."""

    document: str
    start: int
    end: int
    snippet: str
    terms: list[str]
    code_raw: dict[str, float]  # rule evidence per code path
    group_raw: dict[str, float]  # rule evidence per top-level key
    labels: set[str] = field(default_factory=set)  # code paths, ancestors included
    rejected: set[str] = field(default_factory=set)
    coders: set[str] = field(default_factory=set)  # whose codings gave the labels
    weight: float = 1.0  # > 1 for an uncoded segment standing for others left out of training


def rule_matrix(examples_raw: Sequence[tuple[dict[str, float], dict[str, float]]], paths, groups):
    """Dense rule features: log(1 + evidence) per code and per top-level branch, scaled."""
    out = np.zeros((len(examples_raw), len(paths) + len(groups)), dtype=np.float64)
    pcol = {p: i for i, p in enumerate(paths)}
    gcol = {g: len(paths) + i for i, g in enumerate(groups)}
    for row, (code_raw, group_raw) in enumerate(examples_raw):
        for p, v in code_raw.items():
            if p in pcol:
                out[row, pcol[p]] = math.log1p(v) * RULE_SCALE
        for g, v in group_raw.items():
            if g in gcol:
                out[row, gcol[g]] = math.log1p(v) * RULE_SCALE
    return out


class LearnedModel:
    """Per-code logistic regressions over tf-idf terms and rule evidence."""

    def __init__(self, vocabulary: Vocabulary, paths: list[str], groups: list[str], modelled: list[str],
                 coef: np.ndarray, intercept: np.ndarray, calibration: tuple[float, float],
                 train_X=None, train_labels: np.ndarray | None = None,
                 train_refs: list[tuple[str, int, int, str, str]] | None = None, stats: dict | None = None,
                 modes: dict[str, str] | None = None):
        self.vocabulary = vocabulary
        self.paths = paths  # every code the rule columns cover
        self.groups = groups
        self.modelled = modelled  # codes with a regression of their own, rows of coef
        self.row = {p: i for i, p in enumerate(modelled)}
        self.coef = coef
        self.intercept = intercept
        self.calibration = calibration
        self.train_X = train_X
        self.train_labels = train_labels
        self.train_refs = train_refs or []
        self.stats = stats or {}
        self.modes = {p: (modes or {}).get(p, MODEL) for p in modelled}

    # -- training -------------------------------------------------------------------

    @classmethod
    def fit(cls, examples: Sequence[Example], paths: list[str], c_value: float = C_VALUE,
            choose: bool = True, modes: dict[str, str] | None = None, lean: bool = False,
            cold=None, passages: bool = True) -> LearnedModel:
        """Train on examples (their labels and rejections); codes need MIN_POSITIVES examples.

        `cold` (an `example_model.ColdStart`) adds the codebook's example passages as
        training rows and is the baseline each code must beat. With `choose`, each code's
        mode (model, blend or cold start) is chosen by cross-validation over documents of
        the project's coding (see `choose_modes`); `modes` gives them instead (codes it
        does not name keep the cold start). `lean`: a code whose mode is the cold start
        gets no regression fitted (its row stays zero; only `evaluate`, which compares
        modes, needs every regression), which is most of the cost of training.
        `passages=False`: keep no coded passages and fit no calibration (a model that only
        scores a held-out fold needs neither).
        """
        from scipy import sparse

        own = list(examples)
        examples = own + (list(cold.examples) if cold is not None else [])
        groups = sorted({top_level_key(p) for p in paths})
        column = {p: j for j, p in enumerate(paths)}
        Y = np.zeros((len(examples), len(paths)), dtype=bool)
        for i, e in enumerate(examples):
            for p in e.labels:
                Y[i, column[p]] = True
        # a code needs positives, one of them from the project's own coding, and a negative
        eligible = [p for j, p in enumerate(paths)
                    if MIN_POSITIVES <= int(Y[:, j].sum()) < len(examples) and Y[:len(own), j].any()]
        choice = None
        if modes is not None:
            modes = {p: modes.get(p, RULES) for p in eligible}
        elif choose and eligible:  # before this model's own matrices exist: less memory at once
            modes, choice = choose_modes(own, paths, eligible, c_value, cold)
        vocabulary = Vocabulary.fit([e.terms for e in examples])
        X_text = vocabulary.transform([e.terms for e in examples])
        R = rule_matrix([(e.code_raw, e.group_raw) for e in examples], paths, groups)
        weights = np.array([e.weight for e in examples], dtype=np.float64)
        refused: dict[int, list[int]] = {}  # code column -> rows where a coder rejected it
        for i, e in enumerate(examples):
            for p in e.rejected - e.labels:
                if p in column:
                    refused.setdefault(column[p], []).append(i)
        skipped = {p for p in eligible if lean and modes is not None and modes.get(p) == RULES}
        wanted = [j for j, p in enumerate(paths) if p in eligible and p not in skipped]
        width = X_text.shape[1] + R.shape[1]
        fitted = {}
        if wanted:
            X = sparse.hstack([X_text, sparse.csr_matrix(R)], format="csr")
            with warnings.catch_warnings():  # a code that does not converge still ranks usefully
                warnings.simplefilter("ignore")
                fitted = dict(zip(wanted, _each(partial(_regression, X, Y, weights, refused, c_value), wanted),
                                  strict=True))
            del X  # what is left needs little memory; at a million words X is tens of MB
        modelled, coefs, intercepts = [], [], []
        for j, path in enumerate(paths):
            if path not in eligible:
                continue
            modelled.append(path)
            if path in skipped:  # scored by the cold start: no regression needed, its row stays zero
                coefs.append(np.zeros(width, dtype=np.float32))
                intercepts.append(0.0)
            else:
                coefs.append(fitted[j][0])
                intercepts.append(fitted[j][1])
        coef = np.vstack(coefs) if coefs else np.zeros((0, width), dtype=np.float32)
        evidence = R[:, :len(paths)]  # a view: log(1 + evidence) per code, times RULE_SCALE
        calibration = (_fit_rule_calibration(evidence if RULE_SCALE == 1.0 else evidence / RULE_SCALE, Y)
                       if passages else (1.0, -3.0))
        del R, Y, evidence
        labelled = [i for i, e in enumerate(own) if e.labels] if passages else []  # passages a reason may cite
        label_matrix = np.array([[p in examples[i].labels for p in paths] for i in labelled], dtype=bool).reshape(
            len(labelled), len(paths))
        refs = [(examples[i].document, examples[i].start, examples[i].end, examples[i].snippet,
                 ", ".join(sorted(examples[i].coders))) for i in labelled]
        stats = {"segments": len(own), "labelled": len(labelled), "codes": len(modelled),
                 "features": len(vocabulary), "example_passages": len(examples) - len(own)}
        model = cls(vocabulary, list(paths), groups, modelled, coef,
                    np.asarray(intercepts, dtype=np.float32), calibration,
                    X_text[labelled].astype(np.float32), label_matrix, refs, stats, modes)
        if choice is not None:
            model.stats["choice"] = choice
        if modes is not None and modelled:
            model.stats["modes"] = {m: sum(1 for v in model.modes.values() if v == m) for m in (MODEL, BLEND, RULES)}
        return model

    # -- mixing with the rules --------------------------------------------------------

    def mix(self, path: str, learned, cold, mode: str | None = None):
        """The score of a modelled code from its regression output and its cold-start score
        (arrays or floats).

        `mode` overrides the code's chosen mode (the `evaluate` command compares them).
        """
        mode = mode or self.modes.get(path, MODEL)
        if mode == MODEL:
            return learned
        return cold if mode == RULES else 0.5 * (learned + cold)

    # -- prediction -----------------------------------------------------------------

    def design(self, terms: Sequence[list[str]], raws: Sequence[tuple[dict, dict]]):
        """(text part, full design matrix) for segments given as terms and rule evidence."""
        from scipy import sparse

        X_text = self.vocabulary.transform(terms)
        R = rule_matrix(raws, self.paths, self.groups)
        return X_text, sparse.hstack([X_text, sparse.csr_matrix(R)], format="csr")

    def probabilities(self, X) -> np.ndarray:
        """P(code | segment) for each modelled code: rows = segments, columns = `modelled`."""
        if not self.modelled:
            return np.zeros((X.shape[0], 0))
        margins = X @ self.coef.T.astype(np.float64) + self.intercept
        return 1.0 / (1.0 + np.exp(-np.asarray(margins)))

    def explain(self, path: str, x_text, x_full, limit: int = 3, similarities=None) -> list[str]:
        """Why the model scores `path` as it does: strongest terms, most similar coded passage.

        `similarities` (from `similarities(x_text)`) saves recomputing them per code.
        Nothing learned is cited for a code scored by the rules alone.
        """
        reasons = []
        row = self.row.get(path)
        if self.modes.get(path) == RULES:
            return reasons
        if row is not None:
            x = x_full.tocsr()
            weights = self.coef[row, x.indices] * x.data
            n_text = len(self.vocabulary)
            terms = [self.vocabulary.terms[j].replace("_", " ")
                     for v, j in sorted(zip(weights.tolist(), x.indices.tolist(), strict=True), reverse=True)
                     if v > 0.05 and j < n_text and _readable(self.vocabulary.terms[j])][:limit]
            if terms:
                reasons.append("learned from coding: " + ", ".join(terms))
        similar = self.most_similar(path, x_text, similarities)
        if similar:
            doc, _start, _end, snippet, sim, coders = similar
            by = f", coded by {coders}" if coders else ""
            reasons.append(f"like «{snippet}» ({doc}{by}, similarity {sim:.2f})")
        return reasons

    def similarities(self, x_text) -> np.ndarray | None:
        """Cosine similarity of one segment's text vector to every coded passage learned from."""
        if self.train_X is None or not self.train_refs:
            return None
        return np.asarray((self.train_X @ x_text.T.astype(np.float32)).todense()).ravel()

    def most_similar(self, path: str, x_text, similarities=None):
        """The coded passage of `path` nearest to x_text: (document, start, end, snippet, cosine, coders).

        None unless the likeness means something: cosine at least SIMILAR_MIN, and both
        passages with at least SIMILAR_MIN_TERMS distinct content terms.
        """
        if path not in self.paths or x_text.getnnz() < SIMILAR_MIN_TERMS:
            return None
        sims = self.similarities(x_text) if similarities is None else similarities
        if sims is None:
            return None
        column = self.paths.index(path)
        rows = np.flatnonzero(self.train_labels[:, column])
        if len(rows):
            rows = rows[np.diff(self.train_X.indptr)[rows] >= SIMILAR_MIN_TERMS]
        if not len(rows):
            return None
        best = int(rows[np.argmax(sims[rows])])
        if sims[best] < SIMILAR_MIN:
            return None
        doc, start, end, snippet, coders = self.train_refs[best]
        return doc, start, end, snippet, float(sims[best]), coders

    # -- storage --------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """The model as npz bytes (no pickles)."""
        buffer = io.BytesIO()
        tx = self.train_X.tocsr() if self.train_X is not None else None
        np.savez_compressed(
            buffer,
            terms=np.array(self.vocabulary.terms, dtype=str), idf=np.array(self.vocabulary.idf, dtype=np.float64),
            paths=np.array(self.paths, dtype=str), groups=np.array(self.groups, dtype=str),
            modelled=np.array(self.modelled, dtype=str), coef=self.coef, intercept=self.intercept,
            calibration=np.array(self.calibration, dtype=np.float64),
            tx_data=tx.data if tx is not None else np.zeros(0, np.float32),
            tx_indices=tx.indices if tx is not None else np.zeros(0, np.int32),
            tx_indptr=tx.indptr if tx is not None else np.zeros(1, np.int64),
            tx_shape=np.array(tx.shape if tx is not None else (0, len(self.vocabulary))),
            labels=self.train_labels if self.train_labels is not None else np.zeros((0, len(self.paths)), bool),
            ref_docs=np.array([r[0] for r in self.train_refs], dtype=str),
            ref_spans=np.array([(r[1], r[2]) for r in self.train_refs], dtype=np.int64).reshape(-1, 2),
            ref_snippets=np.array([r[3] for r in self.train_refs], dtype=str),
            ref_coders=np.array([r[4] for r in self.train_refs], dtype=str),
            modes=np.array([self.modes.get(p, MODEL) for p in self.modelled], dtype=str),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, blob: bytes, stats: dict | None = None) -> LearnedModel:
        from scipy import sparse

        with np.load(io.BytesIO(blob), allow_pickle=False) as z:
            vocabulary = Vocabulary([str(t) for t in z["terms"]], [float(v) for v in z["idf"]])
            tx = sparse.csr_matrix((z["tx_data"], z["tx_indices"], z["tx_indptr"]), shape=tuple(z["tx_shape"]))
            coders = [str(c) for c in z["ref_coders"]] if "ref_coders" in z.files else [""] * len(z["ref_docs"])
            refs = [(str(d), int(s[0]), int(s[1]), str(t), c)
                    for d, s, t, c in zip(z["ref_docs"], z["ref_spans"], z["ref_snippets"], coders, strict=True)]
            modelled = [str(m) for m in z["modelled"]]
            modes = dict(zip(modelled, (str(m) for m in z["modes"]), strict=True)) if "modes" in z.files else None
            return cls(vocabulary, [str(p) for p in z["paths"]], [str(g) for g in z["groups"]],
                       modelled, z["coef"], z["intercept"],
                       (float(z["calibration"][0]), float(z["calibration"][1])), tx, z["labels"], refs, stats,
                       modes)


def _regression(X, Y: np.ndarray, weights: np.ndarray, refused: dict[int, list[int]], c_value: float,
                j: int) -> tuple[np.ndarray, float]:
    """(coefficients, intercept) of the logistic regression of column j of Y on X, each row
    weighted by its example's weight, or by REJECTION_WEIGHT where a coder rejected code j."""
    from sklearn.linear_model import LogisticRegression

    weight = weights.copy()
    if j in refused:
        weight[refused[j]] = REJECTION_WEIGHT
    clf = LogisticRegression(C=c_value, solver="liblinear", tol=1e-4, intercept_scaling=5.0, max_iter=200)
    clf.fit(X, Y[:, j], sample_weight=weight)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def _each(function, items: list) -> list:
    """`function` over `items`, in order, FIT_THREADS at a time (liblinear lets go of the
    GIL while it fits, so the regressions of different codes run side by side)."""
    if FIT_THREADS < 2 or len(items) < 2:
        return [function(item) for item in items]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(FIT_THREADS, len(items)), thread_name_prefix="fit") as pool:
        return list(pool.map(function, items))


def _fit_rule_calibration(evidence: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """One logistic curve from log(1 + rule evidence) to 'coded with that code', over all codes.

    `evidence` holds log(1 + evidence) per example and code, `labels` whether it was coded.
    Values are rounded to two decimals and identical (value, label) pairs fitted once with
    their count as weight: the same fit on a hundred times fewer rows.
    """
    from sklearn.linear_model import LogisticRegression

    if not labels.any() or labels.all():
        return (1.0, -3.0)
    every = np.zeros(0, dtype=np.int64)
    for j in range(evidence.shape[1]):  # a column at a time: the table is examples x codes
        keys = np.rint(evidence[:, j] * 100.0).astype(np.int64) * 2 + labels[:, j]
        found = np.bincount(keys)  # evidence >= 0, so keys are small and >= 0
        if len(found) > len(every):
            every = np.concatenate([every, np.zeros(len(found) - len(every), dtype=np.int64)])
        every[:len(found)] += found
    unique = np.flatnonzero(every)
    counts = every[unique]
    clf = LogisticRegression(C=10.0, solver="lbfgs")
    clf.fit((unique // 2).reshape(-1, 1) / 100.0, (unique % 2).astype(bool), sample_weight=counts.astype(float))
    return float(clf.coef_[0, 0]), float(clf.intercept_[0])


def _readable(term: str) -> bool:
    """Worth showing as a reason: content words only (never `min`, `hvis`, `to`)."""
    from workbench.nlp.rules import is_content_word

    return all(is_content_word(part) for part in term.split("_"))


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
    gain for the branch beyond fold-to-fold noise and cost the other branches none.
    With coding in only one document nothing can be checked out of fold, and every code
    keeps the rules.
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
    from workbench.nlp.evaluate import _consistent

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
        first = np.argmax(scores[:, [column[t] for t in tops]], axis=1)
        right = truth[np.arange(len(examples)), first]
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
