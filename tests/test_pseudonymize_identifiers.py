"""Identifiers found by form (phone, e-mail, ID numbers ...), with the cases that must stay."""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.identifiers import valid_id_number
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer

# Synthetic numbers: generated with valid mod-11 control digits, belonging to no one.
FNR, DNR = "12039126557", "55068837463"


def clean(text: str, **kwargs) -> str:
    return Pseudonymizer(**kwargs).apply(text)[0]


@pytest.mark.parametrize("number", [
    "91234567", "912 34 567", "91 23 45 67", "9123 4567", "+47 912 34 567", "+4791234567", "0047 91 23 45 67",
    "004791234567", "(+47) 912 34 567", "22 33 44 55", "004746 81 92 73",
])
def test_phone_numbers_in_every_usual_form(number):
    assert clean(f"Ring meg på {number}, takk.") == "Ring meg på [telefon], takk."


@pytest.mark.parametrize("text", [
    "Det kostet 12 000 kroner i 2019.", "Vi var 45 deltakere, 12 av dem fikk jobb.", "Klokka 14.30 på rom 3012.",
    "Jeg jobbet 1 000 timer.",
])
def test_ordinary_numbers_stay(text):
    assert clean(text) == text


def test_mod11_check():
    assert valid_id_number(FNR) and valid_id_number(DNR)
    assert not valid_id_number("12039126558")  # last digit wrong
    assert not valid_id_number("20231104887")  # an order number: first control digit wrong
    assert not valid_id_number("12139126557")  # month 13


def test_fodselsnummer_and_d_nummer_with_valid_control_digits_only():
    assert clean(f"Nummeret mitt er {FNR}.") == "Nummeret mitt er [fødselsnummer]."
    assert clean("Nummeret mitt er 120391 26557.") == "Nummeret mitt er [fødselsnummer]."
    assert clean(f"D-nummeret kom først ({DNR}).") == "D-nummeret kom først ([fødselsnummer])."
    for other in ("12039126558", "20231104887", "98765432109"):
        assert clean(f"Søknaden hadde referanse {other}.") == f"Søknaden hadde referanse {other}."


@pytest.mark.parametrize("text, expected", [
    ("Skriv til kari.nordmann@gmail.com i dag.", "Skriv til [e-post] i dag."),
    ("Se www.fjordlysdesign.no og https://example.org/om-oss.", "Se [nettadresse] og [nettadresse]."),
    ("Profilen er linkedin.com/in/kari-nordmann.", "Profilen er [nettadresse]."),
    ("Jeg ser på Finn.no og arbeidsplassen.no hver dag.", "Jeg ser på Finn.no og arbeidsplassen.no hver dag."),
])
def test_email_and_web_addresses(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jeg er født 12.03.1991 i byen.", "Jeg er født [dato] i byen."),
    ("Hun er født 3. mars 1988.", "Hun er født [dato]."),
    ("Fødselsdato: 04/11/1979.", "Fødselsdato: [dato]."),
    ("Intervjuet var 12.03.2024.", "Intervjuet var 12.03.2024."),
])
def test_birth_dates_after_their_label_only(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Saksnummeret mitt hos NAV var 23/004871-2.", "Saksnummeret mitt hos NAV var [nummer]."),
    ("HPR-nummer 9184423 er klart.", "HPR-nummer [nummer] er klart."),
    ("passnummer P04412873 fra før", "passnummer [nummer] fra før"),
    ("Passnummeret er 014928776.", "Passnummeret er [nummer]."),
    ("Kontonummer 1503.27.88416.", "Kontonummer [nummer]."),
    ("org.nr. 921 456 783 står der", "org.nr. [nummer] står der"),
    ("Reisebeviset har nummer R1029384.", "Reisebeviset har nummer [nummer]."),
    ("Saken har nummer 2025/3317.", "Saken har nummer [nummer]."),
])
def test_numbers_after_labels_and_in_their_shapes(text, expected):
    assert clean(text) == expected


def test_numbers_need_four_digits_after_a_label():
    assert clean("Saksnummeret hadde 7 siffer.") == "Saksnummeret hadde 7 siffer."


@pytest.mark.parametrize("text, expected", [
    ("Jeg bor i Trondheimsveien 235, 0589 Oslo.", "Jeg bor i [adresse]."),
    ("Kontoret er i Nordre gate 7.", "Kontoret er i [adresse]."),
    ("Vi flyttet til Sandvikvegen 18 B i fjor.", "Vi flyttet til [adresse] i fjor."),
    ("Adressen er Storgata 14B, 1531 Moss.", "Adressen er [adresse]."),
])
def test_street_addresses_and_postcodes(text, expected):
    assert clean(text) == expected


def test_markers_are_configurable():
    text = f"Ring 91234567 eller skriv til a@b.no, fnr {FNR}."
    assert clean(text, markers={"phone": "[tlf.]", "email": "[epost]", "idnumber": "[fnr]"}) == \
        "Ring [tlf.] eller skriv til [epost], fnr [fnr]."


@pytest.mark.parametrize("text, expected", [
    # synthetic addresses: a flat number after the house number, any name where an address is said to be
    ("Jeg bor i Jonsvannsveien 82 H0203.", "Jeg bor i [adresse]."),
    ("Vi bor på Lillebergsvingen 4 i Tromsø.", "Vi bor på [adresse] i […]."),
    ("Jeg bor i Sandvikstubben 3, leilighet 201.", "Jeg bor i [adresse]."),  # the flat belongs to it (round 10)
    ("Adressen er Fjellhøgda 7B.", "Adressen er [adresse]."),
    ("Han bor i Norge 10 måneder i året.", "Han bor i Norge 10 måneder i året."),
])
def test_addresses_with_flat_numbers_and_where_an_address_is_said(text, expected):
    assert Pseudonymizer().apply(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Skriv til kari.nordvik(at)gmail.com i dag.", "Skriv til [e-post] i dag."),
    ("Det er kari punktum nordvik at gmail punktum com.", "Det er [e-post]."),
    ("Vi møttes at home, sa han.", "Vi møttes at home, sa han."),
    ("Ring 92 345 678 etter fem.", "Ring [telefon] etter fem."),
    ("Det kostet 41 000 000, og byen har 22 345 567 innbyggere.", "Det kostet 41 000 000, og byen har 22 345 567 innbyggere."),
])
def test_spoken_email_addresses_and_phone_numbers_in_2_3_3(text, expected):
    assert Pseudonymizer().apply(text)[0] == expected


def test_capitalised_abbreviations_stay():
    assert Pseudonymizer().apply("Tlf. 22 33 44 55. Evt. i morgen.")[0] == "Tlf. [telefon]. Evt. i morgen."


def test_duf_and_other_labelled_numbers():
    text = "DUF-nummeret mitt er 2015 123456 01, og kandidatnummeret 4512."
    assert Pseudonymizer().apply(text)[0] == "DUF-nummeret mitt er [nummer], og kandidatnummeret [nummer]."
