"""Contact details and ID numbers said aloud in forms the older rules had not met (round 51s).

* (Round 52c: the web address said as its words and how they are written, "adeyemi motor, i ett ord, punkt
  no", which this module read first, is now read by `said_chains.chain_urls` with every other chain.)
* An ID number said digit by digit in words after `søknads-id`, `referanse-id`, `kundenummer`, `ordrenummer`
  (a correction in brackets, and a few words such as `er`, `hos haugaland kraft`, may stand between): "søknads
  id [søknads-ID] fire fire en sju null ni tre [4417093]". Five to twelve digits; the written form in brackets
  right after it, saying the same digits, is the same number.
* A passport number given as the answer to a question about the passport, after the country's adjective alone:
  "I: Passet?" / "R: Kroatisk, 118305927." The turn or the turn before must speak of a passport.
* Two clock times joined by a dash ("22.00–06.00", a shift in a correction) are hours, never a telephone number:
  `clock_range` tells the phone shapes so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ID_CUE = re.compile(r"(?i)(?<![\w-])(?:søknads[- ]?id|referanse[- ]?id|kunde-?nummer|kunde-?nr|ordre-?nummer"
                     r"|medlems-?nummer)(?:e[nt])?(?:-e[nt])?(?![\w])")
_BRACKET = re.compile(r"[ \t]*\[[^\]\n]{0,40}\]")
_FILLER = re.compile(r"[ \t]+(?:er|var|mitt|min|hennes|hans|hos|i|på|står|som|det|nummer|lyder)(?![\w-])"
                     r"|[ \t]+[a-zæøå][\w-]*", re.I)
_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_WRITTEN = re.compile(r"[ \t]*\[(?:[\w ]{0,12}:[ \t]*)?(\d[\d \t.-]{3,16}\d)\]")


def _said_digits(text: str, start: int, end: int) -> tuple[str, int]:
    """The digits said one word at a time from `start`, and where they end."""
    from workbench.io.pseudonymize.spoken_numbers import _said_value

    digits, at = "", start
    while (w := _WORD.match(text, at, end)) is not None:
        said = _said_value(w.group(1).casefold())
        if said is None or len(said[0]) > 2:
            break
        digits, at = digits + said[0], w.end()
    return digits, at


def worded_ids(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of ID numbers said in words after an ID word, and of their written form in brackets after them."""
    for cue in _ID_CUE.finditer(text):
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        at = cue.end()
        for _ in range(8):  # a correction in brackets or a few words between the cue and the number
            digits, end = _said_digits(text, at, line_end)
            if 5 <= len(digits) <= 12:
                yield _WORD.match(text, at, line_end).start(1), end  # type: ignore[union-attr]
                written = _WRITTEN.match(text, end, line_end)
                if written and re.sub(r"\D", "", written.group(1)) == digits:
                    yield written.start(1), written.end(1)
                break
            if digits:
                break
            step = _BRACKET.match(text, at, line_end) or _FILLER.match(text, at, line_end)
            if step is None:
                break
            at = step.end()


_COUNTRY_ANSWER = re.compile(r"(?m)^[^\n:]{1,30}:[ \t]+(?:(?:Det er|Jeg har)[ \t]+(?:et[ \t]+)?)?"
                             r"[A-ZÆØÅ][a-zæøå]+(?:isk|sk)(?:[ \t]+pass)?,[ \t]+(?P<number>[A-Z]{0,2}\d{6,10}[A-Z]?)"
                             r"(?![\w]|[.,]\d)")
_PASSPORT_WORD = re.compile(r"(?i)(?<![\w-])pass(?:et|nummer\w*|port)?(?![\w-])")


def country_passports(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a passport number answered after the country's adjective: "I: Passet?" / "R: Kroatisk, 118305927."."""
    for m in _COUNTRY_ANSWER.finditer(text):
        line_start = m.start()
        before_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        if _PASSPORT_WORD.search(text, before_start, m.start("number")):
            yield m.start("number"), m.end("number")


_CLOCK_RANGE = re.compile(r"(?:[01]\d|2[0-4])[.:][0-5]\d[ \t]*[-–][ \t]*(?:[01]\d|2[0-4])[.:][0-5]\d")


def clock_range(found: str) -> bool:
    """Whether a string the phone shapes read is two clock times joined by a dash ("22.00-06.00"): hours."""
    return _CLOCK_RANGE.fullmatch(found.strip()) is not None
