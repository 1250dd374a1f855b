"""Round 41i rules (issue 10): account numbers given bare after a bank or in answer to a turn about pay, and lettered
case references in talk of a case or a letter (`account_answers`); a label reaches no amount past a sentence end and
one's own earlier turn is no question (`label_reach`); a capitalised `Sentrum` is no place (`town_centres`).

Guards: eleven digits failing the account check, a tracking number after `nummer`, capitals and years with no case
talk, amounts and counts after a fødselsnummer label in a later sentence or in the speaker's own later turn, and
a name that holds `Sentrum`.

The sentences are fresh ones in the classes of held-out 40's misses and control_d56c's false hits, not their text.
"""

from __future__ import annotations

import pytest

from probe_support import covered, untouched
from workbench.io.pseudonymize.plain_talk import drop_plain_talk


@pytest.mark.parametrize(("text", "part"), [
    ("I: Har du konto i banken?\nR: Ja. Sparebanken Vest. 27244227924. Lønna kommer dit.", "27244227924"),
    ("I: Hvor kommer lønna di?\nR: Nummer 53689972094. Det er i appen.", "53689972094"),
    ("I: Og stipendet fra Lånekassen?\nR: Samme. 13312345247.", "13312345247"),
    ("R: Jeg har konto i Bulder, og kontoen er 21685790715, tror jeg.", "21685790715"),
    ("I: Får du trygd utbetalt?\nR: Ja, til DNB. 95329441793.", "95329441793"),
    ("R: Pengene går til Nordea, 63329061843, fra neste måned.", "63329061843"),
])
def test_account_number_given_bare_is_a_number(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("I: Har du saksnummer fra kommunen?\nR: Ja. SOS-2024-0733. Det står øverst.", "SOS-2024-0733"),
    ("I: Har du fått et referansenummer?\nR: Ja, NAV-23-88412.", "NAV-23-88412"),
    ("R: På brevet står det UDI-2025/4410, det er oppholdet.", "UDI-2025/4410"),
    ("R: Referansen er KOM 2024-2291, sa de.", "KOM 2024-2291"),
    ("I: Hva med klagen?\nR: Vi sendte den. AB-2023-118 er nummeret.", "AB-2023-118"),
])
def test_lettered_case_reference_in_case_talk_is_a_number(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("P: Fødselsnummeret ligger hjemme. Butikken solgte 180000 is i fjor.", "180000"),
    ("P: D-nummer fikk jeg i mai. Vi hadde 315000 i omsetning.", "315000"),
    ("P: Personnummer har jeg ikke. Bilen kostet 265000, og den var brukt.", "265000"),
    ("P: Fødselsnummeret har jeg ikke.\nP: Men vi tjente 386000 i fjor.", "386000"),
    ("P: Jeg husker ikke fødselsnummeret.\nP: Fabrikken lagde 742913 flasker.", "742913"),
])
def test_amount_after_an_earlier_id_label_stays(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("I: Har du bankkonto?\nR: Ja. 24429955416. Den er ny.", "24429955416"),  # fails the account check
    ("R: Jeg har bare et nummer fra en pakke, 83287659906, det er sporingen.", "83287659906"),
    ("R: Vi så EU-2024 på TV og snakket om det.", "EU-2024"),
    ("R: Modellen heter XR-2024-500 og den er rask.", "2024-500"),
    ("I: Har du bankkonto?\nR: Ja. Lønna er 24000 i måneden.", "24000"),
])
def test_numbers_without_an_account_or_case_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("I: Fødselsnummeret?\nR: Ja. Vent. 1049338.", "1049338"),
    ("I: Hva er saksnummeret?\nR: Det er 2024/0415.", "2024/0415"),
])
def test_id_answers_to_another_speaker_still_found_guard(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "word"), [
    ("- Adresse: Ukjent, Sentrum kanskje.", "Sentrum"),
    ("- Bosted: Bysentrum, usikker.", "Bysentrum"),
])
def test_town_centre_word_is_no_place(text: str, word: str) -> None:
    start = text.index(word)
    found = [(start, start + len(word), "place", "ner", None)]
    assert drop_plain_talk(text, found) == []


def test_name_holding_sentrum_stays_a_find() -> None:
    text = "R: Hun jobber i Sentrum barnehage på Lade."
    start = text.index("Sentrum barnehage")
    found = [(start, start + len("Sentrum barnehage"), "org", "ner", None)]
    assert drop_plain_talk(text, found) == found
