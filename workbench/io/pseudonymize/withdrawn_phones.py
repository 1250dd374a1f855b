"""The right digits of a telephone number said in words after a withdrawn attempt (round 30n).

A speaker starts a number, gets it wrong, takes it back and says it again: "Min er fire en, null seks … to to,
åtte null, ni … nei. Fire en null seks, to to, åtte null, sju ni." `spoken_numbers._runs` reads through the
correction, so the run holds both tries, and the rules that judge a run whole see too many digits: the window of
eight that `find_said_phones` keeps stops short of the end ("… åtte null" without "sju ni"), and `dictated_phones`,
which reads a number by its shape alone when no telephone word is near ("Og kona til ham?" / "Ni null, fire …
nei, unnskyld. Ni null sju, to, null null, fem tre."), wants the whole run to be the number.

Here every run with a withdrawal inside it (`nei`, `unnskyld`, `sorry`, `beklager`, `feil`, `mener` between two of
its number words) is judged again from the first number word after its last withdrawal: the text is read once
more with the withdrawn part blanked (the same length, so places stay) by the same rules for numbers said in
words, and what they find in the new try is a telephone number. A new try that opens as the withdrawn one did (its
first two digits the same: "Ni null, fire … nei, unnskyld. Ni null sju, to, null null, fem tre") is a number
dictated again, and eight to ten digits in it are a telephone number with no telephone word near and whatever
its groups. The withdrawn digits need not be caught; the older rules may find them or not. Counts, amounts and clock times taken back ("tjueto, eh, nei. Tjuefire", "Fire
tusen ni hundre, nei, unnskyld. Fire tusen sju hundre …", "buss nummer seksti, eh, nei, sekstien") stay: the
new try is judged by those rules' own guards, which they pass as a count, a price or a bus line; a new try
dictated again is no number when its words are listed in order ("Sju, fjorten, nei. Sju, femten, tjueen,
tjueåtte, trettito": lottery numbers) or its digits open with a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.dictated_phones import dictated_phones
from workbench.io.pseudonymize.spoken_numbers import _TIME_BEFORE, _UNIT_AFTER, _counting, _runs, _Said, find_said_phones

# A word that takes back what was said before it in a number.
_WITHDRAW = re.compile(r"(?<![\w])(?i:nei|unnskyld|sorry|beklager|feil|mener)(?![\w])")


def _said(items: list[_Said]) -> set[str]:
    readings = {""}
    for item in items:
        readings = {r + v for r in readings for v in item.values if len(r + v) <= 12}
    return readings


def _dictated_again(text: str, run: list[_Said], cut: int) -> bool:
    """Whether the new try run[cut:] opens with the first two digits of the withdrawn one and says eight to ten
    digits, the first 2–9: the same number dictated again, not a count or an amount taken back."""
    new, old = run[cut:], run[:cut]
    if _counting(new) or any(i.hundreds or i.plus for i in run) or _UNIT_AFTER.match(text, new[-1].end):
        return False
    values = [int(min(item.values, key=len)) for item in new]
    if len(values) >= 3 and (values == sorted(set(values)) or values == sorted(set(values), reverse=True)):
        return False  # "Sju, femten, tjueen, tjueåtte, trettito": numbers listed in order
    heads = {r[:2] for r in _said(old) if len(r) >= 2}
    return any(8 <= len(r) <= 10 and r[0] in "23456789" and r[:2] in heads and not _date(r) for r in _said(new))


def _date(digits: str) -> bool:
    """Whether the digits open with a day, a month and a century ("tjueåtte, tolv, nitten åttini"): a date."""
    return 1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12 and digits[4:6] in ("19", "20")


def withdrawn_tries(text: str) -> list[tuple[int, int, int, bool]]:
    """(start of the withdrawn part, start and end of the new try, whether it is the number dictated again) for
    every run of number words with a withdrawal in it, and a new try of two or more number words after the last."""
    tries: list[tuple[int, int, int, bool]] = []
    offset = 0
    for line in text.split("\n"):
        for run in _runs(line, offset):
            cut = None
            for k in range(1, len(run)):
                if _WITHDRAW.search(text, run[k - 1].end, run[k].start):
                    cut = k
            if cut is not None and len(run) - cut >= 2:
                again = _dictated_again(text, run, cut) \
                    and not _TIME_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)
                tries.append((run[0].start, run[cut].start, run[-1].end, again))
        offset += len(line) + 1
    return tries


def withdrawn_phones(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of telephone numbers said in words after a withdrawn attempt, judged from the new try on."""
    tries = withdrawn_tries(text)
    if not tries:
        return
    chars = list(text)
    for start, new, _end, _again in tries:
        chars[start:new] = " " * (new - start)
    blanked = "".join(chars)
    finds = [*find_said_phones(blanked), *((s, e) for s, e, _digits in dictated_phones(blanked))]
    for start, end in finds:
        if any(new <= start < _line_end(text, new) for _s, new, _e, _a in tries):
            yield start, end
    for _start, new, end, again in tries:
        if again:
            yield new, end


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
