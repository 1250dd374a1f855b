"""Numbers as a transcript writes speech down: split by hesitation, spaced, said after a clause.

`identifiers` finds numbers in the shapes people write them. A transcript of a phone
interview holds them as they were said: a telephone number broken by a filler or a pause
("412, eh, 38 907", "48 12 … 77 03", digit by digit), a passport number read in groups
("R 4471 9023") or given only after an inserted clause ("Passnummeret, hvis jeg husker
riktig, er ..."), a postcode said alone after its label ("postnummeret er 2316").
These rules need the label or a telephone word in the same turn, so ordinary counts and
years stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Between the digit groups of a number said aloud: a space, a comma, a dot, a pause (… ... – -) or a filler.
_FILLER = r"(?:eh|ehm|eh{2,}|øh|øhm|hm|hmm|mm|em|altså|vent)"
_SEP = rf"(?=[ \t,.…–-])(?:[ \t]*(?:[,.…–-]|\.\.\.)?[ \t]*(?:{_FILLER}[ \t]*[,.…–-]?[ \t]*)?)"
# Digit groups of one to three digits (years and four-digit groups are left to `identifiers`).
SPOKEN_DIGITS = re.compile(rf"(?<![\w+/.,-])\d{{1,3}}(?:{_SEP}\d{{1,3}}){{1,7}}(?![\w]|[.,]?\d)", re.I)
# Words for a telephone in the same turn, up to 120 characters before the number: a telephone word, or a
# number or a call that is someone's ("nummeret mitt", "ring meg på"); not a bare "ringte" or "nummer".
PHONE_WORDS = re.compile(
    r"(?<![\w-])(?i:telefon\w*|tlf\.?|mobil\w*|jobbtelefon\w*|sms|whatsapp"
    r"|nummer(?:et)?[ \t]+(?:mitt|hans|hennes|deres|vårt|er|var)|mitt[ \t]+nummer"
    r"|(?:ring|ringe|nå|når|treffe|treffer)[ \t]+(?:meg|oss|ham|henne|dem)(?:[ \t]+på)?)(?![\w-])")
# A passport label, then within the same sentence (an inserted clause allowed) its number: letters and digits,
# with single spaces inside ("R 4471 9023", "FH 552 190 3", "058214736").
PASSPORT_AFTER = re.compile(
    r"(?<![\w-])(?i:pass(?:nummer(?:et)?|nr\.?)|passet(?:s)?[ \t]+(?:mitt|hans|hennes|nummer|har[ \t]+nummer))"
    r"(?![\w-])[^\n.!?]{0,100}?(?<![\w])((?-i:[A-Z]{1,2})[ \t]?\d(?:[ \t]?\d){5,8}(?-i:[A-Z])?|\d(?:[ \t]?\d){6,9})"
    r"(?![\w]|[ \t]\d|[.,]\d)")
# A passport number of capitals and digits mixed (German and other formats: "C01X00T47") after a passport
# word and the word for its number, in the same sentence.
PASSPORT_CODE = re.compile(
    r"(?<![\w-])(?i:pass|passet|passport|passnummer(?:et)?|passnr\.?)(?![\w-])[^\n.!?]{0,60}?"
    r"(?<![\w])(?i:nummer(?:et)?|nr\.?|no\.?)(?:[ \t]+(?i:er|var|på|:))?[ \t:]+([A-Z0-9]{7,10})(?![\w])")
# A postcode said alone after its label: "postnummeret er 2316", "postnr. 0580".
POSTCODE_SAID = re.compile(
    r"(?<![\w-])(?i:post(?:nummer(?:et)?|nr\.?))(?:[ \t]+(?i:mitt|hans|hennes|vårt|deres|er|var|:)){0,3}"
    r"[ \t:]+(\d{4})(?![\w]|[.,]\d)")


def _digits(span: str) -> str:
    return "".join(c for c in span if c.isdigit())


def find_spoken(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for numbers said aloud: phones with pauses, passports after a clause, postcodes."""
    for m in SPOKEN_DIGITS.finditer(text):
        digits = _digits(m.group(0))
        if len(digits) != 8 or digits[0] in "01":
            continue
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 120)
        if PHONE_WORDS.search(text, line_start, m.start()):
            yield m.start(), m.end(), "phone"
    for m in PASSPORT_AFTER.finditer(text):
        yield m.start(1), m.end(1), "number"
    for m in PASSPORT_CODE.finditer(text):
        code = m.group(1)
        if sum(c.isdigit() for c in code) >= 4 and any(c.isalpha() for c in code):
            yield m.start(1), m.end(1), "number"
    for m in POSTCODE_SAID.finditer(text):
        yield m.start(1), m.end(1), "address"
