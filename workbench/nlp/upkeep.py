"""Keeping the stored suggester model current where coding changes, so `suggest` finds it warm.

A `suggest` that finds a current model only loads it; one that finds coding the model
has not seen (or no model for this codebook and pipeline) trains first, which at a
million words costs several warm calls. The terminal workbench trains in the background
as the team codes and when a project is opened. The command line has no background, so
the commands that write coding call `keep_current` at their end: bulk writes (importing
codings or a project, merging, importing a codebook) train whenever the model is behind;
single changes (`code`, `resolve`, undo and redo) only once a model for the codebook is
RETRAIN_AFTER changes behind, as the terminal workbench retrains, and `suggest` uses a model fewer than
RETRAIN_AFTER changes behind as it is. `changes_behind` answers from the project alone
(no spaCy, no model loaded), so a command whose model is current pays next to nothing.

`suggest` itself trains a model that is behind only on a small project (`trains_inline`):
on a large one training costs several warm calls, so it answers from what is valid (the
stored model as it is when it is for this codebook, else the codebook alone), says so,
and trains when asked (`suggest --train`). Such a project is behind only when the
terminal workbench was closed before its background retraining ended.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from dataclasses import dataclass

#: A model this many codings, code edits or decisions behind is trained again (as the
#: terminal workbench retrains); fewer, and it is used as it is.
RETRAIN_AFTER = 5
#: A `suggest` that finds the model behind trains it first only on a project with at most
#: this many codings and suggestion decisions: the demo's 778 train in about 2 s beside a
#: warm call's 1.4 s; training grows with the coded segments (at a million words and 12,672
#: codings, 4-15 s).
TRAIN_INLINE_UP_TO = 1000


def trains_inline(project) -> bool:
    """Whether a `suggest` on this project trains a model that is behind before it answers
    (see the module docstring); told from the project alone."""
    return project.training_marks() <= TRAIN_INLINE_UP_TO


def codebook_fingerprint(codes) -> str:
    """A short hash of everything in the codebook the suggester depends on."""
    data = [(c.path, c.label, c.definition, c.when_to_use, list(c.examples), list(c.keywords), c.on_request,
             json.dumps(c.patterns, sort_keys=True, ensure_ascii=False))
            + ((list(c.seed_examples),) if c.seed_examples else ()) for c in codes if not c.retired]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:12]


@dataclass
class Trained:
    """What `keep_current` did: the new model (None: not enough coding for one), how long it took."""

    version: str | None
    seconds: float
    coded_segments: int
    why: str


#: Why a stored model is not used: it was trained on another version of the codebook.
CODEBOOK_CHANGED = "the codebook changed since the model was trained"


def changes_behind(project, pipeline_key: str, fingerprint: str, stored: dict | None = None) -> tuple[float, str]:
    """(how many training changes the newest stored model of this pipeline has not seen, why):
    0 when it is current or nothing could be learned, infinity when there is no model for this
    pipeline and codebook. `stored`: that model's row when the caller has read it already."""
    stamp = project.suggester_data_stamp()
    stored = stored if stored is not None else project.latest_suggester_model(pipeline_key)
    if stored is None or not stored["blob"]:
        if stamp == 0 or not project.has_training_data():
            return 0, ""
        return math.inf, "no model trained yet"
    meta = stored["meta"]
    if meta.get("codebook") != fingerprint:
        return math.inf, CODEBOOK_CHANGED
    if meta.get("stamp") == stamp:
        return 0, ""
    changes = project.suggester_data_changes(meta.get("stamp", 0))
    return changes, f"{changes} coding {'change' if changes == 1 else 'changes'} since the model was trained"


def keep_current(project, settings=None, single: bool = False) -> Trained | None:
    """Train and store a model when the stored one is behind (see the module docstring); None
    when nothing needed training.

    `single`: the caller changed one coding; train only when a model for this codebook exists
    and is RETRAIN_AFTER or more changes behind (never from nothing: coding passage by passage
    on a new project would load spaCy for every passage)."""
    tolerance = RETRAIN_AFTER - 1 if single else 0
    from workbench.nlp.pipeline import choose_pipeline, expected_cache_key

    codes = project.codes()
    if not codes:
        return None
    key = expected_cache_key(choose_pipeline(getattr(settings, "spacy_model", None)))
    if key is not None:  # told without loading spaCy: a current model costs nothing more
        behind, _why = changes_behind(project, key, codebook_fingerprint(codes))
        if behind <= tolerance or (single and behind == math.inf):
            return None
    from workbench.nlp.service import SuggestionService

    began = time.perf_counter()
    service = SuggestionService(project, settings, background=False)
    service.load()
    if service.behind <= tolerance or (single and service.behind == math.inf):
        return None
    why = service.behind_reason
    version = service.retrain()
    return Trained(version, round(time.perf_counter() - began, 1), int(service.model_meta.get("labelled", 0)), why)
