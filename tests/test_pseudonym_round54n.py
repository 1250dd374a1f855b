"""Round 54n rules (`misheard_twins`, `spoken_nicknames`): names and places in recogniser text corrected by
hand, and nicknames. Misheard lower-case words before their bracketed correction take the note's kind; a
place-name element capitalised by its note after a place preposition is a district; in recogniser text a
lower-case nickname or short form where a person stands is a person, and so is a country after `fra`/`i`;
a capitalised nickname in guillemets after a naming verb, and children named in an answer after their count.
Words that are also names used as words, ordinary and public-body notes, quotes and counts stay.

The strings are fresh, not those of `dev/d90n_*` or `dev/control_d72n`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

# Recogniser text with time codes, a label per turn, a capitalised union and a note: not `caseless` as a whole.
_BODY = """[00:00:01] I: da starter vi opptaket og det er nullpunkt i dag
[00:00:04] R: ja det går fint jeg er klar nå
[00:00:07] I: hvor lenge har du vært i landet
[00:00:10] R: i fire år snart fem og jeg lærer norsk hver kveld på kurs
[00:00:16] I: hvordan går det med språket
[00:00:19] R: bedre nå men det er vanskelig med dialekten på jobben og mange snakker fort
[00:00:26] I: er du med i noe forbund
[00:00:29] R: ja jeg er med i Fellesforbundet og de hjelper med kontrakten og lønna
[00:00:35] I: hva jobber du med nå
[00:00:38] R: jeg jobber på et lager med varer og truck og noen ganger kjører jeg bil ut til kundene
"""


def _line(line: str) -> str:
    return _BODY + line + "\n[00:05:00] I: takk for praten da er vi ferdige\n"


@pytest.mark.parametrize(("text", "part"), [
    ("[00:00:10] R: kontaktpersonen er fransisko [Francisco Ramos] i kommunen", "fransisko"),
    (_line("[00:01:10] R: i går ringte jeg til vojtek [Wojtek] om vakta"), "vojtek"),
    (_line("[00:01:10] R: det var vojtek [Wojtek] som hjalp meg"), "vojtek"),
])
def test_misheard_words_before_found_note_are_replaced(text: str, part: str) -> None:
    assert covered(text, part) == "person"


@pytest.mark.parametrize(("text", "part"), [
    ("[00:00:30] R: vi bygger nye boliger på tangen [Tangen] nå og det er mye arbeid", "tangen"),
    ("[00:00:30] R: vi bygger nye boliger på tangen [Tangen] nå og det er mye arbeid", "Tangen"),
])
def test_place_element_capitalised_by_note_after_preposition_is_a_place(text: str, part: str) -> None:
    assert covered(text, part) == "place"


@pytest.mark.parametrize(("line", "part"), [
    ("[00:01:10] R: han er snill og på lageret sier vi bare zuzu", "zuzu"),
    ("[00:01:10] I: ja da er det din tur du er nunja", "nunja"),
    ("[00:01:10] R: takk tiko det var hyggelig", "tiko"),
    ("[00:01:10] R: ja kwabena han har begynt på lageret nå", "kwabena"),
])
def test_caseless_nickname_where_a_person_stands(line: str, part: str) -> None:
    assert covered(_line(line), part) == "person"


def test_caseless_nickname_found_in_a_slot_is_found_again() -> None:
    text = _line("[00:01:10] R: og zuzu er den beste truckføreren vi har\n[00:01:20] R: på lageret sier alle zuzu")
    assert covered(text, "zuzu") == "person"


def test_short_form_of_found_name_said_twice() -> None:
    text = _line("[00:01:10] R: på lageret er hun bare lili\n"
                 "[00:01:20] R: hun heter liliana [Liliana] og takk lili sa sjefen")
    assert covered(text, "lili") == "person"


def test_lower_case_country_in_recogniser_text() -> None:
    assert covered(_line("[00:01:10] R: på skiftet er det mange fra polen og noen fra latvia"), "polen") == "place"


@pytest.mark.parametrize(("text", "part"), [
    ("I: Hva kaller kollegene deg?\nR: De sier «Stjerna», for jeg smiler hele tiden.", "Stjerna"),
    ("I: Har du et kallenavn?\nR: Ja, broren min kaller meg «Tusten» fortsatt.", "Tusten"),
])
def test_nickname_in_guillemets_after_naming_verb(text: str, part: str) -> None:
    assert covered(text, part) == "person"


@pytest.mark.parametrize(("text", "part"), [
    ("Intervjuer: Barn?\nD: To jenter. Juni og Selma. Selma begynner på skolen i høst.", "Juni"),
    ("Intervjuer: Barn?\nR: To døtre. Lerke og Hedda. Hedda er minst.", "Lerke"),
])
def test_children_named_in_answer_after_their_count(text: str, part: str) -> None:
    assert covered(text, part) == "person"


# Guards: look-alikes that must stay.
@pytest.mark.parametrize(("line", "part"), [
    ("[00:01:10] R: han sier storm er verst for kranen og sol er best", "storm"),
    ("[00:01:10] R: han sier storm er verst for kranen og sol er best", "sol"),
    ("[00:01:10] R: takk for i dag og takk for hjelpen", "dag"),
    ("[00:01:10] R: vi har håp og et godt liv her og i vår kommer kona", "håp"),
    ("[00:01:10] R: vi har håp og et godt liv her og i vår kommer kona", "liv"),
    ("[00:01:10] R: vi har håp og et godt liv her og i vår kommer kona", "vår"),
    ("[00:01:10] R: takk [Takk] selv og takk alle sammen", "Takk"),
    ("[00:01:10] R: jeg har snakket med nav [NAV] og med skatteetaten [Skatteetaten]", "nav"),
    ("[00:01:10] R: jeg har snakket med nav [NAV] og med skatteetaten [Skatteetaten]", "skatteetaten"),
    ("[00:01:10] R: vi bor nær sentrum [Sentrum] nå", "sentrum"),
    ("[00:01:10] R: vi kom til norge i fjor og bor i norge nå", "norge"),
    ("[00:01:10] R: du er flink sier han og takk skal du ha", "flink"),
    ("[00:01:10] R: vi tok ferja til øya og grillet", "øya"),
    ("[00:01:10] R: nei den bilen er ikke min det er verkstedets", "verkstedets"),
])
def test_caseless_look_alikes_stay(line: str, part: str) -> None:
    assert untouched(_line(line), part)


@pytest.mark.parametrize(("text", "part"), [
    ("I: Hva kaller barna deg?\nR: De sier «mamma», og sier «Hei» når de kommer hjem.", "Hei"),
    ("I: Hva heter sjefen?\nR: Han sier «Takk» hele tiden, og «Nei!» når vi spør om fri.", "Takk"),
    ("I: Har dere barn?\nR: To gutter. Begge går på skolen nå.", "Begge"),
    ("R: Tre ting hjelper. Radio og Aviser. Og prat i lunsjen.", "Radio"),
    ("I: Hva heter stedet?\nR: Vi kaller det «Brakka», det er bare en gammel container.", "Brakka"),
])
def test_quotes_and_counts_stay(text: str, part: str) -> None:
    assert untouched(text, part)


# Neighbours that must stay caught.
@pytest.mark.parametrize(("line", "part", "kind"), [
    ("[00:01:10] R: mobilen er ni to tre fire fem seks sju åtte [923 45 678] takk zuzu", "923 45 678", "phone"),
    ("[00:01:10] R: e-posten er zuzu.lager@gmail.com og takk zuzu", "zuzu.lager@gmail.com", "email"),
])
def test_neighbours_stay_caught(line: str, part: str, kind: str) -> None:
    assert covered(_line(line), part) == kind
