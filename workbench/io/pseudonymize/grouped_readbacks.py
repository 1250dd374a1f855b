"""A number read again in digit words with `punktum`, `komma` or `strek` between its groups (round 34i).

An account number is written `1822.86.10255`, an organisation number `996 200 345` or `996,200,345`, and a
speaker reading one aloud says the dots and commas too: "Jeg leser det fra kortet: en åtte to to, punktum, åtte
seks, punktum, en null to fem fem." `readbacks` reads a number said again in words through `strek` and
`skråstrek`, but `punktum` and `komma` end its runs, so such a read-back was cut into groups that match nothing.

Here the runs of number words read through `punktum`, `komma`, `strek`, `bindestrek` and `skråstrek` as through a
pause, and a run whose digits, all of them, are those of a telephone, account, organisation or ID number found in
figures before it in the same turn or the two turns before (a question to read it may come between) is that
identifier again, of its kind. A price or a decimal
(`tjueni, komma, nitti`, `tre komma fem`) matches no number found, and a number in figures further back is no
read-back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

from workbench.io.pseudonymize.readbacks import _readings
from workbench.io.pseudonymize.spoken_numbers import NUMBER_JOINERS, _runs

_SEPARATORS = frozenset({"punktum", "komma"}) | NUMBER_JOINERS
_KINDS = ("phone", "number", "idnumber")


def grouped_read_backs(text: str, found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of a run of digit words, with separators said between its groups, that repeats all the
    digits of a number found in figures earlier in its turn or the two turns before."""
    figures = [(s, e, kind, re.sub(r"\D", "", text[s:e])) for s, e, kind in found
               if kind in _KINDS and any(c.isdigit() for c in text[s:e])]
    offset, starts = 0, [0, 0]
    for line in text.split("\n"):
        if line.strip():
            for run in _runs(line, offset, joiners=_SEPARATORS):
                said = {w.strip(",.").casefold() for a, b in pairwise(run) for w in text[a.end:b.start].split()}
                if len(run) < 3 or not said & _SEPARATORS:
                    continue
                targets = {d: kind for s, _e, kind, d in figures if starts[-2] <= s < run[0].start and len(d) >= 5}
                hit = next((targets[r] for r in _readings(run) if r in targets), None)
                if hit is not None:
                    yield run[0].start, run[-1].end, hit
            starts.append(offset)
        offset += len(line) + 1
