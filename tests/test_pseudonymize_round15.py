"""Fifteenth-round rules: the reference keep (`references`) no longer keeps a person's first name.

Held-out 10 (offline) kept a first name that is also a dictionary word or a title in every
mention but one, because the person's e-mail address wrote it in lower case and the keep read
that as the ordinary word. Each test names the class, probes it with names of the same shape
from several countries, and fails on the fourteenth round's rules. Synthetic sentences written
for these tests (SYNTETISK), none taken from the leak benchmark's transcripts.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def clean(text: str) -> str:
    return Pseudonymizer().apply(text)[0]


# A first name that the Bokmål dictionary knows as a word or title, and a surname it does not know.
WORD_NAMES = [("Raja", "Subramaniam"), ("Aga", "Kowalczyk"), ("Jade", "Okafor"), ("Imam", "Mostafa"),
              ("Baron", "Mensah"), ("Frost", "Lindqvist")]


@pytest.mark.parametrize(("given", "surname"), WORD_NAMES)
def test_a_first_name_in_lower_case_in_an_address_is_no_ordinary_word(given, surname):
    low = f"{given.lower()}.{surname.lower()}"
    text = (f"Mentee: Jeg er {given}, {given} {surname}, og jeg kom hit i fjor.\n"
            f"Mentor: Jeg sa at hun burde ta en prat med {given}. Resten gjorde {given} selv.\n"
            f"Intervjuer: {given}, hvordan gikk intervjuet?\n"
            f"Mentee: Skriv til {low}@hotmail.com, eller {low} krøllalfa gmail punktum com.")
    out = clean(text)
    assert given not in out and surname not in out


@pytest.mark.parametrize(("given", "surname"), WORD_NAMES)
def test_a_first_name_before_a_surname_names_the_person_where_the_text_uses_the_word(given, surname):
    text = (f"Mentee: Jeg er {given}, {given} {surname}. Det var mye {given.lower()} i den byen.\n"
            f"Mentor: Jeg ringte sjefen og sa at han burde møte {given}. Etterpå gjorde {given} resten.")
    out = clean(text)
    assert given not in out and surname not in out


def test_a_capitalised_common_noun_the_text_also_writes_in_lower_case_still_stays():
    # near miss: the keep itself stands where no person carries the word
    text = "Vi snakket om frost i timen. Frost på bilen er verst om morgenen."
    assert clean(text) == text
    text = "Programmet var bra. Men Programmet hadde få plasser, sa programmet selv."
    assert clean(text) == text


# Two-part East Asian names whose first part is two letters: China, Vietnam, Korea.
SHORT_FIRST = [("Wu", "Tao"), ("Ho", "Anh"), ("Le", "Minh"), ("Li", "Jun"), ("Do", "Thanh")]


@pytest.mark.parametrize(("first", "second"), SHORT_FIRST)
def test_a_two_part_name_in_the_genitive_at_a_sentence_start_is_replaced_whole(first, second):
    text = (f"Mentee: En venninne fra kurset, {first} {second}, fikk jobb på et laboratorium. "
            f"{first} {second}s sjef var selv innvandrer.")
    out = clean(text)
    assert f"{first} " not in out and second not in out
    # near miss: the short part alone, as a word at a sentence start elsewhere, is not taken with it
    text = f"En venninne fra kurset, {first} {second}, fikk jobb. Lia er bratt her."
    assert clean(text).endswith("Lia er bratt her.")


# Leaks of the fourteenth round's reference keep, found by writing fresh sentences where a person or a
# local body stands in a reference frame (talked about, read about, watched, voted for, followed).
@pytest.mark.parametrize(("text", "name"), [
    ("Vi snakket om Fjellvang i går, han er ny på lageret.", "Fjellvang"),  # a person said so by the apposition
    ("Vi snakket om Fjordgløtt, sykehjemmet der mora mi bor.", "Fjordgløtt"),  # a local body said so
    ("Vi snakket om Havblikk, restauranten der jeg vasker.", "Havblikk"),
    ("Vi snakket om Sjøkanten, kafeen til onkelen min.", "Sjøkanten"),
    ("Jeg følger med på Tindeklubben, der jeg klatrer.", "Tindeklubben"),  # somewhere someone is
    ("Vi snakket om Solgløtt, der bestemor bor.", "Solgløtt"),
    ("Jeg leste om Vassbotn i lokalavisa. Hun har startet et eget firma.", "Vassbotn"),  # the next subject
    ("Hun så på Lysgaard og Fjellvang på kampen.", "Lysgaard"),  # surnames ending in a farm-name element
    ("Vi så på Fjellvang spille fotball.", "Fjellvang"),
])
def test_a_person_or_local_body_in_a_reference_frame_is_replaced(text, name):
    assert name not in clean(text)


def test_national_things_in_a_reference_frame_still_stay():
    # near misses: the keep still keeps what identifies nobody, with an apposition that names no person or body
    for text in ("Om kvelden ser vi på Stjernekamp, programmet alle snakker om.",
                 "Naboen snakker om Statsbudsjettet, det er jo viktig.",
                 "Vi følger med på BBC og Al Jazeera, begge deler."):
        assert clean(text) == text


@pytest.mark.parametrize("place", ["Hell", "Skjell", "Kvell"])
def test_a_one_syllable_place_that_only_ends_like_an_adjective_is_a_place(place):
    # "-ell" is an adjective suffix after a stem ("formell", "generell"); "fjell", "skjell" have none
    out = clean(f"Mentee: Vi bor på {place} nå, like ved skolen.")
    assert place not in out
    # near miss: an adjective with its stem after a preposition still names a thing
    text = "Det står i Nasjonalt tolkeregister."
    assert clean(text) == text


@pytest.mark.parametrize(("prefixed", "bare"), [("junior-NM", "NM"), ("fotball-EM", "EM"), ("ungdoms-UM", "UM")])
def test_an_acronym_a_common_noun_narrows_is_an_event_throughout(prefixed, bare):
    text = f"Intervjuer: Og {bare}?\nMentee: Ja, under {prefixed} så vi på alt, og {bare} er gøy."
    assert clean(text) == text


def test_an_acronym_someone_works_in_is_replaced_with_a_prefix_too():
    # near miss: a body someone works in is replaced at every mention, the prefixed one included
    out = clean("Han jobber i NKBF, og under vinter-NKBF var han travel.")
    assert "NKBF" not in out


def test_an_acronym_watched_on_tv_stays():
    # "på TV" after a name is no place after it (an acronym is no place name)
    text = "Om kvelden så vi på NM på TV."
    assert clean(text) == text


@pytest.mark.parametrize("name", ["Norsk institutt for skogforskning", "Nasjonalt senter for havbruk og fiske",
                                  "Statens institutt for bygningsteknikk"])
def test_an_institution_named_with_lower_case_inner_words_is_one_workplace(name):
    out = clean(f"Hun fikk jobb ved {name} i fjor, som tekniker.")
    assert name.split()[0] not in out and "institutt for" not in out and "senter for" not in out
    # near miss: only where someone works; read about, the same words stay
    text = f"Han leste om {name} i avisa."
    assert clean(text) == text


@pytest.mark.parametrize(("firm", "last"), [("Okafor Maling og Tapet", "tapet"), ("Pham Sko og Veske", "veske"),
                                            ("Kowalski Regnskap og Rådgivning", "rådgivning")])
def test_a_firm_named_surname_noun_and_noun_keeps_its_last_word_replaced(firm, last):
    # the last word, a dictionary noun the text also writes in lower case, is part of the firm's name
    out = clean(f"Jeg har et enkeltpersonforetak, {firm}. Jeg driver mest med {last}.")
    assert firm.split()[-1] not in out and firm.split()[0] not in out


def test_an_organisation_found_by_its_tail_goes_on_after_og():
    out = clean("Han startet Mensah Frakt og Lager i fjor, med et lager i byen.")
    assert "Lager" not in out and out.endswith("med et lager i byen.")


def test_a_compound_named_after_a_family_in_a_reading_frame_is_replaced():
    # "Fjellheim-bloggen" is named after its first part, a farm-name surname; a show named after a word stays
    out = clean("Jeg leser Fjellheim-bloggen til naboen hver uke.")
    assert "Fjellheim" not in out
    text = "Om kvelden ser vi på Statsbudsjett-debatten."
    assert clean(text) == text


def test_a_list_after_a_watching_frame_passes_no_kind_to_a_subject_or_a_family_name():
    out = clean("Vi ser på Dagsrevyen, og Kvamme ser på sporten etterpå.")
    assert "Kvamme" not in out and "Dagsrevyen" in out  # the subject of a clause of its own
    out = clean("Hun leser VG og Solbakken-bloggen hver dag.")
    assert "Solbakken" not in out and "VG" in out  # named after a farm-name surname
    # near miss: a list of things still stays
    text = "Om kvelden følger vi med på BBC og Al Jazeera."
    assert clean(text) == text


@pytest.mark.parametrize("surname", ["Skogholt", "Bjørnholt", "Hovholt"])
def test_a_surname_in_holt_is_no_adjective_in_lt(surname):
    # "-lt" ends an adjective only as the neuter of one the dictionary knows ("nasjonalt", "generelt")
    out = clean(f"Jeg møtte {surname} i går, og vi snakket om jobben.")
    assert surname not in out
    text = "Det står i Nasjonalt tolkeregister, og det er generelt kjent."
    assert clean(text) == text
