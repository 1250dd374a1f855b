"""Greetings, farewells and interjections said as a turn or opening one: no names (round 38o).

A child calls "Hadet!" from the next room, a mentee says "Oisann, der falt koppen" or "Oida, det glemte jeg",
a chat ends "Hallais!". Spoken Norwegian writes these as one word the dictionary lacks (`hadet`, `hade`,
`hadebra`, `hallais`, `heisan`, `oisann`, `ojsann`, `oida`, `jippi`, `tjohei`, `morrn`), and the word rules take
a capitalised unknown word at a turn's start for a person. They are added to the fillers of `rules`, which no
rule and no model find takes for a name, and so is a vowel drawn out ("Nææ", "Ææ", "Jaaa", "Ååå"). A first
name that is also a greeting elsewhere (`Ai`) is left out. Round 68b: so is a laugh, a syllable of `h` and a
vowel said twice or more ("haha", "hehe", "hihi", "hahaha"), which `spoken_nicknames` took for a short form of a
name in `h` said twice, as `jojo` is of `João`.
"""

from __future__ import annotations

import re

INTERJECTIONS = frozenset("""
hade hadet hadebra hadeså hadesså hadda hallais hallaisen halla hallaien heisan heisann heihei heiså tjohei
tjena tjenare morn morna morrn mornings natta nattinatt byebye bye-bye ciao tuddelu snakkes snakkast
oisann ojsann oida ojda oi-oi oioi oi-sann uffda uffa uffameg ajaja aiaiai auda auu jippi jippii hurra
jauda jaudå neimen nemen jammen jøss jøsses fysj æsj hysj hæ pøh ops oops ups uppsann
""".split())
# A vowel drawn out, after an optional `n`, `j` or `h`: "nææ", "ææ", "jaaa", "hmm".
_DRAWN = re.compile(r"[njh]?([aæåeøoui])\1+h?|h?m{2,}")
# Round 68b: a laugh, `h` and one vowel said two or more times ("haha", "hehe", "hihi", "hæhæ").
_LAUGH = re.compile(r"(h[aæåeøouiy])\1+")


def interjection(low: str) -> bool:
    """Whether a casefolded word is a greeting, farewell or interjection written as one word."""
    return low in INTERJECTIONS or _DRAWN.fullmatch(low) is not None or _LAUGH.fullmatch(low) is not None
