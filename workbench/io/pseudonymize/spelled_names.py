"""A name spelled letter by letter after it was said: "Dlamini er d-l-a-m-i-n-i", "k o v a l e n k o".

People with names a listener may not know spell them out, in lower case as a transcriber writes the letters,
joined by hyphens, spaces or dots. The spelled letters identify as much as the name, and nothing else in the
rules reads them: the word rules see single letters. Here a run of three or more single letters with one
kind of joint (hyphen, space or dot) whose letters join to a word that the document's other finds hold (a
person's, a place's or an organisation's name) is that name again, of its kind. Letters that join to an
ordinary word ("kalesje, k-a-l-e-s-j-e") or to nothing found stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# One letter, then two or more with the same joint: "d-l-a-m-i-n-i", "k o v a l e n k o", "o.k.o.n.k.w.o".
_SPELLED = re.compile(r"(?<![\w.@-])([^\W\d_])(?P<joint>-|[ \t]|\.[ \t]?)[^\W\d_](?:(?P=joint)[^\W\d_]){1,30}"
                      r"(?![\w@-]|\.[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")


def spelled_names(text: str, found: Sequence[tuple]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, "rule:spelled") for letters spelled out that join to a word of a found name."""
    kinds: dict[str, str] = {}
    for f in found:
        if f[2] not in ("person", "place", "org"):
            continue
        for w in _WORD.findall(text[f[0]:f[1]]):
            if len(w) >= 3:
                kinds.setdefault(w.casefold(), f[2])
    out = []
    for m in _SPELLED.finditer(text):
        letters = "".join(c for c in m.group(0) if c.isalpha()).casefold()
        kind = kinds.get(letters)
        if kind is not None:
            out.append((m.start(), m.end(), kind, "rule:spelled"))
    return out
