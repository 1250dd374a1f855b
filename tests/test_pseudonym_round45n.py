"""Round 45n: a nickname after a passive or descriptive naming frame ("Hun kalles «Lu» av barna", "går under
navnet «Sol»", "er kjent som «Tine»"), quoted or capitalised, is a person, and so are its later capitalised
uses ("Lu er fint."); naming verbs with things, quoted ordinary words and the same words in lower case stay.
Development data only; every string is invented."""

from __future__ import annotations

import pytest

from tests.probe_support import covered, finds, untouched


@pytest.mark.parametrize("text, part", [
    ("Mentor: Hun kalles «Lu» av barna. De klarer ikke å si navnet.", "Lu"),
    ("Mentee: Sønnen min blir kalt «Bo» på skolen.", "Bo"),
    ("Mentor: Han går under navnet «Sol» i bandet.", "Sol"),
    ("Mentee: Hun er kjent som «Lyng» blant naboene.", "Lyng"),
    ("Mentee: Alle på jobben kaller meg «Mo».", "Mo"),
    ("Mentor: Navnet hans på lageret er «Elg».", "Elg"),
    ("Mentee: Hun ble kalt “Sky” av de andre.", "Sky"),
])
def test_a_nickname_after_a_naming_frame_is_a_person(text, part):
    assert covered(text, part) == "person"


@pytest.mark.parametrize("text, part", [
    ("Mentor: Hun kalles «Lu» av barna.\nMentee: Lu er fint. Mamma kalte meg det også.", "Lu"),
    ("Mentee: Broren min blir kalt «Ask» hjemme. Ask fikk jobben i går.", "Ask"),
    ("Mentee: Han er «Pinne» på folkemunne. Pinne fikk fast jobb i fjor.", "Pinne"),
])
def test_the_nickname_used_later_is_the_person(text, part):
    start = text.rindex(part)
    assert any(s <= start and start + len(part) <= e and k == "person" for s, e, k, _o in finds(text))


@pytest.mark.parametrize("text, part", [
    ("Mentee: Her kalles det dugnad når alle rydder sammen.", "dugnad"),
    ("Mentor: Kortet går under navnet «lappen» blant sjåførene.", "lappen"),
    ("Mentee: Den blir kalt «Skuret» av alle på lageret.", "Skuret"),
    ("Mentor: Da jeg spurte, sa de «ja» med en gang.", "ja"),
    ("Mentee: Et «nei» hadde vært vanskelig.", "nei"),
    ("Mentor: Vi bor i en blokk, og sola skinner. Å bo der er fint.", "bo"),
    ("Mentee: Ordningen er kjent som «sommerjobb» for ungdom.", "sommerjobb"),
    ("Mentor: På verkstedet har de gitt ham navnet «Hvalen».", "Hvalen"),
    ("Mentee: Vi kaller det «Kontoret» for moro skyld.", "Kontoret"),
])
def test_things_named_and_ordinary_words_stay(text, part):
    assert untouched(text, part)
