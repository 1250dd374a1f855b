"""Round 23o: organisations as someone's employer or course, small places in place frames.

Recent fresh halves (now development data) lost public bodies as a former employer after a duration or
`var i`, a gathering held at an institute, course providers where someone took a course, buildings
answered as the workplace, platforms driven for, firms in an application list, associations looked at
for work and a small place beside a tool's name. Beside each class stand the guards: the same bodies
used as services, durations in programmes, visits. Synthetic sentences written for these tests
(SYNTETISK), none taken from the leak benchmark's transcripts or controls.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
from workbench.io.pseudonymize.tenure_frames import tenure_before


def found(text: str) -> list[str]:
    return [r.original for r in Pseudonymizer().find(text)]


def replaced(text: str, word: str) -> bool:
    return any(word in original for original in found(text))


# 1. Public bodies as a former employer ----------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentor: Etter fem år i Kystverket begynte jeg i en konsulentbedrift.", "Kystverket"),
    ("Mentee: Faren min var i Luftforsvaret hele livet, som tekniker.", "Luftforsvaret"),
    ("Mentor: Han var tolv år i Sjøforsvaret før han ble pensjonist.", "Sjøforsvaret"),
    ("Mentee: Jeg har vært seks år i Kriminalomsorgen, på et fengsel.", "Kriminalomsorgen"),
    ("Mentor: Før det hadde jeg elleve år i Statens vegvesen.", "Statens vegvesen"),
    ("Programleder: Vi hadde en samling på Fiskeridirektoratet i vår.", "Fiskeridirektoratet"),
    ("Mentee: Mannen min jobbet i Brannvesenet i Mombasa i ti år.", "Brannvesenet"),
    ("Mentee: Broren min var tre år i Marinen.", "Marinen"),
])
def test_public_body_served_in_is_replaced(text, name):
    assert replaced(text, name)


def test_served_body_is_replaced_where_named_again_as_a_service():
    text = "Mentor: Jeg hadde to år i Tolletaten. Tolletaten sendte meg et brev i fjor."
    assert found(text).count("Tolletaten") == 2


@pytest.mark.parametrize("text", [
    "Mentee: Jeg var to år i Introduksjonsprogrammet.",
    "Mentee: Jeg søkte hos Lånekassen om stipend, og Tolletaten sendte et brev.",
    "Mentee: Jeg var i Politiet i går for å hente passet.",
    "Mentee: Heimevernet var på øvelse her i sommer.",
    "Mentee: Vi hadde besøk av en fra Arbeidstilsynet.",
    "Mentee: Statens vegvesen sendte meg et brev om førerkortet.",
    "Mentee: Brannvesenet kom fort.",
])
def test_public_bodies_used_or_visited_stay(text):
    assert found(text) == []


def test_tenure_frames():
    assert tenure_before("tre år i X", 9)
    assert tenure_before("Etter det var jeg i X", 20)
    assert not tenure_before("Jeg var i X i går.", 9)
    assert not tenure_before("Jeg bodde i X", 12)


# 2. Course providers where someone took a course -------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg tok sveisekurs hos Læringsverkstedet i fjor.", "Læringsverkstedet"),
    ("Mentee: Jeg har tatt kurs, eh, hos Fjellkurs, på Oppdal.", "Fjellkurs"),
    ("Mentee: Jeg tok kurset på Folkeuniversitetet, nivå B1.", "Folkeuniversitetet"),
    ("Mentee: Hun tok kurset i regnskap på Studieforbundet Fremtid.", "Studieforbundet Fremtid"),
])
def test_course_provider_where_a_course_was_taken_is_replaced(text, name):
    assert replaced(text, name)


def test_course_provider_is_replaced_again_at_a_sentence_start():
    text = "Mentee: Jeg tok et kurs hos Fjellkurs. Fjellkurs har gode lærere."
    assert found(text).count("Fjellkurs") == 2


@pytest.mark.parametrize("text", [
    "Mentee: Jeg tok et kurs i førstehjelp på nett.",
    "Mentee: Jeg tok et kurs på Teams.",
    "Mentee: Jeg tok kurs på Voksenopplæringen.",
    "Mentee: Folkeuniversitetet har mange kurs.",
    "Mentee: Jeg søkte om kurs hos Folkeuniversitetet.",
    "Mentee: Jeg tok kurset på Engelsk.",
    "Mentee: Jeg tok kurs i Excel på Kommunen.",
    "Mentee: Noen har tatt førstehjelpskurs hos Røde Kors.",
    "Mentee: Jeg tok et norskkurs på B2-nivå.",
    "Mentee: Jeg tok et kurs i Power BI gjennom Microsoft Learn.",
    "Mentor: Hun har tatt mange kurs gjennom Kompetanse Norge sine tilbud.",
])
def test_courses_without_a_provider_stay(text):
    assert found(text) == []


# 4. Platforms driven for, firms applied to in a list, associations as a workplace --------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Mannen min sykler for Foodora og Wolt om kvelden.", "Wolt"),
    ("Mentee: Jeg kjører for Budbee, og litt for Porterbuddy.", "Porterbuddy"),
    ("Mentee: Jeg søkte på Tine, på Mills, og på Nofima.", "Mills"),
    ("Mentee: Jeg har søkt på Nortura, Gilde og Prior.", "Gilde"),
    ("Mentee: Søsteren min er ansatt i Eldrerådet.", "Eldrerådet"),
    ("I: Hva tenker du om arbeidsmarkedet?\nMentee: Jeg har også sett på Human-Etisk Forbund, de har seremonier.",
     "Human-Etisk Forbund"),
    ("Mentee: Jeg har sett på Diabetesforbundet, de har en ledig stilling.", "Diabetesforbundet"),
])
def test_workplace_in_a_job_frame_is_replaced(text, name):
    assert replaced(text, name)


@pytest.mark.parametrize("text", [
    "Mentee: Jeg bestiller mat fra Foodora og Wolt.",
    "Mentee: Jeg søkte hos Lånekassen om stipend.",
    "Mentee: Jeg søkte om bostøtte hos Husbanken.",
    "Mentee: Jeg søkte på Finn og Jobbnorge.",
    "Mentee: Jeg jobber frivillig i Sanitetsforeningen.",
    "Mentee: Broren min sykler for Norge i landslaget.",
    "Mentee: Hun søkte til Norge i 2015.",
    "Mentee: Jeg har søkt på Master i økonomi.",
    "Mentee: Vi har sett på Idrettslaget, de spilte fint.",
    "I: Hva gjør du for å finne jobb?\nMentee: Jeg har sett på Sykepleierforbundet sin nettside.",
])
def test_apps_services_and_volunteering_stay(text):
    assert found(text) == []


# 3. Buildings and centres as workplaces, a bare answer about the workplace ----------------------------------

@pytest.mark.parametrize("text, name", [
    ("I: Og den faste jobben, hvor er den?\nMentee: Sørkvartalet. Det er et kontorbygg.", "Sørkvartalet"),
    ("I: Hvor jobber du nå?\nMentee: Eh, Kornmagasinet, et kontorfellesskap.", "Kornmagasinet"),
    ("I: Hvor har du renholdskontrakten?\nMentee: Fjellporten senter, om morgenen.", "Fjellporten senter"),
    ("I: Hvor jobber du? Mentee: Elvetorget.", "Elvetorget"),
])
def test_workplace_given_as_a_bare_answer_is_replaced(text, name):
    assert replaced(text, name)


@pytest.mark.parametrize("text", [
    "I: Hvor jobber du nå?\nMentee: Hjemme. Jeg er sykmeldt.",
    "I: Hvor har du praksis?\nMentee: Sykehjemmet. Det er fint.",
    "I: Hvor jobber mannen din?\nMentee: Ingen steder. Han er hjemme.",
    "I: Hvor jobber du?\nMentee: Jeg vet ikke helt.",
    "I: Hvor bor du nå?\nMentee: Tårnhuset.",
    "I: Hvor jobber du?\nMentee: Renholdsfirmaet. Det er greit.",
    "I: Hvor jobber du nå?\nMentee: Renhold, mest.",
    "I: Hvilken jobb har du?\nMentee: Sykepleieassistent.",
    "I: Hvor har du praksis?\nMentee: Barnehageassistent, i en barnehage.",
])
def test_answers_that_name_no_workplace_stay(text):
    assert found(text) == []


def test_number_answers_stay():
    assert found("I: Hvor mange timer jobber du?\nMentee: Tjueseks, tjuesju timer.") == []


# 5. Small places in place frames --------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentor: Vi flyttet til Hana i fjor.", "Hana"),
    ("Mentor: Det er mest barn fra Kafka og Vormedal på kurset.", "Kafka"),
    ("Mentor: Det er mest barn fra Kafka og Rasta på kurset.", "Rasta"),
    ("Mentee: Vi bor på Vormedal nå, utenfor Haugesund.", "Vormedal"),
])
def test_small_place_named_like_a_tool_is_replaced(text, name):
    assert replaced(text, name)


def test_tool_used_stays():
    assert found("Mentee: Vi bruker Kafka og Python på jobben.") == []


# 4b. An acronym made of the beginnings of its English name's words ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg er utdannet biolog fra University of Ibadan, UNIBADAN.", "UNIBADAN"),
    ("Mentee: Jeg studerte ved University of Benin City, UNIBEN, i fem år.", "UNIBEN"),
])
def test_syllable_acronym_after_its_expansion_is_replaced(text, name):
    assert replaced(text, name)


def test_syllable_acronyms():
    from workbench.io.pseudonymize.expansions import _syllables

    assert _syllables("UNIPORT", "University of Port Harcourt")
    assert not _syllables("PORT", "University of Port Harcourt")
    assert not _syllables("NTNU", "Norges teknisk")


# 2b. Kindergartens and schools named at a sentence start ----------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Hun går i barnehagen. Humla barnehage Charlottenlund.", "Humla barnehage Charlottenlund"),
    ("Mentee: Maurtua barnehage er veldig bra.", "Maurtua barnehage"),
    ("I: Hvilken skole?\nMentee: Granly skole, på Tiller.", "Granly skole"),
])
def test_institution_named_at_a_sentence_start_is_replaced(text, name):
    assert replaced(text, name)


@pytest.mark.parametrize("text", [
    "Mentee: Privat barnehage er dyrt.",
    "Mentee: Ny skole er alltid vanskelig.",
    "Mentee: Åpen barnehage er gratis.",
    "Mentee: Dansk skole er annerledes.",
    "Mentee: Etter skole går de på trening.",
])
def test_kinds_of_institution_stay(text):
    assert found(text) == []


# 3b. A name set against a found one in a correction ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentor: Kontrakten er med Sørlandet sykehus. Nei, det er ikke Sørlandet sykehus, det er Kornmagasinet, "
     "et kontorbygg.", "Kornmagasinet"),
    ("I: Så Kornmagasinet, ikke Sørlandet sykehus?", "Kornmagasinet"),
])
def test_corrected_name_is_replaced(text, name):
    assert replaced(text, name)


def test_correction_of_a_common_word_stays():
    assert "Viktig" not in found("Mentee: Det er ikke Oslo, det er Viktig.")


def test_country_applied_in_stays():
    assert found("Mentee: Det er vanskelig å vite hvordan man søker jobb i Norge.") == []


@pytest.mark.parametrize("text", [
    "Mentee: Saken min lå tre måneder i Skatteetaten.",
    "Mentee: Jeg var i Politiet og anmeldte tyveriet.",
    "Mentee: Vi var i Skatteetaten og hentet skattekortet.",
])
def test_cases_and_errands_at_a_public_body_stay(text):
    assert found(text) == []


def test_course_provider_is_marked_as_an_organisation():
    reps = Pseudonymizer().find("Mentee: Jeg har tatt kurs, eh, hos Fjellkurs, på Oppdal.")
    assert [r.replacement for r in reps if r.original == "Fjellkurs"] == ["[organisasjon]"]


def test_name_first_said_and_corrected_takes_the_kind_of_the_right_one():
    text = "Mentor: Det var gjennom Vekstforeningen, eller, nei, det var Gründerhuset Sør, de spurte meg."
    assert replaced(text, "Vekstforeningen")


def test_corrected_weekday_stays():
    assert found("Mentee: Mandag, nei, det var Tirsdag.") == []


@pytest.mark.parametrize("text, name, kept", [
    ("Mentee: Nå bor vi på Ranheim. Ranheimstorget senter, øh, ved skolen.", "Ranheimstorget senter", None),
    ("Mentee: Lade senter, der jobber jeg.", "Lade senter", None),
    ("Mentee: Nytt senter kommer snart.", None, "Nytt"),
])
def test_centre_named_at_a_sentence_start(text, name, kept):
    if name:
        assert replaced(text, name)
    else:
        assert not replaced(text, kept)
