"""Round 59b rules: a trade verb's and a learning verb's acronyms (`work_terms`), caseless skill terms before their
capitalised notes and labels spelled letter by letter (`work_terms`), state enterprises named beside a public body as
job advertisers (`state_enterprises`), and abbreviation compounds opening a sentence and lower-case dictionary words
after practising them in cased text (`everyday_shapes`).

Every positive below is replaced by dff6353's rules (the base of the round); the guards (a bank after a verb of use,
a name after `kjenner`, a spelled school, a state enterprise that is someone's workplace or applied to, a
place compound, a lower-case employer after a work frame, a caseless practice frame) and the neighbours stay found.

The strings are fresh, not those of `dev/d101b_*`, `dev/control_d83b` or held-out 64 and 65."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched

_KEPT = [
    # a trade verb, a degree word and acronyms: methods
    ("Mentee: Jeg fuger mest PU og SMP, litt PVA rundt vinduene.", "PVA"),
    ("Deltaker: Vi sprøyter mest PUR og EPS, litt XPS på taket.", "XPS"),
    ("Deltaker: Jeg dreier helst CNC og EDM, litt MIM på småserier.", "MIM"),
    # a learning verb, an ordinary item and a last acronym
    ("Mentor: Det tar tid å lære kassesystemet og POS, men hun får det til.", "POS"),
    ("Mentor: Han må øve mer på sjekklistene og SOP før eksamen.", "SOP"),
    # a caseless skill list with a term before its capitalised note
    ("[00:00:40] deltaker: jeg kan tegnestandarden [Tegnestandarden] og dwg [DWG] fra før", "tegnestandarden"),
    ("[00:00:40] deltaker: jeg kan tegnestandarden [Tegnestandarden] og dwg [DWG] fra før", "Tegnestandarden"),
    ("[00:00:50] deltaker: jeg kjenner legemiddelhåndboka [Legemiddelhåndboka] godt", "legemiddelhåndboka"),
    # a label spelled letter by letter before its note
    ("[00:01:00] deltaker: jeg har ikke fått f n r nummer [FNR-nummer] ennå sier de", "f n r nummer"),
    ("[00:01:00] deltaker: jeg har ikke fått f n r nummer [FNR-nummer] ennå sier de", "FNR-nummer"),
    # a state enterprise beside a public body, advertising jobs
    ("Mentee: Entur og Jernbanedirektoratet lyser ut stillinger hele tiden.", "Entur"),
    ("Mentee: Norsk Helsenett og Helsedirektoratet søker utviklere nå.", "Norsk Helsenett"),
    ("[00:01:10] deltaker: enova [Enova] og nve [NVE] lyser ut mange stillinger men krever norsk", "enova"),
    ("[00:01:10] deltaker: enova [Enova] og nve [NVE] lyser ut mange stillinger men krever norsk", "Enova"),
    # an abbreviation compound opening a sentence
    ("Mentee: Vi er seks på kontoret. Mva-oppgaven tar mest tid.", "Mva-oppgaven"),
    ("Mentee: Det går bra. Sfo-lederen er snill.", "Sfo-lederen"),
    # a lower-case dictionary word after practising it, in cased text
    ("Mentor: Hun trengte mer trening på ruter og lister før prøven.", "ruter"),
    ("Mentor: Han måtte øve mer på vy og snitt i tegnetimene.", "vy"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round59b_words_stay(text: str, part: str) -> None:
    """Each of these is replaced by dff6353's rules."""
    assert untouched(text, part)


_FOUND = [
    # a verb of use: a bank used is the account holder's bank
    ("Mentee: Vi bruker mest DNB og SEB, litt Nordea til lønn.", "DNB", "org"),
    # `kjenner` and a name before its note
    ("[00:00:40] deltaker: jeg kjenner ingrid [Ingrid] fra kurset", "ingrid", "person"),
    # a state enterprise named alone as an employer
    ("Mentee: Kona mi jobber i Statnett på Sørumsand.", "Statnett", "org"),
    # a lower-case employer after a work frame in cased text
    ("Mentee: Naboen min er snill. hun jobber i bunnpris på Hasle.", "bunnpris", "org"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round59b_guards_found(text: str, part: str, kind: str) -> None:
    """The nearest names stay found."""
    first = part.split()[0]
    assert covered(text, first) == kind


@pytest.mark.parametrize("text", [
    "Mentor: Svogeren min jobber i Entur. Entur og Jernbanedirektoratet lyser ut stillinger.",
    "Mentee: Jeg søkte jobb i Avinor i fjor. Avinor og Luftfartstilsynet lyser ut mye.",
])
def test_worked_state_enterprise_stays_found(text: str) -> None:
    """A state enterprise that the text makes someone's workplace or a place applied to stays found as an
    advertiser too (its second mention)."""
    name = text.split(". ", 1)[1].split()[0]
    start = text.rindex(name)
    assert any(s < start + len(name) and start < e for s, e, _k, _o in finds(text))


def test_spelled_school_stays_to_other_rules() -> None:
    """Spelled letters with no label noun are no label: the school is found."""
    text = "[00:00:20] deltaker: jeg studerte på n t n u [NTNU] i to år"
    assert not untouched(text, "NTNU")


def test_place_compound_not_read_as_abbreviation() -> None:
    """A listed place as a compound's first part is no everyday abbreviation."""
    from workbench.io.pseudonymize.everyday_shapes import abbreviation_compound
    text = "Mentee: Det gikk bra. Oslo-kontoret er stort."
    start = text.index("Oslo-kontoret")
    assert not abbreviation_compound(text, start, start + len("Oslo-kontoret"))
    text = "Mentee: Det gikk bra. Sfo-tida er lang."
    start = text.index("Sfo-tida")
    assert abbreviation_compound(text, start, start + len("Sfo-tida"))


def test_caseless_practice_frame_keeps_firm() -> None:
    """A caseless line keeps its frame: "praksis hos ruter"."""
    text = "[00:01:10] deltaker: jeg har praksis hos ruter nå"
    assert covered(text, "ruter") == "org"


def test_capitalised_twin_keeps_lower_mention() -> None:
    """A text that also writes the firm in capitals keeps its lower-case mention found."""
    text = "Mentor: Han jobber i Ruter. Jonas trengte mer praksis på ruter."
    assert covered(text, "ruter") == "org"


def test_mid_sentence_abbreviation_compound_untouched_by_rule() -> None:
    """The compound rule reads only a sentence's first word."""
    from workbench.io.pseudonymize.everyday_shapes import abbreviation_compound
    text = "Mentee: Jeg leverte Mva-oppgaven i går."
    start = text.index("Mva-oppgaven")
    assert not abbreviation_compound(text, start, start + len("Mva-oppgaven"))
