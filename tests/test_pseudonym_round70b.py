"""Round 70b rules (`noted_pairs`): in caseless speech two adjacent words, each with its own capitalised bracket
note, form one name when one of them is found as a person (or follows `heter`): a surname that is also a verb after
a first name ("heter ingrid [Ingrid] stange [Stange]"), found again where it is said alone, and a first name that
is also a programming language before a found surname ("lua [Lua] okeke [Okeke]").

Every positive below is missed by 1864774's rules (the base of the round); the kept texts and guards (the nearest
words that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d115b_*`, `dev/control_d97b` or held-out 87."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched

# Enough caseless speech before a line that the text reads as a transcript without case.
_OPENING = ("[00:00:02] i: kan du fortelle litt om jobben din og hva du gjorde før du kom hit\n"
            "[00:00:08] r: ja jeg jobber på et lager nå. før jobbet jeg på et kontor i mange år, og jeg liker "
            "å jobbe med folk. det er travelt men fint, og jeg lærer noe nytt hver uke\n"
            "[00:00:31] i: hvordan er en vanlig dag for deg der\n")


def _caseless(*lines: str) -> str:
    return _OPENING + "".join(f"[00:00:{40 + i}] r: {line}\n" for i, line in enumerate(lines))


def _kind_after(text: str, marker: str, part: str) -> str | None:
    """The kind of the replacement covering `part` where it first stands inside `marker`, or None."""
    start = text.index(marker) + marker.index(part)
    return next((k for s, e, k, _o in finds(text) if s <= start and start + len(part) <= e), None)


_NAMED = _caseless("mentoren min heter ingrid [Ingrid] stange [Stange] hun jobber i et rederi",
                   "hun sa at stange [Stange] er et navn folk husker")
_BESIDE = _caseless("kollegaen min geir [Geir] heie [Heie] kjører truck på nattskiftet",
                    "alle sier at heie [Heie] er den beste sjåføren")
_LANGUAGE = _caseless("vi hadde kurs i excel [Excel] og sql [SQL] om kvelden",
                      "en venninne der lua [Lua] okeke [Okeke] jobber nå i et forsikringsselskap")
_LANGUAGE2 = _caseless("jeg lærte java [Java] og html [HTML] på kurset",
                       "og en annen fra kurset, rust [Rust] adeyemi [Adeyemi], sendte meg en anbefaling")

_FOUND = [
    (_NAMED, "stange", "person"),
    (_NAMED, "Stange", "person"),
    (_BESIDE, "heie", "person"),
    (_BESIDE, "Heie", "person"),
    (_LANGUAGE, "lua", "person"),
    (_LANGUAGE, "Lua", "person"),
    (_LANGUAGE2, "rust", "person"),
    (_LANGUAGE2, "Rust", "person"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round70b_found(text: str, part: str, kind: str) -> None:
    """A noted surname after a found first name, a noted first name before a found surname."""
    assert covered(text, part) == kind


_AGAIN = [
    (_NAMED, "at stange [Stange] er", "stange"),
    (_NAMED, "at stange [Stange] er", "Stange"),
    (_BESIDE, "at heie [Heie] er", "heie"),
    (_BESIDE, "at heie [Heie] er", "Heie"),
]


@pytest.mark.parametrize(("text", "marker", "part"), _AGAIN)
def test_round70b_found_again(text: str, marker: str, part: str) -> None:
    """The surname is found again where it is said alone later."""
    assert _kind_after(text, marker, part) == "person"


_KEPT = [
    # a verb after a found name, with and without its own note
    (_caseless("hilde [Hilde] sier at hun kommer i morgen"), "sier"),
    (_caseless("mona [Mona] brekker armen nesten hvert år på fotball"), "brekker"),
    (_caseless("mona [Mona] brekker [Brekker] armen nesten hvert år på fotball"), "brekker"),
    (_caseless("arne [Arne] sendte [Sendte] meg en melding i går"), "sendte"),
    # languages and tools side by side, as subjects and course names, with no person beside them
    (_caseless("vi hadde et kurs i python [Python] og lua [Lua] om kvelden"), "lua"),
    (_caseless("læreren sa at java [Java] kotlin [Kotlin] og html kommer senere"), "kotlin"),
    # a noted common word after a name
    (_caseless("jeg snakket med nina [Nina] i dag [dag] om vaktene"), "dag"),
    (_caseless("jeg snakket med nina [Nina] i dag om vaktene"), "dag"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round70b_words_kept(text: str, part: str) -> None:
    """Ordinary words in the same frames stay."""
    assert untouched(text, part)


_GUARDS = [
    (_NAMED, "ingrid", "person"),
    (_BESIDE, "geir", "person"),
    (_LANGUAGE, "okeke", "person"),
    (_LANGUAGE2, "adeyemi", "person"),
    (_caseless("mona [Mona] brekker armen nesten hvert år på fotball"), "mona", "person"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round70b_neighbours_still_found(text: str, part: str, kind: str) -> None:
    """The names beside the new finds are still found."""
    assert covered(text, part) == kind
