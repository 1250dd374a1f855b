"""Reading the codebook's worked-example files in tests: numbered JSON lines and one row check.

Both example files (the main one and the keyword-blind batch) share a line format; their
tests differ in floors and roles, not in how a line is read or what makes a row sound.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest


def numbered_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of every non-blank line."""
    text = path.read_text(encoding="utf-8")
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def example_rows(path: Path) -> list[tuple[int, dict]]:
    """(line number, row) of every passage (the first line is the `_meta` line)."""
    return [(n, json.loads(line)) for n, line in numbered_lines(path)[1:]]


def normalised(text: str) -> str:
    """Case and punctuation folded away, so near-identical passages compare equal."""
    return re.sub(r"\W+", " ", text.casefold()).strip()


def check_row(where: str, row: dict, codes: dict, roles: set[str], words: tuple[int, int]) -> None:
    """One passage: exactly text/code/role, a live code path, a known role, a sane length."""
    assert set(row) == {"text", "code", "role"}, f"{where}: fields {sorted(row)}"
    assert row["code"] in codes, f"{where}: code {row['code']!r} is not a path in the codebook"
    assert not codes[row["code"]].retired, f"{where}: code {row['code']!r} is retired"
    assert row["role"] in roles, f"{where}: role {row['role']!r}"
    count = len(row["text"].split())
    assert words[0] <= count <= words[1], f"{where}: {count} words"
    assert row["text"] == row["text"].strip() and '"' not in row["text"], where


def checked_meta(path: Path) -> dict:
    """Every line is JSON, the first is a `_meta` line of a dated synthetic development file
    written against a codebook commit, and no other line is one; returns the meta."""
    lines = numbered_lines(path)
    for n, line in lines:
        try:
            json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - the message is the point
            pytest.fail(f"{path.name}:{n}: not JSON ({exc.msg})")
    meta = json.loads(lines[0][1])["_meta"]
    assert meta["synthetic"] is True
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["written"])
    assert re.fullmatch(r"[0-9a-f]{40}", meta["codebook_commit"])
    assert "development" in meta["note"].lower()
    assert all("_meta" not in row for _, row in example_rows(path))
    return meta
