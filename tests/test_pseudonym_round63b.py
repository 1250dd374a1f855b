"""Round 63b rules: the short form of a first name opening the sentence right after the full name even where it is a
dictionary word, a question about whom someone works with asking for people (no workplace answer), a federation
given as the bare answer to a question about networks, and an association with a hyphenated coordination ending in
`-lag` after a membership frame.

Every positive below is missed or found as the wrong kind by 567c6b5's rules (the base of the round); the guards
(the nearest text that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d108b_*`, `dev/control_d90b` or held-out 68 and 69."""

from __future__ import annotations

import re

import pytest

from probe_support import covered, finds, untouched

_COLLEAGUES = ("Intervjuer: Hvem jobber du sammen med?\n"
               "Mentee: Benedetta Russo, fra Genova, hun var kokk på et hotell der. Bene har ansvaret for bakverket. "
               "Og så Alexandro Pérez, fra Chile, han kjører ut maten. Alex tar telefonen også.\n")

_FOUND = [
    # who someone works with asks for people: the answer's full name is a person, no workplace
    (_COLLEAGUES, "Benedetta Russo", "person"),
    ("Intervjuer: Hvem jobbet du med der?\nMentee: Ignacio Molina, fra Chile, han var sjefen min.\n",
     "Ignacio Molina", "person"),
    # a federation as the bare answer to a question about networks
    ("Intervjuer: Og bakeriet, er det med i noe nettverk?\nMentee: Håndverkerforbundet. De hjelper med lønn.\n",
     "Håndverkerforbundet", "org"),
    ("Intervjuer: Har du et nettverk i bransjen?\nMentee: Ja, Snekkerforbundet, siden i fjor.\n",
     "Snekkerforbundet", "org"),
    # an association with a hyphenated coordination ending in -lag after a membership frame
    ("Mentee: Jeg er medlem i Norsk Birøkter- og Honninglag, for vi har bier på gården.\n",
     "Norsk Birøkter- og Honninglag", "org"),
    ("Mentee: Vi ble medlem i Norges Hytte- og Hagelag i fjor.\n", "Norges Hytte- og Hagelag", "org"),
]

# the short form at the next sentence's start, after the full name, though the dictionary knows it (`bene`, `nata`)
_SHORT = [
    (_COLLEAGUES, "Bene"),
    ("Mentee: Natalia Ramos, fra Colombia, hun var sykepleier der. Nata er flink med barn.\n", "Nata"),
]

_KEPT = [
    # no finite verb after the word: no short form
    ("Mentee: Rosalinda Vega, fra Peru, hun var kokk. Rosa etiketter selger best.\n", "Rosa etiketter"),
    # a frequent word stays even right after the full name
    ("Mentee: Tomas Berg, fra Sverige, han var brygger. Tom er tanken når vi har tappet alt.\n", "Tom er"),
    # two sentences on, the sentence before names no one
    ("Mentee: Alejandra Ruiz, fra Chile, hun var bartender. Det var lenge siden. Ale er vanskelig å selge.\n",
     "Ale er"),
    # a network question answered with common words
    ("Intervjuer: Er du med i noe nettverk?\nMentee: Nei. Naboene, kanskje.\n", "Naboene"),
    ("Intervjuer: Er firmaet med i noe nettverk?\nMentee: Ja, det lokale nettverket for småbedrifter.\n",
     "det lokale nettverket"),
    ("Intervjuer: Har du noe nettverk her?\nMentee: Facebook-grupper, mest.\n", "Facebook-grupper"),
    # a coordination in lower case is a kind of association, no name
    ("Mentee: Jeg vil bli medlem i et bonde- og småbrukarlag, men jeg vet ikke hvilket.\n", "bonde- og småbrukarlag"),
    # no membership frame before the name
    ("Mentee: Vi leste om at Norsk Birøkter- og Honninglag har kurs.\n", "Birøkter"),
    # who someone works with, answered by a role
    ("Intervjuer: Hvem jobber du sammen med?\nMentee: Med sjefen og to sesongarbeidere.\n", "sjefen"),
]

_GUARDS = [
    # a workplace question still takes a workplace answered alone
    ("Intervjuer: Hvor jobber du nå?\nMentee: Glassmagasinet. Det er et kontorbygg.\n", "Glassmagasinet", "org"),
    ("Intervjuer: Hvem jobber du for?\nMentee: Fjordporten senter.\n", "Fjordporten senter", "org"),
    # the union frames of earlier rounds
    ("Mentee: Jeg er medlem i Norsk Post- og Kommunikasjonsforbund.\n", "Norsk Post- og Kommunikasjonsforbund", "org"),
    ("Intervjuer: Er du med i noen forening?\nMentee: Kokkeforbundet. Sjefen meldte oss inn.\n", "Kokkeforbundet",
     "org"),
    # a short form that is no word, and one with an age
    ("Mentee: Valentina Greco, fra Sicilia, hun baker. Vale kommer klokka fem.\n", "Vale", "person"),
    ("Mentee: Parisa, det er epler på bordet. Pari er seks, hun kan alt.\n", "Pari", "person"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round63b_found(text: str, part: str, kind: str) -> None:
    """The round's positives are found whole, as their kind."""
    assert covered(text, part) == kind


@pytest.mark.parametrize(("text", "word"), _SHORT)
def test_round63b_short_form_found(text: str, word: str) -> None:
    """The short form itself (not the full name it begins) is a person."""
    at = re.search(rf"(?<!\w){word}(?!\w)", text)
    assert at is not None
    assert any(s <= at.start() and at.end() <= e and kind == "person" for s, e, kind, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round63b_words_stay(text: str, part: str) -> None:
    """The nearest text that names no one stays."""
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round63b_guards_found(text: str, part: str, kind: str) -> None:
    """Neighbours found by earlier rounds are still found."""
    assert covered(text, part) == kind
