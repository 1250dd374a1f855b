"""Round 59a: associations paired after a joining frame, spelled initials, trade bodies, letterheads, plain openers."""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


@pytest.fixture(scope="module")
def ps():
    return Pseudonymizer(())


def _found(ps, text):
    return {r.original for r in ps.find(text)}


POSITIVES = [
    ("Mentee: Ja. Mentoren sa at jeg burde melde meg inn, så jeg meldte meg inn i Parat og "
     "Norsk Klinikkassistentforening i fjor høst.", "Norsk Klinikkassistentforening"),
    ("Mentee: Ja. Mentoren sa at jeg burde melde meg inn, så jeg meldte meg inn i Parat og "
     "Norsk Klinikkassistentforening i fjor høst.", "Parat"),
    ("Og gjennom henne ble jeg med i Iransk-norsk kvinneforening, der vi møtes.", "Iransk-norsk kvinneforening"),
    ("[00:00:27] mentee: ja jeg meldte meg inn i norsk transportarbeiderforbund [Norsk Transportarbeiderforbund] "
     "og sjefen sa at ntf [NTF] er best for sjåfører", "NTF"),
    ("[00:00:27] mentee: ja jeg meldte meg inn i norsk transportarbeiderforbund [Norsk Transportarbeiderforbund] "
     "og sjefen sa at ntf [NTF] er best for sjåfører", "ntf"),
    ("[00:00:44] mentee: hun ga meg nummeret til konditorfagets bransjeforening i spekter [Spekter] og der",
     "Spekter"),
    ("Mentee: «Perlehvit tannteknikk AS, org.nr. 919 994 444, Industriveien 5, 1483 Hagan. Attest.",
     "Perlehvit tannteknikk AS"),
]


@pytest.mark.parametrize(("text", "name"), POSITIVES)
def test_positives(ps, text, name):
    assert name in _found(ps, text)


def test_genitive_before_trade_body_is_no_place(ps):
    text = "[00:00:44] mentee: hun ga meg nummeret til konditorfagets bransjeforening i spekter [Spekter] og der"
    assert not any("konditorfagets" in o for o in _found(ps, text))


def test_firm_word_opening_a_sentence_stays(ps):
    text = ("Jeg er tannhelsesekretær hos Smil og Trygghet Tannklinikk AS på Kolbotn. Travelt. "
            "Smil koster ingenting, sier han.")
    found = _found(ps, text)
    assert "Smil og Trygghet Tannklinikk AS" in found
    assert "Smil" not in found


GUARDS = [
    "Jeg er medlem av Naturvernforbundet og Norsk Folkehjelp, og mannen min er med i en fagforening.",
    "Jeg meldte meg inn i koret og korpset på skolen.",
    "Jeg meldte meg inn i folkeregisteret og Helsenorge samme uke.",
    "Så ble jeg med i arabisk-norsk leksehjelp på biblioteket.",
    "Vi bruker en Norsk-engelsk ordbok. Norsk-somalisk mat er best.",
    "Kanskje et eget AS en dag.",
    "«Kjære deltaker. Velkommen til kurs i arbeidsliv.»",
    "[00:00:40] deltaker: bakerfagets regler er strenge og frisørfagets historie er lang",
    "[00:00:17] deltaker: ok [OK] men jeg forsto ikke alle ordene i handel og kontor jobbet jeg aldri før",
    "Tall er ikke alt. Smil koster ingenting. Tillit tar tid.",
    "sjefen sier at bransjeforeningen i byen har kurs",
]


@pytest.mark.parametrize("text", GUARDS)
def test_guards(ps, text):
    assert _found(ps, text) == set()


@pytest.mark.parametrize("text, word", [
    ("Jeg har jobbet i Oslo Kommune. OK, sa hun.", "OK"),
    ("Jeg er ansatt i Tine Vest. TV er fint.", "TV"),
    ("Jeg jobbet i Alfa Service AS i to år. Firmaet mitt er et AS.", "AS"),
])
def test_everyday_acronyms_are_no_spelled_initials(ps, text, word):
    # coordinator's guard after the round: initials of a found firm that make an everyday acronym stay
    assert word not in _found(ps, text)


def test_lower_case_initials_need_their_note(ps):
    # coordinator's narrowing after `both`: a model's "One Norwegian" made the English "on" a name (heldout39 z3)
    text = "Jeg søkte jobb i Oslo Nettverk. When I write my name on the CV, they think: language problem."
    assert "on" not in _found(ps, text)
