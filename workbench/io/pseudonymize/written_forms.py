"""Identifiers as forms and documents write them, beside the plain forms `identifiers` reads (round 38g).

Text pasted from a form, a business card or a letter writes a number's groups apart with a hard space
(U+00A0, U+202F) or a dash (`22–48–61–90`, `220396–46629`) where speech transcribed by hand has a space
or a hyphen. `plain_separators` turns those into the plain ones, character for character, so every rule
sees one form and the spans it finds stay those of the original text.

It also finds two written shapes of addresses and organisation numbers the plain rules leave:

* a postcode with the country's prefix (`N-7031 Trondheim`, `NO-5003 Bergen`), and a place before its
  postcode (`Sjøgata 14, Bodø 8006`) right after a street address or a post box and a comma, or after the
  label `postnummer og sted`;
* an organisation number with `NO` before it and `MVA` after it (`NO 986 221 447 MVA`), as invoices write it;
* a street word cut short (`Kirkev. 3`), a property's `gnr. 12 bnr. 34`, two telephone numbers with a slash
  between them, and a postcode glued to the comma after a house number (`Bakkeveien 7,7034 Trondheim`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_HARD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
# A dash between figures ("22–48", "+47–915"): written for a hyphen.
_FIGURE_DASH = re.compile(r"(?<=[\d7])[\u2010\u2011\u2012\u2013\u2014\u2212](?=\d)")
# A name and house number with the postcode glued to the comma after it: "Bakkeveien 7,7034 Trondheim".
_GLUED_POSTCODE = re.compile(r"(?<![\w-])(?:[A-ZÆØÅ][\w'’-]*[ \t]){0,2}[A-ZÆØÅ][\w'’-]*[ \t]\d{1,4}[A-Za-z]?"
                             r",\d{4}[ \t]+[A-ZÆØÅ][A-ZÆØÅa-zæøåé-]+")
COUNTRY_POSTCODE = re.compile(r"(?<![\w-])(?:N|NO)-\d{4}[ \t]+[A-ZÆØÅ][A-ZÆØÅa-zæøåé-]+(?:[ \t][A-ZÆØÅ][a-zæøå]+)?")
# A place and then its postcode, after a street address and a comma; not a year ("Oslo 2019").
_PLACE_POSTCODE = re.compile(r",[ \t]+([A-ZÆØÅ][a-zæøåé-]+(?:[ \t][A-ZÆØÅ][a-zæøå]+)?[ \t]+(?!19\d\d|20[0-3]\d)\d{4})(?![\w]|[.,]\d)")
# The same after the label of a form's field: "Postnummer og sted: Tromsø 9008".
_LABELLED_PLACE_POSTCODE = re.compile(
    r"(?i:post(?:nummer|nr\.?)[ \t]og[ \t](?:post)?sted|poststed):?[ \t]+"
    r"([A-ZÆØÅ][a-zæøåé-]+(?:[ \t][A-ZÆØÅ][a-zæøå]+)?[ \t]+\d{4})(?![\w]|[.,]\d)")
# A street word cut short with a full stop and a house number: "Kirkev. 3", "Parkvn. 12 B" ("Storgt." is read by
# `street_forms.STREET`).
SHORT_STREET = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]{3,}(?:v|vn|vg|vei|gt|pl)\.[ \t]\d{1,4}(?:[ \t]?[A-Za-z](?![\w]))?"
                          r"(?![\d.,:/-]?\d|[ \t]*(?i:år|kr|prosent|%|ganger|timer))")
# Two telephone numbers with a slash between them ("91234567/22334455"), which the plain rule leaves.
_SLASHED_PHONES = re.compile(r"(?<![\w/])([2-9]\d{7})/([2-9]\d{7})(?![\w/])")
# A property's farm and holding number (gårdsnummer and bruksnummer): "gnr. 12 bnr. 34", "gnr 12/bnr 34".
PROPERTY_NUMBER = re.compile(r"(?<![\w])(?i:gnr\.?|gårdsnummer|gårdsnr\.?)[ \t]?\d{1,4}[ \t,/]*(?:og[ \t])?"
                             r"(?i:bnr\.?|bruksnummer|bruksnr\.?)[ \t]?\d{1,4}(?![\w])")
ORG_NUMBER_VAT = re.compile(r"(?<![\w])(?:NO[ \t]?)?\d{3}[ .]?\d{3}[ .]?\d{3}[ \t]?MVA(?![\w])")


def plain_separators(text: str) -> str:
    """`text` with hard spaces as spaces and dashes between figures as hyphens; its length is kept."""
    return _FIGURE_DASH.sub("-", text.translate(_HARD_SPACES))


def written_identifiers(text: str, addresses: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of the written shapes above; `addresses` are the street addresses found already."""
    for m in COUNTRY_POSTCODE.finditer(text):
        yield m.start(), m.end(), "address"
    for m in _PLACE_POSTCODE.finditer(text):
        if any(e == m.start() for _s, e in addresses):
            yield m.start(1), m.end(1), "address"
    for m in _LABELLED_PLACE_POSTCODE.finditer(text):
        yield m.start(1), m.end(1), "address"
    for m in ORG_NUMBER_VAT.finditer(text):
        yield m.start(), m.end(), "number"
    for m in SHORT_STREET.finditer(text):
        yield m.start(), m.end(), "address"
    for m in PROPERTY_NUMBER.finditer(text):
        yield m.start(), m.end(), "address"
    for m in _SLASHED_PHONES.finditer(text):
        yield m.start(1), m.end(1), "phone"
        yield m.start(2), m.end(2), "phone"
    for m in _GLUED_POSTCODE.finditer(text):  # "Bakkeveien 7,7034 Trondheim": no space after the comma
        yield m.start(), m.end(), "address"
