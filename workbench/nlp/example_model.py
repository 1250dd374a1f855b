"""The cold-start model learned from the codebook's written example passages.

Keywords cover the words a codebook's authors thought of; people in interviews say the
same things in other words. A codebook may therefore come with passages written as
examples of each code (`examples_file`, kept with the codes as `seed_examples`), and a
small lexical classifier trained on them generalises where the keyword lists stop.

The classifier itself (`example_classifier.ExampleModel`: content lemmas, compound heads
and character n-grams inside them, hierarchical over the code tree) lives beside this
module; this one joins it with the rules, fits both together and keeps the result.

`ColdStart` joins this model with the rules. How far to trust each is itself learned from
the example passages: the example model is fitted again on four fifths of them and
predicts the other fifth (five times), and a logistic regression over (log(1 + rule
evidence), log(example probability)) for every passage and top-level code learns which
code a passage was written for (`fit_stack`, three numbers). The cold-start score of a
top-level code is that regression's probability; a code under it gets its parent's score
times its share of the parent: its own rules' probability, or else (noisy-or) its share
of the parent in the example model, so a child never ranks its branch above the stack. This was chosen over fixed mixtures (a mean, or a
damped noisy-or) on development data: on the keyword-blind development set C it ranked
the right code first or second far more often than a fixed mixture, where a mixture let
a keyword override a clearly worded passage; on the development quotes the codebook was
tuned on, it ranks first a little less often than the rules alone (see README). Without
example passages the score is the rules' probability alone, exactly as before. It is fitted
once per codebook, pipeline and rules version and stored in the per-user cache folder
(`cold_start_for`); a later process loads it with numpy alone, without scikit-learn,
lemmatising or fitting.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from workbench.nlp.example_classifier import C_EXAMPLES, CHAR_WEIGHT, ExampleModel
from workbench.nlp.learned import Example

#: The document name under which codebook example passages join the learner's training.
SEED_DOCUMENT = "(codebook examples)"
#: Weight of one example passage in the learner beside one segment the team coded (1.0):
#: the project's own coding counts for more.
SEED_WEIGHT = 0.5
#: Cold-start score without a learned stack: r + (1 - r) x EXAMPLE_WEIGHT x e (r: rules,
#: e: example model); with one: sigmoid(a log(1 + evidence) + b log(e + STACK_EPS) + c).
EXAMPLE_WEIGHT = 0.6
STACK_EPS = 0.02
#: Folds of the example passages for the out-of-fold predictions the stack learns from.
STACK_FOLDS = 5
#: Below this example-model probability a code gets no example-model reason.
REASON_MIN = 0.25


class ColdStart:
    """The score before anyone codes: the rules and (when the codebook has them) the example model.

    `examples` are the example passages as training rows for the learner (`SEED_DOCUMENT`).
    """

    def __init__(self, paths: list[str], model: ExampleModel | None = None,
                 examples: Sequence[Example] = (), examples_only: bool = False,
                 stack: tuple[float, float, float] | None = None):
        self.paths = list(paths)
        self.model = model
        self.examples = list(examples)
        self.examples_only = examples_only  # the example model alone (for comparisons)
        self.stack = stack  # (a, b, c) of `fit_stack`
        #: top-level codes suggested only on request (set by `cold_start_for` / `fit_cold_start`):
        #: the learner's branch gate does not rank them against the others
        self.on_request: frozenset[str] = frozenset()

    @staticmethod
    def raw_matrix(raws: Sequence[tuple[dict, dict]], paths: Sequence[str]) -> np.ndarray:
        """Rule evidence (rows = passages, columns = `paths`): per branch for a top-level code."""
        raw = np.array([[g.get(p, 0.0) if "/" not in p else c.get(p, 0.0) for p in paths] for c, g in raws])
        return raw.reshape(len(raws), len(paths))

    @classmethod
    def rule_scores(cls, raws: Sequence[tuple[dict, dict]], paths: Sequence[str]) -> np.ndarray:
        """The rules' own probabilities (rows = passages, columns = `paths`)."""
        from workbench.nlp.rules import prior_probabilities

        return prior_probabilities(cls.raw_matrix(raws, paths))

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
               paths: Sequence[str] | None = None, examples: np.ndarray | None = None) -> np.ndarray:
        """Cold-start scores (rows = passages, columns = `paths`, default all codes); `examples`
        may pass `example_scores` of the same passages and paths when the caller has them already."""
        paths = list(paths if paths is not None else self.paths)
        if examples is None and (self.examples_only or self.model is not None):
            examples = self.example_scores(terms_list, paths)
        if self.examples_only:
            return examples
        rules = self.rule_scores(raws, paths)
        if self.model is None:
            return rules
        if self.stack is None:
            return rules + (1.0 - rules) * EXAMPLE_WEIGHT * examples
        # top-level codes: the learned stack; a code under one: its parent's score times its
        # share of the parent, from its own keywords or else the examples (never above the parent)
        a, b, c = self.stack
        out = np.zeros_like(rules)
        column = {p: j for j, p in enumerate(paths)}
        for j, p in sorted(enumerate(paths), key=lambda jp: jp[1].count("/")):
            if "/" not in p:
                raw = self.raw_matrix(raws, [p])[:, 0]
                z = a * np.log1p(np.maximum(raw, 0.0)) + b * np.log(examples[:, j] + STACK_EPS) + c
                out[:, j] = 1.0 / (1.0 + np.exp(-z))
                continue
            parent = column.get(p.rsplit("/", 1)[0])
            if parent is None:
                out[:, j] = rules[:, j]
                continue
            share = np.divide(examples[:, j], examples[:, parent], out=np.zeros(len(out)),
                              where=examples[:, parent] > 0)
            out[:, j] = out[:, parent] * (rules[:, j] + (1.0 - rules[:, j]) * share)
        return out

    def explain(self, path: str, terms: Sequence[str], example_score: float,
                words: dict[str, str] | None = None) -> list[str]:
        """Example-model reasons for `path`, only when that model gives it a real share (`words`:
        `features.cited_words` of the passage)."""
        if self.model is None or example_score < REASON_MIN:
            return []
        return self.model.explain(path, terms, words=words)


def seed_passages(codes) -> list[tuple[str, str]]:
    """(text, code path) of every example passage of a codebook: its examples file's passages and,
    when it has any, the codes' own `examples` too."""
    live = [c for c in codes if not c.retired]
    if not any(c.seed_examples for c in live):
        return []
    return [(text, c.path) for c in live for text in [*c.seed_examples, *c.examples]]


_CACHE: dict[str, ColdStart] = {}
_CACHE_LOCK = threading.Lock()
#: Changes whenever what is stored for a fitted cold start changes.
STORE_VERSION = "3"
#: Fitted cold starts kept on disk (the most recently used ones).
KEEP_STORED = 8
_DEFAULT = object()


def cold_start_key(codes, pipeline) -> str:
    """A hash of everything a fitted cold start depends on: the codebook, pipeline, rules and settings."""
    import dataclasses

    from workbench.nlp.lexicon import frequencies_available
    from workbench.nlp.rules import RULES_VERSION

    data = [[dataclasses.asdict(c) for c in codes if not c.retired], pipeline.cache_key, RULES_VERSION,
            frequencies_available(), STORE_VERSION, EXAMPLE_WEIGHT, SEED_WEIGHT, CHAR_WEIGHT, C_EXAMPLES,
            STACK_EPS, STACK_FOLDS]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()


def cold_start_for(codes, pipeline, rules, cache_dir=_DEFAULT) -> ColdStart:
    """The cold-start scorer of a codebook under a pipeline: kept in memory, and stored in
    `cache_dir` (default: the per-user data folder's `cache`; None: not stored) so the next
    process loads it with numpy alone instead of lemmatising, scoring and fitting again."""
    return _marked(_cold_start_for(codes, pipeline, rules, cache_dir), codes)


def _marked(cold: ColdStart, codes) -> ColdStart:
    """`cold` with the codebook's on-request top-level codes noted (they are part of its key)."""
    cold.on_request = frozenset(c.path for c in codes if c.on_request and c.parent is None and not c.retired)
    return cold


def _cold_start_for(codes, pipeline, rules, cache_dir) -> ColdStart:
    paths = [c.path for c in codes if not c.retired]
    if not seed_passages(codes):
        return ColdStart(paths)
    key = cold_start_key(codes, pipeline)
    if cache_dir is _DEFAULT:
        from workbench.nlp.word_tables import cache_folder

        cache_dir = cache_folder()
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is not None:
            return found
        path = Path(cache_dir) / f"example-model-{key[:24]}.npz" if cache_dir is not None else None
        cold = _load_stored(path, paths) if path is not None else None
        if cold is None and path is not None and _fit_in_child(codes, pipeline, path):
            cold = _load_stored(path, paths)
        if cold is None:
            cold = _fit_cold_start(codes, pipeline, rules, None)
            if path is not None:
                _store(cold, path)
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[key] = cold
        return cold


def _fit_in_child(codes, pipeline, path: Path) -> bool:
    """Fit the cold start and store it at `path` in a child process; True when it ran through.

    Fitting lemmatises and scores every example passage and fits the classifiers: some
    175 MB that a process does not give back once freed, and a command that trains next
    (`codings import` on a new machine) would sit on top of it. The child imports this
    same package (its folder first on the path) and loads the same pipeline."""
    import dataclasses
    import subprocess
    import sys
    import tempfile

    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    job = {"codes": [dataclasses.asdict(c) for c in codes], "choice": dataclasses.asdict(pipeline.choice),
           "path": str(path)}
    code = "import sys; from workbench.nlp.example_model import fit_and_store; fit_and_store(sys.argv[1])"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", suffix=".json", dir=path.parent, delete=False) as handle:
            json.dump(job, handle, ensure_ascii=False)
        try:
            done = subprocess.run([sys.executable, "-c", code, handle.name], env=env, capture_output=True,
                                  timeout=1800, check=False)
        finally:
            os.unlink(handle.name)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def fit_and_store(job_file: str) -> None:
    """Fit a cold start and store it (what `_fit_in_child` runs): the codebook, pipeline choice
    and target path come in a JSON file."""
    from workbench.core.models import Code
    from workbench.nlp.pipeline import PipelineChoice, load_pipeline
    from workbench.nlp.rules import RuleSuggester

    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    codes = [Code(**c) for c in job["codes"]]
    pipeline = load_pipeline(PipelineChoice(**job["choice"]))
    _store(_fit_cold_start(codes, pipeline, RuleSuggester(codes, pipeline.nlp.vocab), None), Path(job["path"]))


def _load_stored(path: Path, paths: list[str]) -> ColdStart | None:
    """A stored cold start, or None when there is none or it cannot be read."""
    try:
        with np.load(path, allow_pickle=False) as z:
            model = ExampleModel.from_arrays(z)
            rows = json.loads(str(z["examples"]))
            stack = tuple(float(v) for v in z["stack"]) if len(z["stack"]) == 3 else None
        os.utime(path)  # recently used: kept when older ones are pruned
    except (OSError, ValueError, KeyError):
        return None
    examples = [Example(SEED_DOCUMENT, i, i + 1, snippet, terms, code_raw, group_raw, labels=set(labels),
                        weight=SEED_WEIGHT) for i, (snippet, terms, code_raw, group_raw, labels) in enumerate(rows)]
    return ColdStart(paths, model, examples, stack=stack)  # type: ignore[arg-type]


def _store(cold: ColdStart, path: Path) -> None:
    """Write a fitted cold start (npz, no pickles) atomically; a cache, so failures are ignored."""
    if cold.model is None:
        return
    rows = [[e.snippet, e.terms, e.code_raw, e.group_raw, sorted(e.labels)] for e in cold.examples]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.stem}.{os.getpid()}.partial")
        with open(partial, "wb") as handle:
            np.savez_compressed(handle, examples=np.array(json.dumps(rows, ensure_ascii=False)),
                                stack=np.array(cold.stack if cold.stack is not None else [], dtype=np.float64),
                                **cold.model.arrays())
        os.replace(partial, path)
        stored = sorted(path.parent.glob("example-model-*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in stored[KEEP_STORED:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def fit_cold_start(codes, pipeline, rules, passages: Sequence[tuple[str, str]] | None = None) -> ColdStart:
    """Lemmatise the example passages, fit the example model and make them training rows."""
    return _marked(_fit_cold_start(codes, pipeline, rules, passages), codes)


def _fit_cold_start(codes, pipeline, rules, passages: Sequence[tuple[str, str]] | None) -> ColdStart:
    from workbench.nlp.analysis import analyse_texts
    from workbench.nlp.features import segment_terms
    from workbench.nlp.training import ancestors, snippet

    live = [c for c in codes if not c.retired]
    paths = [c.path for c in live]
    passages = list(seed_passages(codes) if passages is None else passages)
    if not passages:
        return ColdStart(paths)
    # the codes' own descriptions teach the model too, but are not speech: never quoted as an
    # example, never a training row of the learner, never scored while learning the stack
    descriptions = [(text, c.path) for c in live for text in (c.definition, c.when_to_use) if text.strip()]
    texts = [t for t, _p in passages] + [t for t, _p in descriptions]
    codes_of = [p for _t, p in passages] + [p for _t, p in descriptions]
    terms_list, group_raws, examples = [], [], []
    for i, (text, segment) in enumerate(analyse_texts(pipeline, texts)):
        terms = segment_terms(segment, text)
        terms_list.append(terms)
        if i >= len(passages):
            continue
        evidence = rules.evidence(segment.words(text), segment.lemmas, segment.pos)
        group_raws.append(rules.group_raw(evidence))
        examples.append(Example(SEED_DOCUMENT, i, i + 1, snippet(text), terms,
                                {p: e.raw for p, e in evidence.items()}, group_raws[-1],
                                labels=ancestors(codes_of[i]) & set(paths), weight=SEED_WEIGHT))
    labels = {c.path: c.label for c in live}
    model = ExampleModel.fit(terms_list, codes_of, labels, paths,
                             [t for t, _p in passages] + [""] * len(descriptions))
    if model is None:
        return ColdStart(paths)
    stack = fit_stack(terms_list, codes_of, group_raws, labels, paths)
    return ColdStart(paths, model, examples, stack=stack)


def fit_stack(terms_list: Sequence[Sequence[str]], codes: Sequence[str], group_raws: Sequence[dict],
              labels: dict[str, str], paths: list[str]) -> tuple[float, float, float] | None:
    """How far to trust rules and example model, learned from the example passages.

    Each passage's top-level probabilities come from an example model fitted without it
    (STACK_FOLDS folds, every fifth passage in turn); a logistic regression then learns, over
    every (passage, top-level code), whether the passage was written for that code from
    log(1 + rule evidence) and log(example probability + STACK_EPS). Only the first
    len(group_raws) passages are scored (the rest, such as code descriptions, only train).
    Returns its (a, b, c), or None when the passages are too few to split.
    """
    from sklearn.linear_model import LogisticRegression

    tops = [p for p in paths if "/" not in p]
    n = len(group_raws)
    held = np.zeros((n, len(tops)))
    for k in range(STACK_FOLDS):
        train = [i for i in range(len(terms_list)) if i >= n or i % STACK_FOLDS != k]
        test = [i for i in range(n) if i % STACK_FOLDS == k]
        inner = ExampleModel.fit([terms_list[i] for i in train], [codes[i] for i in train], labels, paths,
                                 top_only=True)
        if inner is None or not test:
            return None
        probs = inner.probabilities([terms_list[i] for i in test])
        held[test] = probs[:, [inner.column[p] for p in tops]]
    raw = np.array([[g.get(p, 0.0) for p in tops] for g in group_raws]).reshape(n, len(tops))
    X = np.column_stack([np.log1p(np.maximum(raw, 0.0)).ravel(), np.log(held + STACK_EPS).ravel()])
    y = np.array([[c.split("/")[0] == p for p in tops] for c in codes[:n]]).ravel()
    if y.all() or not y.any():
        return None
    clf = LogisticRegression(C=1.0).fit(X, y)
    return float(clf.coef_[0, 0]), float(clf.coef_[0, 1]), float(clf.intercept_[0])

