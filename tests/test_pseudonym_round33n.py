"""Round 33n rules (issue 10): nicknames given as what someone is called (`called_names`), a town's business
association (`business_associations`), unions joined in a Nynorsk turn (`nynorsk_unions`) and their acronyms
(`union_short_names`), and a case number after `saken … har nummer` (`said_case_numbers`).

A nickname that is a Norwegian word is a person where the text says it is what someone is called (`X er et
kallenavn`, `X. Hun heter egentlig …`, `… heter han, men alle sier X`, `[ler] X, sier jeg` after talk of
names), and again at its other capitalised mentions and in the genitive; a capitalised word before
`Næringsforening`, `Næringsråd`, `Handelsstand` and the like is the town, and the two are one organisation; a
listed union after a Nynorsk membership frame (`Eg melde meg inn i`, `har vore med i`, `tillitsvald i`) is an
organisation, and so is the acronym of a union found by its full name; a number with a slash after `nummer` in
a sentence about a case is a case number. Guards: the words as words (`storm`, `Storm og regn`), `Nei, sier
jeg`, business associations with no town, agenda items and fractions, a union one only wants to join, an
acronym of a union never joined.

The sentences are fresh ones in the classes of held-out 31's misses and `dev/d66`, `dev/d66b` and
`dev/control_d47`, not their text. On the old rules (main at 48aeeed) 13 of the 22 tests fail: all 13 positives
(5 nicknames, 3 associations, 2 Nynorsk unions, 1 acronym, 2 case numbers) and none of the 9 guards."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Torden. Hun heter egentlig Mariam Ali, fra Sudan. Torden var stille i starten.", "Torden var"),
    ("Mentor: Rahim heter han egentlig, men alle sier Is. Is og jeg spiste lunsj sammen.", "Is og"),
    ("Mentor: Hval er et kallenavn fra skolen, han var stor. Hval fikk fast jobb i mars.", "Hval fikk"),
    ("Mentee: Hun har tre navn i papirene, ett for hvert land. [ler] Pus, sier jeg.", "Pus"),
    ("Mentor: Kallenavnet hans er Is. Is var den flinkeste i gruppa.", "Is var"),
])
def test_nicknames_that_are_words_are_people(text: str, part: str) -> None:
    start = text.index(part)
    word = part.split()[0]
    assert any(s <= start and start + len(word) <= e and k == "person" for s, e, k, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("Programleder: Vi spør Hole Næringsforening om en gratis stand på markedet.", "Hole Næringsforening"),
    ("Mentor: Han har kontakt med Fet Sentrumsforening om en praksisplass.", "Fet Sentrumsforening"),
    ("Referat: KT kontakter Vik Næringsråd om lokaler til verkstedet.", "Vik Næringsråd"),
])
def test_town_business_associations_are_organisations(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Eg melde meg inn i Fagforbundet då eg byrja på sjukeheimen.", "Fagforbundet"),
    ("Mentee: Ho har vore med i Delta sidan ho kom, og eg trur ho likar det.", "Delta"),
])
def test_unions_joined_in_nynorsk_are_organisations(text: str, part: str) -> None:
    assert covered(text, part) == "org"


def test_acronym_of_a_union_joined_is_an_organisation() -> None:
    text = "Mentee: Eg melde meg inn i Norsk Sykepleierforbund i fjor. Seinare sa ho at NSF har eit kurs om autorisasjon."
    assert covered(text, "NSF") == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Saken min hos Husbanken har nummer 21/4409127, men ingen svarer.", "21/4409127"),
    ("Mentor: Klagesaka hennar har nummeret 2023/11873402, og ho ventar framleis.", "2023/11873402"),
])
def test_case_numbers_after_nummer_are_found(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Det var storm hele uka. Storm og regn, og bussene sto.", "Storm"),
    ("Mentor: Hval er et kallenavn fra skolen, fordi han svømmer som en hval.", "hval."),
    ("Mentor: Nei, sier jeg. Vent, sier jeg, vi tar det etterpå.", "Nei"),
    ("Mentor: Nei, sier jeg. Vent, sier jeg, vi tar det etterpå.", "Vent"),
    ("Programleder: Næringsforeningen har frokostmøte, og Handelsstanden klager på parkeringen.", "Næringsforeningen"),
    ("Referat: Sak 14/25: Budsjett. Vi deler kostnaden 50/50.", "14/25"),
    ("Referat: Sak 14/25: Budsjett. Vi deler kostnaden 50/50.", "50/50"),
])
def test_look_alikes_stay(text: str, part: str) -> None:
    assert untouched(text, part)
