"""A word opening a bullet line of notes starts a sentence (round 38o).

Mentors' and interviewers' notes are written as bullet lines: "- Vanskeligst: husleia, og at kundene ikke
finner fram.", "- Matbilen står fortsatt.", "* Nettsiden har for få bilder.", "• Kassaapparatet virker igjen."
The first word is capitalised because it opens a sentence, as after a full stop. The word rules read a line
break as a sentence break, but `propagate.at_sentence_start` looked only at the last mark before the word, the
bullet, and the model's finds of such a word (a superlative, a common noun, a compound of dictionary words)
were kept as if it stood inside a sentence. Here a bullet mark (`-`, `–`, `*`, `•`, `·`, `▪`, `‣`) alone at a
line's start, after optional indentation, makes the word after it sentence-initial.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"[ \t]*[-–*•·▪‣][ \t]+$")


def bullet_start(text: str, start: int) -> bool:
    """Whether the word at `start` follows a bullet mark that opens its line."""
    line_lo = text.rfind("\n", 0, start) + 1
    return start > line_lo and _BULLET.fullmatch(text, line_lo, start) is not None
