"""Training the learned suggester on a project and storing the new model version.

Shared by the service (background retraining), the `evaluate` command and the
benchmarks, so all three train exactly the same way.
"""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Any

from workbench.nlp.learned import LearnedModel


def training_examples(project, analyses, rule_cache, lock=None, coders: set[str] | None = None):
    """The project's training examples (see `training.build_examples`); `coders` limits whose coding counts."""
    from workbench.nlp.training import build_examples

    lock = lock or threading.RLock()
    with lock:
        rows = project.suggester_training_rows()
        paths = [c.path for c in project.codes()]
    examples = build_examples(rows, analyses.get, rule_cache, set(paths), coders)
    return examples, paths


def train_and_store(project, pipeline, analyses, rule_cache, fingerprint: str, lock=None,
                    coder: str = "system") -> tuple[LearnedModel, str, dict[str, Any]] | None:
    """Train on everything coded so far and store it; None when no code has enough examples."""
    lock = lock or threading.RLock()
    with lock:
        stamp = project.suggester_data_stamp()
    began = time.perf_counter()
    examples, paths = training_examples(project, analyses, rule_cache, lock)
    if not examples:
        return None
    model = LearnedModel.fit(examples, paths)
    if not model.modelled:
        return None
    seconds = round(time.perf_counter() - began, 3)
    blob = model.to_bytes()
    # the audit id the data goes up to, and the model's own hash: retraining on unchanged
    # data gives the same version, which is stored once
    version = f"m{stamp}-{hashlib.sha256(blob).hexdigest()[:8]}"
    meta = {**model.stats, "stamp": stamp, "codebook": fingerprint, "seconds": seconds,
            "modelled": model.modelled}
    with lock:
        version = project.save_suggester_model(version, pipeline.cache_key, meta, blob, coder)
        project.prune_suggester_models(keep=3)
    return model, version, meta
