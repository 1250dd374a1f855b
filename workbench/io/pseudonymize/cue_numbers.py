"""A telephone number split across two subtitle cues, the cue number and time code between (round 30n).

A transcript exported from a subtitling tool breaks the speech into cues of a few seconds, wherever the time
runs out, a number too:

    34
    00:02:40,110 --> 00:02:44,300
    Mentee: Nei, jeg har nytt nummer. Det er pluss fire sju, nittifire, ni sju,

    35
    00:02:44,300 --> 00:02:47,920
    Mentee: tolv, trettiåtte. Det gamle fungerer ikke.

Every rule for numbers reads a line at a time, so each half is too short to be a number. Here, where a cue's text
ends with no full stop (a comma, a pause or a word) and the next cue goes on in the same voice (the same speaker
label, or none), the text is read once more with the break between them (the line end, the blank line, the cue
number, the time code and the repeated label) blanked to spaces of the same length, so the two lines are one;
the rules for numbers said in words, in figures or in both find what they find there, and a number that runs
across a break is replaced in its two pieces, the cue lines between left as they are. The same digits read back
whole in the next turns are that number again (`completed_phones.echoes`).

What stays: a cue ending with a full stop, a question or an exclamation; a next cue with another speaker's label;
the time codes and cue numbers themselves; and counts, amounts and clock times split across cues ("tolv," /
"fjorten timer", "Sju, åtte," / "kanskje ti personer"), which the rules for numbers leave on one line as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.completed_phones import echoes, readings_of
from workbench.io.pseudonymize.dictated_phones import dictated_phones
from workbench.io.pseudonymize.mixed_numbers import mixed_phones
from workbench.io.pseudonymize.phone_groups import phone_groups
from workbench.io.pseudonymize.spoken_numbers import find_said_phones, find_spoken

_TIME = r"\d{1,2}:\d\d:\d\d[,.]\d{1,3}"
# The end of one cue's text (no full stop there) and the opening of the next one's, with its optional label.
_BREAK = re.compile(rf"(?<=[^.!?\s])[ \t]*\n(?:[ \t]*\n)*[ \t]*\d+[ \t]*\n[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}[^\n]*\n"
                    r"(?:[ \t]*([^\s:][^:\n]{0,38}):[ \t]+)?")
_LABEL = re.compile(r"[ \t]*([^\s:][^:\n]{0,38}):[ \t]")


def _breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every break between two cues that one voice's speech runs across."""
    out = []
    for m in _BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = _LABEL.match(text, line_start)
        after = m.group(1)
        if after is not None and (before is None or before.group(1) != after):
            continue  # another speaker
        out.append((m.start(), m.end()))
    return out


def cue_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces of telephone numbers that run across a cue break, and of their read-backs."""
    breaks = _breaks(text)
    if not breaks:
        return
    chars = list(text)
    for start, end in breaks:
        chars[start:end] = " " * (end - start)
    joined = "".join(chars)
    finds = [*find_said_phones(joined), *((s, e) for s, e, kind in find_spoken(joined) if kind == "phone"),
             *mixed_phones(joined), *((s, e) for s, e, _digits in dictated_phones(joined)), *phone_groups(joined)]
    for start, end in finds:
        across = [(s, e) for s, e in breaks if start < s and e < end]
        if not across:
            continue
        at = start
        for s, e in across:
            piece_end = s
            while piece_end > at and text[piece_end - 1] in " \t,":
                piece_end -= 1  # "…, ni sju,": the comma before the break stays
            yield at, piece_end
            at = e
        yield at, end
        yield from echoes(text, readings_of([joined[start:end]]), end)
