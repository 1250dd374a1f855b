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


#: The sets measured once, each with its session's final suggester (v6 at 3283e6f; v7 not yet):
#: (version, codebook commit it was written against, passages per analytic code, passages of 1-2,
#: 3-4 and 5-8 sentences as its meta line's length_mix says, or None where it names none).
ONCE_MEASURED = [
    ("3", "61f501e8943f5b9ed188fddf771066945edeb24c", 30, None),
    ("4", "89a6ed51415697a2c14a3be4b00df990c8858394", 40, [65, 70, 65]),
    ("5", "57da1e3f8dc467facba69574d8c6b4a11cae819d", 40, [65, 70, 65]),
    ("6", "ebb0f4cc7608fa82ff1a7546d0f22f7f016f8724", 40, [65, 70, 65]),
    ("7", "0010b653453018d82d8455ac8363f2f51a8716ee", 40, [65, 70, 65]),  # measured once at ba6792e
]


def _path(version: str) -> Path:
    return DATA / f"heldout{version}_2026-12-03.jsonl"


@pytest.mark.parametrize(("version", "commit", "_per_code", "_bands"), ONCE_MEASURED)
def test_heldout_meta_line_records_date_commit_and_single_measurement(version, commit, _per_code, _bands):
    meta = json.loads(_path(version).read_text(encoding="utf-8").splitlines()[0])["_meta"]
    assert meta["name"] == f"held-out cold-start evaluation set v{version}"
    assert meta["written"] == "2026-12-03"
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
