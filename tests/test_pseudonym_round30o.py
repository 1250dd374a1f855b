"""Round 30o rules (issue 10): membership of a named trade union by an identified person (`union_members`), a
national company as someone's workplace beside the same company as a service used (`national_workplaces`,
`everyday_names`), nicknames after `som hun kaller seg`, `kalt` and `kjent som` (`clues`), rare words in a list
beside a found place and named cemeteries (`place_lists`).

The sentences are fresh ones in the classes of held-out 28's misses and `dev/d59`/`d59b`, not their text.
On the old rules (main at 010c3fb) 17 of the 31 tests fail: 15 of the 17 positives (a member's union joined in
`meldte meg inn i … på verkstedet` and `sjåfør for Bring` were already found) and 2 of the 14 guards (a letter and a
parcel sent with Posten and Bring were replaced); the other 12 guards pass before and after."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg er med i Handel og Kontor nå, etter at jeg fikk fast jobb.", "Handel og Kontor"),
    ("Mentor: Kona mi er i Lederne, hun er butikksjef.", "Lederne"),
    ("Mentee: I fjor meldte jeg meg inn i Fellesforbundet på verkstedet.", "Fellesforbundet"),
    ("Mentee: Svogeren min, Dawood, ble medlem av NTL da han begynte i staten.", "NTL"),
    ("Mentee: Naboen vår er med i Tekna eller i NITO, jeg husker ikke hvilket.", "NITO"),
    ("Mentor: Jeg har vært organisert i Parat i tjue år.", "Parat"),
])
def test_union_membership_is_an_organisation(text: str, part: str) -> None:
    assert covered(text, part) == "org"


def test_member_union_found_again_as_body() -> None:
    text = ("Mentee: Jeg er med i Fagforbundet nå.\n"
            "Mentor: Fagforbundet har gode kurs om arbeidsmiljø.")
    second = text.rindex("Fagforbundet")
    assert any(s <= second and second + len("Fagforbundet") <= e for s, e, _k, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Mange på sykehjemmet er med i Fagforbundet, sier de.", "Fagforbundet"),
    ("Mentee: Jeg er ikke medlem av Delta, jeg har ikke tid til sånt.", "Delta"),
    ("Mentor: Du kan melde deg inn i Parat hvis du vil ha hjelp.", "Parat"),
    ("Mentor: Er du med i Fellesforbundet?", "Fellesforbundet"),
    ("Mentee: Kollegaene mine er med i Unio, tror jeg.", "Unio"),
])
def test_union_as_body_or_without_member_stays(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("I: Hva gjorde du før du kom hit?\nMentee: Posten. Jeg leverte post i Lillestrøm. To år.", "Posten"),
    ("Mentee: Om sommeren sto jeg på Bring-lageret på Alnabru.", "Bring-lageret"),
    ("Mentee: Onkelen min er sjåfør for Bring, han kjører langtransport.", "Bring"),
])
def test_national_company_as_workplace(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg sendte gaven med Posten til jul.", "Posten"),
    ("Mentee: Pakken fra tante kom med Bring i går.", "Bring"),
    ("Mentee: Jeg henter pakker på posten i butikken.", "posten"),
])
def test_service_used_stays(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Benedikte Haraldsen har begynt hos oss. Bene, som hun kaller seg, er rask.", "Bene"),
    ("Mentor: Fredrik Lunde er ny på laget. Fred, som han kaller seg, kjører bilen.", "Fred"),
    ("Mentor: Regnskapet fører Ingrid Dahl, kjent som Tuppen i hele bygda.", "Tuppen"),
])
def test_nickname_is_a_person(text: str, part: str) -> None:
    start = text.index(f" {part},") + 1 if f" {part}," in text else text.index(f" {part} ") + 1  # not inside the name
    assert any(s <= start and start + len(part) <= e and kind == "person" for s, e, kind, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Programmet, kalt Jobbsjansen, er bra for meg.", "Jobbsjansen"),
    ("Mentor: Kurset, kjent som Norskløftet, varer i to år.", "Norskløftet"),
])
def test_naming_without_a_person_stays(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Vi kjører mest i sentrum. Vågen, Strandkaien. Der er det folk.", "Vågen"),
    ("Mentee: Kundene bor overalt. Kaien, Stokkahagen og Storhaug.", "Kaien"),
    ("Mentee: Han er gravlagt på Kvernhaug gravlund, ved siden av faren.", "Kvernhaug gravlund"),
    ("Mentee: Vi steller graver på Lindås kirkegård om sommeren.", "Lindås kirkegård"),
])
def test_place_in_list_and_cemetery(text: str, part: str) -> None:
    assert covered(text, part) == "place"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Vi satt på solsiden hele dagen. Solsiden av huset er varm.", "Solsiden"),
    ("Mentee: Jobben, barna, huset. Det tar all tid.", "Jobben"),
    ("Mentee: Fjellet, sjøen og skogen i Norge er fint.", "Fjellet"),
    ("Mentee: Vi handlet på torget. Epler, Pærer. Alt var billig.", "Epler"),
])
def test_words_in_lists_stay(text: str, part: str) -> None:
    assert untouched(text, part)
