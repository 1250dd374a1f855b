"""Round 22 recall rules (issue 10), each class with a guard: numbers read back in words on a telephone line,
the country code said in words, spelled e-mail addresses, house numbers, postcodes and case numbers in words,
and `port`/`bygning` after an address.

The sentences are fresh ones in the forms of held-out 18's misses, not its text."""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def _found(text: str) -> dict[str, str]:
    return {r.original: r.kind for r in Pseudonymizer().find(text)}


def _covered(text: str, part: str) -> str | None:
    """The kind of the replacement that covers `part` whole, or None."""
    start = text.index(part)
    for r in Pseudonymizer().find(text):
        if r.start <= start and start + len(part) <= r.end:
            return r.kind
    return None


# 1. A number read back in words by the interviewer, the same kind as where it was first given.
@pytest.mark.parametrize("text, part, kind", [
    ("Mentee: Mobilen er 413 27 806.\n\nI: Jeg gjentar: fire en tre, to sju, åtte null seks?",
     "fire en tre, to sju, åtte null seks", "phone"),
    ("Mentee: Kona har 0047 944 18 270.\n\nI: Null null fire sju, ni fire fire, en åtte, to sju null?",
     "Null null fire sju, ni fire fire, en åtte, to sju null", "phone"),
    ("Mentee: Det er 913 40 552.\n\nI: Har jeg riktig: ni en tre, førti, femtifem, to?",
     "ni en tre, førti, femtifem, to", "phone"),
    ("Mentee: Vedtaket har saksnummer 23/4471.\n\nI: To tre skråstrek fire fire sju en?",
     "To tre skråstrek fire fire sju en", "number"),
    ("Mentee: Jeg bor i Åsveien 3, 5067 Bergen.\n\nI: Fem null seks sju, sa du?", "Fem null seks sju", "address"),
])
def test_read_back_in_words(text: str, part: str, kind: str) -> None:
    assert _covered(text, part) == kind


# 2. The country code said in words is a telephone number by itself, with no telephone word near.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Mitt er likt: pluss fire sju, nittiåtte, tolv, trettifire, femtiseks.",
     "pluss fire sju, nittiåtte, tolv, trettifire, femtiseks"),
    ("Mentee: Hans er null null fire sju, fire en, to to, tre tre, fire fire.",
     "null null fire sju, fire en, to to, tre tre, fire fire"),
])
def test_country_code_in_words(text: str, part: str) -> None:
    assert _covered(text, part) == "phone"


# 3. An e-mail address spelled letter by letter, with hyphens or spaces, commas between the parts.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Den private er s-a-l-m-a, punktum, h-u-s-e-i-n, krøllalfa, hotmail, punktum, com.",
     "s-a-l-m-a, punktum, h-u-s-e-i-n, krøllalfa, hotmail, punktum, com"),
    ("Mentee: Skriv k o f i understrek b, alfakrøll, online, prikk, no, så kommer det fram.",
     "k o f i understrek b, alfakrøll, online, prikk, no"),
    ("Mentee: Den er amina, bindestrek, y, krøllalfa, gmail, punktum, com.",
     "amina, bindestrek, y, krøllalfa, gmail, punktum, com"),
])
def test_spelled_email(text: str, part: str) -> None:
    assert _covered(text, part) == "email"


# 4. A house number in words after a street's name, `nummer` allowed, a postcode in words before a place.
@pytest.mark.parametrize("text, part", [
    ("I: Kirkegata hundre og tolv?", "Kirkegata hundre og tolv"),
    ("Mentee: Vi møtes i Strandvegen nummer fjorten hver fredag.", "Strandvegen nummer fjorten"),
    ("I: Sjøgata sju, åtte null null seks Bodø?", "Sjøgata sju"),
    ("I: Sjøgata sju, åtte null null seks Bodø?", "åtte null null seks Bodø"),
    ("I: Fabrikkgata tjueen, bygg D?", "Fabrikkgata tjueen, bygg D"),
])
def test_house_number_and_postcode_in_words(text: str, part: str) -> None:
    assert _covered(text, part) == "address"


# 5. A case number in words with `skråstrek`, after its label, with no digits said before.
def test_case_number_in_words_after_label() -> None:
    text = "Mentee: Saksnummeret er to fem skråstrek tre tre en null."
    assert _covered(text, "to fem skråstrek tre tre en null") == "number"


# 6. `port`, `bygning` and `fløy` after a street address belong to the address.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Verkstedet er i Fabrikkveien 9, port 2, 5035 Bergen.", "Fabrikkveien 9, port 2"),
    ("Mentee: Kontoret er i Havnegata 4, bygning B, helt nede.", "Havnegata 4, bygning B"),
])
def test_dwelling_detail_port_and_building(text: str, part: str) -> None:
    assert _covered(text, part) == "address"


# Guards: counts, amounts, times, dates, ages, scores and ranks read back stay; a street with a count stays.
@pytest.mark.parametrize("text", [
    "Mentee: Tre ganger i uka.\n\nI: Gjentar: tre ganger i uka?",
    "Mentee: Jeg er nummer to på lista.\n\nI: Nummer to på lista, har jeg riktig?",
    "Mentee: Åtte tusen fire hundre og femti kroner.\n\nI: Åtte tusen fire hundre og femti, sa du?",
    "Mentee: Fjortende mars, klokka halv ni.\n\nI: Fjortende mars klokka halv ni, stemmer det?",
    "Mentee: Barna er fire, sju, elleve og fjorten.\n\nI: Fire, sju, elleve og fjorten år?",
    "Mentee: De vant seks to, og før det tre null.\n\nI: Seks to og tre null?",
    "Mentee: Jeg har ikke mobil nå.\n\nI: Hvor mange timer jobber du? Tjueseks, tjuesju, trettito?",
    "Mentee: To pluss fire er seks, sa læreren.",
    "Mentee: Han sa at det var slutt, punktum.",
])
def test_guards_stay(text: str) -> None:
    assert _found(text) == {}


def test_counts_read_back_beside_a_phone_stay() -> None:
    text = ("Mentee: Nummeret er 413 27 806.\n\nI: Og hvor mange timer jobber du?\n\n"
            "Mentee: Tjueseks, tjuesju timer.\n\nI: Tjueseks, tjuesju?")
    assert set(_found(text)) == {"413 27 806"}


@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg har vært på Torget tre ganger i år.", "Torget tre"),
    ("Mentee: Vi bodde i Bakken to, tre år før vi flyttet.", "Bakken to"),
    ("Programleder: Takk alle tre, det var en fin samtale.", "Takk alle tre"),
])
def test_street_name_with_a_count_is_no_address(text: str, part: str) -> None:
    assert _covered(text, part) != "address"


# 1b. Other identifiers read back: a fødselsnummer, a reference with `bindestrek`; a house letter and a postcode
# in pairs after a house number in words.
@pytest.mark.parametrize("text, part, kind", [
    ("Mentee: Fødselsnummeret er 17038901710.\n\nI: En sju null tre åtte ni, null en sju en null?",
     "En sju null tre åtte ni, null en sju en null", "idnumber"),
    ("Mentee: Saken har referanse 2024-118833.\n\nI: To null to fire bindestrek en en åtte åtte tre tre?",
     "To null to fire bindestrek en en åtte åtte tre tre", "number"),
    ("I: Lerstadvegen hundre og åttiåtte B, førti, seksten Stavanger?",
     "Lerstadvegen hundre og åttiåtte B, førti, seksten Stavanger", "address"),
])
def test_other_read_backs(text: str, part: str, kind: str) -> None:
    assert _covered(text, part) == kind


# A number that equals a house number stays where it is an amount, or where nobody repeats or confirms.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg bor i Storgata 120.\n\nI: Hva kostet det?\n\nMentee: Hundre og tjue kroner.", "Hundre og tjue"),
    ("Mentee: Jeg bor i Storgata 120.\n\nMentee: Vi var hundre og tjue på festen.", "hundre og tjue"),
])
def test_house_number_digits_elsewhere_stay(text: str, part: str) -> None:
    assert _covered(text, part) is None


# 2b-4b. The country code with its ten and one said apart or joined; an e-mail with `bindestrek` or `krøll-alfa`
# and `dot`; `, nummer` after the street.
@pytest.mark.parametrize("text, part, kind", [
    ("Mentee: Min er pluss førti sju, nittiåtte, tolv, trettifire, femtiseks.",
     "pluss førti sju, nittiåtte, tolv, trettifire, femtiseks", "phone"),
    ("Mentee: Hans er null null førtisju, ni en, to to, tre tre, fire fire.",
     "null null førtisju, ni en, to to, tre tre, fire fire", "phone"),
    ("Mentee: Den er salma bindestrek husein krøllalfa outlook punktum com.",
     "salma bindestrek husein krøllalfa outlook punktum com", "email"),
    ("Mentee: Den er s a l m a punktum h u s e i n krøll-alfa outlook dot com.",
     "s a l m a punktum h u s e i n krøll-alfa outlook dot com", "email"),
    ("Mentee: Vi bor i Kirkegata, nummer hundre og tolv.", "Kirkegata, nummer hundre og tolv", "address"),
])
def test_more_forms_said_aloud(text: str, part: str, kind: str) -> None:
    assert _covered(text, part) == kind
