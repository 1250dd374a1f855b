"""Round 60c rules (`sector_frames`): acronyms measured in someone, listed among activities, glued to a number or
compounded with a sector noun; caseless colour systems, methods and a machine's brand and model; an everyday
abbreviation's definite form, a messaging channel after a phone number, a firm's unit and a league.

Every positive below is replaced by 604f202's rules (the base of the round); the guards (an employer after a work
frame, a bank in a list of names, a person after a machine noun, a place after `på`, a unit's firm, a noted league
name) and the neighbours stay found.

The strings are fresh, not those of `dev/d104c_*`, `dev/control_d86c` or held-out 66 and 67."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_CASELESS = """[00:00:03] intervjuer: hva gjør du på jobben
[00:00:06] deltaker: jeg svarer på telefoner om forsikring og skader hele dagen
[00:00:14] intervjuer: og hvor er det
[00:00:17] deltaker: jeg jobber på salgssenteret til storebrand [Storebrand] i bergen [Bergen]
[00:00:26] intervjuer: har du nettverk
[00:00:28] deltaker: ja en kollega spiller håndball med meg i firmaligaen om vinteren
[00:00:38] intervjuer: hvordan holder du kontakten hjemme
[00:00:40] deltaker: mamma har nummeret mitt på imo [Imo] og vi snakker hver søndag
"""

_KEPT = [
    # an acronym measured or observed in someone
    ("Mentee: På avdelingen registrerer vi MMSE hos alle nye beboere.", "MMSE"),
    ("Mentee: Hver morgen måler vi SpO2 og sjekker vi EWS hos pasientene.", "EWS"),
    ("Mentee: Vi screener ROP hos brukerne før samtalen.", "ROP"),
    ("Mentee: Vi sjekker BT hos alle beboere.", "BT"),
    # acronyms in a list of activities
    ("Mentee: Timeplanen er svømming, TRX, spinning og FYS-timer.", "TRX"),
    ("Mentee: Timeplanen er svømming, TRX, spinning og FYS-timer.", "FYS-timer"),
    ("Mentee: Dagene er lesing, ADK, ute og IKT-timer.", "ADK"),
    # a sector compound
    ("Mentee: Hun har jobbet i HVAC-sektoren i ti år.", "HVAC"),
    ("Mentee: Han har jobbet i ITK-faget lenge.", "ITK"),
    # a colour system or method before its note, caseless
    ("[00:00:20] deltaker: vi maler i ncs [NCS] farger på alle dører", "ncs"),
    ("[00:00:30] deltaker: kunden vil ha munsell [Munsell] skala på prøvene", "munsell"),
    ("[00:00:30] deltaker: vi blander etter sikkens [Sikkens] koder", "sikkens"),
    ("[00:00:40] deltaker: vi eksporterer i rgb [RGB] til skjermene", "rgb"),
    # a machine's brand and model, caseless
    ("[00:00:50] deltaker: jeg kjørte sveiseroboter fanuc [Fanuc] arcmate på fabrikken", "fanuc"),
    ("[00:00:50] deltaker: jeg kjørte sveiseroboter fanuc [Fanuc] arcmate på fabrikken", "Fanuc"),
    ("[00:00:50] deltaker: jeg kjørte sveiseroboter fanuc [Fanuc] arcmate på fabrikken", "arcmate"),
    # an everyday abbreviation's definite form
    ("Mentee: Telefonnummeret står nederst på CV-en, Amal Hassan.", "CV-en"),
    # a messaging channel after a phone number
    ("Mentee: Broren min har nummeret mitt på Threema.", "Threema"),
    (_CASELESS, "imo"),
    (_CASELESS, "Imo"),
    # a firm's unit and a league, caseless
    (_CASELESS, "salgssenteret"),
    (_CASELESS, "firmaligaen"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round60c_words_stay(text: str, part: str) -> None:
    """Each of these is replaced by 604f202's rules."""
    assert untouched(text, part)


_FOUND = [
    # an employer after a work frame before `hos`
    ("Mentee: Jeg jobber i DNB hos kundeservice.", "DNB", "org"),
    # a list with a firm's name among its items stays to the other rules
    ("Mentee: Jeg søkte i Nordea, DNB og banken i byen.", "Nordea", "org"),
    # a person after a machine noun, a listed given name
    ("Mentee: Hun lærte maskinen av Kari Nordmann.", "Kari Nordmann", "person"),
    # a listed place after a calling verb
    ("Mentee: Søsteren min ringer meg på Lillehammer hver dag.", "Lillehammer", "place"),
    # the firm a unit belongs to stays found
    (_CASELESS, "storebrand", "org"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round60c_guards_found(text: str, part: str, kind: str) -> None:
    """The nearest names stay found."""
    assert covered(text, part.split()[0]) == kind


def test_number_glued_acronym_is_a_measure() -> None:
    """"3RM" (the full pipeline's model took `RM` for a firm): an acronym glued to a number is a measure."""
    from workbench.io.pseudonymize.sector_frames import term_spans
    text = "Mentee: Vi testet 3RM i benkpress i går."
    assert any(text[s:e] == "RM" for s, e in term_spans(text))


def test_verb_of_work_is_no_measuring_frame() -> None:
    """`hos` after a verb of work keeps an acronym to the other rules."""
    from workbench.io.pseudonymize.sector_frames import term_spans
    text = "Mentee: Vi jobber ISS hos kunden."
    assert not any(text[s:e] == "ISS" for s, e in term_spans(text))


def test_partner_after_med_stays() -> None:
    """A cased acronym after `med` is a partner, not a method ("vi samarbeider med ISS")."""
    from workbench.io.pseudonymize.sector_frames import term_spans
    text = "Mentee: Vi trykker med DNB som kunde."
    assert not any(text[s:e] == "DNB" for s, e in term_spans(text))


def test_noted_capital_league_not_dropped() -> None:
    """A league word before a note stays to the other rules: the unit and league shapes read bare words only."""
    from workbench.io.pseudonymize.sector_frames import drop_sector_words
    text = "[00:01:10] deltaker: vi spiller i bedriftsserien [Bedriftsserien] nå"
    start = text.index("bedriftsserien")
    found = [(start, start + len("bedriftsserien"), "org", "rule:caseless", None)]
    assert drop_sector_words(text, found) == found


def test_acronym_after_a_provider_preposition_opens_no_activity_list():
    # coordinator's narrowing after `both`: heldout5's p5 lost `BI` as the place of a course
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
    text = "Det finnes et kurs på BI, Regnskapsførerloven og bokføring, og det vil hun ta."
    assert "BI" in {r.original for r in Pseudonymizer(()).find(text)}
