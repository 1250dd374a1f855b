"""Places a person lives in or comes from that the word rules leave: country acronyms and region compounds.

A country's acronym (`USA`, `UK`, `UAE`, `DRC`) names a country as its full name does, but the same letters
also stand in ordinary talk about the world ("USA og Kina", "USA-valget", "prisene i USA"), and the generic
acronym list keeps `USA` and `UK` there for that reason. Where a person lives, lived, comes from, went to or
is ("Søsteren min bor i USA", "broren kom fra UAE", "dro til DRC for å jobbe", "Tante er i UK"), the acronym
is the country of that person and a place like any other. So a country acronym is a place after `i`/`fra`/
`til` when, in its clause, a verb of living, coming, moving, travelling, studying or working stands up to
three words before the preposition (or before a first place it follows: "utdannet i Lima og så i USA"),
`er`/`var` right before it (a subject or adverb between allowed), or a
kin or role noun right before `fra` ("en venn fra USA"); news, prices and politics ("valget i USA",
"nyheter fra USA") have none of these and stay.

A region named as a compound of a name and a region word (`Karen-staten`, `Helmand-provinsen`,
`Injil-distriktet`, `Sindh-regionen`) is one place, though its first part is a listed given name ("Karen",
"Ali", "Sara") that the name rules take alone: the whole word is the place.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.camp_places import camp_places
from workbench.io.pseudonymize.sentence_marks import CLAUSE_END as _CLAUSE_END

# Acronyms of countries, as people say where someone lives or comes from.
COUNTRY_ACRONYMS = frozenset("usa uk uae drc ddr ussr sssr ksa".split())
_ACRONYM = re.compile(r"(?<![\w@.-])([A-ZÆØÅ]{2,4})(?![\w-])")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?i:i|fra|til)[ \t]+$")
# Living, coming, moving, travelling, studying or working, up to three words before the preposition.
_MOVES = (r"bor|bodde|bodd|bo|bosatt|kom|kommer|komme|kommet|født|vokste[ \t]+opp|oppvokst|flytt\w*|dro|drar"
          r"|dra|reiste|reiser|reist|reise|emigrerte|studerte|studert|studerer|jobbet|jobber|jobba|arbeidet"
          r"|arbeider|utdannet|hjem|hjemme|tilbake|ble|blitt")
_MOVE_BEFORE = re.compile(rf"(?<![\w-])(?i:{_MOVES})(?:[ \t]+[\wæøå]+){{0,3}}[ \t]+(?i:i|fra|til)[ \t]+$")
# The second of two places after such a verb: "utdannet i Lima og så i USA", "bodde i Herat, så i UAE".
_MOVE_LIST_BEFORE = re.compile(rf"(?<![\w-])(?i:{_MOVES})(?:[ \t]+[\wæøå]+){{0,3}}[ \t]+(?i:i|fra|til)[ \t]+"
                               r"[A-ZÆØÅ][\w-]*(?:,|[ \t]+(?i:og|eller))(?:[ \t]+(?i:så|senere|etterpå|deretter|siden))?"
                               r"[ \t]+(?i:i|fra|til)[ \t]+$")
_FILLERS = r"jeg|han|hun|vi|de|du|dere|nå|fortsatt|også|egentlig|opprinnelig|visst|bare"
_BEING_BEFORE = re.compile(rf"(?<![\w-])(?i:er|var|vært)(?:[ \t]+(?i:{_FILLERS}))*[ \t]+(?i:i|fra)[ \t]+$")
# Kin and friends from a country: "en venn fra USA", "tanta mi fra UK".
_KIN = (r"venn|vennen|venner|venninne\w*|tante|tanta|tanten|onkel|onkelen|fetter\w*|kusine\w*|familie\w*|slekt\w*"
        r"|bror|broren|søster|søsteren|mann|mannen|kone|kona|svigerfamilie\w*|besteforeldre\w*|foreldre\w*")
_KIN_BEFORE = re.compile(rf"(?<![\w-])(?i:{_KIN})(?:[ \t]+(?:min|mi|mitt|mine|hans|hennes|sin|si|sine))?[ \t]+"
                         r"(?i:fra)[ \t]+$")
# A region compound: a capitalised first part, a hyphen, a region word.
_REGION_WORDS = r"staten|delstaten|provinsen|regionen|distriktet|fylket|området|kantonen|guvernementet"
_REGION = re.compile(rf"(?<![\w@.-])([A-ZÆØÅ][a-zæøå]{{2,}})-(?:{_REGION_WORDS})(?![\w-])")


def _country_frame(text: str, start: int) -> bool:
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 100), start)), default=max(0, start - 100))
    window = text[lo:start]
    if not _PREPOSITION_BEFORE.search(window):
        return False
    return bool(_MOVE_BEFORE.search(window) or _BEING_BEFORE.search(window) or _KIN_BEFORE.search(window)
                or _MOVE_LIST_BEFORE.search(window))


def _region_head(word: str) -> bool:
    """A region compound's first part that names a place or people, not a body or a wide region."""
    low = word.casefold()
    return low not in gaz.GENERIC_ACRONYMS and low not in gaz.NEVER and low not in gaz.WORLD_REGIONS \
        and low not in gaz.REGION_PREFIXES and not lexicon.public(low) and low not in gaz.FUNCTION_WORDS


def origin_places(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", "rule:origin-place") for a country acronym where someone lives or comes from,
    and a region compound whose first part is a name."""
    out = []
    for m in _ACRONYM.finditer(text):
        if m.group(1).casefold() in COUNTRY_ACRONYMS and _country_frame(text, m.start()):
            out.append((m.start(), m.end(), "place", "rule:origin-place"))
    for m in _REGION.finditer(text):
        if _region_head(m.group(1)):
            out.append((m.start(), m.end(), "place", "rule:origin-place"))
    return out + camp_places(text)  # round 40i: "R: Mae La, i Thailand.", "i flyktningleiren Tham Hin"
