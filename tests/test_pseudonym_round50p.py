"""Round 50p rules (issue 10): a surname after a title, the capitalised title included (`titled_people`); a short
name said to someone present at the opening of a question or a request (`addressed_names`); a union given as the
answer to a question about organisations or membership (`union_answers`); an
association of origin named as a network or a club (`origin_associations`).

Guards: titles with no name after them, role, kinship and ordinary words before a comma and `du`, answers with a
reason that name no union, and networks described in lower case.

The strings are fresh, not those of `dev/d85p_*` or `dev/control_d67p`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "name"), [
    ("R: Hun er grei. Frøken Kvalheim ringer alltid før ni.", "Frøken Kvalheim"),
    ("R: Hun sa det. Fru Bakke ringte i går.", "Fru Bakke"),
    ("R: Ja. Herr Lie, sier lærlingene, men han heter Ole.", "Herr Lie"),
])
def test_capitalised_title_goes_with_the_surname(text: str, name: str) -> None:
    assert covered(text, name) == "person"


@pytest.mark.parametrize(("text", "name"), [
    ("R: Fastlegen min, dr. Berg, skrev henvisningen.", "Berg"),
])
def test_surname_after_a_lower_case_title(text: str, name: str) -> None:
    assert covered(text, name) == "person"


@pytest.mark.parametrize(("text", "name"), [
    ("[00:03:10] Programleder: Takk. Bosse, du hadde et spørsmål om lønna?", "Bosse"),
    ("I: Fint. Tusse, kan du fortelle litt om praksisen?", "Tusse"),
])
def test_short_name_addressed_in_a_question(text: str, name: str) -> None:
    assert covered(text, name) == "person"


def test_union_answering_a_question_about_organisations() -> None:
    text = "I: Organisasjoner?\nR: Fellesforbundet, siden jeg er lærling."
    assert covered(text, "Fellesforbundet") == "org"


@pytest.mark.parametrize(("text", "name"), [
    ("R: Tekna. Og Somalisk foreldrenettverk i Rogaland.", "Somalisk foreldrenettverk i Rogaland"),
    ("R: Jeg er med i Tamilsk sjakklubb på Romsås.", "Tamilsk sjakklubb på Romsås"),
])
def test_origin_network_or_club(text: str, name: str) -> None:
    assert covered(text, name) == "org"


@pytest.mark.parametrize(("text", "word"), [
    ("R: Herr eller fru, skriv det du vil.", "Herr"),
    ("R: Fru og herr står det på kortet.", "Fru"),
    ("R: Doktor er et fint yrke, sa hun.", "Doktor"),
    ("R: Legen, en eldre mann, sa at jeg må hvile.", "Legen"),
    ("R: Pappa, kan du hente meg?", "Pappa"),
    ("R: Sjef, har du tid i dag?", "Sjef"),
    ("R: Greit, kan du sende det?", "Greit"),
    ("R: Vent, du sa fire uker?", "Vent"),
    ("I: Organisasjoner?\nR: Ingen, fordi jeg ikke har råd.", "Ingen"),
    ("I: Organisasjoner?\nR: Fagforening, for det er lurt.", "Fagforening"),
    ("R: Et somalisk nettverk for mødre hadde vært fint.", "nettverk"),
    ("R: Somalisk mat er godt.", "Somalisk"),
])
def test_ordinary_words_stay(text: str, word: str) -> None:
    assert untouched(text, word)
