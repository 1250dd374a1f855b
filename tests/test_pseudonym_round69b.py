"""Round 69b rules: a found first name's genitive before a system noun in caseless speech (`sector_frames` no
longer reads "amals [Amals] system" as a colour or code system), and places by their frame (`near_places`): a
capitalised word after `nær` before `, der`; in caseless speech a word with its own capitalised note coordinated
with a found place and its note after a place preposition; and in caseless speech a county after `i` before a
verb or a function word.

Every positive below is missed by d5efc4a's rules (the base of the round); the kept texts and guards (the nearest
words that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d114b_*`, `dev/control_d96b` or held-out 84 and 85."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

# Enough caseless speech before a line that the text reads as a transcript without case.
_OPENING = ("[00:00:02] i: kan du fortelle litt om jobben din og hva du gjorde før du kom hit\n"
            "[00:00:08] r: ja jeg jobber på et lager nå. før jobbet jeg på et kontor i mange år, og jeg liker "
            "å jobbe med folk. det er travelt men fint, og jeg lærer noe nytt hver uke\n"
            "[00:00:31] i: hvordan er en vanlig dag for deg der\n")


def _caseless(line: str) -> str:
    return _OPENING + "[00:00:40] r: " + line + "\n"


_GENITIVE = _caseless("ja, men karim [Karim] ordner det meste, karims [Karims] system er mye bedre enn det gamle")
_GENITIVE2 = _caseless("det er sunniva [Sunniva] som har laget skjemaet, og sunnivas [Sunnivas] fargekoder bruker alle")
_NEAR = "Vi bor i Lillestrøm nå. Det er nær Kafka, der skolen til dattera mi ligger.\n"
_NEAR2 = "Jeg fikk leilighet i Bergen. Verkstedet ligger nær Conta, hvor det gamle bryggeriet var.\n"
_NEAR3 = _caseless("vi fikk en leilighet nær tableau [Tableau], der barnehagen ligger")
_CITIES = _caseless("vi selger til butikker i bordeaux [Bordeaux] og rom [Rom] og noen i sveits [Sveits]")
_CITIES2 = _caseless("kundene våre er i sevilla [Sevilla], lille [Lille] og noen andre steder")
_COUNTY = _caseless("sjefen sier at i telemark [Telemark] må du ha bil for å komme fram")
_COUNTY2 = _caseless("hun mener at i nordland [Nordland] er det lettere å få fast jobb")

_FOUND = [
    (_GENITIVE, "karims", "person"),
    (_GENITIVE, "Karims", "person"),
    (_GENITIVE2, "sunnivas", "person"),
    (_GENITIVE2, "Sunnivas", "person"),
    (_NEAR, "Kafka", "place"),
    (_NEAR2, "Conta", "place"),
    (_NEAR3, "tableau", "place"),
    (_NEAR3, "Tableau", "place"),
    (_CITIES, "rom", "place"),
    (_CITIES, "Rom", "place"),
    (_CITIES2, "lille", "place"),
    (_CITIES2, "Lille", "place"),
    (_COUNTY, "telemark", "place"),
    (_COUNTY, "Telemark", "place"),
    (_COUNTY2, "nordland", "place"),
    (_COUNTY2, "Nordland", "place"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round69b_found(text: str, part: str, kind: str) -> None:
    """Genitives of found names before system nouns, places after `nær`, coordinated cities and counties."""
    assert covered(text, part) == kind


_KEPT = [
    # `nær` before ordinary words, before the comma itself, and a lower-case note
    ("Vi bor i en blokk nær parken, der barna leker.\n", "parken"),
    ("Det er nær, der jeg jobbet før.\n", "der"),
    ("Det ligger nær hjertet mitt, det prosjektet.\n", "hjertet"),
    (_caseless("vi bor nær sentrum [sentrum], der bussen stopper"), "sentrum"),
    ("Kontoret ligger nær NAV, der jeg var på kurs.\n", "der"),
    # postage in caseless speech, and a common noun after a found place without a note
    (_caseless("kunden må betale porto og frakt selv, det står i vilkårene"), "porto"),
    (_caseless("vi sender mye i porto og emballasje hver måned"), "porto"),
    (_caseless("vi har kunder i bergen [Bergen] og omegn"), "omegn"),
    (_caseless("vi har kunder i bergen [Bergen] og rom [rom] til lager"), "rom"),
    # genitives of common nouns before system nouns, and after a noted name
    (_caseless("lagerets [lagerets] system er nytt, og firmaets fargekoder henger på veggen"), "lagerets"),
    (_caseless("amir [Amir] sier bilens system er bedre"), "bilens"),
    # a county before a body's noun, a part of the country, a region without a note
    (_caseless("han jobber for nordland fylkeskommune nå"), "fylkeskommune"),
    (_caseless("hun sier at i fylket må du ha bil"), "fylket"),
    (_caseless("de sier at i innlandet er det kaldt om vinteren"), "innlandet"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round69b_words_kept(text: str, part: str) -> None:
    """Ordinary words in the same frames stay."""
    assert untouched(text, part)


_GUARDS = [
    (_GENITIVE, "karim", "person"),
    (_NEAR, "Lillestrøm", "place"),
    (_CITIES, "bordeaux", "place"),
    (_CITIES, "sveits", "place"),
    (_CITIES2, "sevilla", "place"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round69b_neighbours_still_found(text: str, part: str, kind: str) -> None:
    """The names and places beside the new finds are still found."""
    assert covered(text, part) == kind
