"""A municipality's department named by its function, where someone works or had practice (round 33o).

Municipalities name their departments by what they do, two common nouns joined by `og`: "Vann og avløp",
"Park og idrett", "Plan og bygg", "Vei og trafikk", "Helse og omsorg". The words are ordinary ("vann og
avløp" is the pipes under every house, "Kultur og fritid" a budget line), so the word rules read the
capitalised first noun as a name or a place at best. Named as where a person works ("han jobber i kommunen,
på Vann og avløp, som driftsoperatør", "saksbehandler på Plan og bygg", "praksis på Vei og trafikk i Ålesund
kommune") the phrase is one workplace in one town, an organisation. So it is one here when

* both nouns are municipal fields (`_FIELDS`) and the first is capitalised, not opening a sentence alone
  (at a sentence start the frame below must still hold);
* `på`/`i`/`hos`/`ved` stands right before it, and a work word stands earlier in the sentence (`jobber`,
  `praksis`, `ansatt`, `vikar`, `sommerjobb` ...), or an occupation noun right before the preposition
  ("saksbehandler på"), or `, som` and an occupation right after it ("på Vann og avløp, som ingeniør").

The same phrase as a topic or a service stays: "Vann og avløp er dyrt her", "avgifter for vann og avløp",
"Kultur og fritid er det kommunen kutter i". A found department is found again at its other mentions
(`propagate`), in its own capitalised form.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.body_employers import occupation_before
from workbench.io.pseudonymize.work_frames import sentence_around

# The fields a municipal department is named after (one of two nouns joined by `og`).
_FIELDS = frozenset("""
vann avløp park idrett vei veg trafikk samferdsel plan bygg byggesak byggesaker eiendom kultur fritid helse
omsorg velferd oppvekst utdanning skole barnehage miljø klima natur landbruk renovasjon avfall kart oppmåling
geodata næring regulering byutvikling bolig boliger drift vedlikehold beredskap brann redning friluftsliv
teknikk tekniske arealplan areal innkjøp økonomi regnskap lønn personal service tjenester
""".split())
_DEPARTMENT = re.compile(r"(?<![\w-])(?P<prep>på|i|hos|ved)[ \t]+(?P<name>(?P<a>[A-ZÆØÅ][a-zæøå]+)[ \t]+og[ \t]+"
                         r"(?P<b>[A-ZÆØÅa-zæøå][a-zæøå]+))(?![\w-])")
_WORK = re.compile(r"(?<![\w-])(?i:jobb\w*|arbeid\w*|praksis\w*|arbeidspraksis|ansatt\w*|vikar\w*|sommerjobb\w*"
                   r"|lærling\w*|begynte|begynt|sluttet|stilling\w*|vakt\w*|hospit\w*)(?![\w-])")
_OCCUPATION_AFTER = re.compile(r",?[ \t]+som[ \t]+([a-zæøå]{4,})(?![\w-])")


def function_departments(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for municipal departments named by two fields where someone works."""
    out = []
    for m in _DEPARTMENT.finditer(text):
        if m.group("a").casefold() not in _FIELDS or m.group("b").casefold() not in _FIELDS:
            continue
        lo, _hi = sentence_around(text, m.start(), m.start(), back=120)
        after = _OCCUPATION_AFTER.match(text, m.end())
        if _WORK.search(text, lo, m.start()) or occupation_before(text, m.start("name")) or (
                after is not None and occupation_before(after.group(1) + " på ", len(after.group(1)) + 4)):
            out.append((m.start("name"), m.end("name"), "org", "rule:employer-context"))
    return out
