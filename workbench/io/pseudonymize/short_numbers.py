"""Numbers given one digit short, or cut short after their label (round 28n).

A speaker reading a number aloud drops a digit and the listener notices: "Telefon fire seks seks, tjueen, null
tre." / "466 21 03 … mangler det et siffer?" / "Fire seks seks, to en, null tre, fire." Or the speaker reads a
label and the start of its number and stops: "Organisasjonsnummeret er ni to fem, fire fem åtte." The rules
for telephone numbers want eight digits and those for ID numbers a number that validates, so the short tries
stay, though most of the number is in them. Here:

* a telephone number said in words one digit short: seven digits, the first 2–9, in three or more number
  words (a two-digit group as one word, "tjueen", allowed), in a turn about a telephone; a count, an amount,
  a clock time or a counting row stays;
* a number read back short: digits in groups of one to three (or number words) saying six or seven digits
  that open a telephone number found in the document, or that are the seven said in words, are that
  telephone again ("466 21 03" before "466 21 034");
* the first two to five digits of a telephone number in two or more words, broken off or repeated up to the
  break in a turn about a telephone, when the whole number is given in the next three turns ("Det er fire åtte … [linjen faller ut]" /
  "Jeg mistet deg etter fire åtte." / "Fire åtte tre, null to, ni ni sju.");
* a number said in words after an ID label in the same sentence ("Organisasjonsnummeret er ni to fem, fire
  fem åtte", "orgnummeret står øverst, det er …"), five digits or more, is that ID however short; a label
  with no number after it ("Organisasjonsnummeret har jeg ikke") finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.io.pseudonymize.bare_answers import _ID_LABEL
from workbench.io.pseudonymize.sentence_marks import SENTENCE_END_IN_TURN as _SENTENCE_END
from workbench.io.pseudonymize.spoken_numbers import _TIME_BEFORE, _UNIT_AFTER, _counting, _phone_context, \
    _phone_window, _runs, _Said

# Digits in groups of one to three, a space between ("466 21 03", "927 44 06").
_GROUPED = re.compile(r"(?<![\w+/.,-])\d{1,3}(?:[ \t]\d{1,3}){1,4}(?![\w]|[.,]?\d)")
# After the opening digits of a number broken off: a pause, a note of the line dropping, or the end of the turn.
_BREAK_AFTER = re.compile(r"[ \t,]*(?:\.\.\.|…|–|—|\[|\(|[.!?]?[ \t]*$)")
_AMOUNT_BEFORE = re.compile(r"(?<![\w-])(?i:kr\.?|kostet|koster|betalte|betaler|lønn\w*|klokka|klokken|kl\.?)[ \t:]*$")


def _readings(run: list[_Said]) -> set[str]:
    readings = {""}
    for item in run:
        readings = {r + v for r in readings for v in item.values if len(r + v) <= 12}
    return readings


def _lines(text: str) -> Iterator[tuple[int, int, list[list[_Said]]]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line), list(_runs(line, start))
        start += len(line) + 1


def _ordinary(text: str, run: list[_Said], line_start: int) -> bool:
    """A count, an amount, a clock time or a counting row: never a number cut short."""
    start, end = run[0].start, run[-1].end
    return _counting(run) or any(i.hundreds or i.plus for i in run) or _UNIT_AFTER.match(text, end) is not None \
        or _TIME_BEFORE.search(text, max(line_start, start - 12), start) is not None \
        or _AMOUNT_BEFORE.search(text, max(line_start, start - 20), start) is not None


def _short_said(text: str) -> Iterator[tuple[int, int, str]]:
    """Telephone numbers said in words one digit short, in a turn about a telephone; (start, end, digits)."""
    for line_start, line_end, runs in _lines(text):
        for run in runs:
            if len(run) < 3 or _phone_window(run) is not None or _ordinary(text, run, line_start):
                continue
            seven = sorted(r for r in _readings(run) if len(r) == 7 and r[0] in "23456789")
            if seven and _phone_context(text, line_start, line_end, run[0].start):
                yield run[0].start, run[-1].end, seven[0]


def _targets(text: str, found: Iterable[tuple[int, int, str]]) -> set[str]:
    """The digits of every telephone number found: as written, or every reading of one said in words."""
    targets: set[str] = set()
    for start, end, kind in found:
        if kind != "phone":
            continue
        span = text[start:end]
        digits = re.sub(r"\D", "", span)
        if digits:
            targets.add(digits[-8:])
            continue
        for run in _runs(span, 0):
            targets |= {r for r in _readings(run) if len(r) in (7, 8)}
    return targets


def _opens(digits: str, targets: set[str]) -> bool:
    """Whether six or seven digits open a telephone number found (one or two digits short), or are one said
    seven digits long."""
    return 6 <= len(digits) <= 7 and any(
        (t.startswith(digits) and 1 <= len(t) - len(digits) <= 2) or (len(t) == 7 and t == digits) for t in targets)


def _broken_start(text: str, run: list[_Said], readings: set[str], found: list[tuple[int, int, str]]) -> bool:
    """Whether two to five digits said in two or more words open a telephone number found whole in the next
    three turns: a start broken off ("Det er fire åtte … [linjen faller ut]") or repeated up to the break ("Jeg
    mistet deg etter fire åtte.") before the whole number is given."""
    line_end = text.find("\n", run[-1].end)
    after = text[run[-1].end:len(text) if line_end < 0 else line_end]
    if len(run) < 2 or not _BREAK_AFTER.match(after):  # "Vi er fire, åtte med barna": no break, a count
        return False
    line_start = text.rfind("\n", 0, run[0].start) + 1
    if not _phone_context(text, line_start, len(text) if line_end < 0 else line_end, run[0].start):
        return False  # "Hvor mange barn?" / "To, fire.": a count, though a telephone follows
    short = {r for r in readings if 2 <= len(r) <= 5 and r[0] in "23456789"}
    if not short:
        return False
    window_end = run[-1].end
    for _turn in range(3):
        next_line = text.find("\n", window_end + 1)
        while next_line >= 0 and not text[window_end + 1:next_line].strip():  # blank lines between turns
            next_line = text.find("\n", next_line + 1)
        window_end = len(text) if next_line < 0 else next_line
    for start, end, kind in found:
        if kind != "phone" or not run[-1].end <= start < window_end:
            continue
        whole = _targets(text, [(start, end, kind)])
        if any(t.startswith(r) and len(t) == 8 for t in whole for r in short):
            return True
    return False


def short_numbers(text: str, found: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of telephone numbers said or read back a digit short, and of ID numbers said in
    words after their label, however short."""
    said = list(_short_said(text))
    for start, end, _digits in said:
        yield start, end, "phone"
    targets = _targets(text, [*found, *((s, e, "phone") for s, e, _d in said)])
    taken = [(s, e) for s, e, _k in found] + [(s, e) for s, e, _d in said]
    for m in _GROUPED.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken) \
                and _opens(re.sub(r"\D", "", m.group(0)), targets):
            yield m.start(), m.end(), "phone"
    for line_start, _line_end, runs in _lines(text):
        for run in runs:
            start, end = run[0].start, run[-1].end
            if any(s < end and start < e for s, e in taken) or _ordinary(text, run, line_start):
                continue
            readings = _readings(run)
            if any(_opens(r, targets) for r in readings) or _broken_start(text, run, readings, found):
                yield start, end, "phone"
                continue
            stops = [m.end() for m in _SENTENCE_END.finditer(text, line_start, start)]
            sentence_start = stops[-1] if stops else line_start
            labels = list(_ID_LABEL.finditer(text, sentence_start, start))
            if labels and start - labels[-1].end() <= 40 and max(len(r) for r in readings) >= 5:
                yield start, end, "number"
