"""Round 43i rules (issue 10): ID numbers and birth dates given as the value that opens the answer to a turn naming
their label, in any spoken form, and the same value read back by the asker in the turn after (`asked_answers`).

Guards: answers to a question naming no label (a deadline, an amount, a year, a clock time, a room, an agenda
item), answers after a label that open with words or give a count, an age or a year alone, and a date of an event.

The sentences are fresh ones in the generated classes the rules missed (numbers generated with valid mod-11 check
digits for this file), not the text of the round's development data.
"""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("I: Og fødselsnummeret ditt?\nR: 120587, en tre åtte tre åtte.", "120587, en tre åtte tre åtte"),
    ("S: Personnummeret, da?\nR: Ja, det er 300173 … øh … 00063.", "300173 … øh … 00063"),
    ("P: Fødselsnummer:\nD: Vent litt … null åtte null åtte nittifem … 37038.", "null åtte null åtte nittifem … 37038"),
    ("S: Og D-nummeret?\nR: 610691, eh … 28644.", "610691, eh … 28644"),
])
def test_identity_number_in_any_form_answering_its_label_is_found(text: str, part: str) -> None:
    assert covered(text, part) in ("idnumber", "number")


@pytest.mark.parametrize(("text", "part"), [
    ("S: Kan du lese opp kontonummeret?\nR: Den er 7821, eh, 47, eh, 01692.", "7821, eh, 47, eh, 01692"),
    ("P: Kontonummer:\nD: 365501 … 73004.", "365501 … 73004"),
    ("S: Hvilket kontonummer skal pengene til?\nR: Det er 2728 49 … nei, vent, 2728 49 18431.",
     "2728 49 … nei, vent, 2728 49 18431"),
    ("I: Og organisasjonsnummeret?\nR: Det står 965.145.613 på fakturaen.", "965.145.613"),
    ("I: Firmaet har organisasjonsnummer?\nR: Ja. 885 646, eh, 220.", "885 646, eh, 220"),
    ("I: Og HPR-nummeret?\nR: Eh, 912, eh, 4407.", "912, eh, 4407"),
    ("S: Har du referansenummeret?\nR: Ja, det er 2025, eh, 04409.", "2025, eh, 04409"),
])
def test_other_id_number_answering_its_label_is_a_number(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("S: Når er du født?\nR: Det er tolv, fem, åttisju.", "tolv, fem, åttisju"),
    ("P: Fødselsdato:\nD: Eh, åtte i åttende, nittifem.", "åtte i åttende, nittifem"),
    ("S: Hva var fødselsdatoen din igjen?\nR: Det er tretti, en, syttitre.", "tretti, en, syttitre"),
    ("S: Og fødselsdatoen til sønnen?\nR: 21/6-91.", "21/6-91"),
    ("P: Fødselsdato:\nD: Det står 120587 i passet.", "120587"),
])
def test_birth_date_in_any_form_answering_its_label_is_a_date(text: str, part: str) -> None:
    assert covered(text, part) == "date"


@pytest.mark.parametrize(("text", "part"), [
    ("S: Hva er HPR-nummeret ditt?\nR: 912 4407.\nS: 912 4407?\nR: Ja.", "912 4407?"),
    ("S: Passnummeret?\nR: PB 5532019.\nS: PB 5532019, stemmer det?\nR: Ja.", "PB 5532019,"),
    ("S: Når er du født?\nR: Det er tolv, fem, åttisju.\nS: Så tolv, fem, åttisju?\nR: Ja.", "tolv, fem, åttisju?"),
    ("S: Og kontonummeret?\nR: 365501 73004.\nS: 365501 73004?\nR: Ja.", "365501 73004?"),
])
def test_value_read_back_by_the_asker_is_found_again(text: str, part: str) -> None:
    start = text.rindex(part.rstrip("?,"))  # the read-back, not the answer
    end = start + len(part.rstrip("?,"))
    assert any(s <= start and end <= e for s, e, _kind, _original in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("S: Når er fristen?\nR: Tjuende mars.\nS: Tjuende mars?\nR: Ja.", "Tjuende mars"),
    ("S: Hvor mye fikk du?\nR: Eh, 12 400 kroner.", "12 400"),
    ("S: Hvilket år kom du?\nR: 2017, tror jeg.", "2017"),
    ("S: Når passer det?\nR: Halv ni, eller 9.45.", "9.45"),
    ("S: Hvilket rom?\nR: Rom 214.", "214"),
    ("S: Hvor gammel er du?\nR: Trettisju.", "Trettisju"),
    ("S: Og saksnummeret?\nR: Det husker jeg ikke, men brevet kom 14. mai.", "14. mai"),
    ("S: Når er du født?\nR: I nittenåttini, om våren.", "nittenåttini"),
    ("S: Fødselsnummeret har vi. Hvor mange barn har du?\nR: Fire, og ett til i juni.", "Fire"),
    ("S: Kontonummeret?\nR: Det står på lønnsslippen fra 1. desember.", "1. desember"),
    ("P: Startdato:\nD: Andre januar, to tusen og tjuefem.", "to tusen og tjuefem"),
    ("S: Har du D-nummer?\nR: Nei, men jeg har søkt for tre uker siden.", "tre uker"),
])
def test_look_alikes_in_the_same_frames_stay(text: str, part: str) -> None:
    assert untouched(text, part)
