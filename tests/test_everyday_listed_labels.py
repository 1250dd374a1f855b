"""The everyday keep reads no speaker label as words: "Intervjuer:" is who speaks, not a word about work.

`everyday_listed.applied` reads the turn before a verbless answer for a question about applying or work, and
the employer check reads a mention's sentence for work words; the label that opens a line ("Intervjuer:",
"Intervjuar:", "I:", "Mentor Kari:", a timestamped "P2:") is skipped in both, while the question it asks
still counts. Synthetic sentences written for these tests (SYNTETISK), none from the leak benchmark.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.everyday_listed import applied, past_label
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def _applied(text: str, name: str) -> bool:
    at = text.rindex(name)
    return applied(text, at, at + len(name))


@pytest.mark.parametrize("question", [
    "Intervjuer: Hvor kjøper dere brød?",
    "Intervjuar: Kvar kjøper de brød?",
    "Intervjueren: Hvor kjøper dere brød?",
    "[00:12:40] Intervjuer: Hvor kjøper dere brød?",
    "I: Hvor kjøper dere brød?",
])
def test_a_label_asks_nothing_about_work(question):
    assert not _applied(f"{question}\nDeltaker 2: Oftest Bunnpris.", "Bunnpris")


@pytest.mark.parametrize("question", [
    "Intervjuer: Hvor har du søkt deltidsjobb?",
    "Intervjuar: Kvar har du søkt jobb?",
    "I: Hvilke arbeidsgivere har du vært på intervju hos?",
    "Mentor Kari: Hvor sendte du søknadene?",
])
def test_the_question_after_the_label_still_counts(question):
    assert _applied(f"{question}\nDeltaker 2: Bunnpris og Kiwi.", "Kiwi")


@pytest.mark.parametrize("text, speech", [
    ("Intervjuer: Hvor kjøper dere brød?", "Hvor"),
    ("Mentor Kari: Ja, hos Kiwi.", "Ja"),
    ("[00:12:40] P2: Ja.", "Ja"),
    ("Oftest Bunnpris.", "Oftest"),  # no label: the line starts with speech
])
def test_past_label_is_where_the_speech_begins(text, speech):
    assert past_label(text, 0, len(text)) == text.index(speech)


def test_past_label_only_at_a_line_start():
    text = "Vi handler der. Merk: Bunnpris."
    at = text.index("Merk")
    assert past_label(text, at, len(text)) == at


def _replaced(text: str, word: str) -> bool:
    return any(word in r.original for r in Pseudonymizer().find(text))


@pytest.mark.parametrize("text, name", [
    ("Intervjuar: Kvar handlar de mat?\nMentee: Mest Bunnpris. Det ligg rett ved.", "Bunnpris"),
    ("Intervjuar: Handlar de på Bunnpris?\nMentee: Ja, nesten kvar dag.", "Bunnpris"),
])
def test_a_chain_named_to_the_interviewer_stays(text, name):
    assert not _replaced(text, name)


@pytest.mark.parametrize("text, name", [
    ("Intervjuar: Kvar har du søkt jobb i vår?\nMentee: Bunnpris. Og Lindex.", "Bunnpris"),
    ("Intervjuer: Kvar jobbar du no?\nMentee: På Bunnpris, i kassa, tre dagar i veka.", "Bunnpris"),
])
def test_a_chain_named_as_a_workplace_is_replaced(text, name):
    assert _replaced(text, name)


def test_a_label_is_no_word_of_a_verbless_answer():
    # eight words of answer after a three-word label: short enough to be an answer, label or not
    text = "I: Hvor har du søkt jobb i år?\nDeltaker Amina Yusuf: Bunnpris, Meny, Kiwi, Lindex og Cubus i fjor."
    assert _applied(text, "Cubus")
    assert not _applied(text.replace("i fjor", "i fjor og i vinter, mest"), "Cubus")  # twelve words: a sentence


@pytest.mark.parametrize("text, name", [
    ("Kunde: Jeg holder med Tottenham, og vi så kampen i går.\nKunde: Ja.", "Tottenham"),  # pastimes' sentence
    ("Ansatt: Vi handler mest på Bunnpris, det er billig der.\nAnsatt: Ja.", "Bunnpris"),  # everyday's sentence
])
def test_a_label_that_is_a_work_word_ties_nothing(text, name):
    assert not _replaced(text, name)


@pytest.mark.parametrize("text, name", [
    ("Kunde: Jeg holder med Tottenham, og de leverer drakter til oss.\nKunde: Ja.", "Tottenham"),
    ("Ansatt: Vi handler mest på Bunnpris, og jeg jobber der to kvelder i uka.\nAnsatt: Ja.", "Bunnpris"),
])
def test_the_work_words_after_such_a_label_still_tie(text, name):
    assert _replaced(text, name)
