"""A postcode said alone after another: an alternative, a correction, a new one after a move (round 25n).

A speaker unsure of a postcode gives two ("Postnummeret er 4630, tror jeg, eller 4631"), puts one right
("7033. Nei, 7034 mener jeg", "… 2815 Gjøvik. Nei vent, hun har flyttet. Nå er det 2818."). The second has
no label and no place after it, so no form rule reads it, but it is the address as much as the first.

After a postcode found by any rule, in the same turn and within a few sentences, a four-digit number is a
postcode too when

* an alternative or a correction stands between them (`eller`, `nei`, `vent`, `unnskyld`, `feil`, `mener`,
  `forresten`, `rettere sagt`, a move: `flyttet`, `flytta`);
* its clause holds nothing but it and the words such an answer is said with (`eller kanskje 4631`, `Nå er det
  2818`, `det skal være 7034`, `7034 mener jeg`, `4631, tror jeg`): "Vi flyttet dit i 2019" is a clause about
  something else;
* the four-digit number nearest before it is the postcode or an alternative already found, so a year or an
  amount put right after a postcode ("I 2019, eller 2020", "Husleia er 8500, eller 9000") stays;
* when it reads as a year (1900–2099), its first two digits are the postcode's (`2015` → `2016`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.io.pseudonymize.bare_answers import _YEAR_BEFORE
from workbench.io.pseudonymize.correction_words import CORRECTION, HESITATION

_POSTCODE = re.compile(r"\d{4}(?:[ \t]+[A-ZÆØÅ][\w'’ -]*)?")
_FOUR = re.compile(r"(?<![\w.,/:-])\d{4}(?![\w]|[.,:/]\d)")
_WINDOW = 160
_MARKER = re.compile(rf"(?<![\w])(?i:{CORRECTION}|eller|vent|feil|mener|forresten|rettere|egentlig|flytt\w*"
                     r"|flytta|ny|nye|nytt)(?![\w])")
# The words a postcode given again is said with, before it in its clause.
_FRAME_WORD = (rf"(?:{HESITATION}|{CORRECTION}|vent|altså|jo|ja|forresten|eller|kanskje|muligens"
               r"|trolig|vel|så|bare|men|nå|nei[ \t]+da|rettere[ \t]+sagt|om[ \t]+det[ \t]+er|var[ \t]+det"
               r"|er[ \t]+det|det[ \t]+er|det[ \t]+var|det[ \t]+blir|det[ \t]+skal[ \t]+være|skal[ \t]+det[ \t]+være"
               r"|jeg[ \t]+mener|mener[ \t]+jeg|jeg[ \t]+tror|tror[ \t]+jeg|den[ \t]+nye[ \t]+er|det[ \t]+nye[ \t]+er"
               r"|den[ \t]+riktige[ \t]+er|det[ \t]+riktige[ \t]+er|det[ \t]+rette[ \t]+er|den[ \t]+er|i[ \t]+stedet)")
_FRAME_BEFORE = re.compile(rf"(?:^|[.,;:!?]|[–—-])[ \t]*(?:(?i:{_FRAME_WORD})[.,!]?[ \t]+)*$")
# A gap of nothing but such words: "4630 eller 4631", "7033 – eller nei, 7034".
_FRAME_ONLY = re.compile(rf"[ \t,–—-]*(?:(?i:{_FRAME_WORD})[.,!]?[ \t,–—-]+)+")
_FRAME_AFTER = re.compile(r"[ \t]*(?:$|[.,;:!?…]|[ \t][A-ZÆØÅ]|(?i:mener[ \t]+jeg|tror[ \t]+jeg|skal[ \t]+det[ \t]+være|var[ \t]+det"
                          r"|kanskje|vel|altså|jo|i[ \t]+stedet)(?![\w]))")


def plausible_retry(text: str, first: str, start: int, end: int) -> bool:
    """Whether the four digits text[start:end], said after the postcode `first`, may be another try at it: its
    clause ends after it (or a hedge or its place follows), and a year's shape shares the postcode's first two digits."""
    number = text[start:end]
    return number != first and _FRAME_AFTER.match(text, end) is not None \
        and not (1900 <= int(number) <= 2099 and number[:2] != first[:2])


def _postcodes(text: str, found: Iterable[tuple[int, int, str]]) -> set[int]:
    """Where the postcodes found start; not a year and a place ("I 2022 Trondheim. Nei, vent, det var 2023.")."""
    return {s for s, e, kind in found if kind == "address" and _POSTCODE.fullmatch(text, s, e)
            and not _YEAR_BEFORE.search(text, max(0, s - 12), s)}


def postcode_alternatives(text: str, found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """(start, end) of four-digit numbers given as another try at a postcode found before them."""
    known = _postcodes(text, found)
    todo = sorted(known)
    while todo:
        start = todo.pop(0)
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        first = text[start:start + 4]
        prev = start
        for m in _FOUR.finditer(text, start + 4, min(line_end, start + 4 + _WINDOW)):
            if prev not in known:
                break  # another four-digit number came between: what follows is its alternative
            gap = text[start + 4:m.start()]
            clause_start = max(start + 4, m.start() - 60)
            if m.start() not in known and _MARKER.search(gap) \
                    and (_FRAME_ONLY.fullmatch(gap) or _FRAME_BEFORE.search(text, clause_start, m.start())) \
                    and plausible_retry(text, first, m.start(), m.end()):
                known.add(m.start())
                todo.append(m.start())
                yield m.start(), m.end()
            prev = m.start()
