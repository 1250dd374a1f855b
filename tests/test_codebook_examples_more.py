"""codebooks/mentoring.examples.more.jsonl: the keyword-blind batch of worked examples keeps its shape.

The batch was written without reading the codebook's keyword lists, so the example model can
learn wording the rules do not already catch. It is meant to be loaded beside the main examples
file (same line format, full code paths). These tests hold it to that format and to the live
codebook: a passage filed under a path that does not exist or is retired, a duplicate (within
the batch, of the main examples or of the codebook's own examples), or a code left thin would
quietly teach the suggester the wrong thing. Failures name the batch's line, never other files' text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from workbench.io.codebooks.yaml_format import attach_examples, examples_files, load_codebook, parse_codebook

from example_rows import check_row, checked_meta, example_rows, normalised, numbered_lines

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "codebooks" / "mentoring.yaml"
MORE = REPO / "codebooks" / "mentoring.examples.more.jsonl"
REPORTS = REPO / "codebooks" / "mentoring.examples.reports.jsonl"
INTERVIEW = REPO / "codebooks" / "mentoring.examples.interview.jsonl"

ROLES = {"mentee", "mentor", "programme_leader"}
MIN_WORDS, MAX_WORDS = 10, 90
# The batch aims at ~12 passages per leaf of the five analytic branches and ~5 general ones
# per analytic top-level code; the optional programme layer is not part of it.
PER_ANALYTIC_LEAF = 12
PER_ANALYTIC_TOP = 5


def _lines() -> list[tuple[int, str]]:
    return numbered_lines(MORE)


def _rows() -> list[tuple[int, dict]]:
    return example_rows(MORE)


_norm = normalised


@pytest.fixture(scope="module")
def codes():
    return {c.path: c for c in load_codebook(CODEBOOK)}


def _analytic_leaves(codes) -> set[str]:
    parents = {c.parent for c in codes.values() if c.parent}
    return {p for p, c in codes.items()
            if p not in parents and not codes[p.split("/")[0]].on_request and not c.retired}


def _analytic_tops(codes) -> set[str]:
    return {p for p, c in codes.items() if c.parent is None and not c.on_request and not c.retired}


def test_every_line_is_json_and_the_first_is_meta():
    meta = checked_meta(MORE)
    assert "keyword-blind" in meta["note"].lower()
    assert "mentoring.examples.jsonl" in meta["note"], "the note says which file it is loaded beside"


def test_every_passage_has_text_a_live_code_path_and_a_role(codes):
    for n, row in _rows():
        check_row(f"{MORE.name}:{n}", row, codes, ROLES, (MIN_WORDS, MAX_WORDS))


def _main_only():
    """The codebook with its main examples file only (the batch left out)."""
    meta, codes = parse_codebook(CODEBOOK.read_text(encoding="utf-8"), str(CODEBOOK))
    assert examples_files(meta)[0] == "mentoring.examples.jsonl"
    attach_examples(codes, CODEBOOK.parent / examples_files(meta)[0])
    return codes


def test_the_codebook_loads_the_batch_beside_the_main_examples():
    """The main file, this batch, then the report-style and the interview-style batches (each
    switched on after it helped on development data, see README), attached in that order."""
    meta, _codes = parse_codebook(CODEBOOK.read_text(encoding="utf-8"), str(CODEBOOK))
    assert examples_files(meta) == ["mentoring.examples.jsonl", MORE.name, REPORTS.name, INTERVIEW.name]
    main = _main_only()
    loaded = load_codebook(CODEBOOK)
    reports = len(example_rows(REPORTS))
    interview = len(example_rows(INTERVIEW))
    assert sum(len(c.seed_examples) for c in loaded) == (
        sum(len(c.seed_examples) for c in main) + len(_rows()) + reports + interview
    )
    assert attach_examples(main, MORE) == len(_rows())
    assert attach_examples(main, REPORTS) == reports
    assert attach_examples(main, INTERVIEW) == interview
    assert main == loaded


def test_no_duplicates_within_the_batch_or_of_the_main_examples_or_the_codebook(codes):
    seen: dict[str, int] = {}
    for n, row in _rows():
        key = _norm(row["text"])
        assert key not in seen, f"{MORE.name}:{n} repeats line {seen.get(key)}"
        seen[key] = n
    # the main examples file's passages, as seed_examples, and the codebook's own examples
    elsewhere = {_norm(e) for c in _main_only() for e in [*c.examples, *c.seed_examples]}
    repeated = sorted(n for key, n in seen.items() if key in elsewhere)
    assert not repeated, f"{MORE.name}: lines {repeated} repeat a passage of the codebook or its main examples"


def test_every_analytic_leaf_and_top_level_code_has_its_share(codes):
    counts = Counter(row["code"] for _, row in _rows())
    wanted = {**{p: PER_ANALYTIC_LEAF for p in _analytic_leaves(codes)},
              **{p: PER_ANALYTIC_TOP for p in _analytic_tops(codes)}}
    short = {p: (counts[p], need) for p, need in wanted.items() if counts[p] < need}
    assert not short, f"codes with too few passages (have, need): {short}"
    assert not {p for p in counts if p.split("/")[0] == "programme"}, "the batch covers analytic codes only"


def test_every_analytic_branch_hears_all_three_roles(codes):
    roles: dict[str, set[str]] = {}
    for _, row in _rows():
        roles.setdefault(row["code"].split("/")[0], set()).add(row["role"])
    for top in _analytic_tops(codes):
        assert roles.get(top) == ROLES, f"{top}: roles {sorted(roles.get(top, set()))}"
