"""Round 20: recall by class, read from held-out 16's misses and the classes left before it.

A room after a street address, an abandoned start of a phone number said in words, a firm named with an
abbreviated given name and a full stop, a generic body named where the person studied, took a course or
worked, a `Norges …` venue offline, a two-word firm in capitals and an `X og Y` county at a sentence start.
The sentences are written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts;
beside each class stand the near misses that must stay as the old rules leave them.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def applied(text: str) -> str:
    return Pseudonymizer().apply(text)[0]


# --- 1. dwelling details belong to the address --------------------------------------------------------------
@pytest.mark.parametrize("text, gone", [
    ("Mentee: Jeg bor i Elvetangen 12, rom 418, 7050 Trondheim.", "418"),
    ("Mentee: Adressen min er Granåsen 3, hybel 22, rett ved skolen.", "22"),
    ("Mentee: Vi bor i Solbergveien 40, inngang 2, bolignummer 31, i blokka ved butikken.", "31"),
    ("Mentee: De bor i Bekkeveien 7 C, tredje etasje, rom 11, sammen med to andre.", "11"),
    ("Mentee: Hun flyttet til Havnegata 19, i 4. etasje, leilighet H0402, i august.", "H0402"),
    ("Mentee: Kontoret hans er rom 310 i Kirkegata 56, ved høgskolen.", "310"),
    ("Mentee: Jeg har hybel 9 i Lerkeveien 14 nå.", "hybel 9"),
    ("Mentee: Adressen er Nordre gate 8, oppgang A, etasje 2, dør 3.", "dør 3"),
])
def test_dwelling_details_go_with_the_address(text, gone):
    out = applied(text)
    assert gone not in out and "[adresse]" in out, out


@pytest.mark.parametrize("text, kept", [
    ("Mentee: Møtet med veilederen er i rom 312 i morgen.", "rom 312"),
    ("Mentee: Vi har tre rom og kjøkken i andre etasje.", "tre rom"),
    ("Mentee: Kurset var i rom 4, oppgang B, på skolen.", "rom 4, oppgang B"),
    ("Mentee: Rom 118 er stengt hele høsten.", "Rom 118"),
])
def test_rooms_without_an_address_stay(text, kept):
    assert kept in applied(text)


# --- 2. a phone number begun and abandoned, corrected or left half said -------------------------------------
@pytest.mark.parametrize("text, gone", [
    # a false start broken off with a correction, the whole number after it
    ("Intervjuer: Hva er nummeret ditt?\nMentee: Det er fem to sju ... nei, unnskyld, det var jobben. "
     "Privat er det ni seks en, tjueåtte, null fire fire.", "fem to sju"),
    # a start left, a number in digits instead
    ("Mentor: Ring meg på ni ni fire, eh, nei, vent, det er sagt opp. Ring heller 45 61 20 83.", "ni ni fire"),
    # a number only half said
    ("Intervjuer: Har du telefonnummeret til Amir?\nMentee: Det begynner på fire åtte to, sju ... "
     "nei, jeg husker ikke resten.", "fire åtte to, sju"),
    # a false start across a full stop after the correction
    ("Intervjuer: Og mobilen din?\nMentee: Ni tre, seks, seks ... nei. Vent. Ni tre seks, førtiåtte, "
     "to null én.", "tre, seks, seks"),
])
def test_abandoned_phone_starts_are_replaced(text, gone):
    out = applied(text)
    assert gone not in out and "[telefon]" in out, out


@pytest.mark.parametrize("text, kept", [
    ("Mentee: Jeg ringte tre, fire, fem ganger før de svarte på telefonen.", "tre, fire, fem ganger"),
    ("Mentee: Telefonen ringte klokka sju, åtte, ni ... hele morgenen.", "klokka sju, åtte, ni"),
    ("Intervjuer: Hvor mange telefoner har du hatt?\nMentee: To, tre ... nei, fire, tror jeg.", "To, tre"),
    ("Mentee: Mobilen kostet fire hundre og femti kroner, og nummeret i køen var førtito.", "førtito"),
    ("Mentee: Barna mine er sju, ni og tolv år, og de vil ha mobil alle tre.", "sju, ni og tolv år"),
    ("Mentee: Ring etter ti, elleve, tolv ... nei, jeg mener etter lunsj.", "ti, elleve, tolv"),
])
def test_counts_and_times_near_a_telephone_stay(text, kept):
    assert kept in applied(text)


# --- 3. firms named with an abbreviated given name ------------------------------------------------------------
@pytest.mark.parametrize("text, whole", [
    ("Mentee: Jeg jobber i Chr. Lindvik Trevare på Gjøvik.", "i [organisasjon] på"),
    ("Mentee: Han var lærling hos Joh. Aasland Bygg i to år.", "hos [organisasjon] i to år"),
    ("Mentee: Th. Strømsnes Mek har spurt om jeg vil komme.", "[organisasjon] har spurt"),
    ("Mentee: Vi kjøpte materialer fra Wm. Kolstad & Sønner AS i fjor.", "fra [organisasjon] i fjor"),
    ("Mentee: Nå jobber broren min i Fred. Hauge Shipping i Bergen.", "i [organisasjon] i"),
])
def test_firms_with_an_abbreviated_given_name_are_whole(text, whole):
    # one marker for the whole name: no abbreviation or full stop left between two markers
    out = applied(text)
    assert whole in out and "]. [" not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Mentee: Den eldste på skiftet heter Fred. Han har vært der lenge.", "Han har vært der"),
    ("Mentee: Jeg snakket med Fred. Kari Olsen kom senere.", "kom senere"),
    ("Mentee: Jeg snakket med Fred. Ingen andre var der.", "Ingen andre var der"),
])
def test_a_sentence_after_a_name_is_no_firm(text, kept):
    out = applied(text)
    assert kept in out and "[organisasjon]" not in out, out


# --- 4. generic bodies where the person studied, took a course or worked ---------------------------------------
@pytest.mark.parametrize("text, gone", [
    ("Mentee: Jeg skrev bacheloroppgaven min ved Meteorologisk institutt.", "Meteorologisk"),
    ("Mentee: Hun studerte ett semester ved Nasjonalbiblioteket før hun kom hit.", "Nasjonalbiblioteket"),
    ("Mentee: Mentoren min var ingeniør i Kystverket i mange år.", "Kystverket"),
    ("Mentee: Han var miljøbiolog i Miljødirektoratet før han ble pensjonist.", "Miljødirektoratet"),
    ("Mentee: Jeg vil ta en doktorgrad, kanskje ved Havforskningsinstituttet.", "Havforskningsinstituttet"),
    ("Mentee: Jeg tok norskkurs hos Studieforbundet i Hamar, to kvelder i uka.", "Studieforbundet"),
    ("Mentee: Før det gikk jeg på kveldskurs på Folkeuniversitetet i Tromsø.", "Folkeuniversitetet"),
])
def test_bodies_in_a_persons_history_are_replaced(text, gone):
    out = applied(text)
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Mentee: Folkeuniversitetet har mange kurs, og Studieforbundet har noen.", "Folkeuniversitetet"),
    ("Mentee: Mattilsynet sier at alle må kunne reglene.", "Mattilsynet"),
    # round 23o: a provider where someone took a course is replaced, branch place or not (held-out 19 listed
    # "tok norskkurs på Folkeuniversitetet, nivå B1" as an organisation); see test_pseudonymize_round23o.py
    ("Mentee: Jeg er kunde i Husbanken og har startlån.", "Husbanken"),
    ("Mentee: Kystverket har regler for alt, det lærte jeg på kurset.", "Kystverket"),
    # a degree approved, a course paid for: the body is no place of study
    ("Mentee: Jeg har søkt om godkjenning av utdanningen min hos HK-dir, og venter.", "HK-dir"),
    ("Mentee: Jeg søkte om lån til kurset hos Lånekassen i vår.", "Lånekassen"),
])
def test_bodies_named_as_bodies_stay(text, kept):
    assert kept in applied(text)


# --- 5. national heads, firms in capitals, counties at a sentence start ---------------------------------------
@pytest.mark.parametrize("text, gone", [
    ("Mentee: Jeg var på jobbmessen på Norges Varemesse i fjor.", "Varemesse"),
    ("Mentee: Konferansen var i Norsk Bergverksmuseum, og det var fint.", "Bergverksmuseum"),
    ("Mentee: Anlegget eies av SKJÆRVIK HAVBRUK, ikke av oss.", "SKJÆRVIK"),
    ("Mentee: Det er HOLTE SAGBRUK som eier tomta.", "HOLTE"),
    ("Mentee: Sogn og Fjordane har mange fjorder. Jeg bodde der i to år.", "Sogn"),
])
def test_names_cut_in_two_are_whole(text, gone):
    out = applied(text)
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Mentee: VI MÅ HENTE SAGBRUK I MORGEN, ropte han.", "HENTE"),
    ("Mentee: Det var VELDIG BRA på kurset.", "VELDIG BRA"),
    ("Mentee: Norsk Tipping sponser mye av idretten.", "Norsk Tipping"),
    ("Mentee: Vi bruker HMS og IT hver dag.", "HMS og IT"),
])
def test_shouting_and_kept_national_bodies_stay(text, kept):
    assert kept in applied(text)
