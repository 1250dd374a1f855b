"""Birth dates in short written forms and children's birth dates in words (round 54i).

The older rules read a birth date after `født` in full written shapes and in words with a year of the last
century; `reference_shapes` takes any full date of 1930-2010 as a birth date, since a date that old in an adult's
life most likely is one. Three forms fell outside, each a class:

* the short Norwegian form day/month-year (`23/7-14`, `3/4-17`): a birth date where a birth word (`født`,
  `bursdag`, `fødselsdato`, `fødselsnummer`) stands in the same turn or the turn before, or where it says again
  the day and month of a date found in the same turn ("Tjuetredje juli 2014, 23/7-14"); `møte 12/3-24` stays;
* a day and a month with a two-digit year (`8. februar 85`), under the same conditions, and then the six digits
  day-month-year of any birth date found so (`080285`), wherever they are said again in the text;
* a child's birth date in words after a birth word: an ordinal day, a month and a year of this century said as
  speakers say it (`tjuefjorten`, `tjuetjue`, `tjuetjueto`, `to tusen og fjorten`), up to this year, since
  children are born up to this year. A year alone ("født i tjuefjorten") and a date with no birth word ("tolvte
  september tjuefjorten var første arbeidsdag") stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from workbench.io.pseudonymize.birth_contexts import _ordinal
from workbench.io.pseudonymize.birth_turns import _THIS_YEAR
from workbench.io.pseudonymize.spoken_dates import _MONTH, _ORDINAL, _SEP
from workbench.io.pseudonymize.work_frames import line_around, line_before

_BIRTH = re.compile(r"(?<![\w-])(?i:født|fødd|fødsels\w*|bursdag\w*|fødselsdag\w*)(?![\w-])")
_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "desember")
_SHORT = re.compile(r"(?<![\w/.,-])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)-(?P<year>\d\d)(?![\w/-]|[.,]\d)")
_DAY_MONTH_YY = re.compile(rf"(?<![\w.,/-])(?P<day>[0-3]?\d)\.[ \t]+(?P<month>(?i:{'|'.join(_MONTHS)}))[ \t]+"
                           r"['’]?(?P<year>\d\d)(?![\w/-]|[.,]\d)")
_UNIT_AFTER = re.compile(r"[ \t]*(?i:kr\b|kroner|prosent|%|år\b|timer|stykker)")
_DATE_FOUND = re.compile(r"(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?:19|20)?(?P<year>\d\d)$")

_ONE = {"en": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9}
_TEEN = {w: 10 + i for i, w in enumerate("ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split())}
_ONES = "|".join(sorted(_ONE, key=len, reverse=True))
_TEENS = "|".join(sorted(_TEEN, key=len, reverse=True))
# Years of this century as said: "tjuefjorten" (2014), "tjuetjueto" (2022), "tjue null fire", "to tusen og tre".
_CENTURY_YEAR = (rf"(?P<year>(?:tjue|tyve)[ \t-]?(?:(?P<teen>{_TEENS})|tjue(?:[ \t-]?(?P<twenty>{_ONES}))?"
                 rf"|null[ \t-]?(?P<zero>{_ONES}))"
                 rf"|to[ \t-]?tusen(?:[ \t-]?og)?[ \t-]?(?:(?P<kteen>{_TEENS})|tjue(?:[ \t-]?(?P<ktwenty>{_ONES}))?"
                 rf"|(?P<kone>{_ONES})))")
_CHILD_DATE = re.compile(rf"(?<![\w-])(?P<date>(?:den[ \t]+)?{_ORDINAL}{_SEP}(?:i[ \t]+)?{_MONTH}{_SEP}(?:i[ \t]+)?"
                         rf"{_CENTURY_YEAR})(?![\w-])", re.I)


def _year(m: re.Match[str]) -> int:
    """The year a `_CENTURY_YEAR` match says."""
    low = {k: (v.casefold() if v else v) for k, v in m.groupdict().items()}
    if low["teen"] or low["kteen"]:
        return 2000 + _TEEN[low["teen"] or low["kteen"]]
    if low["zero"] or low["kone"]:
        return 2000 + _ONE[low["zero"] or low["kone"]]
    ones = low["twenty"] or low["ktwenty"]
    return 2020 + (_ONE[ones] if ones else 0)


def _birth_near(text: str, at: int) -> bool:
    """Whether a birth word stands in the turn holding `at` or in the turn before."""
    line = line_around(text, at)
    before = line_before(text, line[0])
    return bool(_BIRTH.search(text, *line) or (before[0] < before[1] and _BIRTH.search(text, *before)))


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _found_day_months(text: str, found: Sequence[tuple], at: int) -> set[tuple[int, int]]:
    """(day, month) of the dates found in the turn holding `at`, in figures or as a day and a month's name."""
    line = line_around(text, at)
    out = set()
    for f in found:
        if f[2] != "date" or not (line[0] <= f[0] < line[1]):
            continue
        said = text[f[0]:f[1]]
        figures = re.search(r"(\d{1,2})[./](\d{1,2})", said)
        if figures:
            out.add((int(figures.group(1)), int(figures.group(2))))
        named = re.search(rf"(?i)({'|'.join(_MONTHS)})", said)
        if named:
            head = re.sub(r"(?i)^den[ \t]+", "", said[:named.start()].strip(" \t,.-"))
            value = int(head) if head.isdigit() else _ordinal(head)
            if value:
                out.add((value, _MONTHS.index(named.group(1).casefold()) + 1))
    return out


def short_births(text: str, found: Sequence[tuple]) -> Iterator[tuple[int, int]]:
    """(start, end) of birth dates in the short forms and of a child's birth date in words (module docstring)."""
    births: set[str] = set()
    for pattern in (_SHORT, _DAY_MONTH_YY):
        for m in pattern.finditer(text):
            month_said = m.group("month")
            month = int(month_said) if month_said.isdigit() else _MONTHS.index(month_said.casefold()) + 1
            day = int(m.group("day"))
            if not _valid(day, month) or _UNIT_AFTER.match(text, m.end()):
                continue
            if _birth_near(text, m.start()) or (day, month) in _found_day_months(text, found, m.start()):
                births.add(f"{day:02d}{month:02d}{m.group('year')}")
                yield m.start(), m.end()
    for f in found:
        if f[2] == "date":
            m = _DATE_FOUND.search(text[f[0]:f[1]])
            if m and _birth_near(text, f[0]):
                births.add(f"{int(m.group('day')):02d}{int(m.group('month')):02d}{m.group('year')}")
    for digits in births:
        for m in re.finditer(rf"(?<![\w/.,-]){digits}(?![\w/-]|[.,]\d)", text):
            yield m.start(), m.end()
    for m in _CHILD_DATE.finditer(text):
        before = text[line_around(text, m.start())[0]:m.start()]
        if _year(m) <= _THIS_YEAR and _BIRTH.search(before[-60:]):
            yield m.start("date"), m.end("date")
