"""A telephone number dictated in words, in pairs or groups, with nothing else in its turn to say so.

A number given on request is often said with no telephone word at all: the question was in the turn before
("Og kona di?"), or there was none ("Han sa det var greit å gi det til dere: nitti, tolv, førtifem,
trettien"). `spoken_numbers.find_said_phones` needs a telephone in the turn or in a question before it. This
rule reads the number by its shape alone, the way a Norwegian number is dictated: eight digits, the first 2–9,
in three or more groups set off by commas or pauses, each group a pair or triple of digits said one by one
("fire åtte", "sju åtte ni") or one two-digit number ("nitti", "seksti-åtte", "åtti ni"), a last pair after
`og` ("fire fire og en en"). The whole run of number words must be that number.

What stays: counts, ages, lottery numbers and clock times (a group of one digit, or of two two-digit numbers:
"sju, fjorten, tjueen", "tjue tretti, tjueto femten"), match results with a hyphen between single digits
("to-en, tre-null"), two-digit numbers listed in order ("tjueto, tjuefem, trettito, førti"), counting in steps ("tjue, tretti, førti, femti"), a date said in groups ("tjueåtte, tolv, nitten, nittien"), and any run with a unit or
an amount after it or a clock or price word before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from workbench.io.pseudonymize.spoken_numbers import _AMOUNT_BEFORE, _TIME_BEFORE, _UNIT_AFTER, _counting, _runs, _Said

# Between two groups: a comma, a dash or a pause, or a filler.
_GROUP_BREAK = re.compile(r"[,–—…]|\.\.\.|[ \t]-[ \t]|(?<![\w])(?i:eh|ehm|øh|æh|øhm|hm|mm|altså|og)(?![\w])")
# `og` before the last group, a pair of digits said one by one ("fire fire og en en"): lists of ages or amounts
# say their last item with `og` too, but as a number, not digit by digit.
_AND = re.compile(r"[ \t]*,?[ \t]+(?i:og)[ \t]+")
_BIRTH_BEFORE = re.compile(r"(?<![\w-])(?i:født|fødd|fødselsdato\w*|bursdag\w*)(?![\w-])")


def _group_digits(items: list[_Said], gaps: list[str]) -> str | None:
    """The digits one group says, or None for a group no dictated number has."""
    if all(item.ones for item in items):
        return "".join(next(iter(item.values)) for item in items) if 2 <= len(items) <= 4 else None
    if len(items) == 1:
        two = [v for v in items[0].values if len(v) == 2]
        return two[0] if two and not items[0].hundreds else None
    if len(items) == 2 and items[0].tens and items[1].ones and gaps[0].strip(" \t") in ("", "-"):
        return next(v for v in items[0].values if len(v) == 2)[0] + next(iter(items[1].values))  # "åtti ni"
    return None


def _dictated(text: str, run: list[_Said]) -> str | None:
    """The eight digits a run says when it is dictated as a telephone number, else None."""
    groups: list[tuple[list[_Said], list[str]]] = [([run[0]], [])]
    for prev, item in pairwise(run):
        gap = text[prev.end:item.start]
        if gap == "-" and prev.ones and item.ones:
            return None  # "to-en, tre-null": a match result
        if _GROUP_BREAK.search(gap):
            groups.append(([item], []))
        else:
            groups[-1][0].append(item)
            groups[-1][1].append(gap)
    if len(groups) < 3 or _counting(run):
        return None  # "tjue, tretti, førti, femti": counting
    parts = [_group_digits(items, gaps) for items, gaps in groups]
    if any(p is None for p in parts):
        return None
    if all(len(items) == 1 for items, _gaps in groups):
        values = [int(p) for p in parts if p is not None]
        if values == sorted(values) or values == sorted(values, reverse=True):
            return None  # "tjueto, tjuefem, trettito, førti": ages or sizes listed in order
    digits = "".join(p for p in parts if p is not None)
    if len(digits) != 8 or digits[0] not in "23456789":
        return None
    day, month, century = int(digits[:2]), int(digits[2:4]), digits[4:6]
    if 1 <= day <= 31 and 1 <= month <= 12 and century in ("19", "20"):
        return None  # "tjueåtte, tolv, nitten, nittien": a date
    return digits


def dictated_phones(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of telephone numbers dictated in words by their shape alone."""
    offset = 0
    for line in text.split("\n"):
        runs: list[list[_Said]] = []
        for run in _runs(line, offset):
            if runs and _AND.fullmatch(text, runs[-1][-1].end, run[0].start) and 2 <= len(run) <= 4 \
                    and all(item.ones for item in run):
                runs[-1] = runs[-1] + run  # "…, fire fire og en en"
            else:
                runs.append(run)
        for run in runs:
            if any(item.plus for item in run):
                continue
            digits = _dictated(text, run)
            if digits is None:
                continue
            start, end = run[0].start, run[-1].end
            if _UNIT_AFTER.match(text, end) or _TIME_BEFORE.search(text, max(offset, start - 12), start) \
                    or _AMOUNT_BEFORE.search(text, max(offset, start - 30), start) \
                    or _BIRTH_BEFORE.search(text, max(offset, start - 60), start):
                continue
            yield start, end, digits
        offset += len(line) + 1
