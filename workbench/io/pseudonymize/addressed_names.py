"""A short name said to someone present, opening a question or a request: `Sigge, du skulle si noe …?` (round 50p).

In a group session the programme leader turns to each person by name: `Tobbe, har du noe å legge til?`, `Bibbi, hva
tenker du om kurset?`, `Gurra, kan du sende dem videre i dag?`. Nicknames and short names like these are in no name
list and the word rules leave a capitalised word at a sentence start. A word that opens a sentence, a turn or a
quotation, is followed by a comma and, within three words, by `du` or `dere`, in a sentence that ends in a question
mark or asks with `kan du`, `vil du`, `må du`, is a person addressed, when it is no common Norwegian or English word
(or a listed first name that is not very common as a word). `round 33o`'s `short_vocatives` finds only short forms of
names found elsewhere; this finds the name alone, and `propagate.found_again` finds it again in the text.

What stays: role and kinship words (`Mentor, kan du …?`, `Mamma, kan du …?`, `Sjef, har du tid?`), and ordinary words
before a comma (`Greit, du kan begynne.`, `Altså, kan du gjenta?`, `Vent, du sa tre uker?`, `Takk, du er snill.`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules

_VOCATIVE = re.compile(r"(?:^[ \t]*|(?<=[.!?:«\"])[ \t]*)(?P<w>[A-ZÆØÅ][a-zæøåäöüéèáíóúñ]{2,9}),[ \t]+"
                       r"(?P<rest>[^.!?\n]*)(?P<end>[.!?]|$)", re.M)
_ADDRESSED = re.compile(r"(?:[\w'’]+[ \t]+){0,3}?(?:du|dere)(?![\w'’])")
_REQUEST = re.compile(r"(?:kan|kunne|vil|ville|må|gidder|skal)[ \t]+(?:du|dere)(?![\w'’])")


def _addressable(word: str) -> bool:
    low = word.casefold()
    if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS or low in gaz.POSSESSIVES \
            or low in rules.FILLERS or rules.public(low) or (lexicon.english_zipf(low) or 0.0) >= 4.0:
        return False
    given = rules.listed(word, gaz.GIVEN_NAMES)
    if given:
        return not rules.frequent(low, 4.0)
    return not rules.frequent(low, 3.0) and not rules.listed(word, gaz.PLACES)


def addressed_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", "rule:name") for a name said to someone, opening a question or a request."""
    out = []
    for m in _VOCATIVE.finditer(text):
        rest = m.group("rest")
        if not _ADDRESSED.match(rest) or not (m.group("end") == "?" or _REQUEST.match(rest)):
            continue
        if _addressable(m.group("w")):
            out.append((m.start("w"), m.end("w"), "person", "rule:name"))
    return out
