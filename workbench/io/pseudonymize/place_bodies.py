"""A local body named with its place: "Frivilligsentralen i Malvik", "Biblioteket i Verran".

Volunteer and health centres, libraries, culture houses and local offices exist in every municipality; named
alone ("med i Frivillighetssentralen") they identify nobody and the keep rules leave them. With `i`/`på` and
a place the rules have found, the body is one institution in one town, as `local_bodies` reads a church council
with its place: the body, the preposition and the place are one organisation (the fresh halves list them
whole), whatever the frame. The word must end in such a body's head (`-sentralen`, `-senteret`, `-huset`,
`-biblioteket`, `-kontoret`, `-tjenesten`, `-stasjonen`, `-vakta`, `-klubben`, `-opplæringen`), in title case;
`NAV-kontoret i X` (a national service in capitals) keeps its place-only replacement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.io.pseudonymize.place_lists import place_list_finds

_HEADS = ("sentralen", "senteret", "sentret", "huset", "biblioteket", "kontoret", "tjenesten", "stasjonen", "vakta",
          "vakten", "klubben", "opplæringen")
_BODY = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]+)[ \t]+(?:i|på)[ \t]+(?=[A-ZÆØÅ])")


def place_bodies(text: str, found: Sequence[tuple]) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:place-body") for a local body right before `i`/`på` and a found place."""
    places = {f[0]: f[1] for f in found if f[2] == "place"}
    out = []
    for m in _BODY.finditer(text):
        if not m.group(1).casefold().endswith(_HEADS) or m.end() not in places:
            continue
        out.append((m.start(1), places[m.end()], "org", "rule:place-body"))
    return out + place_list_finds(text, found)  # round 30o: "Solsiden, Bakklandet.", "Tilthaug gravlund"
