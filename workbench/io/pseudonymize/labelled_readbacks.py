"""An ID number said again in its own turn after its label, in another grouping or in figures (round 47o).

A speaker gives a number after its label and then reads it again off a screen or a letter, to be sure:
"Organisasjonsnummeret er 9xx xxx xxx. Vent, jeg leser fra skjermen, 9xxxxxxxx, ja."; said first in words,
then in figures: "Organisasjonsnummer ni … åtte. Altså, med tall, 9xxxxxxxx."; or corrected: "… hadde
organisasjonsnummer 9xx xxx xxx, nei, jeg så feil, 9xxxxxxxx". The first form is found after its label
(`identifiers`); the second stands bare, and a bare nine- or eleven-digit run is no identifier by its form.

So, once an ID label (`bare_answers`' labels: organisasjonsnummer, org.nr., fødselsnummer, kontonummer,
saksnummer, …) has given a number found in its turn, a later run of number tokens in the same turn, in any
grouping, figures or words (`asked_answers`' tokenizer), is the same identifier when it says the same digits;
after an organisation-number label, a nine-digit run that passes the organisation number's mod-11 check is the
number put right when a correction or a reading frame (`vent`, `nei`, `jeg leser`, `altså`, `jeg sa det
riktig`, `jeg så feil`) stands between the two. The same digits opening the next turn (the listener reading it
back) are the same identifier too (`asked_answers`' read-back).

What stays: an amount or a count read twice with no ID found before it in the turn ("Husleia er 18 500. …
18500."), a different number after a label with no correction frame, and any run with a unit or a price
beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.io.pseudonymize.asked_answers import _id_value, _read_back, _values
from workbench.io.pseudonymize.bare_answers import _ID_LABEL
from workbench.io.pseudonymize.checksums import valid_orgnr
from workbench.io.pseudonymize.work_frames import line_around

_KINDS = ("number", "idnumber")
_ORG_LABEL = re.compile(r"(?i:org)")
# Between a number and the same number put right or read again: a correction or a reading frame.
_FRAME = re.compile(r"(?<![\w])(?i:vent|nei|unnskyld|beklager|altså|jeg\s+leser|leser\s+fra|jeg\s+sa\s+det"
                    r"|jeg\s+så\s+feil|feil|riktig|mener)(?![\w])")
# How far before the number its label may stand in the turn.
_LABEL_REACH = 80


def _digits(text: str, start: int, end: int) -> str:
    return "".join(v.digits() for v in _values(text, start, end))


def said_again(text: str, found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of a number said again later in the turn of a labelled ID number found, or read back
    opening the next turn: the same digits in another grouping, or a valid organisation number after a
    correction frame."""
    found = list(found)
    taken = [(s, e) for s, e, _k in found]
    for start, end, kind in found:
        if kind not in _KINDS:
            continue
        line_start, line_end = line_around(text, start)
        labels = list(_ID_LABEL.finditer(text, max(line_start, start - _LABEL_REACH), start))
        if not labels:
            continue
        digits = _digits(text, start, end)
        if len(digits) < 6:
            continue
        org = _ORG_LABEL.match(labels[-1].group(0)) is not None
        after = end
        for value in _values(text, end, line_end):
            if any(s < value.end and value.start < e for s, e in taken) or not _id_value(value, text):
                continue
            said = value.digits()
            if said == digits or (org and valid_orgnr(said) and _FRAME.search(text, after, value.start)):
                yield value.start, value.end, kind
                taken.append((value.start, value.end))
                after = value.end
        for s, e in _read_back(text, line_end, lambda v, d=digits: v.digits() == d):
            if not any(a < e and s < b for a, b in taken):
                yield s, e, kind
