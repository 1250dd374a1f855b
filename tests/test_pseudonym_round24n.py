"""Round 24n recall rules (issue 10) for contact details and ID numbers in spoken forms, each class with guards:
telephone numbers in words with a country code, a dropout or a digit too many; numbers in figures grouped as
said or broken by a hesitation in a turn about a telephone; birth dates and fødselsnumre given as bare answers
or in groups; birth dates in words with the month as an ordinal; a passport number said after a wrong first try;
a postcode put right; an address with no street word where someone works.

The sentences are fresh ones in the forms of held-out 21's and 22's misses, not their text."""

from __future__ import annotations

import pytest

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
from probe_support import covered as _covered
from probe_support import finds as _finds
from probe_support import untouched as _untouched


# 1. A telephone number said in words: a country code in words for any country, a dropout inside, a digit too many.
@pytest.mark.parametrize("text, part", [
    ("I: Er mobilnummeret det samme?\nMentee: Nei. Pluss fire sju, fire en to … [lyd borte] … null ni, tre tre, "
     "fem sju.", "fire en to … [lyd borte] … null ni, tre tre, fem sju"),
    ("Mentee: Det nye er pluss fire sju, ni fem en, [utydelig], sju sju, to null, åtte fire.",
     "ni fem en, [utydelig], sju sju, to null, åtte fire"),
    ("Mentee: Onkelen min i Kenya har WhatsApp, pluss to fem fire, sju to to, fire fem, seks en åtte, null.",
     "pluss to fem fire, sju to to, fire fem, seks en åtte, null"),
    ("Mentee: Svigermor har polsk nummer, pluss fire åtte, fem null en, to tre fire, fem seks sju.",
     "pluss fire åtte, fem null en, to tre fire, fem seks sju"),
    ("I: Og telefonen?\nMentee: ni sju en, fire fire, null to, tre seks.",
     "ni sju en, fire fire, null to, tre seks"),
])
def test_phone_in_words_whole(text: str, part: str) -> None:
    assert _covered(text, part) == "phone"


# 2. A number in figures as said: broken by a hesitation or a dropout, or nine digits, in a turn about a telephone,
# and the same digits given again with no telephone word.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Hvis det haster, ring svigerfaren min, 461 … eh … 27 830.", "461 … eh … 27 830"),
    ("Mentee: Nummeret til kontoret er 55 … [lyd borte] … 60 12 84.", "55 … [lyd borte] … 60 12 84"),
    ("I: Og telefonen hjemme?\nMentee: Den er 917 03 22 48, tror jeg.", "917 03 22 48"),
    ("I: Hva er mobilen din?\nMentee: 41 70 93 26 5. Jeg fikk den i fjor.", "41 70 93 26 5"),
    ("I: Hva er mobilen din?\nMentee: 482 19 60 73.\nI: 482 19 60 73. Takk, da har jeg det.",
     "I: 482 19 60 73"[3:]),
])
def test_phone_groups_in_figures(text: str, part: str) -> None:
    if text.count(part) > 1:  # the read-back: the last occurrence
        start = text.rindex(part)
        assert any(s <= start and start + len(part) <= e and k == "phone" for s, e, k, _o in _finds(text))
    else:
        assert _covered(text, part) == "phone"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Abonnementet på telefonen koster 3 499, eh, 2 999 kroner.", "3 499, eh, 2 999"),
    ("Mentee: Jeg ringte dem 10 … eh … 12 ganger i fjor.", "10 … eh … 12"),
    ("Mentee: De ringte i 2019 … eh … 2020, tror jeg.", "2019 … eh … 2020"),
    ("Mentee: Når kunder ringer, gir jeg dem varenummer 612 30 48 77.", "612 30 48 77"),
    ("Mentee: Når kunder ringer, spør de om størrelse 40 41 42.", "40 41 42"),
    ("Mentee: Jeg ringer fra klokka 08 15 til 16 45.", "08 15"),
    ("Mentee: Telefonen kostet 4 490, og lønna er 310 000, nei, 320 000 i året.", "310 000, nei, 320 000"),
    ("Mentee: Nummeret mitt er det samme. Vi var 20 … [lyd borte] … 25 stykker.", "20 … [lyd borte] … 25"),
    ("Mentee: Han ringte sjefen, men de hadde 412 300 kroner i gjeld.", "412 300"),
])
def test_amounts_counts_years_labels_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


@pytest.mark.parametrize("text, part", [
    ("Mentee: Telefonen er den samme. Adressen er Postboks 418, 2304 Hamar.", "418, 2304"),
    ("Mentee: Ring meg. Jeg bor i Elvegata 7, leilighet 305, 3016 Drammen.", "305, 3016"),
])
def test_a_flat_or_post_box_before_a_postcode_is_no_phone(text: str, part: str) -> None:
    start = text.index(part)
    assert not any(s < start + len(part) and start < e and k == "phone" for s, e, k, _o in _finds(text))
    assert Pseudonymizer().apply(text)[0].count("[adresse]") >= 1


@pytest.mark.parametrize("text, part, kind", [
    ("Mentee: Lønna skulle gå til kontonummer 1503 27 41883, sa jeg på telefonen.", "1503 27 41883", "number"),
    ("Mentee: Telefonen står på firmaet, org.nr. 923 669 922.", "923 669 922", "number"),
])
def test_other_identifiers_keep_their_kind(text: str, part: str, kind: str) -> None:
    assert _covered(text, part) == kind


# 3. Bare answers: a birth date after a birth-date question; a fødselsnummer or D-nummer in groups anywhere.
@pytest.mark.parametrize("text, part, kind", [
    ("I: Hva er fødselsdatoen din?\nMentee: Ja, 09.11.1987.", "09.11.1987", "date"),
    ("I: Og når er du født?\nMentee: Det er 3.5.92, står det her.", "3.5.92", "date"),
    ("Mentee: Han sa 22 07 93 772 56 på telefonen.", "22 07 93 772 56", "idnumber"),
    ("Mentee: Det gamle D-nummeret var 47 11 88 401 90, og så fikk jeg nytt.", "47 11 88 401 90", "idnumber"),
    ("I: Og personnummeret?\nMentee: 150385 613 21.", "150385 613 21", "idnumber"),
])
def test_bare_birth_dates_and_grouped_id_numbers(text: str, part: str, kind: str) -> None:
    assert _covered(text, part) == kind


@pytest.mark.parametrize("text, part", [
    ("I: Hva er fødselsdatoen din?\nMentee: Den står på skjemaet. Jeg kom hit 12.08.2015.", "12.08.2015"),
    ("I: Når har du møtet med NAV?\nMentee: 14.03.2025, klokka ti.", "14.03.2025"),
    ("Mentee: Kontrollsummen var 22 07 93 772 57 på arket.", "22 07 93 772 57"),
    ("I: Når er du født?\nMentee: I 1991, i Durban.", "1991"),
    ("Mentee: Er jeg født i Norge? Nei, jeg kom 03.04.2010 med mamma.", "03.04.2010"),
])
def test_dates_and_numbers_that_are_no_birth_or_id_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# 4. Birth dates in words: the month as an ordinal, after `født`, as an answer, or after the question in one turn.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg er født den niende i tredje nittifire.", "niende i tredje nittifire"),
    ("I: Når er sønnen din født?\nMentee: Den tjuesjette i ellevte, to tusen og ti.",
     "tjuesjette i ellevte, to tusen og ti"),
    ("Mentee: Skjemaet vil ha fødselsdato, ikke sant? Den er femte august åttini.", "femte august åttini"),
    ("I: Når fyller du år?\nMentee: Tolvte i fjerde.", "Tolvte i fjerde"),
])
def test_birth_dates_in_words(text: str, part: str) -> None:
    assert _covered(text, part) == "date"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Den niende i tredje hadde vi det første møtet.", "niende i tredje"),
    ("I: Har du fått passet?\nMentee: Timen er den femte august, klokka ti.", "femte august"),
    ("Mentee: Han er født i andre halvdel av åttitallet.", "andre halvdel"),
    ("I: Når har du bursdag?\nMentee: Om tre uker. Vi feirer den femte i neste måned.", "femte"),
])
def test_meeting_dates_in_words_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# 5. A passport number said after a wrong first try: both tries, the letters no organisation.
@pytest.mark.parametrize("text, part", [
    ("I: Passnummeret?\nMentee: Det chilenske passet. PCM552018. Eh, nei, PCM550218. Sånn.", "PCM552018"),
    ("I: Passnummeret?\nMentee: Det chilenske passet. PCM552018. Eh, nei, PCM550218. Sånn.", "PCM550218"),
    ("Mentee: Oppholdskortet har RKT4410928, vent, nei, RKT4410982.", "RKT4410982"),
    ("Mentee: Koden er XQZ730155. Nei, unnskyld, XQZ730515.", "XQZ730155"),
])
def test_passport_tries(text: str, part: str) -> None:
    assert _covered(text, part) == "number"
    assert "organisasjon" not in Pseudonymizer().apply(text)[0]


# 6. A postcode said alone to put one right.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Vi bor i Rindalsvegen 12, 6657 Rindal. Nei, vent, det er 6658.", "6658"),
    ("Mentee: Adressen er Lysaker torg 8, 1366 Lysaker. Nei, unnskyld, 1367. Vi flyttet i 2020.", "1367"),
    ("Mentee: Postnummeret er 5147. Nei, vent, 5148.", "5148"),
])
def test_postcode_put_right(text: str, part: str) -> None:
    assert _covered(text, part) == "address"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Vi bor i Rindalsvegen 12, 6657 Rindal. Vi flyttet dit i 2019. Nei, vent, det var 2018.", "2018"),
    ("Mentee: I 2022 Trondheim. Nei, vent, det var 2023.", "2023"),
])
def test_years_put_right_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# 7. An address with no street word where someone works or lives, after the premises and whose they are.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Vi møttes på verkstedet hans, Skjelstad 11, i andre etasje, hver fredag.", "Skjelstad 11"),
    ("Mentee: Hun har salongen sin, Brattøra 4 C, nede ved kaia.", "Brattøra 4 C"),
    ("Mentee: Før det var jeg på lageret til Roald, Heimdalsmyra 27, i to år.", "Heimdalsmyra 27"),
])
def test_premises_addresses(text: str, part: str) -> None:
    assert _covered(text, part) == "address"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Han kjører bilen sin, Volvo 240, hver dag.", "240"),
    ("Mentee: Kontoret hans, Rom 4, er lite.", "Rom 4"),
    ("Mentee: På verkstedet hans, Golf 7 og Passat, står bilene i kø.", "Golf 7"),
    ("Mentee: Huset deres, 3 etasjer, ligger høyt.", "3 etasjer"),
])
def test_premises_with_no_address_stay(text: str, part: str) -> None:
    assert _covered(text, part) != "address"
