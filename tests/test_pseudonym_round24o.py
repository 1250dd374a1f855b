"""Round 24o: names and organisations in forms recent fresh halves missed, and ordinary words they lost.

Held-out 21 and 22 (now development data) missed a surname spelled letter by letter, a first name alone
before an apposition naming a role, a festival and a market worked or sold at, a volunteer centre with its
place, a firm named with `!` and a firm that turned someone down; they lost a trade's workshop in lower
case, a boat model and the letters of a passport number. Beside each class stand its guards. Synthetic
sentences written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts or controls.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
from probe_support import finds


def found(text: str) -> list[str]:
    return [original for _s, _e, _k, original in finds(text)]


def covered(text: str, string: str) -> bool:
    """Whether every occurrence of `string` lies inside one replacement."""
    spans = [(s, e) for s, e, _k, _o in finds(text)]
    at = text.find(string)
    assert at >= 0
    while at >= 0:
        if not any(s <= at and at + len(string) <= e for s, e in spans):
            return False
        at = text.find(string, at + 1)
    return True


# 1. A surname spelled letter by letter after it was said --------------------------------------------------

@pytest.mark.parametrize("text, spelled", [
    ("Mentee: Jeg heter Farida Nwachukwu. Nwachukwu, n-w-a-c-h-u-k-w-u.", "n-w-a-c-h-u-k-w-u"),
    ("Mentee: Mentoren heter Svetlana Hrytsenko, h r y t s e n k o.", "h r y t s e n k o"),
    ("Mentor: Han heter Bongani Zulu-Mthembu. Mthembu er m.t.h.e.m.b.u.", "m.t.h.e.m.b.u"),
    ("Mentee: Vi bor i Kvitnes. Det staves k-v-i-t-n-e-s, med k.", "k-v-i-t-n-e-s"),
])
def test_spelled_name_is_replaced(text, spelled):
    assert covered(text, spelled)


@pytest.mark.parametrize("text, spelled", [
    ("Mentee: Jeg syr kalesjer, k-a-l-e-s-j-e-r, på et verksted.", "k-a-l-e-s-j-e-r"),
    ("Mentee: Hun heter Amina Bello. Ordet er h u s, ikke h u s e t.", "h u s"),
])
def test_spelled_word_stays(text, spelled):
    assert not any(spelled in f for f in found(text))


# 2. A first name alone before an apposition naming a role -------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentor: Vi hadde møte i går. Torgrim, prosjektlederen i Fjellbro Consulting, sa at det går bra.", "Torgrim"),
    ("Mentee: Helge, daglig leder på lageret, ringte meg på fredag.", "Helge"),
    ("Mentee: Torgrim, skiftlederen for nattskiftet, skrev en attest til meg.", "Torgrim"),
    ("Mentee: Gunnleiv, formannen i Bygg og Betong, ringte meg.", "Gunnleiv"),
])
def test_name_before_role_apposition_is_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, word", [
    ("Mentee: Rektor, altså rektoren på voksenopplæringen, sa at jeg kunne ta B2.", "Rektor"),
    ("Mentee: Sjefen, daglig leder på verkstedet, er der hver dag.", "Sjefen"),
    ("Mentee: Heldigvis, lederen i kantina, sa ja.", "Heldigvis"),
    ("Mentee: Prosjektgruppa, lederen i gruppa, sa at vi måtte vente.", "Prosjektgruppa"),
    ("Mentee: Basically, lederen i teamet, sa nei.", "Basically"),
])
def test_word_before_role_apposition_stays(text, word):
    assert word not in found(text)


# 3. Festivals and markets worked or sold at -----------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: I fjor rigget jeg lys på Nordlysfestivalen i tre uker.", "Nordlysfestivalen"),
    ("Mentee: Jeg hadde stand på Sjøbumarkedet hele sommeren.", "Sjøbumarkedet"),
    ("Mentee: Jeg selger syltetøy på Bygdas marked hver lørdag.", "Bygdas marked"),
    ("Mentee: Jeg jobbet i baren på Fjæreheia-festen, og på Kvitfest.", "Kvitfest"),
    ("Mentor: Hun startet på markeder. Torvets marked om sommeren, og så julemarkedene. Nå selger hun på nett.",
     "Torvets marked"),
])
def test_event_worked_at_is_replaced(text, name):
    assert covered(text, name)


@pytest.mark.parametrize("text, name", [
    ("Mentee: I helgen var vi på Bygdas marked og kjøpte ost.", "Bygdas"),
    ("Mentee: Vi var på Nordlysfestivalen en kveld i fjor.", "Nordlysfestivalen"),
    ("Mentee: Jeg selger honning på nett. I helgen var vi på Bygdas marked og kjøpte ost.", "Bygdas"),
    ("Mentee: Jeg var på Jobbmessa og søkte jobber.", "Jobbmessa"),
    ("Mentee: Boligmarkedet er dyrt her. Jeg selger huset nå.", "Boligmarkedet"),
])
def test_event_visited_stays(text, name):
    assert not any(name in f for f in found(text))


# 4. A local body with its place --------------------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Mentee: Jeg fikk hjelp gjennom Frivilligsentralen i Hemne.", "Frivilligsentralen i Hemne"),
    ("Mentee: Hun har et vikariat på Kulturhuset i Orkdal.", "Kulturhuset i Orkdal"),
    ("Mentee: Vi møttes på Frisklivssentralen på Hitra.", "Frisklivssentralen på Hitra"),
])
def test_local_body_with_place_is_one_organisation(text, body):
    assert body in found(text)


def test_local_body_without_place_stays():
    assert found("Mentee: Jeg er med i Frivilligsentralen, på turgruppa.") == []


def test_nav_office_keeps_place_only():
    assert found("Mentee: Jeg gikk til NAV-kontoret i Stjørdal.") == ["Stjørdal"]


# 5. A firm whose name ends in `!` ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg hadde sommerjobb hos Tjoho! i Bergen. Tjoho! lager quiz-apper.", "Tjoho!"),
    ("Mentee: Mentoren min kommer fra Smekk! i Oslo, de jobber med spill.", "Smekk!"),
])
def test_name_with_exclamation_mark_is_replaced(text, name):
    assert covered(text, name)


@pytest.mark.parametrize("text", [
    "Mentee: Læreren sa alltid: Flott! Og så gikk vi videre.",
    "Mentee: Vanskelig! Men gøy!",
])
def test_exclamation_stays(text):
    assert found(text) == []


# 6. A firm that turned someone down or did not answer -------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg har søkt på mange stillinger. Skogbygg sa nei til meg.", "Skogbygg"),
    ("Mentee: Jeg søkte i vinter. Fjellvei svarte aldri.", "Fjellvei"),
    ("Mentee: Og Tømmerhus sa nei til meg, fordi jeg mangler fagbrev.", "Tømmerhus"),
    ("Mentee: Jeg fikk avslag fra Steinmur i mai.", "Steinmur"),
    ("Mentee: Jeg søkte i vinter. Og Grunnarbeid Nord svarte aldri.", "Grunnarbeid Nord"),
])
def test_firm_that_said_no_is_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Mentee: Jeg søkte om lån, men Lånekassen sa nei.",
    "Mentee: Jeg fikk avslag fra UDI først.",
    "Mentee: Jeg søkte om bolig. Kommunen svarte aldri.",
    "Mentee: Jeg ville flytte, men Mamma sa nei til meg.",
    "Mentee: Jeg spurte om fri. Sjefen sa nei.",
])
def test_public_body_or_relative_saying_no_stays(text):
    assert found(text) == []


def test_person_saying_no_stays_a_person():
    reps = Pseudonymizer().find("Mentee: Jeg søkte jobb. Arne Bakken sa nei til meg.")
    assert [(r.original, r.kind) for r in reps] == [("Arne Bakken", "person")]


# 7. Ordinary words lost: a trade's workshop, product models, the letters of a code ------------------------

@pytest.mark.parametrize("word", ["seilmakeriet", "skomakeriet", "pølsemakeriet", "buntmakeriet"])
def test_workshop_noun(word):
    from workbench.io.pseudonymize.trade_nouns import workshop_noun

    assert workshop_noun(word)


@pytest.mark.parametrize("word", ["dnb", "kiwi", "maker", "seilmaker", "Skomakeriet"])
def test_not_workshop_noun(word):
    from workbench.io.pseudonymize.trade_nouns import workshop_noun

    assert not workshop_noun(word)


def test_trade_workshop_in_lower_case_stays():
    assert found("Mentee: Jeg er på jobben nå, på skomakeriet i Vestby.") == ["Vestby"]


@pytest.mark.parametrize("text", [
    "Mentee: Vi pusser opp en gammel Nimbus og en Hardangerbåt fra syttitallet.",
    "Mentee: Jeg kjører en gammel Caddy til jobben.",
    "Mentee: På verkstedet har vi to Bernina og en ny Brother.",
])
def test_product_model_after_article_stays(text):
    assert found(text) == []


@pytest.mark.parametrize("text, name", [
    ("Mentor: Ikke alle har en Sigrunn, men alle trenger en.", "Sigrunn"),
    ("Mentee: Kontaktpersonen var en Bjarne Lium fra Hamar.", "Bjarne Lium"),
    ("Mentee: Jeg jobber på Tesla. Jeg kjører en Tesla også.", "Tesla"),
])
def test_person_or_employer_after_article_stays_replaced(text, name):
    assert covered(text, name)


@pytest.mark.parametrize("text", [
    "Mentee: Nummeret på pakken er KLF402281, sa de.",
    "Mentee: Delen heter TRX7710 i systemet.",
])
def test_letters_glued_to_digits_are_no_acronym(text):
    assert not any(f.isalpha() and f.isupper() for f in found(text))


def test_acronym_beside_digits_with_space_stays_an_organisation():
    assert any("NTNU" in f for f in found("Mentee: Jeg jobbet i NTNU 2 år."))
