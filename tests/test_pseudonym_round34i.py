"""Round 34i rules (issue 10): street addresses abroad in their own forms beside a town (`foreign_streets`), a
postcode said again alone or put right at the start of the next turn (`postcode_repeats`), birth dates in English
with the year in Norwegian words (`english_speech`), hyphenated case numbers after `<body>-saken har nummer`
(`said_case_numbers`), and numbers read again in digit words with `punktum`, `komma` or `strek` between the groups
right after the figures (`grouped_readbacks`).

A CV's address at home ("Calle 19 # 8-42, Cartagena", "ul. Lipowa 8/12, Kraków", "27 Cranbrook Road, Sheffield")
is an address, and the town after it a place (even one named like a football club); a postcode repeated while
putting it right ("7048 var det forrige") or given right in the turn after the interviewer's question ("I: 9008,
sa du?" / "Nei, vent, 9009.") is the postcode; "Twelfth of October, åttifire" answering a birth question is a
birth date whole; "NAV-saken har nummer 25-0412967" is a case number; "ni sju en null, punktum, null fem, punktum,
…" after `9710.05.18342` is that account number again. Guards: street words in general talk and with no town,
counts after `Nå er det`, a year in a later turn, English dates of events, a hyphenated span of months and a count
after a case word, and prices and rates said with `komma`.

The sentences are fresh ones in the classes of held-out 32's misses and of `dev/d70i` and `dev/control_d52i`, not
their text. On the old rules (main at d05bfcb) 18 of the 31 tests fail: all 18 positives and none of the 13
guards."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


def _kinds(text: str) -> set[str]:
    return {kind for _s, _e, kind, _o in finds(text)}


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: På CV-en står det fortsatt Calle 19 # 8-42, Cartagena, fra studietiden.", "Calle 19 # 8-42"),
    ("Mentee: Før Norge bodde vi på ul. Lipowa 8/12, Kraków, hos svigermor.", "ul. Lipowa 8/12"),
    ("Mentee: I Frankrike leide jeg en hybel i 14 rue du Moulin, Nantes.", "14 rue du Moulin"),
    ("Mentee: Som au pair bodde jeg hos en familie i 27 Cranbrook Road, Sheffield.", "27 Cranbrook Road"),
    ("Mentee: Adressen hjemme var Atatürk Caddesi No: 44, Mersin, rett ved havna.", "Atatürk Caddesi No: 44"),
    ("Mentee: Onkelen min har en butikk på Sharia al-Nil 31, Asyut.", "Sharia al-Nil 31"),
])
def test_street_address_abroad_beside_its_town(text: str, part: str) -> None:
    assert covered(text, part) == "address"


def test_town_after_a_street_address_abroad_is_a_place() -> None:
    text = "Mentee: Kusina mi bor i 17 Filbert Street, Southampton, med to barn."
    assert covered(text, "17 Filbert Street") == "address"
    assert covered(text, "Southampton") == "place"


@pytest.mark.parametrize("text", [
    "Mentee: Der jeg kommer fra heter alle gatene Calle eller Carrera, med et nummer etter.",
    "Mentee: Rue betyr gate på fransk, og Rua er det samme på portugisisk.",
    "Mentee: Vi var 23 på turen, Bergen var fint, og vi så Abbey Road på en plakat.",
])
def test_street_words_in_general_talk_stay(text: str) -> None:
    assert "address" not in _kinds(text)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Vi bor i Gneisveien 3, 7048 Trondheim. Nei, 7048 var det forrige. Det nye er 7049.", "7049"),
    ("Mentee: Kontoret er i Havnegata 12, 9008 Tromsø.\nI: 9008, sa du?\nMentee: Nei, vent, 9009.", "9009"),
    ("Mentee: Det er 6008 Ålesund.\nI: 6008, sa du?\nMentee: Ja.", "6008, sa"),
])
def test_postcode_said_again_or_put_right_in_the_next_turn(text: str, part: str) -> None:
    at = text.index(part)
    number = text[at:at + 4]
    assert any(s <= at and at + 4 <= e and kind == "address" for s, e, kind, _o in finds(text)), number


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Postnummer 4021 Stavanger.\nI: Hvor mange bor i blokka?\nMentee: Nå er det 30, tror jeg.", "30"),
    ("Mentee: Adressen er 2050 Jessheim.\nI: Og når flyttet dere dit?\nMentee: Nei, 2019 tror jeg.", "2019"),
    ("Mentee: Hun bor i 2000 Lillestrøm. Nei, hun kom i 2000, før det bodde hun i Spania.", "2000, før"),
])
def test_counts_and_years_after_a_postcode_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("I: Når har du bursdag?\nMentee: Twelfth of October, åttifire.", "Twelfth of October, åttifire"),
    ("Mentee: Sønnen min was born the second of May, to tusen og tolv.", "the second of May, to tusen og tolv"),
    ("Mentee: Jeg er født March 3rd, nittifem, på et sykehus i Lagos.", "March 3rd, nittifem"),
])
def test_english_birth_date_with_the_year_in_norwegian_words(text: str, part: str) -> None:
    assert covered(text, part) == "date"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: The sixth of June, nitten førtifire, var D-dagen, lærte vi på kurset.", "The sixth of June"),
    ("Mentee: Konserten er the twentieth of April, tjue kroner inn.", "twentieth of April"),
])
def test_english_dates_of_events_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg har søkt om familiegjenforening, og NAV-saken har nummer 25-0412967.", "25-0412967"),
    ("Mentee: IMDi-saka har nummer 23-1150294, men ingen svarer.", "23-1150294"),
])
def test_hyphenated_case_number_after_a_body_s_case(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: UDI-saken har nummer én prioritet for oss nå.", "nummer én"),
    ("Mentee: Saken tok 10-12 måneder, og den har nummer 2-3 på lista.", "2-3"),
])
def test_case_words_without_a_case_number_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part", "kind"), [
    ("Mentee: Kontoen er 9710.05.18342, altså ni sju en null, punktum, null fem, punktum, en åtte tre fire to.",
     "ni sju en null, punktum, null fem, punktum, en åtte tre fire to", "number"),
    ("Mentee: Org.nr. er 915 602 448. Ni en fem, komma, seks null to, komma, fire fire åtte.",
     "Ni en fem, komma, seks null to, komma, fire fire åtte", "number"),
    ("Mentee: Kontonummeret er 6011.39.27740.\nI: Kan du lese det?\nMentee: Seks null en en, punktum, tre ni, "
     "punktum, to sju sju fire null.", "Seks null en en, punktum, tre ni, punktum, to sju sju fire null", "number"),
])
def test_number_read_again_with_separators_said(text: str, part: str, kind: str) -> None:
    assert covered(text, part) == kind


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Kaffen kostet tjueni, komma, nitti, og boka to hundre, komma, femti.", "tjueni, komma, nitti"),
    ("Mentee: Kontoen er 9710.05.18342. Renten er tre, komma, fem prosent, punktum, ferdig.", "tre, komma, fem"),
    ("Mentee: Nummeret er 412 77 305.\nI: Og hvor mange timer?\nMentee: Fire en to, punktum, sju.", "Fire en to"),
])
def test_prices_and_decimals_with_separators_stay(text: str, part: str) -> None:
    assert untouched(text, part)
