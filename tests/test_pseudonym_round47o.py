"""Round 47o rules (issue 10): an ID number said again in its own turn after its label, in another grouping or
in figures after words (`labelled_readbacks`), or put right after a correction when it is a valid organisation
number; an association pointed back to by a joining with `der` or `dit` (`joined_bodies.referred_joins`); and a
trade association named as a coordinated hyphen compound (`union_frames.shaped_union`) after a membership frame or
as a bare answer.

Guards: amounts and counts read twice, a labelled turn with no number, a different number after a label with no
correction, `der` pointing to a country or an unnamed place, and ordinary coordinated compounds.

The strings are fresh, not those of `dev/d82o_*` or `dev/control_d64o`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "again"), [
    ("R: Organisasjonsnummeret til kafeen er 938 251 568. Vent, jeg leser det fra fakturaen, 938251568.",
     "938251568"),
    ("R: Organisasjonsnummeret er ni tre tre null åtte sju fem to to. Altså 933087522, sånn det står på brevet.",
     "933087522"),
    ("R: Saksnummeret står øverst, 2025/33190. Vent, jeg leser fra skjermen, 202533190.", "202533190"),
    ("R: Kontonummeret er 1207 25 32870. Nei, jeg sa det riktig, 12072532870.", "12072532870"),
])
def test_number_said_again_after_its_label(text: str, again: str) -> None:
    assert covered(text, again) in ("number", "idnumber")


def test_organisation_number_put_right_after_a_correction() -> None:
    text = "R: Organisasjonsnummeret er 919 338 844, nei, jeg så feil, jeg leser fra skjermen, 919383844."
    assert covered(text, "919383844") == "number"


def test_valid_orgnr() -> None:
    from workbench.io.pseudonymize.labelled_readbacks import valid_orgnr

    assert valid_orgnr("919383844") and not valid_orgnr("919338844") and not valid_orgnr("91938384")


@pytest.mark.parametrize(("text", "body"), [
    ("R: Svogeren min tipset meg om Boligbyggerforeningen, og jeg meldte meg inn der i januar.",
     "Boligbyggerforeningen"),
    ("R: Vi var på et åpent møte hos Beboerforeningen i fjor. Jeg ble medlem der etterpå.", "Beboerforeningen"),
    ("R: Hun fant Kystlaget på nettet, og hun betaler kontingent dit hvert år.", "Kystlaget"),
])
def test_association_pointed_back_to_with_der_or_dit(text: str, body: str) -> None:
    assert covered(text, body) == "org"


@pytest.mark.parametrize(("text", "body"), [
    ("R: Jeg er medlem i Vekter- og sikkerhetsforbundet nå.", "Vekter- og sikkerhetsforbundet"),
    ("R: I fjor meldte jeg meg inn i Maler- og byggtapetsermesterforeningen.",
     "Maler- og byggtapetsermesterforeningen"),
    ("I: Er du med i en bransjeforening?\nR: Ja, Frisør- og hudpleieorganisasjonen.",
     "Frisør- og hudpleieorganisasjonen"),
])
def test_coordinated_trade_association(text: str, body: str) -> None:
    assert covered(text, body) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Vi bakte 2 480 boller i mai. Vent, jeg leser fra kassa, 2480.", "2480"),
    ("R: Organisasjonsnummeret har jeg ikke her. Vi er 26 ansatte, altså 26.", "26"),
    ("R: Kontonummeret husker jeg ikke. Saldoen er 31 900, altså 31900 kroner.", "31900"),
    ("R: Vi flyttet til Norge i fjor, og jeg ble medlem der i et kor.", "Norge"),
    ("R: Jeg trener på svømmehallen, og jeg meldte meg inn der i fjor.", "svømmehallen"),
    ("R: Jeg har jobbet i hotell- og reiselivsbransjen i ti år.", "hotell- og reiselivsbransjen"),
    ("R: Bygg- og anleggsfag var for tungt, sa sønnen min.", "Bygg- og anleggsfag"),
    ("R: Jeg er med i et sykkel- og turlag på jobben.", "sykkel- og turlag"),
])
def test_look_alikes_stay(text: str, part: str) -> None:
    assert untouched(text, part)


def test_different_number_after_label_without_correction_stays() -> None:
    text = "R: Organisasjonsnummeret er 919 383 844, og vi har 938251568 kroner i omsetning."
    assert untouched(text, "938251568")
