"""A telephone number said in words that comes short in one turn and is completed in a later one (round 30n).

On a poor line, or read off a phone the speaker is searching in, a number stops before its end: "Det er fire
seks åtte, eh, nei. Fire seks sju, tjueen, trettitre." The listener reads back what came and asks for the rest
("Fire seks sju, tjueen, trettitre. Og så?"), and the rest opens the next answer ("Ni åtte. Det siste er ni
åtte."); then the whole is read back as a question, in figures or in words ("Så 467 21 33 98?"). No piece is a
whole number, so the rules for numbers said in words (eight digits, or a count said short by one) and the rules
for numbers read back (equal to one found) each see too little.

Here a run of number words (from its last withdrawal on, as `withdrawn_phones` reads it) of four to seven digits,
the first 2–9, that ends its turn (a pause or a filler after it at most) in a turn about a telephone, is the start
of a number when one of the next three turns opens with one to five digits in words that make it eight to twelve
digits, the turns between only reading the start back or asking for the rest. Then the start, the start read
back, the rest and the rest said again in its turn are that number, and so are figures or words in the next
four turns whose digits are the whole number (`echoes`, which `cue_numbers` uses too).

What stays: counts, amounts, clock times, counting rows (`short_numbers._ordinary`) and years said as two numbers
("Tjue tjueto, eh …" / "Ja?" / "Tjue tjuetre, mener jeg"), a start in no turn about
a telephone, a start of fewer than four digits ("Trettisju, eh …" / "Og så?" / "Og en halv."), a next answer
that opens with other words ("Og abonnementet tre nitti ni") or with a count that makes no number of eight
digits or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.io.pseudonymize.short_numbers import _lines, _ordinary, _readings
from workbench.io.pseudonymize.spoken_numbers import _phone_context, _phone_window, _runs, _Said, national_readings
from workbench.io.pseudonymize.withdrawn_phones import _WITHDRAW

# What may follow the start of a number to the end of its turn: pauses, a full stop, a filler.
_TAIL = re.compile(r"[ \t,.…–—-]*(?:(?i:eh|ehm|øh|æh|hm)(?![\w])[ \t,.…–—-]*)*")
# What may stand before the rest in its turn: the speaker label and words that hand over the rest of a number
# ("Ja, og så", "Resten er", "Det siste er", "Eh"), nothing else ("Og abonnementet tre nitti ni": a price).
_OPENING = re.compile(r"(?:[^:\n]{1,40}:)?[ \t]*(?:(?i:ja|jo|og|så|eh|ehm|øh|resten|er|det|den|siste|de|sifrene|tallene"
                      r"|til|slutt|bare|nummeret|numrene|da)(?![\w])[ \t,.…]*)*")
# Digits in figures, in groups of one to four ("467 21 33 98", "928 156 74").
_FIGURES = re.compile(r"(?<![\w+/.,:-])\d{1,4}(?:[ \t.]\d{1,4}){0,5}(?![\w]|[.,:]\d)")
# A subtitle's cue number or time code line: no turn.
_CUE_LINE = re.compile(r"[ \t]*(?:\d+|\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*-->.*)[ \t]*")


def _year(run: list[_Said]) -> bool:
    """A year said as two numbers ("tjue tjueto", "nitten åttini"): no piece of a telephone number."""
    return len(run) == 2 and bool(run[0].values & {"19", "20"}) and any(len(v) == 2 for v in run[1].values)


def _new_try(text: str, run: list[_Said]) -> list[_Said]:
    """The run from its first number word after the last withdrawal in it ("…, eh, nei. Fire seks sju, …")."""
    cut = 0
    for k in range(1, len(run)):
        if _WITHDRAW.search(text, run[k - 1].end, run[k].start):
            cut = k
    return run[cut:]


def _opening_run(text: str, line_start: int, runs: list[list[_Said]]) -> list[_Said] | None:
    """The first run of a turn when it opens the turn (after the label and words that hand a number over)."""
    if not runs or not _OPENING.fullmatch(text, line_start, runs[0][0].start):
        return None
    return runs[0]


def _turns(text: str) -> list[tuple[int, int, list[list[_Said]]]]:
    """The turns of the text as (start, end, runs of number words): lines holding words, cue lines left out."""
    return [(s, e, runs) for s, e, runs in _lines(text) if text[s:e].strip() and not _CUE_LINE.fullmatch(text, s, e)]


def echoes(text: str, wholes: set[str], after: int, turns: int = 4) -> Iterator[tuple[int, int]]:
    """(start, end) of figures or number words in the next `turns` turns after `after` whose digits are one of
    `wholes`: a number read back whole."""
    seen = 0
    for line_start, line_end, runs in _turns(text):
        if line_end <= after:
            continue
        seen += 1
        if seen > turns:
            return
        for m in _FIGURES.finditer(text, max(line_start, after), line_end):
            if re.sub(r"\D", "", m.group(0)) in wholes:
                yield m.start(), m.end()
        for run in runs:
            if run[0].start >= after and national_readings(run, _readings(run)) & wholes:
                yield run[0].start, run[-1].end


def _pieces(text: str, turns: list[tuple[int, int, list[list[_Said]]]], at: int,
            ) -> tuple[list[tuple[int, int]], set[str], int] | None:
    """When the last run of turn `at` is the start of a number completed in a later turn: the spans of the pieces,
    the digits of the whole, and where the turn with the rest ends."""
    line_start, line_end, runs = turns[at]
    if not runs:
        return None
    first = _new_try(text, runs[-1])
    if not _TAIL.fullmatch(text, first[-1].end, line_end) or _ordinary(text, first, line_start) \
            or _phone_window(first) is not None or _year(first):
        return None
    short = {r for r in _readings(first) if 4 <= len(r) <= 7 and r[0] in "23456789"}
    if not short or not _phone_context(text, line_start, line_end, first[0].start):
        return None
    spans = [(first[0].start, first[-1].end)]
    for next_start, next_end, next_runs in turns[at + 1:at + 4]:
        head = _opening_run(text, next_start, next_runs)
        if head is not None and _readings(head) & short:  # "Fire seks sju, tjueen, trettitre. Og så?"
            spans.append((head[0].start, head[-1].end))
            continue
        if head is None:
            if "?" in text[next_start:next_end] and len(text[next_start:next_end].split()) <= 8:
                continue  # "Ja?", "Og resten?"
            return None
        rest = {r for r in _readings(head) if 1 <= len(r) <= 5}
        wholes = {s + r for s in short for r in rest if 8 <= len(s + r) <= 12}
        if not wholes or _ordinary(text, head, next_start) or _year(head):
            return None
        spans += [(run[0].start, run[-1].end) for run in next_runs if _readings(run) & rest]
        return spans, wholes, next_end
    return None


def completed_phones(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces of telephone numbers said in words over two turns, and of their read-backs."""
    turns = _turns(text)
    for at in range(len(turns)):
        found = _pieces(text, turns, at)
        if found is None:
            continue
        spans, wholes, rest_end = found
        yield from spans
        yield from echoes(text, wholes, rest_end)


def readings_of(spans: Iterable[str]) -> set[str]:
    """The digits a piece of text holding one number may say: its figures, or every reading of its words."""
    out: set[str] = set()
    for span in spans:
        digits = re.sub(r"\D", "", span)
        if digits:
            out.add(digits)
            continue
        for run in _runs(span, 0):
            out |= national_readings(run, _readings(run))
    return out
