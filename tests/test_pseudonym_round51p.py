"""Round 51p rules: names in partly automatic (caseless) transcripts whose hand correction in square brackets
spells them with digits, `&` or commas, under any short label ending in a colon, or at the end of a longer
note (`noted_names`, `bracket_twins`); places before a hyphen compound; the name a caller asks for
(`caseless_names`).

Guards: ordinary words corrected in brackets, a platform corrected in brackets, `i` between ordinary words,
`og så … og der fikk jeg jobb` with no firm, `sparebanken en gang til`, `by-dialekt`, `er det bra`.

The strings are fresh, not those of `dev/d86p_*`, `dev/control_d68p` or the held-out files."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched

_TEXT = ("[00:00:01] intervjuer: hallo er det wirat\n"
         "[00:00:03] deltaker: ja det er meg\n"
         "[00:00:05] deltaker: jeg vokste opp i lima i peru [Lima, Peru] og salto i uruguay [Salto, Uruguay] og studerte på "
         "king mongkut university of technology [merknad: King Mongkut University of Technology] og så jobbet jeg "
         "hos siam betong og stål [Siam Betong & Stål Co.] i seks år\n"
         "[00:00:25] deltaker: nå bor vi i sand i ryfylke nei på hol i hallingdal [rett: Hol i Hallingdal] og "
         "postadressen er fjellvegen tre tre fem sju seks hol i hallingdal [rettet: Fjellvegen 3, 3576 Hol i Hallingdal]\n"
         "[00:00:40] deltaker: jeg søkte på mange og så fjellstova [Fjellstova] og der fikk jeg jobb "
         "mens jeg var hos fjellstova lærte jeg hallingdal-dialekt\n"
         "[00:00:48] deltaker: og så bryggeriet [rettet: Bryggeriet] og der fikk jeg jobb i krogsveen og sønn "
         "[rettet: Krogsveen & Sønn AS] og\n"
         "[00:00:52] deltaker: kontoen er i sparebank en hallingdal [stavemåte: SpareBank 1 Hallingdal] og jeg er med i "
         "thai samfunn i norge [riktig: Thai Samfunn i Norge]\n"
         "[00:01:00] deltaker: vi har vært i gang i to år og så butikken og der fikk jeg jobb først\n"
         "[00:01:05] deltaker: sparebanken en gang til sa han og by-dialekt er vanskelig men takk [korr: Takk] "
         "jeg har profil på facebook [Facebook] og er det bra\n")


@pytest.mark.parametrize("name", [
    "lima", "Lima", "salto", "Salto", "king mongkut university of technology", "King Mongkut University of Technology",
    "siam betong og stål", "hol i hallingdal", "Hol i Hallingdal", "fjellstova", "Fjellstova", "bryggeriet",
    "krogsveen og sønn", "sparebank en hallingdal", "thai samfunn i norge", "Thai Samfunn i Norge",
])
def test_noted_names_whole(name: str) -> None:
    """The spoken name and its note are each replaced whole (the kind may come from another rule)."""
    assert covered(_TEXT, name) is not None


@pytest.mark.parametrize("name", ["lima", "Salto", "hol i hallingdal"])
def test_noted_places(name: str) -> None:
    assert covered(_TEXT, name) == "place"


def test_noted_name_again_after_hos() -> None:
    later = _TEXT.index("mens jeg var hos fjellstova") + len("mens jeg var hos ")
    assert any(s <= later and later + len("fjellstova") <= e for s, e, _k, _o in finds(_TEXT))


def test_town_at_end_of_address_note() -> None:
    later = _TEXT.index("sju seks hol i hallingdal") + len("sju seks ")
    assert any(s <= later and later + len("hol i hallingdal") <= e and k == "place" for s, e, k, _o in finds(_TEXT))


def test_place_before_hyphen_compound() -> None:
    later = _TEXT.index("hallingdal-dialekt")
    assert any(s <= later and later + len("hallingdal") <= e and k == "place" for s, e, k, _o in finds(_TEXT))
    assert untouched(_TEXT, "-dialekt")


def test_caller_asks_for_name() -> None:
    assert covered(_TEXT, "wirat") == "person"


@pytest.mark.parametrize("part", ["takk [korr: Takk]", "facebook [Facebook]", "i gang i to år", "så butikken og der",
                                  "sparebanken en gang til", "by-dialekt", "er det bra"])
def test_ordinary_words_stay(part: str) -> None:
    assert untouched(_TEXT, part)
