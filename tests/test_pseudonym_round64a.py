"""Round 64a rules: an association or programme named with its region inside a sentence, a school named with its
university after `ved`, a relief body a named person comes from, a caseless union before its own note after a frame
of attending or joining, and the lower-case union noun with a possessive and no note.

Every positive below is missed (or the noun found) by 2c0a1cb's rules (the base of the round); the kept texts and
guards (the nearest text that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d109a_*`, `dev/control_d91a` or held-out 68, 69, 74 and 75."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_FOUND = [
    # an association or a programme with its region, inside a sentence
    ("Mentee: Vi fikk kontakt gjennom Bedriftsforeningen i Hallingdal og Bakerforeningen.\n",
     "Bedriftsforeningen i Hallingdal"),
    ("Mentee: Det kom i stand via NAV og Traineeprogrammet i Trøndelag.\n", "Traineeprogrammet i Trøndelag"),
    ("Mentee: Jeg fikk hjelp av Eksportnettverket på Sunnmøre i fjor.\n", "Eksportnettverket på Sunnmøre"),
    # a school with its university after `ved`
    ("Med vennlig hilsen\nLiv Torsvik\nPhD-stipendiat, Lærerhøgskolen ved NTNU\n", "Lærerhøgskolen ved NTNU"),
    ("Mentee: Jeg tok en master på Økonomifakultetet ved UiS.\n", "Økonomifakultetet ved UiS"),
    # a relief body a named person comes from
    ("Mentee: Jeg har snakket med Ingrid Moe fra Redd Barna om leksehjelp.\n", "Redd Barna"),
    ("Mentee: En venn, Tor Aasen, fra Frelsesarmeen hjalp meg med papirene.\n", "Frelsesarmeen"),
    # a caseless union with its own note after attending or joining, policy words elsewhere in the line
    ("[00:01:10] mentee: hun tok meg med på et møte i fagforbundet [Fagforbundet] der lærte jeg om tariff\n",
     "fagforbundet"),
    ("[00:01:10] mentee: hun tok meg med på et møte i fagforbundet [Fagforbundet] der lærte jeg om tariff\n",
     "Fagforbundet"),
    ("[00:01:10] mentee: vi var mange på et medlemsmøte i fagforbundet [Fagforbundet] i høst\n", "fagforbundet"),
    ("[00:00:40] mentee: jeg meldte meg inn i fagforbundet [Fagforbundet] i fjor fordi alle på jobben er med\n",
     "Fagforbundet"),
]

# a lower-case union noun with a possessive and no note ("my union"), found by an earlier rule: given by hand,
# as the document-wide rules find it in a longer transcript (control_d87a)
_POSSESSED = [
    ("[00:00:33] deltaker: jeg ringte fellesforbundet mitt om lønna men de svarte ikke\n", "fellesforbundet", False),
    ("[00:00:33] deltaker: hun spurte fagforbundet sitt om vaktene\n", "fagforbundet", False),
    # its own note names the union; no possessive, no common noun
    ("[00:00:33] deltaker: jeg ringte fagforbundet [Fagforbundet] mitt om lønna\n", "fagforbundet", True),
    ("[00:00:33] deltaker: jeg ringte fellesforbundet om lønna\n", "fellesforbundet", True),
]

_KEPT = [
    # a sentence's first word may be a common noun capitalised; a bare head; no place found
    ("Mentee: Mentorprogrammet i kommunen er gratis.\n", "Mentorprogrammet"),
    ("Mentee: Traineeprogrammet i Trøndelag er populært.\n", "Traineeprogrammet"),
    ("Mentee: Foreningen i byen har kurs.\n", "Foreningen"),
    ("Mentee: Vi gikk gjennom næringsforeningen i regionen.\n", "næringsforeningen"),
    # nothing found after `ved`
    ("Mentee: Hun tok fag ved lærerhøgskolen ved universitetet.\n", "lærerhøgskolen"),
    ("Mentee: Hun studerer ved Handelshøyskolen ved siden av jobben.\n", "ved siden"),
    # a relief body named as a national body, or by someone unnamed
    ("Mentee: Røde Kors driver leksehjelp i mange byer.\n", "Røde Kors"),
    ("Mentee: Jeg snakket med en frivillig fra Redd Barna.\n", "Redd Barna"),
    # a common noun
    ("[00:00:10] deltaker: jeg gikk på et møte i forbundet om turnus\n", "forbundet"),
    ("[00:00:10] deltaker: jeg meldte meg inn i fagforeningen i fjor\n", "fagforeningen"),
]

_GUARDS = [
    # earlier rounds' neighbours
    ("Mentee: Første samling er på Frivilligsentralen i Malvik.\n", "Frivilligsentralen i Malvik", "org"),
    ("Mentee: Jeg jobber i Norsk Folkehjelp som rådgiver.\n", "Norsk Folkehjelp", "org"),
    ("[00:00:20] mentee: ja i fagforbundet [Fagforbundet]\n", "Fagforbundet", "org"),
]


@pytest.mark.parametrize(("text", "part"), _FOUND)
def test_round64a_found(text: str, part: str) -> None:
    """The round's positives are found whole, as organisations."""
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part", "kept"), _POSSESSED)
def test_round64a_possessed_union_noun_dropped(text: str, part: str, kept: bool) -> None:
    """A lower-case union noun with a possessive and no note of its own is the common noun and is dropped."""
    from workbench.io.pseudonymize import body_ties

    start = text.index(part)
    find = (start, start + len(part), "org", "rule:org", None)
    assert (find in body_ties.apply(text, [find], [])) is kept


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round64a_words_stay(text: str, part: str) -> None:
    """The nearest text that names no one stays."""
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round64a_guards_found(text: str, part: str, kind: str) -> None:
    """Neighbours found by earlier rounds are still found."""
    assert covered(text, part) == kind
