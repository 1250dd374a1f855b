"""Round 66b rules (`dictated_records`, and degree approval in `history_frames`): a postcode said in words with its
last two digits as one number right after a house number, before its figures in a bracket note and its town,
in caseless speech; an organisation number in dotted groups far from the label that opens its sentence; and
words that identify no one: an accented imperative opening a dictated note's sentence (`Notér at`), an acronym
used as a qualification joined to an occupation (`utdannet ACCA-regnskapsfører`) and at its other mentions, and a
public body that approved a degree (`fått godkjent mastergraden hos HK-dir`).

Every positive below is missed or replaced by effc26e's rules (the base of the round); the guards (the nearest
text that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d111b_*`, `dev/control_d93b` or held-out 78 and 79."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_ADDRESS = ("[00:00:12] i: og hvor bor du nå\n"
            "[00:00:15] r: jeg bor i tordenskjolds gate [Tordenskjolds gate] ni, sju null tjueto [7022] trondheim "
            "[Trondheim], i første etasje\n")
_MOVED = ("[00:00:40] r: før det bodde jeg i elvegata [Elvegata] fem, åtte fire trettito [8432] alsvåg [Alsvåg] "
          "hos en tante\n")
_ORGNR = "Org.nr. til Vik Bakeri, slik det står på fakturaene fra i vår, er 987.351.020.\n"
_QUALIFIED = ("Hun er utdannet ACCA-revisor fra Dhaka og jobbet fire år på et revisjonskontor der. "
              "Sjefen her sier at ACCA ikke sier ham så mye.\n")

_FOUND = [
    # a postcode in words after a house number and its comma, before its bracketed figures and its town
    (_ADDRESS, "sju null tjueto", "postcode"),
    (_ADDRESS, "7022", "postcode"),
    (_MOVED, "åtte fire trettito", "postcode"),
    (_MOVED, "8432", "postcode"),
    # a dotted org.nr. whose label opens the sentence more than forty characters before it
    (_ORGNR, "987.351.020", "number"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round66b_found(text: str, part: str, kind: str) -> None:
    """Postcodes in words before their noted figures and dotted org numbers are found."""
    assert covered(text, part) == kind


_KEPT = [
    ("Andre par. Notér at paret vil fortsette til sommeren.\n", "Notér"),
    ("Kontrollér at timelistene er levert før fredag.\n", "Kontrollér"),
    (_QUALIFIED, "ACCA-revisor"),
    (_QUALIFIED, "at ACCA"),
    ("Han fikk godkjent bachelorgraden sin hos HK-dir etter åtte måneder.\n", "HK-dir"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round66b_words_kept(text: str, part: str) -> None:
    """Accented imperatives, qualification acronyms and a body approving a degree are left alone."""
    assert untouched(text, part)


_STAY = [
    # a year or a count before its bracketed figures, with no town after it
    ("[00:00:20] r: adressen har jeg hatt siden tjue nitten [2019], da flyttet vi fra byen\n", "tjue nitten"),
    ("[00:00:20] r: adressen har jeg hatt siden tjue nitten [2019], da flyttet vi fra byen\n", "2019"),
    ("[00:00:30] r: vi bor i en blokk, fire null tolv [4-0-12] på laget, fire sveisere og tolv andre\n", "fire null tolv"),
    # dotted amounts: no label, or a unit after them
    ("Budsjettet for året, som styret vedtok i mars, er 1.250.000 kroner.\n", "1.250.000"),
    ("Org.nr. og omsetning står i rapporten; omsetningen var 987.351.020 kroner.\n", "987.351.020"),
    ("Tallet vi fikk fra fylket, som gjaldt alle kommunene, var 987.351.020.\n", "987.351.020"),
]


@pytest.mark.parametrize(("text", "part"), _STAY)
def test_round66b_words_stay(text: str, part: str) -> None:
    """Numbers in words and dotted numbers that are no postcode and no org number stay."""
    assert untouched(text, part)


_GUARDS = [
    # the neighbours are still found
    (_ADDRESS, "trondheim", "place"),
    ("Andre par. Notér at Sigrunn Hovda vil fortsette.\n", "Sigrunn Hovda", "person"),
    ("Organisasjonsnummeret er 987 351 020.\n", "987 351 020", "number"),
    # a body where someone works stays replaced
    ("Hun fikk jobb i HK-dir i fjor, som rådgiver.\n", "HK-dir", "org"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round66b_guards_found(text: str, part: str, kind: str) -> None:
    """Places, names, spaced org numbers and a body as a workplace stay found."""
    assert covered(text, part) == kind
