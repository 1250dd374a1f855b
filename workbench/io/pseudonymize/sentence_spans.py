"""The model's entities cut where a sentence ends inside them (round 39n).

The full pipeline's model now and then runs an entity over a sentence end: in "Tre ting. Jobb som farmasøyt"
it takes `ting. Jobb` for a name, and the filter of its finds (`pseudonymizer._ner_finds`) only trims ordinary
words from the front of an entity at a sentence start, so an entity that starts inside the first sentence keeps
the ordinary word opening the next. No name runs over a full stop after a lower-case word, or over a line break:
each entity is cut there into its sentences' parts, and each part is judged alone as an entity of the same
label (`ting` holds no capital; `Jobb` opening a sentence is an ordinary word). A full stop after an
abbreviation ("ca.", "gt.", "vgs.") or after a capital, an initial or an acronym ("Dr. Hansen", "A. Berg",
"Mester AS. Jobb" aside) is no sentence end here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

# A sentence end inside an entity: a full stop, `!` or `?` after a lower-case word, then a capital; or a line break.
_END = re.compile(r"(?<=[a-zæøåéü]{3})[.!?]+[»\"”)]?[ \t]+(?=[«\"(]?[A-ZÆØÅ])|[ \t]*\n\s*")
_ABBREVIATIONS = frozenset("""
gt vn ca osv dvs mfl eks tlf avd ref inkl ekskl evt vgs nr pr jf bl kl adr att mob stud jr sr
""".split())


class Piece(NamedTuple):
    """A part of an entity, with the attributes the model's filter reads."""

    start_char: int
    end_char: int
    label_: str


def split_ents(text: str, ents: Iterable[Any]) -> Iterator[Piece]:
    """Each entity (with `start_char`, `end_char`, `label_`) as it is, or cut into parts at the sentence ends
    inside it."""
    for ent in ents:
        start = ent.start_char
        for m in _END.finditer(text, ent.start_char, ent.end_char):
            word = re.search(r"[\wæøå]+$", text[start:m.start()])
            if word is not None and word.group(0).casefold() in _ABBREVIATIONS:
                continue
            if m.start() > start:
                yield Piece(start, m.start(), ent.label_)
            start = m.end()
        if ent.end_char > start:
            yield Piece(start, ent.end_char, ent.label_)
