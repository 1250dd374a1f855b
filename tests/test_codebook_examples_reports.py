"""codebooks/mentoring.examples.reports.jsonl: the report-style batch of worked examples keeps its shape.

The batch was written to look like quotes printed in an evaluation report (longer passages,
omissions, bracketed clarifications, a second theme now and then), without reading the
codebook's keyword lists, its other example files or any evaluation set, so the example model
can learn from wording nobody fitted to a test. It is read by the same reader the codebook
uses for its `examples_file` list (`attach_examples`), whether or not the codebook names it yet.
Failures name the batch's own line, never the text of another file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from workbench.io.codebooks.yaml_format import attach_examples

from example_rows import (RUN, check_row, checked_meta, codebook_without, example_rows, normalised,
                          sentence_count, short_shares, word_runs)

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "codebooks" / "mentoring.yaml"
REPORTS = REPO / "codebooks" / "mentoring.examples.reports.jsonl"
DEV_SETS = sorted((REPO / "tests" / "data").glob("dev_quotes_*.jsonl"))

ROLES = {"mentee", "mentor", "programme_leader"}
MIN_WORDS, MAX_WORDS = 8, 160
# Aimed at ~12 passages per leaf of the five analytic branches, 3 general ones per analytic
# top-level code, and ~5 per subcode of the optional programme layer (about a tenth).
PER_ANALYTIC_LEAF = 12
PER_ANALYTIC_TOP = 3
PER_LAYER_SUB = 5


def _rows() -> list[tuple[int, dict]]:
    return example_rows(REPORTS)





@pytest.fixture(scope="module")
def codes():
    return {c.path: c for c in codebook_without(CODEBOOK, REPORTS)}


def test_every_line_is_json_and_the_first_is_meta():
    meta = checked_meta(REPORTS)
    assert "report-style" in meta["note"].lower()
    assert meta["codebook"] == CODEBOOK.name
    assert "did not read" in meta["writer"].lower(), "the meta says what its writer did not read"


def test_every_passage_has_text_a_live_code_path_and_a_role(codes):
    for n, row in _rows():
        check_row(f"{REPORTS.name}:{n}", row, codes, ROLES, (MIN_WORDS, MAX_WORDS))


def test_the_codebook_reader_attaches_every_passage_to_its_code():
    codes = codebook_without(CODEBOOK, REPORTS)
    before = Counter({c.path: len(c.seed_examples) for c in codes})
    assert attach_examples(codes, REPORTS) == len(_rows())
    after = Counter({c.path: len(c.seed_examples) for c in codes})
    assert after - before == Counter(row["code"] for _, row in _rows())
    by_path = {c.path: c for c in codes}
    for n, row in _rows():
        assert " ".join(row["text"].split()) in by_path[row["code"]].seed_examples, f"{REPORTS.name}:{n}"


def test_no_duplicates_within_the_batch_or_of_the_codebook_and_its_other_examples(codes):
    seen: dict[str, int] = {}
    for n, row in _rows():
        key = normalised(row["text"])
        assert key not in seen, f"{REPORTS.name}:{n} repeats line {seen.get(key)}"
        seen[key] = n
    elsewhere = {normalised(e) for c in codes.values() for e in [*c.examples, *c.seed_examples]}
    repeated = sorted(n for key, n in seen.items() if key in elsewhere)
    assert not repeated, f"{REPORTS.name}: lines {repeated} repeat a passage of the codebook or its examples"


def test_no_long_run_of_words_is_shared_with_other_passages_or_the_other_examples(codes):
    """Vocabulary is varied on purpose: no eight-word run twice in the batch, none taken from the
    codebook's other examples."""
    elsewhere = set().union(*(word_runs(e) for c in codes.values() for e in [*c.examples, *c.seed_examples]))
    owner: dict[tuple[str, ...], int] = {}
    shared = []
    for n, row in _rows():
        runs = word_runs(row["text"])
        again = {owner[r] for r in runs if r in owner and owner[r] != n}
        if again or runs & elsewhere:
            shared.append((n, sorted(again) or "another examples file"))
        owner.update({r: n for r in runs if r not in owner})
    assert shared == [], f"{REPORTS.name}: lines sharing {RUN}+ words (line, with): {shared}"


@pytest.mark.parametrize("dev", DEV_SETS, ids=lambda p: p.name)
def test_no_long_run_of_words_is_shared_with_a_development_set(dev):
    """Development sets choose the suggester's settings; a batch passage that overlaps one would let
    a setting be chosen on text the model has seen. Names this batch's line only."""
    held = set()
    for line in dev.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        held |= word_runs(row.get("text", "")) if isinstance(row.get("text"), str) else set()
    lines = [n for n, row in _rows() if word_runs(row["text"]) & held]
    assert lines == [], f"{REPORTS.name}: lines {lines} share {RUN}+ words with {dev.name}"


def test_every_subcode_has_its_share(codes):
    short, layer_share = short_shares(_rows(), codes, PER_ANALYTIC_TOP, PER_ANALYTIC_LEAF, PER_LAYER_SUB)
    assert not short, f"codes with too few passages (have, need): {short}"
    assert 0.05 <= layer_share <= 0.15, f"programme layer share {layer_share:.2f}"


def test_passages_come_in_three_lengths_about_a_third_each():
    bands = Counter()
    for n, row in _rows():
        count = sentence_count(row["text"])
        assert 1 <= count <= 8, f"{REPORTS.name}:{n}: {count} sentences"
        bands["1-2" if count <= 2 else "3-4" if count <= 4 else "5-8"] += 1
    total = sum(bands.values())
    for band in ("1-2", "3-4", "5-8"):
        assert 0.25 <= bands[band] / total <= 0.42, f"{band} sentences: {bands[band]} of {total}"


def test_report_conventions_appear():
    texts = [row["text"] for _, row in _rows()]
    assert sum("(…)" in t for t in texts) >= len(texts) // 20, "some passages mark an omission (…)"
    assert sum(bool(re.search(r"\[[^\]]+\]", t)) for t in texts) >= len(texts) // 10, "some have [clarifications]"


def test_every_analytic_branch_hears_all_three_roles(codes):
    roles: dict[str, set[str]] = {}
    for _, row in _rows():
        roles.setdefault(row["code"].split("/")[0], set()).add(row["role"])
    for path, code in codes.items():
        if code.parent is None and not code.on_request and not code.retired:
            assert roles.get(path) == ROLES, f"{path}: roles {sorted(roles.get(path, set()))}"
