"""Round 44o: a place after `hjemme på`, `her i`, `oppe på` … that is also a tool's name; a university or school
named in full in a foreign language; a union's acronym beside its name where someone is a member, and the acronym
again; a union given as the bare answer to a question about an association or joining one; a vocative that is
the tail of a first name found in the text. Development data only (d79o, control_d61o); every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.probe_support import covered, finds, touched, untouched


@pytest.mark.parametrize("text, part", [
    ("Mentee: Verkstedet hadde vi hjemme på Hana, i garasjen.", "Hana"),
    ("Mentee: Her på Hana er det mange barnefamilier.", "Hana"),
    ("Mentee: Svigermor bor oppe på Hana, og vi bor i sentrum.", "Hana"),
    ("Mentee: Ute på Hana har vi kolonihage.", "Hana"),
])
def test_a_place_after_an_adverb_frame_is_no_tool(text, part):
    assert touched(text, part)


@pytest.mark.parametrize("text, part", [
    ("Mentee: Her på Teams har vi møter hver mandag.", "Teams"),
    ("Mentee: Hjemme på Facebook skriver søsteren min mye.", "Facebook"),
    ("Mentee: Jeg sitter hjemme på kjøkkenet og skriver.", "kjøkkenet"),
    ("Mentee: Her på jobben er det travelt, men oppe på loftet er det stille.", "loftet"),
    ("Mentee: I helgene er vi ute på tur.", "tur"),
])
def test_tools_and_rooms_after_the_same_frames_stay(text, part):
    assert untouched(text, part)


@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg studerte ved Université Félix Houphouët-Boigny d'Abidjan i fire år.",
     "Université Félix Houphouët-Boigny d'Abidjan"),
    ("Mentee: Hun tok master ved l'Institut Supérieur de Gestion de Dakar.", "Institut Supérieur de Gestion de Dakar"),
    ("Mentee: Han har en grad fra Hochschule für Angewandte Wissenschaften Hamburg, og så kom han hit.",
     "Hochschule für Angewandte Wissenschaften Hamburg"),
    ("Mentee: Broren min gikk på Escola Técnica d'Avila før han flyttet.", "Escola Técnica d'Avila"),
])
def test_a_foreign_university_named_in_full_is_one_organisation(text, part):
    assert covered(text, part) == "org"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Lycée betyr videregående skole på fransk.", "Lycée"),
    ("Mentee: Universidad er spansk for universitet.", "Universidad"),
    ("Mentee: En école er bare en skole.", "école"),
])
def test_a_foreign_school_word_alone_stays(text, part):
    assert untouched(text, part)


def _every_mention_found(text: str, word: str) -> bool:
    spans = [(s, e) for s, e, _k, _o in finds(text)]
    at = [i for i in range(len(text)) if text.startswith(word, i)]
    return bool(at) and all(any(s <= i and i + len(word) <= e for s, e in spans) for i in at)


@pytest.mark.parametrize("text, parts", [
    ("I: Er du organisert?\nP: I NSF, Norsk Sykepleierforbund. Det første NSF gjorde var å ringe meg.",
     ("NSF", "Norsk Sykepleierforbund")),
    ("P: Jeg meldte meg inn i NFF, Norsk Fysioterapeutforbund, i fjor. Etter det har NFF hjulpet meg.",
     ("NFF", "Norsk Fysioterapeutforbund")),
    ("P: Han er organisert i Arkitektforbundet, AF. Senere ga AF ham en advokat.", ("AF", "Arkitektforbundet")),
])
def test_a_union_acronym_beside_its_name_is_found_with_it_and_again(text, parts):
    assert all(_every_mention_found(text, part) for part in parts)


@pytest.mark.parametrize("text, part", [
    ("I: Har du meldt deg inn i noen forening?\nP: Ja, Econa, som student.", "Econa"),
    ("I: Er du medlem av en forening på jobben?\nP: Ja, Samfunnsviterne, fra første dag.", "Samfunnsviterne"),
    ("I: Har dere meldt dere inn noe sted?\nP: Ja, Negotia, begge to.", "Negotia"),
    ("I: Er du organisert?\nP: I Parat, som alle på kontoret.", "Parat"),
])
def test_a_union_given_as_the_answer_to_a_membership_question_is_found(text, part):
    assert covered(text, part) == "org"


@pytest.mark.parametrize("text, part", [
    ("I: Er du med i en fagforening?\nP: Nei, ikke ennå. Fagforbundet har et kurs om det.", "Fagforbundet"),
    ("I: Er du medlem av noen forening?\nP: Ja, fagforeningen på jobben, tror jeg.", "fagforeningen"),
    ("I: Har du meldt deg inn i noe forbund?\nP: Ja, gjerne, hvis det hjelper.", "gjerne"),
    ("P: Tekna publiserer lønnsstatistikk hvert år.", "Tekna"),
    ("I: Er du organisert?\nP: I Oslo? Nei.", "Oslo"),
])
def test_unions_named_as_such_and_empty_answers_stay(text, part):
    assert untouched(text, part) or covered(text, part) != "org"


@pytest.mark.parametrize("text, part", [
    ("P: Hun heter Antoinette Diallo. Nette, du må slutte å be om unnskyldning, sa jeg.", "Nette"),
    ("P: Jeg heter Estelle Ngono. Telle, du er for formell, sa sjefen.", "Telle"),
])
def test_a_vocative_that_ends_a_found_first_name_is_that_person(text, part):
    assert covered(text, part) == "person"


@pytest.mark.parametrize("text, part", [
    ("P: Jeg heter Estelle Ngono. Telle, du er flink, men det er vanskelig å telle alt.", "å telle alt"),
    ("P: Nette, du ser fin ut i dag, sa hun.", "Nette"),  # no Antoinette in the text
    ("P: Hun heter Henriette Mbala. Rette, du må rette feilene.", "Rette"),  # a common word
])
def test_a_tail_vocative_without_its_name_or_as_a_word_stays(text, part):
    assert untouched(text, part)
