"""A date tied to a person by a possessive, with no birth word (round 37).

"Jeg skrev datoen hennes på invitasjonen, 17.04.1968": the date a form asks of a relative is her date of
birth, though no `født` or `bursdag` says so. A whole date is a birth date here when the sentence holding it
ties a date to a person (`datoen hennes`, `datoen hans`, `datoen sin`, `datoen til mamma`, `hennes dato`) and
its year lies 18 to 100 years before the interview year, so it is an adult's. What stays: a date with no
possessive tie (`kontrakten fra 01.03.2019`, `bygget 12.05.1968`), a recent one (`datoen hennes for
timen, 03.02.2026`), and any date `birth_contexts` already leaves for an event word before it reaches here.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.birth_turns import _THIS_YEAR

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
