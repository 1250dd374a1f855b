"""Round 20b: false alarms by class from held-out 16's control and transcripts (now development data).

Acronyms of working life's own committees, roles and reports; the apps of known services; national
chains and shops bought from or visited; public web services used; a brand in a comparison; a fair
visited; a trade word in lower case that a firm's name also holds. Beside each class, the guard that
keeps recall: an employer, someone's firm or app, a branch with its place, a person's or a small firm's
domain, a URL with a path. Synthetic sentences written for these tests (SYNTETISK), none taken from
the leak benchmark's transcripts or controls.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def found(text: str) -> list[str]:
    return [r.original for r in Pseudonymizer().find(text)]


def replaced(text: str, word: str) -> bool:
    return any(word in original for original in found(text))


# 1. Working life's acronyms --------------------------------------------------------------------------

@pytest.mark.parametrize("text, term", [
    ("Mentee: På kurset lærte jeg om arbeidstid og om AMU.", "AMU"),
    ("Mentee: Sjefen forklarte hvordan BHT fungerer hos oss.", "BHT"),
    ("Mentee: Nå er jeg HVO for hele avdelingen.", "HVO"),
    ("Mentee: Hun har sittet i AMU i to år.", "AMU"),
    ("Mentee: Husk å melde RUH hvis du snubler på lageret.", "RUH"),
    ("Mentee: Vi snakket lenge om PKT på møtet.", "PKT"),  # an acronym no list holds, talked about
    ("Mentee: Etter nyttår ble hun valgt som TVO på sykehjemmet.", "TVO"),  # a role no list holds
])
def test_workplace_acronym_stays(text, term):
    assert not replaced(text, term)


@pytest.mark.parametrize("text, employer", [
    ("Mentee: Kona mi jobber i ABK, de lager vinduer.", "ABK"),
    ("Mentee: Jeg lærte om PKT på kurset, og nå jobber jeg i PKT.", "PKT"),
    ("Mentee: Han er ansatt hos HVK i Molde.", "HVK"),
    ("Mentee: Det er ABK som bestemmer lønna mi.", "ABK"),
    ("Mentee: Vi snakket om ABK, der jeg jobbet før.", "ABK"),  # talked about, and worked at in the sentence
])
def test_acronym_employer_still_replaced(text, employer):
    assert replaced(text, employer)


# 2. Apps of known services ------------------------------------------------------------------------

@pytest.mark.parametrize("text, app", [
    ("Mentee: Billetten ligger i Vy-appen.", "Vy"),
    ("Mentee: Jeg betaler husleia med Vipps-appen.", "Vipps"),
    ("Mentee: Jeg logger inn med BankID-appen hver dag.", "BankID"),
    ("Mentee: Jeg har NRK-appen og Yr på mobilen.", "NRK"),
    ("Mentee: Pakken sporer jeg i Posten-appen.", "Posten"),
])
def test_app_of_a_known_service_stays(text, app):
    assert not replaced(text, app)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Sjefen min, Ole Hansen, har laget Hansen-appen for kundene sine.", "Hansen"),
    ("Mentee: Jeg jobber i Lysbro Regnskap AS. Kundene bruker Lysbro-appen.", "Lysbro"),
    ("Mentee: Jeg var på NAV-kontoret i Molde i går.", "Molde"),
])
def test_app_of_someones_firm_or_place_still_replaced(text, name):
    assert replaced(text, name)


# 3. Chains and shops bought from or visited --------------------------------------------------------

@pytest.mark.parametrize("text, chain", [
    ("Mentee: Vi har også vært på Vinmonopolet, bare for å se hvordan det er.", "Vinmonopolet"),
    ("Mentee: Jeg handler på Rema fordi den er nærmest.", "Rema"),
    ("Mentee: Lampen kjøpte vi på Clas Ohlson.", "Clas Ohlson"),
    ("Mentee: Vi var innom Europris for å kjøpe stearinlys.", "Europris"),
    ("Mentee: Sønnen min kjøpte skøyter hos Sportsbua.", "Sportsbua"),  # a shop no list holds, bought from
])
def test_chain_or_shop_bought_from_stays(text, chain):
    assert not replaced(text, chain)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg jobber på Kiwi og handler der også.", "Kiwi"),
    ("Mentee: Vi handler på Kiwi Tromsdalen.", "Kiwi"),
    ("Mentee: Vi handler på Rema 1000 i Sandnes.", "Rema"),
    ("Mentee: Jeg har vært på Meny i tre år nå.", "Meny"),
    ("Mentee: Det er Rema som er arbeidsgiveren min.", "Rema"),
    ("Mentee: Vi kjører varer for Coop hver natt.", "Coop"),
    ("Mentee: Jeg kjøpte bildeler hos Kari.", "Kari"),
    ("Mentee: Jeg jobbet på Rema i fjor. Nå handler jeg bare på Rema.", "Rema"),
    ("Mentee: Vi handler mest på Lagunen.", "Lagunen"),  # a mall, a place
    ("Mentee: Vi kjøper fisk fra Fiskebrygga.", "Fiskebrygga"),  # a quay, a place
])
def test_chain_as_workplace_or_branch_still_replaced(text, name):
    assert replaced(text, name)


# 4. Public web services used ------------------------------------------------------------------------

@pytest.mark.parametrize("text, site", [
    ("Mentee: Om kvelden spiller jeg sjakk på Chess.com.", "Chess"),
    ("Mentee: Jeg slår opp ord på ordbokene.no.", "ordbokene.no"),
    ("Mentee: Jeg fant leiligheten på hybel.no.", "hybel.no"),
])
def test_public_web_service_used_stays(text, site):
    assert not replaced(text, site)


@pytest.mark.parametrize("text, site", [
    ("Mentee: Kundene bestiller på hansenror.no.", "hansenror.no"),
    ("Mentee: Jeg jobber i Fjellro Design AS. Vi selger mest på fjellrodesign.no.", "fjellrodesign.no"),
    ("Mentee: Du finner meg på karinordmann.no.", "karinordmann.no"),
    ("Mentee: Jeg fant annonsen på finn.no/job/fulltime/ad.html?finnkode=2211.", "finn.no/job"),
    ("Mentee: Jeg leser nyheter på www.lokalavisa.no/sak/123.", "lokalavisa"),
    # A small firm's site named with ordinary words, and no other mention of the firm.
    ("Mentee: Jeg strikker luer, og folk kjøper dem på strikkekroken.no.", "strikkekroken.no"),
    ("Mentee: Se på blåklokke.no, der er blomstene mine.", "blåklokke.no"),
    ("Mentee: Kundene handler på fjordbakeriet.no om morgenen.", "fjordbakeriet.no"),
])
def test_persons_or_firms_domain_or_path_still_replaced(text, site):
    assert replaced(text, site)


# 5. Lower-case trade words, comparisons with a brand, fairs visited ----------------------------------

def test_lower_case_trade_word_of_a_found_firm_stays():
    text = ("Mentee: Jeg startet Tamrat Rørfornying AS i fjor. Kundene vil ha rørfornying før de pusser opp. "
            "Tamrat Rørfornying har tre ansatte.")
    originals = found(text)
    assert "rørfornying" not in originals
    assert any("Tamrat" in o for o in originals)


def test_lower_case_firm_name_that_is_also_a_surname_still_replaced():
    text = ("Mentee: Daglig leder er Torill Bråtvik. Jeg jobber i Bråtvik Renhold AS, og bråtvik-gjengen er grei.")
    assert replaced(text, "bråtvik")


@pytest.mark.parametrize("text, brand", [
    ("Mentee: De lager chips og Doritos-lignende snacks.", "Doritos-lignende"),
    ("Mentee: Stuen er veldig IKEA-aktig.", "IKEA-aktig"),
])
def test_brand_in_a_comparison_stays(text, brand):
    assert not replaced(text, brand)


@pytest.mark.parametrize("text, fair", [
    ("Mentee: Vi var på en festival i Trondheim, Olavsvaka, med barna.", "Olavsvaka"),
    ("Mentee: Vi dro på Smaksdagan i august.", "Smaksdagan"),
])
def test_fair_visited_stays(text, fair):
    assert not replaced(text, fair)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Vi var på Fløyhaug i august.", "Fløyhaug"),  # a farm or a place visited at a time
    ("Mentee: Jeg jobbet på Smaksdagan i august, i kassa.", "Smaksdagan"),
    ("Mentee: Vi var på Smaksdagan i fjor med firmaet og hadde stand.", "Smaksdagan"),
])
def test_place_or_workplace_visited_at_a_time_still_replaced(text, name):
    assert replaced(text, name)
