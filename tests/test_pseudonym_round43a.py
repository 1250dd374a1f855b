"""Round 43a rules (issue 10): lettered case numbers in a sentence about a case, a claim, a loan or a complaint
named by a compound (`account_answers`), and family names that come first, after `Mr.`/`Mrs.`/`Ms.` and said
alone later or talked of as a name (`rules.NAME_ABBREVIATIONS`, `propagate`, `called_names`, `name_shapes`).

A reference of capitals, a year and a serial (`SK-2024-77310`, `T-23-00412`, `BH-2024-5520-3`) is a case number
in a turn about a case, also where the case is a compound (`Skattesaken`, `Trygdeklagen`, `Studielånet`) or a
claim asked about in the turn before. A person named with the family name first after an English title (`Mr.
Lim …`) keeps that name when it stands alone later, a two-letter family name of a name of three parts comes back
where a name can stand (`Nå jobber Ha`, not `Ha det bra`), a Korean given name keeps a tail that is a pronoun
(`Soo-min`), and a word said to be a first or family name (`Lind er etternavnet`) is one. Guards: codes with
no case word, `Hovedsaken`, particles (`De sa`), definite nouns talked of as names (`Resten er etternavnet`).

The strings are fresh, not those of `dev/d78a` or `dev/control_d60a`."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "number"), [
    ("R: Skattesaken hadde nummer SK-2024-77310, og den er ferdig nå.", "SK-2024-77310"),
    ("R: Trygdeklagen fikk nummer T-23-00412 i mars.", "T-23-00412"),
    ("I: Hva gjaldt kravet?\nR: Bilskaden. Det fikk nummer BS-2025-3391 etter en uke.", "BS-2025-3391"),
    ("R: Studielånet har nummer SL-2022-0087 hos dem.", "SL-2022-0087"),
    ("R: Barnehagesaken har nummer BH-2024-5520-3 i arkivet.", "BH-2024-5520-3"),
])
def test_lettered_case_numbers_in_case_sentences(text: str, number: str) -> None:
    assert covered(text, number) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Vi kjøpte en vaskemaskin av typen AB-2024-300 i fjor.", "AB-2024-300"),
    ("R: Hovedsaken er at serien TX-2023-110 selger godt.", "TX-2023-110"),
    ("R: Emnet MAT-1001 og linje 31 var det jeg brukte mest.", "MAT-1001"),
    ("R: Saken er at vi følger ISO 9001 og bussen går hvert kvarter.", "ISO 9001"),
])
def test_codes_without_a_case_stay(text: str, part: str) -> None:
    assert covered(text, part) != "number"


@pytest.mark.parametrize(("text", "name"), [
    ("R: Kontakten var Mr. Tang Chee Keong. Tang er familienavnet.", "Tang er"),
    ("R: Jeg jobbet for Mrs. Ha Minh Chau i to år. Nå jobber Ha i Oslo.", "Ha i Oslo"),
    ("R: Jeg møtte Ha Thi Mai i Hanoi. Senere flyttet Ha til Bergen.", "Ha til"),
    ("R: Sjefen het Ms. Jang Soo-min. Hun var streng.", "Jang Soo-min"),
    ("R: Berg er etternavnet hennes, og hun er fra Voss.", "Berg er"),
    ("R: Bakke er familienavnet vårt.", "Bakke er"),
    ("R: Ho er familienavnet, og det står først.", "Ho er"),
])
def test_family_names_first_and_names_talked_of(text: str, name: str) -> None:
    """`name` is the name with the words after it that set it apart; the name alone must be a person."""
    start = text.index(name)
    word = name if "-" in name else name.split()[0]
    assert any(s <= start and start + len(word) <= e and kind == "person" for s, e, kind, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("R: Resten er etternavnet, og det første er fornavnet.", "Resten"),
    ("R: Jeg møtte Juan De la Cruz i går. De sa at han var snill.", "De sa"),
    ("R: Jeg møtte Ha Thi Mai i går. Ha det bra, sa hun til meg.", "Ha det"),
    ("R: Kai er stengt i dag, så vi fisket fra stranda.", "Kai"),
    ("R: Det er etternavnet folk ikke klarer å si. Navnet er jo bare et navn.", "Navnet"),
])
def test_words_about_names_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "name"), [
    ("R: Jeg jobbet for Dr. Mo Yan Ling i to år.", "Mo Yan Ling"),
    ("R: Jeg hadde sommerjobb hos Mr. Tang Wai Kit i Singapore.", "Tang Wai Kit"),
])
def test_titled_names_are_people_in_work_frames(text: str, name: str) -> None:
    assert covered(text, name) == "person"
