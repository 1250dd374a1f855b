"""Held-out passages stay out of what the suggester learns from.

The codebook's worked examples (codebooks/mentoring.examples.jsonl) train the cold-start
model; the held-out files measure it. A held-out passage copied, whole or in large part,
into the examples would turn a held-out figure into a development one without any rule
changing. Short common phrases ("han sa at han ikke kunne") are shared by chance between
any two sets of interview speech, so the check is for a run of eight or more words.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = sorted((ROOT / "tests" / "data").glob("heldout*.jsonl"))
# every batch of worked examples, named in the codebook's examples_file or not yet
TRAINED_ON = sorted((ROOT / "codebooks").glob("*.examples*.jsonl"))
RUN = 8


def _numbered_texts(path: Path) -> list[tuple[int, str]]:
    """(line number, passage) for each passage row of a JSON-lines file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = ((number, json.loads(line)) for number, line in enumerate(lines, 1) if line.strip())
    return [(number, row["text"]) for number, row in rows if "_meta" not in row and "text" in row]


def _texts(path: Path) -> list[str]:
    return [text for _number, text in _numbered_texts(path)]


def _kept_back() -> list[Path]:
    """The sets benchmarks/nlp_bench.py holds out for one final measurement (its HELD_OUT)."""
    spec = importlib.util.spec_from_file_location("nlp_bench_sets_only", ROOT / "benchmarks" / "nlp_bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return [ROOT / "tests" / "data" / f"{name}.jsonl" for name in bench.HELD_OUT]


def _runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_there_are_held_out_sets_and_training_examples_to_compare():
    assert len(HELD_OUT) >= 2 and len(TRAINED_ON) >= 3


@pytest.mark.parametrize("held_out", HELD_OUT, ids=lambda p: p.name)
def test_no_held_out_passage_shares_a_long_run_of_words_with_the_examples(held_out):
    held = set().union(*(_runs(t) for t in _texts(held_out)))
    # name the training passage by file and line only: whoever fixes it must not read held-out
    # text, and a held-out writer reading this message must not read the examples either
    shared = [f"{path.name}:{number}" for path in TRAINED_ON
              for number, t in _numbered_texts(path) if _runs(t) & held]
    assert shared == [], f"{held_out.name}: these examples share {RUN}+ words with a held-out passage: {shared}"


def test_the_check_finds_a_copied_passage():
    passage = "Jeg ringte sjefen min tre ganger før hun endelig svarte meg i telefonen den dagen"
    assert _runs(passage) & _runs("Og så: " + passage.lower() + ", sånn var det.")
    assert not _runs("han sa at han ikke kunne komme") & _runs("han sa at han ikke kunne")


@pytest.mark.parametrize("held_out", _kept_back(), ids=lambda p: p.name)
def test_a_kept_back_set_shares_no_long_run_with_any_other_labelled_set_or_example_file(held_out):
    # a passage reused from a development set or an example file would be one the rules were tuned to
    others = [p for p in sorted((ROOT / "tests" / "data").glob("*.jsonl")) + sorted((ROOT / "codebooks").glob("*.jsonl"))
              if p != held_out]
    seen = set().union(*(_runs(t) for path in others for t in _texts(path)))
    # name the kept-back set's own lines only (its writer may reread them), never another file's text
    lines = [number for number, text in enumerate(_texts(held_out), start=2) if _runs(text) & seen]
    assert lines == [], f"{held_out.name}: lines {lines} share {RUN}+ words in a row with another set or example file"
