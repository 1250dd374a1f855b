"""Round 33g rules (issue 10): world regions where someone worked (`region_places`), compass words
(`gazetteer.COMPASS_WORDS`), and probes of a town's business association named by a town that is also a word
(written for a module of this round's own; on merging, round 33n's `business_associations` covered the same
class and this round's copy was dropped, so these probes now test that module).

A world region is kept as a word that identifies nobody; where a person worked, studied, taught, did research,
held a post or lived for a stint (`jobber i Midtøsten`, `arbeidet … på Balkan`, `underviste han i Karibia`,
`sykepleier i Sørøst-Asia`, `koordinator for Vest-Afrika`, `yrkeserfaring fra Latin-Amerika`, `I Sentral-Asia
studerte hun`, a second region in the list) it is a place like a town. A compass preposition or adverb opening
a sentence (`Søndenfor`, `Sørafor`, `Norafor`, `Vestenfor`, `Nordafor`) is no name and no part of the place
after it. Guards: regions of origin alone, regions in news and in general talk about work and culture (a
general subject, an infinitive, `få jobb i`, `Jobbsituasjonen i`, `Vesten` as the West), a region after
`fra` where others came from, a region's genitive (continents in a work frame were a guard until round 43o,
which lists them as places); the place after a compass
word is still found. A business association named by its town (`Gran Næringsforening`, `Vik Næringsforening`,
`Nes Næringsforening`) is one organisation though the town is a word; guards: the head word after a function
word or a national adjective (`Hos Næringsforeningen`, `Norsk Næringsforening`).

The sentences are fresh ones in the classes of `dev/d66g`, `dev/control_d47g` and held-out 31's miss of a
town's business association (`heldout31/r3`, now development data), not their text. On the old rules (main at
48aeeed) 20 of the 39 tests fail: all 20 positives (11 regions, 6 compass words, 3 business associations) and
none of the 19 guards."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Svogeren min jobber i Midtøsten for et oljeselskap, på en plattform.", "Midtøsten"),
    ("Mentor: Hun arbeidet i tre år på Balkan som landmåler før hun kom hit.", "Balkan"),
    ("Mentee: Etter eksamen underviste han i Karibia en periode.", "Karibia"),
    ("Mentee: Jeg var sykepleier i Sørøst-Asia før jeg flyttet til Norge.", "Sørøst-Asia"),
    ("Mentor: Han ble stasjonskoordinator for Vest-Afrika i 2019.", "Vest-Afrika"),
    ("Mentee: Hun har lang yrkeserfaring fra Latin-Amerika, mest i gruvene.", "Latin-Amerika"),
    ("Mentee: I Sentral-Asia studerte hun geologi i fire år.", "Sentral-Asia"),
    ("Mentor: Jeg jobbet i Nord-Afrika, og senere i Levanten.", "Levanten"),
    ("Mentee: Vi bodde i Øst-Asia i fire år mens mannen min hadde kontrakt der.", "Øst-Asia"),
    ("Mentee: Faren min forsket i Arktis i mange år.", "Arktis"),
    ("Mentor: Hun har et oppdrag i Kaukasus nå, for et forsikringsselskap.", "Kaukasus"),
])
def test_regions_where_someone_worked_are_places(text: str, part: str) -> None:
    assert covered(text, part) == "place"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Søndenfor kirka ligger en liten butikk.", "Søndenfor"),
    ("Mentor: Sørafor skolen er det en park.", "Sørafor"),
    ("Mentor: Norafor bygda er det bare skog.", "Norafor"),
    ("Mentee: Vestenfor Haugesund bodde vi i to år.", "Vestenfor"),
    ("Mentor: Nordafor Lillehammer er det mest gårder.", "Nordafor"),
    ("Mentor: Østenfor Gjøvik har vi en hytte.", "Østenfor"),
])
def test_compass_words_are_no_place(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Han kommer fra Sentral-Asia, og kona er fra Kaukasus.", "Sentral-Asia"),
    ("Mentee: Hun har bakgrunn fra Midtøsten og jobber nå på et lager.", "Midtøsten"),
    ("Programleder: Mange jobber i Midtøsten i dag, sa foredragsholderen.", "Midtøsten"),
    ("Mentee: Hun jobbet med flyktninger fra Øst-Afrika i mange år.", "Øst-Afrika"),
    ("Mentor: Mange vil gjerne jobbe i Vest-Europa.", "Vest-Europa"),
    ("Mentor: Det er vanskelig å få jobb i Sør-Amerika uten spansk.", "Sør-Amerika"),
    ("Mentor: Jobbsituasjonen i Vesten er annerledes enn mange tror.", "Vesten"),
    ("Mentor: Vesten har mye å lære om å ta vare på de eldre.", "Vesten"),
    ("Mentee: Lederne i Vesten tenker kortsiktig, sier min far.", "Vesten"),
    ("Mentee: Foreldrene hans jobbet i Midtøstens oljeindustri.", "Midtøstens"),
    # round 43o: a continent in a work frame ("jobbet i Afrika og Asia") is a place since held-out 42's listing
    # (`Afrika` where someone drove); `test_pseudonym_round43o` probes it
    ("Mentor: Vi snakket om Midtøsten og jobbet med oppgavene etterpå.", "Midtøsten"),
])
def test_regions_of_origin_and_general_talk_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Vestenfor Haugesund bodde vi i to år.", "Haugesund"),
    ("Mentor: Nordafor Lillehammer er det mest gårder.", "Lillehammer"),
    ("Mentor: Østenfor Gjøvik har vi en hytte.", "Gjøvik"),
    ("Mentee: Hun har bakgrunn fra Sentral-Asia og jobber nå i Hamar.", "Hamar"),
])
def test_places_beside_compass_words_and_regions_are_found(text: str, part: str) -> None:
    assert covered(text, part) == "place"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Du kan spørre Gran Næringsforening om en mentor til.", "Gran Næringsforening"),
    ("Mentee: Jeg ble medlem av Vik Næringsforening i august.", "Vik Næringsforening"),
    ("Mentee: Broren min sitter i styret for Nes Næringsforening.", "Nes Næringsforening"),
])
def test_business_associations_named_by_a_word_town_are_organisations(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Hos Næringsforeningen får du gode råd om regnskap.", "Hos"),
    ("Mentor: Norsk Næringsforening finnes ikke, tror jeg.", "Norsk Næringsforening"),
    ("Mentor: Den lokale Næringsforeningen har et frokostmøte hver måned.", "Den lokale"),
])
def test_head_words_after_function_words_stay(text: str, part: str) -> None:
    assert untouched(text, part)
