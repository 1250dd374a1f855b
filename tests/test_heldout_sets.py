"""The frozen held-out evaluation sets stay well-formed and readable by the evaluation code.

These check shape only (no score floor): the sets exist so that suggestion figures are
measured on passages nobody tuned rules, keywords or examples to.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

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


HELDOUT_V3 = DATA / "heldout3_2026-12-03.jsonl"


def test_heldout_v3_meta_line_records_date_commit_and_single_measurement():
    meta = json.loads(HELDOUT_V3.read_text(encoding="utf-8").splitlines()[0])["_meta"]
    assert meta["name"] == "held-out cold-start evaluation set v3"
    assert meta["written"] == "2026-12-03"
    assert meta["codebook_commit"] == "61f501e8943f5b9ed188fddf771066945edeb24c"
    assert meta["synthetic"] is True
    assert "Frozen" in meta["rule"] and meta["writer"]
    assert meta["measure"] == "once, with the session's final suggester"


def test_heldout_v3_is_read_as_150_distinct_passages_30_per_analytic_code():
    meta, rows = read_labelled_passages(HELDOUT_V3)
    assert meta["codebook_commit"].startswith("61f501e")
    codes = [r["code"] for r in rows]
    assert {c: codes.count(c) for c in set(codes)} == {c: 30 for c in ANALYTIC}
    assert len({r["text"] for r in rows}) == len(rows) == 150
    assert {r["role"] for r in rows} == {"mentee", "mentor", "programme_leader"}
    words = [len(r["text"].split()) for r in rows]
    assert min(words) >= 10 and max(words) <= 90


HELDOUT_V4 = DATA / "heldout4_2026-12-03.jsonl"


def test_heldout_v4_meta_line_records_date_commit_and_single_measurement():
    meta = json.loads(HELDOUT_V4.read_text(encoding="utf-8").splitlines()[0])["_meta"]
    assert meta["name"] == "held-out cold-start evaluation set v4"
    assert meta["written"] == "2026-12-03"
    assert meta["codebook_commit"] == "89a6ed51415697a2c14a3be4b00df990c8858394"
    assert meta["synthetic"] is True
    assert "Frozen" in meta["rule"] and meta["writer"]
    assert meta["measure"] == "once, with the session's final suggester"


def test_heldout_v4_is_read_as_200_distinct_passages_40_per_analytic_code_in_three_length_bands():
    meta, rows = read_labelled_passages(HELDOUT_V4)
    assert meta["codebook_commit"].startswith("89a6ed5")
    codes = [r["code"] for r in rows]
    assert {c: codes.count(c) for c in set(codes)} == {c: 40 for c in ANALYTIC}
    assert len({r["text"] for r in rows}) == len(rows) == 200
    assert {r["role"] for r in rows} == {"mentee", "mentor", "programme_leader"}
    words = [len(r["text"].split()) for r in rows]
    assert min(words) >= 10 and max(words) <= 90
    # about a third each of 1-2, 3-4 and 5-8 sentences, as the meta line says
    sentences = [len(re.findall(r"[.!?](?:\s+|$)", r["text"])) for r in rows]
    bands = [sum(lo <= n <= hi for n in sentences) for lo, hi in ((1, 2), (3, 4), (5, 8))]
    assert sum(bands) == 200 and min(bands) >= 55, bands


HELDOUT_V5 = DATA / "heldout5_2026-12-03.jsonl"


def test_heldout_v5_meta_line_records_date_commit_and_single_measurement():
    meta = json.loads(HELDOUT_V5.read_text(encoding="utf-8").splitlines()[0])["_meta"]
    assert meta["name"] == "held-out cold-start evaluation set v5"
    assert meta["written"] == "2026-12-03"
    assert meta["codebook_commit"] == "57da1e3f8dc467facba69574d8c6b4a11cae819d"
    assert meta["synthetic"] is True
    assert "Frozen" in meta["rule"] and meta["writer"]
    assert meta["measure"] == "once, with the session's final suggester"


def test_heldout_v5_is_read_as_200_distinct_passages_40_per_analytic_code_in_three_length_bands():
    meta, rows = read_labelled_passages(HELDOUT_V5)
    assert meta["codebook_commit"].startswith("57da1e3")
    codes = [r["code"] for r in rows]
    assert {c: codes.count(c) for c in set(codes)} == {c: 40 for c in ANALYTIC}
    assert len({r["text"] for r in rows}) == len(rows) == 200
    assert {r["role"] for r in rows} == {"mentee", "mentor", "programme_leader"}
    words = [len(r["text"].split()) for r in rows]
    assert min(words) >= 10 and max(words) <= 90
    # 65/70/65 passages of 1-2, 3-4 and 5-8 sentences, 13/14/13 per code, as the meta line says
    sentences = [len(re.findall(r"[.!?](?:\s+|$)", r["text"])) for r in rows]
    bands = [sum(lo <= n <= hi for n in sentences) for lo, hi in ((1, 2), (3, 4), (5, 8))]
    assert bands == [65, 70, 65], bands
