"""Addresses in a text without case whose house number is said in number words, and the postcode after them
(round 54i).

`said_addresses` reads a lower-case street ending in a street word it knows (`…veien`, `…gata`, `… gate`) with a
house number of one number word. A recogniser writes what it hears: the street may end in any noun of the
landscape (`tonstadbrinken`), and the number come in two or three words, in the old way of counting (`seks og
tjue`) or as heard (`fire åtti`). The policy: in a turn about an address (the turn or the one before speaks of
an address, of living or of moving: `adresse`, `bor`, `bodde`, `flyttet`), a lower-case word that is no plain
dictionary word, or a name with `gate`/`vei`/`veg`/`allé`/`plass`, followed by a house number in words (1-999)
is an address when a letter, a written correction in brackets, a postcode in words or the end of the clause
follows, and no unit (`gata to ganger`).

After an address (this one's or another rule's), digit words that make four digits, with a correction in
brackets perhaps between, are its postcode (`… tjueto c [Tonstadbrinken 22 C] sju null nittisju [7097]`), and
the correction in brackets after either is the same identifier. A turn that is nothing but four digits in words,
answering a turn that names the postcode with no question mark (`I: postnummeret` / `R: sju null en to`, as a
recogniser writes a question), is a postcode too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.bare_answers import _POSTCODE_LABEL
from workbench.io.pseudonymize.caseless_numbers import _UNITS
from workbench.io.pseudonymize.said_addresses import _ADDRESS_TALK, house_number
from workbench.io.pseudonymize.spoken_numbers import _said_value, word_readings
from workbench.io.pseudonymize.work_frames import line_around, line_before

_STREET = re.compile(
    r"(?<![\w\[-])(?P<street>[a-zæøå][a-zæøå-]{3,}(?:[ \t]+(?:gate|gata|vei|veien|veg|vegen|allé|alle|plass))?)"
    r"(?=[ \t]+[a-zæøå])")
_NEXT_WORD = re.compile(r"[ \t]+([a-zæøå]+)(?![\w-])")
_BRACKET = re.compile(r"[ \t]*\[(?P<inner>[^\]\n]{1,40})\]")
_WRITTEN_ADDRESS = re.compile(r"[A-ZÆØÅ][\w-]+(?:[ \t][\w-]+){0,2}[ \t]\d{1,3}(?:[ \t]?[A-Ha-h])?")
_LABEL = re.compile(r"[^\S\n]*(?:\[[^\]\n]{0,20}\][^\S\n]*)?[^:\n]{0,30}:[ \t]*")
_ANSWER_WORDS = frozenset("ja det er den postnummeret".split())


def _one(word: str) -> int | None:
    said = _said_value(word)
    return int(said[0]) if said and len(said[0]) <= 2 else None


def _house(words: list[str]) -> int | None:
    """The house number said by one to three number words: one word, hundreds, or a one before a ten in the old
    way of counting (`seks og tjue`, `fire åtti`)."""
    if len(words) == 1:
        value = house_number(words[0])
        return int(value) if value and value.isdigit() else None
    if len(words) in (2, 3) and words[-2:-1] != ["hundre"] and "hundre" not in words:
        ones, tens = _one(words[0]), _one(words[-1])
        middle_ok = len(words) == 2 or words[1] == "og"
        if middle_ok and ones is not None and 0 < ones < 10 and tens is not None and tens % 10 == 0 and tens >= 20:
            return tens + ones
        return None
    value = house_number(" ".join(words))
    return int(value) if value and value.isdigit() else None


def _talk(text: str, at: int) -> bool:
    line = line_around(text, at)
    before = line_before(text, line[0])
    return bool(_ADDRESS_TALK.search(text, line[0], at)
                or (before[0] < before[1] and _ADDRESS_TALK.search(text, *before)))


def _postcode_words(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of digit words from `at` (spaces before) that make exactly four digits."""
    words = list(re.compile(r"[ \t]+([a-zæøå]+)").finditer(text, at))
    chain = []
    pos = at
    for m in words:
        if m.start() != pos or _said_value(m.group(1)) is None:
            break
        chain.append(m)
        pos = m.end()
        if len(chain) == 4:
            break
    for k in range(len(chain), 1, -1):
        said = text[chain[0].start(1):chain[k - 1].end(1)]
        if any(len(r) == 4 for r in word_readings(said)):
            after = re.compile(r"[ \t]+([a-zæøå]+)").match(text, chain[k - 1].end(1))
            if after and after.group(1) in _UNITS:
                return None
            return chain[0].start(1), chain[k - 1].end(1)
    return None


def _after(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The correction in brackets after an address, the postcode in words after it and its correction."""
    bracket = _BRACKET.match(text, end)
    if bracket and _WRITTEN_ADDRESS.fullmatch(bracket.group("inner").strip()):
        yield bracket.start("inner"), bracket.end("inner")
        end = bracket.end()
    code = _postcode_words(text, end)
    if code:
        yield code
        digits = _BRACKET.match(text, code[1])
        if digits and re.fullmatch(r"\d{4}", digits.group("inner").strip()):
            yield digits.start("inner"), digits.end("inner")


def _number_after(text: str, at: int) -> tuple[int, bool] | None:
    """(end, lettered) of the longest house number in words from `at`, with its letter if one follows."""
    words: list[re.Match[str]] = []
    pos = at
    while len(words) < 3 and (m := _NEXT_WORD.match(text, pos)):
        words.append(m)
        pos = m.end()
    for k in range(len(words), 0, -1):
        number = _house([w.group(1) for w in words[:k]])
        if number is not None and 0 < number < 1000:
            end = words[k - 1].end()
            letter = re.compile(r"[ \t]+[a-h](?![\w-])").match(text, end)
            return (letter.end(), True) if letter else (end, False)
    return None


def _streets(text: str) -> Iterator[tuple[int, int]]:
    for m in _STREET.finditer(text):
        street = m.group("street")
        first = street.split()[0]
        if " " not in street and (rules.known_word(first) and not rules.compound_of_known(first)):
            continue
        if _said_value(first) is not None or first in _UNITS:
            continue
        said = _number_after(text, m.end())
        if said is None:
            continue
        end, lettered = said
        nxt = _NEXT_WORD.match(text, end)
        if nxt and nxt.group(1) in _UNITS:
            continue
        closes = re.compile(r"[ \t]*(?:[\[.,;!?]|$)", re.M).match(text, end)
        if _talk(text, m.start()) and (lettered or closes or _postcode_words(text, end)):
            yield m.start(), end


def _answer_codes(text: str) -> Iterator[tuple[int, int]]:
    """A turn of only four digits in words answering a turn that names the postcode."""
    for line in re.finditer(r"^.+$", text, re.M):
        before = line_before(text, line.start())
        if before[0] >= before[1] or not _POSTCODE_LABEL.search(text, *before) or "?" in text[before[0]:before[1]]:
            continue
        label = _LABEL.match(text, line.start())
        start = label.end() if label else line.start()
        words = list(re.compile(r"[a-zæøåA-ZÆØÅ]+").finditer(text, start, line.end()))
        said = [w for w in words if w.group(0).casefold() not in _ANSWER_WORDS]
        if not said or len(said) > 4 or any(_said_value(w.group(0).casefold()) is None for w in said):
            continue
        if re.search(r"\d", text[start:line.end()]):
            continue
        if any(len(r) == 4 for r in word_readings(" ".join(w.group(0).casefold() for w in said))):
            yield said[0].start(), said[-1].end()


def worded_homes(text: str, found: Sequence[tuple]) -> Iterator[tuple[int, int]]:
    """(start, end) of the addresses, postcodes and corrections of the module docstring."""
    ends = [e for s, e, k, *_ in found if k == "address"]
    for start, end in _streets(text):
        yield start, end
        ends.append(end)
    for end in ends:
        yield from _after(text, end)
    yield from _answer_codes(text)
