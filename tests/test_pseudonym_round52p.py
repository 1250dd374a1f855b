"""Round 52p rules: places as a policy. Towns, former municipalities, city districts and large cities abroad
are listed (`norway_towns`, `world_cities`); names that are also everyday words (`place_words`) are places
only in a place frame (`place_frames`): after a place preposition with no noun continuing the phrase, before
`kommune`/`sentrum`, after a postcode, beside a listed place in a list, as `X i Y`, or in a compound with a
place suffix; names of several words are found whole in any case.

Guards: `på ski`, `i tide`, `porto` as postage, `lier` as slopes, `i time`, `i sola`, `sand`, `vik`, `gran` as
ordinary words, in text with case and without.

The strings are fresh, not those of `dev/d87p_*`, `dev/control_d87p` or the held-out files."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_CASELESS = ("[00:00:01] intervjuer: hvor bor du nå\n"
             "[00:00:03] deltaker: jeg bor i essen nå men før bodde jeg på flå og i hvaler\n"
             "[00:00:07] deltaker: kona mi er fra lima og søsteren hennes bor i rom nå\n"
             "[00:00:11] deltaker: vi bodde også i tiller og jobbet på kolstad og i moholt\n"
             "[00:00:15] deltaker: foreldrene bor i asker og bø i vesterålen og en onkel i lom kommune\n"
             "[00:00:19] deltaker: broren min er fra san juan og jobber i porto alegre\n"
             "[00:00:23] deltaker: han snakker vangdialekt og bor på klepp\n"
             "[00:00:27] deltaker: jeg går på ski hver helg og kommer alltid i tide\n"
             "[00:00:31] deltaker: vi betalte porto for brevet og gikk i lier og skog\n"
             "[00:00:35] deltaker: det tar en time og vi satt i sola med sand i skoene\n")

_CASED = ("Intervjuer: Hvor bor du?\n\n"
          "Deltaker: Jeg bor på Hvaler nå. Før bodde jeg i Ål og i Tiller, og kona mi er fra Lima.\n\n"
          "Deltaker: Adressen er Storgata 4, 3570 Ål. Vi har hytte i Lom kommune og i Bø i Vesterålen.\n\n"
          "Deltaker: Foreldrene bor i Santa Cruz de la Sierra, og han snakker lierdialekt og vangdialekt.\n\n"
          "Deltaker: Porto har blitt dyrt. Vi gikk på ski i lier med gran og kom i tide. Båten lå i en vik.\n")


@pytest.mark.parametrize("place", ["flå", "hvaler", "lima", "bø i vesterålen",
                                   "lom", "san juan", "porto alegre", "vangdialekt", "klepp"])
def test_caseless_place_words_in_frames(place: str) -> None:
    assert covered(_CASELESS, place) is not None


@pytest.mark.parametrize("part", ["på ski", "i tide", "porto for", "i lier og skog", "en time", "i sola", "sand i", "i rom nå"])
def test_caseless_ordinary_words_stay(part: str) -> None:
    assert untouched(_CASELESS, part)


@pytest.mark.parametrize("place", ["Bø i Vesterålen", "Santa Cruz de la Sierra", "lierdialekt", "vangdialekt"])
def test_cased_places_whole(place: str) -> None:
    assert covered(_CASED, place) == "place"


@pytest.mark.parametrize("part", ["Porto har", "på ski", "i lier", "gran og", "i tide", "en vik"])
def test_cased_ordinary_words_stay(part: str) -> None:
    assert untouched(_CASED, part)
