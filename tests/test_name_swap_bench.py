"""The name-swap bench's mechanics, with an injected name source (Faker is not needed here).

Each person token takes one new name wherever it occurs, in the same case and genitive; titles,
initials, place/organisation tokens and ordinary words stay; the truth strings follow, so the
swapped file still meets the data test's rule that every truth string occurs as a whole word.
"""

from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "name_swap_bench.py"


@pytest.fixture(scope="module")
def nsb():
    spec = importlib.util.spec_from_file_location("name_swap_bench", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class ListNames:
    """Given names and surnames from fixed lists, in order; one locale."""

    locales = ("xx_XX",)

    def __init__(self, given=("Zoltan", "Amara", "Ignas", "Marit"), surnames=("Kowalczyk", "Okafor", "Reyes")):
        self.given, self.surnames = list(given), list(surnames)
        self.calls: list[str] = []

    def draw(self, locale: str, kind: str, rng: random.Random) -> str:
        self.calls.append(kind)
        pool = self.given if kind == "given" else self.surnames
        return pool.pop(0) if pool else "Q"


def run(nsb, text, items, source=None):
    source = source or ListNames()
    mapping, stats = nsb.plan_file(text, items, source, random.Random(0))
    new_text, rows = nsb.swap_file(text, items, mapping)
    return mapping, stats, new_text, rows


def occurs(string: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(string)}(?!\w)", text) is not None


def test_given_and_surname_kinds_and_case_patterns(nsb):
    text = ("Intervjuer: Du nevnte Kari Olsen.\nKARI: Ja, KARI OLSEN er meg. Olsen-familien bor her.\n"
            "Olsen sa det.\n")
    items = [("person", "Kari Olsen"), ("person", "KARI"), ("person", "KARI OLSEN"), ("person", "Olsen")]
    mapping, _stats, new, rows = run(nsb, text, items)
    assert mapping == {"Kari": "Zoltan", "Olsen": "Kowalczyk"}
    assert "Zoltan Kowalczyk" in new and "ZOLTAN:" in new and "ZOLTAN KOWALCZYK" in new
    assert "Kowalczyk-familien" in new and "Kowalczyk sa" in new
    assert "Kari" not in new and "KARI" not in new and "Olsen" not in new
    assert [r[1] for r in rows] == ["Zoltan Kowalczyk", "ZOLTAN", "ZOLTAN KOWALCZYK", "Kowalczyk"]


def test_lone_surname_is_a_surname_and_lone_given_is_given(nsb):
    text = "Per Hansen kom. Hansen sa ja. Aisha kom også.\n"
    items = [("person", "Per Hansen"), ("person", "Hansen"), ("person", "Aisha")]
    mapping, _s, _n, _r = run(nsb, text, items)
    assert mapping["Hansen"] in ("Kowalczyk", "Okafor", "Reyes")
    assert mapping["Aisha"] in ("Zoltan", "Amara", "Ignas", "Marit")
    assert mapping["Per"] in ("Zoltan", "Amara", "Ignas", "Marit")


def test_genitives_follow_the_new_name(nsb):
    text = "Gunnars kone og Lars' bror. Gunnar og Lars kom. GUNNARS bil.\n"
    items = [("person", "Gunnar"), ("person", "Gunnars"), ("person", "Lars"), ("person", "Lars'")]
    source = ListNames(given=("Ignas", "Marit"))
    mapping, _s, new, rows = run(nsb, text, items, source)
    assert mapping == {"Gunnar": "Ignas", "Lars": "Marit"}
    assert new == "Ignas' kone og Marits bror. Ignas og Marit kom. IGNAS' bil.\n"
    assert [r[1] for r in rows] == ["Ignas", "Ignas'", "Marit", "Marits"]


def test_titles_initials_places_orgs_and_words_stay(nsb):
    text = ("Fru Berg og dr. Liv Dahl møtte T. Moe og G.S. Nilsen hos Dahl Bygg AS i Berg. "
            "Livet er godt, sa hun, hele liv er godt.\n")
    items = [("person", "Fru Berg"), ("person", "dr. Liv Dahl"), ("person", "T. Moe"),
             ("person", "G.S. Nilsen"), ("org", "Dahl Bygg AS"), ("place", "Berg")]
    mapping, stats, new, rows = run(nsb, text, items)
    assert set(mapping) == {"Moe", "Nilsen"}
    left = stats["left_tokens"]
    assert left["Fru"] == "title" and left["dr."] == "title"
    assert left["T."] == "initial" and left["G.S."] == "initial"
    assert left["Berg"] == "place_or_org" and left["Dahl"] == "place_or_org"
    assert left["Liv"] == "dictionary_word"
    assert "Fru Berg" in new and "dr. Liv Dahl" in new and "T. " + mapping["Moe"] in new
    assert "G.S. " + mapping["Nilsen"] in new and "Dahl Bygg AS" in new
    for _category, string, _old in rows:
        assert occurs(string, new)


def test_emails_swap_only_when_listed_and_only_before_the_at(nsb):
    text = ("Skriv til kari.olsen@olsen.no eller kari@annen.no. Kari Olsen svarer. "
            "Se www.example.no/kari-olsen.\n")
    items = [("person", "Kari Olsen"), ("email", "kari.olsen@olsen.no"), ("url", "www.example.no/kari-olsen")]
    source = ListNames(given=("Zoë",), surnames=("Øvrebø",))
    mapping, _s, new, rows = run(nsb, text, items, source)
    assert mapping == {"Kari": "Zoë", "Olsen": "Øvrebø"}
    assert "zoe.ovrebo@olsen.no" in new
    assert "kari@annen.no" in new
    assert "www.example.no/zoe-ovrebo" in new
    assert [r[1] for r in rows] == ["Zoë Øvrebø", "zoe.ovrebo@olsen.no", "www.example.no/zoe-ovrebo"]


def test_a_drawn_name_already_in_the_text_is_not_used(nsb):
    text = "Amara og Kari kom.\n"
    items = [("person", "Kari")]
    source = ListNames(given=("Amara", "Ignas"))
    mapping, _s, new, _r = run(nsb, text, items, source)
    assert mapping == {"Kari": "Ignas"}
    assert new == "Amara og Ignas kom.\n"


def test_swapped_half_keeps_the_data_rule_and_leaves_controls(nsb, tmp_path):
    half = tmp_path / "half"
    half.mkdir()
    (half / "a.txt").write_text("# SYNTETISK\nKari: Jeg er Kari Olsen, kari.olsen@x.no. Olsens hund.\n"
                                "Intervjuer: Og Per?\nKari: Per Hansen bor i Hamar.\n", encoding="utf-8")
    (half / "control_a.txt").write_text("# SYNTETISK\nKari er ikke nevnt her, men Per er.\n", encoding="utf-8")
    (half / "truth.tsv").write_text(
        "# file\tcategory\tstring\na.txt\tperson\tKari\na.txt\tperson\tKari Olsen\na.txt\temail\tkari.olsen@x.no\n"
        "a.txt\tperson\tOlsens\na.txt\tperson\tPer\na.txt\tperson\tPer Hansen\na.txt\tplace\tHamar\n",
        encoding="utf-8")
    bench = nsb.load_bench()
    out = tmp_path / "out"
    stats = nsb.swap_half(half, out, ListNames(), 0, bench.read_truth)
    assert stats["tokens_swapped"] == 4 and stats["truth_strings_not_found"] == []
    assert (out / "control_a.txt").read_text(encoding="utf-8") == (half / "control_a.txt").read_text(encoding="utf-8")
    text = bench.body(out / "a.txt")
    truth = bench.read_truth(out)
    assert truth["a.txt"][2] == ("email", "kari.olsen@x.no".replace("kari", truth["a.txt"][0][1].lower()).replace(
        "olsen", truth["a.txt"][1][1].split()[1].lower()))
    for _category, string in truth["a.txt"]:
        assert occurs(string, text), string
    assert not re.search(r"Kari|Olsen|\bPer\b|Hansen", text)
    assert ("place", "Hamar") in truth["a.txt"]
