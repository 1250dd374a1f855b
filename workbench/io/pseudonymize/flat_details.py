"""Flat numbers and entrances said apart from their street address, and streets named with a lower-case street word
set apart (round 27n).

`dwellings.UNIT_SUFFIX` reads a flat, an entrance or a floor right after the house number ("Storgata 5, leil.
H0301"). A speaker also says the street first and the flat after it, in a sentence of its own, and the
interviewer notes the code again alone:

* a unit of the building opening the sentence right after a street address found in the same turn (`Myrvollveien
  23, leil. H0103. Oppgang C, andre etasje.`, `Skolebakken 9. Leiligheten er H0304`) belongs to the address: the
  unit word, its number or letter and the details after it, or, after `Leiligheten er`, the code;
* a flat code (`H0304`, `U0102`: H, U, K or L and four digits) said alone is an address when the same code was
  found inside an address in the text, or when a word for a flat stands within three words of it, or the
  question it answers names one (`Og leilighetsnummeret?` / `U0102.`, `H0204 er bolignummeret`); a code with no
  flat beside it stays ("Modellen L2040 var utsolgt, men leiligheten var fin");
* a street whose street word stands apart in lower case after a capitalised name (`Sollia terrasse 7`,
  `Havnelageret brygge 2`): the words `street_forms.STREET` does not read apart (`terrasse`, `brygge`, `kai`,
  `stredet`, `smauet`, `tun`), with a house number and the units after it; a count after the number stays out.

A flat, an entrance or a staircase named with no street address before it ("Inngang B er stengt", "Bolig 14 er
fortsatt ledig") stays, and the short forms of unit words (`Leil.`, `Oppg.`, `Inng.`) at a sentence start are
words, not an unknown name (`unit_abbreviations`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.dwellings import UNIT_SUFFIX

FLAT_CODE = re.compile(r"(?<![\w-])[HUKL]\d{4}(?![\w-])")
_FLAT_WORD = re.compile(r"(?<![\w-])(?i:leilighet\w*|leil\.|bolignummer\w*|bolignr\.?|postkass\w*|ringeklokk\w*)")
# A unit opening a sentence, with its number or letter: "Oppgang C", "Inngang 2", "Leilighet nr. 204".
_UNIT_OPENING = re.compile(
    r"(?:Oppgang|Oppg\.|Inngang|Inng\.|Leilighet|Leil\.|Bolig|Boenhet|Hybel|Blokk|Seksjon|Fløy)"
    r"(?:[ \t](?i:nr\.?|nummer))?[ \t](?:[A-ZÆØÅ]?\d{1,4}[A-Za-z]?|[A-ZÆØÅ]|[HUKL]\d{4})(?![\w])" + UNIT_SUFFIX)
# "Leiligheten er H0304": the flat named by its noun, then its code or number.
_UNIT_NAMED = re.compile(
    r"(?:Leiligheten|Leiligheta|Leilighetsnummeret|Bolignummeret|Hybelen|Hybelnummeret)"
    r"(?:[ \t]+(?i:mitt|min|mi|vår|vårt|hans|hennes|deres|deres))?[ \t]+(?i:er|har[ \t]+nummer|heter)[ \t]+"
    r"([HUKL]\d{4}|\d{1,4}[A-Za-z]?)(?![\w])")
_SENTENCE_GAP = re.compile(r"[ \t]*[.!;][ \t]+")
# Street words said apart in lower case that `street_forms.STREET` does not read so.
_LOWER_STREET_WORD = r"(?:terrasse|terrassen|brygge|brygga|kai|kaia|kaien|stredet|smauet|tun|tunet)"
_OPENERS = r"(?:I|På|Til|Fra|Ved|Mot|Og|Den|Det|Der|Her|Hos|Om|Etter|Før|Bak|Over|Under|Vi|Jeg|Han|Hun|De)"
_HOUSE = r"[ \t]\d{1,3}(?:[ \t]?[A-Ha-h](?![\w'’-]))?(?![\w]|[.,:/–-]?\d)"


_UNIT_ABBREVIATION = re.compile(r"(?<![\w-])(?:Leil|Oppg|Inng|Bolignr|Leilighetsnr)\.")


def unit_abbreviations(text: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of the short forms of unit words outside every find: to be kept from the name rules."""
    for m in _UNIT_ABBREVIATION.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in found):
            yield m.start(), m.end() - 1


def lower_street_pattern(unit: str) -> re.Pattern[str]:
    """A capitalised name, a lower-case street word set apart, a house number and its units; `unit` is what a
    count has after its number."""
    return re.compile(
        rf"(?<![\w-])(?!{_OPENERS}[ \t])(?:[A-ZÆØÅ][\w'’-]*[ \t]){{1,2}}{_LOWER_STREET_WORD}{_HOUSE}"
        rf"(?![ \t]*(?i:{unit})(?![\w])){UNIT_SUFFIX}")


def _line(text: str, at: int) -> tuple[int, int]:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _turn_before(text: str, line_start: int) -> str:
    end = len(text[:line_start].rstrip())
    return text[text.rfind("\n", 0, end) + 1:end]


def flat_details(text: str, addresses: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of units said after a found street address, and of flat codes said alone."""
    units: list[tuple[int, int]] = []
    for _start, end in addresses:
        gap = _SENTENCE_GAP.match(text, end)
        if gap is None:
            continue
        unit = _UNIT_OPENING.match(text, gap.end())
        named = _UNIT_NAMED.match(text, gap.end())
        if unit is not None:
            units.append((unit.start(), unit.end()))
        elif named is not None:
            units.append((named.start(1), named.end(1)))
    yield from units
    addresses = addresses + units
    codes = {text[m.start():m.end()] for s, e in addresses for m in FLAT_CODE.finditer(text, s, e)}
    for m in FLAT_CODE.finditer(text):
        if any(s <= m.start() and m.end() <= e for s, e in addresses):
            continue
        line_start, line_end = _line(text, m.start())
        before = re.search(r"(?:[^\s.!?]+[ \t]+){0,3}$", text[line_start:m.start()])
        after = re.match(r"(?:[ \t,:]+[^\s.!?]+){0,3}", text[m.end():line_end])
        near = (before.group(0) if before else "") + (after.group(0) if after else "")
        if m.group(0) in codes or _FLAT_WORD.search(near) or (
                m.start() - line_start < 60 and _FLAT_WORD.search(_turn_before(text, line_start))
                and "?" in _turn_before(text, line_start)):
            yield m.start(), m.end()
