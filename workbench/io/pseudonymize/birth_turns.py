"""A birth date further into the answer to a question about a birth date, an age or a fødselsnummer (round 26n).

`birth_answers` reads the first sentence of the answer. People answer with something else first: "Nei, nei.
Det er problemet! I passet står 14.03.1987, men …", "Eh (.) ja. Tjueniende august syttini. Det stemmer."
(asked whether the fødselsnummer is right), "Regn det ut selv, hehe. Trettiførste desember nittiseks." (asked
how old), "Førti. Nei, vent. Niende i åttende, åttifem." And a short follow-up question ("Og datteren?") asks
again what the question before it asked.

So in a turn answering a question that names a birth date, a birthday, being born, a fødselsnummer or
personnummer, or an age (`hvor gammel`, `alder`), or a short `Og …?` after such an exchange, a date within
its first few sentences is a birth date when it is whole: day, month and year, in figures (`19.06.1996`,
`2. februar 2019`) or in words (`ellevte i tredje, to tusen og tolv`). A date without a year there is a
course start, a test or a meeting ("Trettiåtte. Jeg begynte på kurset andre september."); a date in a
sentence about coming, moving, starting, a deadline or a meeting ("Vi kom hit 03.04.2010", "fristen … er
14.03.2027") is no birth date, and nor is a year still to come. Nor does a line before that gives its own birth date
and asks nothing (round 62b, `birth_answers.dated_birth_line`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.birth_answers import _BIRTH_WORD, DATE, dated_birth_line
from workbench.io.pseudonymize.sentence_marks import SENTENCE_END_BEFORE_WORD as _SENTENCE_END
from workbench.io.pseudonymize.spoken_dates import _MONTH, _ORDINAL, _SEP, _YEAR
from workbench.io.pseudonymize.work_frames import line_around, line_before

_ASKED = re.compile(rf"{_BIRTH_WORD.pattern}|(?<![\w-])(?i:fødselsnummer(?:et)?|personnummer(?:et)?|alder(?:en)?"
                    r"|hvor[ \t]+gammel|hvor[ \t]+gamle)(?![\w-])")
# A short follow-up question asking the same of someone else: "Og datteren?", "Og mannen din, da?"
_FOLLOW_UP = re.compile(r"[^:\n]{0,40}:[ \t]*(?i:og|hva[ \t]+med)[ \t]+[^?\n.]{1,30}\?[ \t]*$")
# A whole date: with its year, in figures or in words.
_WHOLE = re.compile(rf"(?:\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})|\d{{1,2}}\.?[ \t]+[a-zæøå]+\.?[ \t]+\d{{4}}"
                    rf"|(?:den[ \t]+)?{_ORDINAL}{_SEP}(?:i[ \t]+)?{_MONTH}{_SEP}(?:i[ \t]+)?{_YEAR})", re.I)
# Words of something else that happened on a date: arriving, moving, starting, marrying, a deadline, a meeting.
_EVENT = re.compile(r"(?<![\w-])(?i:kom|kommet|ankom|landet|flyttet|flytta|reiste|begynte|begynner|startet|starta"
                    r"|starter|giftet|gifta|bryllup\w*|søkte|søknad\w*|frist\w*|møte\w*|kurs\w*|prøve\w*|eksamen"
                    r"|intervju\w*|time|timen|avtale\w*|innen|siden|døde|ferie\w*)(?![\w-])")
# How far into the answer a date may stand: a few sentences.
_REACH = 260
_THIS_YEAR = 2026


def _asked(text: str, line_start: int) -> bool:
    """Whether the turn before the one at `line_start` asks about a birth or an age, or follows such a question up."""
    before = line_before(text, line_start)
    if before[0] == before[1]:
        return False
    asked = _ASKED.search(text, *before)
    if asked:
        return not dated_birth_line(text, asked.end(), before[1])  # round 62b: a heading "(født 27.06.1979)"
    if _FOLLOW_UP.fullmatch(text, *before):
        answer = line_before(text, before[0])  # the answer to the question being followed up
        question = line_before(text, answer[0]) if answer[0] != answer[1] else answer
        return _ASKED.search(text, *question) is not None
    return False


def _future(date: str) -> bool:
    year = re.search(r"(?<!\d)(\d{4})$", date)
    return year is not None and int(year.group(1)) > _THIS_YEAR


def sentence_start(text: str, line_start: int, start: int) -> int:
    """Where the sentence holding `start` begins, within its line."""
    begins = line_start
    for end in _SENTENCE_END.finditer(text, line_start, start):
        begins = end.end()
    return begins


def in_event_sentence(text: str, line_start: int, start: int, end: int) -> bool:
    """True when an arrival, a start or a meeting word stands before the date in its sentence or
    just after it: a date of an event, not of a birth."""
    after = re.match(r"[^.!?\n]{0,25}", text[end:])
    return bool(_EVENT.search(text, sentence_start(text, line_start, start), start)
                or (after and _EVENT.search(after.group(0))))


def birth_turns(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of whole dates within the first sentences of an answer about a birth date or an age."""
    for m in DATE.finditer(text):
        line_start, _line_end = line_around(text, m.start())
        if m.start() - line_start > _REACH or not _asked(text, line_start):
            continue
        start = m.start() + 4 if m.group(0)[:4].casefold() == "den " else m.start()
        date = text[start:m.end()]
        if not _WHOLE.fullmatch(date) or _future(date):
            continue
        if in_event_sentence(text, line_start, start, m.end()):
            continue
        yield start, m.end()
