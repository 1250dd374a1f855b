"""The classifier of the codebook's example passages: what the cold start learns from them.

Split out of `example_model` (which joins this classifier with the rules into the cold
start, fits the two together and stores the result) so each file says one thing. Features
are the passage's content lemmas and compound heads as tf-idf unigrams plus character
3-5-grams inside each of those words, which let `jobbintervjuet` and `intervjutreningen`
share what they have in common (Norwegian forms compounds freely). The classifier is
hierarchical: a multinomial logistic regression over the top-level codes, and under each
code with children another over its children (and the code itself, for passages written
for the parent), so a child's probability is its parent's times its share and never above
it. Fitting needs scikit-learn; predicting and storing need only numpy and scipy.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np

from workbench.nlp.features import Vocabulary
from workbench.nlp.learned import SIMILAR_MIN_TERMS

#: Weight of the character n-gram block beside the word block (each scaled to unit length).
CHAR_WEIGHT = 0.7
#: Inverse regularisation of the example classifiers.
C_EXAMPLES = 8.0
#: Cosine similarity (word tf-idf) at which a passage is said to be worded like an example.
LIKE_MIN = 0.5
#: Fewest example passages of a code (and a class) before a classifier uses it.
MIN_PASSAGES = 2
#: A word is cited as like a code's examples only when at least this many of them use it (a word
#: of one example, `kantina` in a story about a work party, is that story's, not the code's).
REASON_MIN_EXAMPLES = 2

def char_grams(term: str) -> list[str]:
    """Character 3-5-grams of one word, padded with a space on each side (`" søk"`, `"knad "`)."""
    padded = f" {term} "
    return [padded[i:i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1)]


class ExampleModel:
    """Hierarchical tf-idf + character n-gram logistic regressions over example passages.

    Fitting needs scikit-learn; predicting and storing need only numpy and scipy, so a
    process that finds the fitted model stored (`cold_start_for`) never imports
    scikit-learn for it.
    """

    def __init__(self, paths: list[str], labels: dict[str, str]):
        self.paths = list(paths)
        self.column = {p: j for j, p in enumerate(self.paths)}
        self.labels = labels
        self.children: dict[str | None, list[str]] = {}
        for p in self.paths:
            parent = p.rsplit("/", 1)[0] if "/" in p else None
            self.children.setdefault(parent, []).append(p)
        self.words = Vocabulary([], [])
        self.chars = Vocabulary([], [])
        #: parent code (None: the top level) -> (coef, intercept, classes; None = the parent itself)
        self.classifiers: dict[str | None, tuple[np.ndarray, np.ndarray, list[str | None]]] = {}
        self.train_words = None
        self.train_paths: list[str] = []
        self.train_texts: list[str] = []
        self._used: dict[str, np.ndarray] = {}  # code -> per word, its example passages using it

    # -- features -------------------------------------------------------------------

    def _matrix(self, terms_list: Sequence[Sequence[str]], fit: bool = False):
        """(all features, the word block) for passages given by their terms."""
        from scipy import sparse

        grams = [[g for t in terms for g in char_grams(t)] for terms in terms_list]
        words = [list(t) for t in terms_list]
        if fit:
            self.words = Vocabulary.fit(words, min_df=1)
            self.chars = Vocabulary.fit(grams, min_df=2 if len(terms_list) >= 20 else 1)
        w = self.words.transform(words)
        c = self.chars.transform(grams)
        return sparse.hstack([w, c * CHAR_WEIGHT], format="csr"), w

    # -- training -------------------------------------------------------------------

    @classmethod
    def fit(cls, terms_list: Sequence[Sequence[str]], codes: Sequence[str], labels: dict[str, str],
            paths: list[str], texts: Sequence[str] | None = None, top_only: bool = False) -> ExampleModel | None:
        """Train on passages (their terms and the full code path each was written for).

        None when fewer than two top-level codes have MIN_PASSAGES passages. `top_only`:
        only the classifier over the top-level codes (for out-of-fold predictions).
        """
        from sklearn.linear_model import LogisticRegression

        try:  # scikit-learn's own dependency
            from threadpoolctl import threadpool_limits
        except ImportError:  # pragma: no cover
            from contextlib import nullcontext as threadpool_limits  # type: ignore[assignment]

        model = cls(paths, labels)
        X, W = model._matrix(terms_list, fit=True)
        codes = list(codes)
        for parent in [None] if top_only else list(model.children):
            rows, y = [], []
            depth = 0 if parent is None else parent.count("/") + 1
            for i, code in enumerate(codes):
                if parent is not None and not (code == parent or code.startswith(parent + "/")):
                    continue
                # the class of a passage at this level: the child it lies under, or the parent itself
                parts = code.split("/")
                rows.append(i)
                y.append("/".join(parts[:depth + 1]) if len(parts) > depth else "")
            counts = {c: y.count(c) for c in set(y)}
            kept = [(r, c) for r, c in zip(rows, y, strict=True) if counts[c] >= MIN_PASSAGES]
            if len({c for _r, c in kept}) < 2:
                continue
            clf = LogisticRegression(C=C_EXAMPLES, solver="newton-cg", max_iter=200)
            with threadpool_limits(1):  # a few hundred rows: threads only contend on a shared machine
                clf.fit(X[[r for r, _c in kept]], [c for _r, c in kept])
            model.classifiers[parent] = (clf.coef_.astype(np.float64), clf.intercept_.astype(np.float64),
                                         [str(c) or None for c in clf.classes_])
        if None not in model.classifiers:
            return None
        model.train_words = W
        model.train_paths = codes
        model.train_texts = list(texts or [])
        return model

    # -- prediction -----------------------------------------------------------------

    @staticmethod
    def _proba(X, coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
        """Class probabilities of a fitted logistic regression (binary: one row of coefficients)."""
        margins = np.asarray(X @ coef.T) + intercept
        if coef.shape[0] == 1:
            p = 1.0 / (1.0 + np.exp(-margins[:, 0]))
            return np.column_stack([1.0 - p, p])
        margins -= margins.max(axis=1, keepdims=True)
        e = np.exp(margins)
        return e / e.sum(axis=1, keepdims=True)

    def probabilities(self, terms_list: Sequence[Sequence[str]]) -> np.ndarray:
        """P(code) per passage (rows) and code (columns = `paths`); a child never above its parent."""
        out = np.zeros((len(terms_list), len(self.paths)))
        if not len(terms_list):
            return out
        X, _w = self._matrix(terms_list)
        share = {parent: (self._proba(X, coef, intercept), classes)
                 for parent, (coef, intercept, classes) in self.classifiers.items()}
        empty = np.asarray(X.getnnz(axis=1) == 0)

        def walk(parent: str | None, mass: np.ndarray) -> None:
            if parent not in share:
                return  # children without a classifier of their own: nothing learned about them
            probs, classes = share[parent]
            for k, cls_ in enumerate(classes):
                if cls_ is not None and cls_ in self.column:
                    out[:, self.column[cls_]] = mass * probs[:, k]
                    walk(cls_, out[:, self.column[cls_]])

        walk(None, np.ones(len(terms_list)))
        out[empty] = 0.0  # no content word at all: the examples say nothing
        return out

    def explain(self, path: str, terms: Sequence[str], limit: int = 3,
                words: dict[str, str] | None = None) -> list[str]:
        """Why the examples point to `path`: a like-worded example, else the content words that drove it
        (`words`: `features.cited_words` of the passage, which words may be cited and as what)."""
        reasons = []
        label = self.labels.get(path, path)
        like = self.most_like(path, terms)
        if like is not None:
            text, sim = like
            short = text if len(text) <= 90 else text[:89] + "…"
            reasons.append(f"worded like the codebook's examples of {label}: «{short}» (similarity {sim:.2f})")
        driving = self.driving_words(path, terms, limit, words)
        if driving:
            reasons.append(f"words like the codebook's examples of {label}: " + ", ".join(driving))
        return reasons

    def most_like(self, path: str, terms: Sequence[str]) -> tuple[str, float] | None:
        """The example of `path` (or of a code under it) most like the passage, when the likeness is real."""
        if self.train_words is None or not self.train_texts or len(set(terms)) < SIMILAR_MIN_TERMS:
            return None
        w = self.words.transform([list(terms)])
        rows = [i for i, c in enumerate(self.train_paths) if (c == path or c.startswith(path + "/"))
                and self.train_texts[i] and self.train_words[i].getnnz() >= SIMILAR_MIN_TERMS]
        if not rows:
            return None
        sims = np.asarray((self.train_words[rows] @ w.T).todense()).ravel()
        best = int(np.argmax(sims))
        return (self.train_texts[rows[best]], float(sims[best])) if sims[best] >= LIKE_MIN else None

    def driving_words(self, path: str, terms: Sequence[str], limit: int = 3,
                      words: dict[str, str] | None = None) -> list[str]:
        """Content words of the passage that raised `path` most at its own level (words and their
        n-grams), leaving out everyday words; with `words` (term -> the passage's word), only
        terms it has, each shown as the passage's word, once."""
        from workbench.nlp.lexicon import is_everyday

        parent = path.rsplit("/", 1)[0] if "/" in path else None
        found = self.classifiers.get(parent)
        if found is None or path not in found[2]:
            return []
        coef, _intercept, classes = found
        k = classes.index(path)
        if coef.shape[0] == 1:  # two classes: one row, for the second class
            delta = coef[0] if k == 1 else -coef[0]
        else:
            delta = coef[k] - coef.mean(axis=0)
        n_words = len(self.words)
        X, _w = self._matrix([list(terms)])
        x = X[0]
        contribution = dict(zip(x.indices.tolist(), (x.data * delta[x.indices]).tolist(), strict=True))
        score: dict[str, float] = {}
        owners: dict[int, int] = {}
        grams_of = {t: {self.chars.index.get(g) for g in char_grams(t)} - {None} for t in set(terms)}
        for grams in grams_of.values():
            for g in grams:
                owners[g] = owners.get(g, 0) + 1
        for term in set(terms):
            j = self.words.index.get(term)
            value = contribution.get(j, 0.0) if j is not None else 0.0
            value += sum(contribution.get(n_words + g, 0.0) / owners[g] for g in grams_of[term])
            score[term] = value
        # everyday words (`tid`, `faktisk`) may weigh in the model but say nothing to a reader, nor
        # does a word only one of the code's examples uses
        used = self.used_by(path)

        def common(term: str) -> bool:
            """Used by at least REASON_MIN_EXAMPLES of the code's examples (unknown: yes)."""
            if used is None:
                return True
            j = self.words.index.get(term)
            return j is not None and used[j] >= REASON_MIN_EXAMPLES

        ranked = sorted((v, t) for t, v in score.items() if v > 0.1 and not is_everyday(t) and common(t))
        if words is None:
            return [t for _v, t in reversed(ranked)][:limit]
        shown: list[str] = []
        for _v, t in reversed(ranked):
            if t in words and words[t] not in shown:
                shown.append(words[t])
        return shown[:limit]

    def used_by(self, path: str) -> np.ndarray | None:
        """Per word of the vocabulary: how many example passages of `path` (or a code under it) use
        it; None without the examples' word rows (a model stored before they were kept)."""
        if self.train_words is None or len(self.train_paths) != self.train_words.shape[0]:
            return None
        found = self._used.get(path)
        if found is None:
            rows = [i for i, c in enumerate(self.train_paths) if c == path or c.startswith(path + "/")]
            sub = self.train_words.tocsr()[rows]
            found = self._used[path] = np.bincount(sub.indices, minlength=len(self.words))[:len(self.words)]
        return found

    # -- storage --------------------------------------------------------------------

    def arrays(self) -> dict[str, np.ndarray]:
        """The fitted model as plain arrays (for npz, no pickles)."""
        tw = self.train_words.tocsr()
        parents = list(self.classifiers)
        out = {
            "paths": np.array(self.paths, dtype=str),
            "labels": np.array(json.dumps(self.labels, ensure_ascii=False)),
            "word_terms": np.array(self.words.terms, dtype=str), "word_idf": np.array(self.words.idf),
            "char_terms": np.array(self.chars.terms, dtype=str), "char_idf": np.array(self.chars.idf),
            "parents": np.array(json.dumps(parents)),
            "tw_data": tw.data, "tw_indices": tw.indices, "tw_indptr": tw.indptr, "tw_shape": np.array(tw.shape),
            "train_paths": np.array(self.train_paths, dtype=str),
            "train_texts": np.array(self.train_texts, dtype=str),
        }
        for i, parent in enumerate(parents):
            coef, intercept, classes = self.classifiers[parent]
            out[f"coef{i}"], out[f"intercept{i}"] = coef, intercept
            out[f"classes{i}"] = np.array(json.dumps(classes))
        return out

    @classmethod
    def from_arrays(cls, z) -> ExampleModel:
        """The model `arrays` gave, read back (`z`: an opened .npz; no pickles)."""
        from scipy import sparse

        model = cls([str(p) for p in z["paths"]], json.loads(str(z["labels"])))
        model.words = Vocabulary([str(t) for t in z["word_terms"]], [float(v) for v in z["word_idf"]])
        model.chars = Vocabulary([str(t) for t in z["char_terms"]], [float(v) for v in z["char_idf"]])
        for i, parent in enumerate(json.loads(str(z["parents"]))):
            model.classifiers[parent] = (z[f"coef{i}"], z[f"intercept{i}"], json.loads(str(z[f"classes{i}"])))
        model.train_words = sparse.csr_matrix((z["tw_data"], z["tw_indices"], z["tw_indptr"]),
                                              shape=tuple(z["tw_shape"]))
        model.train_paths = [str(p) for p in z["train_paths"]]
        model.train_texts = [str(t) for t in z["train_texts"]]
        return model
