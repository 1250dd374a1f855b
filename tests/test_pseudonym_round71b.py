"""Round 71b rules: in caseless speech a place with its own title-case note whose word is also a common noun (a
definite plural among them) or a surname, after a building, a workplace or a found firm and `i`/`på`
(`framed_places`), and said again after a place preposition; a surname after a hyphenated first name, both
noted, once `bracket_twins` has written the first name as its note (`noted_pairs`); and a nickname named as one in
an aside right after it, "Kolja, det er hans kallenavn, kjører" (`called_names`).

Every positive below is missed by fe22a8f's rules (the base of the round); the kept texts and guards (the nearest
words that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d116b_*`, `dev/control_d98b` or held-out 88 and 89."""

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


_BUILDING = _caseless("vi har et rom i garasjen på brannstasjonen i bakkene [Bakkene] og der rydder jeg")
_FIRM = _caseless("jeg jobber i kassa hos bunnpris [Bunnpris] på mølla [Mølla], og jeg trives godt",
                  "jeg savner kollegaene på mølla, så vi spiser middag sammen")
_WORKSHOP = _caseless("etterpå var jeg i et lite verksted i bruket [Bruket] der vi reparerte sykler")
_HYPHENED = _caseless("formannen, jan-ove [Jan-Ove] berg [Berg], sa at jeg kunne begynne")
_HYPHENED2 = _caseless("lederen, anne-grete [Anne-Grete] strand [Strand], ringte meg i går")
_NICKNAMES = ("I: Hvem jobber du med?\nR: Sjåføren heter Nikolaj. Kolja, det er hans kallenavn, kjører buss om natta. "
              "Kokken heter Jaroslav. Slava, det er kallenavnet hans, lager mat til hundre.\n")
_NICKNAME2 = "R: Svigerinnen min heter Larisa. Lara, det er hennes kallenavn, jobber på et hotell.\n"

_FOUND = [
    (_BUILDING, "bakkene", "place"),
    (_BUILDING, "Bakkene", "place"),
    (_FIRM, "mølla", "place"),
    (_FIRM, "Mølla", "place"),
    (_WORKSHOP, "bruket", "place"),
    (_WORKSHOP, "Bruket", "place"),
    (_HYPHENED, "berg", "person"),
    (_HYPHENED, "Berg", "person"),
    (_HYPHENED2, "strand", "person"),
    (_HYPHENED2, "Strand", "person"),
    (_NICKNAMES, "Kolja", "person"),
    (_NICKNAMES, "Slava", "person"),
    (_NICKNAME2, "Lara", "person"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round71b_found(text: str, part: str, kind: str) -> None:
    """A noted place after a building or a firm, a noted surname after a hyphenated first name, a nickname."""
    assert covered(text, part) == kind


def test_round71b_place_said_again() -> None:
    """The place is found again where it is said without its note after a place preposition."""
    assert _kind_after(_FIRM, "kollegaene på mølla, så", "mølla") == "place"


_KEPT = [
    # the same common nouns without a note, with a lower-case note, or without a place preposition
    (_caseless("vi rydder i kjelleren på skolen og ute i engene om sommeren"), "engene"),
    (_caseless("vi rydder i kjelleren på skolen og ute i engene om sommeren"), "kjelleren"),
    (_caseless("et lite firma i en kjeller [kjeller] under butikken"), "kjeller"),
    (_caseless("vi gikk på berget bak lageret og så på utsikten"), "berget"),
    (_caseless("vi har et rom på brannstasjonen i bakkene bak hallen"), "bakkene"),
    (_caseless("jeg jobber i kassa hos bunnpris [Bunnpris] på mølla [Mølla]", "han sa at mølla var stengt om vinteren"),
     "at mølla var"),
    # a definite noun, a kinship word and a role named as nicknames
    ("R: Sjefen, det er hans kallenavn, er streng men grei.\n", "Sjefen"),
    ("R: Bestemor, det er hennes kallenavn, er den eldste på jobben.\n", "Bestemor"),
    ("R: Kapteinen, det er kallenavnet hans, styrer hele lageret.\n", "Kapteinen"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round71b_words_kept(text: str, part: str) -> None:
    """Ordinary words in the same frames stay."""
    assert untouched(text, part)


_GUARDS = [
    (_FIRM, "bunnpris", "org"),
    (_HYPHENED, "jan-ove", "person"),
    (_HYPHENED2, "anne-grete", "person"),
    (_NICKNAMES, "Nikolaj", "person"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round71b_neighbours_still_found(text: str, part: str, kind: str) -> None:
    """The firms and first names beside the new finds are still found."""
    assert covered(text, part) == kind
