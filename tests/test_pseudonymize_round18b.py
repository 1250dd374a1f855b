"""Round 18b: false alarms by class, ordinary words and titles that identify nobody.

Held-out 14's control lost a lower-case common noun (`startlån` after "noe som heter") and a job
site applied through; the development controls lose programmes, papers, games and clubs named as
what someone watches, reads, plays or joins. These tests probe the classes, not the strings, and
beside each the guard that keeps recall (a person named the same way). Synthetic sentences
written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts or controls.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def found(text: str) -> list[str]:
    return [r.original for r in Pseudonymizer().find(text)]


@pytest.mark.parametrize("text, word", [
    ("Mentee: Kommunen har noe som heter introlån, og det vil vi søke om.", "introlån"),
    ("Mentee: Ordningen heter grunnlån hos dem, sa rådgiveren.", "grunnlån"),
    ("Mentee: Det kalles introstønad, og den får man i to år.", "introstønad"),
    ("Mentee: Vi fikk et tilbud som heter bokvote, men det passet ikke.", "bokvote"),
])
def test_lowercase_word_named_by_a_thing_stays(text, word):
    assert word not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Naboen min heter nadifo, og hun hjelper meg.", "nadifo"),
    ("Mentee: Jeg har en venninne som heter wubet, hun bor nær meg.", "wubet"),
    ("Mentee: Mentoren min heter selamawit og er sykepleier.", "selamawit"),
])
def test_lowercase_name_of_a_person_still_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Mentee: Jeg sendte elleve søknader gjennom Finn og nav.no i vinter.",
    "Mentee: Hun har søkt på tre stillinger via Finn denne måneden.",
    "Mentee: Jeg søkte gjennom Indeed og Finn, men fikk ikke svar.",
])
def test_job_site_applied_through_stays(text):
    assert "Finn" not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg fikk jobben gjennom Finn, han er nabo med sjefen.", "Finn"),
    ("Mentee: Jeg sendte søknader gjennom Finn og Kari, de kjenner mange.", "Kari"),
    ("Mentee: Jeg fant stillinger på LinkedIn og Kari hjalp meg med søknaden.", "Kari"),
])
def test_person_beside_a_job_site_still_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, title", [
    ("Mentee: Om helgene spiller vi Uno og Boggle med barna.", "Boggle"),
    ("Mentee: Jeg spilte Tetris på bussen hver dag i fjor.", "Tetris"),
    ("Mentee: Bestemor leser Familien og Norsk Ukeblad hver uke.", "Familien"),
    ("Mentee: Jeg leste Vagabond på flyet, den var full av reisetips.", "Vagabond"),
    ("Mentee: Om søndagen ser vi Bakeriet sammen, det er et program om baking.", "Bakeriet"),
])
def test_title_played_read_or_watched_stays(text, title):
    assert title not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg så på Sletten mens han forklarte tegningene.", "Sletten"),
    ("Mentee: Hun spiller mot Kari i sjakk hver torsdag.", "Kari"),
    ("Mentee: Jeg leser Amina historier om kvelden.", "Amina"),
    ("Mentee: Jeg hørte på Mensah, han forklarte alt.", "Mensah"),
])
def test_person_after_such_verbs_still_replaced(text, name):
    assert name in found(text)


def test_a_watching_verb_owns_its_preposition_after_a_work_verb():
    assert "Radiofrokost" not in found("Mentee: Jeg har begynt å høre på Radiofrokost når jeg vasker.")
    assert "Radiofrokost" in found("Mentee: Jeg har begynt å jobbe på Radiofrokost som tekniker.")


@pytest.mark.parametrize("text, club", [
    ("Mentee: Svigerfar ble med i Bridgeklubben i fjor, og han elsker det.", "Bridgeklubben"),
    ("Mentee: Sønnen min spiller håndball i Sportsklubben to ganger i uka.", "Sportsklubben"),
    ("Mentee: Jeg er medlem i Strikkeklubben, vi møtes på biblioteket.", "Strikkeklubben"),
])
def test_club_known_by_a_common_noun_joined_stays(text, club):
    assert club not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Han jobber i Bridgeklubben som daglig leder.", "Bridgeklubben"),
    ("Mentee: Hun er med i Solbakken, det er et lite kor.", "Solbakken"),
    ("Mentee: Sønnen min spiller fotball i Kari sitt lag.", "Kari"),
])
def test_club_where_someone_works_or_a_name_still_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, title", [
    ("Mentee: Mentoren tipset meg om podkasten Lydpause, den er rolig og tydelig.", "Lydpause"),
    ("Mentee: Barna spiller brettspillet Karavane hver fredag.", "Karavane"),
    ("Mentee: Det sto en reportasje i Ukemagasinet om kvinner som starter bedrift.", "Ukemagasinet"),
])
def test_title_after_its_kind_or_printed_in_stays(text, title):
    assert title not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Kona mi jobber i avisa Fjordposten som journalist.", "Fjordposten"),
    ("Mentee: Han skrev en kronikk i Amina sitt blad.", "Amina"),
])
def test_a_paper_someone_works_at_or_a_person_still_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg ringte en jeg kjenner i Lærerhuset, de trenger folk.", "Lærerhuset"),
    ("Mentee: Hun tok meg med på et besøk på Omsorgshjemmet i fjor.", "Omsorgshjemmet"),
    ("Mentee: Jeg satt med ham i banken på Fisketorget og fylte ut skjemaer.", "Fisketorget"),
])
def test_a_common_noun_body_outside_a_joining_frame_still_replaced(text, name):
    assert name in found(text)


def test_a_part_of_a_programme_owns_its_preposition():
    assert "Morgenmagasinet" not in found("Mentee: Vi så et innslag fra Morgenmagasinet om lønn og skatt.")
    assert "Amina" in found("Mentee: Han fikk et klipp fra Amina på telefonen.")


@pytest.mark.parametrize("text, team", [
    ("Mentee: Broren min er stor fan av Juventus og ser alle kampene.", "Juventus"),
    ("Mentee: Sønnen min heier på Arsenal, så jeg gjør det også.", "Arsenal"),
])
def test_a_team_supported_stays(text, team):
    assert team not in found(text)


def test_a_person_cheered_on_still_replaced():
    assert "Amina" in found("Mentee: Jeg heier på Amina når hun løper.")
