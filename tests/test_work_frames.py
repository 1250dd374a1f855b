"""The shared sentence and line bounds and the work-sentence check in `work_frames`."""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.work_frames import line_around, line_before, sentence_around, work_sentence


def _sentence(text: str, word: str) -> str:
    at = text.index(word)
    lo, hi = sentence_around(text, at, at + len(word))
    return text[lo:hi]


@pytest.mark.parametrize("text, word, sentence", [
    ("Vi var i byen. Hun handlet på Kiwi. Så dro vi hjem.", "Kiwi", " Hun handlet på Kiwi"),
    ("Har du vært der? Ja, på Obs! Det var billig.", "Obs", " Ja, på Obs"),
    ("Nei! Hun kjøpte sko hos Dressmann? Tror det", "Dressmann", " Hun kjøpte sko hos Dressmann"),
    ("første linje uten punktum\nandre linje med Jernia\ntredje", "Jernia", "andre linje med Jernia"),
    ("Bare Coop", "Coop", "Bare Coop"),
])
def test_a_sentence_ends_at_a_stop_a_question_an_exclamation_or_a_line(text, word, sentence):
    assert _sentence(text, word) == sentence


def test_a_speaker_turn_is_its_own_sentence():
    text = "I: Hvor jobber du nå\nP2: Jeg går på Rema hver dag\nI: Og kona di"
    assert _sentence(text, "Rema") == "P2: Jeg går på Rema hver dag"
    assert not work_sentence(text, text.index("Rema"), text.index("Rema") + 4)  # the question's "jobber" is the turn before


def test_reach_caps_each_side():
    text = "a" * 50 + " på Kiwi " + "b" * 50
    at = text.index("Kiwi")
    assert sentence_around(text, at, at + 4, back=10, ahead=20) == (at - 10, at + 4 + 20)
    assert sentence_around(text, 5, 8, back=10, ahead=1000) == (0, len(text))


def test_spaced_dots_let_a_web_address_or_a_time_run_on():
    text = "Hun spiller på Chess.com hver kveld klokka 21.30 og jobber. Neste setning."
    at = text.index("Chess")
    assert text[slice(*sentence_around(text, at, at + 5))] == "Hun spiller på Chess"
    lo, hi = sentence_around(text, at, at + 5, spaced_dots=True)
    assert text[lo:hi] == "Hun spiller på Chess.com hver kveld klokka 21.30 og jobber"
    end = text.index("Neste")
    assert sentence_around(text, end, end + 5, spaced_dots=True)[1] == len(text) - 1  # a dot ending the text


@pytest.mark.parametrize("sentence, frame, thing, employer", [
    ("hun jobber der", True, True, True),
    ("han har nattskift der", True, False, True),  # a shift compound: the frame lists it; a thing reads no compounds
    ("hun har deltidsjobb der", True, False, True),  # a compound of a stem: employer only (and the frame's list)
    ("han er butikksjef der", False, False, True),
    ("vi så en utstilling der", False, False, True),  # no compounds for a thing: an exhibition is a visit
    ("hun laget appen for dem", False, True, False),  # making counts only for a thing
    ("jeg lager middag med det", False, True, False),
    ("hun sendte en søknad dit", False, False, True),  # applying: employer only
    ("han sluttet der i fjor", False, False, True),
    ("hun sto i butikken to dager i uka", True, False, True),  # two weak frame words
    ("hun var i butikken", False, False, False),  # one weak word is a shopper too
    ("jeg handlet melk og brød", False, False, False),
    ("samarbeid med skolen", False, False, True),
    ("hun har sommerjobb der", True, True, True),
])
def test_work_words_by_kind(sentence, frame, thing, employer):
    assert work_sentence(sentence) is frame
    assert work_sentence(sentence, kind="thing") is thing
    assert work_sentence(sentence, kind="employer") is employer


def test_a_span_reads_its_own_sentence_only():
    text = "Hun jobber mye. Vi handlet på Kiwi i går."
    at = text.index("Kiwi")
    assert not work_sentence(text, at, at + 4)
    assert work_sentence(text, 0, 3)
    assert work_sentence(text)  # no span: the whole text is the sentence


def test_line_around_gives_the_turn_holding_the_offset():
    text = "I: Hvor jobber du?\nM: På lageret.\nI: Takk."
    lo, hi = line_around(text, text.index("lageret"))
    assert text[lo:hi] == "M: På lageret."
    lo, hi = line_around(text, len(text) - 1)
    assert text[lo:hi] == "I: Takk."


def test_line_before_skips_blank_lines_to_the_turn_answered():
    text = "I: Hva er nummeret?\n\n  \nM: 1049 3386."
    answer = text.index("M:")
    lo, hi = line_before(text, answer)
    assert text[lo:hi] == "I: Hva er nummeret?"
    assert line_before(text, 0) == (0, 0)
