"""Sports clubs named with a number or as a firm's customer: "Sarpsborg 08", "Lyn 1896", "Start".

A club is often named after its town with its founding year or a short number ("Sarpsborg 08",
"Stabæk 1912"); the rules took the town for a place and left the number, which, with the town, names
the club. Where a sentence puts work there (see `work_frames`: a customer, the kit washed, a kiosk
job), the town and the number are one organisation. A club whose name is a common word ("Start",
"Brann", "Odd", "Lyn") is one only so capitalised in such a sentence.

A result ("vant 2–0") and a town alone ("i Sarpsborg") stay as they are.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.lexicon import CALENDAR
from workbench.io.pseudonymize.work_frames import sentence_around, work_sentence

# A capitalised word and a club's number: two digits with a leading zero, or a founding year before 1950
# (a later year after a town is when someone lived or worked there: "jobbet i Bergen 1998").
_NUMBERED = re.compile(r"(?<![\w@.-])([A-ZÆØÅ][a-zæøå]+(?:[ \t-][A-ZÆØÅ][a-zæøå]+)?)[ \t]+(0\d|18[5-9]\d|19[0-4]\d)(?![\w:/–-]|[.,]\d)")
_NUMBERED_THINGS = frozenset("rom side kapittel nummer nr linje buss trikk trinn klasse gate vei sal post punkt"
                             " modul runde uke år bok del steg nivå plass".split())
# Clubs whose names are common words, before a verb or a comma ("Start er også kunde hos oss").
_WORD_CLUB = re.compile(r"(?<![\w@.-])(Start|Brann|Odd|Lyn|Viking|Bryne|Hødd)(?=[ \t]*[,.]|[ \t]+(?:er|var|har|hadde|og)(?![\w-]))")
_CUSTOMER = re.compile(r"(?<![\w-])(?i:kunde(?:n|r|ne)?|draktene|drakter|sponsor|klubben|vasker|leverer)(?![\w-])")


def club_finds(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for clubs with a number, and word-named clubs, in a work sentence."""
    out = []
    for m in _NUMBERED.finditer(text):
        low = m.group(1).casefold()
        if low in gaz.NEVER or low in gaz.FUNCTION_WORDS or low in gaz.ROLE_NOUNS or low in CALENDAR \
                or low in _NUMBERED_THINGS:
            continue  # "mars 1912": a date; "Rom 08", "Linje 08": a numbered thing
        lo, hi = sentence_around(text, m.start(), m.end())
        if work_sentence(text, m.start(), m.end()) or _CUSTOMER.search(text, lo, hi):
            out.append((m.start(), m.end(), "org", "rule:org"))
    for m in _WORD_CLUB.finditer(text):
        lo = max(0, m.start() - 200)
        if work_sentence(text, m.start(), m.end()) and _CUSTOMER.search(text, lo, m.end() + 120):
            out.append((m.start(1), m.end(1), "org", "rule:org"))
    return out
