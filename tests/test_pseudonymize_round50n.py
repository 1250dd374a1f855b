"""Round 50n rules (issue 10): people, places and firms in text without case. A full stop that ends a
sentence no longer hides the word before it from the caseless frames (`caseless`); names go on over
particles and surnames the English word list knows, a name answers a question for one, short forms stand
after `sier de bare`, between a family noun and a verb and after `sammen med`, and two names are taken up
by a pronoun (`caseless_names`); clubs played for, local clubs cheered for, customers in a list, parts of
towns (`caseless_teams`).

Guards: `tine` and `lyn` as words, `de la` as a verb, `sier de bare at`, `sammen med kollegaene`, `heier på
laget`, ordinary customers in a list, and years said in words before a full stop.

The strings are fresh, not those of `dev/d85n_*`, `dev/d84*` or `dev/control_d67n`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_TEXT = ("I: [00:00:01] hva heter du\n"
         "R: [00:00:03] luisa fernanda de los rios. men på jobben sier de bare lulu\n"
         "I: [00:00:08] hvor jobber du\n"
         "R: [00:00:10] på et bakeri på sinsen. kundene våre er sandnes taxi, meny og bama på hamar, og noen kafeer\n"
         "I: [00:00:18] og familien\n"
         "R: [00:00:20] mannen min heter pieter van den broek og er snekker. datteren vår tutti går i barnehagen og "
         "sønnen vår spiller håndball på kvik\n"
         "R: [00:00:30] jeg var på kurs sammen med oleksiy og en dame fra sotra. i fjor flyttet vi til hasle. "
         "liv berg hun er naboen vår\n"
         "R: [00:00:40] snøen begynte å tine og det var lyn og torden. de la planene til side. det var i nittennittifire.\n"
         "R: [00:00:50] sønnen min heier på laget sitt og jobber sammen med kollegaene. på jobben sier de bare at det går "
         "bra\n")


@pytest.mark.parametrize(("name", "kind"), [
    ("luisa fernanda de los rios", "person"), ("lulu", "person"), ("pieter van den broek", "person"),
    ("tutti", "person"), ("oleksiy", "person"), ("liv berg", "person"),
])
def test_caseless_people(name: str, kind: str) -> None:
    assert covered(_TEXT, name) == kind


@pytest.mark.parametrize(("name", "kind"), [
    ("sinsen", "place"), ("sandnes taxi", "org"), ("meny", "org"), ("bama", "org"), ("kvik", "org"),
])
def test_caseless_places_customers_and_clubs(name: str, kind: str) -> None:
    assert covered(_TEXT, name) == kind


@pytest.mark.parametrize("part", ["tine", "lyn", "de la", "sier de bare at", "kollegaene", "laget", "kafeer",
                                  "bakeri", "torden", "nittennittifire"])
def test_caseless_words_stay(part: str) -> None:
    assert untouched(_TEXT, part)
