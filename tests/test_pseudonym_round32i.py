"""Round 32i rules (issue 10): birthdays without a year (`birth_days`), court case numbers (`court_numbers`) and
e-mails dictated part by part and ended by `på gmail` (`provider_on_emails`).

A day and a month said after a birthday or birth word with words, a filler or a bracketed remark between; the
same day and month said again in a text that gives the birth date away (a fødselsnummer's or D-nummer's date
part, a birth date found); a birth date in figures after a birth label and a line or page reference in a
coder's note; a tingrett or lagmannsrett case number (`22-061382ENE-TBER/03`) and a published decision
(`LF-2024-15530`, `HR-2020-2476-A`); an address dictated as a name, a spelled word and a number or a joining
word, ended by `på hotmail`/`på outlook`. Guards: meeting dates, holidays and deadlines in words, a date after
a birthday in another sentence, a course's start on the birth day's date, the same day in another year, a
word spelled after `staves`, `på gmail` with no address, item and room numbers, a Lovdata law reference and a
code of letters and a short number.

The sentences are fresh ones in the classes of held-out 30's misses and `dev/d63`/`control_d44`, not their text.
On the old rules (main at e57e051) 13 of the 26 tests fail: all 12 positives and 1 of the 14 guards (the
Lovdata reference `LOV-2005-06-17-62`, whose `LOV` the acronym rule took there)."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

# Eleven digits with a right date and both control digits right (made for these tests).
_FNR = "090672 47393"
_DNR = "520488 03970"


@pytest.mark.parametrize(("text", "part"), [
    # after a birthday word, with words, a filler or a bracket between
    ("B: Jeg husker det godt, bursdagen min er, hm, [ler] sjuende i niende.", "sjuende i niende"),
    ("B: Sønnen har bursdag, hvis jeg ikke tar feil, tjuefjerde november.", "tjuefjerde november"),
    # the birth date given away in the text, said again later
    (f"I: Og personnummeret?\nB: {_FNR}.\nI: Takk.\nB: Den niende juni er en fin dag, da.", "niende juni"),
    (f"B: D-nummeret var {_DNR}. Datoen der er tolvte april, bare med førti lagt til.", "tolvte april"),
    (f"B: Fødselsnummeret er {_FNR}.\nI: Vi sender kortet før 9. juni, da.", "9. juni"),
    # a coder's note: a reference between the label and the date
    ("[Koder: fødselsdato nevnt på side 3 (17.11.1979) strykes i sitatet.]", "17.11.1979"),
    ("Notat: Fødselsdatoen i linje 88, 17.11.1979, tas ikke med.", "17.11.1979"),
])
def test_birthdays_are_found(text: str, part: str) -> None:
    assert covered(text, part) == "date"


@pytest.mark.parametrize(("text", "part"), [
    ("B: Dommen fra tingretten har nummer 22-061382ENE-TBER/03.", "22-061382ENE-TBER/03"),
    ("B: Motparten anket, og i lagmannsretten ble det LF-2024-15530.", "LF-2024-15530"),
    ("B: Den endte til slutt i HR-2020-2476-A, min egen sak.", "HR-2020-2476-A"),
])
def test_court_numbers_are_found(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("B: Kan du notere min? Amina, w-a-r-s-a-m-e, nittiåtte, på hotmail.", "Amina, w-a-r-s-a-m-e, nittiåtte, på hotmail"),
    ("B: Den er d-a-w-i-t, bindestrek, tesfaye, på outlook punktum com.", "d-a-w-i-t, bindestrek, tesfaye, på outlook punktum com"),
])
def test_emails_ended_by_the_provider_are_found(text: str, part: str) -> None:
    assert covered(text, part) == "email"


@pytest.mark.parametrize(("text", "part"), [
    ("B: Møtet er fjortende mars, og vi har fri syttende mai og julaften.", "fjortende mars"),
    ("B: Møtet er fjortende mars, og vi har fri syttende mai og julaften.", "syttende mai"),
    ("B: Bursdagen min er i april. Neste samling er tolvte april.", "tolvte april"),
    (f"B: D-nummeret var {_DNR}. Kurset starter tolvte april.", "tolvte april"),
    (f"B: Fødselsnummeret er {_FNR}. Vi hadde samling 9. juni 2024.", "9. juni 2024"),
    ("B: Fødselsdato og fødselsnummer skriver vi aldri, står det i retningslinja fra tjuende august.",
     "tjuende august"),
    ("B: Fødselsdatoen står på side 2 i skjemaet, som ble sendt 02.02.2024.", "02.02.2024"),
    ("B: Det staves m-e-n-t-o-r, ikke mentår.", "m-e-n-t-o-r"),
    ("B: Alle har e-post på gmail nå, og noen på hotmail.", "på gmail"),
    ("B: Han stavet navnet, a-l-i, på tavla.", "a-l-i"),
    ("B: Varenummeret er 23-148207, og rommet heter 3-112.", "23-148207"),
    ("B: Varenummeret er 23-148207, og rommet heter 3-112.", "3-112"),
    ("B: Vi leste arbeidsmiljøloven, LOV-2005-06-17-62, i gruppa.", "LOV-2005-06-17-62"),
    ("B: Kaffemaskinen viser feilkode TVI-400 igjen.", "TVI-400"),
])
def test_ordinary_dates_words_and_codes_stay(text: str, part: str) -> None:
    assert untouched(text, part)
