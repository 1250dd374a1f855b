"""The cold-start model learned from the codebook's written example passages.

Keywords cover the words a codebook's authors thought of; people in interviews say the
same things in other words. A codebook may therefore come with passages written as
examples of each code (`examples_file`, kept with the codes as `seed_examples`), and a
small lexical classifier trained on them generalises where the keyword lists stop.

Features are the passage's content lemmas and compound heads (the terms the learned
suggester uses too, so function words never enter) as tf-idf unigrams, plus character
3-5-grams inside each of those words, which let `jobbintervjuet` and
`intervjutreningen` share what they have in common (Norwegian forms compounds freely).
The classifier is hierarchical: a multinomial logistic regression over the top-level
codes, and under each code with children another over its children (and the code
itself, for passages written for the parent), so a child's probability is its parent's
times its share and never above it.

`ColdStart` joins this model with the rules: the cold-start score of a code is the rules'
probability r raised by the example model's e where the rules leave room,
r + (1 - r) x EXAMPLE_WEIGHT x e (a damped noisy-or: either source can make a code likely,
and the example model, whose probabilities share one unit among the codes, is trusted a
little less). On the demo coding (development data) this kept F1 at a score of 0.5 at or
above the rules' for every top-level code, where a plain mean of the two fell below it.
Without example passages the score is the rules' probability alone, exactly as before. It is fitted
once per codebook and pipeline in a process (`cold_start_for`), from about 600 passages
in well under a second after they are lemmatised.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Sequence

import numpy as np

from workbench.nlp.learned import SIMILAR_MIN_TERMS, Example

#: The document name under which codebook example passages join the learner's training.
SEED_DOCUMENT = "(codebook examples)"
#: Weight of one example passage in the learner beside one segment the team coded (1.0):
#: the project's own coding counts for more.
SEED_WEIGHT = 0.5
#: Cold-start score = r + (1 - r) x EXAMPLE_WEIGHT x e (r: rules, e: example model).
EXAMPLE_WEIGHT = 0.6
#: Weight of the character n-gram block beside the word block (each scaled to unit length).
CHAR_WEIGHT = 0.7
#: Inverse regularisation of the example classifiers.
C_EXAMPLES = 8.0
#: Cosine similarity (word tf-idf) at which a passage is said to be worded like an example.
LIKE_MIN = 0.5
#: Fewest example passages of a code (and a class) before a classifier uses it.
MIN_PASSAGES = 2
#: Below this example-model probability a code gets no example-model reason.
REASON_MIN = 0.25


def _word_features(terms: Sequence[str]) -> list[str]:
    return list(terms)


class ExampleModel:
    """Hierarchical tf-idf + character n-gram logistic regressions over example passages."""

    def __init__(self, paths: list[str], labels: dict[str, str]):
        self.paths = list(paths)
        self.column = {p: j for j, p in enumerate(self.paths)}
        self.labels = labels
        self.children: dict[str | None, list[str]] = {}
        for p in self.paths:
            parent = p.rsplit("/", 1)[0] if "/" in p else None
            self.children.setdefault(parent, []).append(p)
        self.words = None
        self.chars = None
        self.classifiers: dict[str | None, tuple[object, list[str | None]]] = {}
        self.train_words = None
        self.train_paths: list[str] = []
        self.train_texts: list[str] = []

    # -- features -------------------------------------------------------------------

    def _matrix(self, terms_list: Sequence[Sequence[str]], fit: bool = False):
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfVectorizer

        joined = [" ".join(t) for t in terms_list]
        if fit:
            self.words = TfidfVectorizer(analyzer=_word_features, sublinear_tf=True)
            self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                                         min_df=2 if len(terms_list) >= 20 else 1)
            w = self.words.fit_transform([list(t) for t in terms_list])
            c = self.chars.fit_transform(joined)
        else:
            w = self.words.transform([list(t) for t in terms_list])
            c = self.chars.transform(joined)
        return sparse.hstack([w, c * CHAR_WEIGHT], format="csr"), w

    # -- training -------------------------------------------------------------------

    @classmethod
    def fit(cls, terms_list: Sequence[Sequence[str]], codes: Sequence[str], labels: dict[str, str],
            paths: list[str], texts: Sequence[str] | None = None) -> ExampleModel | None:
        """Train on passages (their terms and the full code path each was written for).

        None when fewer than two top-level codes have MIN_PASSAGES passages.
        """
        from sklearn.linear_model import LogisticRegression

        try:  # scikit-learn's own dependency
            from threadpoolctl import threadpool_limits
        except ImportError:  # pragma: no cover
            from contextlib import nullcontext as threadpool_limits  # type: ignore[assignment]

        model = cls(paths, labels)
        X, W = model._matrix(terms_list, fit=True)
        codes = list(codes)
        for parent in model.children:
            rows, y = [], []
            for i, code in enumerate(codes):
                if parent is not None and not (code == parent or code.startswith(parent + "/")):
                    continue
                # the class of a passage at this level: the child it lies under, or the parent itself
                depth = 0 if parent is None else parent.count("/") + 1
                parts = code.split("/")
                rows.append(i)
                y.append("/".join(parts[:depth + 1]) if len(parts) > depth else "")
            counts = {c: y.count(c) for c in set(y)}
            kept = [(r, c) for r, c in zip(rows, y, strict=True) if counts[c] >= MIN_PASSAGES]
            classes = sorted({c for _r, c in kept})
            if len(classes) < 2:
                continue
            clf = LogisticRegression(C=C_EXAMPLES, solver="newton-cg", max_iter=200)
            with threadpool_limits(1):  # a few hundred rows: threads only contend on a shared machine
                clf.fit(X[[r for r, _c in kept]], [c for _r, c in kept])
            model.classifiers[parent] = (clf, [c or None for c in clf.classes_])
        if None not in model.classifiers:
            return None
        model.train_words = W
        model.train_paths = codes
        model.train_texts = list(texts or [])
        return model

    # -- prediction -----------------------------------------------------------------

    def probabilities(self, terms_list: Sequence[Sequence[str]]) -> np.ndarray:
        """P(code) per passage (rows) and code (columns = `paths`); a child never above its parent."""
        out = np.zeros((len(terms_list), len(self.paths)))
        if not len(terms_list):
            return out
        X, _w = self._matrix(terms_list)
        share = {parent: (clf.predict_proba(X), classes) for parent, (clf, classes) in self.classifiers.items()}
        empty = np.asarray(X.getnnz(axis=1) == 0)

        def walk(parent: str | None, mass: np.ndarray) -> None:
            kids = self.children.get(parent, [])
            if parent in share:
                probs, classes = share[parent]
                for k, cls_ in enumerate(classes):
                    if cls_ is not None and cls_ in self.column:
                        out[:, self.column[cls_]] = mass * probs[:, k]
                        walk(cls_, out[:, self.column[cls_]])
            for kid in kids:  # children without a classifier of their own: nothing learned about them
                if parent not in share or kid not in share[parent][1]:
                    out[:, self.column[kid]] = 0.0

        walk(None, np.ones(len(terms_list)))
        out[empty] = 0.0  # no content word at all: the examples say nothing
        return out

    def explain(self, path: str, terms: Sequence[str], limit: int = 3) -> list[str]:
        """Why the examples point to `path`: a like-worded example, else the content words that drove it."""
        reasons = []
        label = self.labels.get(path, path)
        like = self.most_like(path, terms)
        if like is not None:
            text, sim = like
            short = text if len(text) <= 90 else text[:89] + "…"
            reasons.append(f"worded like the codebook's examples of {label}: «{short}» (similarity {sim:.2f})")
        words = self.driving_words(path, terms, limit)
        if words:
            reasons.append(f"words like the codebook's examples of {label}: " + ", ".join(words))
        return reasons

    def most_like(self, path: str, terms: Sequence[str]) -> tuple[str, float] | None:
        """The example of `path` (or of a code under it) most like the passage, when the likeness is real."""
        if self.train_words is None or not self.train_texts or len(set(terms)) < SIMILAR_MIN_TERMS:
            return None
        w = self.words.transform([list(terms)])
        rows = [i for i, c in enumerate(self.train_paths) if (c == path or c.startswith(path + "/"))
                and self.train_words[i].getnnz() >= SIMILAR_MIN_TERMS]
        if not rows:
            return None
        sims = np.asarray((self.train_words[rows] @ w.T).todense()).ravel()
        best = int(np.argmax(sims))
        return (self.train_texts[rows[best]], float(sims[best])) if sims[best] >= LIKE_MIN else None

    def driving_words(self, path: str, terms: Sequence[str], limit: int = 3) -> list[str]:
        """Content words of the passage that raised `path` most at its own level (words and their n-grams)."""
        parent = path.rsplit("/", 1)[0] if "/" in path else None
        found = self.classifiers.get(parent)
        if found is None or path not in found[1]:
            return []
        clf, classes = found
        k = classes.index(path)
        coef = clf.coef_
        if coef.shape[0] == 1:  # two classes: one row, for the second class
            delta = coef[0] if k == 1 else -coef[0]
        else:
            delta = coef[k] - coef.mean(axis=0)
        n_words = len(self.words.vocabulary_)
        X, _w = self._matrix([list(terms)])
        x = X[0]
        contribution = dict(zip(x.indices.tolist(), (x.data * delta[x.indices]).tolist(), strict=True))
        analyse = self.chars.build_analyzer()
        score: dict[str, float] = {}
        owners: dict[int, int] = {}
        grams_of = {t: {self.chars.vocabulary_.get(g) for g in analyse(t)} - {None} for t in set(terms)}
        for grams in grams_of.values():
            for g in grams:
                owners[g] = owners.get(g, 0) + 1
        for term in set(terms):
            j = self.words.vocabulary_.get(term)
            value = contribution.get(j, 0.0) if j is not None else 0.0
            value += sum(contribution.get(n_words + g, 0.0) / owners[g] for g in grams_of[term])
            score[term] = value
        ranked = sorted((v, t) for t, v in score.items() if v > 0.1)
        return [t for _v, t in reversed(ranked)][:limit]


class ColdStart:
    """The score before anyone codes: the rules and (when the codebook has them) the example model.

    `examples` are the example passages as training rows for the learner (`SEED_DOCUMENT`).
    """

    def __init__(self, paths: list[str], model: ExampleModel | None = None,
                 examples: Sequence[Example] = (), examples_only: bool = False):
        self.paths = list(paths)
        self.model = model
        self.examples = list(examples)
        self.examples_only = examples_only  # the example model alone (for comparisons)

    @staticmethod
    def rule_scores(raws: Sequence[tuple[dict, dict]], paths: Sequence[str]) -> np.ndarray:
        """The rules' own probabilities (rows = passages, columns = `paths`)."""
        from workbench.nlp.learned import LearnedModel

        raw = np.array([[g.get(p, 0.0) if "/" not in p else c.get(p, 0.0) for p in paths] for c, g in raws])
        return LearnedModel.rule_probabilities(raw.reshape(len(raws), len(paths)))

    def example_scores(self, terms_list: Sequence[Sequence[str]], paths: Sequence[str]) -> np.ndarray:
        """The example model's probabilities (zeros without a model) in the order of `paths`."""
        out = np.zeros((len(terms_list), len(paths)))
        if self.model is None or not len(terms_list):
            return out
        probs = self.model.probabilities(terms_list)
        for j, p in enumerate(paths):
            if p in self.model.column:
                out[:, j] = probs[:, self.model.column[p]]
        return out

    def scores(self, terms_list: Sequence[Sequence[str]], raws: Sequence[tuple[dict, dict]],
               paths: Sequence[str] | None = None) -> np.ndarray:
        """Cold-start scores (rows = passages, columns = `paths`, default all codes)."""
        paths = list(paths if paths is not None else self.paths)
        if self.examples_only:
            return self.example_scores(terms_list, paths)
        rules = self.rule_scores(raws, paths)
        if self.model is None:
            return rules
        return rules + (1.0 - rules) * EXAMPLE_WEIGHT * self.example_scores(terms_list, paths)

    def explain(self, path: str, terms: Sequence[str], example_score: float) -> list[str]:
        """Example-model reasons for `path`, only when that model gives it a real share."""
        if self.model is None or example_score < REASON_MIN:
            return []
        return self.model.explain(path, terms)


def seed_passages(codes) -> list[tuple[str, str]]:
    """(text, code path) of every example passage of a codebook: its examples file's passages and,
    when it has any, the codes' own `examples` too."""
    live = [c for c in codes if not c.retired]
    if not any(c.seed_examples for c in live):
        return []
    return [(text, c.path) for c in live for text in [*c.seed_examples, *c.examples]]


_CACHE: dict[str, ColdStart] = {}
_CACHE_LOCK = threading.Lock()


def cold_start_for(codes, pipeline, rules) -> ColdStart:
    """The cold-start scorer of a codebook under a pipeline, fitted once per process and kept."""
    from workbench.nlp.rules import RULES_VERSION

    paths = [c.path for c in codes if not c.retired]
    passages = seed_passages(codes)
    key = hashlib.sha256(json.dumps([paths, passages, pipeline.cache_key, RULES_VERSION],
                                    ensure_ascii=False).encode()).hexdigest()
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is not None:
            return found
        cold = fit_cold_start(codes, pipeline, rules, passages)
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[key] = cold
        return cold


def fit_cold_start(codes, pipeline, rules, passages: Sequence[tuple[str, str]] | None = None) -> ColdStart:
    """Lemmatise the example passages, fit the example model and make them training rows."""
    from workbench.nlp.analysis import analyse_texts
    from workbench.nlp.features import segment_terms
    from workbench.nlp.training import ancestors, snippet

    live = [c for c in codes if not c.retired]
    paths = [c.path for c in live]
    passages = list(seed_passages(codes) if passages is None else passages)
    if not passages:
        return ColdStart(paths)
    terms_list, examples = [], []
    for (text, segment), (_t, path) in zip(analyse_texts(pipeline, [t for t, _p in passages]), passages, strict=True):
        terms = segment_terms(segment, text)
        evidence = rules.evidence(segment.words(text), segment.lemmas, segment.pos)
        terms_list.append(terms)
        examples.append(Example(SEED_DOCUMENT, len(examples), len(examples) + 1, snippet(text), terms,
                                {p: e.raw for p, e in evidence.items()}, rules.group_raw(evidence),
                                labels=ancestors(path) & set(paths), weight=SEED_WEIGHT))
    labels = {c.path: c.label for c in live}
    model = ExampleModel.fit(terms_list, [p for _t, p in passages], labels, paths, [t for t, _p in passages])
    return ColdStart(paths, model, examples if model is not None else [])

