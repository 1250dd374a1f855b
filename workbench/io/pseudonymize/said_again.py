"""A number said in words and found once, said again word for word elsewhere in the text (round 49c).

On the phone the asker reads a number back to check it ("ni to sju førtiåtte null seks en. stemmer det"), and the
speaker repeats it later. The rules that find the first saying read it by its frame (a telephone word in the
turn before, an ID label); the read-back stands in a turn that names nothing. So a telephone number, an ID
number or another number found whole and said in four or more number words is the same identifier wherever the
same words come again in the same order, whatever commas, dots or dashes stand between them. Fewer words (`tre
to`, `fire fem`) say counts and scores too often to be taken again without a frame.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.spoken_numbers import _said_value

_KINDS = frozenset(("phone", "idnumber", "number"))
_WORD = re.compile(r"[^\W\d_]+")
_SEP = r"(?:[ \t]*[,.…–—-][ \t]*|[ \t]+)"
_MIN_WORDS = 4


def said_again(text: str, found) -> list[tuple[int, int, str, str, None]]:
    """(start, end, kind, "identifier", None) for each other saying, word for word, of a number found in words."""
    out: list[tuple[int, int, str, str, None]] = []
    seen: set[tuple[str, ...]] = set()
    for start, end, kind, *_rest in found:
        if kind not in _KINDS:
            continue
        span = text[start:end]
        words = tuple(w.casefold() for w in _WORD.findall(span))
        if len(words) < _MIN_WORDS or words in seen or any(_said_value(w) is None for w in words) \
                or re.search(r"\d", span):
            continue
        seen.add(words)
        pattern = re.compile(r"(?<![\w-])" + _SEP.join(re.escape(w) for w in words) + r"(?![\w-])", re.I)
        for m in pattern.finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e, *_r in found):
                out.append((m.start(), m.end(), kind, "identifier", None))
    return out
