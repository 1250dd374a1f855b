"""Two-digit number words as speakers say them: the old counting, dialect and nynorsk tens (round 25n).

`spoken_numbers` reads a number word as a digit, a teen, or a ten with its one after it ("førtiåtte"). A
telephone number dictated in pairs is also said the old way, the one before the ten and `og` between them,
glued or apart ("åtteogtredve", "niogtredve", "femogtyve", "sju og femti", "to-og-førti"), and with the tens
as a dialect or nynorsk transcript spells them ("sjuttito", "søttifem", "tjugeein", "fyrtiåtte"). These words
give `spoken_numbers._said_value` and `_runs` their digits, so the numbers they make are read as any other.

A count said the old way is still a count: the rules that read a number find a unit after it ("sju og femti
elever", "femogtjue kroner"), a clock word before it, or a counting row, as before.
"""

from __future__ import annotations

import re

_ONES = {"en": 1, "ein": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7,
         "åtte": 8, "ni": 9}
# Every spelling of a round ten a transcript may have: bokmål, older (tyve, tredve), nynorsk (tjuge) and dialect
# (sjutti, søtti, fyrti).
TENS = {"tjue": 20, "tyve": 20, "tjuge": 20, "tretti": 30, "tredve": 30, "førti": 40, "fyrti": 40, "femti": 50,
        "seksti": 60, "sytti": 70, "sjutti": 70, "søtti": 70, "åtti": 80, "nitti": 90}
# The tens `spoken_numbers` does not know: a ten alone, or a ten and its one glued ("sjuttito").
EXTRA_TENS = {w: v for w, v in TENS.items() if w not in
              ("tjue", "tyve", "tretti", "tredve", "førti", "femti", "seksti", "sytti", "åtti", "nitti")}
_ONE_WORD = "|".join(sorted(_ONES, key=len, reverse=True))
_TEN_WORD = "|".join(sorted(TENS, key=len, reverse=True))
# The old counting glued: a one, `og`, a ten ("åtteogtredve", "enogtjue", "to-og-førti").
_OLD_GLUED = re.compile(rf"({_ONE_WORD})-?og-?({_TEN_WORD})")
# The old counting apart: "sju og femti", "fem og tjue" (a hyphen or spaces around `og`).
OLD_APART = re.compile(rf"(?<![\w-])(?i:({_ONE_WORD})(?:[ \t]+og[ \t]+|-og-)({_TEN_WORD}))(?![\w-])")


def extra_value(word: str) -> tuple[str, bool, bool] | None:
    """The digits of a number word the bokmål reader does not know, as `spoken_numbers._said_value` gives them
    (digits, a lone digit, a round ten); None for no number word."""
    low = word.casefold()
    glued = _OLD_GLUED.fullmatch(low)
    if glued:
        return str(TENS[glued.group(2)] + _ONES[glued.group(1)]), False, False
    if low in EXTRA_TENS:
        return str(EXTRA_TENS[low]), False, True
    for ten, value in EXTRA_TENS.items():
        if low.startswith(ten) and low[len(ten):] in _ONES:
            return str(value + _ONES[low[len(ten):]]), False, False
    return None


def old_apart(line: str) -> dict[int, tuple[int, str]]:
    """Where in a line a two-digit number is said the old way in words apart ("sju og femti"): its start ->
    (its end, its digits)."""
    return {m.start(): (m.end(), str(TENS[m.group(2).casefold()] + _ONES[m.group(1).casefold()]))
            for m in OLD_APART.finditer(line)}
