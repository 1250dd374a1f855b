"""Round 61b rules (`service_words`, `everyday_shapes`): number labels and the public self-service page, acronyms
as trade terms in compounds and before `er det`, a big tech brand's apps, holidays celebrated, an infinitive
found as a firm, and a lower-case dictionary word after a plain `på` in cased text.

Every positive below but one is replaced by dd059d8's rules (the base of the round; the cased
`Google Earth` stays there already and is a neighbour); the guards (an employer after a work
frame, a listed given name celebrated, an employer acronym, a person) and the neighbours stay found.

The strings are fresh, not those of `dev/d106b_*`, `dev/control_d88b` or held-out 68 and 69."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_CASELESS = """[00:00:03] intervjuer: hvordan betaler du husleia
[00:00:06] deltaker: jeg heter marek [Marek] nowak [Nowak] og jeg betaler med kid nummer [KID-nummer] fra nettbanken
[00:00:14] intervjuer: og brevene
[00:00:17] deltaker: dem leser jeg på minside [Min side] hver uke og vi planlegger turer med google earth [Google Earth]
[00:00:26] intervjuer: og høytider
[00:00:28] deltaker: i november feiret vi loy krathong [Loy Krathong] og i mai vesak [Vesak] med naboene
"""

_KEPT = [
    (_CASELESS, "kid nummer"),
    (_CASELESS, "KID-nummer"),
    (_CASELESS, "minside"),
    (_CASELESS, "Min side"),
    (_CASELESS, "google earth"),
    (_CASELESS, "Google Earth"),
    (_CASELESS, "vesak"),
    (_CASELESS, "Vesak"),
    ("Mentee: Jeg heter Marek Nowak. Alle skapene har NFC-merker på lageret.", "NFC"),
    ("Mentee: Jeg heter Marek Nowak. Vi tester mye, og ATP er det vi måler først.", "ATP"),
    ("Mentee: Jeg heter Marek Nowak. Vesak feiret vi i tempelet.", "Vesak"),
    ("Mentee: Jeg heter Marek Nowak. Kurban Bayram feiret vi med naboene.", "Kurban Bayram"),
    ("Mentee: Jeg heter Marek Nowak. Renhold og KPX er det første vi lærer.", "KPX"),
    ("Mentee: Jeg heter Marek Nowak. Vi bruker Google Earth når vi planlegger.", "Google Earth"),
    ("Mentee: Jeg heter Marek Nowak. Jeg tok et kurs for å lære regnskap i fjor.", "regnskap"),
    ("Mentee: Jeg heter Marek Nowak. Vi satte kjøttkaker på meny i går.", "meny"),
    ("Mentee: Jeg heter Marek Nowak. Vi lar brødet tine på kiwi hver dag.", "kiwi"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round61b_words_stay(text: str, part: str) -> None:
    """Service words, terms, apps, holidays and plain words stay."""
    assert untouched(text, part)


_FOUND = [
    (_CASELESS, "marek", "person"),
    ("Mentee: Jeg heter Marek Nowak. Jeg jobber på kiwi i sentrum.", "kiwi", "org"),
    ("Mentee: Jeg heter Marek Nowak. Jeg fikk sommerjobb på meny i fjor.", "meny", "org"),
    ("Mentee: Jeg heter Marek Nowak. Jeg jobber i DNB, og DNB er det beste stedet.", "DNB", "org"),
    ("Mentee: Jeg heter Marek Nowak. Vi feiret Kristine med kake da hun fikk jobb.", "Kristine", "person"),
    ("Mentee: Jeg heter Marek Nowak. Tesfaye Gebru feiret jul med oss.", "Tesfaye Gebru", "person"),
    ("Mentee: Jeg heter Marek Nowak. Jeg ble kjent med Fatima Khan på kurset.", "Fatima Khan", "person"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round61b_guards_found(text: str, part: str, kind: str) -> None:
    """Employers after a work frame, names celebrated and persons stay found."""
    assert covered(text, part.split()[0]) == kind


def test_a_chain_at_a_named_place_is_a_branch_not_a_plain_word():
    # coordinator's narrowing after `both`: heldout2's k3 lost `kiwi` in an elliptical sentence after a work one
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
    text = ("Jeg jobber deltid i renhold. Og i helgene på kiwi på Furuset. Det er ikke drømmen. "
            "Og jeg lærer norsk på kiwi, mer enn på kurset.")
    found = [r.original for r in Pseudonymizer(()).find(text)]
    assert found.count("kiwi") == 2
