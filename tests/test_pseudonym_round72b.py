"""Round 72b rules (`foreign_forms`): a first name's short form quoted as the alternative to the full name
(`sa "Jusuf" eller bare "Yo"`), `Java` as the island where someone worked or lived, and a foreign street address
with no Norwegian street word (`i Ulica Domovinskog rata 17`, `i Rua das Flores 22`).

Every positive below is missed by 9257ca4's rules (the base of the round); the kept texts and guards (the nearest
words that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d117b_*`, `dev/control_d99b` or held-out 90 and 91."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_SHORT = 'R: Barna sa "Xiaoling" eller bare "Ling", og sjefen kalte meg "gutten". Det var greit.\n'
_ISLAND = "R: Jeg har tre års erfaring fra et jernbaneprosjekt på Java for Waskita Beton før jeg kom hit.\n"
_ISLAND2 = "R: Før det bodde vi på øya Java i fem år. På Java jobbet jeg med havner.\n"
_STREET = "R: Moren til kona bor fortsatt i Osijek, i Ulica hrvatske mornarice 23. Vi reiser dit hver jul.\n"
_STREET3 = "R: Mora bor i Gdańsk, i ul. Długie Ogrody 7, nær havna.\n"
_STREET2 = "R: Søsteren min bor i Coimbra, i Rua da Sofia 41, og broren i Sevilla, i Calle Sierpes 12.\n"

_FOUND = [
    (_SHORT, "Ling", "person"),
    (_ISLAND, "Java", "place"),
    (_ISLAND2, "Java", "place"),
    (_STREET, "Ulica hrvatske mornarice 23", "address"),
    (_STREET3, "ul. Długie Ogrody 7", "address"),
    (_STREET2, "Rua da Sofia 41", "address"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round72b_found(text: str, part: str, kind: str) -> None:
    """A quoted short form, an island named like a language, a foreign street address."""
    assert covered(text, part) == kind


_KEPT = [
    # ordinary words quoted in the same frame, and a quoted title-case word after no found person
    ('R: De fleste sa "ja" eller bare "nei", og noen sa "greit".\n', "nei"),
    ('R: De sa "sjefen" eller bare "Sjef" når de ville ha noe.\n', "Sjef"),
    # programming languages as skills and in an IT context
    ("R: Jeg kan Java og Python, og litt SQL fra studiet.\n", "Java"),
    ("R: Vi skrev et verktøy på Java for timelister, og det gikk fint.\n", "Java"),
    # via as a preposition, and an address said without a name
    ("R: Jeg fikk jobben via NAV, og via en venn fikk jeg 2 tilbud til.\n", "NAV"),
    ("R: Jeg fikk jobben via NAV, og via en venn fikk jeg 2 tilbud til.\n", "via en venn"),
    ("R: De bor i en gate med 17 hus og en liten butikk.\n", "gate med 17"),
    ("R: Hele livets vaner måtte endres, og livet her er roligere.\n", "livets"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round72b_kept(text: str, part: str) -> None:
    """The nearest ordinary words in the same frames stay."""
    assert untouched(text, part)


_NEIGHBOURS = [
    (_SHORT, "Xiaoling", "person"),
    (_STREET, "Osijek", "place"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _NEIGHBOURS)
def test_round72b_neighbours(text: str, part: str, kind: str) -> None:
    """The full name and the city before the street are still found."""
    assert covered(text, part) == kind
