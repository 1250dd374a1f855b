"""Parts of an ID number said before a pause (round 31d).

On a bad telephone line a number comes in pieces. A fødselsnummer's date part is said alone before the line
breaks, and read back alone ("Etter 140387?"); the first groups of an account or a mobile number are said, the
speaker stops to find the card, and then gives it whole ("3201 55... vent, jeg må finne kortet. 3201 55 80908").
The whole number is found by its form (`identifiers`); the piece said before it is not, having no form of its
own. So:

* six figures that are a date (DDMMYY, a D-nummer's day plus 40 too) after `første del`, `de seks første`,
  `fødselsdatoen` or `født`, in the answer to a question naming a fødselsnummer, personnummer or D-nummer, or
  anywhere the same six figures open a fødselsnummer or D-nummer found in the document, are that date;
* six figures that are a date and end a clause, in a turn that has named a fødselsnummer, personnummer or
  D-nummer earlier and named no other number since, are that date too: the speaker corrects a number read out
  ("fødselsnummeret mitt, 14038741218. Nei, vent, det er Espens. Mitt er 090387.") or gives its date part
  alone ("Personnummeret hennes har jeg ikke. Men det begynner med 111009.") (round 38c);
* digit groups broken off (an ellipsis, a dash, `nei`, `vent`, `eh`, `hallo` or a question mark right after)
  that are the first groups, as written, of a number found in the document (an account, a telephone, an ID
  number) are that number too.

Guards: a price, an amount or a count (a unit right after: `3201 kroner`), a six-figure amount, order or
invoice number with no cue, a year, a range (`2019 2020`), a room number, a postcode or a clock time match no
found number by its first groups; a figure broken off in a document where no number starts with it stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from workbench.io.pseudonymize.work_frames import line_around, line_before

_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_SIX = re.compile(r"(?<![\w.,/+-])(\d{6})(?![\w/]|[.,]\d|[ \t]\d)")
# A unit after the figures: a price, an amount or a count, not a number of anyone (also `identifiers`' labels).
UNIT_AFTER = re.compile(r"[ \t]*(?i:kr\b|kroner|nok\b|euro|dollar|prosent|%|stk|porsjoner|kunder|timer|minutter"
                         r"|personer|km\b|kilometer|meter|liter|kg\b|kilo|gram)")
# `første del er`, `de seks første er`, `fødselsdatoen hans er`, `født`: a few words, no figure or stop between.
_CUE = re.compile(r"(?<![\w-])(?i:første[ \t]+del(?:en)?|de[ \t]+(?:seks[ \t]+første|første[ \t]+seks)"
                  r"(?:[ \t]+(?:sifrene|tallene))?|fødselsdato(?:en|a)?|født|fødd)(?![\w-])[^\n\d.!?]{0,25}$")
_ASKED = re.compile(r"(?<![\w-])(?i:fødselsnummer\w*|personnummer\w*|d-nummer\w*|fnr)(?![\w-])[^\n?]*\?")
# Round 38c: a fødselsnummer named earlier in the turn, no other number named between (`kundenummeret`, `nr.`).
_NAMED = re.compile(r"(?<![\w-])(?i:fødselsnummer\w*|personnummer\w*|d-nummer\w*|fnr)(?![\w-])")
_OTHER_NUMBER = re.compile(r"(?<![\w-])(?i:\w*nummer\w*|\w*nr\.?|konto\w*|kode\w*|pin\w*)(?![\w-])")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)…]|$|(?i:og|eller|men)(?![\w-]))", re.M)
# The groups of a number as written: figures with single spaces or dots between.
_GROUPS = re.compile(r"(?<![\w.,/+-])\d{2,6}(?:[ .]\d{1,6}){0,3}(?![\w/]|[.,]\d)")
# Right after a broken-off piece: a pause, a dash, a question, or a word of breaking off.
_BREAK_AFTER = re.compile(r"[ \t]*(?:\.\.\.|…|[–—-](?!\d)|\?|,?[ \t]*(?i:nei|vent|eh|øh|hallo|unnskyld)(?![\w-]))")


def _date(six: str) -> bool:
    """Whether DDMMYY is a date (the day may carry a D-nummer's 40)."""
    day, month = int(six[:2]), int(six[2:4])
    if day > 40:
        day -= 40
    return 1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]


def _named_before(text: str, line_start: int, at: int) -> bool:
    """Whether the turn names a fødselsnummer before `at`, no other number named after it, and the six figures
    at `at` end a clause."""
    named = list(_NAMED.finditer(text, line_start, at))
    if not named:
        return False
    between = text[named[-1].end():at]
    return not any(not _NAMED.fullmatch(m.group(0)) for m in _OTHER_NUMBER.finditer(between)) \
        and _CLAUSE_END.match(text, at + 6) is not None


def _groups(span: str) -> list[str]:
    return re.findall(r"\d+", span)


def id_parts(text: str, found: Iterable[tuple[int, int, str]],
             valid_id: Callable[[str], bool]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of date parts and broken-off first groups of numbers found in `text`."""
    found = list(found)
    spans = [(s, e) for s, e, _k in found]
    ids = {"".join(_groups(text[s:e])) for s, e, k in found if k == "idnumber"}
    openings = {d[:6] for d in ids if valid_id(d)}
    for m in _SIX.finditer(text):
        six = m.group(1)
        if any(s < m.end() and m.start() < e for s, e in spans) or not _date(six):
            continue
        if UNIT_AFTER.match(text, m.end()):
            continue
        line_start, _line_end = line_around(text, m.start())
        asked_start, asked_end = line_before(text, line_start)
        if (six in openings or _CUE.search(text, line_start, m.start())
                or _ASKED.search(text, asked_start, asked_end) or _ASKED.search(text, line_start, m.start())
                or _named_before(text, line_start, m.start())):
            yield m.start(), m.end(), "date"
    targets = [(_groups(text[s:e]), k) for s, e, k in found if k in ("phone", "number", "idnumber")
               and any(c.isdigit() for c in text[s:e])]
    for m in _GROUPS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans) or not _BREAK_AFTER.match(text, m.end()):
            continue
        groups = _groups(m.group(0))
        if sum(map(len, groups)) < 4 or (len(groups) == 1 and len(groups[0]) < 6):
            continue
        for whole, kind in targets:
            if len(groups) < len(whole) and whole[:len(groups)] == groups:
                yield m.start(), m.end(), kind
                break

