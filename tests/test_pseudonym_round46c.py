"""Round 46c rules (issue 10): answers and study frames in an automatic transcription without capitals or question
marks (`caseless_answers`): a telephone number said in words after a turn about a telephone or after `det er`, a
university or school after `studerte ved`, `gikk på`, `tok master ved`, a bank before an account number, and a union
given as the answer to a membership question in the turn before.

Guards: counts and amounts in words after `det er`, ordinary words after the study frames, `nav` before an account
number, a membership answer with no name, and ordinary words that are also the name of a union.

The strings are fresh, not those of `dev/d81c_*` or `dev/control_d63c`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

# A caseless opening long enough for the text to count as written without case.
_OPEN = ("I: da starter vi opptaket nå og jeg retter ikke teksten etterpå så bare snakk fritt om det du vil\n"
         "R: ok det går fint jeg har god tid i dag og kan fortelle om jobben og familien og det meste\n")


@pytest.mark.parametrize(("turns", "number"), [
    ("I: kan du gi meg mobilnummeret til søsteren din\nR: ja hun sa det var greit det er fire sju tre en to "
     "null åtte fem og hun svarer om kvelden", "fire sju tre en to null åtte fem"),
    ("I: har du et nummer vi kan ringe hvis du ikke svarer\nR: ja jobben sa at det er nitti tre tolv førtifem "
     "sytti åtte", "nitti tre tolv førtifem sytti åtte"),
    ("I: og telefonen til naboen din\nR: vent litt det er fem to åtte åtte null ni sju tre",
     "fem to åtte åtte null ni sju tre"),
    ("I: og hvem skal vi kontakte hvis noe skjer\nR: svigerfaren min det er åtte åtte fire to sju null seks en",
     "åtte åtte fire to sju null seks en"),
])
def test_phone_in_words_after_a_phone_turn_or_det_er(turns: str, number: str) -> None:
    assert covered(_OPEN + turns, number) == "phone"


@pytest.mark.parametrize(("turns", "school"), [
    ("I: hva gjorde du før\nR: jeg studerte ved universidade agostinho neto i luanda i fire år",
     "universidade agostinho neto"),
    ("I: og broren din\nR: han tok master ved école polytechnique de thiès og så kom han hit",
     "école polytechnique de thiès"),
    ("I: og kona di\nR: hun studerte ved universitetet i nordland og jobber nå som lærer",
     "universitetet i nordland"),
    ("I: hva med datteren din\nR: hun gikk på bjørknes og bor i studentbyen", "bjørknes"),
])
def test_school_after_a_study_frame(turns: str, school: str) -> None:
    assert covered(_OPEN + turns, school) == "org"


@pytest.mark.parametrize(("turns", "bank"), [
    ("I: vi trenger kontonummeret til utbetalingen\nR: ja sbanken 36241709528 den har jeg brukt lenge", "sbanken"),
    ("I: og kona di\nR: ja hun har dnb 97103388264 men hun bytter snart", "dnb"),
])
def test_bank_before_an_account_number(turns: str, bank: str) -> None:
    assert covered(_OPEN + turns, bank) == "org"


@pytest.mark.parametrize(("turns", "union"), [
    ("I: er du med i en fagforening\nR: ja econa de hjelper meg med lønnen", "econa"),
    ("I: har mannen din meldt seg inn i noen forening\nR: ja negotia siden i fjor", "negotia"),
    ("I: er du organisert\nR: ja fagforbundet de har kurs for nye", "fagforbundet"),
])
def test_union_answer_after_a_membership_question(turns: str, union: str) -> None:
    assert covered(_OPEN + turns, union) == "org"


@pytest.mark.parametrize(("turns", "part"), [
    ("I: hvor mange ganger har du ringt dem\nR: det er tre to ganger i uka", "tre to ganger"),
    ("I: har du telefonnummeret til nav\nR: ja det er på nettsiden og de svarer fra åtte til fire",
     "fra åtte til fire"),
    ("I: hvor mange søknader\nR: det er to fire seks åtte ti tolv fjorten seksten i alt",
     "to fire seks åtte ti tolv fjorten seksten"),
    ("I: hva koster det\nR: det er fire hundre og tjue kroner i timen", "fire hundre og tjue"),
    ("I: hva studerte du\nR: jeg studerte ved siden av jobben og gikk på kurs om kvelden", "siden"),
    ("I: hva studerte du\nR: jeg studerte ved siden av jobben og gikk på kurs om kvelden", "kurs"),
    ("I: hva med skolen\nR: jeg gikk på skolen hjemme og studerte ved universitetet i fjor", "universitetet i fjor"),
    ("I: hvem betaler ut\nR: ja nav 60234511877 det kommer hver fjortende dag", "nav"),
    ("I: er du med i en fagforening\nR: ja fagforeningen på jobben men jeg rekker ikke å delta", "fagforeningen"),
    ("I: er du med i en fagforening\nR: ja delta på møtene gjør jeg ikke", "delta"),
    ("I: har du meldt deg inn i noen forening\nR: nei jeg er parat til å gjøre det senere", "parat"),
])
def test_caseless_look_alikes_stay(turns: str, part: str) -> None:
    assert untouched(_OPEN + turns, part)
