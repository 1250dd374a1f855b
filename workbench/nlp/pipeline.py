"""Choosing the spaCy pipeline: a named/installed full model, or the offline fallback."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

FULL_MODEL = "nb_core_news_sm"


@dataclass
class PipelineChoice:
    """Which pipeline will be used, and why."""

    name: str
    kind: str  # "full" or "fallback"
    reason: str


def choose_pipeline(requested: str | None = None) -> PipelineChoice:
    """Decide which pipeline is active without loading spaCy."""
    if requested:
        if Path(requested).expanduser().is_dir():
            return PipelineChoice(str(Path(requested).expanduser()), "full", "path given in settings or --spacy-model")
        if importlib.util.find_spec(requested) is not None:
            return PipelineChoice(requested, "full", "package named in settings or --spacy-model")
        return PipelineChoice(
            "blank:nb+rules", "fallback", f"'{requested}' is neither an installed package nor a folder"
        )
    if importlib.util.find_spec(FULL_MODEL) is not None:
        return PipelineChoice(FULL_MODEL, "full", f"{FULL_MODEL} is installed")
    return PipelineChoice("blank:nb+rules", "fallback", f"{FULL_MODEL} is not installed; offline rules in use")
