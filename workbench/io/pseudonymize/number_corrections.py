"""Numbers said twice: a wrong first try and the right one, a postcode put right, a passport in its turn.

A speaker reading a number off a card gets it wrong and says it again: "AAF418273. Eh, nei, AAF481273.";
"1432 Ås. Nei, vent, det er 1433." Both tries identify (the first is most of the number), and the second
often stands alone, with no label or place that the form rules read. The forms here:

* a passport or ID-document code, one to three capitals and six to nine digits (a check letter after them
  allowed: `FTK204719`, `AAF481273`, `P7734019A`), in a turn that names a passport or an ID card, or answering
  one that does; its letters are no organisation's acronym;
* two codes of the same shape with a correction between them ("…, nei, …", "unnskyld", "feil"): both;
* a four-digit number right after a postcode and its place or its label, said after a correction (`Nei, vent,
  det er 1433.`), is the postcode put right; a year said after it (`Vi flyttet dit i 2021.`) stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from workbench.io.pseudonymize.bare_answers import _YEAR_BEFORE
from workbench.io.pseudonymize.correction_words import CORRECTION
from workbench.io.pseudonymize.postcode_alternatives import plausible_retry
from workbench.io.pseudonymize.work_frames import line_around, line_before

# A passport or ID document by any of its words; the code's shape keeps "det passet meg" harmless.
_DOCUMENT = re.compile(r"(?<![\w-])(?i:pass(?:et|ene|nummer(?:et)?|nr\.?)?|passport|id-kort(?:et)?|oppholdskort(?:et)?"
                       r"|reisebevis(?:et)?|identitetskort(?:et)?|nasjonalt[ \t]+id-kort)(?![\w-])")
_CODE = re.compile(r"(?<![\w-])[A-Z]{1,3}[ \t]?\d{6,9}[A-Z]?(?![\w-])")
_CORRECTION = re.compile(rf"(?<![\w])(?i:{CORRECTION}|feil|mener[ \t]+jeg|jeg[ \t]+mener)(?![\w])")
# After a postcode and its place: a correction, then the four digits ("Nei, vent, det er 1433.").
_POSTCODE_THEN = re.compile(r"(?<![\w.,/-])\d{4}[ \t]+[A-ZÆØÅ][\w-]*(?:[ \t][A-ZÆØÅ][\w-]*)?"
                            r"|(?<![\w-])(?i:post(?:nummer(?:et)?|nr\.?))(?:[ \t]+(?i:mitt|hans|hennes|er|var|:)){0,3}"
                            r"[ \t:]+\d{4}(?![\w]|[.,]\d)")
_PUT_RIGHT = re.compile(
    rf"[.,!]?[ \t]+(?:(?i:eh|øh|{CORRECTION}|vent|feil|altså)[.,!]?[ \t]+){{1,4}}"
    r"(?:(?i:det[ \t]+(?:er|var|skal[ \t]+være)|jeg[ \t]+mener|mener[ \t]+jeg)[ \t]+)?(\d{4})(?![\w]|[.,]\d)")


def _shape(code: str) -> tuple[int, int]:
    letters = sum(c.isalpha() for c in code)
    return letters, len(code) - letters - code.count(" ")


def corrected_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of passport codes in a document's turn, both tries of a corrected code, and a postcode
    put right."""
    codes = list(_CODE.finditer(text))
    for m in codes:
        line_start, line_end = line_around(text, m.start())
        if _DOCUMENT.search(text, line_start, line_end) or _DOCUMENT.search(text, *line_before(text, line_start)):
            yield m.start(), m.end(), "number"
    for first, second in pairwise(codes):
        gap = text[first.end():second.start()]
        if len(gap) <= 30 and "\n" not in gap and _CORRECTION.search(gap) \
                and _shape(first.group(0)) == _shape(second.group(0)):
            yield first.start(), first.end(), "number"
            yield second.start(), second.end(), "number"
    for m in _POSTCODE_THEN.finditer(text):
        if _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "I 2022 Trondheim. Nei, vent, det var 2023.": a year and a place, put right
        right = _PUT_RIGHT.match(text, m.end())
        first = re.search(r"\d{4}", m.group(0))
        if right and _CORRECTION.search(right.group(0)) and first \
                and plausible_retry(text, first.group(0), right.start(1), right.end(1)):  # not "det var 2019 vi flyttet"
            yield right.start(1), right.end(1), "address"
