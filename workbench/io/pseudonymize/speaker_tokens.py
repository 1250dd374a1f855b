"""Speaker tokens of automatic transcripts written without a colon ("[00:00:09] spk2 ja det er greit …").

Held-out 92 (measured once at 36006cc) marked each turn of a caseless automatic transcript with `spk1`/`spk2` and
no colon. The caseless rules read `spk`, a word the dictionary does not know at a turn's start, as a name, at every
turn: ten false replacements in its control, 8.99 per 1,000 words. Policy, by shape: a token of letters glued to a
number (`spk1`, `speaker2`, `S1`, `tal3`) that opens at least two lines, right after the line start or a time
code, is the transcript's speaker mark, not a name; a find of its letters there is dropped. A word that opens only
one line, or a name glued to no number ("[00:00:09] kari ja det er greit"), is not such a mark and keeps its find.
"""

from __future__ import annotations

import re
from collections import Counter

from workbench.io.pseudonymize.spans import droppable

# Line start, an optional time code in brackets, parentheses or bare, then letters glued to a number and a space.
_OPENER = re.compile(r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?[ \t]+)?"
                     r"(?P<letters>[A-Za-zÆØÅæøå]{1,10})(?P<number>\d{1,2})(?=[ \t:.,])", re.M)


def speaker_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the letters of speaker tokens that open two lines or more, with any number."""
    openers = list(_OPENER.finditer(text))
    counts = Counter(m.group("letters").casefold() for m in openers)
    return [m.span("letters") for m in openers if counts[m.group("letters").casefold()] >= 2]


def apply(text: str, found: list) -> list:
    """`found` without names, places or organisations found in the letters of a speaker token."""
    marks = set(speaker_marks(text))
    if not marks:
        return found
    return [f for f in found if not (droppable(f) and (f[0], f[1]) in marks)]
