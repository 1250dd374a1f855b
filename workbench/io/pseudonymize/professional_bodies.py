"""Small professional associations a participant is put in touch with, joins or meets at: "Norsk Tannteknikerforening".

A large union or association identifies nobody ("medlem av Fagforbundet", "Norsk Pensjonistforbund"), and the
keep rules leave one named by its ending unless someone works there. A national association of one narrow
trade ("Nordisk Konservatorforbund", "Norsk Frisørforbund") is different: its members are few, and a mentor
who puts a mentee in touch with it, a mentee who joins it or the two going to its annual meeting tell a reader
the person's trade and circle. Here such a name — `Norsk`/`Norges`/`Nordisk`/`Den norske`/`Skandinavisk` and
one word made of an occupation noun and `forbund`, `forening`, `lag` or `laug` (in any of their forms), not a
listed association — is an organisation after contact, joining, membership or a meeting of it ("i kontakt med",
"inn i", "medlem av", "årsmøtet til", "seminaret i"). Hobby, client and age groups (`Pensjonist-`, `Jeger-`,
`Leieboer-`) are no trade. A found name is found again at its other mentions (`propagate`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.associations import listed_association
from workbench.io.pseudonymize.body_employers import occupation

_NAME = re.compile(r"(?<![\w@.-])(?:Nordisk|Norsk|Norges|Den[ \t]+[Nn]orske|Skandinavisk)[ \t]+"
                   r"([A-ZÆØÅ][a-zæøå]{3,}?)(?:forbund|forbundet|forening|foreningen|lag|laget|laug|lauget)(?![\w-])")
_NOT_TRADES = frozenset("""
pensjonist student elev jeger fisker turist leieboer huseier hytteeier forbruker pasient bruker seiler syklist
bilist motorsyklist løper skiløper amatør samler frimerkesamler kunde innvandrer
""".split())
_FRAME_BEFORE = re.compile(
    r"(?<![\w-])(?i:kontakt[ \t]+med|inn[ \t]+i|medlem\w*[ \t]+(?:av|i)|(?:års|lands|fag)møte\w*[ \t]+(?:til|i|hos|for)"
    r"|seminar\w*[ \t]+(?:til|i|hos)|konferanse\w*[ \t]+(?:til|i|hos)|via|gjennom)[ \t]+$")


def professional_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:professional-body") for a narrow trade's national association met or joined."""
    out = []
    for m in _NAME.finditer(text):
        stem = m.group(1).casefold()
        if stem in _NOT_TRADES or not occupation(stem) or listed_association(" ".join(m.group(0).split()).casefold()):
            continue
        if _FRAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            out.append((m.start(), m.end(), "org", "rule:professional-body"))
    return out
