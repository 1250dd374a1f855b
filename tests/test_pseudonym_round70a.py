"""Round 70a rules: a passport number said as letter names and digit words before its note in a caseless line
that holds a word the capitals view wrote as its note ("udi [UDI]"; `note_alignment` no longer reads that word as
a capital after a full stop); in caseless speech a dictionary word after a place or work preposition whose note
repeats it in capitals, a chain or gym (`noted_words`); no organisation inside the coordinated full name of a
public body after `gjennom`/`via` ("Arbeids- og velferdsetaten"); and an honorific title with its own note ("ustad
[Ustad] karim"), or used as a noun, no part of a name, while one written straight before the name stays in its span.

Every positive and every dropped replacement below is missed or made by 1864774's rules (the base of the round);
the kept texts and guards (the nearest words that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d115a_*`, `dev/control_d97a` or held-out 86."""

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


_PASS = _caseless("ja. nav [NAV] har saken. passnummeret er ka e to null fem sju en en ni [KE2057119]")
_PASS2 = _caseless("skjemaet er sendt. udi [UDI] venter. passet har nummer o en tre tre fem null åtte fire [ON335084]")
_GYM = _caseless("jeg har treningstimer på sats [SATS] på lade [Lade] to kvelder i uka")
_CHAIN = _caseless("jeg går på spinning på puls [PULS] hver uke")
_CHAIN2 = _caseless("jeg instruerer på kraft [KRAFT] i helgene")
_BODY = "Jeg tok et kurs gjennom Arbeids- og velferdsetaten. Det var til stor hjelp.\n"
_BODY2 = "Vi hadde arbeidsrettede kurs gjennom Barne- og familiedepartementet i fjor.\n"
_TITLE = _caseless("min første lærer, ustad [Ustad] karim [Karim] baig [Baig], var streng. han sier jeg må være mindre "
                   "ustad og mer tålmodig")
_TITLE2 = "Takk til Khun Siriporn, som lærte meg å lage mat.\n"

_FOUND = [
    (_PASS, "ka e to null fem sju en en ni", "number"),
    (_PASS2, "o en tre tre fem null åtte fire", "number"),
    (_GYM, "sats", "org"),
    (_GYM, "SATS", "org"),
    (_CHAIN, "puls", "org"),
    (_CHAIN, "PULS", "org"),
    (_CHAIN2, "kraft", "org"),
    (_CHAIN2, "KRAFT", "org"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round70a_found(text: str, part: str, kind: str) -> None:
    """Passport numbers said as letter names and digit words, and common-noun firms with a capital note."""
    assert covered(text, part) == kind


_NOW_KEPT = [
    (_BODY, "Arbeids-"),
    (_BODY2, "Barne-"),
    (_TITLE, "ustad"),
    (_TITLE, "Ustad"),
    (_TITLE, "mindre ustad"),
]


@pytest.mark.parametrize(("text", "part"), _NOW_KEPT)
def test_round70a_no_longer_replaced(text: str, part: str) -> None:
    """A coordinated public body's prefix and an honorific title are no names."""
    assert untouched(text, part)


_KEPT = [
    # acronyms, subjects, levels and public bodies with capital notes; common nouns without a note
    (_caseless("jeg tok b2 [B2] i vår og nå tar jeg et kurs i sql [SQL]"), "sql"),
    (_caseless("jeg tok b2 [B2] i vår og nå tar jeg et kurs i sql [SQL]"), "b2"),
    (_caseless("jeg har kurs i hms [HMS] før jeg kan begynne"), "hms"),
    (_caseless("jeg har møte på nav [NAV] i morgen"), "nav"),
    (_caseless("saken ligger hos udi [UDI] fortsatt"), "udi"),
    (_caseless("timelønna er en lav sats, men den går opp"), "sats"),
    (_caseless("vi jobber med full kraft på lageret"), "kraft"),
    (_caseless("legen målte puls og blodtrykk på meg"), "puls"),
    # letter names and digit words in ordinary speech
    (_caseless("jeg fikk en a på eksamen og ka sa du, en b"), "a"),
    (_caseless("e det sant at du fikk fire null [40] timer"), "e"),
    # coordinated public bodies in other frames
    ("Reglene kommer fra Helse- og omsorgsdepartementet.\n", "Helse-"),
    ("Hun tok kurs gjennom Klima- og miljødepartementet i fjor.\n", "Klima-"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round70a_words_kept(text: str, part: str) -> None:
    """Ordinary words in the same frames stay."""
    assert untouched(text, part)


_GUARDS = [
    (_PASS, "KE2057119", "number"),
    (_GYM, "lade", "place"),
    (_TITLE, "karim", "person"),
    (_TITLE, "Baig", "person"),
    (_TITLE2, "Siriporn", "person"),
    (_TITLE2, "Khun Siriporn", "person"),
    ("Hun studerte ved Kunst- og designhøgskolen i Bergen i tre år.\n", "Kunst- og designhøgskolen i Bergen", "org"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round70a_neighbours_still_found(text: str, part: str, kind: str) -> None:
    """The names, places and numbers beside the new finds are still found."""
    assert covered(text, part) == kind
