"""Birth dates said in words with the day as a plain number: "Sytten mars åttiåtte" (round 42a).

`spoken_dates` and `birth_turns` read a day said as an ordinal ("syttende mars"). People answering a form
question say the day as a count just as often: asked "Fødselsdato?" or "Når er du født?", the answer is
"Sytten mars åttiåtte", "Tjueen oktober nittennittito", "Fire juni nitten syttini"; on a form read aloud,
"Fødselsdato: elleve januar femtiåtte". So a day said as a number word (en … trettien, joined or apart),
a month by name and a year in words or figures make a birth date in the first sentences of an answer to a
question that `birth_turns` reads as about a birth date or an age, or after a birth word in the same sentence.

The year is required: "sytten mai" alone is the national day, a course start or a meeting, and a date in a
sentence about coming, starting or a meeting (`birth_turns`' event words) is no birth date. Except right after
the birth word (round 62b): in caseless speech "han er født atten oktober" or "sønnen min ble født tolv mars"
says a day and a month of a birth and nothing else, so a counted day and a month straight after `født`/`fødd`
(`den` between at most) are a birth date without a year; "begynte tolvte mars" and "sytten mai" alone stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.birth_answers import _BIRTH_WORD
from workbench.io.pseudonymize.birth_turns import _REACH, _asked, in_event_sentence, sentence_start
from workbench.io.pseudonymize.spoken_dates import _MONTH_NAME, _SEP, _YEAR
from workbench.io.pseudonymize.work_frames import line_around

_UNITS = r"(?:en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)"
# A day of the month said as a count: "fire", "sytten", "tjueen", "tjue en", "trettien".
_DAY = (rf"(?:(?:tjue|tyve)(?:[ \t-]?{_UNITS})?|tretti(?:[ \t-]?(?:en|ett))?"
        r"|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|" + _UNITS + ")")
CARDINAL_DATE = re.compile(rf"(?<![\w-])(?:den[ \t]+)?({_DAY}{_SEP}{_MONTH_NAME}{_SEP}{_YEAR})(?![\w])", re.I)
_REACH_LABEL = 40
# Round 62b: the day and month straight after the birth word, the year optional ("ble født tolv mars").
_BORN_DAY_MONTH = re.compile(rf"(?<![\w-])(?:født|fødd)[ \t]+(?:den[ \t]+)?({_DAY}{_SEP}{_MONTH_NAME})(?![\w-])", re.I)


def cardinal_birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each date with a counted day, a month and a year that answers or follows a birth word."""
    for m in CARDINAL_DATE.finditer(text):
        start = m.start(1)
        line_start, _line_end = line_around(text, start)
        if in_event_sentence(text, line_start, start, m.end()):
            continue
        begins = sentence_start(text, line_start, start)
        labelled = _BIRTH_WORD.search(text, max(begins, start - _REACH_LABEL), start) is not None
        if labelled or (start - line_start <= _REACH and _asked(text, line_start)):
            yield start, m.end(1)
    for m in _BORN_DAY_MONTH.finditer(text):
        yield m.start(1), m.end(1)
