"""Dwelling details said with a street address: room, flat, floor, entrance, house letter.

A student in a hall of residence, a lodger or a family in a block is found by the room or flat as much as
by the street: "Fougnerbakken 6, rom 312" names one person where "Fougnerbakken 6" names two hundred. The
details come after the house number in any order ("11, oppgang B, 2. etasje, leilighet 204", "41 B, andre
etasje, rom 9", "31, hybel 14") or before the street ("hybel 14 i Fyllingsveien 31"), and belong to the
`[adresse]`. They count only beside a street address: "møtet er i rom 312" names no home.
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
_DETAIL = (rf"(?:{UNIT_WORD}(?:[ \t](?i:nr\.?|nummer))?[ \t](?:[A-ZÆØÅ]?\d{{1,4}}[A-Za-z]?|[A-ZÆØÅ])"
           rf"|\d{{1,2}}\.[ \t]?{_FLOOR}|{_FLOOR}[ \t]\d{{1,2}}|{_ORDINAL}[ \t]{_FLOOR}"
           rf"|(?i:underetasjen|underetasje|sokkeletasjen|sokkelen|kjelleren|loftet)|[HhUuKkLl]\d{{4}})")
# Details after the house number, each after a comma or a space, `i` allowed ("5, i 3. etasje"); up to four.
UNIT_SUFFIX = rf"(?:,?[ \t](?:(?i:i)[ \t])?{_DETAIL}(?![\w])){{0,4}}"
# A unit and its number right before `i`/`på` and the street: "rom 204 i Thormøhlens gate 51".
_UNIT_BEFORE = re.compile(
    rf"(?<![\w-]){UNIT_WORD}(?:[ \t](?i:nr\.?|nummer))?[ \t](?:[A-ZÆØÅ]?\d{{1,4}}[A-Za-z]?|[A-ZÆØÅ])"
    rf"(?:,?[ \t](?:(?i:i)[ \t])?{_DETAIL})?,?[ \t]+(?i:i|på)[ \t]+$")


def unit_before(text: str, start: int) -> int:
    """Where a street address starting at `start` begins with the unit said before it ("hybel 14 i …")."""
    m = _UNIT_BEFORE.search(text, max(0, start - 40), start)
    return m.start() if m else start
