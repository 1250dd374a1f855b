"""Sixteenth-round rules: an organisation named by a word joined to digits ("Fjord1"-shaped).

Held-out 11 missed a ferry company whose name is a dictionary word glued to a digit, at every
mention: the word reads as the ordinary noun and the digits are no word at all, and the employer
frame ("jobber som ... på ferja ..., for X") put more words between the work verb and `for` than
the two-word employer window allows. A capitalised word glued to digits after an affiliation
preposition, in a sentence with a work word before it, is an organisation, and found again in the
rest of the text. Probes of the same shape with other words and digits; synthetic sentences
written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts.
"""

from __future__ import annotations

import re

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def clean(text: str) -> str:
    return Pseudonymizer().apply(text)[0]


GLUED = ["Havbuss3", "Kyst24", "Lager7", "Skyss9", "Bølge2", "Trikk12"]


@pytest.mark.parametrize("org", GLUED)
def test_a_word_glued_to_digits_after_a_long_employer_frame_is_an_organisation(org):
    text = (f"Deltaker: Jeg jobber som vakt og renholder på kaia nede ved sjøen, for {org}. Det går greit.\n"
            f"Mentor: Betaler {org} godt?\n"
            f"Deltaker: Ja, lønnen fra {org} kommer hver måned.")
    out = clean(text)
    assert org not in out and not re.search(r"\]\d", out)  # the digits go with the name


@pytest.mark.parametrize("org", GLUED)
@pytest.mark.parametrize("frame", ["jobber for", "er ansatt i", "fikk jobb hos", "har deltidsjobb på"])
def test_a_word_glued_to_digits_in_a_short_employer_frame_is_an_organisation(org, frame):
    out = clean(f"Mentee: Jeg {frame} {org} nå. Sjefen i {org} er grei.")
    assert org not in out and not re.search(r"\]\d", out)


@pytest.mark.parametrize("text", [
    "Mentee: Jeg jobber for å nå nivå B2 i norsk.",
    "Mentor: Hun jobber i rom H0203 på tirsdager.",
    "Mentee: Jeg jobbet i Covid19-tiden hjemme.",
])
def test_codes_and_levels_glued_to_digits_stay(text):
    assert clean(text) == text
