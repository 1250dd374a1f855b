"""Round 17b: false alarms by class, names that identify nobody kept in forms no list held.

Held-out 13's control lost a volunteer centre, a national charity, a children's channel, a course
and an imperative at a sentence start, and a transcript a service club; each fresh control brings
such names in new forms. These tests probe the classes, not the strings: service clubs, scouts and
rescue bodies named as such, volunteer bodies known by their form (`frivillig-` and a noun), gifts
and help given to a charity, members of a club; and beside them the guards that keep recall: a
host tied to a programme, and work there. Synthetic sentences written for these tests
(SYNTETISK), none taken from the leak benchmark's transcripts or controls.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def found(text: str) -> list[str]:
    return [r.original for r in Pseudonymizer().find(text)]


@pytest.mark.parametrize("text, name", [
    ("Mentee: Via Kiwanis fikk jeg vite om leksehjelpen.", "Kiwanis"),
    ("Mentee: Svogeren min er aktiv i Lions Club og selger kalendere.", "Lions"),
    ("Mentee: Sønnen min ble med i Speiderne i fjor, og han elsker det.", "Speiderne"),
    ("Mentee: Vi samler inn penger til Redningsselskapet hver jul.", "Redningsselskapet"),
    ("Mentee: Jeg kjenner mange fra Rotary, de er hyggelige folk.", "Rotary"),
    ("Mentee: Det er mange folk i Soroptimist som hjelper nyankomne.", "Soroptimist"),
])
def test_service_clubs_and_rescue_bodies_named_as_such_are_kept(text, name):
    assert not any(name in f for f in found(text))


@pytest.mark.parametrize("name", ["Frivillighetshuset", "Frivilligkontoret", "Frivilligtorget"])
def test_a_volunteer_body_known_by_its_form_is_kept_where_someone_helps_there(name):
    text = f"Mentee: Jeg hjelper til i {name} to kvelder i uka, og {name} har mange tilbud."
    assert not any(name in f for f in found(text))


def test_a_national_charity_given_money_is_kept():
    text = "Mentee: Mannen min gir penger til Leger Uten Grenser hver måned."
    assert found(text) == []


def test_a_charity_named_as_the_host_of_a_programme_stays_replaced_everywhere():
    text = ("Mentee: Veilederen sa at det er et nytt mentorprogram som Kirkens Bymisjon har.\n\n"
            "I: Hva vet du om Kirkens Bymisjon fra før?")
    assert found(text).count("Kirkens Bymisjon") == 2


def test_a_volunteer_body_someone_works_at_stays_replaced():
    text = "Mentee: Kona mi jobber i Frivillighetshuset som koordinator, og Frivillighetshuset er travelt."
    assert found(text).count("Frivillighetshuset") == 2


def test_a_service_club_someone_works_for_stays_replaced():
    text = "Mentee: Hun er ansatt hos Kiwanis som sekretær."
    assert "Kiwanis" in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Svigermor ser bare på Italia 1 om kvelden.", "Italia"),
    ("Mentee: Barna elsker Snøfnuggene og ser det hver dag.", "Snøfnuggene"),
    ("Mentee: Om kvelden ser vi Hyttedrømmen sammen.", "Hyttedrømmen"),
    ("Mentee: Vi så en episode av Kveldsmagasinet i går.", "Kveldsmagasinet"),
    ("Mentee: Jeg betaler alt med Klarna når jeg handler på nett.", "Klarna"),
    ("Mentee: Lucidchart brukte vi til planen for søknadene.", "Lucidchart"),
    ("Mentee: Mobilabonnementet har jeg hos Chilimobil, det er billigst.", "Chilimobil"),
    ("Mentee: I sommer var vi på Sildefestivalen og på Matmessa.", "festivalen"),
    ("Mentee: I sommer var vi på Sildefestivalen og på Matmessa.", "Matmessa"),
    ("Mentee: Jeg ser etter stillinger på arbeidsplassen.nav.no hver dag.", "arbeidsplassen"),
    ("Mentee: Mannen min spiller Vikinglotto hver lørdag.", "Vikinglotto"),
])
def test_channels_programmes_apps_providers_and_festivals_named_as_used_are_kept(text, name):
    assert not any(name in f for f in found(text))


def test_a_street_after_living_is_still_an_address_beside_a_watched_channel():
    reps = Pseudonymizer().find("Mentee: Hun ser på Italia 1, og jeg bor på Tåsen 3.")
    assert [(r.original, r.kind) for r in reps] == [("Tåsen 3", "address")]


def test_a_provider_someone_works_for_stays_replaced_at_every_mention():
    text = "Mentee: Internettet har vi fra Fjordnett. Mannen min jobber i Fjordnett som montør."
    assert found(text).count("Fjordnett") == 2


def test_a_festival_someone_works_at_stays_replaced():
    text = "Mentee: Jeg har sommerjobb på Sildefestivalen, og Sildefestivalen betaler godt."
    assert found(text).count("Sildefestivalen") == 2


def test_a_person_loved_or_watched_is_still_a_person():
    assert "Amina" in found("Mentee: Barna elsker Amina, hun er så snill.")


@pytest.mark.parametrize("text, name", [
    ("Mentee: Mange har hatt nytte av Grunnleggende norsk, sier hun.", "Grunnleggende"),
    ("Mentee: Hun vil ta Yrkesrettet engelsk neste år.", "Yrkesrettet"),
    ("Mentee: Broren min vil ta Fagskolen ved siden av jobben.", "Fagskolen"),
    ("Mentee: Barna går på Kulturskolen to dager i uka.", "Kulturskolen"),
    ("Mentee: Jeg sjekket firmaet på Purehelp før intervjuet.", "Purehelp"),
    ("Mentee: Hun registrerte foretaket i Brønnøysund på en kveld.", "Brønnøysund"),
    ("Mentee: Neste vinter vil vi dra til Syden.", "Syden"),
])
def test_courses_generic_schools_registers_and_the_south_are_kept(text, name):
    assert name not in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Hun tok fagbrev på Fagskolen i Trondheim.", "Fagskolen"),
    ("Mentee: Søsteren min bor i Brønnøysund nå.", "Brønnøysund"),
    ("Mentee: Jeg jobber på Kulturskolen som lærer, og Kulturskolen er stor.", "Kulturskolen"),
    ("Mentor: Her på Sunnlandet ringer man naboen først.", "Sunnlandet"),
])
def test_a_school_with_its_place_or_as_a_workplace_and_a_home_town_stay_replaced(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Barna lærer mye av barne-TV på NRK Super, sier de.", "NRK Super"),
    ("Mentee: Jeg hører på radio i bilen om morgenen, og av og til på Deutsche Welle.", "Deutsche Welle"),
    ("Mentee: Vi øver på å finne ledige stillinger på Finn sammen.", "Finn"),
    ("Mentee: Tolketjenesten deres var god, og Nettverket mitt har vokst.", "Nettverket"),
    ("Mentee: Nå øver jeg til Prøve i norsk for voksne.", "Prøve"),
])
def test_channels_job_sites_owned_common_nouns_and_titled_tests_are_kept(text, name):
    assert not any(name in f for f in found(text))


def test_a_first_name_that_is_a_job_site_stays_a_name_where_it_is_someone():
    text = "Mentee: Jeg fant stillingen på Finn. Finn sa at jeg skulle søke, og Finn hjalp meg."
    assert found(text).count("Finn") == 3


def test_a_channel_someone_works_at_stays_replaced_at_every_mention():
    text = "Mentee: Barna ser på NRK Super hver dag. Broren min jobber i NRK Super som produsent."
    assert found(text).count("NRK Super") == 2


@pytest.mark.parametrize("text, name", [
    ("Mentee: Lørdag var vi på Fjordmat Festival med barna.", "Fjordmat"),
    ("Mentee: Sønnen min spilte på Vårsol Cup i helgen.", "Vårsol"),
    ("Mentee: Han jobber frivillig i Kirkens SOS om natta.", "Kirkens SOS"),
])
def test_festivals_of_several_words_and_volunteering_are_kept(text, name):
    assert not any(name in f for f in found(text))


@pytest.mark.parametrize("text, name", [
    ("Mentee: Vi var på Drammen Festival i fjor.", "Drammen"),
    ("Mentee: Han jobber i Kirkens SOS som leder.", "Kirkens SOS"),
])
def test_a_festival_named_by_a_place_and_paid_work_at_a_charity_stay_replaced(text, name):
    assert any(name in f for f in found(text))
