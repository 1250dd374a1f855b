"""Birth dates said in words, as a verbatim transcript writes them down.

"Født tjuetredje juli, nittenåttifire" is the same identifier as "født 23.07.1984", but no digit pattern
sees it. After `født`/`fødd`/`fødselsdato`, an ordinal day said in words (første … trettiførste, in the
`tjue`/`tyve`/`tretti` forms, joined or apart) and a month make a date; a year after them, in words
("nittenåttifire", "nitten hundre og åttifire", "to tusen og tre") or digits, belongs to it. Fillers
and dashes may stand between the parts ("født — eh, født fjortende mars, eh, nitten nittito"), as
people say them.

A month alone ("født i juli") and a year said as a count are no date: the ordinal day is required.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_UNIT_ORDINALS = "første|andre|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende"
_TEEN_ORDINALS = ("tiende|ellevte|tolvte|trettende|fjortende|femtende|sekstende|syttende|attende|nittende"
                  "|tjuende|tyvende|trettiende")
_ORDINAL = rf"(?:(?:tjue|tyve)[ \t-]?(?:{_UNIT_ORDINALS})|tretti[ \t-]?første|{_TEEN_ORDINALS}|{_UNIT_ORDINALS})"
_MONTH_NAME = r"(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)"
# The month as an ordinal after `i` ("den fjortende i andre", "tjueandre i sjuende"), as people say dates too.
_MONTH_ORDINAL = r"(?:første|andre|annen|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende|ellevte|tolvte)"
_MONTH = rf"(?:{_MONTH_NAME}|(?<=i[ \t]){_MONTH_ORDINAL}(?![\w]))"
_ONES = r"(?:en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)"
_TEENS = r"(?:ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)"
_TENS = r"(?:tjue|tyve|tretti|tredve|førti|femti|seksti|sytti|åtti|nitti)"
_TWO = rf"(?:{_TENS}(?:[ \t-]?{_ONES})?|{_TEENS}|{_ONES})"
_YEAR_WORDS = (rf"(?:(?:nitten|atten)[ \t-]?(?:hundre[ \t]+og[ \t]+)?{_TWO}"
               rf"|to[ \t-]?tusen(?:[ \t-]?og)?(?:[ \t-]?{_TWO})?"
               rf"|{_TENS}(?:[ \t-]?{_ONES})?)")
_YEAR = rf"(?:{_YEAR_WORDS}|(?:19|20)\d\d|[-'’]\d\d)"
# Between the parts: a comma, a dash or a pause, and fillers ("eh", "øh").
_SEP = r"(?:[ \t,—–…-]|\.\.\.)+(?:(?:eh|øh|ehm|hm+)(?:[ \t,—–…-]|\.\.\.)+)*"
# A date in words: an ordinal day, the month by name or as an ordinal after `i`, and a year if said.
DATE_IN_WORDS = rf"(?:den[ \t]+)?{_ORDINAL}{_SEP}(?:i[ \t]+)?{_MONTH}(?:{_SEP}(?:i[ \t]+)?{_YEAR})?"
SPOKEN_BIRTH_DATE = re.compile(
    rf"(?<![\w-])(?:født|fødd|fødselsdato(?:en)?)(?![\w-])[^\n.!?]{{0,40}}?(?<![\w-])({DATE_IN_WORDS})(?![\w])", re.I)


def spoken_birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each birth date said in words after a birth word: the day, the month, the year."""
    for m in SPOKEN_BIRTH_DATE.finditer(text):
        start = m.start(1)
        if text[start:start + 4].casefold() == "den ":
            start += 4
        yield start, m.end(1)
