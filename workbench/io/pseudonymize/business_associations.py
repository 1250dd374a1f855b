"""Local business associations named by their town: `<Place> Næringsforening`, `Næringsforum`, `Handelsstand`
(round 33n).

Every town has its business association, and its name is the town's name and a head noun: "Lier
Næringsforening", "Gran Handelsstand", "Nes Næringsråd", "Bø Næringsforum". The name says where someone runs a
business or asks for help, as a workplace with its place would. The word rules read the head as a capitalised
common noun and the town as a word where the town is also one ("Lier", "Gran", "Bø"), and the association keep
rules leave a body that is only asked or joined ("spør Lier Næringsforening om …"). Here a capitalised word
right before such a capitalised head is the town, and the two are one organisation, whatever the frame; an
adjective or determiner there ("Norsk", "Ny", "Den") names no town, and the head in lower case or alone
("Næringsforeningen arrangerer", "en næringsforening") stays.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz

_HEADS = (r"Næringsforening|Næringsforum|Næringsråd|Næringsråds|Næringslag|Næringsselskap|Næringshage"
          r"|Handelsstand|Handelsstandsforening|Handelsstandforening|Handelsforening|Sentrumsforening")
_ASSOCIATION = re.compile(
    rf"(?<![\w@.-])([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅa-zæøå][a-zæøå]+)?)[ \t]+(?:{_HEADS})(?:en|et|s|ens|ets)?(?![\w-])")
# Words before the head that name no town: adjectives and determiners ("Norsk Næringsråd", "Ny Handelsstand").
_NO_TOWN = frozenset("""
norsk norske nordisk nordiske nasjonal nasjonale ny nye nytt felles lokal lokale lokalt regional regionale kristen
kristne samisk samiske internasjonal internasjonale europeisk europeiske vår vårt våre min mitt mine vår deres
den det de en et ei hver denne dette disse sentral sentrale gamle gammel store stor lille liten
""".split())


def _town(name: str) -> bool:
    low = name.casefold()
    return not (low in _NO_TOWN or low in gaz.NEVER or low in gaz.FUNCTION_WORDS or low in gaz.POSSESSIVES)


def business_associations(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:local-body") for a town's business association."""
    return [(m.start(), m.end(), "org", "rule:local-body") for m in _ASSOCIATION.finditer(text) if _town(m.group(1))]
