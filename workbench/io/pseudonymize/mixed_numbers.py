"""A telephone number said partly in words and partly in figures (round 25n).

A transcriber writes what he hears: the country code in words and the rest as figures ("pluss førtisju, 936
(.) [utydelig] 41 82", "pluss førtisju, 408 55 [lyd borte]"), or a pair in words among groups in figures
("førtiåtte, 21 57 12", "936, førtien, åttito"). `spoken_numbers` reads runs of words only and `phone_groups`
runs of figures only, so a number in both falls between them. Here one run holds both: number words (as
`spoken_numbers._said_value` reads them, the old counting and dialect tens included) and groups of figures,
with commas, dashes, pauses, fillers and dropout notes between them. Such a run is a telephone number

* after `pluss` or `+` when it says five to fifteen digits with its country code: a code in words before
  figures is a number abroad or a Norwegian one whatever its length (the end may be lost in a dropout);
* otherwise when it says seven to twelve digits in a turn about a telephone (a telephone word or a call in the
  turn, a number in digits there, or a question about one in the turn before).

What stays: a run of words alone or of figures alone (the other rules' work), an amount, a count with its
unit after it ("tjue, 25 … 30 ganger"), a clock time, a run holding a year, and a run in no telephone turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.spoken_numbers import (
    _SKIP_WORDS, _TIME_BEFORE, _UNIT_AFTER, DROPOUT, _amount_or_time, _phone_context, _said_value)

_TOKEN = re.compile(r"\d+|\w+|\.\.\.|…|[.!?]|\S")
_PAUSES = frozenset({",", "-", "–", "—", "...", "…", ":"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_MAX = 15


class _Item:
    """A number word or a group of figures in a run: where it stands and the digits it may say."""

    __slots__ = ("end", "figures", "ones", "start", "tens", "values")

    def __init__(self, start: int, end: int, values: set[str], *, figures: bool, ones: bool = False,
                 tens: bool = False) -> None:
        self.start, self.end, self.values, self.figures = start, end, values, figures
        self.ones, self.tens = ones, tens


def _runs(line: str, offset: int) -> Iterator[tuple[int | None, list[_Item]]]:
    """(where `pluss` or `+` opened the run, or None; its items) for runs of number words and figures."""
    line = DROPOUT.sub(lambda d: "…" * len(d.group(0)), line)
    run: list[_Item] = []
    plus: int | None = None
    for m in _TOKEN.finditer(line):
        tok, low = m.group(0), m.group(0).casefold()
        start, end = offset + m.start(), offset + m.end()
        if tok.isdigit() and len(tok) <= 8:
            run.append(_Item(start, end, {tok}, figures=True))
            continue
        value = _said_value(low)
        if value is not None:
            digits, ones, tens = value
            prev = run[-1] if run else None
            if prev is not None and prev.tens and ones and digits != "0" and not line[prev.end - offset:m.start()].strip():
                prev.values = prev.values | {v[0] for v in prev.values}  # "åtti ni": 89 as well as 809
            run.append(_Item(start, end, {digits}, figures=False, ones=ones, tens=tens))
        elif low in ("pluss", "plus", "+"):  # round 37: `plus` in an English turn
            if run:
                yield plus, run
            run, plus = [], start
        elif not (low in _SKIP_WORDS or tok in _PAUSES):
            if run:
                yield plus, run
            run, plus = [], None
    if run:
        yield plus, run


def _trimmed(run: list[_Item], plus: bool) -> list[_Item]:
    """The run without a lone digit word beside figures at its ends ("… 41 82 en gang"): `en`, `to`, `ni` are
    ordinary words too, and a digit said in words comes with another ("fire sju, 936 …")."""
    run = list(run)
    while len(run) >= 2 and run[-1].ones and run[-2].figures:
        run.pop()
    while not plus and len(run) >= 2 and run[0].ones and run[1].figures:
        run.pop(0)
    return run


def _readings(run: list[_Item]) -> set[str]:
    readings = {""}
    for item in run:
        readings = {r + v for r in readings for v in item.values if len(r + v) <= _MAX}
    return readings


def mixed_phones(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of telephone numbers said in words and figures together."""
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        for plus, whole in _runs(line, line_start):
            run = _trimmed(whole, plus is not None)
            if all(i.figures for i in run) or not any(i.figures for i in run):
                continue
            start, end = (plus if plus is not None else run[0].start), run[-1].end
            figures = [text[i.start:i.end] for i in run if i.figures]
            first_figure = next(i.start for i in run if i.figures)
            if any(_YEAR.fullmatch(f) for f in figures) or _UNIT_AFTER.match(text, end) \
                    or _amount_or_time(text, first_figure, end) \
                    or _TIME_BEFORE.search(text, max(line_start, start - 12), start):
                continue
            readings = _readings(run)
            if plus is not None:
                if any(5 <= len(r) <= _MAX for r in readings):
                    yield start, end
            elif any(7 <= len(r) <= 12 and (r[0] in "23456789" or r.startswith("0047")) for r in readings) \
                    and _phone_context(text, line_start, line_end, start):
                yield start, end
        line_start = line_end + 1
