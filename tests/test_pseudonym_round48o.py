"""Round 48o rules (issue 10): an English university with a list in its name and a foreign school name with a
lower-case word (`foreign_schools`); a public body as a workplace in a list of applications or for one person
from it (`body_employers`); and a network named after its description, an association opening an answer list and
a place after `holder til på` (`circle_names`).

Guards: public bodies named as bodies, a count of posts at unnamed places, a person from an unnamed place,
networks described with no name, `kona` and other lower-case words after `i`, and `holder til` of things.

The strings are fresh, not those of `dev/d83o_*` or `dev/control_d65o`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "name"), [
    ("R: Han studerte ved Kazakh National University of Agriculture, Forestry and Fisheries i Almaty.",
     "Kazakh National University of Agriculture, Forestry and Fisheries"),
    ("R: Broren min studerte ved Université libre de Tunis.", "Université libre de Tunis"),
])
def test_foreign_university_named_in_full(text: str, name: str) -> None:
    assert covered(text, name) == "org"


@pytest.mark.parametrize(("text", "name"), [
    ("R: Jeg har søkt på seks stillinger: tre ved Statsarkivet, én ved Vegmuseet, to ved kommunen.", "Statsarkivet"),
    ("R: På messa traff jeg en dame fra Kystverket som sa at de mangler folk.", "Kystverket"),
])
def test_public_body_as_workplace(text: str, name: str) -> None:
    assert covered(text, name) == "org"


def test_network_named_after_its_description() -> None:
    text = "R: Og et nettverk for franske gründere i Bergen, Entrepreneurs sans Frontières."
    assert covered(text, "Entrepreneurs sans Frontières") is not None


def test_association_opening_an_answer_list() -> None:
    text = "I: Er du med i noen bransjeforeninger?\nR: Kjølelaget, og Bergen Næringsråd."
    assert covered(text, "Kjølelaget") == "org"


def test_place_after_holder_til_paa() -> None:
    assert covered("R: Kontoret holder til på Skøyen nå.", "Skøyen") == "place"


@pytest.mark.parametrize(("text", "word"), [
    ("R: Jeg sendte søknaden til NAV, og Skatteetaten sendte meg et brev.", "Skatteetaten"),
    ("R: Kartverket har nye kart over byen.", "Kartverket"),
    ("R: Jeg har søkt på to stillinger: én ved sykehuset, én ved kommunen.", "sykehuset"),
    ("R: Der traff jeg en mann fra hjembyen min som sa det.", "hjembyen"),
    ("R: Et nettverk for kvinner hadde vært fint, eller en forening.", "forening"),
    ("R: Jeg har en kamerat i kona sin familie.", "kona"),
    ("R: Hun er sykepleier på legevakten.", "legevakten"),
    ("R: Musene holder til på loftet, og sykkelen holder til i kjelleren.", "loftet"),
    ("R: Han studerte ved et teknisk universitet, med fakulteter, laboratorier og verksteder.", "fakulteter"),
])
def test_ordinary_words_stay(text: str, word: str) -> None:
    assert untouched(text, word)
