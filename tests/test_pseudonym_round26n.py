"""Round 26n recall rules (issue 10) for contact details and birth dates in speech, each class with guards:
e-mail addresses said aloud with a number in words inside the local part; postcodes said in words after their
label, put right after a postcode, or said again; streets whose street word stands apart with a capital; whole
birth dates further into the answer to a question about a birth date, an age or a fødselsnummer.

The sentences are fresh ones in the forms of held-out 24's and `dev/d43`/`d44`'s misses, not their text. On
the old rules (main at a7e94ba) 21 of the 40 tests fail: every positive but one (`Kvernberget Brygge 3 B` after
`flyttet til`, which the old address-said rule read); every guard passes on both."""

from __future__ import annotations

import pytest

from probe_support import covered as _covered
from probe_support import untouched as _untouched


# 1. E-mail addresses said aloud with a number in words inside the local part.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Skriv til meg på amina punktum yusuf trettito krøllalfa outlook punktum com, det er best.",
     "amina punktum yusuf trettito krøllalfa outlook punktum com"),
    ("Mentee: Ja (.) pkarlsen åttini alfakrøll online punktum no.", "pkarlsen åttini alfakrøll online punktum no"),
    ("Mentee: Den nye er tesfaye understrek girma null fire at gmail punktum com.",
     "tesfaye understrek girma null fire at gmail punktum com"),
    ("Mentee: Jobbadressen er l bindestrek osei to tusen og ni krøllalfa student punktum uio punktum no.",
     "l bindestrek osei to tusen og ni krøllalfa student punktum uio punktum no"),
    ("I: Noterer: Yaw punktum Mensah femtifem krøllalfa hotmail punktum com?",
     "Yaw punktum Mensah femtifem krøllalfa hotmail punktum com"),
    ("Mentee: Y-a-w, femtifem, krøllalfa, hotmail punktum com.", "Y-a-w, femtifem, krøllalfa, hotmail punktum com"),
])
def test_emails_with_number_words(text: str, part: str) -> None:
    assert _covered(text, part) == "email"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Nå er det sigrun sekstien at gmail punktum com.", "Nå er det"),
    ("Mentee: Det er null sju at hotmail punktum com, tror jeg.", "Det er"),
    ("Mentee: Send det på e-post, så svarer jeg innen to dager.", "to dager"),
    ("Mentee: Jeg glemmer punktum, og krøllalfa finner jeg ikke på tastaturet.", "krøllalfa"),
    ("Mentee: Hun var tretti at the time, punktum.", "tretti"),
])
def test_email_talk_and_words_before_an_address_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# 2. Postcodes said in words where a postcode is talked of.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Vi bor i Furuvegen 9, 3816 Bø. Nei, unnskyld, tre åtte en sju.", "tre åtte en sju"),
    ("I: Postnummer 5261?\nMentee: Nei, vent, det er 5262. Jeg husker det aldri. Fem to seks to.", "Fem to seks to"),
    ("Mentee: Hytta har postnummeret åtti, femten.", "åtti, femten"),
    ("Mentee: Den ligger på Geilo. Postnummeret? Tre fem åtti.", "Tre fem åtti"),
    ("I: Og postnummeret der?\nMentee: Ni null fem ni.", "Ni null fem ni"),
    ("Mentee: Til Sagveien 4, 1940 Bjørkelangen. Eller, nei, en ni fire en, de flyttet.", "en ni fire en"),
])
def test_postcodes_in_words(text: str, part: str) -> None:
    assert _covered(text, part) == "address"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Koden til skapet er sju null tre fem, men den er byttet nå.", "sju null tre fem"),
    ("Mentee: Tallene på lotto var seks, null, en, fem og noe mer.", "seks, null, en, fem"),
    ("Mentee: Vi bor i Furuvegen 9, 3816 Bø. Rommet til sønnen er to null fire.", "to null fire"),
    ("Mentee: Postnummeret er 3816 Bø. Vi var fire to kroner unna, nei, fire fem kroner.", "fire fem"),
    ("I: Og postnummeret der?\nMentee: Det vet jeg ikke. Vi var tolv, tretten på kurset.", "tolv, tretten"),
])
def test_digit_words_that_are_no_postcode_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# 3. Streets whose street word is a capitalised word of its own.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Brevet kom til Solhaug Terrasse 14, så jeg fikk det.", "Solhaug Terrasse 14"),
    ("Mentee: Butikken er flyttet til Kvernberget Brygge 3 B i vår.", "Kvernberget Brygge 3 B"),
    ("Mentee: Nedre Løkka 12, andre etasje.", "Nedre Løkka 12"),
    ("Mentee: Skriv Gamle Kai 5 på pakken.", "Gamle Kai 5"),
    ("Mentee: Vi møtes ved Kong Håkons Plass 1.", "Kong Håkons Plass 1"),
])
def test_streets_with_a_street_word_apart(text: str, part: str) -> None:
    assert _covered(text, part) == "address"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Vi så Jurassic Park 3 i går kveld.", "Jurassic Park 3"),
    ("Mentee: Vi har gått over Fjordby Bryggen 4 ganger i år.", "4 ganger"),
    ("Mentee: Skriv det på lappen, ikke i Torg 2-skjemaet.", "Torg 2"),
])
def test_titles_and_counts_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# 4. Whole birth dates later in the answer to a question about a birth date, an age or a fødselsnummer.
@pytest.mark.parametrize("text, part", [
    ("I: Og fødselsnummeret ditt, stemmer det?\nMentee: Ja. Ja, det gjør det. Sjette juli syttifire.",
     "Sjette juli syttifire"),
    ("I: Hvor gammel er du?\nMentee: Hehe, gjett. Nei da. Tolvte i fjerde, nittito.", "Tolvte i fjerde, nittito"),
    ("I: Hva er fødselsdatoen din?\nMentee: Hm. Vent litt. Det står på kortet. 08.11.1989.", "08.11.1989"),
    ("I: Når er dattera di født?\nMentee: Hun? Hun er — eh — femte i niende, to tusen og ti.",
     "femte i niende, to tusen og ti"),
    ("I: Når er sønnen født?\nMentee: I juli. Tjuende juli 2014.\nI: Og den minste?\nMentee: Hun er liten. "
     "Den tredje mars 2021.", "tredje mars 2021"),
])
def test_birth_dates_later_in_the_answer(text: str, part: str) -> None:
    assert _covered(text, part) == "date"


@pytest.mark.parametrize("text, part", [
    ("I: Hvor gammel er du?\nMentee: Trettifem. Jeg begynte på jobben fjerde januar.", "fjerde januar"),
    ("I: Når er du født?\nMentee: I 1991. Vi kom til Norge 12.05.2009, hele familien.", "12.05.2009"),
    ("I: Har du bursdag snart?\nMentee: Nei. Men fristen er 01.03.2027, så jeg har mye å gjøre.", "01.03.2027"),
    ("I: Hvor gammel var du da?\nMentee: Tjue. Møtet var den tjuende mars 2015, husker jeg.",
     "tjuende mars 2015"),
    ("I: Hva gjør du i helgene?\nMentee: Lite. Vi reiser sjuende august 2026.", "sjuende august 2026"),
])
def test_dates_of_other_things_stay(text: str, part: str) -> None:
    assert _untouched(text, part)
