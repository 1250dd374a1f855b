"""Bus, ferry, rail and air companies named as someone's employer: "kjører buss for Boreal", "matros i Norled".

Everyone rides with the transport companies, so a name like Vy, Ruter, AtB or Tide identifies nobody where
people travel with them, buy tickets in their apps or wait for their buses ("tok Vy til fjellet", "appen til
AtB"). Several are ordinary words too (`Tide`, `Boreal`, `Norwegian`, `Ruter`), and the word rules read them
as such. Named as where a driver, a deckhand or a mechanic works they narrow who a participant is as any
employer does. Here a listed transport company (or a name of several words ending like one: `…buss`,
`…bussekspress`, `…ekspressen`, `…trafikk`) is an organisation:

* after an occupation noun or a work word and a preposition ("sjåfør i", "matros hos", "jobber for",
  "praksis hos", "ansatt i") — the frames of `public_bodies` and `body_employers`;
* after `for`, `hos`, `i` or `eller` (a company wished for) in a turn that drives or works before it ("Jeg kjører buss. Rute tretti. For
  Tide.", "på verkstedet hos Skyss"), or early in the answer to a question about work or practice;

and then at its other mentions (`propagate`). Travelling with one ("med Vy", "tok Flytoget") is no frame.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.body_employers import occupation_before
from workbench.io.pseudonymize.public_bodies import work_before
from workbench.io.pseudonymize.work_frames import line_around, line_before
from workbench.io.pseudonymize.work_words import JOB, SHIFTS, WORK, word_pattern

# Public transport companies and operators, ferry and coastal lines, rail and air companies (casefolded).
OPERATORS = frozenset("""
vy ruter atb skyss kolumbus brakar kringom frammr innlandstrafikk svipper snelandia tide boreal
torghatten fjord1 norled unibuss nettbuss nobina keolis arriva sporveien flytoget flybussen go-ahead sj
hurtigruten havila widerøe norwegian sas bastø lavprisekspressen nor-way bane-nor vkt reis-nordland
""".split()) | {"nor-way bussekspress", "tide buss", "boreal buss", "vy buss", "torghatten nord", "torghatten midt",
                "fjord1 buss", "go-ahead nordic", "bastø fosen", "bane nor", "østfold kollektivtrafikk",
                "troms fylkestrafikk", "agder kollektivtrafikk", "flybussekspressen"}
# A name of several words ending like a transport company: "Nor-Way Bussekspress", "Haugaland Buss".
_ENDING = re.compile(r"(?:buss|bussekspress|ekspressen|trafikk|kollektivtrafikk|bussen|ferjer|ferjeselskap)$")
_NAME = re.compile(r"(?<![\w@.-])[A-ZÆØÅ][\w-]*(?:[ \t]+[A-ZÆØÅ0-9][\w-]*){0,2}")
# Driving, sailing or working before the name in its turn: "kjører buss", "sjåfør", "verkstedet", "praksis".
# Not the nouns "jobben" and "arbeid": a rider goes to work too ("til jobben", "på vei til arbeid").
_TURN_WORK = (JOB - {"jobben"}) | (WORK - {"arbeid"}) | SHIFTS | {"ansatt", "turnus"}
_WORK_IN_TURN = word_pattern(
    _TURN_WORK, ("praksis", "skift"),
    more=r"kjør(?:er|te|t|e)[ \t]+(?:buss|bussen|trikk|trikken|båt|båten|ferje|ferja|tog|toget|\w*rute\w*)"
         r"|\w*sjåfør\w*|\w*fører|førere|matros\w*|mekaniker\w*|verksted\w*|konduktør\w*|lokfører\w*")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?i:for|hos|i|ved|eller)[ \t]+$")  # "… til Voss. Eller Nor-Way"


def _operator(words: list[str]) -> int:
    """How many of `words` make a transport company's name (the longest run from the first), or 0."""
    for n in range(len(words), 0, -1):
        span = " ".join(words[:n]).casefold()
        if span in OPERATORS or span.replace(" ", "-") in OPERATORS or (n > 1 and _ENDING.search(span)):
            return n
    return 0


def transport_employers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:transport-employer") for a transport company named as someone's workplace."""
    out = []
    for cap in re.finditer(r"(?<![\w@.-])[A-ZÆØÅ]", text):
        m = _NAME.match(text, cap.start())
        if m is None or any(s <= m.start() < e for s, e, _k, _r in out):
            continue
        words = list(re.finditer(r"\S+", m.group(0)))
        n = _operator([w.group(0) for w in words])
        if not n:
            continue
        start, end = m.start(), m.start() + words[n - 1].end()
        if work_before(text, start) or occupation_before(text, start):
            out.append((start, end, "org", "rule:transport-employer"))
            continue
        line_start, _line_end = line_around(text, start)
        if not _PREPOSITION_BEFORE.search(text, max(line_start, start - 6), start):
            continue
        asked_lo, asked_hi = line_before(text, line_start)
        if _WORK_IN_TURN.search(text, line_start, start) or (
                start - line_start < 40 and _WORK_IN_TURN.search(text, asked_lo, asked_hi)):
            # "Jeg kjører buss. … For Tide."; the answer to "Sist gang var du i praksis?": "Ja, hos Skyss"
            out.append((start, end, "org", "rule:transport-employer"))
    return out
