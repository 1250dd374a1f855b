"""Round 25o: places and organisations in forms held-out 23 missed, and the ordinary words beside them.

Held-out 23 (now development data) missed a country acronym where someone lives, a region compound whose first
part is a given name, public bodies and a broadcaster as employers, a municipal service as a workplace, a
professional association someone teaches for, a café chain as a meeting place and a festival in local advice;
it lost the genitive of a TV title. Beside each class stand its guards: the same names in ordinary talk.
Synthetic sentences written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts or
controls. On the rules before this round (main at 05ab781), 27 of the 30 positive cases and the TV-title test
fail (28 of 52 tests); the 21 guards pass on both.
"""

from __future__ import annotations

import pytest

from probe_support import covered as _covered
from probe_support import touched


def covered(text: str, string: str, kind: str | None = None) -> bool:
    """Whether `string` lies inside one replacement (of `kind`, if given)."""
    found = _covered(text, string)
    return found is not None and (kind is None or found == kind)


# 1. A country acronym where someone lives, lived, comes from or went ----------------------------------------

@pytest.mark.parametrize("text, acronym", [
    ("Mentee: Datteren min studerer i UK nå, hun er ferdig til jul.", "UK"),
    ("Mentee: Kusinen min flyttet til USA for tre år siden.", "USA"),
    ("Mentor: Svogeren hans er fra UAE, tror jeg.", "UAE"),
    ("Mentee: Vi bodde seks år i DDR før muren falt.", "DDR"),
    ("Mentee: En fetter fra USA besøkte oss i sommer.", "USA"),
    ("Mentee: Mannen min jobbet lenge i UK som sveiser.", "UK"),
])
def test_country_acronym_where_someone_lives_is_a_place(text, acronym):
    assert covered(text, acronym, "place")


@pytest.mark.parametrize("text, acronym", [
    ("Mentor: Valget i USA handlet mest om økonomi.", "USA"),
    ("Mentee: USA og Kina har en handelskrig.", "USA"),
    ("Mentee: Vi så en gammel film fra USA i går.", "USA"),
    ("Mentor: Strømprisene i UK er visst enda høyere.", "UK"),
])
def test_country_acronym_in_world_talk_stays(text, acronym):
    assert not touched(text, acronym)


# 2. A region compound whose first part is a given name ------------------------------------------------------

@pytest.mark.parametrize("text, region", [
    ("Mentee: Bestefar kom fra Karen-staten en gang på åttitallet.", "Karen-staten"),
    ("Mentee: Vi vokste opp i Ali-distriktet, langt fra byen.", "Ali-distriktet"),
    ("Mentee: Familien til mannen min bor i Sara-provinsen.", "Sara-provinsen"),
])
def test_region_compound_is_one_place(text, region):
    assert covered(text, region, "place")


@pytest.mark.parametrize("text, word", [
    ("Mentor: Reglene gjelder i hele EØS-området.", "EØS-området"),
    ("Mentee: Hun jobber med NAV-området i kommunen.", "NAV-området"),
])
def test_region_compound_of_a_body_stays(text, word):
    assert not touched(text, word)


# 3. Public bodies, broadcasters, municipal services and associations as workplaces -------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Kona mi er produsent i TV 2, mest nyheter.", "TV 2"),
    ("Mentee: Svigerfar var sjåfør for NRK i mange år.", "NRK"),
    ("Mentor: Jeg var redaktør i P4 før jeg ble konsulent.", "P4"),
    ("Mentee: Han har jobbet som fotograf i TVNorge.", "TVNorge"),
    ("Mentee: Naboen er elektriker i Statsbygg, og han trives.", "Statsbygg"),
    ("Mentee: Jeg spiser lunsj med kollegaene mine fra Mattilsynet.", "Mattilsynet"),
    ("Mentor: Hun sluttet i Husbanken i vår.", "Husbanken"),
    ("Mentor: Hos oss i Kystverket er det mye turnus.", "Kystverket"),
    ("Mentee: Søsteren min sitter på Barneverntjenesten i bydelen.", "Barneverntjenesten"),
    ("Mentee: Jeg har jobbet i Hjemmetjenesten i fem år.", "Hjemmetjenesten"),
    ("Mentee: Han er renholder i Introduksjonstjenesten.", "Introduksjonstjenesten"),
    ("Mentor: Jeg holder kurs i førstehjelp for Norsk Rørleggerforbund.", "Norsk Rørleggerforbund"),
    ("Mentor: Hun er sekretær i Norsk Bibliotekforening.", "Norsk Bibliotekforening"),
    ("Mentee: Jeg hadde praksis hos TV 2 i fjor høst.", "TV 2"),
])
def test_body_as_workplace_is_replaced(text, name):
    assert covered(text, name, "org")


@pytest.mark.parametrize("text, name", [
    ("Mentee: NRK sendte en dokumentar om det i går.", "NRK"),
    ("Mentee: Jeg så kampen på TV 2 med sønnen min.", "TV 2"),
    ("Mentor: En reporter i NRK intervjuet ordføreren.", "NRK"),
    ("Mentee: Det er mange gode serier på TV 2 om vinteren.", "TV 2"),
    ("Mentee: Barneverntjenesten hjalp oss med en bolig.", "Barneverntjenesten"),
    ("Mentee: Kartverket har nye kart på nettet.", "Kartverket"),
    ("Mentee: Jeg søkte hos NAV, og Husbanken ga meg startlån.", "Husbanken"),
    ("Mentee: Mange her er medlem i Fagforbundet.", "Fagforbundet"),  # one's own membership is replaced since 30o
    ("Mentee: Kona mi vurderer å melde seg inn i Utdanningsforbundet.", "Utdanningsforbundet"),
    ("Mentee: Broren min har abonnement på TV 2 Play for fotballens skyld.", "TV 2"),
])
def test_body_named_as_such_stays(text, name):
    assert not touched(text, name)


# 4. A café or chain as a meeting place, a festival in local advice -----------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentor: Vi pleier å møtes på Starbucks ved stasjonen.", "Starbucks"),
    ("Mentee: Vi treffes hos Waynes hver fredag etter jobb.", "Waynes"),
    ("Mentor: Vi har faste møter, oftest på Baker Brun i sentrum.", "Baker Brun"),
    ("Mentee: Jeg møter mentoren min på Espresso House hver mandag.", "Espresso House"),
    ("Mentor: Til sommeren må du gå på Sjøfestivalen, for der er alle her i bygda.", "Sjøfestivalen"),
    ("Mentor: Still på Havnefesten i juni, folk her vil kjenne deg.", "Havnefesten"),
    ("Mentor: Du bør også være på Lakseturnfestivalen, den er viktig her.", "Lakseturnfestivalen"),
])
def test_meeting_place_and_local_festival_are_replaced(text, name):
    assert covered(text, name, "org")


@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg kjøpte en bolle på Baker Brun i morges.", "Baker Brun"),
    ("Mentor: Vi møtes på Teams neste gang.", "Teams"),
    ("Mentee: Vi hadde et møte hos Lånekassen om lånet.", "Lånekassen"),
    ("Mentee: Vi var på Olsokfestivalen i fjor, det var gøy.", "Olsokfestivalen"),
    ("Mentor: Du bør gå på Øyafestivalen, den er kjempebra.", "Øyafestivalen"),
])
def test_chain_or_festival_as_such_stays(text, name):
    assert not touched(text, name)


# 5. The genitive of a definite plural in a TV title is no name ---------------------------------------------

def test_definite_plural_genitive_title_stays():
    text = "Mentee: Om kvelden ser vi Bakernes dyst, og barna liker Snekkernes mester."
    assert not touched(text, "Bakernes") and not touched(text, "Snekkernes")
