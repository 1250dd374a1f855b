"""Round 51r rules: lettered references of other shapes right after a reference word (`cued_references`: a check
letter, two groups of capitals, a two-digit year and two serials), case serials of seven and eight digits after a
year (`case_serials`), and a birth date said after `født` and written again in another form (`restated_births`,
read by `birth_contexts`), also where the sentence names an application.

Guards: the same shapes after a word for a course, a room, a product or a model, compound code labels, standards
and models with a space before their number, and dates that repeat no birth date.

The strings are fresh, not those of `dev/d86r_*` or `dev/control_d68r`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "reference"), [
    ("R: Fra klinikken kom et svar med referanse KLN-8812-D, ikke noe mer.", "KLN-8812-D"),
    ("R: Stiftelsen ga meg en lang kode, ST-24-207-5519, den ligger i innboksen.", "ST-24-207-5519"),
    ("R: «Takk for søknaden, deres referanse BK-ANS-2024-0777. Vi kontakter deg.»", "BK-ANS-2024-0777"),
    ("R: Søknaden hos statsforvalteren har nummer SFV-ADM-23/1184, sa de.", "SFV-ADM-23/1184"),
    ("R: Banken sendte et brev, ref. DN-25-412-0093, om lånet.", "DN-25-412-0093"),
    ("R: Eg fekk ein kode, HL-2024-33018-M, frå kontoret.", "HL-2024-33018-M"),
])
def test_lettered_reference_after_reference_word(text: str, reference: str) -> None:
    assert covered(text, reference) == "number"


@pytest.mark.parametrize(("text", "number"), [
    ("R: Til slutt kom en begrunnelse, sak 2023-0044179.", "2023-0044179"),
    ("R: Skatteetaten har sak 2021-10077342 på oss.", "2021-10077342"),
])
def test_long_serial_after_year(text: str, number: str) -> None:
    assert covered(text, number) == "number"


@pytest.mark.parametrize(("text", "date"), [
    ("R: Jeg er født andre i tolvte åttini. På søknadsskjemaet skrev jeg 12/02/1989, for det var amerikansk.",
     "12/02/1989"),
    ("R: Jeg er født sjuende mai syttifire. I søknadsportalen står det 07.05.1974.", "07.05.1974"),
    ("R: Hun er født 14.09.2011. I den engelske søknaden skrev vi 09/14/2011.", "09/14/2011"),
])
def test_birth_date_written_again(text: str, date: str) -> None:
    assert covered(text, date) == "date"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Emnet har kode GEO-2150, og det går om høsten.", "GEO-2150"),
    ("R: Møterommet har nummer BX-3104 i tredje etasje.", "BX-3104"),
    ("R: Produktet har kode 4410-22 i katalogen, og bussen har nummer LT-3104.", "LT-3104"),
    ("R: Vi følger NS-EN 1090 og ISO 9001, og emnekoden er BIO-1001.", "BIO-1001"),
    ("R: Rabattkoden er HOST-2024 på nettet.", "HOST-2024"),
    ("R: Jeg er født tiende juni åttifem. Søknaden sendte jeg 06/10/2019.", "06/10/2019"),
    ("R: Han er født 03.04.1990. På søknadsskjemaet skrev jeg 04/03/2024.", "04/03/2024"),
])
def test_codes_and_dates_that_stay(text: str, part: str) -> None:
    assert untouched(text, part)
