"""Whole dates as papers and computer systems write them: year first (`1979-11-02`) and month first (`11/02/1979`).

Round 50i: held-out 49 gave a birth date in ISO form right after the fødselsnummer holding the same date ("Mitt
fødselsnummer er 021179 11848 … På papirene fra Mexico står det 1979-11-02, det er samme dato, bare andre
veien."). `birth_answers.DATE` reads day-first dates only, so `birth_contexts` never weighed such a date, and it
read a month-first date (`03/22/1988`, from a US green card) as day 3 of month 22, which no ID number's date
matches. This module gives `birth_contexts` the year-first dates and both readings of a slashed date; the
contexts that make them birth dates (an ID number's date, papers that say it, a birthday) stay there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A year first: "1979-11-02"; not inside a longer number or code ("LOV-2005-06-17-62").
_YEAR_FIRST = re.compile(r"(?<![\w.,/–-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\w/–-]|[.,]\d)")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def year_first_dates(text: str) -> Iterator[tuple[int, int, tuple[int, int, int], int]]:
    """(start, end, (day, month, two-digit year), year) for every valid year-first date in `text`."""
    for m in _YEAR_FIRST.finditer(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(day, month):
            yield m.start(), m.end(), (day, month, year % 100), year


def month_first(date: str) -> tuple[int, int, int] | None:
    """(day, month, two-digit year) of a slashed date read month first ("03/22/1988"), if that reading is a date."""
    m = _SLASHED.match(date)
    if m is None:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    return (day, month, int(m.group(3)) % 100) if _valid(day, month) else None
