"""Festivals and markets where someone works or sells: "i baren på Grimsrock", "selger på Bondens marked".

A festival, fair or market identifies nobody when it is visited ("var på Olsokfestivalen en kveld", "kjøpte
ost på Bondens marked"), and the keep rules leave one named by its last part (`keep._EVENT`) or after its
kind (`everyday._fair`). Where someone works there, rigs its stage, keeps its bar, has a stand or sells at
it, it is a workplace or a sales channel, and narrows who they are as any employer does. Here, after the
keep rules, an event named by its kind (one word ending in `festival`/`fest`/`marked`/`martna`/`messe`, or a
capitalised word before `marked`/`martnan`/`festivalen`, "Bondens marked") is an organisation when its
sentence holds a work or selling word before it, or, for a name of two words, when its turn sells ("Og så selger hun på nett") and its own
sentence neither buys nor visits. Job and career fairs, dictionary words ("Julemarkedet") and names with a
person or a place in them stay with the keep rules.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.work_frames import line_around, sentence_around
from workbench.io.pseudonymize.work_words import CUSTOMERS, JOB, SHIFTS, alternatives, word_pattern

_KIND = (r"festival|festivalen|fest|festen|festdagene|marked|markedet|martna|martnan|marknad|messe|messa|messen"
         r"|løpet|rittet|rennet|cupen|stevnet|dagene|festuka")  # races, cups and festival days too (round 26o)
_ONE_WORD = re.compile(rf"(?<![\w-])[A-ZÆØÅ][a-zæøå]{{2,}}-?(?:{_KIND})(?![\w-])")
_NAMED_KIND = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå'’]{2,}[ \t]+(?:marked|markedet|martna|martnan|marknad|festivalen"
                         r"|festdagene|messa|messen)(?![\w-])")
# Selling and a stand ("selger på", "salget", "standen vår"); volunteers and crew ("frivillig", "mannskapet").
_SALES = r"selg\w*|solgte|solgt|salg\w*|stand|standen"
_CREW = r"frivillig\w*|mannskap\w*"
# Working or selling at an event: rigging, the stage, guards, the bar, a stand, a booth, selling, serving.
# Not "jobben": "etter jobben gikk vi på X" is an evening out after work.
_EVENT_WORK = word_pattern(
    (JOB - {"jobben"}) | {"ansatt"}, ("arbeid",),
    more=r"rigg\w*|scene\w*|\w*vakt\w*|baren|bar|bod|boden|kiosk\w*|hjelpe|hjelper|hjalp|sekretariat\w*|arrangør\w*"
         rf"|serverte|serverer|{_CREW}|{_SALES}")
# Crew at an event said earlier in the turn: "Jeg er frivillig i hjelpekorpset. Vi var på Femundløpet."
_CREW_IN_TURN = re.compile(rf"(?<![\w-])(?i:{_CREW}|\w*korps\w*|\w*(?:{alternatives(SHIFTS)}))(?![\w-])")
_AT_BEFORE = re.compile(r"(?<![\w-])(?i:var|er|være|vært)[ \t]+(?i:vi|jeg|han|hun|de)?[ \t]*på[ \t]+$")
_WATCHING_BEFORE = re.compile(r"(?<![\w-])(?i:se|så|ser|sett|heie|heiet|heier|følge|fulgte|følger)"
                              r"(?:[ \t]+(?:vi|jeg|han|hun|de))?(?:[ \t]+(?:på|med))?[ \t]+$")
# Selling to customers; not one customer ("kunde", "kunden"), often the speaker buying.
_SELLING = word_pattern(CUSTOMERS - {"kunde", "kunden"}, more=_SALES)
_BUYING = re.compile(r"(?<![\w-])(?i:kjøp\w*|handl\w*|besøk\w*|så[ \t]+(?:vi|på)|gikk[ \t]+vi|var[ \t]+vi|dro[ \t]+vi|tok[ \t]+vi)(?![\w-])")
_NOT_WORKPLACE = ("jobb", "karriere", "utdanning", "rekrutter", "bolig", "student")


def _event_name(name: str) -> bool:
    low = name.casefold()
    if any(low.startswith(w) for w in _NOT_WORKPLACE) or (" " not in low and lexicon.known_word(low)):
        return False
    return not any(lexicon.listed(w, names) for w in name.split() for names in (gaz.GIVEN_NAMES, gaz.PLACES))


def event_workplaces(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:event-work") for a festival or market worked or sold at."""
    out = []
    spans = {(m.start(), m.end()) for m in _NAMED_KIND.finditer(text)}
    spans |= {(m.start(), m.end()) for m in _ONE_WORD.finditer(text)
              if not any(s <= m.start() and m.end() <= e for s, e in spans)}
    for start, end in sorted(spans):
        if not _event_name(text[start:end]):
            continue
        lo, hi = sentence_around(text, start, end, back=160)
        sentence = text[lo:hi]
        if _WATCHING_BEFORE.search(text, max(lo, start - 30), start):
            continue  # "skal vi se på Birkebeinerrittet", "heiet på": the audience
        if _EVENT_WORK.search(text, lo, start):  # not "etter jobben gikk vi på X"
            out.append((start, end, "org", "rule:event-work"))
            continue
        line_lo, line_hi = line_around(text, start)
        if _CREW_IN_TURN.search(text, line_lo, start) and _AT_BEFORE.search(text, max(line_lo, start - 20), start):
            out.append((start, end, "org", "rule:event-work"))  # crew at a race: "frivillig i hjelpekorpset. Vi var på"
            continue
        if " " in text[start:end] and _SELLING.search(text, line_lo, line_hi) and not _BUYING.search(sentence):
            out.append((start, end, "org", "rule:event-work"))
    return out
