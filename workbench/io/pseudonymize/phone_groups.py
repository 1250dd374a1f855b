"""A telephone number in figures as a transcript gives it: grouped oddly, a digit too many, broken by a pause.

`identifiers.PHONE` knows the shapes people write (3-2-3, 2-2-2-2, 8 digits together) and `spoken_numbers`
eight digits split by a filler after a telephone word. A transcript also gives a number as it was heard:
`904 72 81 06` (nine digits, the speaker's grouping kept), `930 … eh … 51 774` after `ring min kone`,
`90 … [utydelig] … 41 27 53` across a dropout. In a turn about a telephone (a telephone word, a call, a number
asked for in the turn before), a run of two or more digit groups saying 7 to 12
digits is a telephone number whatever its count or grouping; the same digits given again anywhere in the text
(`I: 904 72 81 06. Takk.`) are the same number.

What stays: amounts (thousands apart, a price word before, a unit after), clock times (`klokka 11 15`), a run
holding a year (`i 2019 … eh … 2020`), sizes and other numbers after their own label (`varenummer 711 40 25
93`, `størrelse 38 39 40`), counts with a unit after (`20 … eh … 30 ganger`), and runs of fewer than seven digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.io.pseudonymize.dwellings import UNIT_WORD
from workbench.io.pseudonymize.spoken_numbers import (
    _FILLER, _PHONE_NEAR, _TIME_BEFORE, _UNIT_AFTER, DROPOUT, PHONE_WORDS, _amount_or_time, _asked_before, _runs,
    national_readings)
from workbench.io.pseudonymize.work_frames import line_around, line_before

# Between two groups: spaces, a pause or a comma, and any number of fillers and dropout notes with pauses around.
_PAUSE = r"(?:\.\.\.|…|–|—|--|-|,)"
_NOTE = rf"(?:(?i:{_FILLER})(?![\w])|{DROPOUT.pattern})"
_GAP = rf"(?:[ \t]*{_PAUSE}?[ \t]*(?:{_NOTE}[ \t]*{_PAUSE}?[ \t]*)*)"
GROUPS = re.compile(rf"(?<![\w+/.,:-])(?:\d{{1,4}})(?:(?=[ \t,.…–—])(?:{_GAP})\d{{1,4}}){{1,5}}(?![\w]|[.,:]\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A number's own label before it that is not a telephone's ("varenummer", "ordrenr.", "størrelse"): the number is
# that thing's. The identifier labels (kontonummer, saksnummer ...) are read by `identifiers` as numbers.
_OTHER_LABEL = re.compile(
    r"(?<![\w-])(?!(?i:telefon|mobil|tlf|jobb|privat|fast|whatsapp|sms))\w+(?i:nummer(?:et)?|nr\.?)(?:[ \t]+(?i:er|var|på))?"
    r"[ \t:]*$|(?<![\w-])(?i:størrelse|str\.|str|side|sidene|rom|linje|buss|trikk|gate|veg|vei)[ \t:]*$")
MIN_DIGITS, MAX_DIGITS = 7, 12
# A flat or a post box and its number before a postcode ("leilighet 304, 3018 Drammen", "Postboks 412, 2302 Hamar").
_UNIT_BEFORE = re.compile(rf"(?:{UNIT_WORD}|(?i:postboks|pb\.))[ \t]*$")
_POSTCODE_LAST = re.compile(r"(?<!\d)\d{4}[ \t]+[A-ZÆØÅ]")
# What a count of people or a measure has after it, beside the units `spoken_numbers` reads.
_COUNT_AFTER = re.compile(r"[ \t]*(?i:innbyggere|mennesker|personer|medlemmer|brukere|kunder|ansatte|elever|studenter"
                          r"|km|kilometer|meter|kg|kilo|tonn|liter|kvadratmeter|kvm|m2|gb|mb)(?![\w])")


def _turn_about_phone(text: str, line_start: int, line_end: int, start: int) -> bool:
    """A telephone word or a call in the turn, or asked about in the turn before; a number in digits alone
    does not make a turn about a telephone here (it is what is being judged)."""
    line = text[line_start:line_end]
    if _PHONE_NEAR.search(line) or PHONE_WORDS.search(line) or _asked_before(text, start):
        return True
    question = text[slice(*line_before(text, line_start))]
    return "?" in question and (_PHONE_NEAR.search(question) is not None or PHONE_WORDS.search(question) is not None)


def _readings(run: list) -> set[str]:
    readings = {""}
    for item in run:
        readings = {r + v for r in readings for v in item.values if len(r + v) <= MAX_DIGITS + 3}
    return readings


def _digits(span: str) -> str:
    return "".join(c for c in span if c.isdigit())


def _ordinary(text: str, start: int, end: int) -> bool:
    """Whether the groups text[start:end] are an amount, a time, a year, a count or another thing's number."""
    span = text[start:end]
    return (_amount_or_time(text, start, end) or _POSTCODE_LAST.search(text, start, min(len(text), end + 3)) is not None
            or _UNIT_BEFORE.search(text, max(0, start - 20), start) is not None or _YEAR.search(span) is not None
            or _UNIT_AFTER.match(text, end) is not None or _COUNT_AFTER.match(text, end) is not None
            or _TIME_BEFORE.search(text, max(0, start - 12), start) is not None
            or _OTHER_LABEL.search(text, max(0, start - 30), start) is not None)


def phone_groups(text: str, found: Iterable[tuple[int, int, str]] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of telephone numbers in figures grouped as said, in a turn about a telephone, or repeating
    the digits of a telephone number found in `found` or here."""
    known = {_digits(text[s:e]) for s, e, kind in found if kind == "phone"}
    for s, e, kind in found:  # a number first said in words: the digits it may say
        if kind == "phone" and not any(c.isdigit() for c in text[s:e]):
            known |= {r for run in _runs(text[s:e], 0) for r in national_readings(run, _readings(run))}
    known = {d[-8:] if d.startswith(("47", "0047")) and len(d) in (10, 12) else d for d in known} | known
    later = []
    for m in GROUPS.finditer(text):
        digits = _digits(m.group(0))
        if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or digits[0] in "01" or _ordinary(text, m.start(), m.end()):
            continue
        line_start, line_end = line_around(text, m.start())
        if _turn_about_phone(text, line_start, line_end, m.start()):
            known.add(digits)
            yield m.start(), m.end()
        else:
            later.append((m.start(), m.end(), digits))
    for start, end, digits in later:  # "I: 904 72 81 06. Takk.": read back with no telephone word
        if digits in known:
            yield start, end
