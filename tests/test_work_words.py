"""The shared work vocabulary (`work_words`): whole words in any case, stems with any ending, and the rules
that read fewer words than the shared sets leave them out on purpose."""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize import event_work, pastimes, transport_employers, work_frames
from workbench.io.pseudonymize.work_words import JOB, WORK, alternatives, word_pattern


def test_alternatives_put_longer_words_first_and_stems_last() -> None:
    assert alternatives({"jobb", "jobben"}, ["praksis"]) == r"jobben|jobb|praksis\w*"


@pytest.mark.parametrize("word", sorted(JOB | WORK))
def test_every_form_is_read_whole_in_any_case(word: str) -> None:
    pattern = word_pattern(JOB | WORK)
    assert pattern.fullmatch(word) and pattern.fullmatch(word.upper()) and pattern.fullmatch(word.capitalize())


@pytest.mark.parametrize("text", ["jobbsøker", "deltidsjobb", "jobb-ting", "samarbeider", "arbeidsliv"])
def test_no_form_is_read_inside_a_longer_word(text: str) -> None:
    assert word_pattern(JOB | WORK).search(text) is None


def test_a_stem_takes_any_ending_but_no_prefix() -> None:
    pattern = word_pattern(stems=("stilling",))
    assert pattern.search("i stillingen hennes") and pattern.search("stillingsprosent")
    assert pattern.search("deltidsstilling") is None


def test_the_sentence_rules_read_every_form_of_the_shared_sets() -> None:
    for word in sorted(JOB | WORK):
        assert work_frames.work_sentence(f"Hun {word} der."), word


@pytest.mark.parametrize("text", ["Jeg tar bussen til jobben.", "På vei til arbeid."])
def test_a_rider_going_to_work_is_no_transport_work(text: str) -> None:
    assert transport_employers._WORK_IN_TURN.search(text) is None


def test_an_evening_out_after_work_is_no_event_work() -> None:
    assert event_work._EVENT_WORK.search("Etter jobben gikk vi dit.") is None
    assert event_work._EVENT_WORK.search("Jeg jobbet der.")


def test_a_club_is_tied_by_any_form_of_working_for_it() -> None:
    for word in sorted(JOB):
        assert pastimes._WORK_SENTENCE.search(f"Hun {word} for dem."), word
