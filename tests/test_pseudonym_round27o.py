"""Round 27o: organisations by class in the forms held-out 25 missed, and the same kinds of bodies in passing.

Held-out 25 (now development data) missed a national trade association written `Den norske` with a lower-case
compound, a faculty written `Det … fakultet` where an exam is taken, a foreign university's acronym that is also a
Norwegian word, a union written with spaces and a town's competence centre (only its town was taken); round 26o's
control kept two false hits, a union set against another as an option and the first word of a hyphenated list
compound of a national association. Beside each class stand its guards: public programmes, associations and
faculties named as such, energy companies in the news, unions in wage talks, words in capitals for stress.
Synthetic sentences written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts or
controls. On the rules before this round (main at 470b0f5) 26 of the 50 tests fail: 20 of the 27 positive cases,
and 6 of the 23 guards (four energy companies in the news, an `X og Y` union in wage talks, a list-compound
association in passing); the rest pass on both.
"""

from __future__ import annotations

import pytest

from probe_support import covered as _covered
from probe_support import finds
from probe_support import untouched as _untouched


# 1. `Den norske …forening` (a trade's national association) joined, belonged to or held office in -----------

@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg meldte meg inn i Den norske tannlegeforening da jeg fikk autorisasjon.",
     "Den norske tannlegeforening"),
    ("Mentee: Søsteren min er medlem av Den norske revisorforening og går på alle møtene.",
     "Den norske revisorforening"),
    ("Mentor: Jeg satte ham i kontakt med Den norske farmasøytforening i forrige uke.",
     "Den norske farmasøytforening"),
    ("Mentee: Hun er tillitsvalgt i Den norske psykologforening på sykehuset.", "Den norske psykologforening"),
    ("Mentee: Han er medlem av Den Norske advokatforening, sier han.", "Den Norske advokatforening"),
])
def test_den_norske_trade_association(text: str, part: str) -> None:
    assert _covered(text, part) == "org"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Den norske tannlegeforening sa på radioen at prisene må ned.", "Den norske tannlegeforening"),
    ("Mentee: Vi er med i Den norske turistforening og går på hyttetur.", "Den norske turistforening"),
    ("Mentee: Jeg har lest om Den norske kirke i samfunnsfag.", "Den norske kirke"),
    ("Mentee: Barna så en forestilling gjennom Den kulturelle skolesekken i høst.", "Den kulturelle skolesekken"),
])
def test_den_norske_in_passing_and_programmes(text: str, part: str) -> None:
    assert _untouched(text, part)


# 2. `Det … fakultet` where someone studies, took an exam or works ---------------------------------------------

@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg tok kompletteringen ved Det farmasøytiske fakultet i Oslo.", "Det farmasøytiske fakultet"),
    ("Mentee: Mannen min studerer ved Det teologiske fakultet nå.", "Det teologiske fakultet"),
    ("Mentee: Jeg tok doktorgraden ved Det matematisk-naturvitenskapelige fakultet.",
     "Det matematisk-naturvitenskapelige fakultet"),
    ("Mentee: Hun jobber som stipendiat på Det juridiske fakultet i Tromsø.", "Det juridiske fakultet"),
])
def test_faculty_where_someone_studies(text: str, part: str) -> None:
    assert _covered(text, part) == "org"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Det teologiske fakultet har åpen dag i morgen, sto det i avisa.", "Det teologiske fakultet"),
    ("Mentee: Det var det eneste fakultet som svarte meg.", "Det var det eneste fakultet"),
])
def test_faculty_named_as_such(text: str, part: str) -> None:
    assert _untouched(text, part)


# 3. A foreign university's acronym that is also a word in capitals, where someone studied ---------------------

@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg har bachelor i kjemi fra RUST i Port Harcourt.", "RUST"),
    ("Mentee: Broren min studerte ved MAST i Lilongwe i fire år.", "MAST"),
    ("Mentee: Hun er utdannet fra DUST (Dar es Salaam University of Technology).", "DUST"),
    ("Mentee: Jeg tok master på UNIK, Universidad Nacional de Kinshasa, før krigen.", "UNIK"),
])
def test_word_acronym_where_someone_studied(text: str, part: str) -> None:
    assert _covered(text, part) == "org"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg studerte HARDT i Bergen hele høsten.", "HARDT"),
    ("Mentee: Jeg tok bachelor på NETT, altså hjemmefra.", "NETT"),
    ("Mentee: Skjermen var helt KNUST i Oslo, så jeg kjøpte ny.", "KNUST"),
])
def test_words_in_capitals_for_stress(text: str, part: str) -> None:
    assert _untouched(text, part)


# 4. A union written with spaces, where someone joins or holds office ------------------------------------------

@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg har meldt meg inn i Bygg og Tre forbundet etter råd fra formannen.", "Bygg og Tre forbundet"),
    ("Mentee: Han er tillitsvalgt for Mat og Drikke forbundet på meieriet.", "Mat og Drikke forbundet"),
    ("Mentee: Kona er medlem av Sjø og Havn Forbundet siden i fjor.", "Sjø og Havn Forbundet"),
])
def test_spaced_union_joined(text: str, part: str) -> None:
    assert _covered(text, part) == "org"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Bygg og Tre forbundet krever høyere tillegg i år.", "Bygg og Tre forbundet"),
])
def test_spaced_union_in_wage_talks(text: str, part: str) -> None:
    assert _untouched(text, part)


# 5. Energy companies and adult-education centres as workplaces; energy companies in the news ------------------

@pytest.mark.parametrize("text, part", [
    ("Mentee: Onkelen min er driftsoperatør i Statkraft på Tonstad.", "Statkraft"),
    ("Mentee: Jeg jobber hos Elvia nå, på kundeservice.", "Elvia"),
    ("Mentee: Jeg underviser på Levanger voksenopplæring to dager i uka.", "Levanger voksenopplæring"),
    ("Mentee: Hun tok kranførerkurset hos Mosjøen læringssenter.", "Mosjøen læringssenter"),
    ("Mentee: Han tok truckkurs ved Sauda kompetansesenter i vår.", "Sauda kompetansesenter"),
    ("Mentee: Hun er rådgiver på Vefsn opplæringssenter.", "Vefsn opplæringssenter"),
])
def test_energy_and_adult_education_workplaces(text: str, part: str) -> None:
    assert _covered(text, part) == "org"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Nasjonalt kompetansesenter for språk har gode nettsider.", "Nasjonalt kompetansesenter"),
    ("Mentee: Statens kompetansesenter for lesing ga ut en rapport.", "Statens kompetansesenter"),
    ("Mentee: Det finnes et kompetansesenter i byen, tror jeg.", "et kompetansesenter"),
])
def test_centres_named_as_such(text: str, part: str) -> None:
    assert _untouched(text, part)


@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg så på nyhetene at Statnett bygger ny kraftlinje.", "Statnett"),
    ("Mentee: Tensio fikk kritikk for nettleien i vinter.", "Tensio"),
    ("Mentee: Aksjen til Equinor gikk opp i dag, sa faren min.", "Equinor"),
    ("Mentee: Strømprisen fra Fjordkraft og Hafslund Eco er høy nå.", "Hafslund Eco"),
])
def test_energy_companies_in_the_news(text: str, part: str) -> None:
    assert _untouched(text, part)


def test_energy_workplace_stays_replaced_in_the_news() -> None:
    text = ("Mentee: Jeg har sommerjobb i Tensio igjen. "
            "I går leste jeg at Tensio fikk kritikk for nettleien, og det var rart å lese om jobben sin.")
    spots = [i for i in range(len(text)) if text.startswith("Tensio", i)]
    found = [(s, e) for s, e, _k, _o in finds(text)]
    assert all(any(s <= at and at + len("Tensio") <= e for s, e in found) for at in spots)


# 6. Unions as options and national list-compound associations named in passing --------------------------------

@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg lurer på om jeg skal melde meg inn i Delta eller i Fagforbundet.", "Delta"),
    ("Mentee: På verkstedet er folk med i Fellesforbundet eller i Parat.", "Parat"),
    ("Mentee: Skal jeg velge NTL eller Parat, tror du?", "NTL eller Parat"),
    ("Mentee: Norges Kano- og Kajakkforbund arrangerer NM i august.", "Norges Kano- og Kajakkforbund"),
    ("Mentee: Han leste om Norges Bokse- og Kampsportforbund i avisa.", "Norges Bokse- og Kampsportforbund"),
])
def test_national_bodies_as_options_or_in_passing(text: str, part: str) -> None:
    assert _untouched(text, part)


@pytest.mark.parametrize("text, part", [
    ("Mentee: Faren min er nestleder i Norges Kano- og Kajakkforbund.", "Norges Kano- og Kajakkforbund"),
    ("Mentee: Jeg jobber som rådgiver i Norges Bokse- og Kampsportforbund.", "Norges Bokse- og Kampsportforbund"),
    ("Mentee: Hun er tillitsvalgt for Handel og Kontor på lageret.", "Handel og Kontor"),
])
def test_office_in_such_bodies(text: str, part: str) -> None:
    assert _covered(text, part) == "org"


def test_union_held_office_in_stays_replaced() -> None:
    text = "Mentee: Hun er tillitsvalgt i Parat på rådhuset, og Parat eller NTL er det samme for meg."
    assert _covered(text, "Parat") is not None and _covered(text, "NTL") is not None  # round 52o: a union is replaced wherever it stands (special-category data, GDPR art. 9)
