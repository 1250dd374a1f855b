"""Shops, grocery services and call apps in everyday use: what delivers to a customer, what one calls on (round 33b).

`everyday` keeps a chain where someone buys ("kjøpte møbler på Jysk") but reads a sentence about deliveries as one
about work, and controls lost a shop or grocery service as the subject of a delivery to its customers ("Men Jysk
leverer hjem", "Oda kommer med varene på tirsdager"), a service ordered from ("bestiller fra Oda"), an app people
talk on ("snakker mest på Facetime") and a branch named by its chain and `-butikken` ("den store Lidl-butikken").
None puts anyone anywhere; the same names are workplaces where someone works there ("praksis i Oda", "vakter på
Jysk på Lade").

A run is kept here where every mention of it stands in such a frame, or in a frame of ordering or buying for the
home (`bestiller fra`, `kjøpte ... på`, `handler hos` with household goods in the clause, or a listed chain; not a
firm's supplier: "Jeg bestiller fra Kaffebrenneriet Mjøsa"), and none is tied to someone (`plain_frames.tied`). Only a delivery to customers counts ("Jysk leverer hjem"),
not a firm sending guests ("Anker Brygge sender gjester til henne"), and no address.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.everyday import CHAINS
from workbench.io.pseudonymize.plain_frames import clause_before, drop_runs

_OPENER = re.compile(r"(?i:^|(?:og|men|så|at|fordi|når|da|nå)[ \t]*)$")
_DELIVERS = re.compile(r"[ \t]+(?i:leverer|leverte|levert|kommer[ \t]+med|kom[ \t]+med|kjører[ \t]+ut)(?![\w-])")
# Ordering or buying for the home: a chain (`everyday.CHAINS`) or household goods in the clause ("Matvarene
# bestiller vi fra Oda"); not a firm's supplier ("Jeg bestiller fra Kaffebrenneriet Mjøsa").
_ORDER_BEFORE = re.compile(r"(?<![\w-])(?i:bestiller|bestilte|bestille|bestilt|kjøper|kjøpte|kjøpe|kjøpt|handler"
                           r"|handlet|handle)(?:[ \t]+[\wæøå]+){0,3}"
                           r"[ \t]+(?:fra|hos|på|via)[ \t]+(?:[A-ZÆØÅ][\wæøå-]*(?:[ \t]*,|[ \t]+og|[ \t]+eller)[ \t]+)?$")
_HOUSEHOLD = re.compile(r"(?<![\w-])(?i:mat|maten|matvarer|matvarene|varer|varene|dagligvarer\w*|middag\w*|møbler\w*"
                        r"|sofa\w*|seng\w*|klær|klærne|sko|skoene|leker|lekene|handlekurv\w*)(?![\w-])")
_CALL_BEFORE = re.compile(r"(?<![\w-])(?i:snakker|snakket|snakke|ringer|ringte|ringe|prater|pratet|prate|chatter"
                          r"|chattet|møtes|møttes)(?:[ \t]+[\wæøå]+){0,4}[ \t]+(?:på|over|via)[ \t]+$")
_APP_LIKE = re.compile(r"(?i:face\w+|skype|zoom|teams|whatsapp|messenger|signal|viber|telegram|snapchat|imo|botim)$")
_SHOP_COMPOUND = re.compile(r"[A-ZÆØÅ][\wæøå]*-(?:butikken|butikk|butikkene|sjappa|sjappen|varehuset)$")
_THING_BEFORE = re.compile(r"(?<![\w-])(?i:den|en|ei|et|denne|samme)(?:[ \t]+[a-zæøå]+)?[ \t]+$")


def _plain(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    before = clause_before(text, start)
    if _SHOP_COMPOUND.match(name) and _THING_BEFORE.search(before):
        return True  # "den store Lidl-butikken"
    if _ORDER_BEFORE.search(before) and (name.casefold() in CHAINS or _HOUSEHOLD.search(before)):
        return True  # "Matvarene bestiller vi fra Oda", "kjøpte møbler på Jysk og Skeidar"
    if _APP_LIKE.match(name) and _CALL_BEFORE.search(before):
        return True
    return _OPENER.search(before.strip()) is not None and _DELIVERS.match(text, end) is not None


def drop_shop_mentions(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without shops, grocery services and call apps used by customers that nothing ties to someone."""
    return drop_runs(text, found, _plain, ("person", "org", "place"))
