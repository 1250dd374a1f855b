"""Round 19b: false alarms by class from held-out 15's control (now development data).

A song sung, a football league, a scheme asked about by its acronym, a dish opening a list of dishes,
a job site beside a web address and a charity given to identify nobody; beside each class, the guard
that keeps recall (a person, a workplace or a place named in the same place). Synthetic sentences
written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts or controls.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def found(text: str) -> list[str]:
    return [r.original for r in Pseudonymizer().find(text)]


@pytest.mark.parametrize("text, title", [
    ("Mentee: Sønnen min synger Lille Petter Edderkopp i badekaret.", "Lille Petter Edderkopp"),
    ("Mentee: I bilen synger vi Lille Petter Edderkopp og Blinke, blinke, lille stjerne.", "Blinke"),
    ("Mentee: Hun nynner Per Spelmann når hun lager mat.", "Per Spelmann"),
    ("Mentee: Barna synger Fjellsangen hver morgen.", "Fjellsangen"),
])
def test_song_sung_stays(text, title):
    assert title not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Hun synger for Kari hver kveld.", "Kari"),
    ("Mentee: Vi sang Sigrid en bursdagssang.", "Sigrid"),
    ("Mentee: Jeg hørte en sang Wubet skrev.", "Wubet"),
    ("Mentee: Hun synger Wubet i søvn hver kveld.", "Wubet"),
])
def test_person_sung_to_still_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, league", [
    ("Mentee: Broren min ser håndball, mest Champions League og Postenligaen.", "Postenligaen"),
    ("Mentee: Han ser fotball, Premier League og Toppserien, hver helg.", "Toppserien"),
    ("Mentee: Vi ser sport, Premier League mest.", "Premier League"),
])
def test_league_followed_stays(text, league):
    assert league not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg jobbet i Toppserien som fysioterapeut.", "Toppserien"),
    ("Mentee: Hun er trener for Fjellserien i Bodø.", "Fjellserien"),
    ("Mentee: Han spilte i Obos-ligaen for Molde.", "Molde"),
])
def test_workplace_or_place_beside_a_league_still_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, term", [
    ("Mentee: Ingen hadde forklart hva AFP betyr før kurset.", "AFP"),
    ("Mentee: Kollegaen min spurte hva OTP står for.", "OTP"),
    ("Mentee: Jeg lurte på hva BPA innebærer for oss.", "BPA"),
])
def test_acronym_asked_about_stays(text, term):
    assert term not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Hva Kari betyr for meg, vet du.", "Kari"),
    ("Mentee: Jeg vet ikke hva Ahmed betyr på arabisk.", "Ahmed"),
])
def test_name_asked_about_still_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, dish", [
    ("Mentee: Til id lager vi mye mat. Biryani, samosa og chai.", "Biryani"),
    ("Mentee: Mamma kokte hele dagen. Injera, shiro, tibs.", "Injera"),
])
def test_dish_opening_a_list_of_dishes_stays(text, dish):
    assert dish not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Vi spiste middag. Selam, mamma og pappa var der.", "Selam"),
    ("Mentee: Vi lager mye mat. Wubet, broren og søsteren kommer.", "Wubet"),
    ("Mentee: Vi lager mye mat. Zewditu, mamma og pappa.", "Zewditu"),
])
def test_person_opening_a_list_after_food_still_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Mentee: Mest på Finn og arbeidsplassen.no, noen ganger på LinkedIn.",
    "Mentee: På Finn og på nav.no. Det er der jobbene er.",
])
def test_job_site_beside_a_web_address_stays(text):
    assert "Finn" not in found(text)


@pytest.mark.parametrize("text", [
    "Mentee: Hos Finn og på arbeidsplassen.no fikk jeg hjelp.",
    "Mentee: Jeg snakket med Finn og på nav.no fant vi svaret.",
])
def test_person_beside_a_web_address_still_replaced(text):
    assert "Finn" in found(text)


@pytest.mark.parametrize("text, charity", [
    ("Mentee: Vi strikker votter til Røde Kors hver høst.", "Røde Kors"),
    ("Mentee: Jeg gir penger til Frelsesarmeen hver måned.", "Frelsesarmeen"),
])
def test_charity_given_to_stays(text, charity):
    assert charity not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg jobber for Røde Kors på mottaket.", "Røde Kors"),
    ("Mentee: Vi gir gaver til Kari og Ahmed.", "Kari"),
])
def test_workplace_or_person_given_to_still_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Mentee: Sjefen spurte hvor jeg fant stillingen, og jeg sa Finn. Det var sant.",
    "Mentee: Hun lurte på hvilken side annonsen sto på, og vi sa Finn.",
])
def test_job_site_given_as_an_answer_stays(text):
    assert "Finn" not in found(text)


@pytest.mark.parametrize("text", [
    "Mentee: Han spurte hvem som ringte, og jeg sa Finn.",
    "Mentee: Det er greit, sa Finn, og gikk.",
    "Mentee: Jeg sa til Finn at stillingen var ledig.",
])
def test_person_said_to_or_speaking_still_replaced(text):
    assert "Finn" in found(text)


@pytest.mark.parametrize("text, word", [
    ("Mentor: Jeg heter Tor Li. Folk kaller meg Toto, helt siden skolen.", "Folk"),
    ("Mentee: Venner kaller meg Sisi hjemme.", "Venner"),
])
def test_subject_of_a_naming_verb_is_no_nickname(text, word):
    assert word not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentor: Jeg heter Tor Li. Folk kaller meg Toto, helt siden skolen.", "Toto"),
    ("Mentee: Max, kaller de meg.", "Max"),
])
def test_nickname_still_replaced(text, name):
    assert name in found(text)


def test_function_word_after_an_abbreviation_opens_a_sentence():
    assert found("Mentor: Sta. På en god måte. Hun gir seg aldri.") == []
    assert found("Mentee: Dr. Og hun var snill.") == []


@pytest.mark.parametrize("text, name", [
    ("Mentee: Vi bodde i Sta. Maria i to år.", "Sta. Maria"),
    ("Mentee: Jeg var innlagt på St. Olavs hospital i fjor.", "St. Olavs hospital"),
])
def test_name_after_an_abbreviation_still_replaced(text, name):
    assert name in found(text)
