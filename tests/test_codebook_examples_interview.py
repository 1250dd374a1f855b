"""codebooks/mentoring.examples.interview.jsonl: the interview-style batch of worked examples keeps its shape.

The batch was written to read like respondents' turns in an interview transcript (stories,
hedges, self-corrections, jargon; the theme implied more often than named), without reading the
codebook's keyword lists, its other example files, any evaluation set or the demo coding, so the
example model can learn spoken wording nobody fitted to a test. It is read by the same reader
the codebook uses for its `examples_file` list (`attach_examples`), whether or not the codebook
names it. Failures name the batch's own line, never the text of another file.
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
BATCH = REPO / "codebooks" / "mentoring.examples.interview.jsonl"
OTHER_EXAMPLES = sorted(p for p in CODEBOOK.parent.glob("mentoring.examples*.jsonl") if p != BATCH)
TEST_DATA = sorted((REPO / "tests" / "data").glob("*.jsonl")) + sorted((REPO / "tests" / "data").glob("*.txt"))

ROLES = {"mentee", "mentor", "programme_leader"}
MIN_WORDS, MAX_WORDS = 8, 160
# Aimed at ~16 passages per leaf of the five analytic branches, 4 general ones per analytic
# top-level code, and ~6 per subcode of the optional programme layer (about a tenth); the
# floors below are what the batch promises, a little under what it has.
PER_ANALYTIC_LEAF = 12
PER_ANALYTIC_TOP = 3
PER_LAYER_SUB = 5
# Words a respondent says, not an analyst: at least a fifth of the passages carry one.
SPOKEN = re.compile(
    r"\b(eh|altså|liksom|haha|ærlig talt|tror jeg|egentlig|sånn|faktisk|nei,? vent|på en måte|hva skal jeg si)\b",
    re.IGNORECASE,
)


def _rows() -> list[tuple[int, dict]]:
    return example_rows(BATCH)





def _texts_of(path: Path) -> list[str]:
    """Every passage text in a JSON-lines file (rows without a text are skipped), or a text file whole."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".jsonl":
        return [raw]
    texts = []
    for line in raw.splitlines():
        row = json.loads(line) if line.strip() else {}
        if isinstance(row, dict) and isinstance(row.get("text"), str):
            texts.append(row["text"])
    return texts


@pytest.fixture(scope="module")
def codes():
    return {c.path: c for c in codebook_without(CODEBOOK, BATCH)}


def test_every_line_is_json_and_the_first_is_meta():
    meta = checked_meta(BATCH)
    assert "interview-style" in meta["note"].lower()
    assert meta["codebook"] == CODEBOOK.name
    assert "did not read" in meta["writer"].lower(), "the meta says what its writer did not read"


def test_every_passage_has_text_a_live_code_path_and_a_role(codes):
    for n, row in _rows():
        check_row(f"{BATCH.name}:{n}", row, codes, ROLES, (MIN_WORDS, MAX_WORDS))


def test_the_codebook_reader_attaches_every_passage_to_its_code():
    codes = codebook_without(CODEBOOK, BATCH)
    before = Counter({c.path: len(c.seed_examples) for c in codes})
    assert attach_examples(codes, BATCH) == len(_rows())
    after = Counter({c.path: len(c.seed_examples) for c in codes})
    assert after - before == Counter(row["code"] for _, row in _rows())
    by_path = {c.path: c for c in codes}
    for n, row in _rows():
        assert " ".join(row["text"].split()) in by_path[row["code"]].seed_examples, f"{BATCH.name}:{n}"


def test_no_duplicates_within_the_batch_or_of_the_codebook_and_its_other_examples(codes):
    seen: dict[str, int] = {}
    for n, row in _rows():
        key = normalised(row["text"])
        assert key not in seen, f"{BATCH.name}:{n} repeats line {seen.get(key)}"
        seen[key] = n
    elsewhere = {normalised(e) for c in codes.values() for e in [*c.examples, *c.seed_examples]}
    elsewhere |= {normalised(t) for path in OTHER_EXAMPLES for t in _texts_of(path)}
    repeated = sorted(n for key, n in seen.items() if key in elsewhere)
    assert not repeated, f"{BATCH.name}: lines {repeated} repeat a passage of the codebook or its examples"


def test_no_long_run_of_words_is_shared_within_the_batch_or_with_the_other_examples(codes):
    """Vocabulary is varied on purpose: no eight-word run twice in the batch, none shared with the
    codebook's own examples or any other examples file (named in the codebook or not)."""
    texts = [e for c in codes.values() for e in [*c.examples, *c.seed_examples]]
    texts += [t for path in OTHER_EXAMPLES for t in _texts_of(path)]
    elsewhere = set().union(*(word_runs(t) for t in texts))
    owner: dict[tuple[str, ...], int] = {}
    shared = []
    for n, row in _rows():
        runs = word_runs(row["text"])
        again = {owner[r] for r in runs if r in owner and owner[r] != n}
        if again or runs & elsewhere:
            shared.append((n, sorted(again) or "another examples file"))
        owner.update({r: n for r in runs if r not in owner})
    assert shared == [], f"{BATCH.name}: lines sharing {RUN}+ words (line, with): {shared}"


@pytest.mark.parametrize("data", TEST_DATA, ids=lambda p: p.name)
def test_no_long_run_of_words_is_shared_with_any_test_data_set(data):
    """Development sets choose the suggester's settings and held-out sets judge it; a batch passage
    that overlaps either would let the model see the text it is measured on. Names this batch's
    line only, never the other file's text."""
    held = set().union(set(), *(word_runs(t) for t in _texts_of(data)))
    lines = [n for n, row in _rows() if word_runs(row["text"]) & held]
    assert lines == [], f"{BATCH.name}: lines {lines} share {RUN}+ words with {data.name}"


def test_every_subcode_has_its_share(codes):
    short, layer_share = short_shares(_rows(), codes, PER_ANALYTIC_TOP, PER_ANALYTIC_LEAF, PER_LAYER_SUB)
    assert not short, f"codes with too few passages (have, need): {short}"
    assert 0.05 <= layer_share <= 0.15, f"programme layer share {layer_share:.2f}"


def test_passages_come_in_three_lengths_about_a_third_each():
    bands = Counter()
    for n, row in _rows():
        count = sentence_count(row["text"])
        assert 1 <= count <= 8, f"{BATCH.name}:{n}: {count} sentences"
        bands["1-2" if count <= 2 else "3-4" if count <= 4 else "5-8"] += 1
    total = sum(bands.values())
    for band in ("1-2", "3-4", "5-8"):
        assert 0.25 <= bands[band] / total <= 0.42, f"{band} sentences: {bands[band]} of {total}"


def test_passages_sound_spoken_and_seldom_name_their_code(codes):
    """Interview speech rarely names the analytic concept: at most a tenth of the passages contain
    the label of their own code or of its top-level code; at least a fifth carry a spoken filler."""
    texts = [(n, row["text"].lower(), row["code"]) for n, row in _rows()]
    named = [
        n for n, text, path in texts
        if codes[path].label.lower() in text or codes[path.split("/")[0]].label.lower() in text
    ]
    assert len(named) <= len(texts) // 10, f"{BATCH.name}: lines naming their code's label: {named}"
    spoken = sum(bool(SPOKEN.search(text)) for _, text, _ in texts)
    assert spoken >= len(texts) // 5, f"only {spoken} of {len(texts)} passages carry a spoken filler"


def test_every_analytic_branch_hears_all_three_roles(codes):
    roles: dict[str, set[str]] = {}
    for _, row in _rows():
        roles.setdefault(row["code"].split("/")[0], set()).add(row["role"])
    for path, code in codes.items():
        if code.parent is None and not code.on_request and not code.retired:
            assert roles.get(path) == ROLES, f"{path}: roles {sorted(roles.get(path, set()))}"
