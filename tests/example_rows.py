"""Reading the codebook's worked-example files in tests: numbered JSON lines, one row check, and
the checks every batch's test shares (word runs, sentence counts, the codebook without the
batch, each code's share).

The example files share a line format; their tests differ in floors, roles and what a batch
promises, not in how a line is read or what makes a row sound.
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


#: Words in a row that count as a shared run; the same length the held-out independence check uses.
RUN = 8


def word_runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    """Every run of n words in a row, case folded: two passages sharing one share wording."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def sentence_count(text: str) -> int:
    """Sentences as a reader counts them: a . ! or ? that ends a word."""
    return len(re.findall(r"[.!?]+(?=\s|$)", text))


def codebook_without(codebook: Path, batch: Path) -> list:
    """The codebook's codes with every examples file it names attached except `batch`."""
    from workbench.io.codebooks.yaml_format import attach_examples, examples_files, parse_codebook

    meta, codes = parse_codebook(codebook.read_text(encoding="utf-8"), str(codebook))
    for name in examples_files(meta):
        if name != batch.name:
            attach_examples(codes, codebook.parent / name)
    return codes


def short_shares(rows: list[tuple[int, dict]], codes: dict, per_top: int, per_leaf: int,
                 per_layer_sub: int) -> tuple[dict[str, tuple[int, int]], float]:
    """(codes with fewer passages than a batch promises: path -> (have, need), the share of the
    on-request layer): per_top for each analytic top-level code, per_leaf for each analytic leaf,
    per_layer_sub for each leaf of an on-request layer."""
    from collections import Counter

    counts = Counter(row["code"] for _, row in rows)
    parents = {c.parent for c in codes.values() if c.parent}
    wanted = {}
    for path, code in codes.items():
        if code.retired:
            continue
        layer = codes[path.split("/")[0]].on_request
        if code.parent is None:
            wanted[path] = 0 if layer else per_top
        elif path not in parents:
            wanted[path] = per_layer_sub if layer else per_leaf
    short = {p: (counts[p], need) for p, need in wanted.items() if counts[p] < need}
    layer_share = sum(n for p, n in counts.items() if codes[p.split("/")[0]].on_request) / sum(counts.values())
    return short, layer_share
