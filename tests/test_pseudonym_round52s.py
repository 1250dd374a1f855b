"""Round 52s rules: identifier shapes as a policy, whatever label stands before them (`reference_shapes`,
`spoken_runs`): reference-shaped tokens and long digit runs become `[nummer]`, full dates of 1930-2010 `[dato]`,
and runs of five digit words `[nummer]`; year spans, amounts, clock-time ranges, model, course and standard codes,
recent and historical dates, round sums and counting stay.

The strings are fresh, not those of `dev/d87s_*` or `dev/control_d69s`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "number"), [
    ("R: Brevet hadde 27-603918 øverst, og de ville ha svar innen fredag.", "27-603918"),
    ("R: Kommunen brukte 2023-0061942 i alle e-postene.", "2023-0061942"),
    ("R: I hjørnet sto det KLP-7730-C, ikke noe mer.", "KLP-7730-C"),
    ("R: Forsikringen skrev GF-24-317-5520 i emnefeltet.", "GF-24-317-5520"),
    ("R: Lappen på døra hadde BY-PLAN-2024-0218 på seg.", "BY-PLAN-2024-0218"),
    ("R: Tilsynet merket rapporten AT-REG-24/0773.", "AT-REG-24/0773"),
    ("R: Det eneste på kortet er 6630918.", "6630918"),
    ("R: Skattekontoret skrev 2025/00388104 nederst.", "2025/00388104"),
    ("[00:00:14] R: det sto 44-1180273-2 på lappen", "44-1180273-2"),
])
def test_reference_shapes_without_a_label(text: str, number: str) -> None:
    assert covered(text, number) == "number"


@pytest.mark.parametrize(("text", "date"), [
    ("R: Under bildet står 3. juni 1971, skrevet for hånd.", "3. juni 1971"),
    ("R: Skjemaet sa 08/21/1983 fordi det var amerikansk.", "08/21/1983"),
    ("R: Der står 27. mai 1969, og navnet mitt under.", "27. mai 1969"),
    ("R: Kortet har 14.10.81 på baksiden.", "14.10.81"),
    ("R: It says 30/01/1995 on the paper.", "30/01/1995"),
])
def test_old_full_dates_without_a_birth_word(text: str, date: str) -> None:
    assert covered(text, date) == "date"


@pytest.mark.parametrize(("text", "number"), [
    ("R: Han leste det opp: to sju null ni fire en åtte. Det var alt.", "to sju null ni fire en åtte"),
    ("R: Koden til skapet er ni ni tre null fem en.", "ni ni tre null fem en"),
    ("R: Det står ka zet fem tre null to to ni på kortet.", "ka zet fem tre null to to ni"),
    ("R: Eg les det frå appen: tre ein null sju sju fire.", "tre ein null sju sju fire"),
])
def test_spoken_digit_runs_without_a_label(text: str, number: str) -> None:
    assert covered(text, number) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Jeg gikk på skolen 2016–2019 og var vikar 2019/20.", "2016–2019"),
    ("R: Jeg gikk på skolen 2016–2019 og var vikar 2019/20.", "2019/20"),
    ("R: Huset kostet 3.400.000 kr, og lånet var kr 2.900.000.", "3.400.000"),
    ("R: Vi omsatte for 4800000 kroner.", "4800000"),
    ("R: Skiftet er 23.00–07.00 og 06.30-14.30.", "23.00–07.00"),
    ("R: Skiftet er 23.00–07.00 og 06.30-14.30.", "06.30-14.30"),
    ("R: Vi har tatt SYK-1002 og INF-2310 i høst.", "INF-2310"),
    ("R: Vi jobber etter NS-EN-ISO-9001 på fabrikken.", "NS-EN-ISO-9001"),
    ("R: Kurset startet 14.02.2024 og endte 2025-03-21.", "14.02.2024"),
    ("R: Kurset startet 14.02.2024 og endte 2025-03-21.", "2025-03-21"),
    ("R: Vi lærte om 9. april 1940 i timen.", "9. april 1940"),
    ("R: Vi flyttet hit 12.08.2004, alle sammen.", "12.08.2004"),
    ("R: Det står på side 214–230 i boka.", "214–230"),
    ("R: Vi solgte 2300000 liter i fjor.", "2300000"),
    ("R: Det koster 1900000, sa megleren.", "1900000"),
    ("R: Varenummeret er 2024-551 i katalogen.", "2024-551"),
    ("R: Vi kjører versjon 3.12.4 nå.", "3.12.4"),
    ("R: Hun telte en, to, tre, fire, fem, seks før hun hoppet.", "en, to, tre, fire, fem, seks"),
    ("R: Barna teller ti, ni, åtte, sju, seks og så hopper de.", "ti, ni, åtte, sju, seks"),
    ("R: Lottotallene var sju, fjorten, tjueen, tjueåtte, trettitre.", "sju, fjorten, tjueen, tjueåtte, trettitre"),
    ("R: Det kostet tre nitti, fire femti, sju nitti.", "tre nitti, fire femti, sju nitti"),
])
def test_look_alikes_stay(text: str, part: str) -> None:
    assert untouched(text, part)


def test_model_code_after_its_brand_is_no_number() -> None:
    assert covered("R: Vi bruker en Hilti TE-3000-AVR og en Makita DHR-243.", "TE-3000-AVR") != "number"
