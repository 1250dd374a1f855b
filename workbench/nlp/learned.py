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
top-level code out of first place beyond that noise. Last, every code with a regression
(in the branches ranked against each other) takes the blend instead, when on the same
folds that ranks the right top-level code first on more coded passages, beyond the noise,
and costs no top-level code its first place. That choice lives in `mode_choice`
(`choose_modes`, `branch_gate`, `ranking_gate`).

A model also carries the context weight (`context`): how far a segment's scores follow its
neighbours in the turn, learned from how the project codes passages.

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

from workbench.core.codebook import top_level_key
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
#: A word is cited as learned for a code only when the code's coded passages use it in at least
#: this many documents: a word of one interview (the canteen where one mentee saw a poster) is
#: that interview's, not the code's, however much weight the regression gave it.
REASON_MIN_DOCUMENTS = 2
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
                 modes: dict[str, str] | None = None, context: float = 0.0):
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
        self._support: dict[str, np.ndarray] = {}  # code -> per term, documents whose passages of it use it
        self._document_of_row: np.ndarray | None = None
        #: how far a segment's scores follow its neighbours in the turn (`context.lift`), learned
        #: from the coding (`context.context_weight`); 0: not at all
        self.context = context

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
            from workbench.nlp.mode_choice import choose_modes

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
        if passages and modelled:  # a model that is used, not one scoring a held-out fold
            from workbench.nlp.context import context_weight

            model.context, model.stats["context"] = context_weight(own, list(paths), cold)
            model.stats["context"]["weight"] = model.context
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

    def explain(self, path: str, x_text, x_full, limit: int = 3, similarities=None,
                words: dict[str, str] | None = None) -> list[str]:
        """Why the model scores `path` as it does: strongest terms, most similar coded passage.

        `similarities` (from `similarities(x_text)`) saves recomputing them per code; `words`
        (`features.cited_words` of the passage) limits the terms cited to those, each shown as
        the passage's word. Nothing learned is cited for a code scored by the rules alone.
        """
        reasons = []
        row = self.row.get(path)
        if self.modes.get(path) == RULES:
            return reasons
        if row is not None:
            x = x_full.tocsr()
            weights = self.coef[row, x.indices] * x.data
            n_text = len(self.vocabulary)
            support = self.support(path)
            terms = []
            for v, j in sorted(zip(weights.tolist(), x.indices.tolist(), strict=True), reverse=True):
                term = self.vocabulary.terms[j] if j < n_text else ""
                if v <= 0.05 or not term or not _readable(term) or (words is not None and term not in words):
                    continue
                if support is not None and support[j] < REASON_MIN_DOCUMENTS:
                    continue
                shown = words[term] if words is not None else term.replace("_", " ")
                if shown not in terms:
                    terms.append(shown)
            terms = terms[:limit]
            if terms:
                reasons.append("learned from coding: " + ", ".join(terms))
        similar = self.most_similar(path, x_text, similarities)
        if similar:
            doc, _start, _end, snippet, sim, coders = similar
            by = f", coded by {coders}" if coders else ""
            reasons.append(f"like «{snippet}» ({doc}{by}, similarity {sim:.2f})")
        return reasons

    def support(self, path: str) -> np.ndarray | None:
        """Per term: in how many documents the passages coded with `path` use it (None for a
        model that kept no coded passages)."""
        found = self._support.get(path)
        if found is not None:
            return found
        if self.train_X is None or self.train_labels is None or path not in self.paths:
            return None
        if self._document_of_row is None:  # once: each coded passage's document as a number
            documents: dict[str, int] = {}
            self._document_of_row = np.array([documents.setdefault(r[0], len(documents)) for r in self.train_refs],
                                             dtype=np.int64)
        rows = np.flatnonzero(self.train_labels[:, self.paths.index(path)])
        of_row = self._document_of_row[rows]
        sub = self.train_X.tocsr()[rows] if len(rows) else None
        width = len(self.vocabulary)
        if sub is None or not sub.nnz:
            found = np.zeros(width, dtype=np.int64)
        else:
            pairs = np.unique(np.repeat(of_row, np.diff(sub.indptr)) * width + sub.indices)
            found = np.bincount(pairs % width, minlength=width)[:width]
        self._support[path] = found
        return found

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
            context=np.array(self.context, dtype=np.float64),
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
            context = float(z["context"]) if "context" in z.files else 0.0  # older models: no lift
            return cls(vocabulary, [str(p) for p in z["paths"]], [str(g) for g in z["groups"]],
                       modelled, z["coef"], z["intercept"],
                       (float(z["calibration"][0]), float(z["calibration"][1])), tx, z["labels"], refs, stats,
                       modes, context)


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
