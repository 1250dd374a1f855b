"""Fourteenth-round rules: names linked to nobody stay, by the frame they stand in (`references`).

Held-out 9's false replacements were national media, unions and programmes in forms no list
held. Instead of more list entries, a name is judged by its link to a person: watched, read,
talked about, voted for or listed beside such things, it identifies nobody; a workplace,
school, home or named person does. Each test keeps one class and checks that the keep does
not keep a real identifier; each fails on the thirteenth round's rules. Synthetic sentences
written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts.
"""

from __future__ import annotations

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def clean(text: str) -> str:
    return Pseudonymizer().apply(text)[0]


def test_an_unlisted_medium_watched_heard_or_followed_stays():
    text = "Om kvelden ser vi på HBO og Netflix, og bestemor følger også med på Kanal Fem."
    assert clean(text) == text
    text = "Jeg hører på Radio Fjell i bilen, og barna ser på Barnekanalen."
    assert clean(text) == text
    # near miss: one word that may be a given name ("Bright") or a surname stays a name in the same frame
    out = clean("Jeg hørte på Bright i møtet, og vi snakket om Sletten etterpå.")
    assert "Bright" not in out and "Sletten" not in out


def test_a_medium_that_is_someones_workplace_is_replaced_at_every_mention():
    out = clean("Hun jobber som vikar i Dalposten. Alle i bygda leser Dalposten.")
    assert "Dalposten" not in out
    out = clean("Alle i bygda leser Dalposten. Broren min er redaktør i Dalposten.")
    assert "Dalposten" not in out


def test_a_person_in_a_watching_or_listening_frame_is_still_replaced():
    out = clean("Jeg hørte på Temesgen, og vi så på Kalkidan da hun holdt innlegget.")
    assert "Temesgen" not in out and "Kalkidan" not in out
    out = clean("Vi snakket om Haileselassie og om jobben hans.")
    assert "Haileselassie" not in out


def test_a_programme_party_or_event_talked_about_or_voted_for_stays():
    text = "Naboen snakker om Sommerkampen hele året, og hun stemte på Kystpartiet ved valget."
    assert clean(text) == text
    # near miss: talked about, but where someone works, it is replaced everywhere
    out = clean("Hun fikk praksis hos Kystpartiet. Vi snakket om Kystpartiet i timen.")
    assert "Kystpartiet" not in out


def test_a_list_is_of_one_kind_a_name_beside_a_watched_thing_stays():
    text = "Vi følger med på NTV og Al Minbar for nyheter hjemmefra."
    assert clean(text) == text
    text = "De ledige stillingene fant jeg på Finn og LinkedIn."
    assert clean(text) == text
    # an application frame still wins: applying there may be applying to a workplace
    assert "Finn" not in clean("Jeg søkte på ledige stillinger på Finn og LinkedIn.")
    # near misses: a place in the list makes it local; a place preposition makes it a place
    out = clean("Vi har sett på Bergnes og på Fjell Gruber i Mo i Rana.")
    assert "Fjell Gruber" not in out
    out = clean("Vi møttes på en kafé ved Tjuvholmen eller på Teams.")
    assert "Tjuvholmen" not in out


def test_a_listed_union_in_a_list_of_unions_one_is_in_stays():
    text = "Kollegene mine er med i YS eller i Unio, sier de."  # round 52o: a union is replaced wherever it stands (special-category data, GDPR art. 9); confederations stay
    assert clean(text) == text
    text = "På samlingen snakket noen fra Arbeidsgiverforeningen Spekter og fra NHO."
    assert clean(text) == text
    # near miss: an association known only by its ending, joined alone, stays a find
    assert "Tolkeforeningen" not in clean("Hun sa at jeg måtte bli med i Tolkeforeningen.")


def test_a_capitalised_common_noun_the_text_also_writes_in_lower_case_stays():
    text = ("Jeg begynte i ordningen i fjor. Først trodde jeg det var et kurs. "
            "Men Ordningen var annerledes, og jeg lærte mye.")
    assert clean(text) == text
    # near miss: the same word that is a person's name in the text is replaced
    out = clean("Mentoren min heter Linn Storm. Jeg ringte Storm i går, og det var storm ute.")
    assert "Storm i går" not in out


def test_a_name_in_lower_case_after_a_verb_of_meeting_or_greeting_is_replaced():
    out = clean("Mentoren min heter Leiv Ramstad. Jeg møtte leiv på kafeen. Hils til leiv fra meg.")
    assert "leiv" not in out
    out = clean("Siv sa at jeg burde søke. Og hils til siv hvis du ser henne.")
    assert "siv" not in out.replace("Siv", "")
    # near miss: the ordinary word where no person stands stays
    text = "Siv sa at jeg burde søke. Ved vannet vokser det siv."
    assert clean(text).endswith("vokser det siv.")


def test_the_keep_does_not_keep_where_someone_is_from_a_place_or_a_surname_given_a_person():
    # someone comes from there: every mention stays replaced, the talked-about one too
    out = clean("Mentoren min er fra Vindtek. Vi snakket om Vindtek i timen.")
    assert "Vindtek" not in out
    # a word ending like a place name, talked about, is still a place
    assert "Storfjorden" not in clean("Vi snakket om Storfjorden i går.")
    # a surname the text gives a person, talked about alone
    out = clean("Mentoren min heter Kari Sletten. Vi snakket om Sletten i går.")
    assert "Sletten" not in out
