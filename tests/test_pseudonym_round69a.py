"""Round 69a rules (`apposed_bodies`): organisations named beside a word that tells what they are. An acronym's
full name in apposition after it or before it in brackets; a union's one-word name opening the sentence right
after its acronym was joined; a union someone talked with; a chain in apposition after a shop noun; and a
transport company owning a fleet in a line about upkeep or work.

Every positive below is missed by d5efc4a's rules (the base of the round); the kept texts and guards (the
nearest text that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d114a_*`, `dev/control_d96a` or held-out 84 and 85."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_APPOSED = "Hun er medlem av NTTF, Norsk tolke- og translatørforening, der hun tar kurs hvert år.\n"
_BRACKETED = "Han er med i Norsk vakt- og sikkerhetsforbund (NVSF) og går på møtene deres.\n"
_JOINED = "Jeg meldte meg inn i RTF i vinter. Renholdsarbeiderforbundet holdt et kurs om kjemikalier.\n"
_TALKED = "Klubblederen har snakket med Sveiserforbundet om flere lærlinger på verftet.\n"
_PRATED = "Jeg har også pratet med Tolkeforeningen om honorarene.\n"
_SHOP = "Kontoret vårt ligger i andre etasje over en skobutikk, Skoringen. Det er greit.\n"
_SHOP2 = "Vi bodde over en elektronikkbutikk, Power, i et år.\n"
_FLEET = "Hurtigbåtene fra Kolumbus kommer til verkstedet hver vår, og da jobber vi døgnet rundt.\n"
_FLEET2 = "Trikkene til Sporveien trenger mer vedlikehold enn de gamle.\n"

_FOUND = [
    (_APPOSED, "Norsk tolke- og translatørforening", "org"),
    (_BRACKETED, "Norsk vakt- og sikkerhetsforbund", "org"),
    (_JOINED, "Renholdsarbeiderforbundet", "org"),
    (_TALKED, "Sveiserforbundet", "org"),
    (_PRATED, "Tolkeforeningen", "org"),
    (_SHOP, "Skoringen", "org"),
    (_SHOP2, "Power", "org"),
    (_FLEET, "Kolumbus", "org"),
    (_FLEET2, "Sporveien", "org"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round69a_found(text: str, part: str, kind: str) -> None:
    """Full names beside acronyms, unions joined or talked with, chains after shop nouns and fleet owners."""
    assert covered(text, part) == kind


_KEPT = [
    # an acronym explained by ordinary words, after a comma and before brackets
    ("Vi følger HMS, helse, miljø og sikkerhet, hver eneste dag.\n", "helse"),
    ("Alle lærer om helse, miljø og sikkerhet (HMS) første uke.\n", "helse"),
    # `Forbundet`, `Foreningen` and dictionary compounds opening a sentence after joining
    ("Jeg meldte meg inn i forbundet i fjor. Forbundet holdt et kurs om nattarbeid.\n", "Forbundet"),
    ("Jeg meldte meg inn i idrettslaget. Idrettsforbundet hadde et møte om dugnad.\n", "Idrettsforbundet"),
    # talking with a union named by a common noun, a dictionary compound, or by many people
    ("Hun har snakket med forbundet om turnusen.\n", "forbundet"),
    ("Treneren har snakket med Idrettsforbundet om et lag for voksne.\n", "Idrettsforbundet"),
    ("Mange har snakket med Sveiserforbundet om lønna.\n", "Sveiserforbundet"),
    # shop nouns before common nouns, or before a new sentence
    ("Vi bodde over en sportsbutikk, en kafé og en frisør.\n", "kafé"),
    ("Ved siden av er det en klesbutikk. Tidligere var det et bakeri der.\n", "Tidligere"),
    # a fleet from a place or a time, and riders of a transport company's buses
    ("De elektriske bussene fra sentrum lades på verkstedet om natta.\n", "sentrum"),
    ("Bussene fra Ruter er alltid fulle om morgenen.\n", "Ruter"),
    ("Jeg tar bussene fra Ruter til jobben hver dag.\n", "Ruter"),
    # a chain shopped at after a shop noun (`everyday` keeps it)
    ("Hun kjøpte joggesko i en skobutikk, Skoringen, i fjor.\n", "Skoringen"),
    # a union talked with in a question
    ("Har du snakket med Sveiserforbundet om lønna?\n", "Sveiserforbundet"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round69a_words_kept(text: str, part: str) -> None:
    """Common nouns in the same frames, dictionary compounds and riders' companies stay."""
    assert untouched(text, part)


_GUARDS = [
    (_APPOSED, "NTTF", "org"),
    (_JOINED, "RTF", "org"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round69a_neighbours_still_found(text: str, part: str, kind: str) -> None:
    """The acronyms beside the new finds are still found."""
    assert covered(text, part) == kind
