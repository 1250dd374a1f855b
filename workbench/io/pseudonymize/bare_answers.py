"""ID numbers given as a bare answer: the question named the number, the answer is only the number.

An interviewer asks "Og nå har du HPR-nummer?" and the answer is "Ja, det er 1049 3386." The label rules
(`identifiers.LABELLED`, `spoken_numbers.CASE_SAID`) need the label in the same sentence; here it is in the
turn before. A number of six or more digits (groups of digits with spaces, dots, dashes or slashes between,
one or two capitals in front allowed), or six or more digits said in words, in a turn that answers a question
naming an ID number (HPR-nummer, saksnummer, kontonummer, passnummer, referanse, medlemsnummer …) is that
number. Years, spans of years, dates, amounts and clock times stay: they have fewer digits, a date's or a
span's shape, thousands written apart ("1 250 000"), or a unit after them.

A passport number has a shape of its own: two capitals and seven digits read in two groups ("FK 7730 118",
"LM 4402 917"). Said so, it is a passport number wherever it stands; with a passport word in its turn or the
turn before ("Har du fått passet fornyet?"), one or two capitals and six to nine digits in groups are too.

A postcode given alone, opening the answer to a question about it ("Og postnummeret der?" / "7079, tror
jeg."), is the address's; a year said there stays ("Vi flyttet dit i 2019").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.label_reach import amount, own_earlier_turn
from workbench.io.pseudonymize.sentence_marks import SENTENCE_END_IN_TURN as _SENTENCE_END
from workbench.io.pseudonymize.spoken_numbers import _UNIT_AFTER as _WORD_UNIT_AFTER
from workbench.io.pseudonymize.spoken_numbers import _counting, _runs
from workbench.io.pseudonymize.work_frames import line_around, line_before

# An ID number's label in a question (or a statement the answer follows): the labels `identifiers` reads,
# and those of case and reference numbers.
_ID_LABEL = re.compile(
    r"(?<![\w])(?i:hpr(?:[- ]?(?:nummer(?:et)?|nr\.?))?|saks(?:nummer(?:et)?|nr\.?)|referanse(?:n|nummer(?:et)?)?"
    r"|journalnummer(?:et)?|arkivnummer(?:et)?|vedtaksnummer(?:et)?|søknadsnummer(?:et)?|konto(?:nummer(?:et)?|nr\.?)"
    r"|pass(?:nummer(?:et)?|nr\.?)|org(?:anisasjons)?\.?[ ]?(?:nummer(?:et)?|nr\.?)"
    r"|(?:person|fødsels|d-|kunde|medlems|klient|bruker|ansatt|student|pasient|kandidat|elev|søker|duf)"
    r"nummer(?:et)?|id-nummer(?:et)?|reisebevis(?:et|nummer(?:et)?)?)(?![\w])")
# A number: groups of digits with one space, dot, dash or slash between, one or two capitals before.
_NUMBER = re.compile(r"(?<![\w./-])(?:[A-Z]{1,2}[ \t]?)?\d+(?:[ \t./-]\d+)*(?![\w]|[.,]\d)")
# An amount written with thousands apart ("1 250 000"): never an ID number given bare (an org.nr. has its own rule).
_THOUSANDS = re.compile(r"\d{1,3}(?:[ \t.]\d{3})+")
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d\d[ \t]*[-–/][ \t]*(?:(?:19|20)?\d\d)")
_UNIT_AFTER = re.compile(r"[ \t]*(?:,-|%|(?i:kr\.?|kroner|nok|euro|prosent|år|timer|dager|uker|stykker)(?![\w]))")
_PRICE_BEFORE = re.compile(r"(?<![\w-])(?i:kr\.?|nok|kostet|koster|betalte|betaler|lønn\w*|klokka|kl\.?)[ \t:]*$")
# A passport: two capitals and seven digits in two groups, said anywhere; after a passport word, one or two
# capitals and six to nine digits in groups.
_PASSPORT_SHAPE = re.compile(r"(?<![\w-])[A-Z]{2}[ \t](?:\d{4}[ \t]\d{3}|\d{3}[ \t]\d{4})(?![\w]|[ \t.,]\d)")
_PASSPORT_GROUPS = re.compile(r"(?<![\w-])[A-Z]{1,2}[ \t]?\d{2,4}(?:[ \t]\d{2,4}){1,3}(?![\w]|[ \t.,]\d)")
# A passport word; `passet` only as a noun ("passet mitt", "fått passet"): "det passet for meg" is "it suited me".
_PASSPORT_WORD = re.compile(
    r"(?<![\w-])(?i:pass(?:nummer(?:et)?|nr\.?)|passport|(?:nytt|gammelt|norsk|utenlandsk|ditt|mitt|hans|hennes|et)"
    r"[ \t]+pass|passet[ \t]+(?:mitt|ditt|hans|hennes|sitt|deres|vårt|fornyet)"
    r"|(?:fått|fornye|fornyet|fornyer|nye|gamle|hente|hentet|søkt[ \t]+om)[ \t]+passet)(?![\w-])")
# Standards and norms written the same way ("NS 3420", "EN 1090"), never a passport.
_STANDARDS = frozenset({"NS", "EN", "SN", "IS"})


def _digits(span: str) -> int:
    return sum(c.isdigit() for c in span)


def bare_answers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of ID numbers given as bare answers to a question naming them, and of passport numbers by
    their shape."""
    for m in _PASSPORT_SHAPE.finditer(text):
        if m.group(0)[:2] not in _STANDARDS:
            yield m.start(), m.end()
    for m in _PASSPORT_GROUPS.finditer(text):
        line_start, line_end = line_around(text, m.start())
        before = line_before(text, line_start)
        if 6 <= _digits(m.group(0)) <= 9 and m.group(0)[:2] not in _STANDARDS and (
                _PASSPORT_WORD.search(text, line_start, line_end) or _PASSPORT_WORD.search(text, *before)):
            yield m.start(), m.end()
    for m in _NUMBER.finditer(text):
        found = m.group(0)
        if not 6 <= _digits(found) <= 14 or _DATE.fullmatch(found) or _THOUSANDS.fullmatch(found) \
                or _UNIT_AFTER.match(text, m.end()) \
                or _PRICE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        line_start, _line_end = line_around(text, m.start())
        before = line_before(text, line_start)
        if _ID_LABEL.search(text, *before) and not own_earlier_turn(text, line_start, *before) \
                and not amount(text, m.start(), m.end()):  # round 41i: "P: Men vi tjente 275000 i fjor" after one's own turn
            yield m.start(), m.end()


def said_answers(text: str) -> Iterator[tuple[int, int]]:
    """Runs of number words saying six or more digits in a turn that answers a question naming an ID number
    ("Og HPR-nummeret?" / "Ja, det er en null fire ni, tre tre åtte seks."); counts and amounts stay. The
    caller puts them after the read-backs, which know a number read back (a fødselsnummer) by its kind."""
    offset = 0
    for line in text.split("\n"):
        asked: bool | None = None
        for run in _runs(line, offset):
            digits = sum(len(min(item.values, key=len)) for item in run)
            if digits < 6 or _counting(run) or _WORD_UNIT_AFTER.match(text, run[-1].end) \
                    or _PRICE_BEFORE.search(text, max(offset, run[0].start - 20), run[0].start):
                continue
            if asked is None:
                asked = _ID_LABEL.search(text, *line_before(text, offset)) is not None
            if asked:
                yield run[0].start, run[-1].end
        offset += len(line) + 1


_POSTCODE_LABEL = re.compile(r"(?<![\w-])(?i:post(?:nummer(?:et)?|nr\.?|kode(?:n)?))(?![\w-])")
_FOUR_DIGITS = re.compile(r"(?<![\w.,/-])\d{4}(?![\w]|[.,]\d|[ \t]*(?i:kr\.?|kroner|år|%|prosent)(?![\w]))")
_YEAR_BEFORE = re.compile(r"(?<![\w-])(?i:i|fra|siden|til|før|etter|innen|året|høsten|våren|sommeren|vinteren)[ \t]+$")
# How far into its turn the answer may stand: the speaker's label (a time stamp before it) and a few words.
_OPENING = 45


def bare_postcodes(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a postcode opening an answer to a question that names it in the turn before."""
    for m in _FOUR_DIGITS.finditer(text):
        line_start, _line_end = line_around(text, m.start())
        if m.start() - line_start > _OPENING or _SENTENCE_END.search(text, line_start, m.start()) \
                or _YEAR_BEFORE.search(text, max(line_start, m.start() - 12), m.start()):
            continue
        if _POSTCODE_LABEL.search(text, *line_before(text, line_start)):
            yield m.start(), m.end()
