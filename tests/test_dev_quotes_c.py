"""tests/data/dev_quotes_c.jsonl: the keyword-blind development set keeps its shape.

Set C is development data for choosing the suggester's settings (such as the weight between
codebook rules and the example model). It was written without reading the keyword lists, the
held-out sets or the worked examples, so a setting chosen on it is not chosen on keyword-shaped
speech. These tests check its frozen shape, and that no training example (the codebook's
worked examples, loaded by `load_codebook`, and the keyword-blind batch) shares a long run of
words with it, which would let a setting be chosen on passages the model has already seen.
Failures name set C's own line, never the text of another file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from workbench.io.codebooks.yaml_format import load_codebook

REPO = Path(__file__).resolve().parents[1]
DEV_C = REPO / "tests" / "data" / "dev_quotes_c.jsonl"
CODEBOOK = REPO / "codebooks" / "mentoring.yaml"
MORE = REPO / "codebooks" / "mentoring.examples.more.jsonl"
ROLES = {"mentee", "mentor", "programme_leader"}
PER_CODE = 40
RUN = 8


def _lines() -> list[tuple[int, str]]:
    return [(n, line) for n, line in enumerate(DEV_C.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip()]


def _rows() -> list[tuple[int, dict]]:
    return [(n, json.loads(line)) for n, line in _lines()[1:]]


def _runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def test_the_first_line_records_when_and_against_what_it_was_written():
    meta = json.loads(_lines()[0][1])["_meta"]
    assert meta["name"] == "development set C (keyword-blind)"
    assert meta["synthetic"] is True and meta["written"] == "2026-12-03"
    assert re.fullmatch(r"[0-9a-f]{40}", meta["codebook_commit"])
    assert "development" in meta["note"].lower()


def test_forty_passages_for_each_analytic_top_level_code():
    codes = load_codebook(CODEBOOK)
    analytic = {c.path for c in codes if c.parent is None and not c.on_request and not c.retired}
    counts = Counter()
    for n, row in _rows():
        where = f"{DEV_C.name}:{n}"
        assert set(row) == {"text", "code", "role"}, f"{where}: fields {sorted(row)}"
        assert row["code"] in analytic, f"{where}: {row['code']!r} is not an analytic top-level code"
        assert row["role"] in ROLES, f"{where}: role {row['role']!r}"
        assert 10 <= len(row["text"].split()) <= 90, f"{where}: {len(row['text'].split())} words"
        counts[row["code"]] += 1
    assert counts == {code: PER_CODE for code in analytic}


def test_no_duplicates_and_no_long_run_shared_with_training_examples():
    texts = [row["text"] for _, row in _rows()]
    assert len({t.casefold() for t in texts}) == len(texts)
    trained = [e for c in load_codebook(CODEBOOK) for e in [*c.examples, *c.seed_examples]]
    trained += [json.loads(line)["text"] for line in MORE.read_text(encoding="utf-8").splitlines()[1:]
                if line.strip()]
    taught = set().union(*(_runs(t) for t in trained))
    shared = [f"{DEV_C.name}:{n}: {row['text'][:60]}" for n, row in _rows() if _runs(row["text"]) & taught]
    assert shared == [], f"these development passages share {RUN}+ words with a training example: {shared}"


def test_no_long_run_shared_with_a_held_out_set():
    # settings chosen on set C must not be chosen on held-out wording; name set C's line only
    held: set[tuple[str, ...]] = set()
    for path in sorted((REPO / "tests" / "data").glob("heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if "text" in row:
                held |= _runs(row["text"])
    assert held, "no held-out passages found to compare with"
    shared = [f"{DEV_C.name}:{n}: {row['text'][:60]}" for n, row in _rows() if _runs(row["text"]) & held]
    assert shared == [], f"these development passages share {RUN}+ words with a held-out passage: {shared}"
