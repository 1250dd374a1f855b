"""Round 50i rules (issue 10): a case number given after a case word earlier in its sentence, in apposition, after a
dash, a colon or a clause naming it (`case_serials.later_serials`); a birth date written year first or month first
that repeats the date of a fødselsnummer, stands on papers or is named a birthday (`written_dates`, read by
`birth_contexts`).

Guards: case words with no number, spans of years, ranges with a unit, a month before a year, and year-first dates
of meetings, deadlines, letters and starts.

The strings are fresh, not those of `dev/d85i_*` or `dev/control_d67i`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "number"), [
    ("R: Jeg hadde en sak i UDI om visum, den heter 18-447120, men den er lukket.", "18-447120"),
    ("R: Skatteetaten hadde en sak på oss også, 2022-031907, men den er ferdig.", "2022-031907"),
    ("R: Klagen hennes – 2024-115083 – ligger fortsatt der.", "2024-115083"),
    ("R: Han fikk et vedtak fra kommunen, nummer 2021-770614, i januar.", "2021-770614"),
    ("R: Vi har en klage hos Husbanken, den har nummer 2023-448120.", "2023-448120"),
    ("R: Eg har ei sak i Nav om dagpengar, ho heiter 23-901455.", "23-901455"),
    ("R: Søknaden min om fagbrev står som 2025-204411 i systemet.", "2025-204411"),
])
def test_case_number_after_case_word(text: str, number: str) -> None:
    assert covered(text, number) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Saken gjaldt årene 2019-2021, og den er ferdig.", "2019-2021"),
    ("R: Klagen gjaldt 10-150 kroner per time.", "10-150"),
    ("R: Saken ble utsatt til 12-2025, sa de.", "12-2025"),
    ("R: Saken har ventet siden 2024-02-01.", "2024-02-01"),
    ("R: Årsaken var 2023-utgaven av boka.", "2023-utgaven"),
])
def test_case_words_without_case_number_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "date"), [
    ("R: Fødselsnummeret mitt er 30087525461. I passet står 1975-08-30, samme dag.", "1975-08-30"),
    ("R: Fødselsnummeret er 30087525461, og i systemet deres står det 1975-08-30.", "1975-08-30"),
    ("R: Papirene sier 1969-12-04, men mamma sier noe annet.", "1969-12-04"),
    ("R: Bursdagen hans er 2001-05-19 i det systemet.", "2001-05-19"),
    ("R: Fødselsnummeret er 12059512445. Hos arbeidsgiveren i USA var det 05/12/1995, bare andre veien.", "05/12/1995"),
])
def test_written_birth_dates(text: str, date: str) -> None:
    assert covered(text, date) == "date"


@pytest.mark.parametrize(("text", "date"), [
    ("R: Møtet er 2025-03-18 klokka ti.", "2025-03-18"),
    ("R: Fristen for svar er 2025-06-02.", "2025-06-02"),
    ("R: Dato: 2024-11-27. Vi viser til søknaden din.", "2024-11-27"),
    ("R: Oppstart var 2023-09-04, og kurset varte et år.", "2023-09-04"),
    ("R: Papirene kom i posten 2024-10-10.", "2024-10-10"),
])
def test_other_year_first_dates_stay(text: str, date: str) -> None:
    assert untouched(text, date)
