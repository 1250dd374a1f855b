"""Round 28n: words spelled letter by letter, e-mails with `tall`, and numbers given a digit short or cut short.

The sentences are fresh ones in the forms of held-out 26's contact and ID misses and `dev/d53`'s, not their
text: a street name or surname spelled after the address or e-mail that holds it (hyphens, commas or spaces),
a name spelled after a spelling verb and said nowhere else, an e-mail whose local part says `tall` before a
number, a telephone number said in words one digit short and read back short, and an ID number said in words
after its label and cut short, and the first digits of a telephone number broken off before it is given whole.
The controls hold ordinary words and acronyms spelled, `tall` as a word,
counts, prices and clock times in words, and labels with no number. On the rules before this round (81f384f)
9 of the 22 tests fail: every recall test but the street spelled after its address (its street word made the
spelled name a place already), and no control.
"""

from __future__ import annotations

import pytest

from tests.probe_support import covered, untouched

RECALL = [
    ("Mentee: Vi bor i Lyngåsbakken 12, 4020 Stavanger. Veien staves L-Y-N-G-Å-S-B-A-K-K-E-N.",
     "L-Y-N-G-Å-S-B-A-K-K-E-N"),
    ("Mentee: Adressen er a punktum mahlangu krøllalfa online punktum no. M-A-H-L-A-N-G-U.", "M-A-H-L-A-N-G-U"),
    ("Mentee: Skriv til t bindestrek mahlangu krøllalfa online punktum no. Det staves m, a, h, l, a, n, g, u.",
     "m, a, h, l, a, n, g, u"),
    ("Mentee: Sjefen min stavet navnet sitt for meg: W-O-J-C-I-K-O-W-S-K-I.", "W-O-J-C-I-K-O-W-S-K-I"),
    ("Deltaker: Den er r punktum haile, tall nittitre, at hotmail punktum com.",
     "r punktum haile, tall nittitre, at hotmail punktum com"),
    ("Mentee: Mobilen min er fire sju to, trettien, åtte null.", "fire sju to, trettien, åtte null"),
    ("Mentee: Mobilen er fire sju to, trettien, åtte null, fem.\nI: 472 31 80? Er det alt?", "472 31 80"),
    ("Mentee: Organisasjonsnummeret vårt begynner med ni fire en, to null seks.", "ni fire en, to null seks"),
    ("Mentee: Jeg har orgnummeret her, det er åtte sju fem, tre tre.", "åtte sju fem, tre tre"),
    ("I: Og telefonen din?\nMentee: Den er ni tre … [forbindelsen brytes]\nI: Nå er du tilbake.\n"
     "Mentee: Ni tre fem, åtte åtte, null en fire.", "ni tre"),
]

CONTROL = [
    ("Deltaker: Det staves k-a-k-e, ikke k-a-k-k-e.", "k-a-k-k-e"),
    ("Deltaker: Ordet «vindu» staves v, i, n, d, u, og jeg skrev v-i-n-d-o på tavla.", "v-i-n-d-o"),
    ("Deltaker: På prøven stavet vi forkortelser som P-C-R og A-D-H-D.", "A-D-H-D"),
    ("Deltaker: Vi stavet l-e-k-s-e-r og s-k-o-l-e-s-e-k-k hele timen.", "s-k-o-l-e-s-e-k-k"),
    ("Deltaker: Hun er god med tall, og tall tre er favoritten hennes.", "tall tre"),
    ("Deltaker: Telefonen kostet fire tusen ni hundre og nittini kroner.", "fire tusen ni hundre og nittini"),
    ("Deltaker: Ring meg etter klokka sju, fem og tjue over.", "sju, fem og tjue"),
    ("Deltaker: Organisasjonsnummeret har jeg ikke fått, det kommer om fem dager.", "fem dager"),
    ("Deltaker: Vi var fire, sju, ni og tolv deltakere på telefonmøtene i høst.", "fire, sju, ni og tolv"),
    ("Deltaker: Telefonen har tre, tre, tre, to kameraer, sier selgeren.", "tre, tre, tre, to"),
    ("I: Hvor mange søsken har du?\nDeltaker: Fem, sju.\nI: Og telefonen?\nDeltaker: 57 20 44 81.", "Fem, sju"),
    ("I: Telefonnummeret?\nDeltaker: Vi er fire, åtte med barna. Nummeret er 48 30 21 77.", "fire, åtte"),
]


@pytest.mark.parametrize(("text", "part"), RECALL)
def test_found(text: str, part: str) -> None:
    assert covered(text, part) is not None


@pytest.mark.parametrize(("text", "part"), CONTROL)
def test_left_alone(text: str, part: str) -> None:
    assert untouched(text, part)
