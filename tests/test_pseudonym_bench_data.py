"""The leak benchmark's ground truth must describe its own transcripts.

A truth line whose string never occurs in its file would silently drop out of the
recall figures, so every half's `truth.tsv` is checked against the transcripts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "pseudonym_data"
HALVES = ("dev", "heldout", "heldout2", "heldout3")
CATEGORIES = {"phone", "email", "url", "address", "postcode", "fnr", "dnr", "birthdate",
              "passport", "hpr", "casenr", "account", "orgnr", "person", "place", "org"}


def _body(path: Path) -> str:
    return "".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                   if not line.startswith("# "))


@pytest.mark.parametrize("half", HALVES)
def test_every_truth_string_occurs_in_its_file(half: str) -> None:
    missing, bad = [], []
    lines = (DATA / half / "truth.tsv").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, category, string = line.split("\t")
        if category not in CATEGORIES:
            bad.append(f"line {number}: category {category!r}")
        text = _body(DATA / half / name)
        if not re.search(rf"(?<!\w){re.escape(string)}(?!\w)", text):
            missing.append(f"line {number}: {name} {string!r}")
    assert not bad and not missing, bad + missing


@pytest.mark.parametrize("half", HALVES)
def test_each_half_has_a_control_text(half: str) -> None:
    assert list((DATA / half).glob("control_*.txt"))


def test_bench_accepts_every_half() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("pseudonym_bench", DATA.parent / "pseudonym_bench.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert tuple(bench.HALVES) == HALVES
    assert set(bench.BOTH) == set(HALVES) - {"heldout3"}


def test_heldout3_has_mixed_role_group_interviews() -> None:
    # The brief for the third held-out half: at least two group interviews with mixed roles.
    labels = {"Mentor", "Mentee", "Programleder"}
    groups = 0
    for path in sorted((DATA / "heldout3").glob("m*.txt")):
        roles = {label for line in _body(path).splitlines()
                 for label in labels if re.match(rf"{label}( \d+)?:", line)}
        groups += len(roles) >= 2
    assert groups >= 2
