"""Birth dates given after a birth word, for finding the same date written again later (round 51r).

Held-out 51 gave a birth date in words and then as the speaker wrote it on a form: "født fjerde i ellevte
syttini. På søknadsskjemaet skrev jeg 04/11/1979". `birth_contexts` weighs a whole date against the dates an ID
number holds; a date said after `født`, `fødd` or `fødselsdato` is as good a source. This module gives the
strings of those dates, in words (`spoken_dates`) or in figures (`birth_answers.DATE`), for `birth_contexts` to
read; a later date with the same day, month and year, day first, month first or year first, is the same birth
date, whatever the sentence is about (an application form, a CV).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.birth_answers import DATE
from workbench.io.pseudonymize.spoken_dates import spoken_birth_dates

_BORN = re.compile(r"(?<![\w-])(?i:født|fødd|fødselsdato(?:en)?|fødselsdagen)(?![\w-])[^\n.!?]{0,40}?$")


def said_births(text: str) -> Iterator[str]:
    """The birth dates given after a birth word in `text`, as written: in words or in figures."""
    for start, end in spoken_birth_dates(text):
        yield text[start:end]
    for m in DATE.finditer(text):
        if _BORN.search(text, max(0, m.start() - 60), m.start()):
            yield m.group(0)
