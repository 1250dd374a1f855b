"""Round 19: telephone numbers said in words, as a class.

Every fresh held-out half missed a phone number said in words: a country code said as "null null
fire sju", pairs read digit by digit with 'en' for one, a correction in the middle ("fire fem én...
unnskyld, fire seks én"), a false start before the number ("fire sju, eh, nei. Fire åtte, ...").
These tests probe the class with sentences written for them (SYNTETISK), none taken from the leak
benchmark's transcripts, and beside them the counts, amounts, ages and clock times said in words
that must stay.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def applied(text: str) -> str:
    return Pseudonymizer().apply(text)[0]


@pytest.mark.parametrize("text, gone", [
    # a country code said as words before the eight digits
    ("Mentee: Null null fire sju, åtte tre to, fire fire, sju null ni. Det er mobilen.", "åtte tre to"),
    ("Mentee: Pluss førtisju, ni to, tretten, førtifire, femtiseks, ring når du vil.", "ni to"),
    # pairs said digit by digit, 'en' and 'ein' for one
    ("Mentee: Du kan ringe ni en, fire to, sju sju, en fem i morgen.", "sju sju"),
    ("Mentee: Nummeret mitt er fire ein, to to, null åtte, ni ni.", "null åtte"),
    # a correction in the middle: the whole span goes, the false start too
    ("Mentor: Hva er nummeret ditt nå?\nMentee: Ni tre én... unnskyld, ni fire én, sju null, fem fem to.",
     "sju null"),
    ("Mentee: Ring meg på to tre, jeg mener, fire tre, åtte åtte, nittien, tolv.", "fire tre"),
    # a false start across a full stop, then the number in tens
    ("Mentee: Telefonen? Det er... ni ni, eh, nei. Ni åtte, seksti, atten, tjuetre.", "seksti"),
    # right after a number in digits
    ("Mentee: Jobben har 22 11 43 90. Privat er det fire to, femti, trettisju, nittifem.", "trettisju"),
    # hundreds
    ("Mentee: Mobilen min er fire hundre og tolv, åtte fem, tre null sju.", "hundre"),
])
def test_phone_numbers_said_in_words_are_replaced(text, gone):
    out = applied(text)
    assert gone not in out.casefold() and "[telefon]" in out


def test_false_start_goes_with_the_number():
    out = applied("Mentee: Mobilnummeret? Det er... tre fem, eh, nei. Tre seks, førti, elleve, åttito.")
    assert "tre fem" not in out.casefold() and "[telefon]" in out


@pytest.mark.parametrize("text", [
    "Mentee: Vi var fire, fem, seks stykker som ringte rundt til folk.",
    "Mentee: Det kostet tjue, tretti kroner, og så ringte jeg ham.",
    "Mentee: Jeg ringte klokka åtte, ni, og han svarte ikke.",
    "Mentee: Jeg har ringt to tre ganger til nummeret.",
    "Mentee: Ring meg. Vi var tjue, tretti, førti, femti stykker på møtet i to tusen og nitten.",
    "Mentee: Telefonen ringte da jeg var fem, seks år gammel, og igjen da jeg var ti, elleve.",
])
def test_counts_amounts_ages_and_clock_times_in_words_stay(text):
    assert applied(text) == text


@pytest.mark.parametrize("text", [
    "Mentee: Ring henne. Barna er fire, seks, ni og tolv, og de to eldste, tretten, femten.",
    "Mentee: Nummeret på bussen er tjuefem, den går klokka sju, åtte, ni, ti hver morgen.",
    "Mentee: Vi ringte i nitten nitti ni, to tusen og en, og tjue tjue to.",
    "Mentee: Telefonen kostet fire tusen ni hundre og nittini.",
    "Mentee: Ring meg. Jeg var ni, ti, elleve, tolv, tretten, fjorten, femten, seksten da.",
])
def test_numbers_in_words_near_a_telephone_word_that_are_no_number_stay(text):
    assert applied(text) == text


@pytest.mark.parametrize("text", [
    "Mentee: Mobilen? Ja, sju åtte, tolv, null null, førtifem.",
    "Mentee: Ring meg: nitti to, førti fire, sekstisju, tjue.",
    "Mentor: Hvilket nummer ringte du fra?\nMentee: Fra ni ni, åtte åtte, sju sju, seks seks.",
])
def test_more_phone_numbers_in_words(text):
    out = applied(text)
    assert "[telefon]" in out and not any(w in out.casefold() for w in ("åtte", "førti", "sju sju"))
