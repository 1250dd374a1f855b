"""Lettered references right after a reference word, whatever their parts (round 51r).

`account_answers` reads capitals before a year and a serial (`INT-2025-0412`, `UDI-24-5531`) in a turn about a
case, and capitals with a serial after a case word (`lånesøknad LS-77120`). Held-out 50 and 51 gave references of
other shapes right after the word that names them: a serial with a check letter after it ("et automatisk svar med
referanse SUN-4471-B"), a two-digit year and two serials ("en lang kode, IN-25-118-7712"), two groups of capitals
before the year ("deres referanse SX-REK-2025-0413", "har nummer AGD-FAG-25/0417"). None had a form the other
rules know, and the capitals before the hyphen were read as an organisation.

So, right after a reference word (`referanse`, `ref.`, `kode`, `nummer`, `nr.`, `sak`, `saksnr.`, `saksnummer`,
`løpenummer`, `journalnummer`, `søknadsnummer`; a colon, a comma or `er`/`var` between allowed), one or two groups of
two to six capitals, then one to three groups of digits after hyphens or slashes (a part of three digits or more
among them, four digits or more in all) and a single check letter or not, is the reference, read whole.

What stays: the same shape after a word for a thing rather than a case (a course, a room, a product, a model, a
standard, a bus or train, a book: "Emnet har kode MAT-1001", "Rommet har nummer KA-2104"), a code glued into a
compound label (`Produktkoden`, `rabattkode`, `emnekode`), and a standard or model with a space before its number
(`NS-EN 1090`, `ISO 9001`, `XC-60 D4`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CUE = (r"(?<![\w-])(?i:referanse(?:n|nummer(?:et)?)?|ref\.?|kode(?:n)?|nummer(?:et)?|nr\.?|sak(?:en|a)?|saksnr\.?"
        r"|saksnummer(?:et)?|løpenummer(?:et)?|journalnummer(?:et)?|søknadsnummer(?:et)?)")
_CODE = (r"[A-ZÆØÅ]{2,6}(?:-[A-ZÆØÅ]{2,6})?(?:[-/]\d{2,8}){1,3}(?:-[A-ZÆØÅ])?")
CUED_REFERENCE = re.compile(
    rf"{_CUE}(?![\w-])[ \t]*[:,(]?[ \t]*(?:(?i:er|var|blir|ble)[ \t]+)?(?<![\w/.-])({_CODE})(?![\w/-]|[.,]\d)")
# A thing, not a case, named earlier in the sentence: its code or number is a product's, a course's or a room's.
_THING = re.compile(
    r"(?<![\w-])(?i:\w*(?:kurset|emnet|faget|rommet|produktet|varen|varene|modellen|standarden|bussen|toget|flyet"
    r"|ruten|ruta|linja|linjen|bilen|maskinen|boka|boken|bøkene|prøven|sertifikatet|lisensen)"
    r"|kurs|emne|fag|rom|produkt|modell|standard|buss|tog|fly|rute|linje|bil|maskin|bok)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t«»\"]|$)|\n|«")
_REACH = 120


def _thing_before(text: str, at: int) -> bool:
    """Whether a word for a thing (course, room, product, model, …) stands earlier in the sentence holding `at`."""
    start = max(0, at - _REACH)
    for end in _SENTENCE_END.finditer(text, start, at):
        start = end.end()
    return bool(_THING.search(text, start, at))


def cued_references(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a lettered reference right after a reference word ("med referanse SUN-4471-B", "en lang
    kode, IN-25-118-7712", "deres referanse SX-REK-2025-0413")."""
    for m in CUED_REFERENCE.finditer(text):
        code = m.group(1)
        parts = re.findall(r"\d+", code)
        if sum(map(len, parts)) < 4 or max(map(len, parts)) < 3 or _thing_before(text, m.start()):
            continue
        yield m.start(1), m.end(1)
