"""The suggestion service the terminal UI (and the CLI) talk to.

It owns the slow parts: loading spaCy, analysing documents once and keeping the result,
and training the learned model in the background as the team codes. Construction is
cheap; `load()` does the work and is meant for a worker thread (asking `ready` also
starts it in the background, for callers that never call `load()`). All use of the
project's SQLite connection is serialised by one lock, so UI workers, the loader and the
retraining thread never interleave statements on it.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Any

from workbench.core.errors import WorkbenchError
from workbench.core.turns import before_first_turn, first_turn_start
from workbench.nlp.context import adjacent, segment_neighbours
from workbench.nlp.pipeline import choose_pipeline, load_pipeline
from workbench.nlp.rule_store import RuleStore
from workbench.nlp.status import SEPARATOR, behind_phrase, examples_phrase, model_phrase, rules_only_phrase
from workbench.nlp.suggester import RULES_ONLY, Suggestion, Suggester
from workbench.nlp.upkeep import CODEBOOK_CHANGED, RETRAIN_AFTER, codebook_fingerprint
#: Look at the project for new coding at most this often (seconds).
CHECK_EVERY = 10.0
#: The coder whose codings settle disagreements (blind-mode suggestions may learn from it).
CONSENSUS = "consensus"

__all__ = ["Suggestion", "SuggestionService"]


class SuggestionService:
    """Code suggestions for spans of a project's documents; see the module docstring."""

    def __init__(self, project, settings=None, background: bool = True):
        self.project = project
        self.settings = settings
        self.background = background  # False: never start threads (the CLI)
        self.incremental = background  # keep training examples between retrains (a long-lived process)
        self.stale = False  # coding exists that the current model has not seen
        self.behind: float = 0  # how many changes the stored model has not seen (inf: no model for this codebook)
        self.behind_reason = ""
        self._lock = threading.RLock()  # the project connection
        self._load_lock = threading.Lock()
        self._train_lock = threading.Lock()
        self._loading: threading.Thread | None = None
        self._training: threading.Thread | None = None
        self._state = "new"  # new, loading, ready, failed
        self._error: str | None = None
        self.pipeline = None
        self.analyses = None
        self.rules = None
        self.rule_cache = None
        self.cold = None  # the cold start: rules, and the codebook's example passages when it has them
        self.suggester: Suggester | None = None
        self.model_meta: dict[str, Any] = {}
        self._fingerprint = ""
        self._last_check = 0.0
        self._scores: dict[tuple[int, str], list[dict[str, float]]] = {}
        self._own: dict[str, tuple[int, str, Suggester]] = {}  # coder -> (stamp, codebook, suggester)
        # training examples per document, kept between retrains (per codebook; None: everyone's coding)
        self._examples: dict[str | None, dict] = {}

    # -- state ----------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """True once suggestions can be made; asking starts loading in the background."""
        if self._state == "new":
            self.start_loading()
        return self._state == "ready"

    @property
    def status(self) -> str:
        """One line: the active spaCy pipeline and the suggester's model, or what is happening."""
        if self._state in ("new", "loading"):
            return "loading…"
        if self._state == "failed":
            return f"suggester failed: {self._error}"
        model = rules_only_phrase()
        if self.cold is not None and self.cold.model is not None:
            model = examples_phrase(len(self.cold.examples))
        training = self._training is not None and self._training.is_alive()
        if self.behind_reason == CODEBOOK_CHANGED:  # a model exists, trained on the codebook before an edit
            model = behind_phrase(training)
        if self.suggester and self.suggester.model is not None:
            model = model_phrase(self.model_version, self.model_meta.get("labelled", 0))
        if training:
            model += ", retraining…" if self._training.name == "suggester-train" else ", preparing documents…"
        return SEPARATOR.join(part for part in (self.pipeline.status, model, self._error) if part)

    @property
    def model_version(self) -> str:
        return self.suggester.version if self.suggester else RULES_ONLY

    # -- loading --------------------------------------------------------------------

    def start_loading(self) -> None:
        """Load in a daemon thread (no-op when loading or loaded)."""
        with self._load_lock:
            if self._state != "new":
                return
            self._state = "loading"
            self._loading = threading.Thread(target=self._load_quietly, name="suggester-load", daemon=True)
            self._loading.start()

    def _load_quietly(self) -> None:
        try:
            self._load()
        except Exception as exc:  # reported through `status`, never raised into the UI
            self._error = " ".join(str(exc).split())[:160]
            self._state = "failed"

    def load(self) -> None:
        """Load spaCy, the codebook rules and the newest stored model (blocking; idempotent)."""
        with self._load_lock:
            if self._state == "ready":
                return
            if self._state == "loading" and self._loading is not None:
                thread = self._loading
            else:
                thread = None
                self._state = "loading"
        if thread is not None:
            thread.join()
            if self._state == "failed":
                raise WorkbenchError(f"suggester failed: {self._error}")
            return
        try:
            self._load()
        except Exception:
            self._state = "failed"
            raise

    def _load(self) -> None:
        from workbench.nlp.analysis import AnalysisCache

        requested = getattr(self.settings, "spacy_model", None) if self.settings is not None else None
        self.pipeline = load_pipeline(choose_pipeline(requested))
        self.analyses = AnalysisCache(self.project, self.pipeline, self._lock)
        with self._lock:
            codes = self.project.codes()
        if not codes:
            raise WorkbenchError("the project has no codebook (load one with `workbench codebook import`)")
        self._use_codebook(codes)
        self.stale = not self._restore_model(codes)
        self._state = "ready"
        if self.background:
            self._start(self._after_load, "suggester-prepare")

    def _after_load(self) -> None:
        """Background work once ready: catch up on coding, then analyse every document once."""
        try:
            if self.stale:
                self._retrain_quietly()
            self.analyses.prepare_all()
            self.prepare_evidence()
        except Exception as exc:  # suggestions still work on demand; say why in the status line
            self._error = f"background preparation failed: {' '.join(str(exc).split())[:120]}"

    def _start(self, target, name: str) -> None:
        """Run `target` in a daemon thread, tracked as the one background job at a time."""
        self._training = threading.Thread(target=target, name=name, daemon=True)
        self._training.start()

    def _use_codebook(self, codes) -> None:
        """Rules from these codes; the rules-only ranking until a model for them is trained."""
        from workbench.nlp.example_model import cold_start_for
        from workbench.nlp.rules import RuleSuggester
        from workbench.nlp.training import RuleCache

        if self.suggester is not None and self.suggester.model is not None:  # an edit: that model is behind now
            self.behind, self.behind_reason = math.inf, CODEBOOK_CHANGED
        rules = RuleSuggester(codes, self.pipeline.nlp.vocab)
        self.cold = cold_start_for(codes, self.pipeline, rules)
        self._fingerprint = codebook_fingerprint(codes)
        store = RuleStore(self.project, self._lock, self.pipeline.cache_key, self._fingerprint)
        self.rules, self.rule_cache = rules, RuleCache(rules, store)
        self.suggester = Suggester(codes, rules, cold=self.cold)
        self._own.clear()
        self._examples = {}
        self.model_meta = {}
        self._scores.clear()

    def _restore_model(self, codes) -> bool:
        """Use the newest stored model if it fits this codebook; True when it is up to date."""
        from workbench.nlp.learned import LearnedModel
        from workbench.nlp.upkeep import changes_behind

        with self._lock:
            stored = self.project.latest_suggester_model(self.pipeline.cache_key)
            self.behind, self.behind_reason = changes_behind(self.project, self.pipeline.cache_key, self._fingerprint,
                                                             stored)
        if self.behind == math.inf or stored is None or not stored["blob"]:  # for another codebook: rule features differ
            return self.behind == 0
        meta = stored["meta"]
        model = LearnedModel.from_bytes(stored["blob"], meta)
        self.suggester = Suggester(codes, self.rules, model, stored["version"], cold=self.cold)
        self.model_meta = meta
        return self.behind == 0

    # -- suggestions ----------------------------------------------------------------

    def _require(self) -> Suggester:
        if self._state != "ready":
            self.load()
        return self.suggester

    def own_suggester(self, coder: str) -> Suggester:
        """For blind (independent) coding: a suggester that learned only from `coder`'s own
        coding and decisions and the consensus, so it never carries another coder's
        judgement or quotes their passages. Kept in memory, retrained after RETRAIN_AFTER changes."""
        from workbench.nlp.learned import LearnedModel
        from workbench.nlp.trainer import training_examples

        self._require()
        with self._lock:
            stamp = self.project.suggester_data_stamp()
        known = self._own.get(coder)
        if known is not None and known[1] == self._fingerprint:
            with self._lock:
                changes = self.project.suggester_data_changes(known[0])
            if changes < RETRAIN_AFTER:
                return known[2]
        examples, _paths = training_examples(self.project, self.analyses, self.rule_cache, self._lock,
                                             coders={coder, CONSENSUS}, sample=True,
                                             reuse=self._reuse(coder))
        with self._lock:
            codes = self.project.codes()
        model = LearnedModel.fit(examples, [c.path for c in codes], lean=True, cold=self.cold) \
            if any(e.labels for e in examples) else None
        own = Suggester(codes, self.rules, model if model is not None and model.modelled else None,
                        f"own:{coder}" if model is not None and model.modelled else RULES_ONLY, cold=self.cold)
        self._own[coder] = (stamp, self._fingerprint, own)
        return own

    def _reuse(self, coder: str | None) -> dict | None:
        """Where training keeps each document's examples for the next retrain (see
        `training.build_examples`); None in a one-off process (the CLI), which never retrains."""
        return self._examples.setdefault(coder, {}) if self.incremental else None

    def suggest(self, document_id: int, start: int, end: int, top: int = 5, layers=(),
                coder: str | None = None) -> list[Suggestion]:
        """Suggested codes for [start, end) of a document, best first.

        `layers`: on-request codes wanted; `coder`: blind mode, learn from this coder's own
        coding and the consensus only (see `own_suggester`).
        """
        suggester = self._require()
        if coder is not None:
            suggester = self.own_suggester(coder)
        analysis = self.analyses.get(document_id)
        if not (0 <= start < end <= len(analysis.text)):
            raise WorkbenchError(f"span {start}-{end} is outside the document (0-{len(analysis.text)})")
        span = analysis.span(start, end)
        raw = self.rule_cache.raw((document_id, start, end), span, analysis.text)
        around = adjacent(analysis.segments, start, end) if suggester.context > 0 else []  # its turn's neighbours
        raws = [raw] + [self.rule_cache.raw((document_id, s.start, s.end), s, analysis.text) for s in around]
        items = [(s, analysis.text) for s in [span, *around]]
        found = suggester.rank_many(items, top, raws, layers, near=[list(range(1, len(items)))] + [[]] * len(around),
                                    rows=1)[0]
        self._maybe_retrain()
        return found

    def suggest_text(self, text: str, top: int = 5, layers=()) -> list[Suggestion]:
        """Suggested codes for a free text (not stored in the project)."""
        from workbench.nlp.analysis import analyse_text

        suggester = self._require()
        return suggester.rank(analyse_text(self.pipeline, text), text, top, layers)

    def suggest_texts(self, texts, top: int = 5, batch: int = 256, layers=()):
        """Suggestions for many free texts, lazily and in order (one model call per batch)."""
        from workbench.nlp.analysis import analyse_texts

        suggester = self._require()
        chunk: list[tuple] = []
        for text, segment in analyse_texts(self.pipeline, texts, batch):
            chunk.append((segment, text))
            if len(chunk) >= batch:
                yield from suggester.rank_many(chunk, top, layers=layers)
                chunk = []
        if chunk:
            yield from suggester.rank_many(chunk, top, layers=layers)

    def document_suggestions(self, document_id: int, top: int = 5, layers=()) -> list[list[Suggestion]]:
        """Suggestions for every stored segment of a document, in order; none for a segment the
        interviewer speaks or a title before the first turn (`unsuggested_spans`), as the
        workbench's panel gives none."""
        suggester = self._require()
        analysis = self.analyses.get(document_id)
        asking = self.unsuggested_spans(document_id)
        wanted = [s for s in analysis.segments if (s.start, s.end) not in asking]
        items = [(s, analysis.text) for s in wanted]
        raws = [self.rule_cache.raw((document_id, s.start, s.end), s, analysis.text) for s in wanted]
        ranked = iter(suggester.rank_many(items, top, raws, layers, near=segment_neighbours(wanted))
                      if wanted else [])
        return [[] if (s.start, s.end) in asking else next(ranked) for s in analysis.segments]

    def interviewer_spans(self, document_id: int) -> set[tuple[int, int]]:
        """(start, end) of the document's segments the interviewer speaks, by the speaker's resolved
        role: a name label mapped to the interviewer too, not only the `I` label."""
        with self._lock:
            segments = self.project.segments(document_id)
            resolved = self.project.resolved_speakers([document_id]).get(document_id, {})
        return {(s.start, s.end) for s in segments if (sp := resolved.get(s.speaker)) is not None and sp.is_interviewer}

    def heading_spans(self, document_id: int) -> set[tuple[int, int]]:
        """(start, end) of the document's segments before its first speaker's turn: a title or
        file header nobody says (`core.turns.before_first_turn`, as the workbench's panel decides)."""
        with self._lock:
            segments = self.project.segments(document_id)
        first = first_turn_start(segments)
        return {(s.start, s.end) for s in segments if before_first_turn(s.end, first)}

    def unsuggested_spans(self, document_id: int) -> set[tuple[int, int]]:
        """The segments no codes are suggested for: the interviewer's and the title's."""
        return self.interviewer_spans(document_id) | self.heading_spans(document_id)

    def next_confident(self, document_id: int, after_offset: int, threshold: float = 0.6,
                       coder: str | None = None) -> tuple[int, int] | None:
        """The next segment starting at or after `after_offset` with a likely code not yet applied.

        `coder`: blind mode; scores from that coder's own suggester, and only their own codings and
        decisions count as applied, so the jump tells nothing about another coder's coding."""
        suggester = self._require() if coder is None else self.own_suggester(coder)
        analysis = self.analyses.get(document_id)
        with self._lock:
            codings = self.project.codings(document=document_id, coder=coder)
            decisions = [d for d in self.project.suggestion_decisions(document_id) if coder in (None, d["coder"])]
        asking = self.unsuggested_spans(document_id)  # the interviewer's questions and a title are skipped
        probs = self._document_scores(document_id, analysis, None if coder is None else suggester)
        for seg, p in zip(analysis.segments, probs, strict=True):
            if seg.start < after_offset or (seg.start, seg.end) in asking:
                continue
            for path in suggester.order(p, 2):
                if p[path] < threshold:
                    continue
                if _already_decided(seg, path, codings, decisions):
                    continue
                return seg.start, seg.end
        return None

    def _document_scores(self, document_id: int, analysis, own: Suggester | None = None) -> list[dict[str, float]]:
        """Scores of every segment of a document by the shared suggester (cached per model), or by `own`."""
        key = (document_id, self.model_version if own is None else f"{own.version}:{id(own)}")
        found = self._scores.get(key)
        if found is None:
            items = [(s, analysis.text) for s in analysis.segments]
            raws = [self.rule_cache.raw((document_id, s.start, s.end), s, analysis.text) for s in analysis.segments]
            found = (own or self.suggester).scores(items, raws, near=segment_neighbours(analysis.segments))
            if len(self._scores) > 64:
                self._scores.clear()
            self._scores[key] = found
        return found

    # -- feedback and training ------------------------------------------------------

    def record_decision(self, document_id: int, start: int, end: int, code: str, coder: str, accepted: bool,
                        score: float | None = None, model_version: str | None = None) -> None:
        """Store that `coder` accepted or rejected a suggested code (the coding itself is the caller's)."""
        with self._lock:
            self.project.record_suggestion_decision(
                document_id, start, end, code, coder, accepted, score,
                model_version or (self.model_version if self._state == "ready" else None))
        self._last_check = 0.0
        self._maybe_retrain()

    def _maybe_retrain(self) -> None:
        """Start a background retrain when enough coding happened since the last model."""
        now = time.monotonic()
        if now - self._last_check < CHECK_EVERY or self._state != "ready":
            return
        self._last_check = now
        with self._lock:
            codes = self.project.codes()
            stamp = self.project.suggester_data_changes(self.model_meta.get("stamp", 0))
        if codebook_fingerprint(codes) != self._fingerprint:
            self._use_codebook(codes)  # edited in the codebook screen: new rules now, a model to match
            stamp = RETRAIN_AFTER
        if stamp >= RETRAIN_AFTER:
            self.stale = True
            if self.background:
                self.retrain_in_background()

    def retrain_in_background(self) -> bool:
        """Start retraining in a daemon thread unless one is running; True if started."""
        if self._training is not None and self._training.is_alive():
            return False
        self._start(self._retrain_quietly, "suggester-train")
        return True

    def _retrain_quietly(self) -> None:
        try:
            self.retrain()
        except Exception as exc:  # keep the old model; say why in the status line
            self._error = f"retraining failed: {' '.join(str(exc).split())[:120]}"

    def retrain(self) -> str | None:
        """Train a new model on the project's coding now (safe from a worker thread).

        Returns the new model version, or None when there is not enough coding yet.
        """
        from workbench.nlp.trainer import train_and_store

        self._require()
        with self._train_lock:
            fingerprint, rules, rule_cache, cold = self._fingerprint, self.rules, self.rule_cache, self.cold
            result = train_and_store(self.project, self.pipeline, self.analyses, rule_cache, fingerprint, self._lock,
                                     cold=cold, reuse=self._reuse(None))
            if result is None:
                self.stale, self.behind, self.behind_reason = False, 0, ""
                return None
            model, version, meta = result
            if fingerprint != self._fingerprint:
                return None  # the codebook changed meanwhile: this model's rule features are outdated
            with self._lock:
                codes = self.project.codes()
            self.suggester = Suggester(codes, rules, model, version, cold=cold)
            self.model_meta = meta
            self.stale, self.behind, self.behind_reason = False, 0, ""
            self._error = None
            self._scores.clear()
            return version

    def prepare_all(self, progress=None) -> int:
        """Analyse every document not analysed yet by the active pipeline, and store the rule
        evidence of every segment beside the analysis; returns how many documents were analysed."""
        self._require()
        analysed = self.analyses.prepare_all(progress)
        self.prepare_evidence()
        return analysed

    def prepare_evidence(self) -> int:
        """Store the rule evidence of every segment of every analysed document that lacks it
        (so the first training reads it instead of running the rules); returns how many documents."""
        rule_cache = self.rule_cache
        with self._lock:
            ids = self.project.document_ids()
        done = rule_cache.prepared_documents()
        held = self.analyses.held()
        todo = [i for i in ids if i not in done]
        for doc_id in todo:
            if self.rule_cache is not rule_cache:
                break  # the codebook changed meanwhile: this evidence is outdated
            rule_cache.prepare(doc_id, self.analyses.get(doc_id))
            if doc_id not in held:
                self.analyses.forget(doc_id)
        return len(todo)


def _already_decided(seg, path: str, codings: list[dict], decisions: list[dict]) -> bool:
    """True when `path` (or a code under it) is already applied to, or rejected on, the segment."""
    from workbench.nlp.training import covers_half

    for c in codings:
        if (c["code"] == path or c["code"].startswith(path + "/")) and covers_half(seg.start, seg.end, c["start"], c["end"]):
            return True
    return any(d["code"] == path and covers_half(seg.start, seg.end, d["start"], d["end"]) for d in decisions)
