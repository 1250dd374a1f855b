"""Where a mentor and a mentee meet, and the local festival a mentor tells someone to be seen at.

A café chain identifies nobody where someone buys a coffee ("kjøpte en kaffe på Espresso House"), and the
everyday rules leave it. Named as the place two people meet, as a habit or an appointment ("Vi møtes på
Espresso House ved torget", "et fast møte annenhver torsdag, på Kaffebrenneriet"), it is one café in one
town where one pair can be found, and it identifies as a workplace does. Here, after the keep rules, a
capitalised name of one to three words after a meeting frame in its clause (`møtes`/`treffes`/`ses`,
`møter`/`treffer` with up to three words between, a meeting or appointment noun with up to four) and
`på`/`hos` is an organisation when it is a listed everyday name (a chain, a brand, a café) or a name the
dictionary does not know as a word or compound; public bodies, tools and meeting apps (`Teams`, `Zoom`),
client services and dictionary words ("på Biblioteket", "på Torget") stay.

A festival identifies nobody where it is national or only visited ("Olsokfestivalen feires over hele
landet", "var på Olsokfestivalen"). In a piece of local advice (`bør du være på`, `du må gå på`, an
imperative `vær på`/`gå på`/`still på`) in a turn that ties it to the place people live (`her`, `i byen`,
`i bygda`, `lokal…`), a one-word festival or fair (`…festivalen`, `…fest`, `…messa`, `…martnan`) is the
town's own and names it: an organisation.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import everyday_names
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.keep import TOOLS
from workbench.io.pseudonymize.public_bodies import body_length
from workbench.io.pseudonymize.work_frames import line_around

_CLAUSE_END = re.compile(r"[.!?;\n]")
_MEETING_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:møtes|møttes|treffes|treffs|ses|sees)(?:[ \t]+[\wæøå]+){0,3}?"
    r"|(?:møter|møtte|treffer|traff)(?:[ \t]+[\wæøå]+){0,3}?"
    r"|(?:møte|møtet|møtene|møter|treff|treffet|avtale|avtalen|kaffemøte\w*|mentormøte\w*)(?:,?[ \t]+[\wæøå]+){0,4}?)"
    r",?[ \t]+(?i:på|hos)[ \t]+$")
_NAME = re.compile(r"[A-ZÆØÅ][\w'’&-]*(?:[ \t]+[A-ZÆØÅ][\w'’&-]*){0,2}")
_ADVICE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:(?i:bør|burde|må|skal|kan)[ \t]+(?i:du|dere)|(?i:du|dere)[ \t]+(?i:bør|burde|må|skal|kan))(?:[ \t]+(?i:også|absolutt|heller|i[ \t]+\w+))*"
    r"[ \t]+(?i:være|gå|dra|stille|stå|delta|komme|vise[ \t]+deg)"
    r"|(?:^|(?<=[,:])[ \t]*|(?<=[.!?])[ \t]+|(?<=\n))(?:Vær|vær|Gå|gå|Dra|dra|Still|still|Stå|stå|Delta|delta))"
    r"[ \t]+(?i:på|i)[ \t]+$")
_FESTIVAL = re.compile(r"[A-ZÆØÅ][a-zæøå]{2,}-?(?:festivalen|festival|fest|festen|festdagene|messa|messen|martnan"
                       r"|marknaden|dagene)(?![\w-])")
_LOCAL = re.compile(r"(?<![\w-])(?i:her|i[ \t]+byen|i[ \t]+bygda|lokal\w*|hjemby\w*)(?![\w-])")


def _clause_start(text: str, start: int) -> int:
    return max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 100), start)), default=max(0, start - 100))


def _meeting_name(name: str) -> bool:
    """A café or chain named as a meeting place: listed as everyday, or no dictionary word, and no body or tool."""
    low = " ".join(name.split()).casefold()
    words = low.split()
    if any(w in gaz.NEVER or w in gaz.GENERIC_ACRONYMS or w in TOOLS or w in gaz.FUNCTION_WORDS
           or lexicon.public(w) for w in words):
        return False
    if low in everyday_names.ALL:
        return True
    if len(words) == 1:
        return not (lexicon.known_word(low) or lexicon.compound_of_known(low)) or low.endswith("eriet")
    return not all(lexicon.known_word(w) for w in words)


def meeting_places(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:meeting-place") for a café or chain met at, and a festival in local advice."""
    out = []
    for m in re.finditer(r"(?<![\w@.-])[A-ZÆØÅ]", text):
        start = m.start()
        lo = _clause_start(text, start)
        if not _MEETING_BEFORE.search(text, lo, start) or body_length(text, start):
            continue
        name = _NAME.match(text, start)
        if name and _meeting_name(name.group(0)):
            out.append((start, name.end(), "org", "rule:meeting-place"))
    for m in _FESTIVAL.finditer(text):
        lo = _clause_start(text, m.start())
        line_lo, line_hi = line_around(text, m.start())
        if _ADVICE_BEFORE.search(text[lo:m.start()]) and _LOCAL.search(text, line_lo, line_hi) \
                and not lexicon.known_word(m.group(0).casefold()):
            out.append((m.start(), m.end(), "org", "rule:meeting-place"))
    return out
