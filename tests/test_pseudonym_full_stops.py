"""A firm whose name ends in an abbreviation with a full stop (`Ltd.`, `Inc.`) at the end of a
sentence keeps the sentence's full stop after its marker, in text, quotes and moved offsets.

Before, `Jeg jobbet for Nordic Star Ltd. Det var fint.` became `… for [organisasjon] Det var
fint.`: the marker swallowed the stop the abbreviation shared with the sentence. The firms are
invented.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, slice_replaced


@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg jobbet for Nordic Star Ltd. Det var fint.", "Jeg jobbet for [organisasjon]. Det var fint."),
    ("Hun jobber i Fjellvik Holdings Inc.", "Hun jobber i [organisasjon]."),
    ("Jeg jobbet for Nordic Star Ltd.\nNeste spørsmål.", "Jeg jobbet for [organisasjon].\nNeste spørsmål."),
])
def test_a_sentence_closed_by_the_abbreviation_keeps_its_full_stop(text, expected):
    assert Pseudonymizer().apply(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Hun var ansatt i Bergen Tech Ltd. i to år.",
    "Hun var ansatt i Bergen Tech Ltd., et lite firma.",
])
def test_a_sentence_that_goes_on_gets_no_extra_stop(text):
    replaced = Pseudonymizer().apply(text)[0]
    assert "[organisasjon]." not in replaced and "[organisasjon]" in replaced


def test_a_quote_cut_at_the_sentence_keeps_the_stop_and_offsets_add_up():
    text = "Jeg jobbet for Nordic Star Ltd. Det var fint."
    reps = Pseudonymizer().find(text)
    quote, inside = slice_replaced(text, reps, 0, text.index(" Det"))
    assert quote == "Jeg jobbet for [organisasjon]."
    shift = sum(len(r.replacement) - (r.end - r.start) for r in reps)
    assert len(Pseudonymizer().apply(text)[0]) == len(text) + shift
