"""Round 22b: organisations applied to, a course at a business school, surname-first names; fewer false alarms.

Held-out 18 (now development data) lost listed chains named where someone applied (in an answer to a
question about applications), a business school where someone took a course, and a letter's name written
surname first in capitals. Outside its truth list it replaced the genitive of the interviewer's label in
bracketed notes, English job titles, departments and qualifications in a CV read aloud, code-switched
English words, a compliance term, a compound of a term, archive portals and bodies, and a game console.
Beside each class stand the guards: English-named firms and institutions, people with listed names,
chains only shopped at. Synthetic sentences written for these tests (SYNTETISK), none taken from the leak
benchmark's transcripts or controls.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
from workbench.io.pseudonymize.titles import code_switch, english_title, role_form


def found(text: str) -> list[str]:
    return [r.original for r in Pseudonymizer().find(text)]


def replaced(text: str, word: str) -> bool:
    return any(word in original for original in found(text))


# 1. Listed chains where someone applied ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("I: Har du søkt noen jobber i det siste?\n\nMentee: Ja. Europris på Sandmoen, og Rusta. Ingen svar.",
     "Europris"),
    ("I: Har du søkt noen jobber i det siste?\n\nMentee: Ja. Europris på Sandmoen, og Rusta. Ingen svar.",
     "Rusta"),
    ("Mentee: Jeg har søkt på Skeidar, men de har ikke svart.", "Skeidar"),
])
def test_chain_applied_to_is_replaced(text, name):
    assert replaced(text, name)


@pytest.mark.parametrize("text, name", [  # guards: tied before this round too, by the work words around them
    ("I: Hvor har du sendt søknader?\n\nMentee: Lager hos Posten? Nei, Bring. Og Kiwi.", "Bring"),
    ("Mentee: Jeg sendte en søknad til Nille i forrige uke.", "Nille"),
    ("Mentee: Neste uke skal jeg på intervju hos Jula.", "Jula"),
    ("Mentee: På tirsdag ringte de fra Elkjøp om stillingen.", "Elkjøp"),
])
def test_chain_in_a_work_sentence_stays_replaced(text, name):
    assert replaced(text, name)


@pytest.mark.parametrize("text, name", [
    ("I: Hvor handler dere?\n\nMentee: Europris, og Rusta. Det er billig.", "Rusta"),
    ("I: Har du søkt noen jobber?\n\nMentee: Ja, mange. Etterpå handler jeg alltid på Rusta.", "Rusta"),
    ("Mentee: Jeg søkte jobb på Jobbnorge hele høsten.", "Jobbnorge"),
])
def test_chain_not_applied_to_stays(text, name):
    assert not replaced(text, name)


# 2. A business school where someone took a course ---------------------------------------------------

def test_business_school_with_its_course_compound_is_replaced():
    text = "Mentee: Jeg tok et kurs i regnskap på BI, 2021. Mentoren sa: skriv BI-kurset først."
    assert found(text).count("BI") == 2


def test_acronym_course_without_a_place_of_study_stays_a_course():
    assert not replaced("Mentee: Jeg har tatt ADR-kurset og et HMS-kurs.", "ADR")


# 3. A letter's surname first in capitals -------------------------------------------------------------

def test_surname_first_in_capitals_is_one_person():
    text = "Mentee: På brevet står det HADDAD, Yasmin, Lillevegen 12, 7040 Trondheim."
    assert "HADDAD, Yasmin" in found(text)


def test_capital_acronym_before_a_given_name_is_no_surname():
    assert "HMS, Kari" not in found("Mentee: Vi snakket om HMS, Kari og jeg.")


# 4. Roles and speaker labels in any form ---------------------------------------------------------------

@pytest.mark.parametrize("word", ["Intervjuers", "Intervjuerens", "Transkribentens", "Programlederens",
                                  "Mentorens", "Menteens", "Mentees"])
def test_role_forms(word):
    assert role_form(word)


@pytest.mark.parametrize("word", ["Ingrid", "Torp", "Mentorbuskerud", "Bror", "KONE"])
def test_names_are_no_role_forms(word):
    assert not role_form(word)


@pytest.mark.parametrize("text", [
    "I: Takk. [Intervjuers notat: lyden var dårlig de første minuttene.] Hvor var vi?",
    "Mentor: Takk. [Mentors kommentar: vi tar resten neste uke.]",
])
def test_bracketed_notes_and_role_genitives_stay(text):
    assert found(text) == []


def test_name_in_a_note_is_still_replaced():
    assert replaced("I: [Intervjuers notat: Gunnhild Vatne ringte under intervjuet.]", "Gunnhild Vatne")


# 5. English titles, departments and qualifications --------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Mentee: Fra 2020: Credit Analyst, Retail Banking, i to år.", "Analyst"),
    ("Mentee: Fra 2020: Credit Analyst, Retail Banking, i to år.", "Retail Banking"),
    ("Mentee: Så har jeg Postgraduate Diploma in Human Resource Management fra nettet.", "Diploma"),
    ("Mentee: Jeg var Operations Manager i tre år.", "Operations Manager"),
    ("Mentee: Jeg forstår ikke hvordan Canadians tenker heller.", "Canadians"),
])
def test_english_titles_and_code_switching_stay(text, word):
    assert not replaced(text, word)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg jobbet i Ecobank Ghana, og så i Guaranty Trust Bank.", "Guaranty Trust Bank"),
    ("Mentee: Sertifikatet er fra Chartered Institute of Procurement and Supply.", "Chartered Institute"),
    ("Mentee: Jeg studerte ved University of Ibadan.", "Ibadan"),
    ("Mentee: Sjefen min, Grace Mensah, var Finance Manager.", "Grace Mensah"),
])
def test_english_named_firms_and_people_stay_replaced(text, name):
    assert replaced(text, name)


def test_english_title_run_needs_a_title_word():
    text = "Mentee: Han heter Victor Frank."
    start = text.index("Victor")
    assert not english_title(text, start, start + len("Victor Frank"))


# 6. Terms, archive bodies and portals, consoles ----------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Mentee: Jeg har erfaring fra KYC i banken hjemme.", "KYC"),
    ("Mentee: Intervjuet var med sjefen og en HR-dame, Sigrun Moe.", "HR-dame"),
    ("Mentor: Du finner mye i Arkivportalen.", "Arkivportalen"),
    ("Mentor: Jeg ble med på et seminar i Arkivforbundet.", "Arkivforbundet"),
    ("Mentee: Sønnen min spiller på Xbox hele helgen.", "Xbox"),
    ("Mentee: Datteren min ønsker seg en Nintendo Switch til jul.", "Nintendo Switch"),
])
def test_terms_bodies_portals_and_consoles_stay(text, word):
    assert not replaced(text, word)


def test_role_word_inside_a_firm_name_stays_replaced():
    assert replaced("Mentor: Hun startet firmaet Diallo Tolk og Språk i fjor, og jeg jobber der.", "Tolk")


@pytest.mark.parametrize("text, word, expected", [
    ("Mentee: Honestly, jeg vet ikke.", "Honestly", True),
    ("Mentee: Honest? Nei, det var hun ikke.", "Honest", True),
    ("Mentee: Ghanaians hjelper hverandre.", "Ghanaians", True),
    ("Mentee: Grace? Hun kommer i morgen.", "Grace", False),
])
def test_code_switched_words(text, word, expected):
    start = text.index(word)
    assert code_switch(text, start, start + len(word)) is expected
