"""Round 55f's term rules must not take names for terms (coordinator's fix after the combined run).

The combined run of rounds 54i to 55f on `both` found three rows of older held-out halves that round 55f's
`term_frames` dropped: a body's acronym after its own name, a person named once after `kjenner`, and a caseless
employer whose name ends like a farm. These tests hold the policies in fresh strings of the same shapes; `NJF`,
`Rupert` and `bakkeland` fail on 514570d's rules, the rest are guards that pass on both."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


_CASELESS = ("[00:00:02] intervjuer: ok da er vi i gang hvordan har det gått siden sist\n"
             "[00:00:07] respondent: det har gått fint jeg bor i molde [Molde] nå med samboeren min\n"
             "[00:00:12] intervjuer: og hva gjør samboeren din\n"
             "[00:00:15] respondent: han jobber på {employer} som elektriker og kontrakten hans er fast\n"
             "[00:00:22] intervjuer: så bra og du selv\n"
             "[00:00:25] respondent: jeg har vikariat på en skole og håper det blir fast")


@pytest.mark.parametrize(("text", "word"), [
    # an acronym spelled out by a body's own name stays that body's name
    ("D: Jeg meldte meg inn i Den norske jordmorforening, NJF, så snart jeg fikk autorisasjon.", "NJF"),
    # one knows people too: a single name after "kjenner" is a person, not a product
    ("Mentor: Nei. Jeg kjenner Rupert. Han hadde mye erfaring fra før.", "Rupert"),
    # a caseless employer whose name ends like a farm or a place is a name, not a kind of work
    (_CASELESS.format(employer="bakkeland"), "bakkeland"),
    # guards of the same shapes that round 55f already left found
    ("D: Hun er med i Norsk sykepleierforbund, NSF, og sitter i styret der.", "NSF"),
    ("[00:00:10] intervjuer: og samboeren din\n"
     "[00:00:14] respondent: hun jobber på fjelltveit som renholder og trives der", "fjelltveit"),
])
def test_name_shaped_like_a_term_is_still_found(text: str, word: str) -> None:
    assert covered(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("D: Jeg har tatt stillasmontørbeviset, SMB, og det var dyrt.", "SMB"),
    ("D: Jeg kunne Active Directory og Microsoft Sentinel før jeg kom.", "Active Directory"),
    ("[00:00:08] respondent: jeg hadde deltid på kabelmerking om sommeren", "kabelmerking"),
])
def test_round_55f_terms_still_stay(text: str, word: str) -> None:
    assert untouched(text, word)
