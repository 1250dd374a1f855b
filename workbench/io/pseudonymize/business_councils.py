"""A town's business association named by the town: "Lier Næringsforening", "Eid Næringsråd".

A local business association, council, forum or park takes its town's name ("Vadsø Næringsforening",
"Nordhordland Næringsråd"), and naming it names where a participant has a business. The run rules find the
name when the town is listed or unknown, but a town whose name is also a Norwegian word ("Lier", "Eid",
"Stord", "Ås", "Time") is read as that word, the association's head word alone is no organisation either, and
the whole name is left. Here a capitalised word right before such a head word (`Næringsforening`,
`Næringsråd`, `Næringsforum`, `Næringshage`, `Handelsstand`, with their endings) makes one organisation with
it, unless the word is a function word or a national or generic adjective ("Hos Næringsforeningen", "Norsk
Næringsforening", "Den lokale Næringsforeningen" stay as they are).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz

_HEADS = (r"Nærings(?:forening(?:en|ens|s)?|råd(?:et|ets|s)?|forum(?:et|ets|s)?|hage(?:n|ns)?)"
          r"|Handelsstand(?:en|ens|sforening(?:en|ens)?)?")
_COUNCIL = re.compile(rf"(?<![\w@.-])([A-ZÆØÅ][\wæøå-]+)[ \t]+(?:{_HEADS})(?![\w-])")
# National, generic and ordinal words before the head word: no town.
_NOT_TOWNS = frozenset("norsk norske norges nasjonal nasjonale lokal lokale regional regionale ny nye gamle".split())


def business_councils(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:business-council") for a town's business association named with the town."""
    out = []
    for m in _COUNCIL.finditer(text):
        low = m.group(1).casefold()
        if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.POSSESSIVES or low in _NOT_TOWNS:
            continue
        out.append((m.start(), m.end(), "org", "rule:business-council"))
    return out
