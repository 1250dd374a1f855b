"""A postcode said apart from its street, put right in the next turn, or read back there (round 29a).

`postcode_alternatives` reads a postcode put right in the same turn, `postcode_words` one said in words after
its label or the same digits again in words. On the telephone a postcode also comes

* as a sentence of its own right after the street address and its full stop, in words or figures: "Jeg bor i
  <street> 18. Seks fire en fem.", "<street> 4. 1481.": the four digits and nothing else in that sentence; a
  street the form rules do not know ("komme innom, <Nedre> <Name> 41. Sju null en fire.": capitalised words
  and a house number after a comma) is then taken as the address too;
* put right in the turn after a read-back of a postcode found there: "2815 <place>?" / "Nei, unnskyld, det er
  2816.", "Ja, nei vent, 3503 skal det være": the answer opens with a correction and holds nothing but the
  number and the words such an answer is said with (`postcode_alternatives`' words), and a year's shape must
  share the postcode's first two digits;
* read back in the next turn: "2816. Notert.", a recogniser's bare "5147" on a line of its own: the same four
  digits as a postcode found in the turn before, opening the turn as a sentence of their own.

A year, a price or a room number said after a full stop stays: no street address ends right before it, and
no postcode was said in the turn before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.io.pseudonymize.postcode_alternatives import _FRAME_ONLY, _MARKER, _POSTCODE, plausible_retry
from workbench.io.pseudonymize.postcode_words import _four
from workbench.io.pseudonymize.spoken_numbers import _UNIT_AFTER, _runs
from workbench.io.pseudonymize.work_frames import line_before

_FIGURES = re.compile(r"(?<![\w.,/:-])\d{4}(?![\w]|[.,:/]\d)")
# A speaker's label and a few hesitations before what opens a turn.
_OPENING = re.compile(r"(?:[^:\n]{0,40}:)?[ \t]*(?:(?i:eh|øh|ja|jo)[.,]?[ \t]+)?")
_SENTENCE_END = re.compile(r"[ \t]*(?:[.!?…]|$)", re.M)
_STREET_GAP = re.compile(r"\.[ \t]+")
# Capitalised words and a house number inside a sentence, before a full stop and one space: a street whose
# name the form rules do not know, when a postcode follows as a sentence of its own.
_NAMED_NUMBER = re.compile(r"(?<=[,:] )(?:[A-ZÆØÅ][a-zæøå]+ ){0,2}[A-ZÆØÅ][a-zæøå]+ \d{1,4}[a-h]?(?=\. )")


def _numbers(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of four-digit numbers in figures and in words in text[start:end]."""
    for m in _FIGURES.finditer(text, start, end):
        yield m.start(), m.end(), m.group(0)
    for run in _runs(text[start:end], start):
        four = _four(run)
        if four is not None and not _UNIT_AFTER.match(text, run[-1].end):
            yield run[0].start, run[-1].end, four


def postcode_apart(text: str, found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """(start, end) of postcodes said apart from their street, put right after a read-back, or read back."""
    found = list(found)
    postcodes = [(s, text[s:s + 4]) for s, e, kind in found if kind == "address" and _POSTCODE.fullmatch(text, s, e)]
    for s, e, kind in found:  # a postcode inside an address found whole: "<street> 23 b 5147 <place>"
        if kind == "address" and not _POSTCODE.fullmatch(text, s, e):
            postcodes += [(m.start(), m.group(0)) for m in _FIGURES.finditer(text, s, e)]
    streets = [(s, e) for s, e, kind in found if kind == "address" and not _POSTCODE.fullmatch(text, s, e)
               and re.search(r"\d", text[s:e])]
    taken = [(s, e) for s, e, _kind in found]
    out: list[tuple[int, int]] = []

    def free(start: int, stop: int) -> bool:
        return not any(s < stop and start < e for s, e in taken + out)

    for m in _NAMED_NUMBER.finditer(text):  # "komme innom, <Nedre> <Street> 41. Sju null en fire.": a street too
        line_end = text.find("\n", m.end())
        numbers = _numbers(text, m.end(), len(text) if line_end < 0 else line_end)
        if free(m.start(), m.end()) and any(start == m.end() + 2 and _SENTENCE_END.match(text, stop)
                                            for start, stop, _d in numbers):
            streets.append((m.start(), m.end()))
            out.append((m.start(), m.end()))
    for _s, end in streets:  # "<street> 18. Seks fire en fem."
        gap = _STREET_GAP.match(text, end)
        if gap is None:
            continue
        line_end = text.find("\n", gap.end())
        line_end = len(text) if line_end < 0 else line_end
        for start, stop, digits in sorted(_numbers(text, gap.end(), line_end)):
            if start == gap.end() and _SENTENCE_END.match(text, stop) and free(start, stop):
                out.append((start, stop))
                postcodes.append((start, digits))
            break
    offset = 0
    for line in text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        before_start, before_end = line_before(text, line_start)
        earlier = [digits for s, digits in postcodes if before_start <= s < before_end]
        if not earlier or before_end <= before_start:
            continue
        opening = _OPENING.match(text, line_start)
        for start, stop, digits in sorted(_numbers(text, line_start, line_end)):
            if not free(start, stop):
                break
            prefix = text[opening.end() if opening else line_start:start]
            if digits in earlier and not prefix.strip() and _SENTENCE_END.match(text, stop):
                out.append((start, stop))  # read back: "2816. Notert."
                postcodes.append((start, digits))
            elif text[start].isdigit() and _MARKER.search(prefix) and _FRAME_ONLY.fullmatch(prefix) \
                    and all(plausible_retry(text, first, start, stop) for first in earlier):
                out.append((start, stop))  # put right: "Nei, unnskyld, det er 2816."
                postcodes.append((start, digits))
            break
    yield from out
