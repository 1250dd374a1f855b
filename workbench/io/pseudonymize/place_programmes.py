"""A programme, academy or institute named by its host before a hyphen, where someone studied (round 33o).

Programmes and institutes abroad are often called after the town, estate or museum that hosts them, joined to
the kind of place by a hyphen ("et år på Tredegar-programmet i Wales", "to semestre ved Hallstatt-akademiet",
"Winterthur-programmet i Delaware"). The word rules see one unknown hyphenated word and may leave it, or take
it for a place; the name is the school where a person studied, which identifies like any place of study. Here
the whole hyphenated word is an organisation when

* its first part is a capitalised name the dictionary does not know as a word (not "Mentor-programmet",
  "Sommer-skolen") and no exchange or public scheme (`Erasmus`, `Fulbright`, `Nordplus`, `Kvote`), which
  thousands follow and which names no host;
* its second part is a programme or an institution in the definite (`programmet`, `akademiet`, `instituttet`,
  `museet`, `senteret`, `skolen`, `laboratoriet`);
* `på`, `ved`, `i`, `hos` or `fra` stands right before it, and a stay or study word earlier in its sentence
  (a year, semesters, months; `studerte`, `utdannet`, `master`, `praksis`, `stipend`).

"Fulbright-programmet gir stipend til mange" and "var et år på Erasmus-programmet" stay.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.work_frames import sentence_around

# Exchange and public schemes: many follow them, and they name no host.
_SCHEMES = frozenset("""
erasmus erasmus+ fulbright nordplus kvote kvoteprogrammet quota marie curie horisont horizon jobbsjansen
introduksjonsprogrammet norad norfab norpart utdanningsprogrammet
""".split())
_PROGRAMME = re.compile(
    r"(?<![\w@.-])(?P<prep>på|ved|i|hos|fra)[ \t]+(?P<name>(?P<host>[A-ZÆØÅ][a-zæøåäöüéèáí']{2,})"
    r"-(?:programmet|akademiet|instituttet|museet|senteret|skolen|laboratoriet))(?![\w-])")
_STAY = re.compile(r"(?<![\w-])(?i:år|året|semester|semestre|semesteret|måned|måneder|uker|studer\w*|utdann\w*"
                   r"|bachelor\w*|master\w*|doktorgrad|phd|praksis\w*|stipend\w*|opphold\w*|internship|trainee\w*)"
                   r"(?![\w-])")


def place_programmes(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:institution") for a host-named programme or institute where someone studied."""
    out = []
    for m in _PROGRAMME.finditer(text):
        host = m.group("host").casefold()
        if host in _SCHEMES or rules.known_word(host):
            continue
        lo, _hi = sentence_around(text, m.start(), m.start(), back=150)
        if _STAY.search(text, lo, m.start()):
            out.append((m.start("name"), m.end("name"), "org", "rule:institution"))
    return out
