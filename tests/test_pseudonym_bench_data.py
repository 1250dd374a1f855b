"""The leak benchmark's ground truth must describe its own transcripts.

A truth line whose string never occurs in its file would silently drop out of the
recall figures, so every half's `truth.tsv` is checked against the transcripts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "pseudonym_data"
HALVES = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
          "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
          "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28",
          "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35",
          "heldout36", "heldout37", "heldout38", "heldout39", "heldout40",
          "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47",
          "heldout48", "heldout49", "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55",
          "heldout56", "heldout57", "heldout58", "heldout59", "heldout60", "heldout61", "heldout62",
          "heldout63", "heldout64", "heldout65", "heldout66", "heldout67", "heldout68", "heldout69",
          "heldout70", "heldout71", "heldout72", "heldout73", "heldout74", "heldout75", "heldout76",
          "heldout77", "heldout78", "heldout79", "heldout80",
          "heldout81", "heldout82", "heldout83", "heldout84", "heldout85", "heldout86",
          "heldout87", "heldout88", "heldout89", "heldout90", "heldout91", "heldout92",
          "heldout93")
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
    # heldout52 and heldout53 had their one measurement at f735cbe and joined `both` after it.
    # heldout62 and heldout63 had their one measurement at 5cbc86a and joined `both` after it.
    # heldout64 and heldout65 had their one measurement at dff6353 and joined `both` after it.
    # heldout66 and heldout67 had their one measurement at 604f202 and joined `both` after it.
    # heldout68 and heldout69 had their one measurement at dd059d8 and joined `both` after it.
    # heldout70 and heldout71 had their one measurement at 90b7528 and joined `both` after it.
    # heldout72 and heldout73 had their one measurement at cd649dd and joined `both` after it.
    # heldout74 and heldout75 had their one measurement at d3fbc2d and joined `both` after it.
    # heldout76 and heldout77 had their one measurement at 8245165 and joined `both` after it.
    # heldout78 and heldout79 had their one measurement at 25e27b7 and joined `both` after it.
    # heldout80 and heldout81 had their one measurement at b1e8f23 and joined `both` after it.
    # heldout82 and heldout83 had their one measurement at 3e54865 and joined `both` after it.
    # heldout84 and heldout85 had their one measurement at 80bc9fa and joined `both` after it.
    # heldout86 and heldout87 had their one measurement at 1d63719 and joined `both` after it.
    # heldout88 and heldout89 had their one measurement at fe22a8f and joined `both` after it.
    # heldout90 and heldout91 had their one measurement at 1c3f343 and joined `both` after it.
    # heldout92 and heldout93 had their one measurement at 36006cc and joined `both` after it.
    assert set(bench.BOTH) == set(HALVES)


@pytest.mark.parametrize(("half", "pattern"), [("heldout3", "m*.txt"), ("heldout4", "n*.txt")])
def test_late_heldout_halves_have_mixed_role_group_interviews(half: str, pattern: str) -> None:
    # The briefs for the third and fourth held-out halves: at least two group interviews with mixed roles.
    labels = {"Mentor", "Mentee", "Programleder"}
    groups = 0
    for path in sorted((DATA / half).glob(pattern)):
        roles = {label for line in _body(path).splitlines()
                 for label in labels if re.match(rf"{label}( \d+)?:", line)}
        groups += len(roles) >= 2
    assert groups >= 2


@pytest.mark.parametrize(("half", "pattern", "count"), [("heldout5", "p*.txt", 5), ("heldout6", "q*.txt", 4),
                                                    ("heldout7", "r*.txt", 3), ("heldout8", "s*.txt", 5),
                                                    ("heldout9", "t*.txt", 4), ("heldout10", "u*.txt", 4),
                                                    ("heldout11", "v*.txt", 5), ("heldout12", "w*.txt", 5),
                                                    ("heldout13", "x*.txt", 5), ("heldout14", "y*.txt", 5),
                                                    ("heldout15", "z*.txt", 5), ("heldout16", "v*.txt", 5),
                                                    ("heldout17", "a*.txt", 5), ("heldout18", "b*.txt", 5),
                                                    ("heldout19", "c[0-9]*.txt", 5),
                                                    ("heldout20", "e[0-9]*.txt", 5),
                                                    ("heldout21", "f[0-9]*.txt", 5),
                                                    ("heldout22", "g[0-9]*.txt", 5),
                                                    ("heldout23", "h[0-9]*.txt", 5),
                                                    ("heldout24", "i[0-9]*.txt", 5),
                                                    ("heldout25", "j[0-9]*.txt", 5),
                                                    ("heldout26", "k[0-9]*.txt", 5),
                                                    ("heldout27", "m[0-9]*.txt", 5),
                                                    ("heldout28", "n[0-9]*.txt", 5),
                                                    ("heldout29", "p[0-9]*.txt", 5),
                                                    ("heldout30", "q[0-9]*.txt", 5),
                                                    ("heldout31", "r[0-9]*.txt", 5),
                                                    ("heldout32", "s[0-9]*.txt", 5),
                                                    ("heldout33", "t[0-9]*.txt", 5),
                                                    ("heldout34", "u[0-9]*.txt", 5),
                                                    ("heldout35", "v[0-9]*.txt", 5),
                                                    ("heldout36", "w[0-9]*.txt", 5),
                                                    ("heldout37", "x[0-9]*.txt", 5),
                                                    ("heldout38", "y[0-9]*.txt", 5),
                                                    ("heldout39", "z[0-9]*.txt", 5),
                                                    ("heldout40", "aa[0-9]*.txt", 5),
                                                    ("heldout41", "ab[0-9]*.txt", 5),
                                                    ("heldout42", "ac[0-9]*.txt", 5),
                                                    ("heldout43", "ad[0-9]*.txt", 5),
                                                    ("heldout44", "ae[0-9]*.txt", 5),
                                                    ("heldout45", "af[0-9]*.txt", 5),
                                                    ("heldout46", "ag[0-9]*.txt", 5),
                                                    ("heldout47", "ah[0-9]*.txt", 5),
                                                    ("heldout48", "ai[0-9]*.txt", 5),
                                                    ("heldout49", "aj[0-9]*.txt", 5),
                                                    ("heldout50", "ak[0-9]*.txt", 5),
                                                    ("heldout51", "al[0-9]*.txt", 5),
                                                    ("heldout52", "am[0-9]*.txt", 5),
                                                    ("heldout53", "an[0-9]*.txt", 5),
                                                    ("heldout54", "ao[0-9]*.txt", 5),
                                                    ("heldout55", "ap[0-9]*.txt", 5),
                                                    ("heldout56", "aq[0-9]*.txt", 5),
                                                    ("heldout57", "ar[0-9]*.txt", 5),
                                                    ("heldout58", "as[0-9]*.txt", 5),
                                                    ("heldout59", "at[0-9]*.txt", 5),
                                                    ("heldout60", "au[0-9]*.txt", 5),
                                                    ("heldout61", "av[0-9]*.txt", 5),
                                                    ("heldout62", "aw[0-9]*.txt", 5),
                                                    ("heldout63", "ax[0-9]*.txt", 5),
                                                    ("heldout64", "ay[0-9]*.txt", 5),
                                                    ("heldout65", "az[0-9]*.txt", 5),
                                                    ("heldout66", "ba[0-9]*.txt", 5),
                                                    ("heldout67", "bb[0-9]*.txt", 5),
                                                    ("heldout68", "bc[0-9]*.txt", 5),
                                                    ("heldout69", "bd[0-9]*.txt", 5),
                                                    ("heldout70", "be[0-9]*.txt", 5),
                                                    ("heldout71", "bf[0-9]*.txt", 5),
                                                    ("heldout72", "bg[0-9]*.txt", 5),
                                                    ("heldout73", "bh[0-9]*.txt", 5),
                                                    ("heldout74", "bi[0-9]*.txt", 5),
                                                    ("heldout75", "bj[0-9]*.txt", 5),
                                                    ("heldout76", "bk[0-9]*.txt", 5),
                                                    ("heldout77", "bl[0-9]*.txt", 5),
                                                    ("heldout78", "bm[0-9]*.txt", 5),
                                                    ("heldout79", "bn[0-9]*.txt", 5),
                                                    ("heldout80", "bo[0-9]*.txt", 5),
                                                    ("heldout81", "bp[0-9]*.txt", 5),
                                                    ("heldout82", "bq[0-9]*.txt", 5),
                                                    ("heldout83", "br[0-9]*.txt", 5),
                                                    ("heldout84", "bs[0-9]*.txt", 5),
                                                    ("heldout85", "bt[0-9]*.txt", 5),
                                                    ("heldout86", "bu[0-9]*.txt", 5),
                                                    ("heldout87", "bv[0-9]*.txt", 5),
                                                    ("heldout88", "bw[0-9]*.txt", 5),
                                                    ("heldout89", "bx[0-9]*.txt", 5),
                                                    ("heldout90", "by[0-9]*.txt", 5),
                                                    ("heldout91", "bz[0-9]*.txt", 5),
                                                    ("heldout92", "ca[0-9]*.txt", 5),
                                                    ("heldout93", "cb[0-9]*.txt", 5)])
def test_late_heldout_has_a_mixed_role_group_interview_and_a_name_labelled_one(
        half: str, pattern: str, count: int) -> None:
    # The briefs for the fifth to sixteenth held-out halves: one group interview with mixed roles and
    # one transcript whose speaker is labelled by name (that name is listed, so its labels count).
    labels = {"Mentor", "Mentee", "Programleder"}
    bodies = {p.name: _body(p) for p in sorted((DATA / half).glob(pattern))}
    assert len(bodies) == count
    # A turn may open with its timestamp (`[00:05:22] Mentor: …`, heldout49's group interview).
    assert any(len({lab for line in b.splitlines() for lab in labels
                    if re.match(rf"(\[[\d:.]+\] )?{lab}:", line)}) == 3
               for b in bodies.values())
    persons = {s for f, c, s in _rows(half) if c == "person"}
    named = [m.group(1) for b in bodies.values() for m in re.finditer(r"^([A-ZÆØÅ]\w+):", b, re.M)
             if m.group(1) not in labels | {"I", "Intervjuer"}]
    assert named and set(named) <= persons


def _rows(half: str) -> list[list[str]]:
    return [line.split("\t") for line in (DATA / half / "truth.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("half", "control"), [("heldout4", "control_h4.txt"), ("heldout5", "control_h5.txt"),
                                                   ("heldout6", "control_h6.txt"), ("heldout7", "control_h7.txt"),
                                                   ("heldout8", "control_h8.txt"), ("heldout9", "control_h9.txt"),
                                                   ("heldout10", "control_h10.txt"), ("heldout11", "control_h11.txt"),
                                                   ("heldout12", "control_h12.txt"), ("heldout13", "control_h13.txt"),
                                                   ("heldout14", "control_h14.txt"),
                                                   ("heldout15", "control_h15.txt"),
                                                   ("heldout16", "control_h16.txt"),
                                                   ("heldout17", "control_h17.txt"),
                                                   ("heldout18", "control_h18.txt"),
                                                   ("heldout19", "control_h19.txt"),
                                                   ("heldout20", "control_h20.txt"),
                                                   ("heldout21", "control_h21.txt"),
                                                   ("heldout22", "control_h22.txt"),
                                                   ("heldout23", "control_h23.txt"),
                                                   ("heldout24", "control_i24.txt"),
                                                   ("heldout25", "control_j25.txt"),
                                                   ("heldout26", "control_k26.txt"),
                                                   ("heldout27", "control_m27.txt"),
                                                   ("heldout28", "control_n28.txt"),
                                                   ("heldout29", "control_p29.txt"),
                                                   ("heldout30", "control_q30.txt"),
                                                   ("heldout31", "control_r31.txt"),
                                                   ("heldout32", "control_s32.txt"),
                                                   ("heldout33", "control_t33.txt"),
                                                   ("heldout34", "control_u34.txt"),
                                                   ("heldout35", "control_v35.txt"),
                                                   ("heldout36", "control_w36.txt"),
                                                   ("heldout37", "control_x37.txt"),
                                                   ("heldout38", "control_y38.txt"),
                                                   ("heldout39", "control_z39.txt"),
                                                   ("heldout40", "control_aa40.txt"),
                                                   ("heldout41", "control_ab41.txt"),
                                                   ("heldout42", "control_ac42.txt"),
                                                   ("heldout43", "control_ad43.txt"),
                                                   ("heldout44", "control_ae44.txt"),
                                                   ("heldout45", "control_af45.txt"),
                                                   ("heldout46", "control_ag46.txt"),
                                                   ("heldout47", "control_ah47.txt"),
                                                   ("heldout48", "control_ai48.txt"),
                                                   ("heldout49", "control_aj49.txt"),
                                                   ("heldout50", "control_ak50.txt"),
                                                   ("heldout51", "control_al51.txt"),
                                                   ("heldout52", "control_am52.txt"),
                                                   ("heldout53", "control_an53.txt"),
                                                   ("heldout54", "control_ao54.txt"),
                                                   ("heldout55", "control_ap55.txt"),
                                                   ("heldout56", "control_aq56.txt"),
                                                   ("heldout57", "control_ar57.txt"),
                                                   ("heldout58", "control_as58.txt"),
                                                   ("heldout59", "control_at59.txt"),
                                                   ("heldout60", "control_au60.txt"),
                                                   ("heldout61", "control_av61.txt"),
                                                   ("heldout62", "control_aw62.txt"),
                                                   ("heldout63", "control_ax63.txt"),
                                                   ("heldout64", "control_ay64.txt"),
                                                   ("heldout65", "control_az65.txt"),
                                                   ("heldout66", "control_ba66.txt"),
                                                   ("heldout67", "control_bb67.txt"),
                                                   ("heldout68", "control_bc68.txt"),
                                                   ("heldout69", "control_bd69.txt"),
                                                   ("heldout70", "control_be70.txt"),
                                                   ("heldout71", "control_bf71.txt"),
                                                   ("heldout72", "control_bg72.txt"),
                                                   ("heldout73", "control_bh73.txt"),
                                                   ("heldout74", "control_bi74.txt"),
                                                   ("heldout75", "control_bj75.txt"),
                                                   ("heldout76", "control_bk76.txt"),
                                                   ("heldout77", "control_bl77.txt"),
                                                   ("heldout78", "control_bm78.txt"),
                                                   ("heldout79", "control_bn79.txt"),
                                                   ("heldout80", "control_bo80.txt"),
                                                   ("heldout81", "control_bp81.txt"),
                                                   ("heldout82", "control_bq82.txt"),
                                                   ("heldout83", "control_br83.txt"),
                                                   ("heldout84", "control_bs84.txt"),
                                                   ("heldout85", "control_bt85.txt"),
                                                   ("heldout86", "control_bu86.txt"),
                                                   ("heldout87", "control_bv87.txt"),
                                                   ("heldout88", "control_bw88.txt"),
                                                   ("heldout89", "control_bx89.txt"),
                                                   ("heldout90", "control_by90.txt"),
                                                   ("heldout91", "control_bz91.txt"),
                                                   ("heldout92", "control_ca92.txt"),
                                                   ("heldout93", "control_cb93.txt")])
def test_late_heldout_control_holds_no_truth_string_and_numbers_are_valid(half: str, control: str) -> None:
    # No listed string may appear in the control text (every replacement there counts as
    # false), and the listed fødselsnummer/D-nummer are valid (date and mod-11 check digits, as the
    # pseudonymiser checks them; a number written in two groups, "DDMMYY NNNNN", is checked on its digits;
    # one said only in words has no digits to check, and at least one per half must have them).
    from workbench.io.pseudonymize.identifiers import valid_id_number

    rows = _rows(half)
    control = _body(DATA / half / control)
    in_control = [s for _f, _c, s in rows if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", control)]
    assert not in_control
    ids = [s for _f, c, s in rows if c in ("fnr", "dnr")]
    digits = [d for s in ids if (d := re.sub(r"\D", "", s))]
    assert digits and all(valid_id_number(d) for d in digits), ids
