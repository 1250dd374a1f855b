"""A fødselsnummer or D-nummer said in two parts: the date part, a joining phrase, then the five digits (round 27n).

Read off a card, the number comes as it is printed, in two blocks, and the speaker says what joins them:
"270294, og så 18786", "140688, og deretter 84226", "580791 pluss 82751", "17 03 99, og til slutt 547 29".
Or the speaker stops after the date part and gives the rest in the next turn, after the listener's "Ja?".
`identifiers.ID_NUMBER` reads the two blocks only side by side. Here the six digits (or three pairs) and the
five (or three and two) are one number when a joining phrase stands between them (`og så`, `og deretter`,
`og til slutt`, `og etterpå`, `og resten`, `pluss`, `så`, a pause or a full stop) or when the five open one of the next two
turns after a turn that ends with the six; in every case the eleven digits must make a fødselsnummer or
D-nummer with a right date and both control digits right, so a price and a count split with `og så` stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_DATE_PART = r"(?:\d{6}|\d\d[ \t.]\d\d[ \t.]\d\d)"
_REST = r"(?:\d{5}|\d{3}[ \t]\d{2}|\d{2}[ \t]\d{3})"
_FILLER = r"(?:(?i:eh|ehm|øh|æh|hm)[ \t,]+)?"
_JOIN = (r"(?:,|\.|[ \t]*(?:–|—|-|\.\.\.|…))?[ \t]+" + _FILLER +
         r"(?:(?i:og[ \t]+(?:så|deretter|til[ \t]+slutt|etterpå|resten|de[ \t]+(?:fem[ \t]+)?siste)|pluss|så|deretter"
         r"|resten|og)(?:[ \t]+(?i:er|blir))?[ \t,:]*[ \t]" + _FILLER + r")?")
SPLIT_ID = re.compile(rf"(?<![\w.,/-])({_DATE_PART}){_JOIN}({_REST})(?![\w/-]|[.,]\d)")
# The date part ending a turn, and the rest opening a later one (after its speaker's label).
_DATE_AT_END = re.compile(rf"(?<![\w.,/-])({_DATE_PART})(?![\w/-]|[.,]\d)[ \t]*[.,!?]?[ \t]*$")
_REST_AT_START = re.compile(rf"(?:[^:\n]{{0,40}}:)?[ \t]*(?:(?i:(?:og[ \t]+)?(?:så|deretter|resten|til[ \t]+slutt"
                            rf"|de[ \t]+(?:fem[ \t]+)?siste(?:[ \t]+sifrene)?)(?:[ \t]+(?:er|blir))?)[ \t,:]+)?({_REST})"
                            rf"(?![\w/-]|[.,]\d)")


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def split_ids(text: str, valid: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of fødselsnumre said in two parts: the whole span when both stand in one turn, each part
    when the rest opens a later turn; `valid` checks the eleven digits."""
    for m in SPLIT_ID.finditer(text):
        if valid(_digits(m.group(1)) + _digits(m.group(2))):
            yield m.start(1), m.end(2)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    for i, (start, end) in enumerate(lines):
        first = _DATE_AT_END.search(text, start, end)
        if first is None:
            continue
        for later_start, later_end in lines[i + 1:i + 3]:
            rest = _REST_AT_START.match(text, later_start, later_end)
            if rest is not None and valid(_digits(first.group(1)) + _digits(rest.group(1))):
                yield first.start(1), first.end(1)
                yield rest.start(1), rest.end(1)
                break
