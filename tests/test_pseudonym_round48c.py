"""Round 48c rules (issue 10): contact details and references said in forms the rules had not met: an e-mail
address said with `krøll`, `æt` or the English `at` (in a turn about an address) and a country domain, a local
part written with dots read from a letter, a web address said with `punkt` and `skråstrek`, a postcode said digit
by digit between a lower-case street with its house number and a lower-case place, a case number with the year
first and capitals after the slash, and a reference of capitals, a slash and a lower-case word.

Guards: `at` as a conjunction, `punkt` and `skråstrek` in ordinary speech, numbers in words after a street name
with no house number, and `ref.` before a standard.

The strings are fresh, not those of `dev/d83c_*` or `dev/control_d65c`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

# A caseless opening long enough for the text to count as written without case.
_OPEN = ("I: da starter vi opptaket nå og jeg retter ikke teksten etterpå så bare snakk fritt om det du vil\n"
         "R: ok det går fint jeg har god tid i dag og kan fortelle om jobben og familien og det meste\n")


@pytest.mark.parametrize(("text", "email"), [
    ("P: Privat har jeg olena77 krøll ukrnet punkt ua, men den bruker jeg lite.", "olena77 krøll ukrnet punkt ua"),
    ("P: E-posten er jonas at snekkerbua punkt no. Jonas med j.", "jonas at snekkerbua punkt no"),
    ("P: Mailen min er kasia æt onet prikk pl, den polske.", "kasia æt onet prikk pl"),
    ("I: Hvem skrev brevet?\nP: lars.erik punkt moen alfakrøll bygdeheis punkt no. Han svarer fort.",
     "lars.erik punkt moen alfakrøll bygdeheis punkt no"),
])
def test_spoken_email_forms(text: str, email: str) -> None:
    assert covered(text, email) == "email"


@pytest.mark.parametrize(("text", "url"), [
    ("I: Har dere nettside?\nP: takstmann punkt no skråstrek priser", "takstmann punkt no skråstrek priser"),
    ("P: Den er www punkt elverumrør punkt no skråstrek om oss.", "www punkt elverumrør punkt no skråstrek om"),
])
def test_spoken_url(text: str, url: str) -> None:
    assert covered(text, url) == "url"


def test_postcode_in_words_after_a_lower_case_street() -> None:
    text = _OPEN + "I: hvor holder dere til\nR: i bakkeveien 7 to åtte en to haugesund i første etasje\n"
    assert covered(text, "to åtte en to") is not None


@pytest.mark.parametrize(("text", "ref"), [
    ("P: Ja, søknaden har nummer 2023/BOS-40718. Den er innvilget.", "2023/BOS-40718"),
    ("P: Jeg leser: «Deres referanse: KLT/drift. Vi viser til møtet.»", "KLT/drift"),
    ("P: Øverst står det «Vår ref. MNS/personal».", "MNS/personal"),
])
def test_lettered_references(text: str, ref: str) -> None:
    assert covered(text, ref) is not None


@pytest.mark.parametrize(("text", "part"), [
    ("P: Han sa at vi måtte lese kapittel fire punkt to først.", "sa at vi"),
    ("P: På et punkt ble det for mye, og læreren mente at alle punkt var viktige.", "et punkt"),
    ("P: Tre skråstrek fire, sier vi om brøken.", "Tre skråstrek fire"),
    ("P: Vi følger ref. NS 3420 for alt arbeidet.", "NS 3420"),
    ("P: Hun skrev at hun kom punkt klokka åtte.", "skrev at hun"),
])
def test_ordinary_words_stay(text: str, part: str) -> None:
    assert untouched(text, part)


def test_numbers_after_a_street_with_no_house_number_stay() -> None:
    text = _OPEN + "I: hvor lenge bodde du der\nR: jeg bodde i bakkeveien fem seks år og så flyttet vi\n"
    assert untouched(text, "fem seks år")
