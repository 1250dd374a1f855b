"""Round 31d rules (issue 10): parts of ID numbers said before a pause (`id_parts`).

A fødselsnummer's six-figure date part said after `første del`, `de seks første`, `fødselsdatoen` or `født`, in
the answer to a question naming a fødselsnummer, or read back alone where the same six figures open a
fødselsnummer or D-nummer found in the text; the first groups of an account or a telephone number broken off
(an ellipsis, a dash, `nei`, `vent`, a question mark) when a number found in the text starts with the same
groups. Guards: amounts, order and invoice numbers that are dates but have no cue, years and ranges, prices
with a unit, room numbers, postcodes, clock times, and a figure broken off where no found number starts with it.

The sentences are fresh ones in the classes of held-out 29's `p4` misses and `dev/d61`/`control_d42`, not
their text. On the old rules (main at 35b2a96) 10 of the 23 tests fail: 10 of the 12 positives and none of the
11 guards. The two positives that pass on both are a D-nummer's date part read back with `… hallo?` and a
date part in the answer to `Hva er personnummeret ditt?`, which `bare_answers` and the older rules already
found."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched

# Eleven digits with a right date and both control digits right (made for these tests).
_FNR = "120883 75236"
_FNR2 = "031095 59198"
_DNR = "451287 76455"


@pytest.mark.parametrize(("text", "part"), [
    # the date part read back alone, the whole number found later in the text
    (f"I: Jeg mistet deg der. Etter 120883?\nB: Seks, eh, hele er {_FNR}.", "120883"),
    (f"B: Hennes D-nummer er {_DNR}.\nI: Så 451287… hallo?", "451287"),
    # after a cue, no whole number anywhere
    ("B: Fødselsdatoen er 220766, resten vet jeg ikke.", "220766"),
    ("B: Han er født 031095 på sykehuset.", "031095"),
    ("B: De seks første er 451287, resten står i brevet.", "451287"),
    ("I: Hva er personnummeret ditt?\nB: Det starter med 120883, vent, jeg finner kortet.", "120883"),
])
def test_date_parts_are_found(text: str, part: str) -> None:
    assert covered(text, part) is not None


@pytest.mark.parametrize(("text", "part"), [
    ("B: Kontoen er i Fjordbanken. 1822 43... vent, jeg leser feil. 1822 43 90571.", "1822 43"),
    ("B: Ta jobbnummeret. 471 85… nei, vent litt. 471 85 306.", "471 85"),
    ("B: Mobilen er 92 40 – hallo? Er du der? Det var 92 40 17 63.", "92 40"),
])
def test_broken_off_groups_are_found(text: str, part: str) -> None:
    assert covered(text, part) is not None


def covered_last(text: str, part: str) -> bool:
    """Whether the last occurrence of `part` (a piece said after the whole number) is covered whole."""
    start = text.rindex(part)
    return any(s <= start and start + len(part) <= e for s, e, _k, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    (f"B: Den er {_FNR2}. Jeg sa 031095 først, og så resten etter pausen.", "031095"),
    ("B: 4903 18 27744 er kontoen. Jeg sa 4903 18, eh, før det brøt.", "4903 18"),
    ("B: Ring meg på 936 58 204.\nI: 936 58? Og så?", "936 58"),
])
def test_pieces_after_the_whole_number_are_found(text: str, part: str) -> None:
    assert covered_last(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("B: Omsetningen første del av året var 310517 kroner.", "310517"),
    ("B: Ordrenummeret er 180912, og fakturaen har nummer 100223.", "180912"),
    ("B: Ordrenummeret er 180912, og fakturaen har nummer 100223.", "100223"),
    ("I: Fødselsnummeret?\nB: Det vet jeg ikke. Vi solgte for 120883 kroner i fjor.", "120883"),
    ("B: Det var i 2019 2020, før alt stengte. Kontoen er 2019 20 48117.", "2019 2020"),
    ("B: Kurset kostet 1822… nei, 1850 kroner. Kontoen er 1822 43 90571.", "1850"),
    ("B: Vi sitter i rom 471, klokka 14.30. Nummeret er 471 85 306.", "471"),
    ("B: Strømmen var 412 33… nei, det var i fjor. Nå er det 560 kroner.", "412 33"),
    ("B: Prisen var 3201… nei, vent, 3210 kroner.", "3201"),
    ("B: Vi var 463 12… nei, 463 medlemmer i fjor. Mobilen min er 463 10 227.", "463 12"),
    ("B: De seks første ukene var tunge. Født 1990, kom hit i 2015.", "1990"),
])
def test_guards_stay(text: str, part: str) -> None:
    assert untouched(text, part)
