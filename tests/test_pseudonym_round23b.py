"""Round 23b: fewer false alarms on everyday words, by class, with guards where the same words identify.

Recent fresh controls replaced clubs someone supports, game titles and pieces of event names; a chain
opening a verbless answer; software, phone providers and job sites named as things used; large volunteer
organisations where someone volunteers; public approval schemes. Beside each class stand the guards: the
same kinds of names as someone's employer, a club someone plays in or a town someone lives in, a small firm
with a brand-like name, people who bear names that are also sites or imperatives. Synthetic sentences
written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts or controls.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def found(text: str) -> list[str]:
    return [r.original for r in Pseudonymizer().find(text)]


def replaced(text: str, word: str) -> bool:
    return any(word in original for original in found(text))


# 1. Clubs supported or watched, games, events ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg holder med Newcastle, det har hele familien min gjort.", "Newcastle"),
    ("Mentor: Han er fan av Napoli og Beşiktaş, så han sover lite i helgene.", "Napoli"),
    ("Mentor: Han er fan av Napoli og Beşiktaş, så han sover lite i helgene.", "Beşiktaş"),
    ("Mentee: Naboen heier på Brøndby, og han synger i trappa når de vinner.", "Brøndby"),
    ("Mentee: Om kvelden ser vi på kampene til Zamalek på nettet.", "Zamalek"),
    ("Mentee: I går spilte Trabzonspor mot Fenerbahce, og hele kafeen så på.", "Trabzonspor"),
    ("Mentor: Vi var på stadion og så Stabæk tape igjen. Stabæk er et hyggelig lag.", "Stabæk"),
    ("Mentee: Sønnen min har fått en Flamengo-drakt av onkelen sin.", "Flamengo"),
    ("Mentee: Ungene spiller League of Legends og Apex Legends hele helgen.", "League of Legends"),
    ("Mentee: Ungene spiller Call of Duty på kvelden.", "Call of Duty"),
    ("Mentor: Jeg ser alltid Giro d'Italia i mai, og Australian Open i januar.", "Giro"),
    ("Mentor: Jeg ser alltid Giro d'Italia i mai, og Australian Open i januar.", "Australian Open"),
    ("Mentor: Om vinteren følger jeg med på Tour de Ski hver kveld.", "Tour"),
    ("Mentor: Om vinteren følger jeg med på Tour de Ski hver kveld.", "Ski"),
])
def test_club_game_or_event_named_as_a_pastime_stays(text, name):
    assert not replaced(text, name)


def test_particle_inside_an_event_name_stays():
    assert found("Mentor: Hver juli ser jeg Tour de France med kaffe.") == []


@pytest.mark.parametrize("text, name", [  # guards: a club as where someone plays, works or lives
    ("Mentee: Sønnen min spiller håndball i Storhamar nå, to ganger i uka.", "Storhamar"),
    ("Mentee: Jeg jobber som vaktmester i Stabæk, på anlegget.", "Stabæk"),
    ("Mentee: Vi bor på Rosenborg, like ved skolen.", "Rosenborg"),
    ("Mentee: Vi flyttet til Molde i fjor. Jeg heier på Molde nå.", "Molde"),
    ("Mentee: Vaskeriet vårt har avtale med Lillestrøm, vi vasker draktene deres.", "Lillestrøm"),
    ("Mentee: Jeg heier på Amina, hun løper maraton i morgen.", "Amina"),
])
def test_club_that_identifies_stays_replaced(text, name):
    assert replaced(text, name)


# 2. Chains opening a verbless answer, chain compounds, brand departments -----------------------------

@pytest.mark.parametrize("text, name", [
    ("Intervjuer: Hvor handler dere mat?\n\nMentee: Mest Joker. Den ligger rett ved.", "Joker"),
    ("Intervjuer: Hvor handler dere mat?\n\nMentee: Mest Joker. Den ligger rett ved.", "Mest"),
    ("I: Hvor kjøper dere klær?\n\nMentee: Helst Lindex, av og til Cubus.", "Lindex"),
    ("Mentee: Vi kjøpte bilen på Mazda-avdelingen, de var veldig greie.", "Mazda"),
    ("Mentee: Naboen har en gammel Peugeot, og han er fornøyd med den.", "Peugeot"),
])
def test_chain_or_brand_named_in_passing_stays(text, name):
    assert not replaced(text, name)


@pytest.mark.parametrize("text, name", [  # guards: the same names as workplaces
    ("Intervjuer: Hvor har du søkt jobb?\n\nMentee: Joker. Og Lindex.", "Joker"),
    ("Mentee: Jeg jobber på Joker-butikken på Byåsen, mest i kassa.", "Joker"),
    ("Mentee: Jeg har praksis på Mazda-avdelingen, på verkstedet.", "Mazda"),
])
def test_chain_or_brand_as_workplace_stays_replaced(text, name):
    assert replaced(text, name)


# 3. Software, phone providers, job sites ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Timene fører vi i Tamigo, og fakturaene ligger i Fiken.", "Tamigo"),
    ("Mentee: Timene fører vi i Tamigo, og fakturaene ligger i Fiken.", "Fiken"),
    ("Mentee: Bookingene ligger i Mews, så jeg lærer Mews nå.", "Mews"),
    ("Mentee: Jeg hadde Lebara før, men nå har jeg MyCall fordi det er billigere.", "Lebara"),
    ("Mentee: Jeg hadde Lebara før, men nå har jeg MyCall fordi det er billigere.", "MyCall"),
    ("Mentee: Vi byttet til Phonero i fjor, dekningen er bedre.", "Phonero"),
    ("Mentee: Gjennom Stepstone og Jobylon, mest.", "Stepstone"),
    ("Mentee: Jeg fant stillingen på Indeed, og en til på Finn.", "Finn"),
    ("Mentee: Finn fram vitnemålet ditt før møtet.", "Finn"),
])
def test_tool_provider_or_job_site_used_stays(text, name):
    assert not replaced(text, name)


@pytest.mark.parametrize("text, name", [  # guards: providers and software houses as employers, people named Finn
    ("Mentee: Jeg fikk et vikariat i Phonero, på kundeservice.", "Phonero"),
    ("Mentee: Mange jeg kjenner er i Telia eller i Equinor.", "Telia"),
    ("Mentee: Jeg var et år hos Fiken, som utvikler.", "Fiken"),
    ("Mentee: Jeg hadde sommerjobb hos Tripletex, i resepsjonen.", "Tripletex"),
    ("Mentee: Lederen min, Finn Aasvold, er grei. Finn sa at jeg kan få fast stilling.", "Finn"),
    ("Mentee: Vi bruker et lite firma, Kvistly. Kvistly har ti ansatte og en egen Kvistly-app.", "Kvistly"),
])
def test_provider_or_software_house_as_employer_stays_replaced(text, name):
    assert replaced(text, name)


# 4. Volunteer organisations: kept where someone volunteers or names them; an employer stays replaced -----

@pytest.mark.parametrize("text, name", [
    ("Mentee: Ja, i Frelsesarmeen, på lørdager, vi deler ut mat.", "Frelsesarmeen"),
    ("Mentee: Om kvelden står jeg i kafeen til Blå Kors, som frivillig.", "Blå Kors"),
    ("Mentee: Vi hadde et møte i Frivilligsentralen i forrige uke, med kaffe.", "Frivilligsentralen"),
    ("Mentee: Naboen min går med Natteravnene på fredager.", "Natteravnene"),
])
def test_volunteer_organisation_named_or_volunteered_in_stays(text, name):
    assert not replaced(text, name)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Kona mi er ansatt i Frelsesarmeen som miljøarbeider.", "Frelsesarmeen"),
    ("Mentee: Jeg fikk deltidsjobb i Blå Kors, i kafeen deres.", "Blå Kors"),
    ("Mentee: Han tok kurs på Kirkens Bymisjon, på språkkafeen deres på Grünerløkka.", "Kirkens Bymisjon"),
])
def test_volunteer_organisation_as_employer_or_local_course_stays_replaced(text, name):
    assert replaced(text, name)


# 5. Approval schemes and labels ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentor: Firmaet må være Godkjent lærebedrift før du kan ta lærlinger.", "Godkjent"),
    ("Mentor: Regnskapsføreren må være Autorisert regnskapsfører, det er et krav.", "Autorisert"),
    ("Mentee: Kantina er Miljøfyrtårn, og maten er merket med Nyt Norge.", "Miljøfyrtårn"),
    ("Mentee: Kantina er Miljøfyrtårn, og maten er merket med Nyt Norge.", "Nyt Norge"),
    ("Mentee: Vaskemidlene er Svanemerket, det spør kundene om.", "Svanemerket"),
])
def test_approval_scheme_stays(text, name):
    assert not replaced(text, name)


def test_firm_with_an_approval_stays_replaced():
    text = "Mentee: Jeg har jobbet to år i Skinnvask. Skinnvask er Godkjent renholdsvirksomhet og har seks ansatte."
    assert [f for f in found(text) if "Skinnvask" in f] == ["Skinnvask", "Skinnvask"]
