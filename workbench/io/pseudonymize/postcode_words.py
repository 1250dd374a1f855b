"""A postcode said in words: digit by digit or in pairs, after its label, put right, or said again (round 26n).

On the telephone a postcode is said the way it is read off a letter: "sju null fire ni", "førti, tjueto",
"sju tre førti". Said so it is as much the address as "7049" in figures, but a four-digit number in words
is also a locker code, a room, a score or lottery numbers, so it counts only where a postcode is talked of:

* after its label in the same sentence ("Postnummeret er førti, tjueto.") or as the next sentence after the
  label asked as a question ("Postnummeret? Sju tre førti."), or opening the answer to a question naming it
  in the turn before ("Og postnummeret der?" / "Sju null tre en.");
* put right after a postcode found in the same turn, with a correction or an alternative between them and
  nothing in its clause but the words such an answer is said with (`postcode_alternatives`' words): "7048
  Trondheim. Nei, unnskyld, sju null fire ni." The correction of a year or an amount stays: the postcode must
  be the last four-digit number before it;
* the same four digits as a postcode found in the document, said again in words in any turn ("Nei, vent,
  det er 6015. Jeg blander alltid. Seks null en fem.", and the interviewer's "Seks null en fem.").

Only runs of digit words or of two-digit words that say exactly four digits count ("sju null fire ni",
"førti tjueto", "sju tre førti"), with no unit after them ("fire to kroner") and no price or clock before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import product

from workbench.io.pseudonymize.bare_answers import _POSTCODE_LABEL
from workbench.io.pseudonymize.postcode_alternatives import _FRAME_BEFORE, _FRAME_ONLY, _MARKER, _postcodes
from workbench.io.pseudonymize.spoken_numbers import _UNIT_AFTER, _runs, _Said
from workbench.io.pseudonymize.work_frames import line_around, line_before

_PRICE_OR_CLOCK = re.compile(r"(?<![\w-])(?i:kr\.?|kostet|koster|betalte|klokka|klokken|kl\.?)[ \t:]*$")
# The label and what may stand between it and the postcode in its sentence: "Postnummeret er", "postnr.:",
# "postnummeret hennes var".
_LABEL_BEFORE = re.compile(
    rf"{_POSTCODE_LABEL.pattern}(?:[ \t]+(?i:mitt|ditt|hans|hennes|vårt|deres|der|er|var|blir|:)){{0,3}}[ \t:,]*$")
# The label asked alone as a question right before: "Postnummeret? Sju tre førti."
_LABEL_ASKED = re.compile(rf"{_POSTCODE_LABEL.pattern}[ \t]*\?[ \t]*$")
# What may open an answer before the postcode: a speaker's label and a few hesitations.
_ANSWER_OPENING = re.compile(r"[^:\n]{0,40}:[ \t]*(?:(?i:eh|øh|ja|jo|altså|det[ \t]+er|den[ \t]+er)[.,]?[ \t]+){0,3}$")
_WINDOW = 160


def _four(run: list[_Said]) -> str | None:
    """The four digits a run says, when it is made of digit words and two-digit words only and says four."""
    readings = {""}
    for item in run:
        if item.hundreds or item.plus:
            return None
        readings = {r + v for r, v in product(readings, item.values) if len(r + v) <= 4}
    fours = sorted(r for r in readings if len(r) == 4)
    return fours[0] if len(fours) == 1 and len(run) <= 4 else None


def _labelled(text: str, start: int) -> bool:
    """Whether the run starting at `start` is given as a postcode: after its label, or answering it."""
    line_start, _line_end = line_around(text, start)
    if _LABEL_BEFORE.search(text, max(line_start, start - 50), start) \
            or _LABEL_ASKED.search(text, max(line_start, start - 30), start):
        return True
    return _ANSWER_OPENING.fullmatch(text, line_start, start) is not None \
        and _POSTCODE_LABEL.search(text, *line_before(text, line_start)) is not None


def _put_right(text: str, start: int, known: list[tuple[int, int]]) -> bool:
    """Whether the run starting at `start` puts right a postcode said before it in its turn."""
    line_start, _line_end = line_around(text, start)
    before = [(s, e) for s, e in known if line_start <= s and e <= start and start - e <= _WINDOW]
    if not before:
        return False
    last_end = max(e for _s, e in before)
    gap = text[last_end:start]
    if re.search(r"(?<![\w.,/-])\d{4}(?![\w])", gap):
        return False  # another four-digit number came between: it is that one's correction
    clause_start = max(last_end, start - 60)
    return _MARKER.search(gap) is not None and (
        _FRAME_ONLY.fullmatch(gap) is not None or _FRAME_BEFORE.search(text, clause_start, start) is not None)


def postcode_words(text: str, found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """(start, end) of postcodes said in words where a postcode is talked of."""
    found = list(found)
    known = [(s, s + 4) for s in _postcodes(text, found)]  # the postcode's digits, in figures
    digits = {text[s:e] for s, e in known}
    offset = 0
    for line in text.split("\n"):
        for run in _runs(line, offset):
            four = _four(run)
            start, end = run[0].start, run[-1].end
            if four is None or _UNIT_AFTER.match(text, end) \
                    or _PRICE_OR_CLOCK.search(text, max(offset, start - 20), start):
                continue
            if four in digits or _labelled(text, start) or _put_right(text, start, known):
                known.append((start, end))
                digits.add(four)
                yield start, end
        offset += len(line) + 1
