"""Dwelling details said with a street address: room, flat, floor, entrance, house letter.

A student in a hall of residence, a lodger or a family in a block is found by the room or flat as much as
by the street: "Fougnerbakken 6, rom 312" names one person where "Fougnerbakken 6" names two hundred. The
details come after the house number in any order ("11, oppgang B, 2. etasje, leilighet 204", "41 B, andre
etasje, rom 9", "31, hybel 14", after a hesitation or a pause: "312, eh, hybel 11", "112 – hybel 3", "leilighet, eh, 3") or before the street ("hybel 14 i
Fyllingsveien 31"), and belong to the `[adresse]`. They count only beside a street address: "møtet er i rom
312" names no home. A unit after a name and a house number makes the name a street, though it has no street
word ("Åsamyrane 302, hybel 3").
"""

from __future__ import annotations

import re

# Words for a unit of a building, each followed by its number or letter ("rom 312", "hybel 14", "oppgang B").
UNIT_WORD = (r"(?i:leilighet(?:snummer|snr\.?)?|leil\.?(?:[ \t]?nr\.?)?|bolig(?:nummer|nr\.?)?|boenhet|hybel(?:nummer|nr\.?)?"
             r"|rom(?:nummer|nr\.?)?|oppgang|oppg\.|inngang|inng\.|blokk|hus|bygg|bygning|fløy|port|seksjon|dør|nr\.)")
_ORDINAL = (r"(?i:første|andre|annen|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende|øverste"
            r"|nederste)")
_FLOOR = r"(?i:etasje|etg\.?)"
# One detail: a unit word and its number or letter, a floor by number or ordinal, a flat code ("H0304").
_DETAIL = (rf"(?:{UNIT_WORD}(?:[ \t](?i:nr\.?|nummer))?(?:,[ \t](?i:eh|ehm|øh|øhm),)?[ \t]"
           rf"(?:[A-ZÆØÅ]?\d{{1,4}}[A-Za-z]?|[A-ZÆØÅ])"
           rf"|\d{{1,2}}\.[ \t]?{_FLOOR}|{_FLOOR}[ \t]\d{{1,2}}|{_ORDINAL}[ \t]{_FLOOR}"
           rf"|(?i:underetasjen|underetasje|sokkeletasjen|sokkelen|kjelleren|loftet)|[HhUuKkLl]\d{{4}})")
# A hesitation before a detail ("312, eh, hybel 11").
_HESITATION = r"(?i:eh|ehm|ehh|øh|øhm|hm|altså),?[ \t]"
# Details after the house number, each after a comma or a space, `i` allowed ("5, i 3. etasje"), a hesitation
# before it too; up to four.
UNIT_SUFFIX = rf"(?:(?:,|[ \t]*(?:–|\.\.\.|…))?[ \t](?:{_HESITATION})?(?:(?i:i)[ \t])?{_DETAIL}(?![\w])){{0,4}}"
# A unit of a building by its word and number, or a flat code: what makes a name and a number a home.
_UNIT = rf"(?:{UNIT_WORD}(?:[ \t](?i:nr\.?|nummer))?[ \t](?:[A-ZÆØÅ]?\d{{1,4}}[A-Za-z]?|[A-ZÆØÅ])|[HhUuKkLl]\d{{4}})"
# A name and a house number with a unit of a building right after it ("Åsamyrane 302, hybel 3", "Nordre
# Tøyen 41, leilighet 2"): an address though the name has no street word; the caller asks that the name's
# last word (group 2) can name a place and is no label ("Rom 4, hybel 3").
NAMED_DWELLING = re.compile(
    rf"(?<![\w-])((?:[A-ZÆØÅ][\w'’-]*[ \t]){{0,2}}([A-ZÆØÅ][\w'’-]*))[ \t]\d{{1,4}}(?:[ \t]?[A-Za-z](?![\w]))?"
    rf",?[ \t](?:{_HESITATION})?{_UNIT}(?![\w]){UNIT_SUFFIX}")
# A unit and its number right before `i`/`på` and the street: "rom 204 i Thormøhlens gate 51".
_UNIT_BEFORE = re.compile(
    rf"(?<![\w-]){UNIT_WORD}(?:[ \t](?i:nr\.?|nummer))?[ \t](?:[A-ZÆØÅ]?\d{{1,4}}[A-Za-z]?|[A-ZÆØÅ])"
    rf"(?:,?[ \t](?:(?i:i)[ \t])?{_DETAIL})?,?[ \t]+(?i:i|på)[ \t]+$")


def unit_before(text: str, start: int) -> int:
    """Where a street address starting at `start` begins with the unit said before it ("hybel 14 i …")."""
    m = _UNIT_BEFORE.search(text, max(0, start - 40), start)
    return m.start() if m else start

# A place of work or a home, named by its noun and whose it is, then a comma and its address with no street word
# ("på verkstedet hans, Kjøita 18", "bakeriet hennes, Ørnes 14 B", "verkstedet til Amund, Fossmo 22", "lageret
# deres, Havnevolden 5"): a name and a house number in that frame are an address (round 24n); the caller asks
# that the name can name a place and is no label.
_PREMISES = (r"[a-zæøå]*(?:verksted|bakeri|kontor|lager|butikk|salong|klinikk|studio|kafe|kafé|restaurant|garasje"
             r"|fabrikk|kiosk|atelier|praksis|firma|bedrift|gård|hus|hytt|leilighet|hybel|hjem|sjapp|lokal|verft"
             r"|smi|bod|sag|mølle|bryggeri|kjøkken|senter|hall)(?:et|en|a|e|ene|a)")
_WHOSE = r"(?:hans|hennes|deres|vår|vårt|mitt|min|mi|ditt|din|di|sitt|sin|si|til[ \t]+[A-ZÆØÅ][\w'’-]*)"
PREMISES_ADDRESS = re.compile(
    rf"(?<![\w-]){_PREMISES}[ \t]+{_WHOSE}[ \t]*,[ \t]+((?:[A-ZÆØÅ][\w'’-]*[ \t]){{0,2}}([A-ZÆØÅ][\w'’-]*)[ \t]\d{{1,4}}"
    rf"(?:[ \t]?[A-Za-z](?![\w]))?(?![\w]|[.,:/–-]\d){UNIT_SUFFIX})")
