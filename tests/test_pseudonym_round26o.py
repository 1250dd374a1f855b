"""Round 26o: organisations and places by class, in the forms held-out 24 missed, and the same names in ordinary talk.

Held-out 24 (now development data) missed one-word public bodies where someone works, relief organisations
someone worked for, held a role in or met at a local branch, transport companies as employers, a union's
confederation acronym beside the union someone holds office in, a race and a festival someone worked at, and
a country acronym after a first place someone studied in, and a narrow trade's association someone was put in
touch with. Beside each class stand its guards: the same kinds
of bodies given to, ridden with, joined as one of many members, watched or visited. Synthetic sentences
written for these tests (SYNTETISK), none taken from the leak benchmark's transcripts or controls. On the
rules before this round (main at a7e94ba) 14 of the 48 tests fail: 12 of the 27 positive cases, and 2 of the 21
guards (a museum visited and a relief body given to, which the old word rules replaced); the rest pass on both.
"""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
from probe_support import finds, touched


def covered(text: str, string: str) -> bool:
    """Whether every capitalised word of `string` lies inside a replacement."""
    at = text.find(string)
    assert at >= 0
    spans = [(s, e) for s, e, _k, _o in finds(text)]
    words = [(at + i, at + i + len(w)) for i, w in _words(string) if w[:1].isupper() or w[:1].isdigit()]
    return all(any(a <= s and e <= b for a, b in spans) for s, e in words)


def _words(string: str) -> list[tuple[int, str]]:
    out, i = [], 0
    for w in string.split(" "):
        out.append((i, w))
        i += len(w) + 1
    return out


# 1. A one-word public body, archive, library or museum where someone works ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Kona mi er arkivar i Statsarkivet, og hun trives.", "Statsarkivet"),
    ("Han var bibliotekar i Stortingsbiblioteket i mange år.", "Stortingsbiblioteket"),
    ("Jeg er konservator ved Kunstindustrimuseet nå.", "Kunstindustrimuseet"),
    ("Hun fikk en traineeplass i Lånekassen etter studiene.", "Lånekassen"),
    ("Faren min er koordinator i Sjøfartsmuseet om sommeren.", "Sjøfartsmuseet"),
])
def test_one_word_body_as_workplace(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize("text, name", [
    ("I helgen var vi på Kunstindustrimuseet med barna.", "Kunstindustrimuseet"),
    ("Statsarkivet har lagt ut kirkebøkene på nett.", "Statsarkivet"),
    ("Jeg søkte om studielån i Lånekassen i august.", "Lånekassen"),
])
def test_one_word_body_visited_or_named(text: str, name: str) -> None:
    assert not touched(text, name)


# 2. Relief and volunteer bodies: a workplace, a role, a local branch, a national society abroad ----------------

@pytest.mark.parametrize("text, name", [
    ("Før det var jeg sjåfør for Leger uten grenser i Jemen.", "Leger uten grenser"),
    ("Søsteren min er prosjektkoordinator i Flyktninghjelpen nå.", "Flyktninghjelpen"),
    ("Jeg sitter i styret i Redd Barna her i byen.", "Redd Barna"),
    ("Han er leder for lokallaget til Norsk Folkehjelp.", "Norsk Folkehjelp"),
    ("Vi tok førstehjelpskurs på Røde Kors i Orkanger, og instruktøren var flink.", "Røde Kors"),
    ("Han jobbet i seks år som sykepleier, mest for Syrian Arab Red Crescent.", "Syrian Arab Red Crescent"),
])
def test_aid_body_as_workplace_role_or_branch(text: str, name: str) -> None:
    assert covered(text, name)


def test_aid_body_found_again_after_branch() -> None:
    text = "Jeg tok HLR-kurs på Røde Kors i Orkanger. Siden har jeg hatt kontakt med Røde Kors hver uke."
    at = text.rfind("Røde Kors")
    reps = Pseudonymizer().find(text)
    assert all(any(r.start <= s and e <= r.end for r in reps) for s, e in ((at, at + 4), (at + 5, at + 9)))


@pytest.mark.parametrize("text, name", [
    ("Vi gir penger til Leger uten grenser hvert år.", "Leger uten grenser"),
    ("Jeg er leksehjelper i Røde Kors på tirsdager.", "Røde Kors"),
    ("Redd Barna hadde en innsamling på skolen.", "Redd Barna"),
    ("Jeg tok førstehjelpskurs hos Røde Kors i fjor.", "Røde Kors"),
    ("Han leste om Norsk Folkehjelp i avisen.", "Norsk Folkehjelp"),
])
def test_aid_body_given_to_or_volunteered_for(text: str, name: str) -> None:
    assert not touched(text, name)


# 3. Transport companies as employers -----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mannen min kjører buss for Unibuss på nattestid.", "Unibuss"),
    ("Hun er matros i Torghatten om sommeren.", "Torghatten"),
    ("Broren min er mekaniker hos Nobina i Trondheim.", "Nobina"),
    ("Mentee: Jeg kjører trikk nå. Linje tolv, hele dagen. For Sporveien.", "Sporveien"),
    ("Intervjuer: Var du i praksis i fjor?\nMentee: Ja, hos Kolumbus, på verkstedet.", "Kolumbus"),
    ("Mentee: Jeg vil kjøre langrute en dag. Eller Lavprisekspressen, de har mange turer.", "Lavprisekspressen"),
])
def test_transport_company_as_employer(text: str, name: str) -> None:
    assert covered(text, name)


def test_transport_company_found_again() -> None:
    text = "Jeg er sjåfør hos Nobina. Nobina betalte førerkortet mitt."
    at = text.rfind("Nobina")
    assert any(r.start <= at and at + 6 <= r.end for r in Pseudonymizer().find(text))


@pytest.mark.parametrize("text, name", [
    ("Vi tok Flytoget til Gardermoen i morges.", "Flytoget"),
    ("Billetten kjøper jeg i appen til Ruter.", "Ruter"),
    ("Jeg reiser med Vy hver dag.", "Vy"),
    ("Hurtigruten er fin om sommeren, sier de.", "Hurtigruten"),
    ("Intervjuer: Hvordan kommer du deg på jobb?\nMentee: Med Kolumbus, bussen går hvert kvarter.", "Kolumbus"),
])
def test_transport_company_ridden_with(text: str, name: str) -> None:
    assert not touched(text, name)


# 4. A union's confederation or short name beside the union someone holds office in -----------------------

def test_union_acronym_beside_union_held_office_in() -> None:
    text = "Mentee: Hun er tillitsvalgt i Norsk Jernbaneforbund, LO, på verkstedet."
    assert covered(text, "LO")


@pytest.mark.parametrize("text, name", [
    ("Mange her er medlem av Fellesforbundet, LO.", "LO"),
    ("LO og YS er de største, har jeg lært.", "YS"),
    ("Mange er med i Parat eller i NTL, tror jeg.", "NTL"),  # one's own union is replaced since round 30o
])
def test_union_acronym_as_one_of_many(text: str, name: str) -> None:
    assert not touched(text, name)


# 5. A race or a festival someone worked at --------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("I mars var jeg løypevakt på Beitostølløpet.", "Beitostølløpet"),
    ("I fjor hjalp jeg til i kiosken på Kystkulturfestivalen.", "Kystkulturfestivalen"),
    ("Jeg er frivillig i sanitetsvakta. Vi var på Fjellrittet i juni.", "Fjellrittet"),
])
def test_event_worked_at(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize("text, name", [
    ("Vi så Fjellrittet på TV i helgen.", "Fjellrittet"),
    ("Jeg jobber mye, men i helgen skal vi se på Beitostølløpet.", "Beitostølløpet"),
])
def test_event_watched(text: str, name: str) -> None:
    assert not touched(text, name)


# 6. A country acronym after a first place someone studied or lived in --------------------------------------

def test_country_acronym_second_place() -> None:
    text = "Han studerte i Accra og senere i UK, før han kom hit."
    assert covered(text, "UK")


def test_country_acronym_in_news() -> None:
    assert not touched("Prisene i Norge og i USA stiger.", "USA")


# 7. A narrow trade's national association a participant is put in touch with, joins or meets at ------------

@pytest.mark.parametrize("text, name", [
    ("Mentor: Jeg satte henne i kontakt med Norsk Bokbinderforbund i høst.", "Norsk Bokbinderforbund"),
    ("Vi skal på årsmøtet til Nordisk Kartografforening sammen.", "Nordisk Kartografforening"),
    ("Han ble medlem av Norsk Urmakerlaug etter eksamen.", "Norsk Urmakerlaug"),
])
def test_trade_association_met_or_joined(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize("text, name", [
    ("Norsk Frisørforbund mener at faget er truet.", "Norsk Frisørforbund"),
    ("Bestemor er medlem av Norsk Pensjonistforbund nå.", "Norsk Pensjonistforbund"),
])
def test_trade_association_named_or_not_a_trade(text: str, name: str) -> None:
    assert not touched(text, name)
