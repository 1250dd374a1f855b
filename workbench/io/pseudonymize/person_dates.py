"""A date tied to a person by a possessive, with no birth word (round 37).

"Jeg skrev datoen hennes på invitasjonen, 17.04.1968": the date a form asks of a relative is her date of
birth, though no `født` or `bursdag` says so. A whole date is a birth date here when the sentence holding it
ties a date to a person (`datoen hennes`, `datoen hans`, `datoen sin`, `datoen til mamma`, `hennes dato`) and
its year lies 18 to 100 years before the interview year, so it is an adult's. What stays: a date with no
possessive tie (`kontrakten fra 01.03.2019`, `bygget 12.05.1968`), a recent one (`datoen hennes for
timen, 03.02.2026`), and any date `birth_contexts` already leaves for an event word before it reaches here.

Round 38c: an age ties a date too. "Yngste datter, Hodan, fyller fem i mars (04.03.2021)": a whole date in a
sentence that gives someone's age (`fyller fem`, `fylte 40`, `blir tre`, `er to år`, `ti år gammel`) is the
date of birth when its year agrees with that age (the interview year less the age, give or take one year, as
the birthday may be past or to come). A date beside an age that does not agree with it (`blir ti, og skolen
startet 15.08.2022`) stays, and so does any date an event word leaves.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.birth_turns import _THIS_YEAR
from workbench.io.pseudonymize.spoken_numbers import _said_value

_KIN = r"(?:mamma|mor|moren|pappa|far|faren|bror|broren|søster|søsteren|kona|mannen|svigermor|svigerfar|bestemor|bestefar|tante|onkel|datteren|sønnen)"
_TIED = re.compile(
    r"(?<![\w-])(?:(?i:dato(?:en)?[ \t]+(?:hennes|hans|sin|deres|til[ \t]+" + _KIN + r"))"
    r"|(?i:dato(?:en)?[ \t]+til)[ \t]+[A-ZÆØÅ][a-zæøå]+|(?i:(?:hennes|hans|sin)[ \t]+dato))(?![\w-])")
_YEAR = re.compile(r"((?:19|20)\d\d)\W*$")


def tied_date(sentence: str, date: str) -> bool:
    """Whether `date` (a whole date) in `sentence` is a person's date of birth by a possessive tie."""
    year = _YEAR.search(date)
    if year is None or not _TIED.search(sentence):
        return False
    return 18 <= _THIS_YEAR - int(year.group(1)) <= 100


# An age: `fyller fem`, `fylte 40`, `blir tre`, `ble 12 år`, `er to år`, `ti år gammel`.
_AGE = re.compile(r"(?<![\w-])(?:(?i:fyller|fylte|blir)[ \t]+(\w+)(?![\w-])"
                  r"|(?i:er|var|ble)[ \t]+(\w+)[ \t]+(?i:år)(?![\w-])"
                  r"|(\w+)[ \t]+(?i:år[ \t]+gammel|år[ \t]+gamle)(?![\w-]))")


def _age(word: str) -> int | None:
    low = word.casefold()
    if low.isdigit():
        return int(low) if len(low) <= 3 else None
    said = _said_value(low)
    return int(said[0]) if said is not None else None


def aged_date(sentence: str, date: str) -> bool:
    """Whether `date` (a whole date with a four-figure year) in `sentence` is a date of birth by an age the
    sentence gives, the year agreeing with it."""
    year = _YEAR.search(date)
    if year is None:
        return False
    years = _THIS_YEAR - int(year.group(1))
    for m in _AGE.finditer(sentence):
        age = _age(next(g for g in m.groups() if g is not None))
        if age is not None and years >= 0 and abs(years - age) <= 1:
            return True
    return False
