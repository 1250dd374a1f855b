"""Countries and towns only in general talk: where some classmates come from, where one goes to shop (round 33b).

Controls lost places that no one lives in or comes from: the origin of an unnamed part of the class or course
("Mange i klassen er fra India og Pakistan") and a country or town across the border visited to shop ("den store
Lidl-butikken i Sverige", "Vi drar til Strömstad for å handle"). The place rules read `fra`, `i` and
`til` before a place as where someone is from or lives, and they are right for a named person, "jeg" or "vi"; a
quantifier of the class or course as the subject ("noen i klassen", "mange på kurset", "de fleste i gruppa") says
nothing about anyone in the transcript, and a shopping trip puts no one there. Colleagues are another matter ("Mange
er fra Litauen og Filippinene" about a production line is listed as identifying), and so is a bare quantifier; a
shop in a town ("en butikk i Kabul", "butikken er i Storgata 71") is someone's, so only a country counts after a
chain's shop (`Lidl-butikken`) or a shopping trip, and a town only before `for å handle` after a verb of travel.

A place is kept here where every mention of it stands in such a frame (a list of places after the first takes its
frame: "fra India og Pakistan") and none is tied to someone (`plain_frames.tied`: "bor i", "jobber på", "født i").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import world_places
from workbench.io.pseudonymize.plain_frames import clause_before, drop_runs

_PLACES = r"(?:[A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]*,|[ \t]+og|[ \t]+eller)[ \t]+(?:i[ \t]+|fra[ \t]+)?)*"
# A group of the course or class, not colleagues ("Mange er fra Litauen og Filippinene" on a production line).
_GROUP_ORIGIN = re.compile(
    r"(?<![\w-])(?i:noen|mange|flere|de[ \t]+fleste|halvparten|resten|en[ \t]+del)[ \t]+(?:av[ \t]+oss[ \t]+)?"
    r"(?i:i|på)[ \t]+(?i:klassen|kurset|gruppa|gruppen|norskkurset|programmet)[ \t]+(?i:er|var|kommer|kom)"
    rf"(?:[ \t]+opprinnelig)?[ \t]+fra[ \t]+{_PLACES}$")
_PERSONAL = re.compile(r"(?<![\w-])(?i:jeg|meg|vi|oss|min|mitt|mine|vår|vårt|våre|hun|han|hans|hennes)(?![\w-])")
# A chain's shop or a shopping trip in a country ("den store Lidl-butikken i Sverige"), not a town's shop.
_SHOP_BEFORE = re.compile(r"(?<![\w-])(?i:[\wæøå]+-butikk\w*|handletur\w*|grensehandel\w*)"
                          rf"(?:[ \t]+[\wæøå-]+){{0,2}}[ \t]+(?:i|til)[ \t]+{_PLACES}$")
_SHOP_AFTER = re.compile(r"[ \t]+(?:[\wæøå]+[ \t]+)?for[ \t]+å[ \t]+(?:handle|shoppe)(?![\w-])")
_TRIP_BEFORE = re.compile(r"(?<![\w-])(?i:drar|dro|kjører|kjørte|reiser|reiste|tar|tok)(?:[ \t]+[\wæøå]+){0,3}"
                          r"[ \t]+til[ \t]+$")


def _plain(text: str, start: int, end: int) -> bool:
    before = clause_before(text, start)
    group = _GROUP_ORIGIN.search(before)
    if group is not None and not _PERSONAL.search(before[max(0, group.start() - 12):group.start()]):  # "vi og noen"
        return True
    if _SHOP_BEFORE.search(before) is not None:
        return text[start:end].casefold() in world_places.COUNTRIES
    return _TRIP_BEFORE.search(before) is not None and _SHOP_AFTER.match(text, end) is not None


def drop_general_places(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without places named only as a group's origin or a shopping trip's end, tied to no one."""
    return drop_runs(text, found, _plain, ("place",))
