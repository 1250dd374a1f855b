"""Street addresses abroad in the forms immigrants give them beside their town (round 34i).

A CV or a life story gives the addresses of home and of the countries passed through, in their own forms:
"Carrera 45 # 26-18, Medellín", "Rua Jacinto Soares 418, Fortaleza", "ul. Ogrodowa 17/3, Rzeszów", "23 rue des
Tanneurs, Besançon", "41 Hartley Road, Leicester", "Atatürk Caddesi No: 12, İzmir", "Sharia al-Haram 45, Giza",
"House 22, Street 14, Kabul". The Norwegian street rules know `gate`, `vei` and `-veien`; here a street word
of Spanish, Portuguese, Italian, French, Polish, German, Dutch, English, Turkish and Arabic (as written in Latin
letters) with its name and a house number is an address:

* the street word first (`Calle`, `Carrera`, `Avenida`, `Rua`, `Via`, `Rue`, `ul.`, `Sharia`, `Jalan` …),
  its name if any, and a number with `#`, `No.`, `Nº`, `n°` or `-`/`/` groups;
* the number first, then a French street word and its name (`23 rue des Tanneurs`), or a name and an English
  street word (`41 Hartley Road`);
* a name and a street word after it, then the number (`Palestine Street 12`, `Atatürk Caddesi No: 12`,
  `Hauptstraße 12`);
* `House 22, Street 14`.

The address must stand beside a town: a comma and a capitalised word (a postcode may come between) right after
it, or a capitalised word and a comma right before it. The town after it is a place found with the address
(kind `place`, so no rule for clubs or brands drops it: "41 Hartley Road, Leicester" names a town). Street words
in general talk ("heter gatene Calle eller Carrera", "sier man rua") have no number and no town, and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_UP = r"[A-ZÀ-ÖØ-ÞĀ-ſİ]"  # a capital (Latin-1 and Latin Extended-A, where lower case letters also fall)
_NAME = rf"(?:{_UP}[\w'’.-]*|(?:al|el|ad|ar|as|at|an|az)-[\w'’-]+)"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|la|las|los|le|les|des|du|d'|l'|van|von|der|den|al|el|ibn|bin|ben|abu)"
_NAMES = rf"(?:{_NAME}|{_PARTICLE})(?:[ \t]+(?:{_NAME}|{_PARTICLE})){{0,4}}"
_NUMBER = (r"(?:(?:#|No\.?:?|Nº|N°|n°|nº|Nr\.?|nr\.?|Núm\.?|Num\.?)[ \t]*)?\d{1,5}[A-Za-z]?"
           r"(?:[ \t]*(?:[-/#]|No\.?:?|Nº|N°|n°)[ \t]*\d{1,5}[A-Za-z]?)*")
_WORD_FIRST = (r"(?:Calle|Carrera|Cra\.|Cll\.|Avenida|Avda\.|Diagonal|Transversal|Rua|Travessa|Praça|Plaza|Paseo|Calzada"
               r"|Camino|Carrer|Via|Viale|Corso|Piazza|Rue|Avenue|Boulevard|Jalan|Jl\.|ul\.|Ul\.|ulica|Ulica|al\.|Al\."
               r"|aleja|Aleja|Sharia|Shari['’]a|Shari['’]|Shara['’]?|Shareh|Tariq|Haret)")
_NUMBER_FIRST_FR = r"(?:rue|Rue|avenue|Avenue|boulevard|Boulevard|bd|allée|Allée|chemin|Chemin|impasse|Impasse|quai|Quai|place|Place)"
_EN_STREET = r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Close|Crescent|Way|Gardens|Terrace|Grove|Court)"
_NAME_FIRST = rf"(?:{_EN_STREET}|Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı|Mahallesi)"
_GLUED = r"[A-ZÄÖÜ][\w-]*(?:straße|strasse|str\.|gasse|allee|platz|straat|laan|gracht)"
_FOREIGN_STREET = re.compile(
    rf"(?<![\w.-])(?:{_WORD_FIRST}(?:[ \t]+{_NAMES})??[ \t]+{_NUMBER}"
    rf"|\d{{1,4}}[A-Za-z]?(?:[ \t]*(?:bis|ter))?,?[ \t]+(?:{_NUMBER_FIRST_FR}[ \t]+{_NAMES}|{_NAMES}[ \t]+{_EN_STREET})"
    rf"|{_NAMES}[ \t]+{_NAME_FIRST}[ \t]+{_NUMBER}|{_GLUED}[ \t]+{_NUMBER}"
    rf"|(?:House|Plot|Flat)[ \t]+{_NUMBER},[ \t]*Street[ \t]+{_NUMBER})(?![\w/-])")
_TOWN_AFTER = re.compile(rf"[ \t]*,[ \t]*(?:\d{{2}}-\d{{3}}[ \t]+|\d{{4,5}}[ \t]+)?({_UP}[\w'’-]+)")
_TOWN_BEFORE = re.compile(rf"{_UP}[\w'’-]+,[ \t]*$")
# Words that open a sentence and are no part of a street's name before it ("Og Palestine Street 12").
_OPENERS = frozenset("og i på det vi jeg han hun de den der fra til ja nei men så the in at on my our we".split())


def foreign_streets(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of street addresses abroad beside their town ("address"), and of the town after one
    ("place")."""
    for m in _FOREIGN_STREET.finditer(text):
        start, end = m.start(), m.end()
        town = _TOWN_AFTER.match(text, end)
        if not (town or _TOWN_BEFORE.search(text, max(0, start - 40), start)):
            continue
        while True:  # "Og Palestine Street 12": the opening word is no part of the name
            word = re.match(r"([\w'’]+)[ \t]+", text[start:end])
            if word is None or word.group(1).casefold() not in _OPENERS or not re.search(r"[A-Za-z]", text[start + word.end():end]):
                break
            start += word.end()
        yield start, end, "address"
        if town and town.group(1).casefold() not in _OPENERS:
            yield town.start(1), town.end(1), "place"
