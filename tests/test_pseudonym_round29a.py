"""Round 29a rules (issue 10): firms named by a family name and their trade in raw speech-recognition text in
lower case, the family name again alone, the centre after `på` behind such a firm, first names that are also
words after a family noun and its possessive, a surname with a particle said apart and then written joined
(`caseless_firms`); postcodes said apart from their street after its full stop, put right in the turn after a
read-back, and read back opening the next turn, in cased and lower-case text (`postcode_apart`).

The sentences are fresh ones in the classes of held-out 27's misses and `dev/d55`/`d55b`, not their text.
On the old rules (main at c16b33b) 19 of the 33 tests fail: all 19 positives; the 14 guards pass on both."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched

_OPENING = ("da er opptaket i gang og vi skal snakke litt om hvordan det går på jobben og på kurset nå\n"
            "ja det går bra vi har mye å gjøre før ferien og jeg lærer noe nytt hver eneste uke på skolen\n")


def covered_at(text: str, context: str, word: str) -> str | None:
    """The kind of the replacement that covers `word` where it opens `context`, or None."""
    start = text.index(context)
    return next((kind for s, e, kind, _o in finds(text) if s <= start and start + len(word) <= e), None)


def asr(*turns: str) -> str:
    """A raw transcript without case, stops or labels: the shared opening, then the turns."""
    return _OPENING + "".join(f"{t}\n" for t in turns)


@pytest.mark.parametrize(("turn", "part", "kind"), [
    ("nå har jeg læretid hos sæbø lakk og karosseri i florø", "sæbø lakk og karosseri", "org"),
    ("hun kjøpte vinterdekk hos lerstad dekk og felg i fjor", "lerstad dekk og felg", "org"),
    ("han er verksmester på sunde bil på kokstad", "sunde bil", "org"),
    ("min bror jobber på nordli redningstjeneste om natta", "nordli redningstjeneste", "org"),
    ("mentoren sier han skal ringe hovde o kleppe neste uke", "hovde o kleppe", "org"),
    ("hun har praksis hos grønning optikk på amfisenteret", "grønning optikk", "org"),
    ("og så bor jeg sammen med datteren min siv og sønnen min", "siv", "person"),
    ("jeg heter karim abu zaid og jeg er fra jordan", "karim abu zaid", "person"),
])
def test_lower_case_firms_and_names(turn: str, part: str, kind: str) -> None:
    assert covered(asr(turn), part) == kind


def test_a_trade_firms_family_name_comes_again_alone() -> None:
    text = asr("han er verksmester på sunde bil på kokstad", "i går ringte sunde og sa at de vil ha meg")
    assert covered_at(text, "sunde og sa", "sunde") == "org"


def test_a_first_name_that_is_a_word_comes_again_after_nei() -> None:
    text = asr("og så bor jeg sammen med datteren min siv og sønnen min", "nei siv har fått jobb i barnehagen")
    assert covered_at(text, "siv har", "siv") == "person"


def test_a_surname_said_apart_comes_again_joined() -> None:
    text = asr("jeg heter karim abu zaid og jeg er fra jordan", "e-posten har abuzaid skrevet i ett ord")
    assert covered(text, "abuzaid") == "person"


def test_the_centre_after_a_firm_is_a_place() -> None:
    text = asr("hun har praksis hos grønning optikk på lagunen tre dager i uka")
    assert covered(text, "lagunen") == "place"


@pytest.mark.parametrize(("turn", "part"), [
    ("ja bil og dekk er det meste vi gjør på verkstedet", "bil og dekk"),
    ("vi kjøpte brukt bil og nye dekk i vår", "brukt bil"),
    ("han jobber mye med bil og dekk om høsten", "bil og dekk"),
    ("kona mi sier at vi må spare penger", "sier"),
    ("kona mi også hun er på kurs", "også"),
    ("jeg jobber i butikken og hos frisøren på senteret", "senteret"),
    ("kona mi jobber hos grønning optikk på lageret om dagen", "lageret"),
    ("jeg har bodd her siden 2019. nei 2018 det var før pandemien", "2018"),
])
def test_lower_case_trade_talk_and_numbers_stay(turn: str, part: str) -> None:
    assert untouched(asr(turn), part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Kontoret ligger i Havnegata 12. Åtte null null en. Det er i andre etasje.", "Åtte null null en"),
    ("Mentee: Send det til Fabrikkveien 6. 3015. Han henter posten selv.", "3015"),
    ("Mentor: Du kan komme innom, Øvre Lerkeslottet 7. Fire null en en. Jeg er der hver dag.", "Fire null en en"),
    ("Mentor: Du kan komme innom, Øvre Lerkeslottet 7. Fire null en en. Jeg er der hver dag.", "Øvre Lerkeslottet 7"),
    ("I: Postnummer?\nMentee: Fem null null tre.\nI: 5003 Bergen?\nMentee: Nei, vent, det er 5004.", "5004"),
    ("I: Og postnummeret?\nMentee: 5003 Bergen.\nI: 5003. Fint.", "5003. Fint"),
])
def test_postcodes_said_apart_put_right_and_read_back(text: str, part: str) -> None:
    target = part.split(".")[0] if part.endswith("Fint") else part
    start = text.rindex(target) if part.endswith("Fint") else text.index(target)
    assert any(s <= start and start + len(target) <= e and k == "address" for s, e, k, _o in finds(text))


def test_a_postcode_read_back_alone_in_lower_case() -> None:
    text = asr("adressen er lindeveien 4 5251 søreidgrend", "5251", "ja det stemmer")
    start = text.index("\n5251\n") + 1
    assert any(s <= start and start + 4 <= e for s, e, _k, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Vi flyttet hit i 2019. 2020 var et bedre år for oss.", "2020"),
    ("I: Rom 2104?\nMentee: Nei, vent, det er 2105.", "2105"),
    ("Mentee: Jeg bor i Storgata 5. 2019 flyttet vi inn.", "2019"),
    ("Mentee: Det kostet 4500. Nei vent, 4800 med montering.", "4800"),
    ("Mentee: Vi tok, eh, Buss 22. 1200 kroner for kortet.", "Buss 22"),
    ("I: Hvilket år kom du?\nMentee: 2015.\nI: 2015. Takk.", "2015. Takk"),
])
def test_years_prices_and_rooms_after_a_stop_stay(text: str, part: str) -> None:
    assert untouched(text, part.split(".")[0] if "Takk" not in part else part)
