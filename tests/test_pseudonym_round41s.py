"""Round 41s rules (issue 10): organisation shapes cut short by the word rules (`org_shapes`).

A generated sweep of about twenty organisation shapes (small firms with trade words and legal forms, family
firms, cafés and salons, practices, chain branches, institutions with their place, schools and municipalities
as employers, Norwegian and foreign legal forms, acronyms, names with digits, genitives, hyphen compounds) in
twenty-seven interview frames found five classes replaced only in part or not at all: an employer's acronym
glued to an office word (`HTK-kontoret`); a trade word with a number (`Bygg 1`); a number glued to capitals
after a work, supply or ownership frame (`jobber i 3T`); a practice title or a family-firm word before a
found name at a sentence start (`Tannlege Berg ringte`, `Søstrene Aune`); a definite institution before
`i`/`på` and a found place at a sentence start (`Sykehjemmet i Tjernvik ringte`).
Guards: public bodies' offices (`NAV-kontoret`), school classes (`går i 4B`), counts after a work word or a
firm (`3 år`, `2 ganger`), institutions and practices in the plain definite form, lower-case firm words.

The strings are fresh, not those of `dev/d77s`, `dev/control_d59s` or the generator."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "name"), [
    ("P: Jeg hadde praksis på GKS-kontoret i to måneder.", "GKS-kontoret"),
    ("P: PLTV-kontoret ringte meg om intervjuet.", "PLTV-kontoret"),
    ("P: Hun er ansatt i DMR-avdelingen nå.", "DMR-avdelingen"),
])
def test_acronym_glued_to_an_office_word(text: str, name: str) -> None:
    assert covered(text, name) == "org"


@pytest.mark.parametrize(("text", "name"), [
    ("P: Fra Anlegg 2 fikk jeg en attest.", "Anlegg 2"),
    ("P: Jeg har jobbet tre steder: Frakt 2000, et lager og en kafé.", "Frakt 2000"),
])
def test_trade_word_with_a_number(text: str, name: str) -> None:
    assert covered(text, name) == "org"


@pytest.mark.parametrize(("text", "name"), [
    ("P: Jeg jobber i 7K nå.", "7K"),
    ("P: Vi leverer til 2MB hver måned.", "2MB"),
    ("P: Onkelen min startet 5R i fjor.", "5R"),
])
def test_number_and_capitals_after_a_work_frame(text: str, name: str) -> None:
    assert covered(text, name) == "org"


@pytest.mark.parametrize(("text", "name"), [
    ("Kiropraktor Sandvold ringte meg i går.", "Kiropraktor Sandvold"),
    ("P: Søstrene Mjelde har en blomsterbutikk.", "Søstrene Mjelde"),
    ("Optiker Fjeldstad sa at de trengte folk.", "Optiker Fjeldstad"),
])
def test_practice_or_family_firm_word_at_a_sentence_start(text: str, name: str) -> None:
    assert covered(text, name) == "org"


@pytest.mark.parametrize(("text", "name"), [
    ("Sykehjemmet på Nordbyen ringte meg.", "Sykehjemmet på Nordbyen"),
    ("P: Jeg har jobbet to steder: Sykehjemmet i Vestvika og en kafé.", "Sykehjemmet i Vestvika"),
])
def test_definite_institution_with_its_place_at_a_sentence_start(text: str, name: str) -> None:
    assert covered(text, name) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("P: Jeg var på NAV-kontoret i går.", "NAV-kontoret"),
    ("P: Sønnen min går i 4B nå.", "4B"),
    ("P: Vi leverer til 3 kunder.", "3 kunder"),
    ("P: Jeg eier 2 biler.", "2 biler"),
    ("P: Sykehjemmet ringte meg i går.", "Sykehjemmet"),
    ("P: Tannlegen ringte meg.", "Tannlegen"),
    ("P: Brødrene mine bor i Syria.", "Brødrene"),
    ("P: Jeg jobber i et regnskapsbyrå.", "regnskapsbyrå"),
    ("P: Hun er daglig leder i et lite firma.", "firma"),
    ("P: Jeg handlet på Rema etterpå.", "Rema"),
    ("P: Jeg har tatt modul 2 på kurset.", "modul 2"),
    ("P: Kurset holder til i Bygg 4.", "Bygg 4"),
])
def test_guards(text: str, part: str) -> None:
    assert untouched(text, part), finds(text)


_ACRONYMS = st.text(alphabet="BCDFGHKLMNPRSTVZ", min_size=3, max_size=5)
_TAILS = st.sampled_from(["kontoret", "avdelingen", "lageret", "senteret"])
_FRAMES = st.sampled_from(["P: Jeg jobber på {} nå.", "P: Jeg hadde praksis hos {} i fjor.",
                           "P: Jeg sluttet i {} i mai.", "P: Vi leverer til {} hver uke."])


@settings(max_examples=30, derandomize=True, deadline=None)
@given(acronym=_ACRONYMS, tail=_TAILS, frame=_FRAMES)
def test_any_acronym_compound_in_a_work_frame_is_replaced_whole(acronym: str, tail: str, frame: str) -> None:
    name = f"{acronym}-{tail}"
    text = frame.format(name)
    assert covered(text, name) == "org", finds(text)
