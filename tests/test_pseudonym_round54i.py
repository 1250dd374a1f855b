"""Round 54i rules: contact details and ID numbers in spoken and unusual shapes (`aloud_ids`, `short_births`,
`worded_homes`): e-mails said with `på`/`alfa`/`at`/`krøll` and a provider, a fødselsnummer in words in two
groups, case numbers with `slash`/`skråstrek` or letters, a year and digit groups, short references in letters,
passports in groups after a nationality, short birth dates and children's birth dates in words, house numbers in
words and the postcode after them; amounts, clock times, years, counts, `på` in ordinary speech, room numbers and
places in a queue stay.

The strings are fresh, not those of `dev/d89i_*`, `dev/control_d71i` or the held-out halves."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "email"), [
    ("R: Skriv ned kofi.mensah21 på yahoo punktum com, det er den private.", "kofi.mensah21 på yahoo punktum com"),
    ("[00:01:02] R: privat er det juma_k90 alfa outlook no og jobben har en annen", "juma_k90 alfa outlook no"),
    ("R: Send det til l.osei77 at live no, så ser jeg det.", "l.osei77 at live no"),
    ("[00:03:40] R: mailen er hawi2001 på icloud com ja", "hawi2001 på icloud com"),
    ("D: Den er t punktum haile55 på outlook punktum com, ikke den andre.", "t punktum haile55 på outlook punktum com"),
])
def test_emails_said_with_a_preposition_or_letter_name(text: str, email: str) -> None:
    assert covered(text, email) == "email"


@pytest.mark.parametrize(("text", "number"), [
    ("R: Det er en fem null sju ni tre, pluss tre null null ni en.", "en fem null sju ni tre, pluss tre null null ni en"),
    ("[00:02:10] R: to ni null fem sju åtte og deretter tre null null seks sju",
     "to ni null fem sju åtte og deretter tre null null seks sju"),
])
def test_fodselsnummer_in_words_in_two_groups(text: str, number: str) -> None:
    assert covered(text, number) == "idnumber"


@pytest.mark.parametrize(("text", "number"), [
    ("[00:02:11] R: vedtaket har nummer 22 slash 40 918 og jeg venter fortsatt", "22 slash 40 918"),
    ("[00:02:30] R: klagen min er 2023 skråstrek 1187 hos dem", "2023 skråstrek 1187"),
    ("R: Klagen fikk nummeret UDK 2023 508 117 i april.", "UDK 2023 508 117"),
    ("R: [leser] «Vår ref.: BT-88. Vi viser til søknaden.»", "BT-88"),
    ("D: Ghanesisk pass, 12 3340981. Det går ut i mai.", "12 3340981"),
])
def test_case_numbers_references_and_passports(text: str, number: str) -> None:
    assert covered(text, number) == "number"


def test_a_letter_reference_said_again() -> None:
    text = "R: [leser] «Deres ref.: KT-19.» Jeg vet ikke hva KT-19 betyr."
    second = text.rindex("KT-19")
    assert covered(text, "KT-19") == "number"
    assert any(s <= second and second + 5 <= e for s, e, _k, _o in finds(text))


@pytest.mark.parametrize(("text", "date"), [
    ("I: Når er sønnen din født?\nR: 17/9-16, en søndag.", "17/9-16"),
    ("R: Bursdagen min er 3. mars 91, så jeg er vær.", "3. mars 91"),
    ("R: Sønnen min er født femte mai tjuesytten på Ullevål.", "femte mai tjuesytten"),
    ("[00:01:20] R: hun er født andre juni tjuetjueen", "andre juni tjuetjueen"),
])
def test_short_and_childrens_birth_dates(text: str, date: str) -> None:
    assert covered(text, date) == "date"


def test_six_digits_of_a_short_birth_date_said_again() -> None:
    text = "R: Bursdagen min er 3. mars 91, så nummeret begynner på 030391."
    assert covered(text, "030391") == "date"


@pytest.mark.parametrize(("text", "address"), [
    ("[00:01:10] I: adressen\n[00:01:12] R: myrvollskrenten tolv b [Myrvollskrenten 12 B]", "myrvollskrenten tolv b"),
    ("[00:01:10] R: nå bor jeg i hans nielsen hauges gate tre og førti [Hans Nielsen Hauges gate 43]",
     "hauges gate tre og førti"),
])
def test_house_numbers_in_words(text: str, address: str) -> None:
    assert covered(text, address) == "address"


def test_postcode_in_words_after_the_address() -> None:
    text = "[00:01:10] I: adressen\n[00:01:12] R: myrvollskrenten tolv b fem null fire fire [5044]"
    assert covered(text, "fem null fire fire") == "address"


def test_postcode_in_words_as_the_whole_answer() -> None:
    text = "[00:02:01] I: postnummeret\n[00:02:03] R: fem null en fire"
    assert covered(text, "fem null en fire") == "address"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Jeg har konto på gmail punktum com som alle andre.", "gmail"),
    ("R: Jeg tok B2 på outlook-kurset i fjor.", "B2"),
    ("[00:04:35] r: vi fikk svar på hotmail ja alle fikk det", "hotmail"),
    ("R: Vi jobber 24 slash 7 i desember.", "24 slash 7"),
    ("R: Det var femti skråstrek femti med dag og natt.", "femti skråstrek femti"),
    ("R: Møtet er i rom 3 slash 118 på fredag.", "3 slash 118"),
    ("R: Vi var seks, og så kom fem til.", "seks, og så kom fem"),
    ("R: Tolvte september tjuefjorten var første arbeidsdag.", "Tolvte september tjuefjorten"),
    ("R: Mange i klassen er født i tjuefjorten.", "tjuefjorten"),
    ("R: Møtet er 12/3-24 klokka ti.", "12/3-24"),
    ("[00:04:12] R: vi gikk gjennom gata to ganger før vi fant den", "gata to ganger"),
    ("R: Vår ref. og Deres ref. står øverst på alle brev.", "Vår ref."),
    ("R: Vi fikk nummeret fjorten i køen og ventet to timer.", "fjorten"),
    ("R: Husleia er ni tusen fem hundre, og så strøm.", "ni tusen fem hundre"),
    ("R: Jeg begynner klokka halv sju og slutter kvart over tre.", "halv sju"),
])
def test_look_alikes_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part", "kind"), [
    ("R: Adressen er kofi.mensah21@yahoo.com.", "kofi.mensah21@yahoo.com", "email"),
    ("R: Fødselsnummeret er 15079330091.", "15079330091", "idnumber"),
    ("R: Saksnummeret er 24/03317.", "24/03317", "number"),
    ("R: Hun er født 12.09.2014.", "12.09.2014", "date"),
    ("R: Jeg bor i Storgata 12, 0155 Oslo.", "Storgata 12", "address"),
])
def test_neighbours_stay_caught(text: str, part: str, kind: str) -> None:
    assert covered(text, part) == kind
