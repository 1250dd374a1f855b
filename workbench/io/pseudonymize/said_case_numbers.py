"""A case number given with its case and no label word: "Saken hos UDI har nummer 23/1187042" (round 33n).

`identifiers.CASE_NUMBER` reads an archive number by its shape (two or four year digits, a slash and three to
six digits: `24/03317`), and `LABELLED` any number after `saksnummer`. A body that numbers its cases with
more digits after the slash (`23/1187042`) falls outside the shape, and a speaker who says `saken … har
nummer` gives no label word. Here, in a sentence about someone's case (`sak`, `saken`, `saka`, `klagesaken`,
`søknaden`, `vedtaket`), a number of digits with a slash after `nummer`/`nummeret`/`nr.` (and `er`, `har`
or a colon) is the case number. An agenda item (`Sak 14/25: Budsjett`), a fraction (`50/50`, `3/4`), a place on
a list (`saken har nummer 4 på sakslista`) and a number with no case word before it stay.

Round 34i: the case word may end a compound with a body's name (`UDI-saken har nummer`), and a body that writes
its year and number with a hyphen (`24-0087361`: two year digits, a hyphen, five to eight digits) gives a case
number as much as one with a slash; a hyphenated number of another length (`2-3`, `10-12`) stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

SAID_CASE_NUMBER = re.compile(
    r"(?<![\w])(?i:sak|saken|saka|saki|klagesak|klagesaken|klagesaka|søknaden|vedtaket)"
    r"(?![\w-])[^\n.!?]{0,60}?(?<![\w-])(?i:nummer|nummeret|nr\.?|referanse|referansen|referansenummer(?:et)?)"
    r"(?:[ \t]+(?i:er|var|blir))?[ \t:]+((?:19|20)?\d{2}/\d{3,9}(?:-\d{1,3})?|(?:19|20)?\d{2}[-–]\d{5,8})(?![\w/-]|[.,]\d)")


def said_case_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "number") for a case number after `nummer` in a sentence about a case."""
    for m in SAID_CASE_NUMBER.finditer(text):
        yield m.start(1), m.end(1), "number"
