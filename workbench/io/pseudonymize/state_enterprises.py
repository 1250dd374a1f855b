"""State enterprises and national operators named as job advertisers beside public bodies (round 59b).

Held-out 65's control named a rail operator beside a public body as places that advertise jobs ("statens vegvesen
[Statens vegvesen] og bane nor [Bane NOR] lyser ut mange stillinger"), and the rules replaced it as a firm. The
large state enterprises and national operators (the grid, the airports, the railway's infrastructure and trains,
the state road builder, the post, the state lottery and wine monopoly) are known to every reader and employ
thousands: named as an advertiser they identify no one, as a public body does (`public_bodies`).

Policy: a listed state enterprise (`STATE_ENTERPRISES`), written or said before its note, is kept where it stands
in a coordination with a public body or another state enterprise ("Avinor og Luftfartstilsynet", "nye veier og
statens vegvesen") that is the subject of a verb of advertising or recruiting (`lyser ut`, `søker`, `ansetter`,
`rekrutterer`, `har stillinger`, `var på jobbmessa`, `hadde stand`), unless the text makes it someone's
workplace or a place applied to anywhere (a work, occupation, member or applying frame before any mention, as
`public_bodies.named_as_workplace` reads public bodies): "svogeren min jobber i Statnett" keeps every mention of
Statnett found. Named alone, or in any other frame, the other rules decide as before.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.public_bodies import public_body, work_before
from workbench.io.pseudonymize.spans import droppable, within
from workbench.io.pseudonymize.national_workplaces import tied as national_tied
from workbench.io.pseudonymize.work_terms import tied_before

# Large state enterprises and state-owned national operators (casefolded; words joined by single spaces).
STATE_ENTERPRISES = frozenset({
    "bane nor", "statnett", "avinor", "nye veier", "statkraft", "norske tog", "vy", "posten", "posten norge",
    "posten bring", "norsk tipping", "vinmonopolet", "enova", "entur", "mesta", "sykehusbygg", "sykehusinnkjøp",
    "baneservice", "spordrift", "flytoget", "norsk helsenett", "gassco", "petoro", "statsbygg",
})
_NAMES = sorted(STATE_ENTERPRISES, key=len, reverse=True)
_MENTION = re.compile(r"(?<![\w-])(?i:" + "|".join(n.replace(" ", r"[ \t]+") for n in _NAMES) + r")(?![\w-])"
                      r"(?:[ \t]+\[([^\]\n]{2,40})\])?")
_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:og[ \t]+)?|[ \t]+(?:og|eller)[ \t]+)")
_ITEM = re.compile(r"[\wæøåÆØÅ.-]+(?:[ \t]+[\wæøåÆØÅ.-]+){0,3}")
# "og Avinor også" after an advertising clause: the same verb understood.
_ALSO = re.compile(r"[ \t]+(?i:også)(?![\w-])")
# Advertising or recruiting after the coordination: "lyser ut", "søker folk", "var på jobbmessa".
_RECRUIT = re.compile(r"[ \t]+(?:(?i:også|alltid|ofte|stadig)[ \t]+)?(?i:lyser[ \t]+ut|lyste[ \t]+ut|søker|søkte"
                      r"|ansetter|ansatte[ \t]+mange|rekrutterer|rekrutterte|har[ \t]+(?:mange[ \t]+)?(?:ledige[ \t]+)?"
                      r"stillinger|hadde[ \t]+stand|var[ \t]+på[ \t]+(?:jobbmess\w*|karrieredag\w*|messa))(?![\w-])")


def _national(name: str) -> bool:
    key = " ".join(name.split()).casefold()
    return key in STATE_ENTERPRISES or public_body(key)


def _item_at(text: str, at: int) -> int | None:
    """The end of a public body or state enterprise (with its note) starting at `at`, or None."""
    m = _ITEM.match(text, at)
    if m is None:
        return None
    words = list(re.finditer(r"[\wæøåÆØÅ.-]+", m.group(0)))
    for n in range(len(words), 0, -1):
        end = at + words[n - 1].end()
        note = re.match(r"[ \t]+\[([^\]\n]{2,60})\]", text[end:end + 64])
        if _national(text[at:end]) or (note and _national(note.group(1))):
            return end + (note.end() if note else 0)
    return None


def _chain_end(text: str, end: int) -> tuple[int, bool]:
    """Where the coordination that goes on after `end` stops, and whether it holds another national body."""
    partner = False
    while True:
        sep = _SEP.match(text, end)
        nxt = _item_at(text, sep.end()) if sep else None
        if nxt is None:
            return end, partner
        end, partner = nxt, True


def _partner_before(text: str, start: int) -> bool:
    """Whether a public body or state enterprise and `og` or a comma stand right before `start` on its line."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - 120):start]
    sep = re.search(r"(?:,[ \t]*(?:og[ \t]+)?|[ \t]+(?:og|eller)[ \t]+)$", line)
    if sep is None:
        return False
    before = line[:sep.start()].rstrip()
    note = re.search(r"\[([^\]\n]{2,60})\]$", before)
    if note:
        return _national(note.group(1))
    words = before.split()
    return any(_national(" ".join(words[-n:])) for n in range(1, min(4, len(words)) + 1))


def _worked(text: str, name: str) -> bool:
    """Whether any mention of the enterprise is someone's workplace, a place applied to or joined."""
    for m in re.finditer(r"(?<![\w-])" + r"[ \t]+".join(map(re.escape, name.split())) + r"(?![\w-])", text, re.I):
        if work_before(text, m.start()) or tied_before(text, m.start()) or national_tied(text, m.start(), m.end()):
            return True
    return False


def advertiser_spans(text: str) -> list[tuple[int, int]]:
    """Spans of state enterprises (with their notes) named beside a public body as job advertisers, worked nowhere."""
    out = []
    for m in _MENTION.finditer(text):
        name = " ".join(text[m.start():m.end()].split("[", 1)[0].split()).casefold()
        end, partner = _chain_end(text, m.end())
        line = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 200):m.start()]
        advertised = _RECRUIT.match(text, end) or (_ALSO.match(text, end) and _RECRUIT.search(line))
        if not advertised or not (partner or _partner_before(text, m.start())):
            continue
        if _worked(text, name) or (m.group(1) and _worked(text, m.group(1))):
            continue
        out.append((m.start(), m.end()))
    return out


def drop_advertisers(text: str, found: list) -> list:
    """`found` without the state enterprises named beside a public body as job advertisers."""
    spans = advertiser_spans(text)
    if not spans:
        return found
    return [f for f in found if not (droppable(f) and within(spans, f[0], f[1]))]
