"""A place after an adverb of place and a preposition: "i kjelleren hjemme på Hana", "her i Hauge" (round 44o).

Where someone lives or works is often said with an adverb before the preposition: `hjemme på`, `hjemme i`, `her på`,
`her i`, `oppe på`, `oppe i`, `nede på`, `nede i`, `ute på`, `ute i`, `borte på`, `borte i`. The keep rules let a word
after `bor på` or `barn fra` be a place though it is also a tool's name (`Hana`, the neighbourhood, is SAP's `HANA`),
but not after these frames, so "Før var det i kjelleren hjemme på Hana" lost the place.

Here one capitalised word after such a frame that the project's lists know as a place, a given name or a surname (a
neighbourhood named like a person: `Hana`, `Lia`, `Rosa`, `Berg`) is no tool. Ordinary words after the same frames
("hjemme på kjøkkenet", "her på jobben", "oppe på loftet", "ute på tur") are no finds to begin with, and apps and
services no list knows as a name ("her på Teams", "hjemme på Facebook") stay tools.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

_FRAME = re.compile(r"(?<![\w-])(?i:hjemme|heime|her|oppe|oppi|nede|nedi|ute|borte)[ \t]+(?i:på|i)[ \t]+$")


def home_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one listed place or name word right after an adverb-and-preposition frame."""
    word = text[start:end]
    if " " in word.strip() or not word[:1].isupper() or _FRAME.search(text, max(0, start - 20), start) is None:
        return False
    return any(rules.listed(word, names) for names in (gaz.PLACES, gaz.GIVEN_NAMES, gaz.SURNAMES))
