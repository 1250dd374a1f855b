"""Round 72a rules (`spelled_bodies`): a trade association named in full before its acronym between commas, a
research institute as a letter's addressee or applied to after `ved`, and the genitive of a common noun in a measure
phrase kept.

Every positive below is missed (or, for the measure phrase, replaced) by 9257ca4's rules (the base of the round); the
kept texts and guards pass there and here.

The strings are fresh, not those of `dev/d117a_*`, `dev/control_d99a` or held-out 90 and 91."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_BEFORE = "Hun var på årsmøtet i Frisør- og hudpleiebransjens landsforening, FHL, i Drammen i fjor.\n"
_BEFORE2 = "Vi fikk et tilbud fra Maler- og tapetsererfagets landsforbund, MTL, om kurs.\n"
_LETTER = "Til Norsk institutt for jordforskning, v/ avdelingsleder Kari Moen\nVi søker om et møte.\n"
_LETTER2 = "Til Nordisk senter for havbruksforskning\nTakk for sist.\n"
_APPLIED = "Han søker nå stilling ved Havnevesenets sjøfartsinstitutt i Horten.\n"

_FOUND = [
    (_BEFORE, "Frisør- og hudpleiebransjens landsforening", "org"),
    (_BEFORE2, "Maler- og tapetsererfagets landsforbund", "org"),
    (_BEFORE2, "MTL", "org"),
    (_LETTER, "Norsk institutt for jordforskning", "org"),
    (_LETTER2, "Nordisk senter for havbruksforskning", "org"),
    (_APPLIED, "Havnevesenets sjøfartsinstitutt", "org"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round72a_found(text: str, part: str, kind: str) -> None:
    """Associations before their acronym, institutes addressed in letters and applied to after `ved`."""
    assert covered(text, part) == kind


_MEASURES = [
    ("Turnusen kom med en dags varsel hver gang.\n", "dags"),
    ("Vi fikk beskjed med en dags frist.\n", "dags"),
]


@pytest.mark.parametrize(("text", "part"), _MEASURES)
def test_round72a_measure_kept(text: str, part: str) -> None:
    """The genitive of a common noun in a measure phrase stays."""
    assert untouched(text, part)


_KEPT = [
    # a public body and an acronym explained by ordinary words before or after their acronym
    ("Jeg fikk hjelp fra Arbeids- og velferdsetaten, NAV, i fjor.\n", "velferdsetaten"),
    ("Vi lærer om helse, miljø og sikkerhet, HMS, første uke.\n", "sikkerhet"),
    # `Til` before ordinary words in letters
    ("Til orientering, v/ avdelingen\nVi sender varene.\n", "orientering"),
    ("Til deg som begynner i høst\nVelkommen.\n", "deg"),
    ("Til sammen skrev jeg fem brev.\n", "sammen"),
    # `ved` before ordinary nouns
    ("Hun søker jobb ved instituttet og ved et forskningsinstitutt i byen.\n", "forskningsinstitutt"),
    ("Han jobber ved verkstedet i sentrum.\n", "verkstedet"),
    # genitives in other measure phrases
    ("Jeg har to ukers ferie og et års kontrakt.\n", "ukers"),
    ("Jeg har to ukers ferie og et års kontrakt.\n", "års"),
    ("Det var en times kjøring hver vei.\n", "times"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round72a_words_kept(text: str, part: str) -> None:
    """Public bodies, letter formulas, common nouns after `ved` and measure genitives stay."""
    assert untouched(text, part)


_GUARDS = [
    (_BEFORE, "Drammen", "place"),
    (_LETTER, "Kari Moen", "person"),
    ("Vi spiste middag hos Dag. Dags bil sto ute.\n", "Dag", "person"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round72a_neighbours_found(text: str, part: str, kind: str) -> None:
    """Neighbours of the new finds and a first name in the genitive are still found."""
    assert covered(text, part) == kind
