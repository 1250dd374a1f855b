"""Numbers a recogniser cut where the speaker paused, in text without case (round 30c).

`caseless_numbers` joins the digits of a telephone or identity number said in odd groups. Three more forms
come out of raw recogniser text (in lower case, or in capitals read in lower case by `capitals`) and are
read here, only where the text carries no case:

* a postcode said as two pairs before its place, right after a house number or `postnummer` ("løkkeveien 17
  23 80 brumunddal"): the pairs and the place;
* a house number said digit by digit after a street and put right or read back at once ("strandgata 4 1
  nei 41"): the street and both digits; a lone digit after a street with no such number stays what it was;
* a birth date after `født` with its day or year said in pieces and a stop heard as a dot ("født 1 4 .
  juni 20 17", "født 3 . mars 2 0 19"): day, month and a four-digit year (or two), however cut.

Counts, prices and clock times ("kostet 12 50 kroner", "fra 10 til 12") have no place, street or `født`
before or after them.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz

_MONTHS = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
_PAIRS = re.compile(r"(?<![\w.,/-])(\d\d) (\d\d)[ ]([a-zæøå][a-zæøå-]{2,})(?![\w-])")
_HOUSE_APART = re.compile(r"(?<![\w-])([a-zæøå][a-zæøå-]*(?:veien|vegen|veg|vei|gata|gaten|gate|allé|stien|"
                          r"plassen|tunet|bakken|svingen|ringen|kroken|haugen|åsen|løkka|lunden))[ ](\d)[ ](\d)(?![\w]|[.,]\d)")
_BIRTH_APART = re.compile(rf"(?<![\w-])født(?:[ ]den)?[ ]((?:\d[ ]\d|\d{{1,2}})[ ]?\.?[ ](?:{_MONTHS})[ ]"
                          r"(\d{1,4}(?:[ ]\d{1,4}){0,3}))(?![\w]|[.,]\d)")


def apart_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the postcodes, addresses and birth dates above in a text without case."""
    return _pairs(text) + _houses(text) + _births(text)


def _pairs(text: str) -> list[tuple[int, int, str]]:
    from workbench.io.pseudonymize import rules
    from workbench.io.pseudonymize.caseless import common_compound

    out = []
    for m in _PAIRS.finditer(text):
        place = m.group(3)
        before = text[max(0, m.start() - 30):m.start()]
        if not re.search(r"(?:[a-zæøå]+[ ]\d{1,3}[a-h]?|postnummer(?:et)?(?:[ ]er)?)[ ]$", before):
            continue  # after a house number or the word for it only: "klokka 10 30 bergen" is no postcode
        if place in gaz.FUNCTION_WORDS or place in gaz.NEVER or rules.public(place):
            continue
        if rules.listed(place, gaz.PLACES) or rules.dictionary_proper_noun(place) or (
                not rules.known_word(place) and not common_compound(place)):
            out += [(m.start(), m.end(2), "address"), (m.start(3), m.end(3), "postplace")]
    return out


def _houses(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _HOUSE_APART.finditer(text):
        number = m.group(2) + m.group(3)
        if re.search(rf"(?<!\d)(?<!\d )(?<![\w-]){number}(?!\d)", text[m.end():m.end() + 60]):
            out.append((m.start(), m.end(), "address"))
    return out


def _births(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _BIRTH_APART.finditer(text):
        year = m.group(2).replace(" ", "")
        if len(year) == 2 or (len(year) == 4 and year[:2] in ("19", "20")):
            out.append((m.start(1), m.end(1), "date"))
    return out
