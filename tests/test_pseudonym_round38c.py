"""Round 38c: e-mail addresses said aloud with parts the older rules did not read, birth dates given with an
age or after a fødselsnummer was named, and a neighbourhood beside a street address on an address line.

The sentences are fresh ones in the classes of held-out 36 and 37's misses and of `dev/d74c` and
`dev/control_d56c`, not their text. Every positive fails on the old rules (main at 3635301); the guards pass
on both."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("P: Søknaden sendes til jobb alfakrøll nord bindestrek vask punktum no innen fredag.",
     "jobb alfakrøll nord bindestrek vask punktum no"),
    ("P: Hun sa «post krøllalfa elektro strek service punktum com» to ganger.",
     "post krøllalfa elektro strek service punktum com"),
    ("P: Den er sara punktum tesfaye sytti-tre krøllalfa gmail punktum com.",
     "sara punktum tesfaye sytti-tre krøllalfa gmail punktum com"),
    ("P: Jeg bruker omar understrek ali nitti-en alfakrøll hotmail punktum com.",
     "omar understrek ali nitti-en alfakrøll hotmail punktum com"),
    ("- E-post: nadia punkt karimi snabel-a online punkt no, sa hun.", "nadia punkt karimi snabel-a online punkt no"),
    ("- E-post: jonas punkt lie krøllalfa yahoo punkt com (muntlig).", "jonas punkt lie krøllalfa yahoo punkt com"),
    ("P: Ja, leyla punktum aziz punktum oko, o-k-o som i økonomi, krøllalfa gmail punktum com.",
     "leyla punktum aziz punktum oko, o-k-o som i økonomi, krøllalfa gmail punktum com"),
])
def test_email_said_aloud_is_one_find(text: str, part: str) -> None:
    assert covered(text, part) == "email"


@pytest.mark.parametrize(("text", "part"), [
    ("- Barn: Sønnen, Jamal, fyller fire i juni (11.06.2022).", "11.06.2022"),
    ("- Datteren, Sofie, blir sju til jul (20.12.2019), og hun gleder seg.", "20.12.2019"),
    ("P: Lillebror er tre år nå (02.02.2023), og han snakker mye.", "02.02.2023"),
    ("P: Fødselsnummeret mitt er 21117034531. Nei, det var min manns. Mitt er 130590.", "130590"),
    ("P: Personnummeret hennes har jeg dessverre ikke her i dag. Men det starter med 240785, det vet jeg.", "240785"),
])
def test_birth_date_by_age_or_named_number(text: str, part: str) -> None:
    assert covered(text, part) == "date"


@pytest.mark.parametrize(("text", "part"), [
    ("- Adresse verksted: Bakklandet, Kjøpmannsgata 12.", "Bakklandet"),
    ("- Besøksadresse: Lademoen, Innherredsveien 27. Inngang fra gården.", "Lademoen"),
    ("- Ny adresse: Fossveien 19, Lademoen.", "Lademoen"),
])
def test_neighbourhood_beside_address(text: str, part: str) -> None:
    assert covered(text, part) == "place"


@pytest.mark.parametrize(("text", "part"), [
    ("P: Det er et viktig punkt. Punktum. Så satte vi strek over saken.", "punkt"),
    ("P: Alle bruker gmail punktum com privat.", "gmail punktum com"),
    ("P: Jeg skriver krøllalfa på tastaturet med to taster.", "krøllalfa"),
    ("P: Adressen er krøllalfa, sa han, og lo.", "krøllalfa"),
    ("P: Den yngste fyller fem i mars, og fristen var (01.03.2026).", "01.03.2026"),
    ("P: Den eldste blir ti, og skolen startet (15.08.2022).", "15.08.2022"),
    ("P: Fødselsnummeret har jeg ikke her i dag, dessverre. Lageret tar imot 110592 esker i året.", "110592"),
    ("P: Fødselsnummeret har jeg ikke her. Firmaet omsatte for 120388 kroner i fjor.", "120388"),
    ("P: Fødselsnummer trenger de ikke. Vi solgte 150000 porsjoner i fjor.", "150000"),
    ("P: Fødselsnummeret har jeg ikke her i dag, dessverre. Romnummeret er 120388, tror jeg.", "120388"),
    ("- Adresse: Sentrum, Storgata 5.", "Sentrum"),
    ("- Adresse: Ukjent, Sentrum kanskje.", "Ukjent"),
])
def test_ordinary_words_and_numbers_stay(text: str, part: str) -> None:
    assert untouched(text, part)
