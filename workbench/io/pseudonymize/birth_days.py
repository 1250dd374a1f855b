"""Birthdays said as a day and a month, and birth dates a coder's note gives after a reference (round 32i).

`spoken_dates`, `birth_answers` and `birth_contexts` read a birth date right after `født`/`fødselsdato`, in the
answer to a birth question, or as a whole date (with its year) that an ID number or papers make a birth date.
Three forms pass them:

* a day and a month with no year after a birthday or birth word with other words between ("den er jo min
  bursdag pluss førti [latter] tjueandre februar", "Bursdagen hennes er, eh, tjueførste i femte", "født,
  hva var det, 3. mai"): an ordinal day in words or in figures and the month by name or as an ordinal after
  `i`, in the same sentence and a few words on;
* once a birth date is known in a text (the date part of a fødselsnummer or D-nummer found there, or a birth
  date found there), the same day and month said again anywhere in it ("Det var en lang dag, den fjortende
  mars", "Vi ringer ikke 3. oktober"): it is the same identifier; with a year said, the year must be the
  birth year too;
* a birth label in a coder's note with a reference between it and the date ("Fødselsdato oppgitt i linje 190
  (12.08.1984) fjernes også", "Fødselsdatoen nevnt i linje 14 (…) og datterens (21.05.2021)"): a whole date in
  figures in the sentence of the label, in brackets or after a number (a line, a page) that the older rules
  stop at.

A date of a meeting, a deadline or a holiday (`møtet er fjortende mars`, `sautjende mai`) stays: it has no
birth word before it and is no birth date of the text, or, when it is the same day, an event word stands
before it in its sentence (`kurset starter første januar`). After a birth word, a date with an event word
between (`kom`, `flyttet`, `møtet`, `fristen`, a celebration, a paper sent or registered) or one still to come
stays too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.io.pseudonymize.birth_contexts import _CELEBRATION, _MONTH_NUMBER, _PAPER_EVENT, _date_of, _ordinal
from workbench.io.pseudonymize.birth_turns import _EVENT, _future
from workbench.io.pseudonymize.spoken_dates import _MONTH, _ORDINAL, _SEP, _YEAR

_MONTH_WORDS = (r"(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
                r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)")
# A day and a month: an ordinal day in words and the month by name or as an ordinal after `i` ("tjueførste i
# femte"), or a day in figures and the month by name ("3. oktober"); a year may follow.
_DAY_MONTH = re.compile(
    rf"(?<![\w-])(?:(?P<words>{_ORDINAL}){_SEP}(?:i[ \t]+)?(?P<month>{_MONTH})"
    rf"|(?P<figure>\d{{1,2}})\.?[ \t]?(?P<named>{_MONTH_WORDS})\.?)(?![\w])"
    rf"(?P<year>{_SEP}(?:i[ \t]+)?{_YEAR}(?![\w]))?", re.I)
# Words that say a birthday or a birth: the day and month that follow them in the sentence are the birth date.
_BIRTH_CUE = re.compile(r"(?<![\w-])(?i:bursdag(?:en|er)?|fødselsdag(?:en|er)?|født|fødd|fødselsdato(?:en|a)?)(?![\w-])")
# How far after the cue the day may stand: a few words, a filler or a bracketed remark ("[latter]").
_CUE_REACH = 45
# A whole date in figures after a birth label in a coder's note, and how far into the sentence it may stand.
_LABEL = re.compile(r"(?<![\w-])(?i:fødselsdato(?:en|a|er)?|fødselsdag(?:en)?|født|fødd)(?![\w-])")
_FIGURES = re.compile(r"(?<![\w.,/-])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\w/]|[.,]\d)")
_NOTE_REACH = 120
# The end of a sentence: a stop before a space and a capital, or the end of the line.
_SENTENCE_END = re.compile(r"[.!?]+(?=[ \t]+[A-ZÆØÅ«\"]|[ \t]*(?:$|\n)|[\]\)])")


def _day_month(m: re.Match[str]) -> tuple[int, int] | None:
    if m.group("words"):
        day = _ordinal(m.group("words"))
        month_said = m.group("month").casefold()
        month = _MONTH_NUMBER.get(month_said) or _ordinal(month_said)
    else:
        day = int(m.group("figure"))
        month = _MONTH_NUMBER.get(m.group("named").casefold())
    if not day or not month or not 1 <= day <= 31 or not 1 <= month <= 12:
        return None
    return day, month


def _year_of(m: re.Match[str]) -> int | None:
    """The two-digit year said after a day and a month, or None when none is said or it is not read."""
    if not m.group("year"):
        return None
    found = _date_of(m.group(0).strip(" \t,"))
    return found[2] if found else None


def _known_births(text: str, found: Iterable[tuple[int, int, str]]) -> set[tuple[int, int, int | None]]:
    """(day, month, two-digit year) of the birth dates a text gives away: fødselsnummer and D-nummer date parts,
    and the dates the birth rules found."""
    known: set[tuple[int, int, int | None]] = set()
    for start, end, kind in found:
        said = text[start:end]
        if kind == "idnumber":
            digits = re.sub(r"\D", "", said)
            if len(digits) == 11:
                day = int(digits[:2])
                known.add((day - 40 if day > 40 else day, int(digits[2:4]), int(digits[4:6])))
        elif kind == "date":
            whole = _date_of(said.strip(" \t,."))
            if whole is not None:
                known.add(whole)
                continue
            m = _DAY_MONTH.fullmatch(said.strip(" \t,."))
            dm = _day_month(m) if m else None
            if dm is not None:
                known.add((*dm, None))
    return known


def _sentence_end(text: str, at: int) -> int:
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    m = _SENTENCE_END.search(text, at, line_end)
    return m.start() if m else line_end


def _sentence_start(text: str, at: int) -> int:
    start = text.rfind("\n", 0, at) + 1
    for m in _SENTENCE_END.finditer(text, start, at):
        start = m.end()
    return start


def _event_between(text: str, start: int, end: int) -> bool:
    between = text[start:end]
    return bool(_EVENT.search(between) or _CELEBRATION.search(between))


def birth_days(text: str, found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """(start, end) of birthdays said as a day and a month after a birth word, of later mentions of a birth
    date the text gives away, and of birth dates in figures after a birth label and a reference."""
    found = list(found)
    for cue in _BIRTH_CUE.finditer(text):
        stop = min(_sentence_end(text, cue.end()), cue.end() + _CUE_REACH + 40)
        for m in _DAY_MONTH.finditer(text, cue.end(), stop):
            if m.start() - cue.end() > _CUE_REACH or _event_between(text, cue.end(), m.start()):
                break
            if _day_month(m) is not None and not _future(m.group(0)):
                yield _trimmed(text, m)
            break  # the first day after the cue is the birthday
    known = _known_births(text, found)
    if known:
        days = {(d, mo) for d, mo, _y in known}
        years = {(d, mo, y) for d, mo, y in known if y is not None}
        for m in _DAY_MONTH.finditer(text):
            dm = _day_month(m)
            if dm is None or dm not in days:
                continue
            year = _year_of(m)
            if m.group("year") and (year is None or (*dm, year) not in years):
                continue  # the same day in another year: another date
            if _EVENT.search(text, _sentence_start(text, m.start()), m.start()):
                continue  # "kurset starter første januar": an event's date, though the same day
            yield _trimmed(text, m)
    for label in _LABEL.finditer(text):
        end = min(_sentence_end(text, label.end()), label.end() + _NOTE_REACH)
        for m in _FIGURES.finditer(text, label.end(), end):
            between = text[label.end():m.start()]
            if _event_between(text, label.end(), m.start()) or _PAPER_EVENT.search(between) or _future(m.group(0)):
                break
            if re.search(r"\d", between) or text[m.start() - 1] == "(":  # a reference between, a date in brackets
                yield m.start(), m.end()


def _trimmed(text: str, m: re.Match[str]) -> tuple[int, int]:
    start, end = m.start(), m.end()
    while end > start and text[end - 1] in " \t,.":
        end -= 1
    return start, end
