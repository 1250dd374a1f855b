"""Organisations and names read as wholes: capitalised runs, employer contexts, person verbs.

All sentences are synthetic (written for these tests); every company and person is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer

FULL_MODEL = next((p / "shared" / "models" / "nb_udnorne_sm" for p in Path(__file__).resolve().parents
                   if (p / "shared" / "models" / "nb_udnorne_sm").is_dir()), None)


def clean(text: str, **kwargs) -> str:
    return Pseudonymizer(**kwargs).apply(text)[0]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(r.original, r.kind) for r in Pseudonymizer().find(text)]


@pytest.mark.parametrize("text, expected", [
    # a found word takes the whole capitalised run with it, ordinary words included
    ("Jeg jobber i Norsk Hydrolux nå.", "Jeg jobber i [organisasjon] nå."),
    ("Hun er fra Kvalitetsrengjøring Vest, tror jeg.", "Hun er fra [organisasjon], tror jeg."),
    ("Han jobber i Sparebank 1 Fjordvik nå.", "Han jobber i [organisasjon] nå."),
    ("Vi hadde møte med Brekkan & Sønn i går.", "Vi hadde møte med [organisasjon] i går."),
    # two capitalised dictionary words inside a sentence are one name
    ("Vi samarbeider med Grønn Vekst om dette.", "Vi samarbeider med [organisasjon] om dette."),
    # an initial inside a name; `og` and a capitalised word going on with an organisation
    ("Jeg var hos Kari M. Hansen i går.", "Jeg var hos [X] i går."),
    ("Han jobber i Brekkestad Lakk og Karosseri nå.", "Han jobber i [organisasjon] nå."),
    ("Hun var innlagt på Sykehuset i Fjordvik.", "Hun var innlagt på [organisasjon]."),
    # an organisation head at the start of the run
    ("Og Stiftelsen Solgrunn ga meg et lån.", "Og [organisasjon] ga meg et lån."),
])
def test_a_capitalised_run_is_replaced_whole(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jeg fikk jobb i Vekst Omsorg.", "Jeg fikk jobb i [organisasjon]."),
    ("Hun hadde praksis hos Blå Fjellet i fjor.", "Hun hadde praksis hos [organisasjon] i fjor."),
    ("Han er ansatt i Norsk Tippelag.", "Han er ansatt i [organisasjon]."),
    ("Jeg søkte hos Kirkens Sykestue.", "Jeg søkte hos [organisasjon]."),
    ("Hun fikk jobb på sykehjemmet Solgløtt.", "Hun fikk jobb på sykehjemmet [organisasjon]."),
    ("Jeg har intervju hos Grønn Vekst Rengjøring neste uke.", "Jeg har intervju hos [organisasjon] neste uke."),
])
def test_employer_contexts_make_an_organisation(text, expected):
    assert clean(text) == expected


def test_two_names_joined_by_og_stay_two_replacements():
    assert kinds("Jeg søkte i DNB og Telenor.") == [("DNB", "org"), ("Telenor", "org")]


def test_employer_context_keeps_places_and_people_as_they_are():
    assert kinds("Jeg jobber i Oslo.") == [("Oslo", "place")]
    assert kinds("Jeg jobber hos Kari.") == [("Kari", "person")]
    assert clean("Jeg jobber i NAV og søkte på Stortinget.") == "Jeg jobber i NAV og søkte på Stortinget."


def test_a_run_split_between_kinds_becomes_one_organisation():
    assert kinds("Jeg jobbet på Fjordlys Hotel Opera.") == [("Fjordlys Hotel Opera", "org")]


def test_an_organisation_found_in_a_compound_is_found_alone_too():
    text = "Telenor-jobben var fin. Jeg likte Telenor, og telenor-folk er greie."
    assert clean(text) == "[organisasjon]-jobben var fin. Jeg likte [organisasjon], og [organisasjon]-folk er greie."


def test_a_run_found_once_is_found_again_whole_not_word_by_word():
    text = ("Jeg jobber i Grønn Vekst. Grønn Vekst ringte i går. Vekst er viktig, og grønn er fin. "
            "Vi snakket om grønn vekst.")
    assert clean(text) == ("Jeg jobber i [organisasjon]. [organisasjon] ringte i går. Vekst er viktig, og grønn er fin. "
                           "Vi snakket om grønn vekst.")


@pytest.mark.parametrize("text, expected", [
    ("Per sa at jeg var flink.", "[X] sa at jeg var flink."),
    ("Sol ringte meg i går.", "[X] ringte meg i går."),
    ("Liv fortalte om jobben.", "[X] fortalte om jobben."),
    ("Grace sa at det gikk fint.", "[X] sa at det gikk fint."),
])
def test_an_ambiguous_first_name_before_a_person_verb_is_a_name(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize("text", [
    "Liv er viktig. Tone er viktig i et intervju. Per dag får jeg tre svar.",
    "Man sier ikke nei direkte. Mamma sa ja. Folk sier mye. Networking hjelper.",
    "VI MÅ JOBBE MER MED DETTE.",
    "Han har ADHD og fikk hjelp fra SSB og UNHCR.",
    "Mentoren min tok førerkortet hos Statens vegvesen.",  # as a service; where someone works: round 12
    "Hos mentoren fikk jeg hjelp. Mentoren Jeg-vet-ikke.",
    "Under Ramadan og Jul er det stille. Stortinget og Regjeringen bestemmer.",
    "Jeg fikk jobb. Det var i fjor.",
    "Vi kjørte bil med klasse B. Etterpå gikk vi hjem.",
    "Lykke til med rapporten.",
])
def test_ordinary_text_stays(text):
    assert clean(text) == text


def test_a_capitalised_dictionary_word_inside_a_sentence_is_a_name():
    assert clean("Jeg snakket med Rosa i går, og Rosa var glad.") == "Jeg snakket med [X] i går, og [X] var glad."
    assert clean("Jeg ber til Gud og leser i Koranen. Mentoren sa ja.") == (
        "Jeg ber til Gud og leser i Koranen. Mentoren sa ja.")


def test_the_sentence_start_word_is_not_taken_into_a_run():
    assert clean("Hos Grønn Vekst fikk jeg jobb.").startswith("Hos [")
    assert clean("Mentoren Kari sa ja.") == "Mentoren [X] sa ja."


def test_acronyms_still_organisations_and_a_person_stays_a_person():
    assert clean("Jeg studerte ved NTNU og jobber i DNB.") == "Jeg studerte ved [organisasjon] og jobber i [organisasjon]."
    assert kinds("Kontaktpersonen var Grace Mwangi. Grace er flink.") == [
        ("Grace Mwangi", "person"), ("Grace", "person")]


def test_a_listed_place_in_lower_case_and_its_kommune():
    text = "Jeg er ansatt i tromsø kommune. Hun bodde i bergen, og han jobber i bodø kommunes IT-avdeling."
    assert clean(text) == ("Jeg er ansatt i [organisasjon]. Hun bodde i […], og han jobber i [organisasjon] "
                           "IT-avdeling.")
    assert clean("Jeg liker ski, og vi bor i ås.") == "Jeg liker ski, og vi bor i ås."


def test_an_institution_at_the_start_of_a_sentence():
    assert clean("Nordkyst universitet. Sandvik kommune.") == "[organisasjon]. [organisasjon]."
    assert clean("For sykehus er det vanskelig. Vanlig skole er bra. Alle kommune-ansatte vet det.") == (
        "For sykehus er det vanskelig. Vanlig skole er bra. Alle kommune-ansatte vet det.")


def test_public_bodies_in_definite_form_stay():
    text = "Norskopplæringen ga språk, og Riksrevisjonen har kritisert det. Tallene fra Statistisk sentralbyrå."
    assert clean(text) == text


def test_a_definite_noun_inside_a_sentence_is_an_organisation():
    assert clean("Jeg ringte Bemanningshuset i går.") == "Jeg ringte [organisasjon] i går."


def test_a_bare_hpr_label_takes_its_number():
    assert clean("Jeg har autorisasjon, HPR 9817342.") == "Jeg har autorisasjon, HPR [nummer]."


@pytest.mark.skipif(FULL_MODEL is None, reason="the full Norwegian test pipeline is not on this machine")
def test_full_pipeline_keeps_public_bodies_and_takes_runs():
    from workbench.io.pseudonymize.pseudonymizer import load_ner

    nlp, _ = load_ner(str(FULL_MODEL))
    text = "Statens vegvesen godkjente det. Riksrevisjonen kritiserte. Jeg jobber i Grønn Vekst Rengjøring."
    assert Pseudonymizer(nlp=nlp).apply(text)[0] == (
        "Statens vegvesen godkjente det. Riksrevisjonen kritiserte. Jeg jobber i [organisasjon].")


def test_names_that_are_words_as_speaker_labels_and_spoken_to():
    text = "Intervjuer: Mai, kan du si litt om jobben?\nMai: Ja.\nBror: Og jeg.\nTolk: Hun sier ja.\nMentee: Ja."
    assert clean(text) == ("Intervjuer: [X], kan du si litt om jobben?\n[X]: Ja.\n[X]: Og jeg.\nTolk: Hun sier ja."
                           "\nMentee: Ja.")
    assert clean("Liv, som vi vet, er kort. Lykke til med rapporten!") == (
        "Liv, som vi vet, er kort. Lykke til med rapporten!")


def test_initials_with_dots_as_speaker_labels():
    text = "A.H.: Jeg kom i 2019.\nI: Og du?\nK. M.: Jeg også."
    assert clean(text) == "[X]: Jeg kom i 2019.\nI: Og du?\n[X]: Jeg også."


def test_names_inside_speaker_labels_and_before_sin():
    text = ("Mentor (Lykke): Ja.\nMentee 1 (Nati): Nei.\nBror (mentor): Kanskje.\nProgramleder – Sol: Ja.\n"
            "Deltaker 3 (kvinne): Hei.\nSaksbehandler (NAV): Ja.\nMentee: Det er sånn: Vi jobber.")
    assert clean(text) == ("Mentor ([X]): Ja.\nMentee 1 ([X]): Nei.\n[X] (mentor): Kanskje.\nProgramleder – [X]: Ja.\n"
                           "Deltaker 3 (kvinne): Hei.\nSaksbehandler (NAV): Ja.\nMentee: Det er sånn: Vi jobber.")
    assert clean("Mai sin mann jobber der. Kommunen sin plan. Mamma sin bil.") == (
        "[X] sin mann jobber der. Kommunen sin plan. Mamma sin bil.")


def test_an_employer_in_lower_case_after_an_employer_context():
    text = "Jeg jobber på rema 1000 og hadde praksis i dnb. Hun fikk jobb hos ahmed, i oslo."
    assert clean(text) == ("Jeg jobber på [organisasjon] og hadde praksis i [organisasjon]. Hun fikk jobb hos [X], i […].")
    text = "Hun jobber i barnehage, på lager og i vaskebransjen. Jeg jobber i nav. Han liker ski og moss."
    assert clean(text) == text.replace("moss", "[…]")


def test_a_name_in_lower_case_after_heter_or_a_role_noun():
    text = "Hun heter nati og bor her. Mentoren min jericho er flink. De kaller meg sasha."
    assert clean(text) == "Hun heter [X] og bor her. Mentoren min [X] er flink. De kaller meg [X]."
    assert clean("Han heter ikke det. Hun heter egentlig noe annet.") == "Han heter ikke det. Hun heter egentlig noe annet."


def test_coordinated_names_at_a_sentence_start_and_short_names_found_again():
    assert clean("Vi var tre: Ana, Bo og Li. Tid og penger er viktig.") == (
        "Vi var tre: [X], [X] og [X]. Tid og penger er viktig.")
    assert clean("Mentoren min heter Li Wen. Li er flink. Bo i Oslo er dyrt.") == (
        "Mentoren min heter [X]. [X] er flink. Bo i […] er dyrt.")


def test_listed_names_the_dictionary_knows_are_names_at_a_sentence_start_unless_everyday_words():
    assert clean("Knut er flink. Amina kom i går. Osman har jobb.") == "[X] er flink. [X] kom i går. [X] har jobb."
    text = "Endre CV-en din. Bjørn er et dyr. Strøm er dyrt. Hagen er fin. Bakken var glatt."
    assert clean(text) == text
