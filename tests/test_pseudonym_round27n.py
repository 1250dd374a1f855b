"""Round 27n recall rules (issue 10) for contact details and ID numbers said in unusual ways, each class with
guards: e-mail addresses said aloud that stop at the provider or leave the at-word out; a fødselsnummer or
D-nummer said in two parts; whole birth dates with no label that their context makes birth dates; flat codes
and entrances said apart from their street address, and streets with a lower-case street word set apart.

The sentences are fresh ones in the forms of held-out 25's and `dev/d49`/`d50`'s misses, not their text. On
the old rules (main at 470b0f5) 22 of the 42 tests fail: the 21 positives, and one guard (`Leil. nr.` at a
sentence start, which the old name rules replaced as an unknown word); the other 20 guards pass on both."""

from __future__ import annotations

import pytest

from probe_support import covered as _covered
from probe_support import finds
from probe_support import untouched as _untouched


# 1. E-mail addresses said aloud that stop at the provider, or have no at-word before a listed provider.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Skriv: a-s-t-r-i-d, punktum, l-y-n-g, krøllalfa, hotmail. Det er den private.",
     "a-s-t-r-i-d, punktum, l-y-n-g, krøllalfa, hotmail"),
    ("Mentee: Den er b, e, r, i, t, understrek, n, a, e, s, alfakrøll, icloud, tror jeg.",
     "b, e, r, i, t, understrek, n, a, e, s, alfakrøll, icloud"),
    ("I: [Hun sa «oddny, punktum, rud femtiåtte, gmail punktum com», uten krøllalfa.]",
     "oddny, punktum, rud femtiåtte, gmail punktum com"),
    ("Mentee: Bare k-w-a-m-e, bindestrek, o-f-o-r-i, live punktum no, det holder.",
     "k-w-a-m-e, bindestrek, o-f-o-r-i, live punktum no"),
])
def test_emails_ending_at_the_provider_or_without_at(text: str, part: str) -> None:
    assert _covered(text, part) == "email"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Krøllalfa, outlook, sånn skriver alle det.", "outlook"),
    ("Mentee: Jeg bruker gmail punktum com til alt.", "gmail punktum com"),
    ("Mentee: Barna lærer å stave: h-u-s, punktum, og så b-i-l.", "h-u-s"),
    ("Mentee: Skriv navnet ditt krøllalfa hotmail, sa hun.", "navnet ditt"),
    ("Mentee: Møtet, punktum, ferdig, hotmail punktum com kan vente.", "Møtet, punktum, ferdig"),
])
def test_provider_talk_and_spelled_words_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# 2. A fødselsnummer or D-nummer said in two parts.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Det står her: 050793, og så 26080.", "050793, og så 26080"),
    ("Mentee: 21 11 80, og deretter 110 63, det er hele.", "21 11 80, og deretter 110 63"),
    ("Mentee: D-nummeret? 440590 pluss 44955.", "440590 pluss 44955"),
    ("Mentee: Vent litt. 300601, eh, og til slutt 87912.", "300601, eh, og til slutt 87912"),
])
def test_id_numbers_in_two_parts(text: str, part: str) -> None:
    assert _covered(text, part) == "idnumber"


def test_id_number_split_over_turns() -> None:
    text = "Mentee: Personnummeret begynner 120477.\nI: Mm?\nMentee: 24919, så er det ferdig."
    assert _covered(text, "24919") == "idnumber"
    assert _covered(text, "120477") == "idnumber"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Husleia er 129000, og så 15000 i depositum.", "129000, og så 15000"),
    ("Mentee: Vi solgte 240619 og deretter 38812 billetter.", "240619 og deretter 38812"),
    ("Mentee: Lånet var 310000 pluss 45000 i renter.", "310000 pluss 45000"),
])
def test_amounts_split_with_og_sa_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# 3. Whole birth dates with no label, by context.
@pytest.mark.parametrize("text, part", [
    ("I: Jeg gjentar: 05 07 93 260 80.\nMentee: Ja. 5. juli 1993, det stemmer.", "5. juli 1993"),
    ("I: 21 11 80 110 63, riktig?\nMentee: Ja. Tjueførste november åtti.", "Tjueførste november åtti"),
    ("Mentee: Legitimasjonen min viser 12.04.1977, men det er feil.", "12.04.1977"),
    ("Mentee: Sønnen min så dagens lys 9. mars 2011 på sykehuset.", "9. mars 2011"),
    ("Mentee: Jeg kom til verden 30.10.1984, hjemme.", "30.10.1984"),
    ("I: Hvor gammel er du?\nMentee: Må jeg si det?\nI: Det er bare for forsikringen.\nMentee: Ok. 14. mai 1990.",
     "14. mai 1990"),
])
def test_birth_dates_by_context(text: str, part: str) -> None:
    assert _covered(text, part) == "date"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Passet ble utstedt 3. april 2018, det står bakerst.", "3. april 2018"),
    ("Mentee: På oppholdskortet står det at det går ut 1. juli 2029.", "1. juli 2029"),
    ("I: Hvor gammel er du?\nMentee: Førtito.\nI: Når kom du til Norge?\nMentee: 19. august 2013.",
     "19. august 2013"),
    ("I: Hvor gammel er du?\nMentee: Hvorfor det?\nI: Statistikk.\nMentee: Vi flyttet hit 2. mai 2016.",
     "2. mai 2016"),
    ("Mentee: Kurset starter 6. januar 2027, fristen står i brevet.", "6. januar 2027"),
    ("Mentee: Skjemaet viser 01.09.2026 som startdato.", "01.09.2026"),
    ("I: Når har du bursdag?\nMentee: Hvorfor?\nI: Vi skal bake.\nMentee: Festen blir 7. juni 2025.", "7. juni 2025"),
])
def test_other_dates_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# 4. Flat codes and entrances said apart from the address; lower-case street words set apart.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg bor i Tyttebærveien 4. Inngang B, tredje etasje.", "Inngang B, tredje etasje"),
    ("Mentee: Vi bor i Kvernhusgata 11. Leiligheten er U0103.", "U0103"),
    ("I: Og bolignummeret?\nMentee: H0502. Helt øverst.", "H0502"),
    ("Mentee: Storåsen terrasse 15, oppgang A.", "Storåsen terrasse 15, oppgang A"),
    ("Mentee: Fergeleiet kai 3, leilighet H0201.", "Fergeleiet kai 3, leilighet H0201"),
])
def test_flats_and_lower_case_streets(text: str, part: str) -> None:
    assert _covered(text, part) == "address"


def test_flat_code_said_again_alone() -> None:
    text = "Mentee: Lerkeveien 6, leil. H0101.\nI: [Notat: H0101 er det som står på døra.]"
    second = text.rindex("H0101")
    assert any(s <= second and second + 5 <= e and kind == "address" for s, e, kind, _o in finds(text))


@pytest.mark.parametrize("text, part", [
    ("Mentee: Inngang B er stengt, så vi går rundt.", "Inngang B"),
    ("Mentee: Leiligheten var liten. Oppgang 2 har heis.", "Oppgang 2"),
    ("Mentee: Modellen heter L1200, den er billig.", "L1200"),
    ("Mentee: Printeren K4410 sto i gangen, og leiligheten var tom.", "K4410"),
    ("Mentee: Leil. nr. mangler på skiltet.", "Leil"),
    ("Mentee: Vi satt på Solbakken terrasse 3 timer.", "terrasse 3 timer"),
])
def test_units_without_an_address_stay(text: str, part: str) -> None:
    assert _untouched(text, part)
