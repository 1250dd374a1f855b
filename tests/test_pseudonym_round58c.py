"""Round 58c rules (`coordinated_names`, `course_frames`): a union named in full with a hyphenated coordination, a
body joined after `melde meg inn i`/`bli medlem i`, a language level taken at a course provider, an organisation
found once and recurring with its legal form, a town coordinated with a found place, an English title before a
found person.

Every positive below fails on the base rules (9c1bec1 with the round's data commit 71d9359); the guards (public
bodies and national services joined or taken a course at, lower-case bodies, departments, ordinary coordinations)
and the neighbours (names the base already found) pass on both.

The strings are fresh, not those of `dev/d99c_*`, `dev/control_d81c` or held-out 62 and 63."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched

_UNION = "Tillitsvalgt tok meg med til forbundet, Norsk Bygg- og Anleggsarbeiderforbund. Der fikk jeg hjelp."
_JOINED = "Kollegaen min sa at jeg burde melde meg inn i Akademikerne, og det gjorde jeg. Nå er jeg medlem i Unio."
_COURSE = "Jeg har A2 nå, og jeg tar B1 til våren på Kursbua. Etterpå vil jeg jobbe."
_LETTER = ("Hun leste brevet fra Fjellrev Transport AS til oss.\n"
           "R: «Fjellrev Transport AS, org.nr. 913 562 104. Vi tilbyr deg fast stilling.»")
_PAIRED = "Han kjenner eieren, Arild Haug, fra fotballen. De pusser opp hus i Skedsmo og Lillestrøm."
_TITLE = "The manager, Mrs. Anneliese Van Niekerk, signed it. Mrs. Van Niekerk was kind to everyone."


@pytest.mark.parametrize(("text", "part", "kind"), [
    (_UNION, "Norsk Bygg- og Anleggsarbeiderforbund", "org"),
    (_JOINED, "Akademikerne", "org"),
    (_COURSE, "Kursbua", "org"),
    (_LETTER, "«Fjellrev Transport AS", "org"),
    (_PAIRED, "Lillestrøm", "place"),
    (_TITLE, "Mrs. Van Niekerk was", "person"),
])
def test_round_58c_positives_are_found_whole(text: str, part: str, kind: str) -> None:
    target = part.lstrip("«").removesuffix(" was")
    start = text.index(part) + (1 if part.startswith("«") else 0)
    assert _kind_over(text, start, start + len(target)) == kind


def _kind_over(text: str, start: int, end: int) -> str | None:
    return next((k for s, e, k, _o in finds(text) if s <= start and end <= e), None)


@pytest.mark.parametrize(("text", "part"), [
    (_PAIRED, "Skedsmo"),
    (_JOINED, "Kollegaen"),
    (_PAIRED, "Arild Haug"),
    (_TITLE, "Mrs. Anneliese Van Niekerk"),
    (_LETTER, "Fjellrev Transport AS til"),
])
def test_round_58c_neighbours_stay_found(text: str, part: str) -> None:
    if part == "Kollegaen":
        assert untouched(text, part)
    else:
        assert covered(text, part.removesuffix(" til")) is not None


@pytest.mark.parametrize(("text", "part"), [
    ("Jeg tar kurs på NAV to dager i uka, og etterpå tar jeg B2 på NAV også.", "NAV"),
    ("Jeg ble meldt inn i folkeregisteret da jeg kom, og så ble jeg medlem i folketrygden.", "folkeregisteret"),
    ("Jeg ble meldt inn i folkeregisteret da jeg kom, og så ble jeg medlem i folketrygden.", "folketrygden"),
    ("Vi ble medlem i Lånekassen sin ordning.", "Lånekassen"),
    ("Tillitsvalgt sa at Kommunal- og distriktsdepartementet bestemmer det.", "Kommunal- og distriktsdepartementet"),
    ("Vi jobber mellom Jul og Nyttår, og rundt Påske og Pinse er det travelt.", "Nyttår"),
    ("Vi jobber mellom Jul og Nyttår, og rundt Påske og Pinse er det travelt.", "Pinse"),
    ("Jeg tok B2 på nettet og A2 på Zoom.", "Zoom"),
    ("Jeg vil melde meg inn i kor og bli medlem i en turgruppe.", "kor"),
])
def test_round_58c_guards_stay_untouched(text: str, part: str) -> None:
    assert untouched(text, part)
