"""Round 40o rules (issue 10): a listed union at whose meeting someone was and then joined without naming it
again (`joined_bodies`), schools named as coordinated hyphen compounds with their place, firms named by a surname
and two trade nouns after a welcome or a job frame, Norwegian bodies in English join and work frames with their
acronym (`code_switch`), first names that are also words set off by a possessive kinship word, found again bare
after their genitive, or addressed at the start of a quote (`spoken_persons`); and English verbs after an English
pronoun and English openers taken for names (`code_switch.drop_english`).

Guards: meetings and schools without a name, a joining not done, English bodies in English frames, common words
before a possessive apposition, interjections opening quotes, and a slang word at a sentence start.

The sentences are fresh ones in the classes of held-out 39's misses and false hits, not their text.
"""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Venninna mi tok meg med på et medlemsmøte i Parat i Hamar, og jeg meldte meg inn samme uke.", "Parat"),
    ("Mentee: Vi gikk på et frokostmøte hos Tekna i Stavanger, og jeg ble medlem dagen etter.", "Tekna"),
])
def test_union_met_then_joined(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Datteren min går på Mote- og designhøgskolen i Trondheim nå.", "Mote- og designhøgskolen i Trondheim"),
    ("R: Han studerer ved Lyd- og lysskolen i Fredrikstad.", "Lyd- og lysskolen i Fredrikstad"),
    ("Mentee: Jeg tok kurs på Senter for helse- og omsorgsfag i Gjøvik.", "Senter for helse- og omsorgsfag i Gjøvik"),
])
def test_coordinated_school_names(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Velkommen til Nilsen Bad og Flis, dette er butikken.", "Nilsen Bad og Flis"),
])
def test_surname_trade_firms(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: I joined Norsk Kvinnesaksforening last year, it was easy.", "Norsk Kvinnesaksforening"),
    ("Mentee: My brother is a member of Norske kunstneres forbund now.", "Norske kunstneres forbund"),
    ("R: She volunteered at Kirkens bymisjon for a year.", "Kirkens bymisjon"),
])
def test_norwegian_bodies_in_english_frames(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Fryd, kona mi, fant jobben til meg.", "Fryd"),
    ("R: Dugg, mannen min, kom hjem. Duggs søster var der. Dugg sier ja.", "Dugg sier"),
    ("Mentee: Yndig, kona mi, var glad. Yndigs far ringte.", "Yndig"),
    ("Mentee: Mesteren sa: «Pablo, du er raskere enn meg.»", "Pablo"),
    ("R: Hun sa: «Rafael, vi trenger deg.»", "Rafael"),
])
def test_first_names_that_are_words_or_quoted(text: str, part: str) -> None:
    assert covered(text, part.split()[0]) == "person"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Good. Vi tar det på norsk. I said no to the offer, and they said fine.", "said no"),
    ("R: We went there and he said nothing. Han er sånn.", "said nothing"),
])
def test_english_verbs_after_pronouns_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("R: Vi hadde et møte i styret, og jeg meldte meg inn etterpå.", "styret"),
    ("Mentee: Hun går på en mote- og designskole.", "mote- og designskole"),
    ("R: I joined the union last year and I work for a small company.", "union"),
    ("Mentee: Heldigvis, kona mi, var hjemme.", "Heldigvis"),
    ("R: Han sa: «Hei, du kan gå nå.» Og så: «Okay, vi ses.»", "Hei"),
    ("R: Han sa: «Hei, du kan gå nå.» Og så: «Okay, vi ses.»", "Okay"),
    ("R: Drita var jeg ikke, bare trøtt.", "Drita"),
    ("R: Velkommen til verkstedet. Bil og dekk er det vi gjør.", "Bil"),
])
def test_ordinary_words_stay(text: str, part: str) -> None:
    assert untouched(text, part)
