"""Training the learned suggester on a project and storing the new model version.

Shared by the service (background retraining), the `evaluate` command and the
benchmarks, so all three train exactly the same way. Training stays cheap as a project
grows: uncoded segments are sampled, and coded ones beyond CODED_MAX too (see
`training.build_examples`); rule evidence comes from the project's store (see
`training.RuleCache`); the cross-validated choice of mode per code is made again only
when coding has grown by a fifth since the last choice; and a long-lived service keeps
each document's examples, so a retrain reads only the documents coded since.
"""

from __future__ import annotations

import hashlib
import threading
import time
from contextlib import contextmanager
from typing import Any

from workbench.nlp.learned import LearnedModel


def training_examples(project, analyses, rule_cache, lock=None, coders: set[str] | None = None,
                      sample: bool = False, reuse: dict | None = None):
    """The project's training examples (see `training.build_examples`); `coders` limits whose
    coding counts; `sample` keeps every coded segment and a sample of the uncoded ones;
    `reuse` keeps what each document gave for the next call (an incremental update).

    Analyses read only for training are dropped from memory again as each document is done.
    """
    from workbench.nlp.training import build_examples

    lock = lock or threading.RLock()
    with lock:
        rows = project.suggester_training_rows(grouped=True)
        paths = [c.path for c in project.codes()]
    held = analyses.held()

    def text_of(document_id: int) -> str:
        with lock:
            return project.document_text_and_sha(document_id)[0]

    with _holding(lock, project.small_page_cache()):  # the evidence is read once: keep it out of the cache
        examples = build_examples(rows, analyses.get, rule_cache, set(paths), coders,
                                  sample=(UNCODED_PER_CODED, UNCODED_MIN, CODED_MAX) if sample else None,
                                  release=lambda doc_id: None if doc_id in held else analyses.forget(doc_id),
                                  text_of=text_of, reuse=reuse)
    return examples, paths


@contextmanager
def _holding(lock, context):
    """Enter and leave `context` (a store one) holding `lock`, but not in between."""
    with lock:
        context.__enter__()
    try:
        yield
    finally:
        with lock:
            context.__exit__(None, None, None)


#: Modes (model, blend or rules per code) are chosen again once the coded segments grew
#: by this factor since they were last chosen; in between, retraining keeps them.
CHOOSE_AGAIN_AFTER = 1.2
#: Uncoded segments kept for training: this many per coded one, and at least UNCODED_MIN.
UNCODED_PER_CODED = 3
UNCODED_MIN = 2000
#: Coded segments kept for training at most (about): beyond this they are sampled too, so
#: training time and memory stay flat however much is coded (200,000 codings at a million
#: words code some 90,000 segments).
CODED_MAX = 10000


def train_and_store(project, pipeline, analyses, rule_cache, fingerprint: str, lock=None,
                    coder: str = "system", cold=None, reuse: dict | None = None
                    ) -> tuple[LearnedModel, str, dict[str, Any]] | None:
    """Train on everything coded so far and store it; None when no code has enough examples.

    `cold` (the codebook's `example_model.ColdStart`) adds its example passages to the
    training rows and is the baseline each code's mode must beat. `reuse`: see
    `training_examples` (the service keeps one per codebook).
    """
    lock = lock or threading.RLock()
    with lock:
        stamp = project.suggester_data_stamp()
    began = time.perf_counter()
    examples, paths = training_examples(project, analyses, rule_cache, lock, sample=True, reuse=reuse)
    if not examples:
        return None
    labelled = sum(1 for e in examples if e.labels)
    with lock:
        previous = project.latest_suggester_model(pipeline.cache_key)
    earlier = (previous or {}).get("meta") or {}
    kept_modes = None
    if earlier.get("codebook") == fingerprint and earlier.get("mode_of") and \
            labelled <= CHOOSE_AGAIN_AFTER * earlier.get("modes_chosen_at", 0):
        kept_modes = earlier["mode_of"]  # coding grew little since the modes were chosen: keep them
    model = LearnedModel.fit(examples, paths, choose=kept_modes is None, modes=kept_modes, lean=True, cold=cold)
    if not model.modelled:
        return None
    seconds = round(time.perf_counter() - began, 3)
    blob = model.to_bytes()
    # the audit id the data goes up to, and the model's own hash: retraining on unchanged
    # data gives the same version, which is stored once. Nothing else goes into it (no time,
    # no process-dependent order): the same coding gives the same bytes in any process
    # (tests/test_reproducible_training.py)
    version = f"m{stamp}-{hashlib.sha256(blob).hexdigest()[:8]}"
    meta = {**model.stats, "stamp": stamp, "codebook": fingerprint, "seconds": seconds,
            "modelled": model.modelled, "mode_of": model.modes,
            "modes_chosen_at": earlier.get("modes_chosen_at", labelled) if kept_modes is not None else labelled}
    with lock:
        version = project.save_suggester_model(version, pipeline.cache_key, meta, blob, coder)
        project.prune_suggester_models(keep=3)
    return model, version, meta
