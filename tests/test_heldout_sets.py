"""The frozen held-out evaluation sets stay well-formed and readable by the evaluation code.

These check shape only (no score floor): the sets exist so that suggestion figures are
measured on passages nobody tuned rules, keywords or examples to.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from workbench.nlp.evaluate import read_labelled_passages

DATA = Path(__file__).resolve().parent / "data"
HELDOUT_V2 = DATA / "heldout2_2026-12-03.jsonl"
ANALYTIC = ("competence", "signalling", "assessment", "trust", "network")
ROLES = {"mentee", "mentor", "programme_leader", "employer"}


def test_heldout_v2_meta_line_records_date_and_codebook_commit():
    first = json.loads(HELDOUT_V2.read_text(encoding="utf-8").splitlines()[0])
    meta = first["_meta"]
    assert meta["name"] == "held-out cold-start evaluation set v2"
    assert meta["written"] == "2026-12-03"
    assert meta["codebook_commit"] == "0b9ae38a8e93162a4e661617480a81350a5e5434"
    assert meta["synthetic"] is True
    assert "Frozen" in meta["rule"] and meta["writer"]


def test_heldout_v2_is_read_as_200_distinct_passages_40_per_analytic_code():
    meta, rows = read_labelled_passages(HELDOUT_V2)
    assert meta["codebook_commit"].startswith("0b9ae38")
    codes = [r["code"] for r in rows]
    assert {c: codes.count(c) for c in set(codes)} == {c: 40 for c in ANALYTIC}
    assert len({r["text"] for r in rows}) == len(rows) == 200
    assert {r["role"] for r in rows} <= ROLES
    words = [len(r["text"].split()) for r in rows]
    assert min(words) >= 10 and max(words) <= 90


#: The sets measured once, each with its session's final suggester (v7 at ba6792e; v8 not yet):
#: (version, codebook commit it was written against, passages per analytic code, passages of 1-2,
#: 3-4 and 5-8 sentences as its meta line's length_mix says, or None where it names none).
ONCE_MEASURED = [
    ("3", "61f501e8943f5b9ed188fddf771066945edeb24c", 30, None),
    ("4", "89a6ed51415697a2c14a3be4b00df990c8858394", 40, [65, 70, 65]),
    ("5", "57da1e3f8dc467facba69574d8c6b4a11cae819d", 40, [65, 70, 65]),
    ("6", "ebb0f4cc7608fa82ff1a7546d0f22f7f016f8724", 40, [65, 70, 65]),
    ("7", "0010b653453018d82d8455ac8363f2f51a8716ee", 40, [65, 70, 65]),  # measured once at ba6792e
    ("8", "b6c3d3bfa8e6a85740caf4a86629dbf8a6cd012d", 40, [65, 70, 65]),  # held out until its one run
]

#: The day each set was written, which its file name and meta line both carry (v1-v7: 2026-12-03).
WRITTEN = {"8": "2026-12-04"}


def _path(version: str) -> Path:
    return DATA / f"heldout{version}_{WRITTEN.get(version, '2026-12-03')}.jsonl"


@pytest.mark.parametrize(("version", "commit", "_per_code", "_bands"), ONCE_MEASURED)
def test_heldout_meta_line_records_date_commit_and_single_measurement(version, commit, _per_code, _bands):
    meta = json.loads(_path(version).read_text(encoding="utf-8").splitlines()[0])["_meta"]
    assert meta["name"] == f"held-out cold-start evaluation set v{version}"
    assert meta["written"] == WRITTEN.get(version, "2026-12-03")
    assert meta["codebook_commit"] == commit
    assert meta["synthetic"] is True
    assert "Frozen" in meta["rule"] and meta["writer"]
    assert meta["measure"] == "once, with the session's final suggester"


@pytest.mark.parametrize(("version", "commit", "per_code", "bands"), ONCE_MEASURED)
def test_heldout_is_read_as_distinct_passages_evenly_per_analytic_code_in_its_length_bands(
        version, commit, per_code, bands):
    meta, rows = read_labelled_passages(_path(version))
    assert meta["codebook_commit"] == commit
    codes = [r["code"] for r in rows]
    assert {c: codes.count(c) for c in set(codes)} == {c: per_code for c in ANALYTIC}
    assert len({r["text"] for r in rows}) == len(rows) == per_code * len(ANALYTIC)
    assert {r["role"] for r in rows} == {"mentee", "mentor", "programme_leader"}
    words = [len(r["text"].split()) for r in rows]
    assert min(words) >= 10 and max(words) <= 90
    if bands is not None:
        sentences = [len(re.findall(r"[.!?](?:\s+|$)", r["text"])) for r in rows]
        found = [sum(lo <= n <= hi for n in sentences) for lo, hi in ((1, 2), (3, 4), (5, 8))]
        assert found == bands, found


def test_heldout_v8_labels_are_analytic_top_level_codes_of_the_codebook_and_its_meta_counts_match():
    # the labels must be codes the suggester can rank first: top-level keys of the shipped codebook
    from workbench.io.codebooks.yaml_format import load_codebook

    path = _path("8")
    top_level = {code.key for code in load_codebook(DATA.parent.parent / "codebooks" / "mentoring.yaml")
                 if code.parent is None}
    meta, rows = read_labelled_passages(path)
    assert set(ANALYTIC) <= top_level
    assert {r["code"] for r in rows} == set(ANALYTIC)
    # one JSON object a line: the meta line first, then exactly 200 passages, no blank lines
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 201 and "_meta" in json.loads(lines[0])
    assert all(set(json.loads(line)) == {"text", "code", "role"} for line in lines[1:])
    # 15-80 words each, and the length_mix the meta line states is the one the file has
    words = [len(r["text"].split()) for r in rows]
    assert min(words) >= 15 and max(words) <= 80
    assert f"{min(words)}-{max(words)} words each" in meta["length_mix"]
    assert "65 passages of 1-2 sentences, 70 of 3-4, 65 of 5-8 (13/14/13 per code)" in meta["length_mix"]
    for code in ANALYTIC:
        sentences = [len(re.findall(r"[.!?](?:\s+|$)", r["text"])) for r in rows if r["code"] == code]
        assert [sum(lo <= n <= hi for n in sentences) for lo, hi in ((1, 2), (3, 4), (5, 8))] == [13, 14, 13], code
    # no passage repeats, not even with other case or spacing
    assert len({" ".join(r["text"].lower().split()) for r in rows}) == 200
