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


# 3. Software, phone providers, job sites ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Timene fører vi i Tamigo, og fakturaene ligger i Fiken.", "Tamigo"),
    ("Mentee: Timene fører vi i Tamigo, og fakturaene ligger i Fiken.", "Fiken"),
    ("Mentee: Bookingene ligger i Mews, så jeg lærer Mews nå.", "Mews"),
])
def test_tool_provider_or_job_site_used_stays(text, name):
    assert not replaced(text, name)


@pytest.mark.parametrize("text, name", [  # guards: providers and software houses as employers, people named Finn
    ("Mentee: Jeg var et år hos Fiken, som utvikler.", "Fiken"),
    ("Mentee: Jeg hadde sommerjobb hos Tripletex, i resepsjonen.", "Tripletex"),
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

