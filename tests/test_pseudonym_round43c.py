"""Round 43c: a fronted adverb of place or time before a naming verb ("Hjemme kaller de ham noe
annet") is no nickname, while a short name in the same place ("Fred kaller vi ham") still is.
Development data only (control_d60c.txt); every sentence is invented."""

from __future__ import annotations

import pytest

from tests.probe_support import covered, untouched


@pytest.mark.parametrize("text, word", [
    ("Mentee: Han heter Ahmed. Hjemme kaller de ham noe annet.", "Hjemme"),
    ("Mentee: Ute kaller folk meg utlending, inne er jeg kollega.", "Ute"),
    ("Mentee: Oppe i fjellet var det stille. Nede kaller de oss turistene.", "Nede"),
    ("Mentee: Borte kalte de meg den norske.", "Borte"),
    ("Mentee: Framme kalte de oss bare de nye.", "Framme"),
])
def test_a_fronted_adverb_before_a_naming_verb_stays(text, word):
    assert untouched(text, word)


@pytest.mark.parametrize("text, word", [
    ("Mentee: Fred kaller vi ham.", "Fred"),
    ("Mentee: Bo kaller de ham på jobben.", "Bo"),
    ("Mentee: Han heter Alejandro. Ale kaller vi ham.", "Ale"),
    ("Mentee: Hjemme, kaller de meg.", "Hjemme"),  # with a comma the word before is what they call her
])
def test_a_name_before_a_naming_verb_is_still_found(text, word):
    assert covered(text, word) == "person"
