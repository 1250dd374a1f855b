"""Case numbers of a year and a serial after a bare case word: "«Sak 2025-014. …»" (round 40i).

`identifiers.CASE_NUMBER` reads an archive number with a slash (`24/03317`, `2025/014`), `LABELLED` any number
after a label such as `saksnummer`, `saksnr` or `sak nr.`, and `said_case_numbers` a number after `nummer` in a
sentence about a case. A case note read aloud, a letter's heading or a journal entry often gives the case word
alone before the number, and writes the year and the serial with a hyphen: `Sak 2025-014`, `Saks-ID 2023-0117`,
`Journalpost 2024-00871`, `Arkivsak 2022-1143-4`, `Ref 2025-0036`, `Søknad 2024-221`, `Byggesak 2024–0312`,
`sak 24-00456-3`. Right after such a word (a label `nr.`, `ID` or a colon between allowed), a year of four
digits with a serial of three to six digits, or a year of two digits with a serial of three to six, each with a
document number after a second hyphen or not, is the case number; so is such a number after `nummer` in a
sentence about a case (`Saken har nummer 2024-118`).

What stays: a span of years (`Sak 2019-2021`, `Søknad 2024-2025`), a date (`2025-01-14`), a score or a range
(`3-1`, `6-8 uker`), an item on an agenda (`Sak 3`, `sak 2 av 5`, `Sak 14/25`), a year alone (`saken i 2025`) and
a year glued to a word (`2025-utgaven`). The case word before a case number is a field name, not a name: it
is kept from the name rules (`Arkivsak`, `Søknad` and `Klagesak` opening a sentence read as unknown names).

Round 50i: a case is often named first and its number given later in the same sentence, after a clause about
it: "en sak i UDI om familiegjenforening, den heter 19-284733", "Nav hadde meg på en sak også, 2023-004417,
men …", "Klagen min – 2023-090114 – ble avvist", "en klage hos Lånekassen, den har nummer 2022-500318",
"ei sak hos UDI, ho heiter 20-331904". After a case word (`sak` and its compounds, `klage`, `vedtak`, `søknad`,
`journalpost`) earlier in the sentence, a year of four digits and a serial of three to six, or a year of two
digits and a serial of four to six, is the case number. Spans of years, dates, ranges with a unit and a month
before a year (`12-2024`) stay.

Round 51r: a serial of seven or eight digits after the year ("en begrunnelse, sak 2024-0088731", "UDI har sak
2022-11800452") is a case number as well; the serial may now be three to eight digits long.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The case words: `sak` and its compounds (`Byggesak`, `Klagesaken`; not `årsak`), the ID and reference words,
# a journal or archive entry, an application and a decision.
_CASE_WORD = (r"(?:(?!(?i:årsak))[A-Za-zÆØÅæøå]*(?i:sak)(?i:en|a)?|(?i:saks)[- ]?(?:ID|id|Id|ref\.?)"
              r"|(?i:journalpost(?:en)?|arkivsak(?:en)?|ref\.?|referanse(?:n)?|søknad(?:en)?|søknads-?id"
              r"|vedtak(?:et)?|dok\.?|dokument(?:et)?))")
# A year and a serial, a document number after it or not.
_SERIAL = r"(?:(?:19|20)\d{2}|\d{2})[-–/]\d{3,8}(?:[-–/]\d{1,3})?"
_END = r"(?![\w/–-]|[.,]\d)"
BARE_CASE_NUMBER = re.compile(
    rf"(?<![\w-])({_CASE_WORD})(?:[ \t]+(?i:nr\.?|nummer|no\.?|id))?[ \t]*[:#]?[ \t]*(?<![\w/.-])({_SERIAL}){_END}")
SAID_CASE_SERIAL = re.compile(
    r"(?<![\w])(?i:sak|saken|saka|klagesak(?:en|a)?|søknaden|vedtaket|journalposten)(?![\w-])[^\n.!?]{0,60}?"
    r"(?<![\w-])(?i:nummer|nummeret|nr\.?|referanse|referansen|referansenummer(?:et)?)"
    rf"(?:[ \t]+(?i:er|var|blir))?[ \t:]+({_SERIAL}){_END}")
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})[-–/]((?:19|20)\d{2})")
# A count or a measure after the number: a range ("sak 10-150 kroner"), no case.
_UNIT_AFTER = re.compile(r"[ \t]*(?i:kr\b|kroner|nok\b|%|prosent|personer|stk\b|timer|dager|uker|måneder|år\b|km\b|meter)")


# A case named earlier in the sentence (round 50i): `sak` and its compounds, a complaint, a decision, an application.
_CASE_NOUN = re.compile(r"(?<![\w-])(?:(?!(?i:årsak))[A-Za-zÆØÅæøå]*-?(?i:sak)(?i:en|a|er|ene)?|(?i:klage|klagen|klaga"
                        r"|klager|vedtak|vedtaket|vedtaka|søknad|søknaden|søknada|journalpost|journalposten))(?![\w-])")
_LATER_SERIAL = re.compile(r"(?<![\w/.,–-])((?:19|20)\d{2}[-–/]\d{3,8}|\d{2}[-–]\d{4,8})(?:[-–/]\d{1,3})?(?![\w/–-]|[.,]\d)")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]|$)|\n")
_CASE_REACH = 120


def _case_before(text: str, at: int) -> bool:
    """Whether a case word stands earlier in the sentence that holds `at`, within reach."""
    start = max(0, at - _CASE_REACH)
    for end in _SENTENCE_END.finditer(text, start, at):
        start = end.end()
    return bool(_CASE_NOUN.search(text, start, at))


def later_serials(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a case number given after a case word earlier in its sentence ("en sak i UDI om …, den
    heter 19-284733"; "en sak også, 2023-004417, men …")."""
    for m in _LATER_SERIAL.finditer(text):
        number = m.group(0)
        head, serial = re.split(r"[-–/]", number)[:2]
        if len(head) == 2 and re.fullmatch(r"(?:19|20)\d\d", serial):
            continue  # a month and a year ("12-2024")
        if _year_span(number) or _UNIT_AFTER.match(text, m.end()) or not _case_before(text, m.start()):
            continue
        yield m.start(), m.end()


def _year_span(number: str) -> bool:
    """Whether a number is a span of years ("2019-2021"), not a year and a serial."""
    m = _YEAR_SPAN.fullmatch(number)
    return bool(m) and 0 <= int(m.group(2)) - int(m.group(1)) <= 30


def case_serials(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "number") for a year-and-serial case number after a bare case word or after `nummer` in a
    sentence about a case, and (start, end, "keep") for the case word before such a number."""
    for m in BARE_CASE_NUMBER.finditer(text):
        if not _year_span(m.group(2)) and not _UNIT_AFTER.match(text, m.end(2)):
            yield m.start(2), m.end(2), "number"
            yield m.start(1), m.end(1), "keep"
    for m in SAID_CASE_SERIAL.finditer(text):
        if not _year_span(m.group(1)) and not _UNIT_AFTER.match(text, m.end(1)):
            yield m.start(1), m.end(1), "number"
    for start, end in later_serials(text):  # round 50i: "en sak i UDI om …, den heter 19-284733"
        yield start, end, "number"


def drop_phones(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` without the telephone numbers the phone shapes read inside a case number ("2023-0117" after
    `Saks-ID`): the case number is a number, not a telephone."""
    cases = [(s, e) for s, e, kind in case_serials(text) if kind == "number"]
    return [f for f in found if f[2] != "phone" or not any(s <= f[0] and f[1] <= e for s, e in cases)]
