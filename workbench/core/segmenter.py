"""Split speaker turns into sentences: the unit coders step through and agreement counts.

Rule based on purpose. spaCy's Norwegian tokenizer treats ordinary words that happen
to be abbreviations elsewhere (`min.`, `sen.`, `to.`, `ti.`, `el.`) as abbreviations
and glues sentences together; here only a short list of true abbreviations and single
capital initials (`A. Hansen`) block a split.

Rules, applied inside one turn (a segment never crosses a turn boundary):

* Split after `.`, `?`, `!`, `…` or `...` (plus closing quotes/brackets) when whitespace
  follows and the next character is an uppercase letter, a digit, an opening quote,
  a dash or an opening bracket — unless the word before a lone `.` is a true abbreviation.
* Split at paragraph breaks: a blank line always; a single newline too, unless it looks
  like a hard-wrapped line (the line ends in a letter, digit, comma or hyphen, or a true
  abbreviation, and the next starts with a lowercase letter or digit).
* Segments are trimmed of whitespace; empty ones are dropped.
* A segment longer than MAX_SEGMENT_CHARS (text without punctuation: an automatic
  transcript, a pasted table) is cut into pieces of at most that length, at the last
  clause boundary (`,` `;` `:` or a dash before a space) in the second half of the
  window, else at the last space, else (one unbroken string) at the limit itself. A
  coder can then still step through it, and search shows a bounded context.
"""

from __future__ import annotations

import re
from itertools import pairwise

from workbench.core.models import Segment, Turn

ABBREVIATIONS = frozenset({
    "f.eks.", "bl.a.", "dvs.", "osv.", "mht.", "ca.", "nr.", "kl.", "jf.", "evt.", "ev.",
    "o.l.", "pga.", "t.o.m.", "m.m.", "etc.", "dr.", "st.",
})
_CLOSERS = "»”\"'’)]"
_OPENERS = "«“„\"'‘([–—-"
_END = re.compile(r"(?<![.?!…])[.?!…]++[" + re.escape(_CLOSERS) + r"]*+(?=\s)")
_BREAK = re.compile(r"(?<!\s)[ \t]*+\n\s*+")
_INITIALS = re.compile(r"(?:[A-ZÆØÅ]\.)+")
_LEADING = "«“„\"'‘(["
MAX_SEGMENT_CHARS = 2000
_CLAUSE = re.compile(r"[,;:–—](?=\s)|\s[-–—](?=\s)")


def _word_before(text: str, dot: int, lo: int) -> str:
    """The whitespace-delimited word ending at position `dot` (inclusive of the dot)."""
    i = dot
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:dot + 1].lstrip(_LEADING)


def _is_abbreviation(text: str, dot: int, lo: int) -> bool:
    word = _word_before(text, dot, lo)
    return word.lower() in ABBREVIATIONS or bool(_INITIALS.fullmatch(word))


def _sentence_end(text: str, m: re.Match[str], lo: int) -> bool:
    """True when the punctuation run `m` ends a sentence (not an abbreviation)."""
    punct = m.group(0).rstrip(_CLOSERS)
    if punct == ".":
        return not _is_abbreviation(text, m.start(), lo)
    return True


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS


def _cuts(text: str, lo: int, hi: int) -> list[int]:
    """Offsets in [lo, hi) where a new segment may start (before trimming)."""
    cuts: list[int] = []
    for m in _END.finditer(text, lo, hi):
        j = m.end()
        while j < hi and text[j].isspace():
            j += 1
        if j < hi and _starts_sentence(text[j]) and _sentence_end(text, m, lo):
            cuts.append(m.end())
    for m in _BREAK.finditer(text, lo, hi):
        a, b = m.start(), m.end()
        if b >= hi or a <= lo:
            continue
        if m.group(0).count("\n") >= 2 or not _wrapped(text, a, b, lo):
            cuts.append(a)
    return sorted(set(cuts))


def _wrapped(text: str, a: int, b: int, lo: int) -> bool:
    """True when the single newline between text[a-1] and text[b] looks like a soft wrap."""
    prev, nxt = text[a - 1], text[b]
    if prev == "." and _is_abbreviation(text, a - 1, lo):
        return True
    return (prev.isalnum() or prev in ",-") and (nxt.islower() or nxt.isdigit())


def split_segments(text: str, turns: list[Turn]) -> list[Segment]:
    """Sentence segments of every turn, in order, with speaker, turn index and meta copied.

    Text outside the turns (speaker labels, heading markers) gets no segment; pass
    `[Turn(None, 0, len(text))]` to segment a text without speakers.
    """
    segments: list[Segment] = []
    for index, turn in enumerate(turns):
        lo, hi = max(0, turn.start), min(len(text), turn.end)
        bounds = [lo, *_cuts(text, lo, hi), hi]
        for a, b in pairwise(bounds):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                for x, y in _bounded(text, a, b):
                    segments.append(Segment(x, y, turn.speaker, index, dict(turn.meta)))
    return segments


def _bounded(text: str, a: int, b: int, limit: int = MAX_SEGMENT_CHARS) -> list[tuple[int, int]]:
    """[a, b) as pieces of at most `limit` characters, cut at clause or word boundaries."""
    pieces = []
    while b - a > limit:
        hi = a + limit
        cut = -1
        for m in _CLAUSE.finditer(text, a + limit // 2, hi):
            cut = m.start() if m.group(0)[0].isspace() else m.end()  # a dash opens the next piece
        if cut <= a:
            space = max(text.rfind(" ", a + 1, hi + 1), text.rfind("\n", a + 1, hi + 1))
            cut = space if space > a else hi
        end = cut
        while end > a and text[end - 1].isspace():
            end -= 1
        if end > a:
            pieces.append((a, end))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        pieces.append((a, b))
    return pieces
