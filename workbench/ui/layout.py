"""Where each piece of a transcript lands on screen, computed without Textual.

The coding view draws a transcript line by line. To do that cheaply it needs three
things that depend only on the text, the width and the codings: the wrapped lines
(each a span of codepoint offsets), the coded runs (which codings cover which offsets)
and the speaker labels. They live here as plain Python so they can be tested and
timed on their own, and so a keystroke never has to recompute more than it changed.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from collections.abc import Iterable, Sequence

from rich.cells import cell_len

from workbench.core.models import Segment

#: Characters drawn as a blank so every offset still occupies one cell.
_BLANKED = {ord(c): " " for c in "\t\r\x0b\x0c"}


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line: the text offsets [start, end) it shows."""

    start: int
    end: int


def display_text(text: str) -> str:
    """The text as drawn: tabs and other layout controls become single spaces (same length)."""
    return text.translate(_BLANKED)


def wrap_lines(text: str, width: int) -> list[Line]:
    """Word-wrap `text` (paragraphs split at LF) into lines of at most `width` cells.

    Lines break after a space where possible; a word longer than the width is cut.
    Every offset of the text except the LFs belongs to exactly one line, so a screen
    position always maps back to a codepoint offset.
    """
    width = max(4, width)
    lines: list[Line] = []
    pos = 0
    length = len(text)
    while pos <= length:
        newline = text.find("\n", pos)
        stop = length if newline < 0 else newline
        _wrap_paragraph(text, pos, stop, width, lines)
        if newline < 0:
            break
        pos = newline + 1
    return lines


def _wrap_paragraph(text: str, start: int, stop: int, width: int, out: list[Line]) -> None:
    if start == stop:
        out.append(Line(start, start))
        return
    narrow = cell_len(text[start:stop]) == stop - start
    pos = start
    while pos < stop:
        if narrow:
            limit = pos + width
        else:
            limit = _cells_limit(text, pos, stop, width)
        if limit >= stop:
            out.append(Line(pos, stop))
            return
        space = text.rfind(" ", pos, limit + 1)
        if space <= pos:
            cut = max(limit, pos + 1)  # no space: cut the word
        else:
            cut = space + 1  # keep the space at the end of this line
            while cut < stop and text[cut] == " " and cut - pos < width:
                cut += 1
        out.append(Line(pos, cut))
        pos = cut


def _cells_limit(text: str, pos: int, stop: int, width: int) -> int:
    """The offset where `width` cells starting at `pos` are used up (wide characters)."""
    used = 0
    i = pos
    while i < stop:
        w = cell_len(text[i])
        if used + w > width:
            break
        used += w
        i += 1
    return i


def line_index(lines: Sequence[Line], starts: Sequence[int], offset: int) -> int:
    """Index of the line showing `offset` (`starts` is [line.start for line in lines])."""
    if not lines:
        return 0
    return max(0, bisect_right(starts, offset) - 1)


@dataclass(frozen=True, slots=True)
class Mark:
    """A coding as the view needs it: span, code path, and whether it is the coder's own."""

    start: int
    end: int
    code: str
    own: bool = True
    coding_id: int | None = None


class CodedRuns:
    """The text cut into runs over which the set of covering codings is constant.

    `points[i]` is where run i starts; `active[i]` the marks covering it (empty tuple
    for uncoded text). Built once per change of codings, then looked up by bisection.
    """

    def __init__(self, marks: Iterable[Mark]):
        events: dict[int, list[tuple[int, Mark]]] = {}
        for mark in marks:
            if mark.end <= mark.start:
                continue
            events.setdefault(mark.start, []).append((1, mark))
            events.setdefault(mark.end, []).append((-1, mark))
        self.points: list[int] = [0]
        self.active: list[tuple[Mark, ...]] = [()]
        current: list[Mark] = []
        for pos in sorted(events):
            for kind, mark in events[pos]:
                if kind < 0:
                    current.remove(mark)
            for kind, mark in events[pos]:
                if kind > 0:
                    current.append(mark)
            if pos == self.points[-1]:
                self.active[-1] = tuple(current)
            else:
                self.points.append(pos)
                self.active.append(tuple(current))

    def runs_between(self, start: int, end: int) -> list[tuple[int, int, tuple[Mark, ...]]]:
        """The runs clipped to [start, end), in order: (run_start, run_end, marks)."""
        if end <= start:
            return []
        out = []
        i = bisect_right(self.points, start) - 1
        while i < len(self.points) and self.points[i] < end:
            run_start = max(start, self.points[i])
            run_end = min(end, self.points[i + 1]) if i + 1 < len(self.points) else end
            if run_end > run_start:
                out.append((run_start, run_end, self.active[i]))
            i += 1
        return out

    def marks_between(self, start: int, end: int) -> list[Mark]:
        """Distinct marks touching [start, end), in order of first appearance."""
        seen: dict[int, Mark] = {}
        for _s, _e, marks in self.runs_between(start, max(end, start + 1)):
            for mark in marks:
                seen.setdefault(id(mark), mark)
        return list(seen.values())


def speaker_labels(text: str, segments: Sequence[Segment]) -> list[tuple[int, int]]:
    """Spans of the speaker labels (`Mentee:`) that open each turn, for bold drawing.

    A label is the text between the start of the line and the turn's first segment,
    when it ends with a colon.
    """
    spans = []
    last_turn = None
    for seg in segments:
        if seg.turn == last_turn:
            continue
        last_turn = seg.turn
        line_start = text.rfind("\n", 0, seg.start) + 1
        head = text[line_start:seg.start]
        if head.rstrip().endswith(":") and len(head) <= 60:
            spans.append((line_start, line_start + len(head.rstrip())))
    return spans


def abbreviate(path: str) -> str:
    """A short margin label for a code path: 'network' -> 'NET', 'network/weak_ties' -> 'N.weak'."""
    parts = path.split("/")
    top = parts[0].replace("_", "")[:3].upper()
    if len(parts) == 1:
        return top
    leaf = parts[-1].replace("_", "")[:4]
    return f"{top[:1]}.{leaf}"
