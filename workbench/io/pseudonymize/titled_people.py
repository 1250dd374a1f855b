"""A surname after a title: `Herr Moen`, `Fru Haugland`, `dr. Salvesen`, `advokat Brattli` (round 50p).

A courtesy or professional title written before a capitalised word names a person by their surname. Held-out 49 left
the capitalised title beside a replaced surname at a sentence start (`Herr Moen må vise meg …`, `Herr Elvestad, sier
de nye på jobben`) and missed a doctor's surname in apposition (`Fastlegen min på Strømmen, dr. Salvesen, har …`).
The title says as much about who is meant as the surname, so a capitalised title (`Herr`, `Fru`, `Frøken`, `Doktor`,
`Dr.`) goes into the replacement with the name; after a lower-case title (`fru`, `dr.`, `lege`, `advokat`,
`tannlege`, `psykolog`, `professor`) only the name is replaced.

Round 57b: held-out 60 opened a sentence with a professional title and a surname (`Professor Sæther, min veileder,
sier …`); only the surname was found. A capitalised professional title (`Professor`, `Overlege`, `Lektor`, `Rektor`,
`Dosent`, `Advokat`, `Psykolog`, `Fastlege`, `Pastor`, `Sogneprest`) goes into the replacement like `Doktor`, and
the lower-case forms of the new titles name a surname after them like `professor`.

What stays: a title with no capitalised word after it (`Herr eller fru`, `Herr og fru står på konvolutten`, `Dr.
philos.`, `Doktor er et fint yrke`, `Professor i kjemi`, `Rektor sier`, `Lektor, altså lærer,`, `Legen, en ung
mann, sa`), and a title before a function word or a very common word (`Fru Og` cannot occur, `lege Det` is no name).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

_NAME = r"[A-ZÆØÅ][a-zæøåäöüéèáíóúñ]+(?:-[A-ZÆØÅ][a-zæøåäöüéèáíóúñ]+)?"
_TITLED = re.compile(
    r"(?<![\w.'’-])(?:(?P<cap>Herr|Fru|Frøken|Doktor|Dr\.|Professor|Prof\.|Overlege|Lektor|Rektor|Dosent|Advokat"
    r"|Psykolog|Fastlege|Pastor|Sogneprest)|(?P<low>herr|fru|frøken|doktor|dr\.|lege|fastlege|advokat"
    r"|tannlege|psykolog|professor|prof\.|overlege|lektor|rektor|dosent|pastor|sogneprest))"
    rf"[ \t]+(?P<name>{_NAME})(?:[ \t]+(?P<more>{_NAME}))?(?![\w'’-])")


def _surname(word: str, common: float) -> bool:
    low = word.casefold()
    return not (low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS or low in gaz.POSSESSIVES
                or rules.frequent(low, common))  # not `rules.public`: after a title "Salvesen" is a surname


def titled_people(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", "rule:name") for a surname after a title, the title included where it is capitalised."""
    out = []
    for m in _TITLED.finditer(text):
        common = 5.0 if m.group("cap") or m.group("low") in ("herr", "fru", "frøken", "doktor", "dr.") else 4.0
        if not _surname(m.group("name"), common):
            continue
        end = m.end("more") if m.group("more") and _surname(m.group("more"), 4.0) else m.end("name")
        out.append((m.start() if m.group("cap") else m.start("name"), end, "person", "rule:name"))
    return out
