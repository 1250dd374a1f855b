"""Round 60b rules: a foundation or bank word before a bank's acronym is no product brand (`look_alikes`); chains'
staff after `folk fra`, a firm given as an example of customers, a festival volunteered at, a union after caseless
`fagforeningen`, a small firm after caseless `firma som`, and foundations named by their compound (`example_frames`).

Every positive below is missed by 604f202's rules (the base of the round); the guards (common nouns, regions,
public bodies, holidays and dictionary words in the same frames) stay, and the neighbours stay found.

The strings are fresh, not those of `dev/d103b_*`, `dev/control_d85b` or held-out 66 and 67."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_FOUND = [
    # a bank's acronym after a foundation word, and the same bank holding an account
    ("Mentee: Lønna kommer på konto 1503.42.49528 i DNB. Vi søkte også penger fra Sparebankstiftelsen DNB.", "DNB"),
    ("Mentor: Vi har fått midler fra Sparebankstiftelsen DNB til kurset.", "Sparebankstiftelsen DNB"),
    # a foundation by its compound
    ("Mentor: Vi har søkt penger fra mange. Gjensidigestiftelsen sa nei i fjor.", "Gjensidigestiftelsen"),
    # listed chains after people and `fra`, at a fair
    ("Mentee: På rekrutteringsdagen snakket jeg med folk fra Elkjøp og Clas Ohlson.", "Elkjøp"),
    ("Mentee: På rekrutteringsdagen snakket jeg med folk fra Elkjøp og Clas Ohlson.", "Clas Ohlson"),
    ("Mentee: På messa kom det en dame fra Biltema og spurte om CV-en min.", "Biltema"),
    # a bare firm as an example after a customer group
    ("Mentee: Vi har faste kunder blant apotekene. Boots, for eksempel.", "Boots"),
    ("Mentee: Vi har kunder blant dagligvarekjedene. Rema, kanskje.", "Rema"),
    # a festival volunteered at
    ("Mentee: Naboen tok meg med på RIBBE som frivillig i fjor.", "RIBBE"),
    # a caseless union after `fagforeningen`
    ("[00:01:10] deltaker: jeg er med i fagforeningen fellesforbundet fordi jeg jobber på bygg", "fellesforbundet"),
    ("[00:01:10] deltaker: kona er med i fagforeningen handel og kontor i norge fordi hun jobber i butikk",
     "handel og kontor i norge"),
    ("[00:01:10] deltaker: jeg er i fagforeningen norsk sjømannsforbundet nå", "norsk sjømannsforbundet"),
    # a caseless small firm after `firma som`
    ("[00:01:20] deltaker: det finnes mange små firma som snekkerkompaniet på hamar som tar lærlinger",
     "snekkerkompaniet"),
]


@pytest.mark.parametrize(("text", "part"), _FOUND)
def test_round60b_organisations_found(text: str, part: str) -> None:
    """Each of these is missed by 604f202's rules."""
    assert covered(text, part) is not None


@pytest.mark.parametrize(("text", "part"), [
    # regions, public bodies and the host country after `folk fra`
    ("Mentee: På messa møtte jeg folk fra Afrika og Asia.", "Afrika"),
    ("Mentee: På messa møtte jeg folk fra NAV og Forsvaret.", "NAV"),
    ("Mentee: Det var folk fra Norge og Sverige der.", "Norge"),
    # a chain where one shops
    ("Mentee: Vi handler mest på Kiwi og Rema.", "Kiwi"),
    # plural nouns as examples after a customer group
    ("Mentee: Vi har kunder blant bøndene. Traktorer, mest.", "Traktorer"),
    ("Mentee: Vi har mange kunder blant pensjonistene. Naboer, kanskje.", "Naboer"),
    ("Mentee: Vi har kunder blant bedriftene. Kontorer, for eksempel.", "Kontorer"),
    # a common noun or a holiday as the place volunteered
    ("Mentee: Hun tok meg med på dugnad som frivillig.", "dugnad"),
    ("Mentee: Han tok meg med på Ramadan som frivillig.", "Ramadan"),
    # `fagforeningen` with a possessive, a preposition or a conjunction
    ("[00:01:30] deltaker: jeg er i fagforeningen min og fagforeningen på jobben hjelper meg", "min"),
    ("[00:01:30] deltaker: jeg meldte meg inn i fagforeningen fordi alle var med", "fordi"),
    # dictionary words after `firma som`
    ("[00:01:40] deltaker: det er små firma som rørleggere i bergen som trenger folk", "rørleggere"),
    ("[00:01:40] deltaker: små firma som bakerier på hamar tar lærlinger", "bakerier"),
    # `Stiftelsen` alone
    ("Mentee: Stiftelsen som eier bygget ga oss ingenting.", "Stiftelsen"),
])
def test_round60b_guards_stay(text: str, part: str) -> None:
    """The nearest ordinary words in the same frames are not made organisations."""
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part", "kind"), [
    # a bank as a bare answer before its account number, as round 49o finds it
    ("R: Nordea. Kontoen er 15034249528.", "Nordea", "org"),
    # a listed union in cased text
    ("Mentee: Jeg meldte meg inn i Fellesforbundet i fjor.", "Fellesforbundet", "org"),
    # a festival volunteered at with the frame the other way round
    ("Mentee: Hun fikk meg med som frivillig på Bergenfest i juni.", "Bergenfest", "org"),
])
def test_round60b_neighbours_found(text: str, part: str, kind: str) -> None:
    """Neighbours the earlier rounds find stay found."""
    assert covered(text, part) == kind


def test_model_brand_still_dropped() -> None:
    """A tool brand before a model code stays a product (round 53f), with the body endings excluded."""
    text = "Mentee: Jeg brukte en Makita DHP 482 på jobben."
    assert untouched(text, "Makita")
