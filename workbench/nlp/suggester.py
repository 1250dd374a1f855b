"""The combined ranking: codebook rules and the learned model, as one list of scored codes.

Scores are probabilities that the code applies to the span. Before anyone has coded,
they come from the cold start: the rules (a fixed, documented curve over the rule
evidence), joined with a model of the codebook's example passages when the codebook has
them (`example_model.ColdStart`); once a model is trained, per code from a logistic
regression that also sees the rule evidence, from its mean with the cold start, or from
the cold start alone, whichever this project's coding showed to work best for the code. A parent code is
never scored below its children (a passage about weak ties is about network).

Order: the first entries name the most likely top-level branches, one each, each by its
most specific likely code; after them the remaining codes by score. So the first two
suggestions always offer two different branches of the framework, and accepting the
first one applies a specific code when the evidence points to one. A top-level code
marked `on_request` in the codebook (an optional layer such as programme design, used
beside the framework rather than instead of it) is left out unless asked for by name.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from workbench.core.codebook import top_level_key
from workbench.core.models import Code, Suggestion
from workbench.nlp.analysis import SegmentAnalysis
from workbench.nlp.context import REASON_MIN_LIFT, REASON_MIN_SHARE
from workbench.nlp.features import cited_words, segment_terms
from workbench.nlp.learned import MODEL, LearnedModel
from workbench.nlp.rules import CodeEvidence, RuleSuggester

#: Codes scoring below this are not listed.
MIN_SCORE = 0.03
#: A child code represents its branch when it is at least this share as likely as the branch.
SPECIFIC_SHARE = 0.6
#: How many branches lead the list, one entry each.
LEADING_BRANCHES = 2
RULES_ONLY = "rules"
#: How a reason begins when a code has no evidence of its own to show.
_NO_EVIDENCE = ("no direct evidence", "weak evidence only")


class Suggester:
    """Scores and ranks codes for analysed spans (no I/O; the service feeds it)."""

    def __init__(self, codes: list[Code], rules: RuleSuggester, model: LearnedModel | None = None,
                 version: str = RULES_ONLY, cold=None):
        self.codes = [c for c in codes if not c.retired]
        self.paths = [c.path for c in self.codes]
        self.parent = {c.path: c.parent for c in self.codes}
        self.top_paths = [p for p in self.paths if "/" not in p]
        self.on_request = {c.path for c in self.codes if c.on_request and c.parent is None}
        self.rules = rules
        self.model = model
        self.version = version
        if cold is None:
            from workbench.nlp.example_model import ColdStart

            cold = ColdStart(self.paths)
        self.cold = cold

    # -- scores ---------------------------------------------------------------------

    def scores(self, items: Sequence[tuple[SegmentAnalysis, str]],
               raws: Sequence[tuple[dict, dict]] | None = None,
               terms: Sequence[list[str]] | None = None, examples=None,
               near: Sequence[Sequence[int]] | None = None) -> list[dict[str, float]]:
        """P(code) for every code and span; `raws` and `terms` may pass cached rule evidence and terms,
        `examples` the cold start's `example_scores` of those terms over `self.paths`; `near` (per
        span, the indices of its neighbours in the turn among `items`, `context.neighbours`) lifts
        each span towards them by the model's context weight."""
        if raws is None:
            raws = []
            for segment, text in items:
                evidence = self.rules.evidence(segment.words(text), segment.lemmas, segment.pos)
                raws.append(({p: e.raw for p, e in evidence.items()}, self.rules.group_raw(evidence)))
        if terms is None:
            needed = self.model is not None or self.cold.model is not None
            terms = [segment_terms(s, t) for s, t in items] if needed else [[] for _ in items]
        out: list[dict[str, float]] = []
        learned = None
        if self.model is not None and items:
            _x_text, x_full = self.model.design(terms, raws)
            learned = self.model.probabilities(x_full)
        cold = self.cold.scores(terms, raws, self.paths, examples)
        for row in range(len(raws)):
            probs: dict[str, float] = {}
            for j, path in enumerate(self.paths):
                if self.model is not None and path in self.model.row:
                    probs[path] = float(self.model.mix(path, float(learned[row, self.model.row[path]]), cold[row, j]))
                else:
                    probs[path] = float(cold[row, j])  # no model, or too few codings for one: the cold start
            out.append(self._consistent(probs))
        return self.lifted(out, near)

    def lifted(self, probs: list[dict[str, float]], near: Sequence[Sequence[int]] | None) -> list[dict[str, float]]:
        """`probs` (per span) lifted towards each span's neighbours (`near`) by the context weight."""
        if near is None or self.context <= 0 or not any(near):
            return probs
        from workbench.nlp.context import lift

        table = lift(np.array([[p[c] for c in self.paths] for p in probs]), near, self.context)
        return [dict(zip(self.paths, row.tolist(), strict=True)) for row in table]

    @property
    def context(self) -> float:
        """How far a span's scores follow its neighbours in the turn (0 without a model)."""
        return self.model.context if self.model is not None else 0.0

    def _consistent(self, probs: dict[str, float]) -> dict[str, float]:
        """Raise each parent to at least its best child (deepest codes first)."""
        for path in sorted(probs, key=lambda p: -p.count("/")):
            parent = self.parent.get(path)
            if parent in probs and probs[path] > probs[parent]:
                probs[parent] = probs[path]
        return probs

    # -- ranking --------------------------------------------------------------------

    def offered(self, layers: Sequence[str] = ()) -> list[str]:
        """The code paths that may be suggested: all but on-request layers not asked for."""
        hidden = self.on_request - set(layers)
        return [p for p in self.paths if top_level_key(p) not in hidden] if hidden else self.paths

    def order(self, probs: dict[str, float], top: int, layers: Sequence[str] = ()) -> list[str]:
        """Code paths in suggestion order (see the module docstring)."""
        offered = self.offered(layers)
        branches = sorted((p for p in offered if "/" not in p), key=lambda p: -probs.get(p, 0.0))
        leading: list[str] = []
        for branch in branches[:LEADING_BRANCHES]:
            if probs.get(branch, 0.0) < MIN_SCORE:
                break
            leading.append(self._representative(branch, probs))
        rest = sorted((p for p in offered if p not in leading and probs.get(p, 0.0) >= MIN_SCORE),
                      key=lambda p: (-probs[p], p.count("/"), p))
        return (leading + rest)[:top]

    def _representative(self, branch: str, probs: dict[str, float]) -> str:
        """The most specific code of a branch that is nearly as likely as the branch."""
        best = branch
        while True:
            children = [p for p in self.paths if self.parent.get(p) == best]
            if not children:
                return best
            child = max(children, key=lambda p: probs.get(p, 0.0))
            if probs.get(child, 0.0) < SPECIFIC_SHARE * probs.get(branch, 0.0) or probs.get(child, 0.0) < MIN_SCORE:
                return best
            best = child

    def rank(self, segment: SegmentAnalysis, text: str, top: int = 5, layers: Sequence[str] = ()) -> list[Suggestion]:
        """Suggestions for one analysed span, best first, with reasons (`layers`: on-request codes wanted)."""
        return self.rank_many([(segment, text)], top, layers=layers)[0]

    def rank_many(self, items: Sequence[tuple[SegmentAnalysis, str]], top: int = 5,
                  raws: Sequence[tuple[dict, dict]] | None = None, layers: Sequence[str] = (),
                  near: Sequence[Sequence[int]] | None = None, rows: int | None = None) -> list[list[Suggestion]]:
        """Suggestions for many spans at once (one model call for all); `near`: see `scores`; `rows`:
        rank only the first `rows` spans (the others are there as neighbours)."""
        evidences = [self.rules.evidence(segment.words(text), segment.lemmas, segment.pos) for segment, text in items]
        if raws is None:
            raws = [({p: e.raw for p, e in ev.items()}, self.rules.group_raw(ev)) for ev in evidences]
        terms = [segment_terms(s, t) for s, t in items]
        examples = self.cold.example_scores(terms, self.paths)  # once: for the scores and the reasons
        alone = self.scores(items, raws, terms, examples)
        all_probs = self.lifted(alone, near)
        out = []
        ranked = zip(items, all_probs, alone, evidences, raws, strict=True)
        for row, ((segment, text), probs, own, evidence, raw) in enumerate(ranked):
            if rows is not None and row >= rows:
                break
            paths = self.order(probs, top, layers)
            seen = {p: float(examples[row, j]) for j, p in enumerate(self.paths)}
            reasons = self._reasons(segment, text, paths, evidence, raw, terms[row], seen) if paths else {}
            for p in paths:
                if probs[p] - own[p] >= max(REASON_MIN_LIFT, REASON_MIN_SHARE * probs[p]):
                    if reasons.get(p, [""])[0].startswith(_NO_EVIDENCE):  # there is evidence: around it
                        reasons[p] = []
                    reasons.setdefault(p, []).append(f"the sentences around it point here too ({own[p]:.2f} alone; "
                                                     f"this project codes passages across sentences)")
            out.append([Suggestion(p, probs[p], reasons.get(p, []), segment.start, segment.end, self.version)
                        for p in paths])
        return out

    def _reasons(self, segment: SegmentAnalysis, text: str, paths: list[str], evidence: dict[str, CodeEvidence],
                 raw: tuple[dict, dict], terms: list[str], example_scores: dict[str, float]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        words = cited_words(segment, text)  # which words a reason may cite, as the passage says them
        x_text = x_full = sims = None
        if self.model is not None:
            x_text, x_full = self.model.design([terms], [raw])
            sims = self.model.similarities(x_text)
        for path in paths:
            ev = evidence.get(path) if "/" in path else _merged(path, evidence)
            why = ev.reasons() if ev is not None else []
            learned_only = self.model is not None and self.model.modes.get(path) == MODEL
            if not learned_only:  # the cold start has a part in this code's score
                why += self.cold.explain(path, terms, example_scores.get(path, 0.0), words)
            if self.model is not None:
                why += self.model.explain(path, x_text, x_full, similarities=sims, words=words)
            if not why:
                why = [f"{_NO_EVIDENCE[0]}: ranked by the learned model" if self.model else _NO_EVIDENCE[1]]
            out[path] = why
        return out


def _merged(branch: str, evidence: dict[str, CodeEvidence]) -> CodeEvidence | None:
    """The evidence of a whole top-level branch, for reasons shown on a top-level code."""
    merged = None
    for path, ev in evidence.items():
        if top_level_key(path) != branch:
            continue
        if merged is None:
            merged = CodeEvidence(branch)
        for word, weight in ev.words.items():
            merged.words[word] = max(weight, merged.words.get(word, 0.0))
        merged.patterns += [p for p in ev.patterns if p not in merged.patterns]
        for word, weight in ev.related.items():
            merged.related[word] = max(weight, merged.related.get(word, 0.0))
    return merged
