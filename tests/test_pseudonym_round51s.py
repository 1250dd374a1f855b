"""Round 51s rules: e-mail addresses said aloud with `minus`, `dash`, English `point` and `a med ring rundt`
(`spelled_emails`, `number_emails`), profile paths with `minus` (`said_addresses`), web addresses said with `i ett
ord` or `med bindestrek` (`said_contacts.said_domains`, read by `said_chains.chain_urls` since round 52c), passport numbers opening with letters as a recogniser
writes them (`lettered_ids`) or answered after the country's adjective (`said_contacts.country_passports`), ID
numbers said in words after `søknads-id`, `referanse-id`, `kundenummer` (`said_contacts.worded_ids`), and two clock
times joined by a dash, which are no telephone number (`said_contacts.clock_range`).

The strings are fresh, not those of `dev/d86s_*` or `dev/control_d68s`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "email"), [
    ("R: E-posten er sara, punktum, lind, førtito, a med ring rundt, gmail, punktum, com. Takk.",
     "sara, punktum, lind, førtito, a med ring rundt, gmail, punktum, com"),
    ("[00:00:12] R: den er olek minus nowak at onet point pl [rettet: olek-nowak@onet.pl]", "olek minus nowak at onet point pl"),
    ("[00:00:12] R: jobben er amal punktum said krøllalfa bydel minus grorud punktum no takk",
     "amal punktum said krøllalfa bydel minus grorud punktum no"),
    ("[00:00:12] R: skriv til mira dash haddad at yahoo dot com så svarer jeg", "mira dash haddad at yahoo dot com"),
    ("[00:00:12] R: den private er li point wei at qq point com", "li point wei at qq point com"),
])
def test_email_said_with_minus_dash_point_and_ring(text: str, email: str) -> None:
    assert covered(text, email) == "email"


@pytest.mark.parametrize(("text", "url"), [
    ("R: Nettsiden? Jeg sier alltid: berg elektro, i ett ord, punktum no.", "berg elektro, i ett ord, punktum no"),
    ("[00:00:20] R: den heter fjord maling med bindestrek prikk no [rettet: fjord-maling.no]",
     "fjord maling med bindestrek prikk no"),
    ("R: Den gamle var pekara sarajevo, i ett ord, punkt ba, men den er nede.", "pekara sarajevo, i ett ord, punkt ba"),
    ("[00:00:30] R: lenken er linkedin punktum com skråstrek in skråstrek ali minus hamid",
     "linkedin punktum com skråstrek in skråstrek ali minus hamid"),
])
def test_web_address_said_with_how_it_is_written(text: str, url: str) -> None:
    assert covered(text, url) == "url"


@pytest.mark.parametrize(("text", "number"), [
    ("[00:02:10] R: ja passnummer k null sju tre tre fem en to [rettet: K0733512] det er fornyet",
     "k null sju tre tre fem en to"),
    ("[00:02:10] R: det ukrainske passet fx fire null to to sju en [FX402271] er gyldig", "fx fire null to to sju en"),
    ("I: Passet ditt?\nR: Serbisk, 014773290. Det er nytt.", "014773290"),
    ("I: Passet?\nR: Gresk, 208813574, men det er utløpt.", "208813574"),
    ("[00:01:04] R: søknads id [søknads-ID] tre tre en åtte null null sju [3318007] kom i posten",
     "tre tre en åtte null null sju"),
    ("[00:01:04] R: søknads id [søknads-ID] tre tre en åtte null null sju [3318007] kom i posten", "3318007"),
    # Several words and a correction between the ID word and the number (the rebased rounds had five steps).
    ("[00:01:12] R: kundenummer hos lyse energi [rettet: Lyse Energi] er fire fire to null sju en åtte "
     "[rettet: 4420718] står på fakturaen", "fire fire to null sju en åtte"),
])
def test_numbers_said_with_letters_country_or_id_word(text: str, number: str) -> None:
    assert covered(text, number) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("[00:00:10] R: jeg jobber kveld fra klokka tjuetre til sju [rettet: 23.00–07.00] hver uke", "23.00–07.00"),
    ("R: Vakten er 22.30-06.30 på hverdager.", "22.30-06.30"),
    ("R: Sjefen sier at det skrives i ett ord, punktum.", "i ett ord"),
    ("R: Det passet bra, og søknaden står i brevet.", "passet bra"),
    ("I: Passet?\nR: Norsk, fornyet i fjor.", "Norsk"),
    ("R: Kundenummeret står på regningen, jeg husker det ikke.", "Kundenummeret"),
    ("R: Vi fikk minus poeng for at punktum manglet.", "minus poeng"),
])
def test_ordinary_words_and_hours_stay(text: str, part: str) -> None:
    assert untouched(text, part)
