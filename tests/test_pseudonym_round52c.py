"""Round 52c rules (`said_chains`): contact details said aloud read as one chain of words and spoken signs.
An at-word with a user part before it and a domain ending in a top-level domain after it is an e-mail address,
whatever the separators (`i ett ord` before the at-word, `alfa` as the at-sign); labels, a dot word, a
top-level domain and a path after `skråstrek` (segments joined by `underscore` too) are a web address; a street
name and a house number in words is an address.

The strings are fresh, not those of `dev/d87c_*` or `dev/control_d69c`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "email"), [
    ("[00:00:12] R: den er bjornkokk, i ett ord, krøllalfa, online, punktum, no", "bjornkokk, i ett ord, krøllalfa, online, punktum, no"),
    ("R: Skriv til salg, alt i ett ord, krøllalfa, tindbakeri, punktum, no, så svarer vi.",
     "salg, alt i ett ord, krøllalfa, tindbakeri, punktum, no"),
    ("[00:00:20] R: sjefen har per punkt dahl alfa tide punkt no", "per punkt dahl alfa tide punkt no"),
])
def test_email_chain_with_written_word_or_alfa(text: str, email: str) -> None:
    assert covered(text, email) == "email"


@pytest.mark.parametrize(("text", "url"), [
    ("[00:00:30] R: bildene er på instagram punktum com skråstrek amir underscore bakst",
     "instagram punktum com skråstrek amir underscore bakst"),
    ("R: Koden ligger på github punkt com skråstrek lina underscore ng skråstrek budsjett.",
     "github punkt com skråstrek lina underscore ng skråstrek budsjett"),
])
def test_web_address_chain_with_underscore_path(text: str, url: str) -> None:
    assert covered(text, url) == "url"


@pytest.mark.parametrize(("text", "address"), [
    ("[00:01:02] R: kontoret er i sandviksveien førtiåtte", "sandviksveien førtiåtte"),
    ("[00:01:02] R: vi bor i sagveien hundreogni og har hage", "sagveien hundreogni"),
])
def test_street_with_house_number_in_words(text: str, address: str) -> None:
    assert covered(text, address) == "address"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Vi møtes klokka åtte punktum Ta med matpakke punktum Ny linje.", "punktum Ta"),
    ("R: Hun sa at skolen punkt no var viktig, ikke noe annet.", "skolen punkt no"),
    ("R: Tretti minus fem er tjuefem, og det er i minus.", "minus fem"),
    ("R: Jeg tar norsk skråstrek samfunnsfag på kveldstid.", "norsk skråstrek samfunnsfag"),
    ("R: Vi gikk storgata to ganger og bodde i granveien fire fem år.", "granveien fire"),
    ("R: Look at the numbers, sa hun, og at the end of the day er det kundene.", "at the end"),
    ("R: Arbeidsplass skrives i ett ord, punktum.", "i ett ord"),
])
def test_ordinary_words_like_chain_parts_stay(text: str, part: str) -> None:
    assert untouched(text, part)
