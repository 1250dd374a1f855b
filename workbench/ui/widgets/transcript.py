"""The transcript view: a line-API widget that draws only the lines on screen.

A group interview can run to 30,000 words, so the view never builds one big
renderable. It keeps the wrapped lines (recomputed only when the width changes), the
coded runs (recomputed only when the codings change) and a cache of drawn lines; a
cursor move redraws just the lines the old and new selection touch.

Coded text is underlined in its code's colour (bold where codes overlap, italic for
other coders' codings); the selection is reversed; speaker labels are bold; find
matches are bold with a line above (and yellow). Those cues survive `NO_COLOR` and
16-colour terminals. A margin on the right lists the codes on each line, abbreviated.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from rich.segment import Segment as RichSegment
from rich.style import Style
from textual.cache import LRUCache
from textual.events import Click, Resize
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.core.models import Segment
from workbench.ui.layout import CodedRuns, Line, Mark, abbreviate, display_text, line_index, speaker_labels, wrap_lines

FALLBACK_COLOUR = "#888888"
#: Find matches: a yellow background, and bold with a line above, so they also show without colour.
FOUND_STYLE = Style(bgcolor="yellow", color="black", bold=True, overline=True)


class Transcript(ScrollView, can_focus=True, inherit_bindings=False):
    """A scrollable, wrapped, coloured transcript with a selection and a code margin."""

    DEFAULT_CSS = """
    Transcript {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
    }
    """

    class Clicked(Message):
        """The user clicked on the text at codepoint `offset` (extending with shift)."""

        def __init__(self, transcript: Transcript, offset: int, extend: bool) -> None:
            super().__init__()
            self.transcript = transcript
            self.offset = offset
            self.extend = extend

    def __init__(self, *, margin: bool = True, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.show_margin = margin
        self.text = ""
        self._shown = ""
        self.lines: list[Line] = []
        self._starts: list[int] = []
        self._labels: list[tuple[int, int]] = []
        self._label_starts: list[int] = []
        self._styles: dict[tuple, Style | None] = {}
        self._runs = CodedRuns([])
        self._colours: dict[str, str | None] = {}
        self._order: dict[str, int] = {}
        self.stripes: list[str] = []  # codes with a stripe column at the start of the margin
        self.selection: tuple[int, int] = (0, 0)
        self.precise = False
        self._wrap_width = 0
        self._cache: LRUCache[int, Strip] = LRUCache(2048)
        self._found: list[tuple[int, int]] = []  # find matches, drawn highlighted
        self._found_starts: list[int] = []

    # -- content --------------------------------------------------------------

    def load(self, text: str, segments: list[Segment]) -> None:
        """Show a new text (wraps it at once when the width is known)."""
        self.text = text
        self._shown = display_text(text)
        self._labels = speaker_labels(text, segments)
        self._label_starts = [a for a, _b in self._labels]
        self._wrap_width = 0
        self.lines = []
        self._starts = []
        if self.size.width:
            self._rewrap()

    def set_marks(self, marks: list[Mark], colours: dict[str, str | None]) -> None:
        """Replace the codings shown; colours maps code path to '#rrggbb' in codebook order."""
        self._runs = CodedRuns(marks)
        self._styles = {}
        self._colours = colours
        self._order = {path: i for i, path in enumerate(colours)}
        self._cache.clear()
        self.refresh()

    def set_stripes(self, codes: list[str]) -> None:
        """Give each of these codes a column at the start of the margin: a bar on every line
        coded with it or one of its sub-codes (NVivo's coding stripes)."""
        self.stripes = list(codes)
        self._cache.clear()
        self.refresh()

    def set_selection(self, start: int, end: int, precise: bool = False, scroll: bool = True) -> None:
        """Move the highlighted span, redrawing only the lines it leaves and enters."""
        old = self._line_range(*self.selection)
        self.selection = (start, end)
        self.precise = precise
        new = self._line_range(start, end)
        for first, last in (old, new):
            self.refresh_lines(first, last - first + 1)
        if scroll:
            self.scroll_to_span(start, end)

    def set_found(self, spans: list[tuple[int, int]]) -> None:
        """Highlight these spans (find matches, sorted by start); [] clears them."""
        self._found = list(spans)
        self._found_starts = [a for a, _b in self._found]
        self._styles = {}
        self._cache.clear()
        self.refresh()

    def _found_on(self, line: Line) -> list[tuple[int, int]]:
        i = max(0, bisect_right(self._found_starts, line.start) - 1)
        out = []
        while i < len(self._found) and self._found[i][0] < line.end:
            a, b = self._found[i]
            if b > line.start:
                out.append((max(a, line.start), min(b, line.end)))
            i += 1
        return out

    # -- geometry -------------------------------------------------------------

    @property
    def margin_width(self) -> int:
        if not self.show_margin:
            return 0
        return max(8, min(18, self.size.width // 6))

    @property
    def text_width(self) -> int:
        width = self.scrollable_content_region.width
        margin = self.margin_width
        return max(4, width - (margin + 1 if margin else 0))

    def _rewrap(self) -> None:
        width = self.text_width
        if width == self._wrap_width and self.lines:
            return
        self._wrap_width = width
        self.lines = wrap_lines(self.text, width)
        self._starts = [line.start for line in self.lines]
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self.lines))
        self.refresh()

    def on_resize(self, event: Resize) -> None:
        if self.text or not self.lines:
            self._rewrap()
            self.scroll_to_span(*self.selection)

    def line_of(self, offset: int) -> int:
        return line_index(self.lines, self._starts, offset)

    def _line_range(self, start: int, end: int) -> tuple[int, int]:
        if not self.lines:
            return 0, 0
        return self.line_of(start), self.line_of(max(start, end - 1))

    def scroll_to_span(self, start: int, end: int) -> None:
        """Scroll so the span's first line is in view with some context (and its end if it fits)."""
        if not self.lines or not self.size.height:
            return
        first, last = self._line_range(start, end)
        height = self.scrollable_content_region.height or self.size.height
        context = min(2, max(0, height // 6))
        top = self.scroll_offset.y
        if first < top + context:
            top = max(0, first - context)
        elif last > top + height - 1 - context:
            top = min(first - context, last - height + 1 + context)
        if top != self.scroll_offset.y:
            self.scroll_to(y=max(0, top), animate=False, immediate=True)

    def offset_at(self, x: int, y: int) -> int | None:
        """The codepoint offset under a screen cell of this widget, if it is on text."""
        index = self.scroll_offset.y + y
        if not 0 <= index < len(self.lines) or x >= self.text_width:
            return None
        line = self.lines[index]
        return min(line.start + max(0, x), max(line.start, line.end - 1))

    def on_click(self, event: Click) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is not None:
            self.post_message(self.Clicked(self, offset, event.shift))

    # -- drawing --------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        if self.text and not self.lines and self.size.width:
            # The first paint comes before the Resize event that would wrap the text: wrap now,
            # so a newly opened document never shows one frame of empty pane.
            self._rewrap()
        index = self.scroll_offset.y + y
        width = self.size.width
        base = self.rich_style
        if index >= len(self.lines):
            return Strip.blank(width, base)
        line = self.lines[index]
        sel_start, sel_end = self.selection
        selected = sel_end > sel_start and line.start < sel_end and line.end > sel_start
        if not selected:
            cached = self._cache.get(index)
            if cached is not None and cached.cell_length == width:
                return cached
        strip = self._draw(line, base, width, selected)
        if not selected:
            self._cache[index] = strip
        return strip

    def _draw(self, line: Line, base: Style, width: int, selected: bool) -> Strip:
        runs = self._runs.runs_between(line.start, line.end)
        labels = self._labels_on(line)
        sel_start, sel_end = self.selection if selected else (-1, -1)
        cuts = {line.start, line.end, *(r[0] for r in runs)}
        cuts.update(p for span in labels for p in span)
        found = self._found_on(line) if self._found else []
        cuts.update(p for span in found for p in span)
        cuts.update(p for p in (sel_start, sel_end) if line.start < p < line.end)
        points = sorted(cuts)
        pieces: list[RichSegment] = []
        run_index = 0
        for a, b in pairwise(points):
            while run_index + 1 < len(runs) and runs[run_index + 1][0] <= a:
                run_index += 1
            marks = runs[run_index][2] if runs else ()
            label = any(s <= a < e for s, e in labels)
            style = self._piece_style(marks, label, sel_start <= a < sel_end)
            if found and any(s <= a < e for s, e in found):
                style = (style or Style()) + FOUND_STYLE
            pieces.append(RichSegment(self._shown[a:b], base + style if style else base))
        strip = Strip(pieces).crop_extend(0, self.text_width, base)
        if self.show_margin:
            margin = self._margin(line, base)
            strip = Strip.join([strip, Strip([RichSegment(" ", base)]), margin])
        return strip.crop_extend(0, width, base)

    def _labels_on(self, line: Line) -> list[tuple[int, int]]:
        i = max(0, bisect_right(self._label_starts, line.start) - 1)
        out = []
        while i < len(self._labels) and self._labels[i][0] < line.end:
            a, b = self._labels[i]
            if b > line.start:
                out.append((max(a, line.start), min(b, line.end)))
            i += 1
        return out

    def _piece_style(self, marks: tuple[Mark, ...], label: bool, selected: bool) -> Style | None:
        key = (marks, label, selected)
        style = self._styles.get(key)
        if style is None and key not in self._styles:
            style = Style()
            if marks:
                inner = min(marks, key=lambda m: (m.end - m.start, not m.own))
                own = any(m.own for m in marks)
                style += Style(color=self._colours.get(inner.code, FALLBACK_COLOUR), underline=own,
                               italic=not own, bold=len(marks) > 1)
            if label:
                style += Style(bold=True)
            if selected:
                style += Style(reverse=True)
            style = style or None
            self._styles[key] = style
        return style

    def _margin(self, line: Line, base: Style) -> Strip:
        width = self.margin_width
        marks = self._runs.marks_between(line.start, line.end) if line.end > line.start else []
        seen: dict[str, bool] = {}
        for mark in marks:
            seen[mark.code] = seen.get(mark.code, False) or mark.own
        pieces: list[RichSegment] = []
        used = 0
        if self.stripes:
            for stripe in self.stripes[: max(1, width - 2)]:
                hits = [own for code, own in seen.items() if code == stripe or code.startswith(stripe + "/")]
                colour = self._colours.get(stripe, FALLBACK_COLOUR)
                pieces.append(RichSegment("┃" if hits else " ",
                                          base + Style(color=colour, bold=any(hits)) if hits else base))
                used += 1
            pieces.append(RichSegment(" ", base))
            used += 1
        stripes_end = used  # the code labels start here
        for code in sorted(seen, key=lambda c: self._order.get(c, 1 << 30)):
            label = abbreviate(code)
            gap = 1 if used > stripes_end else 0
            if used + len(label) + gap > width:
                if used < width:
                    pieces.append(RichSegment("…", base))
                break
            if gap:
                pieces.append(RichSegment(" ", base))
                used += 1
            colour = self._colours.get(code, FALLBACK_COLOUR)
            pieces.append(RichSegment(label, base + Style(color=colour, bold=seen[code], italic=not seen[code])))
            used += len(label)
        return Strip(pieces).crop_extend(0, width, base)
