"""Round 33o rules (issue 10): staff of public bodies met at a gathering (`gathering_staff`), municipal
departments named by their function (`function_departments`), programmes and institutes named by their host
before a hyphen (`place_programmes`), several-word chains named with a branch and then alone (`chain_branches`),
and short forms of first names said as a vocative or asked about as a name (`short_vocatives`).

A listed public body is an organisation where people from it are met at a professional gathering ("på
konferansen … geologer fra Miljødirektoratet"); a department named by two municipal fields is one where someone
works or had practice ("jobber i kommunen, på Helse og omsorg"); a hyphenated programme or academy whose first
part is a name is one where someone studied ("to semestre på Lorient-akademiet"); a chain such as `Burger King`
or `Apotek 1` tied to someone's shifts by its branch is found whole again alone; a word that begins a first
name found in the text is that person as a vocative ("Mal, du …" beside "Malika") or before "is what they
call …". Guards: the same bodies named as bodies (`Skatteetaten holdt et innlegg`, `NVE varslet`, a grant
applied for at `Innovasjon Norge`), the fields as topics or infrastructure, exchange schemes, chains only
shopped at, and words of speech or nature (`Ja, du …`, `Flo og fjære`).

The sentences are fresh ones in the classes of the brief's misses and of `dev/d69` and `dev/control_d51`, not
their text. On the old rules (main at 78e4575) 12 of the 24 tests fail: all 12 positives and none of the
12 guards."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: På konferansen i Tromsø snakket hun lenge med to geologer fra Miljødirektoratet og Norconsult.",
     "Miljødirektoratet"),
    ("Mentee: Mentoren tok meg med på en workshop hvor det var folk fra Fiskeridirektoratet.", "Fiskeridirektoratet"),
    ("Mentee: På nettverkstreffet satt jeg med noen forskere fra Meteorologisk institutt hele kvelden.",
     "Meteorologisk institutt"),
])
def test_staff_of_a_body_met_at_a_gathering(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Broren min jobber i kommunen, på Helse og omsorg, med turnusplanene.", "Helse og omsorg"),
    ("Mentor: Hun er arkitekt på Byutvikling og bolig i Drammen kommune nå.", "Byutvikling og bolig"),
    ("Mentee: Jeg fikk arbeidspraksis på Avfall og renovasjon, der kjørte jeg med søppelbilen.", "Avfall og renovasjon"),
])
def test_municipal_department_as_a_workplace(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Etter masteren studerte jeg to semestre på Lorient-akademiet i Bretagne.", "Lorient-akademiet"),
    ("Mentor: Han hadde et års stipend ved Haarlem-instituttet før han kom hit.", "Haarlem-instituttet"),
])
def test_host_named_programme_where_someone_studied(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "start_of"), [
    ("Mentee: Jeg har nattevakter på Burger King Lillestrøm. Burger King betaler tillegg etter midnatt.",
     "Burger King betaler"),
    ("Mentee: Hun har tre kvelder i uka på Apotek 1 Jessheim. Apotek 1 er en grei arbeidsplass.", "Apotek 1 er"),
])
def test_chain_named_again_alone_after_its_branch(text: str, start_of: str) -> None:
    name = start_of.rsplit(" ", 1)[0]
    start = text.rindex(start_of)
    assert _found_at(text, start, start + len(name), "org")


def _found_at(text: str, start: int, end: int, kind: str) -> bool:
    """Whether one find of `kind` covers text[start:end] whole (a later mention, where `covered` reads the first)."""
    return any(s <= start and end <= e and k == kind for s, e, k, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Malika Yusupova. Kollegaen min ropte fra lageret: Mal, du har besøk!", "Mal"),
    ("Mentee: Jeg heter Rosalind Okafor. I: Ros is what they call you at the hotel?", "Ros"),
])
def test_short_form_of_a_name_as_a_vocative_or_asked_about(text: str, part: str) -> None:
    start = text.rindex(part)
    assert _found_at(text, start, start + len(part), "person")


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: På seminaret holdt Skatteetaten et innlegg om moms, og en fra Skatteetaten svarte på spørsmål.",
     "Skatteetaten"),
    ("Mentee: NVE varslet jordskred langs veien, så konferansen ble utsatt.", "NVE"),
    ("Mentor: Vi søkte tilskudd fra Innovasjon Norge i fjor, og søknaden gikk til Innovasjon Norge i Bodø.",
     "Innovasjon Norge"),
    ("Mentee: Helse og omsorg er det største budsjettet i kommunen.", "Helse og omsorg"),
    ("Mentee: Vi betaler mye for vann og avløp, og Vann og avløp er dyrere her enn i byen.", "Vann og avløp"),
    ("Mentee: Datteren hennes var et halvt år på Erasmus-programmet i Lyon.", "Erasmus-programmet"),
    ("Mentee: Vi kjørte innom Burger King på vei hjem, for Burger King er billig.", "Burger King"),
    ("Mentee: Isabela Moreira. Ja, du vet hvordan det er. Nå, du skjønner.", "Ja"),
    ("Mentee: Florentina Alves. Flo og fjære styrer arbeidsdagen på kaia.", "Flo og fjære"),
    ("Mentee: Rosalind Okafor. Vi vil bare sole oss i helgene.", "sole"),
])
def test_bodies_topics_schemes_shops_and_words_stay(text: str, part: str) -> None:
    assert untouched(text, part)


def test_body_named_by_itself_at_a_gathering_stays() -> None:
    text = "Mentee: På konferansen fortalte Kystverket om nye farleder."
    assert untouched(text, "Kystverket")


def test_vocative_without_a_full_name_in_the_text_stays() -> None:
    text = "Mentee: Sjefen sa bare: Flo, du må rydde kaia før det blir flo."
    assert untouched(text, "Flo")
