"""Thirteenth-round rules: classes shown by held-out 8's misses and false replacements.

Each test replaces or keeps one class and checks its near miss; each fails on the twelfth round's
rules. Synthetic sentences only, none taken from the leak benchmark's transcripts. The classes were
measured on development data only (no unseen half was left this round).
"""

from __future__ import annotations

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def clean(text: str) -> str:
    return Pseudonymizer().apply(text)[0]


def test_a_phone_number_with_a_pause_on_both_sides_of_a_filler_after_a_call_is_replaced():
    assert clean("Han ringte fra 482 ... ehm ... 19 306 i går.") == "Han ringte fra [telefon] i går."
    assert clean("Mobilen er 93 ... eh ... 71 ... 40 52.") == "Mobilen er [telefon]."
    # near miss: a count after a call stays
    text = "Jeg ringte på 3 ... eh ... 4 dører i gata."
    assert clean(text) == text


def test_a_phone_number_said_in_digit_words_near_a_telephone_word_is_replaced():
    out = clean("Hun ga meg nummeret sitt, og jeg skrev: fire sju – tre null en – åtte seks to.")
    assert out == "Hun ga meg nummeret sitt, og jeg skrev: [telefon]."
    out = clean("Telefonen hans er førtiåtte tolv, sju sju, null tre.")
    assert out == "Telefonen hans er [telefon]."
    # near misses: digit words with no telephone word, or fewer than eight digits, stay
    text = "Vi var fire, fem, seks, sju og åtte i gruppa, og to tre ni fem kom senere."
    assert clean(text) == text
    text = "Telefonen ringte to, tre, fire ganger."
    assert clean(text) == text


def test_a_case_number_of_a_year_and_a_serial_a_few_words_after_its_label_is_replaced():
    assert clean("Referansen de sendte meg var 2023-447120.") == "Referansen de sendte meg var [nummer]."
    assert clean("Saksnummeret, står det i brevet, er 2022/08815-4.") == "Saksnummeret, står det i brevet, er [nummer]."
    assert "0093" not in clean("Journalnummeret hennes er HEL-2025-0093.")
    # near miss: a span of years after the same words stays
    text = "Saken hans gikk fra 2019-2021 i retten."
    assert clean(text) == text


def test_a_union_or_employers_organisation_one_is_in_or_sends_a_representative_stays():
    text = "På samlingen kom en representant fra Spekter og en fra LO."  # round 52o: a union is replaced wherever it stands (special-category data, GDPR art. 9); LO stays
    assert clean(text) == text
    # round 30o, by the coordinator's decision: an identified person's union is replaced
    out = clean("Broren er i Fagforbundet, og naboen var i Negotia før.")
    assert "Fagforbundet" not in out and "Negotia" not in out
    # near misses: where someone works there, it is replaced
    assert "Parat" not in clean("Hun jobber i Parat som rådgiver.")
    assert "Spekter" not in clean("Onkelen er ansatt i Spekter.")


def test_a_charity_named_for_its_premises_stays():
    text = "Norskkafeen holdes i Kirkens Nødhjelp sitt lokale, og kurset var i Norsk Folkehjelp sine lokaler."
    assert clean(text) == text
    assert "Folkehjelp" not in clean("Hun er rådgiver i Norsk Folkehjelp.")


def test_national_channels_and_news_programmes_watched_or_heard_stay():
    text = "Vi ser på NRK1 om kvelden, sønnen ser på NRK Super, og kona hører på Dagsnytt 18 og ser Dagsrevyen."
    assert clean(text) == text
    assert "NRK" not in clean("Hun jobber som journalist i NRK Super.")


def test_public_loans_and_benefits_stay_capitalised_at_a_sentence_start_or_in_the_middle():
    text = ("Barnetrygd og Kontantstøtte kom sent. Bostøtte fikk vi ikke. Hun spurte om Startlån og "
            "Etableringstilskudd i banken.")
    assert clean(text) == text


def test_a_national_public_services_switchboard_number_stays():
    text = "Jeg ringte 55 55 33 33 om barnetrygden, og Skatteetaten på 800 80 000 om skattekortet."
    assert clean(text) == text
    # near miss: a private number of the same shape is replaced
    assert clean("Jeg ringte 55 56 33 33 om det.") == "Jeg ringte [telefon] om det."


def test_a_given_name_that_is_an_english_word_is_the_name_in_lower_case_among_norwegian_words():
    out = clean("Grace kom tidlig. Etterpå sa grace at hun var sliten.")
    assert "race" not in out
    # near misses: the English word beside English words stays
    assert "I hope so" in clean("Hope kom i går. Hun sa: I hope so.")
    assert "we hope you" in clean("Hope kom i går. Hun skrev: we hope you like it.")


def test_amerika_alone_is_a_country_and_a_place_but_a_prefixed_region_stays():
    assert "Amerika" not in clean("Kusinen flyttet til Amerika for ti år siden.")
    text = "Kollegene kommer fra Latin-Amerika, Nord-Amerika og Sør-Amerika."
    assert clean(text) == text


def test_a_municipal_service_named_with_its_district_or_zone_is_an_organisation():
    assert clean("Hun er assistent i Hjemmesykepleien sone Vest om natta.") == \
        "Hun er assistent i [organisasjon] om natta."
    assert "Lade" not in clean("Vi fikk hjelp av helsestasjonen bydel Lade.")
    # near misses: the service alone, or a zone named with nothing before it, stays
    text = "Hjemmetjenesten i kommunen er travel, og bussen går i sone A."
    assert clean(text) == text
