"""Transcripts exported with a line number on every line (round 36x).

Some transcription tools export a transcript with a number before each line and wrap a turn over several lines:
"  6  P: … i et lite firma på\n  7  Strømmen, hos en mann …". The rules read a line break as a sentence break, and
the number stood between the frame (`på`) and its place, so a frame across the break found nothing, and the word
after the number counted as a sentence start (where a capitalised unknown word is left).

In a text where three or more lines open with a number that goes up by one from line to line, the rules read a
view in which each numbered line that goes on the turn before it (no speaker label after its number) has its
line break and number turned into spaces of the same length: the frames see through, no sentence starts there,
and every offset stays that of the original text. A line that opens a turn ("  8  I: …") keeps its break.
"""

from __future__ import annotations

import re
from itertools import pairwise

_NUMBERED = re.compile(r"^([ \t]*)(\d{1,5})([ \t]+)(?=\S)", re.M)
_LABEL = re.compile(r"[^\s:]{1,20}(?:[ \t][^\s:]{1,20}){0,2}:(?:[ \t]|$)")


def unnumbered(text: str) -> str:
    """`text` with the line breaks and numbers of continued numbered lines turned into spaces."""
    hits = list(_NUMBERED.finditer(text))
    if len(hits) < 3:
        return text
    numbers = [int(m.group(2)) for m in hits]
    if sum(1 for a, b in pairwise(numbers) if b == a + 1) < 0.8 * (len(numbers) - 1):
        return text
    out = list(text)
    for m in hits:
        if m.start() == 0 or text[m.start() - 1] != "\n" or _LABEL.match(text, m.end()):
            continue
        for k in range(m.start() - 1, m.end()):
            out[k] = " "
    return "".join(out)
