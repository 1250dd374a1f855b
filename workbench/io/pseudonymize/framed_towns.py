"""Listed Norwegian towns after a place frame, though the dictionary reads them as compounds (round 35p).

Many Norwegian town and municipality names split into dictionary words (`Hammerfest`: hammer + fest,
`Lillehammer`, `Kongsberg`, `Steinkjer`), and some are words themselves (`Moss`, `Hamar`, `Mandal`, `Ås`). The
keep rules read the form of such a word to tell a tool, an event or a portal that identifies nobody: a word
ending in `-fest`, `-marked` or `-cup` is a festival, fair or tournament everyone may go to ("Olavsfest",
"Høstfest"). `Hammerfest` took that form, so "som bor i Hammerfest" lost its town in both pipelines, the
model's find too.

Here a word of the project's Norwegian place lists (`gazetteer.PLACES` without the world lists, and without the
names that are also everyday words or given names, `gazetteer.AMBIGUOUS`: "Vik", "Frøya") right after a place
preposition (`i`, `fra`, `til`, `på`, as in `bor i`, `bodde i`, `flyttet til`, `er fra`; also the second town of
a list, "i Alta og Hammerfest") is a place whatever its form says, and the keep rules leave it. A compound that
no list names stays a word ("på Høstfest", "fra Julemarkedet"), and so does a listed town with no frame.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, world_places

_NORWEGIAN = gaz.PLACES - world_places.COUNTRIES - world_places.CITIES - gaz.AMBIGUOUS
_PREPOSITION = r"(?<![\w-])(?i:i|fra|til|på)[ \t]+"
_FRAME = re.compile(rf"{_PREPOSITION}(?:[A-ZÆØÅ][\w-]*(?:,[ \t]*|[ \t]+(?:og|eller)[ \t]+))?$")


def framed_town(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one listed Norwegian town after `i`, `fra`, `til` or `på`."""
    word = text[start:end].strip()
    return " " not in word and word[:1].isupper() and lexicon.listed(word, _NORWEGIAN) \
        and _FRAME.search(text, max(0, start - 60), start) is not None
