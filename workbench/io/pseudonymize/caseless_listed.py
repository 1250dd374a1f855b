"""Listed employers, media and charities in text without case, where a frame ties them to work (round 49o).

A recogniser that writes everything in lower case leaves `caseless` only its frames with a word the dictionary
does not know. Known workplaces are often words or known names: a food co-operative (`nortura`, `tine`,
`gilde`), a newspaper (`bergens tidende`), a city mission (`kirkens bymisjon`); the cased rules know them from
their lists and keep them unless the document ties them to someone's work. Here, only in a caseless passage, a
name of those lists (`everyday_names.EMPLOYING`, `associations.MEDIA` of several words or none the dictionary
knows, the relief and volunteer bodies of `associations.VOLUNTEER_BODIES` of several words) is an organisation
after a work frame: a work word and a preposition ("jobbet jeg i kirkens bymisjon"), an occupation
("journalist i bergens tidende"), or a time served there ("var i nortura i to år", `everyday_listed.served`).

What stays: the same words with no work frame ("tok fisken ut for å tine den", "leser bergens tidende",
"frivillig i kirkens bymisjon", "handlet på kiwi").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.associations import MEDIA, VOLUNTEER_BODIES
from workbench.io.pseudonymize.body_employers import occupation_before
from workbench.io.pseudonymize.everyday_listed import served
from workbench.io.pseudonymize.everyday_names import EMPLOYING
from workbench.io.pseudonymize.keep import employer_before
from workbench.io.pseudonymize.public_bodies import work_before

_NAMES = sorted(EMPLOYING | {m for m in MEDIA if " " in m or not lexicon.known_word(m)}
                | {v for v in VOLUNTEER_BODIES if " " in v}, key=len, reverse=True)
_ENTRY = re.compile(r"(?<![\w@/.-])(?:" + "|".join(r"[ \t]+".join(re.escape(w) for w in n.split()) for n in _NAMES)
                    + r")(?![\w@/-]|\.[\wæøå])")
# A volunteer's or member's part before it: no workplace ("frivillig i kirkens bymisjon").
_VOLUNTEER = re.compile(r"(?<![\w-])(?:frivillig\w*|medlem\w*)(?:[ \t]+[\wæøå]+){0,2}[ \t]+(?:i|for|hos|på)[ \t]+$")


def caseless_listed(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:caseless") for a listed name in a work frame in caseless `text`."""
    out = []
    for m in _ENTRY.finditer(text):
        start, end = m.start(), m.end()
        before = text[max(text.rfind("\n", 0, start) + 1, start - 60):start]
        if _VOLUNTEER.search(before):
            continue
        if employer_before(text, start) or occupation_before(text, start) or work_before(text, start) \
                or served(text, start, end):
            out.append((start, end, "org", "rule:caseless"))
    return out
