"""A postcode said again alone, or put right at the start of the next turn (round 34i).

`postcode_alternatives` reads another try at a postcode in the same turn, but only while no other four-digit
number stands between, and never across turns. Speakers repeat the postcode they are putting right ("…, 3045
Drammen. Nei, unnskyld, 3045 var den gamle. Nå er det 3015."), and an interviewer repeats it as a question that
the next turn answers with the right one ("I: 5003, sa du?" / "Nei, 5006."). The repeat is the postcode as
much as the first find, and once it is known the correction after it is read by `postcode_alternatives`.

So, in the turn of a postcode found by any rule or in the turn after it, a four-digit number standing alone is
the postcode

* when its digits are those of that postcode (not after a word of time, `i 2019`, and with no unit after it,
  `5003 kroner`);
* when it opens the next turn after a correction word and the words such an answer is said with
  (`Nei, 5006.`, `Nei, vent, det er 5006.`), and may be another try at the postcode (`plausible_retry`:
  its clause ends after it, and a year's shape shares the postcode's first two digits).

A count (`Nå er det 30`), a year in a later turn and an amount keep their digits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from workbench.io.pseudonymize.bare_answers import _YEAR_BEFORE
from workbench.io.pseudonymize.correction_words import CORRECTION
from workbench.io.pseudonymize.postcode_alternatives import _FOUR, _FRAME_WORD, _postcodes, plausible_retry

# The next turn opens with a correction and nothing but answering words before the number.
_NEXT_TURN = re.compile(rf"(?:[^\n:]{{1,40}}:[ \t]*)?(?i:{CORRECTION})[.,!]?[ \t]+(?:(?i:{_FRAME_WORD})[.,!]?[ \t]+)*")


def _turn_starts(text: str) -> list[int]:
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    return [s for s in starts if text[s:s + 1].strip()]


def postcode_repeats(text: str, found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """(start, end) of four-digit numbers that say again, or put right in the next turn, a postcode found."""
    from workbench.io.pseudonymize.street_forms import UNIT  # counts and measures after a number

    found = list(found)
    unit_after = re.compile(rf"[ \t]*(?:{UNIT})(?![\w])", re.I)
    starts = _turn_starts(text)
    known = [(bisect_right(starts, s) - 1, text[s:s + 4], s) for s in sorted(_postcodes(text, found))]
    taken = [(s, e) for s, e, _kind in found]
    for m in _FOUR.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or not known:
            continue
        k, number = bisect_right(starts, m.start()) - 1, m.group(0)
        recent = [(t, d) for t, d, at in known if at < m.start() and t in (k, k - 1)]
        if not recent:
            continue
        if any(d == number for _t, d in recent):
            if _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()) or unit_after.match(text, m.end()):
                continue
        elif not (recent[-1][0] == k - 1 and _NEXT_TURN.fullmatch(text, starts[k], m.start())
                  and plausible_retry(text, recent[-1][1], m.start(), m.end())):
            continue
        known.append((k, number, m.start()))
        yield m.start(), m.end()
