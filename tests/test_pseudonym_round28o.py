"""Round 28o: unions in someone's own case, one profession's union joined, one-person firms of a name and an
acronym trade compound (`union_members.py`).

Fresh synthetic sentences, none from the benchmark texts. On the rules before this round 11 of the 27 cases
fail: every case of the "is replaced" groups but two (`tok kontakt med Industri Energi` and the unlisted
`Ergoterapeutforbundet` were found already); the "stays" groups pass before and after.
"""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


# 1. A union asked for help, contacted or helping in one person's case ---------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Programleder: Vi har bedt Tekna om hjelp med lønnssamtalen hennes.", "Tekna"),
    ("Mentee: Jeg tok kontakt med Industri Energi da skiftene ble endret.", "Industri Energi"),
    ("Mentor: Han fikk juridisk hjelp av Fellesforbundet etter ulykken.", "Fellesforbundet"),
    ("Mentee: Econa hjalp meg med å lese kontrakten.", "Econa"),
    ("Mentee: Vi ringte NITO i forrige uke om overtiden.", "NITO"),
])
def test_union_in_someones_case_is_replaced(text: str, name: str) -> None:
    assert covered(text, name) == "org"


def test_union_in_a_case_is_found_again_at_a_membership() -> None:
    text = ("Programleder: Vi har spurt Negotia om råd, siden hun jobber i butikk.\n"
            "Mentee: Ja, og jeg er medlem av Negotia fra januar.")
    second = text.rindex("Negotia")
    assert any(s <= second and second + len("Negotia") <= e for s, e, _k, _o in finds(text))


# 2. One profession's union, joined or belonged to -------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Jeg er med i Ergoterapeutforbundet, og jeg leser bladet deres.", "Ergoterapeutforbundet"),
    ("Mentee: Hun meldte seg inn i Farmasiforbundet da hun fikk autorisasjon.", "Farmasiforbundet"),
    ("Mentor: Broren din er vel organisert i Bibliotekarforbundet?", "Bibliotekarforbundet"),
    ("Mentee: Jeg ble medlem av Fysioterapeutforbundet i fjor høst.", "Fysioterapeutforbundet"),
])
def test_profession_union_joined_is_replaced(text: str, name: str) -> None:
    assert covered(text, name) == "org"


# 3. A one-person firm: a name and an acronym trade compound after a naming or running frame ------------------

@pytest.mark.parametrize("text, name", [
    ("Mentee: Firmaet mitt heter Haddad IT-hjelp, og jeg er alene der.", "Haddad IT-hjelp"),
    ("Mentor: Svogeren din driver Brekke VVS-montasje, ikke sant?", "Brekke VVS-montasje"),
    ("Mentee: I fjor startet jeg Rahimi PC-service fra garasjen.", "Rahimi PC-service"),
])
def test_trade_firm_is_replaced_whole(text: str, name: str) -> None:
    assert covered(text, name)


# 4. Unions in the news, in a strike, as options, asked about, joined by many; trade words at a sentence start -

@pytest.mark.parametrize("text, name", [
    ("Mentee: Unio gikk ut i streik i går, sa de på radioen.", "Unio"),
    ("Mentor: Fagforbundet krevde mer i oppgjøret i år.", "Fagforbundet"),
    ("Mentee: Jeg vurderer Tekna eller NITO når jeg er ferdig.", "Tekna"),
    ("Mentor: Har du spurt Parat om hjelp?", "Parat"),
    ("Mentee: Mange på lageret har fått hjelp av Fellesforbundet før.", "Fellesforbundet"),
    ("Mentor: Du kan ringe Delta hvis du lurer på noe.", "Delta"),
    ("Mentee: Mange er med i Sykepleierforbundet på avdelingen min.", "Sykepleierforbundet"),
    ("Mentee: Jeg er medlem av Naturvernforbundet og går på tur med dem.", "Naturvernforbundet"),
    ("Mentor: Kommunen tok kontakt med Unio om streiken.", "Unio"),
    ("Mentee: LO hjalp til med å arrangere møtet på torget.", "LO"),
])
def test_union_in_passing_stays(text: str, name: str) -> None:
    assert untouched(text, name)


@pytest.mark.parametrize("text, name", [
    ("Mentee: Regnskap er tungt. Transport koster også mye.", "Transport"),
    ("Mentee: Kommunen har egen IT-støtte for de ansatte.", "IT-støtte"),
    ("Mentor: Rør og varme må skiftes i det gamle huset.", "Rør"),
    ("Mentee: Kurset heter IT-støtte for nybegynnere.", "IT-støtte"),
])
def test_trade_words_stay(text: str, name: str) -> None:
    assert untouched(text, name)
