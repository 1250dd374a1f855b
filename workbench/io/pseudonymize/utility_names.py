"""One-word names of power, grid and water companies, where someone works or has served some years.

Regional utilities are named in one word of a place or an old name and the trade: "Glitrevannverket",
"Eidsivaverket", "Tafjordkraft", "Vardenett", "Lyseenergi". The name is no dictionary word and no listed firm,
and the word rules take it for a place or leave it, so "jeg har vært i Glitrevannverket i snart tjue år" kept an
employer of a few hundred people in one region. Such a word is an organisation where the work or tenure frames
of `public_bodies` and `tenure_frames` stand right before it ("jobbet i Tafjordkraft i ni år", "seks år i
Vardenett", "har vært i Eidsivaverket"), where an occupation does ("montør i"), or where a duration follows it
("i Lyseverket i ti år"), and is then found again at its other mentions.

What stays: the trade words themselves and their compounds of a common word ("kraftverket", "vannverket",
"Energiverket", "Hovednettet", "Fjernvarmeverket"), any word the dictionary knows, and a visit ("var i
Lyseverket på omvisning").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.body_employers import occupation_before
from workbench.io.pseudonymize.public_bodies import work_before
from workbench.io.pseudonymize.tenure_frames import tenure_before

_TRADES = ("vannverket", "vannverk", "elverket", "elverk", "energiverk", "energiverket", "kraftlag", "kraftlaget",
           "verket", "verk", "energi", "kraft", "nett", "everk", "everket")
_UTILITY = re.compile(r"(?<![\w@.-])([A-ZÆØÅ][a-zæøå]{2,}?)(" + "|".join(sorted(_TRADES, key=len, reverse=True))
                      + r")(?![\w-])")
# Stems that make a common compound, no name: "Kraftverket", "Hovednettet", "Strømnett", "Sagverket".
_COMMON_STEMS = frozenset("""
vann kraft el energi strøm varme fjernvarme gass nett hoved lokal kommune by stats regional sag stål tre papir
bryggeri jern smelte gruve kalk tegl sol vind bio dampkraft damp atom kull olje fiber data mobil bredbånd
""".split())
_DURATION_AFTER = re.compile(r"[ \t]+i[ \t]+(?:snart[ \t]+|nesten[ \t]+|over[ \t]+|godt[ \t]+)?(?:\d+|et|ett|to|tre|fire"
                             r"|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tyve|tretti|mange|noen|flere)"
                             r"[ \t]+(?:år|måneder)(?![\w-])")
_VISIT_AFTER = re.compile(r"[ \t]+(?:på[ \t]+(?:omvisning|besøk|tur|ekskursjon)|for[ \t]+å)(?![\w-])")


def _utility(m: re.Match[str]) -> bool:
    word = m.group(0)
    stem = m.group(1).casefold()
    return stem not in _COMMON_STEMS and not lexicon.known_word(word.casefold())


def utility_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:body-employer") for a one-word utility name in a work or tenure frame."""
    out = []
    for m in _UTILITY.finditer(text):
        if not _utility(m) or _VISIT_AFTER.match(text, m.end()):
            continue
        start = m.start()
        prep = re.search(r"(?<![\w-])(?:i|hos|for|ved|på)[ \t]+$", text[max(0, start - 6):start])
        if tenure_before(text, start) or work_before(text, start) or occupation_before(text, start) \
                or (prep is not None and _DURATION_AFTER.match(text, m.end())):
            out.append((start, m.end(), "org", "rule:body-employer"))
    return out
