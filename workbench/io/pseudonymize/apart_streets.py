"""A street whose street word is a word of its own with a capital: "Hatlane Terrasse 9" (round 26n).

`street_forms.STREET` reads a street word glued to the name ("Lerstadvegen 212") or after it in lower case
("Kong Oscars gate 7"). Many streets are named the other way, with the street word capitalised after a name
or an adjective: "Granlund Terrasse 31", "Kvitstein Allé 22 B", "Mølleholmen Brygge 5", "Sjøbodene Kai 7",
"Øvre Bakken 6", "Lille Svingen 11", "Eikeli Torg 2", "Rådhus Plass 4". A capitalised name (a word such as
`Øvre`, `Lille`, `Kong` or a genitive before it allowed), such a street word and a house number (a letter
after it allowed) make an address; a count after the number ("Aker
Brygge 3 ganger"), a year-like number of four digits and a preposition opening the sentence ("I Bakken 5
…" keeps its `I`) stay out.
"""

from __future__ import annotations

import re

# Street words said apart with a capital. Not `Park`, `Senter` or `Hage`: film titles and shops end so too.
STREET_WORD_APART = (r"(?:Allé|Alle|Allè|Plass|Plassen|Torg|Torget|Brygge|Brygga|Bryggen|Kai|Kaia|Kaien|Stredet"
                     r"|Smauet|Bakken|Bakke|Svingen|Løkka|Løkken|Haugen|Terrasse|Terrassen|Gate|Gata|Vei|Veien"
                     r"|Veg|Vegen|Tun|Tunet|Stien|Kroken)")
# A word that opens a sentence before a street named in it ("Til Torget 2 …"): no part of the street's name.
_OPENERS = r"(?:I|På|Til|Fra|Ved|Mot|Og|Den|Det|Der|Her|Hos|Om|Etter|Før|Bak|Over|Under)"
# The first of two words before the street word: a word of direction, size or age ("Øvre Bakken", "Lille
# Svingen", "Gamle Kai"), a title or a genitive ("Kong Haakons Plass"); any other word there is the sentence's
# own ("Skriv Lille Svingen 11 på konvolutten").
_FIRST = (r"(?:Øvre|Nedre|Lille|Store|Gamle|Nye|Søndre|Nordre|Vestre|Østre|Indre|Ytre|Midtre|Kong|Dronning|Prins"
          r"|Prinsesse|Sankt|St\.|[A-ZÆØÅ][\w'’-]*s)")
_HOUSE = r"[ \t]\d{1,3}(?:[ \t]?[A-Ha-h](?![\w'’-]))?(?![\w]|[.,:/–-]?\d)"


def apart_street_pattern(unit: str) -> re.Pattern[str]:
    """The pattern of such a street and its house number; `unit` is what a count has after its number."""
    return re.compile(rf"(?<![\w-])(?!{_OPENERS}[ \t])(?:{_FIRST}[ \t])?[A-ZÆØÅ][\w'’-]*[ \t]{STREET_WORD_APART}{_HOUSE}"
                      rf"(?![ \t]*(?i:{unit})(?![\w]))")
