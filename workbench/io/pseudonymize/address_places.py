"""A neighbourhood or a place named beside a street address on an address line (round 38c).

A note of an address often puts the part of town first and the street after it, or the street first and the
part of town after it: "- Adresse verksted: Kvadraturen, Tordenskjolds gate 9.", "Besøksadresse: Lademoen,
Innherredsveien 27", "Ny adresse: Jernbanegata 4, Loddefjord." The street address is found by its form; the
neighbourhood beside it is one capitalised name that no gazetteer need know, and it narrows the address as a
postcode's place does. So, on a line whose label names an address (`Adresse`, `Besøksadresse`, `Ny adresse`,
`Adresse verksted:`, `adressen er`):

* one to three capitalised words right after the label and before a comma that a found street address follows;
* one to three capitalised words right after a found street address and a comma, ending the sentence or line.

What stays: a word that says no place (`Sentrum`, `Hjemme`, `Privat`: a dictionary word not in a definite form;
`Kvadraturen`, `Bakklandet` are definite forms, as names of parts of town often are), and any such word on a line
with no address label or no address found beside it ("Adresse: Ukjent, Sentrum kanskje").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_NAME = r"[A-ZÆØÅ][\w'’-]*(?:[ \t][A-ZÆØÅ][\w'’-]*){0,2}"
# The label of an address line up to where its content starts: "- Adresse verksted:", "Ny adresse:", "adressen er".
_LABEL = re.compile(r"(?<![\w-])(?i:\w*adresse\w*|\w*adressa)(?:[ \t]+[\w-]+){0,2}[ \t]*(?::|[ \t](?i:er|var))[ \t]*")
_BEFORE = re.compile(rf"({_NAME})[ \t]*,[ \t]*$")
_AFTER = re.compile(rf"[ \t]*,[ \t]*({_NAME})(?=[ \t]*(?:[.;!?)]|$))", re.M)
_DEFINITE = re.compile(r"(?:en|et|a|ene|na)$")


def _place_word(name: str) -> bool:
    """Whether a capitalised name beside an address can be a place: not a dictionary word in its indefinite form."""
    from workbench.io.pseudonymize import gazetteer as gaz
    from workbench.io.pseudonymize import rules

    words = name.split()
    if len(words) == 1:
        low = words[0].casefold()
        if low in gaz.NEVER or rules.public(low):
            return False
        if rules.known_word(low) and not (_DEFINITE.search(low) and len(low) > 5):
            return False
    return True


def address_places(text: str, addresses: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of places named beside a street address on an address line."""
    for start, end in addresses:
        line_start = text.rfind("\n", 0, start) + 1
        label = None
        for m in _LABEL.finditer(text, line_start, start):
            label = m
        if label is None:
            continue
        before = _BEFORE.match(text, label.end(), start)  # the name fills the line from the label to the comma
        if before is not None and _place_word(before.group(1)):
            yield before.start(1), before.end(1)
        after = _AFTER.match(text, end)
        if after is not None and _place_word(after.group(1)) and not text[label.end():start].strip(" \t,"):
            yield after.start(1), after.end(1)
