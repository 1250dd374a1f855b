"""Seventeenth-round rules: recall on held-out 12's and 13's misses, by class.

Phone numbers said in words as pairs, answering a question in the turn before or with pauses;
first names the dictionary also knows, in lower case as a clause's bare subject; a word that is
a name, set off by "one of the ..." and speaking. Probes of the same shapes with other words and
numbers; synthetic sentences written for these tests (SYNTETISK), none taken from the leak
benchmark's transcripts.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def clean(text: str) -> str:
    return Pseudonymizer().apply(text)[0]


# --- 1. phone numbers said in words -------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Hva er nummeret ditt?",
    "Kan jeg få mobilnummeret ditt?",
    "Vi må kunne ringe deg etterpå. Hvilket telefonnummer har du?",
])
@pytest.mark.parametrize("number", [
    "åttifire, trettien, nitten, femtito",
    "førtiseks, tolv, sytti, tjueni",
])
def test_a_number_in_words_answering_a_phone_question_is_a_phone(question, number):
    text = f"I: {question}\n\nMentee: Det er {number}. Og e-posten har dere."
    out = clean(text)
    assert number not in out and "[telefon]" in out


@pytest.mark.parametrize("number", ["nittito … tretten … åttiåtte … førti", "førtiåtte ... femten ... sekstien ... null ni"])
def test_a_number_in_words_with_pauses_after_a_phone_word_is_a_phone(number):
    out = clean(f"Mentee: Mobilen min er {number}, ring når som helst.")
    assert number not in out and "[telefon]" in out


@pytest.mark.parametrize("text", [
    "I: Hvor mange er dere på skiftet?\n\nMentee: Vi er tjuefire, fire, seks eller åtte på hver linje.",
    "I: Hva er nummeret ditt?\n\nMentee: Jeg husker det ikke. Vi var tjuefem, trettito, førti, femti stykker der.",
    "I: Hvor gamle er barna?\n\nMentee: De er tolv, ti, åtte og fire.",
])
def test_counts_in_words_stay(text):
    assert clean(text) == text
