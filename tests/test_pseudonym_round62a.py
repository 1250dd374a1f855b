"""Round 62a rules (`definite_bodies`, `everyday`, `aid_bodies`, `org_shapes`, `caseless_bodies`): a trade's
association after a course frame, a supplier after goods bought, a relief body's branch by its activity and
town, a firm of a name word and English words, and local bodies said without case (a municipality's service,
a place's office, a destination company, a parish, a noted firm's first word said alone).

The positives are missed by 1263fba's rules (the base of the round); the guards (the nearest words that must
stay) and the neighbours stay as they were. The strings are fresh, not those of `dev/d107a_*`,
`dev/control_d89a` or held-out 70 and 71."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_CASELESS = """taler 1: da er vi i gang kan du si hvem du er
taler 2: jeg heter ragnhild sæther [Ragnhild Sæther] og jeg er driftssjef i fjellstar alpin beitostølen [FjellStar Alpin Beitostølen]
taler 1: og mentee din
taler 2: det er samuel okoye [Samuel Okoye] han kom til oss gjennom valdres kommunes flyktningtjeneste [Valdres kommune] og han har vært her i to vintre
taler 1: hva kan du gjøre for ham
taler 2: jeg kjenner folk i destinasjon beitostølen og i beitostølen turistkontor så jeg kan ringe rundt for ham
taler 1: har han nettverk
taler 2: ja han går i kirka den anglikanske i fagernes sankt paulus menighet og der har han venner
taler 1: hvordan ansetter dere i fjellstar
taler 2: vi ser på service og språk og om de har vært sesong før
taler 1: og hvor gikk han på norskkurs
taler 2: på kommunens voksenopplæring i to år og så på læringssenteret
taler 1: og hva drømmer han om
taler 2: han vil jobbe i resepsjonen på et hotell dette er en populær destinasjon om vinteren så det er mange sesongjobber
taler 1: hva gjør han i fritida
taler 2: han går i menigheten hver søndag og til sankt hans var de med på bålet og han er med i kommunen sitt kor
"""

_FOUND = [
    ("Mentee: Mentoren min sa: gå på kurs i Den norske tannlegeforening, bli medlem og snakk med folk.",
     "Den norske tannlegeforening"),
    ("Mentee: Vi har en liten kafé nå. Kaffe kjøper jeg nå fra Löfbergs, og koppene har jeg kjøpt hos en grossist.",
     "Löfbergs"),
    ("Mentee: Jeg syr gardiner. Stoff bestiller vi fra Tampella, og tråd kjøper vi i byen.", "Tampella"),
    ("Mentee: Datteren min har fått plass på leksehjelp hos Redd Barna på Tveita. Det har hjulpet henne.",
     "Redd Barna"),
    ("Mentee: Jeg har fått jobb som lagermedarbeider hos Nordkapp Marine Supply på Brekstad, med skift.",
     "Nordkapp Marine Supply"),
    (_CASELESS, "valdres kommunes flyktningtjeneste"),
    (_CASELESS, "destinasjon beitostølen"),
    (_CASELESS, "beitostølen turistkontor"),
    (_CASELESS, "sankt paulus menighet"),
    (_CASELESS, "fjellstar"),
]


@pytest.mark.parametrize(("text", "part"), _FOUND)
def test_round62a_bodies_found(text: str, part: str) -> None:
    """Each body is replaced whole."""
    if part == "fjellstar":  # the noted firm's first word said alone, after its full name with the note
        at = text.index("ansetter dere i fjellstar") + len("ansetter dere i ")
        from probe_support import finds
        assert any(s <= at and at + len(part) <= e for s, e, _k, _o in finds(text))
        return
    assert covered(text, part) is not None


_KEPT = [
    (_CASELESS, "kommunens voksenopplæring"),
    (_CASELESS, "populær destinasjon"),
    (_CASELESS, "sankt hans"),
    (_CASELESS, "menigheten"),
    (_CASELESS, "læringssenteret"),
    ("Mentee: Hun sa: gå på kurs i fagforeningen din, bli medlem, snakk med folk.", "fagforeningen"),
    ("Mentee: Vi gikk på kurs i Den norske turistforening i fjor.", "Den norske turistforening"),
    ("Mentee: Stoff kjøper jeg nå fra grossisten, og garnet bestiller jeg fra nettet.", "grossisten"),
    ("Mentee: Sønnen min har fått plass på leksehjelp hos Røde Kors, og datteren er frivillig.", "Røde Kors"),
    ("Mentee: Han tok HLR-kurs hos Røde Kors på internett i fjor.", "Røde Kors"),
    ("Mentee: Kurset het Ramp Safety Training, og etterpå tok jeg et kurs til.", "Ramp Safety Training"),
    ("Mentee: Hun sa at Customer Service er like viktig som å løfte kofferter.", "Customer Service"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round62a_words_stay(text: str, part: str) -> None:
    """Generic bodies, ordinary words, a hobby association, a volunteer body without a town and English terms stay."""
    assert untouched(text, part)


_NEIGHBOURS = [
    ("Mentee: Jeg meldte meg inn i Den norske jordmorforening i fjor.", "Den norske jordmorforening", "org"),
    ("Mentee: Hun tok HLR-kurs på Røde Kors i Alta.", "Røde Kors", "org"),
    ("Mentee: Jeg kjøper deler fra Alpenwerk Präzision AG hver måned.", "Alpenwerk Präzision AG", "org"),
    ("Mentee: Jeg heter Ivan Petrov og jobber hos Nordlys Elektro AS i Bodø.", "Nordlys Elektro AS", "org"),
    ("Mentee: Jeg heter Ivan Petrov og bor i Bodø.", "Ivan Petrov", "person"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _NEIGHBOURS)
def test_round62a_neighbours_stay_found(text: str, part: str, kind: str) -> None:
    """Bodies the rules found before stay found."""
    assert covered(text, part) == kind
