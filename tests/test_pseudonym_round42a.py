"""Round 42a rules (issue 10): birth dates said with a counted day (`cardinal_dates`) and first names that
are words beside a kinship noun (`kin_names`).

A birth date given as the bare answer to a form question, the day said as a count ("Fødselsdato?" /
"Tjueto april nittenåttien."), or after a birth word in the same sentence, is a birth date when its year is
said. A listed first name opening a sentence in a family turn, joined by `og` to a kinship noun or set off by
one with a possessive ("Dag og sønnen", "Sol, kona mi"), is a person. Guards: dates said in words without a
year or about a course, ordinary nouns at a sentence start, a name-word joined to a thing.

The strings are fresh, not those of `dev/d42a` or `dev/control_d42a`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "date"), [
    ("I: Vi må registrere deg. Fødselsdato?\nP: Tjueto april nittenåttien. Og telefonen min er ny.",
     "Tjueto april nittenåttien"),
    ("I: Når er du født?\nP: Ni november nitten sekstito.", "Ni november nitten sekstito"),
    ("I: Hva er fødselsdagen til datteren din?\nP: Hm, fjorten juli to tusen og seks.",
     "fjorten juli to tusen og seks"),
    ("P: Ja, fødselsdatoen hans er tretti september syttifem, står det.", "tretti september syttifem"),
])
def test_counted_day_birth_dates(text: str, date: str) -> None:
    assert covered(text, date) == "date"


@pytest.mark.parametrize(("text", "part"), [
    ("I: Når er du født?\nP: I Asmara. Kurset begynte sytten mai to tusen og tjue.", "sytten mai"),
    ("I: Når begynner kurset?\nP: Fire mars, tror jeg.", "Fire mars"),
    ("P: Vi feiret sytten mai med barna i parken.", "sytten mai"),
])
def test_dates_that_are_no_birth_dates(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "name"), [
    ("I: Kom mannen din også?\nP: Ja. Dag og sønnen kom i juli.", "Dag"),
    ("I: Hvem bor hos deg?\nP: Kona mi og barna. Sol og jentene bor i stua.", "Sol"),
    ("I: Fortell om familien.\nP: Ruta og mannen hennes bor i Skien.", "Ruta"),
])
def test_word_names_beside_kin(text: str, name: str) -> None:
    assert covered(text, name) == "person"


@pytest.mark.parametrize(("text", "part"), [
    ("I: Fortell om familien.\nP: Huset og hagen tar tid, og barna er glade.", "Huset"),
    ("I: Kom kona di?\nP: Ja. Ruta og tidene for bussen er vanskelige.", "Ruta"),
    ("I: Har du barn?\nP: Jenta og gutten går på skolen.", "Jenta"),
    ("P: Ruta og tidene endres i august.", "Ruta"),
])
def test_words_at_sentence_start_stay(text: str, part: str) -> None:
    assert untouched(text, part)
