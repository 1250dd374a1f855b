"""Round 67a rules (`frame_bodies`): organisations named by their frame alone. An association whose name is a
capitalised genitive plural and its noun after a frame of joining; a listed public body right after a found
person and `fra` (that person's employer); in caseless speech an acronym after `altså` with its own note in
capitals after a university or college; and in caseless speech a farm's customer with its own capitalised note
after `leverer til`, before `på`/`i` and a place.

Every positive below is missed by b1e8f23's rules (the base of the round); the guards (the nearest text that must
stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d112a_*`, `dev/control_d94a` or held-out 80 and 81."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_JOINED = "Veilederen ba meg melde meg inn i Kommunale fysioterapeuters forening med en gang.\n"
_MEMBER = "Etter et år ble hun medlem av Norske tolkers forbund, og det hjalp.\n"
_MENTOR = "Den første fadderen min, Hege Strand fra Kystverket, viste meg havna.\n"
_MENTOR2 = "Jeg fikk en ny mentor, Ola Brekke fra Statsbygg. Han var tålmodig.\n"
_ACRONYM = ("[00:00:09] r: jeg tok master ved det tekniske universitetet altså ktu [KTU] i vilnius [Vilnius] "
            "for ti år siden\n")
_CUSTOMER = ("[00:00:30] r: han har åtti geiter og leverer melka til synnøve [Synnøve] på voss [Voss] "
             "hver uke\n")

_FOUND = [
    (_JOINED, "Kommunale fysioterapeuters forening", "org"),
    (_MEMBER, "Norske tolkers forbund", "org"),
    (_MENTOR, "Kystverket", "org"),
    (_MENTOR2, "Statsbygg", "org"),
    (_ACRONYM, "ktu", "org"),
    (_ACRONYM, "KTU", "org"),
    (_CUSTOMER, "synnøve", "org"),
    (_CUSTOMER, "Synnøve", "org"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round67a_found(text: str, part: str, kind: str) -> None:
    """Joined associations, mentors' public bodies, acronyms after `altså` and farms' customers are found."""
    assert covered(text, part) == kind


_KEPT = [
    # joining an association named by common words, a genitive plural opening its own sentence
    ("Hun ba meg melde meg inn i en forening for fysioterapeuter.\n", "forening"),
    ("Kommunale fysioterapeuters hverdag er travel, sa hun.\n", "fysioterapeuters"),
    # a public body after `fra` and no person: a rule-giver or a service
    ("Vi hadde en frivillig fra NAV på besøk hver uke.\n", "NAV"),
    ("Reglene fra Kystverket lærte jeg utenat.\n", "Kystverket"),
    ("Hege Strand fikk et brev fra Kystverket om havna.\n", "Kystverket"),
    ("Jeg snakket med Hege Strand, fra Kystverket kom det ingen svar.\n", "Kystverket"),
    # `altså` before a plain word with a lower-case note, or with no school before it
    ("[00:00:09] r: jeg gikk på et universitet hjemme altså en høyskole [høyskole] i byen\n", "høyskole"),
    ("[00:00:09] r: det går fint altså ja [ja] jeg snakker norsk\n", "ja"),
    # `leverer til` before an ordinary noun, and the verb `tine`
    ("[00:00:30] r: han leverer til butikken [butikken] på torget hver fredag\n", "butikken"),
    ("[00:00:30] r: jeg lar kjøttet tine på benken mens jeg er i fjøset\n", "tine"),
    ("[00:00:30] r: han leverer til skolen på mandager\n", "skolen"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round67a_words_kept(text: str, part: str) -> None:
    """Common nouns in the same frames and public bodies as rule-givers or services stay."""
    assert untouched(text, part)


_GUARDS = [
    (_MENTOR, "Hege Strand", "person"),
    (_ACRONYM, "vilnius", "place"),
    (_CUSTOMER, "voss", "place"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round67a_neighbours_still_found(text: str, part: str, kind: str) -> None:
    """The person, the town and the place beside the new finds are still found."""
    assert covered(text, part) == kind
