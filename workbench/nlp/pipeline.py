"""Choosing and loading the spaCy pipeline: a named/installed full model, or the offline fallback.

`choose_pipeline` only looks (no spaCy import), so `workbench doctor` stays fast;
`load_pipeline` builds what was chosen. The fallback is `spacy.blank("nb")` plus
workbench's own components (see `components`): turn-aware sentences, simplemma lemmas,
name and place rules.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.errors import WorkbenchError

FULL_MODEL = "nb_core_news_sm"
FALLBACK_NAME = "blank:nb+rules"
#: Bumped when the fallback's components change, so cached analyses are redone.
FALLBACK_VERSION = "1"

#: Components of the fallback pipeline, in order.
FALLBACK_COMPONENTS = ("workbench_sentencizer", "workbench_lemmatizer", "workbench_names")


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
            FALLBACK_NAME, "fallback", f"'{requested}' is neither an installed package nor a folder"
        )
    if importlib.util.find_spec(FULL_MODEL) is not None:
        return PipelineChoice(FULL_MODEL, "full", f"{FULL_MODEL} is installed")
    return PipelineChoice(FALLBACK_NAME, "fallback", f"{FULL_MODEL} is not installed; offline rules in use")


def expected_cache_key(choice: PipelineChoice) -> str | None:
    """The `cache_key` `load_pipeline(choice)` will give, read from the pipeline's meta.json
    without importing spaCy; None when that cannot be told without loading it."""
    if choice.kind == "fallback":
        return f"{FALLBACK_NAME}/{FALLBACK_VERSION}"
    folder = Path(choice.name).expanduser()
    if not folder.is_dir():
        spec = importlib.util.find_spec(choice.name)
        locations = list(spec.submodule_search_locations or []) if spec is not None else []
        if not locations:
            return None
        folder = Path(locations[0])
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return f"{meta.get('lang', 'nb')}_{meta.get('name', 'model')}/{meta.get('version', '0')}"


@dataclass
class LoadedPipeline:
    """A loaded spaCy pipeline with the name its cached analyses are stored under."""

    nlp: Any  # spacy.language.Language
    choice: PipelineChoice
    cache_key: str

    @property
    def status(self) -> str:
        """One line for the UI and doctor: which pipeline, full or fallback."""
        from workbench.nlp.status import pipeline_phrase

        return pipeline_phrase(self.choice.kind, Path(self.choice.name).name)

    @property
    def uses_sentences(self) -> bool:
        """True when a component reads sentence starts (parser, NER): they are preset from the segments."""
        return any(name in self.nlp.pipe_names for name in ("parser", "senter", "ner", "tagger", "morphologizer"))

    @property
    def segment_components(self) -> list[str]:
        """Components to run on stored segments (already sentences: no re-splitting)."""
        return [name for name in self.nlp.pipe_names if name != "workbench_sentencizer"]


def build_fallback():
    """`spacy.blank("nb")` with workbench's sentence, lemma and name components."""
    import spacy

    from workbench.nlp import components

    nlp = spacy.blank("nb")
    components.fix_abbreviation_trap(nlp)
    for name in FALLBACK_COMPONENTS:
        nlp.add_pipe(name)
    nlp.meta["name"] = "workbench_fallback"
    nlp.meta["version"] = FALLBACK_VERSION
    return nlp


def load_pipeline(choice: PipelineChoice | None = None) -> LoadedPipeline:
    """Load the chosen pipeline (default: `choose_pipeline()`); raise WorkbenchError if it fails."""
    import spacy

    from workbench.nlp import components

    choice = choice or choose_pipeline()
    if choice.kind == "fallback":
        nlp = build_fallback()
        return LoadedPipeline(nlp, choice, f"{FALLBACK_NAME}/{FALLBACK_VERSION}")
    try:
        nlp = spacy.load(choice.name)
    except Exception as exc:  # a broken or incompatible model folder
        raise WorkbenchError(f"cannot load spaCy pipeline '{choice.name}': {exc}") from None
    if nlp.lang != "nb":
        raise WorkbenchError(f"spaCy pipeline '{choice.name}' is for language '{nlp.lang}', not Norwegian Bokmål (nb)")
    components.fix_abbreviation_trap(nlp)
    meta = nlp.meta
    return LoadedPipeline(nlp, choice, f"{meta.get('lang', 'nb')}_{meta.get('name', 'model')}/{meta.get('version', '0')}")
