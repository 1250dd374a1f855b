"""Telephone numbers of any length after a telephone cue, said in words or in figures (round 65b).

The rules for numbers said aloud (`spoken_numbers`, `caseless_answers.answered_phones`) read a telephone
number as eight digits, the length of a Norwegian one; a writer's number, a foreign one or a number misheard
by a speech recogniser may be longer ("ni fire to tretti femtiåtte null sju", nine digits), and the rule then
stops after eight and leaves the last word, and the figures a corrector put in brackets after the words
("[942 30 58 07]") are no Norwegian number either. Here the cue decides, not the count:

* a run of number words that reads as 8 to 12 digits, in a turn answering a telephone question (the turn
  before names a telephone) or right after a telephone word in the same line, is a telephone number, and a
  number already found inside such a run is widened over the whole run;
* figures in brackets right after a number said in words that is a telephone number ("… null sju [942 30 58
  07]") are the same number and are replaced with it;
* a run of 8 to 12 figures right after a telephone word ("Telefon: 942 30 58 07") is a telephone number.

Counts, amounts and times stay: a run with a unit after it, with hundreds in it, counted in steps, or after a
clock word is no number here, and nothing already found as another identifier is taken over.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.caseless_answers import _lines
from workbench.io.pseudonymize.spoken_numbers import (
    _PHONE_NEAR, _TIME_BEFORE, _UNIT_AFTER, PHONE_WORDS, _counting, _runs)

_LONGEST = 12
_SHORTEST = 8
# Figures in brackets right after the words: "[942 30 58 07]".
_BRACKETED = re.compile(r"[ \t]*\[(\+?\d[\d \t]{6,22}\d)\]")
# A telephone word and at most a colon, `er` or `nummeret er` before figures in the same line.
_CUE_FIGURES = re.compile(
    r"(?<![\w-])(?i:(?:jobb|privat|fast)?telefon(?:en|nummer|nummeret)?|tlf\.?|mobil(?:en|nummer|nummeret)?)"
    r"(?:[ \t]*:|[ \t]+(?i:er|var|nummer))?[ \t]+(\d[\d \t]{6,22}\d)(?![\w]|[.,]\d)")
# How far into an answering turn its number may start (after the time stamp and speaker label).
_OPENING = 45


def _digit_count(figures: str) -> int:
    """How many digits a string of figures holds."""
    return sum(ch.isdigit() for ch in figures)


def _readings(run) -> set[str]:
    """Every digit string the whole run may say, up to twelve digits."""
    readings = {""}
    for item in run:
        readings = {r + v for r in readings for v in item.values if len(r + v) <= _LONGEST}
    return readings


def _phone_run(text: str, run, line_start: int) -> bool:
    """Whether a run of number words reads as 8-12 digits and is no count, amount or time."""
    if not any(_SHORTEST <= len(r) <= _LONGEST for r in _readings(run)):
        return False
    if any(item.hundreds for item in run) or _counting(run):
        return False
    return not (_UNIT_AFTER.match(text, run[-1].end)
                or _TIME_BEFORE.search(text, max(line_start, run[0].start - 12), run[0].start))


def _cued(text: str, lines, k: int, run_start: int) -> bool:
    """Whether a run starting at `run_start` in line `k` answers a telephone question or follows a
    telephone word in its line."""
    start, _end = lines[k]
    prev = text[lines[k - 1][0]:lines[k - 1][1]] if k else ""
    asked = bool(_PHONE_NEAR.search(prev) or PHONE_WORDS.search(prev)) and run_start - start <= _OPENING
    return asked or bool(PHONE_WORDS.search(text, max(start, run_start - 40), run_start))


def spoken_phones(text: str, found) -> list[tuple[int, int, str]]:
    """(start, end, "phone") for number words after a telephone cue (widening any number found inside them)
    and for the bracketed figures right after them."""
    others = [(f[0], f[1]) for f in found if f[2] not in ("phone", "person", "place", "org")]
    out = []
    lines = _lines(text)
    for k, (start, end) in enumerate(lines):
        for run in _runs(text[start:end], start):
            a, b = run[0].start, run[-1].end
            if any(s < b and a < e for s, e in others) or not _cued(text, lines, k, a) \
                    or not _phone_run(text, run, start):
                continue
            out.append((a, b, "phone"))
            m = _BRACKETED.match(text, b)
            if m and _SHORTEST <= _digit_count(m.group(1)) <= _LONGEST:
                out.append((m.start(1), m.end(1), "phone"))
    return out


def figure_phones(text: str, found) -> list[tuple[int, int, str]]:
    """(start, end, "phone") for 8-12 figures right after a telephone word that nothing else has taken."""
    out = []
    for m in _CUE_FIGURES.finditer(text):
        s, e = m.span(1)
        if _SHORTEST <= _digit_count(m.group(1)) <= _LONGEST and not any(
                f[0] < e and s < f[1] and f[2] != "phone" for f in found):
            out.append((s, e, "phone"))
    return out


def new_finds(text: str, found) -> list[tuple[int, int, str, str, None]]:
    """The telephone numbers above, as finds of the pseudonymiser."""
    return [(s, e, k, "identifier", None) for s, e, k in spoken_phones(text, found) + figure_phones(text, found)]
