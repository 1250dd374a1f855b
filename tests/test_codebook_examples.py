"""codebooks/mentoring.examples.jsonl: the codebook's worked examples stay consistent with it.

The example corpus ships beside mentoring.yaml and the cold-start suggester trains on it, so a
renamed or retired code, a passage filed under a path that does not exist, a duplicate, or a
code left without examples would silently teach the suggester the wrong thing. These tests read
the file as plain JSON lines (no project loader), so a broken line is reported by line number.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path


from workbench.io.codebooks.yaml_format import load_codebook

from example_rows import check_row, checked_meta, example_rows, normalised, numbered_lines

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "codebooks" / "mentoring.yaml"
EXAMPLES = REPO / "codebooks" / "mentoring.examples.jsonl"

ROLES = {"mentee", "mentor", "programme_leader", "employer"}
MIN_WORDS, MAX_WORDS = 8, 80

# Least number of examples per code, by kind of code: the corpus aims at ~20 per leaf of
# the five analytic branches, ~8 per analytic top-level code (general statements) and
# ~10 per subcode of the optional programme layer, and these floors hold it there.
FLOOR_ANALYTIC_LEAF = 20
FLOOR_ANALYTIC_INNER = 8   # a top-level analytic code, or a subcode that has children
FLOOR_LAYER_TOP = 7        # the top of an on-request layer (programme)
FLOOR_LAYER_SUB = 10


def _lines() -> list[tuple[int, str]]:
    return numbered_lines(EXAMPLES)


def _examples() -> list[tuple[int, dict]]:
    return example_rows(EXAMPLES)


def _codes():
    return {c.path: c for c in load_codebook(CODEBOOK)}


_norm = normalised


def test_every_line_is_json_and_the_first_is_meta():
    checked_meta(EXAMPLES)


def test_every_example_has_text_a_known_code_and_a_role():
    codes = _codes()
    for n, row in _examples():
        check_row(f"{EXAMPLES.name}:{n}", row, codes, ROLES, (MIN_WORDS, MAX_WORDS))


def test_no_duplicate_texts_and_none_copied_from_the_codebook():
    seen: dict[str, int] = {}
    for n, row in _examples():
        key = _norm(row["text"])
        assert key not in seen, f"{EXAMPLES.name}:{n} repeats line {seen.get(key)}"
        seen[key] = n
    in_codebook = {_norm(e) for c in _codes().values() for e in c.examples}
    assert not in_codebook & set(seen), "an example repeats one of the codebook's own examples"


def _floor(code, codes) -> int:
    top = codes[code.path.split("/")[0]]
    has_children = any(c.parent == code.path for c in codes.values())
    if top.on_request:
        return FLOOR_LAYER_TOP if code.parent is None else FLOOR_LAYER_SUB
    return FLOOR_ANALYTIC_INNER if (code.parent is None or has_children) else FLOOR_ANALYTIC_LEAF


def test_every_live_code_has_enough_examples():
    codes = _codes()
    counts = Counter(row["code"] for _, row in _examples())
    short = {path: (counts[path], _floor(c, codes)) for path, c in codes.items()
             if not c.retired and counts[path] < _floor(c, codes)}
    assert not short, f"codes with too few examples (have, need): {short}"


def test_every_analytic_top_level_code_hears_more_than_one_role():
    codes = _codes()
    roles: dict[str, set[str]] = {}
    for _, row in _examples():
        roles.setdefault(row["code"].split("/")[0], set()).add(row["role"])
    for path, code in codes.items():
        if code.parent is None and not code.on_request:
            assert len(roles.get(path, set())) >= 3, f"{path}: roles {sorted(roles.get(path, set()))}"
