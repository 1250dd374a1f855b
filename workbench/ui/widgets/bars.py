"""One-line bars: who is coding in which project (top), and what keys 1-9 apply (bottom).

The coder's name is on screen at all times so nobody codes under a colleague's name
by accident; the code strip keeps the numbered codes in view at 80 columns, where the
side panel is hidden. Both draw from their current width on every render.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from workbench.core.models import Code
from workbench.ui.layout import abbreviate


class TopBar(Widget):
    """Project file name, the current place, the coder and any mode flags."""

    DEFAULT_CSS = """
    TopBar { height: 1; width: 1fr; background: $panel; color: $text; }
    """

    def __init__(self, place: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.place = place
        self.flags: list[str] = []

    def on_mount(self) -> None:
        self.watch(self.app, "coder", lambda _coder: self.refresh(), init=False)

    def set_place(self, place: str, flags: list[str] | None = None) -> None:
        self.place = place
        if flags is not None:
            self.flags = flags
        self.refresh()

    def render(self) -> Text:
        app = self.app
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(" workbench ", Style(bold=True))
        text.append(f"{getattr(app, 'project_label', '')} ")
        if self.place:
            text.append(f"│ {self.place} ")
        for flag in self.flags:
            text.append(f"[{flag}] ", Style(bold=True))
        coder = Text(f" coder: {getattr(app, 'coder', '?')} ", Style(bold=True, reverse=True))
        room = max(0, self.size.width - coder.cell_len)
        text.truncate(room, overflow="ellipsis", pad=True)
        text.append_text(coder)
        return text


class CodeStrip(Widget):
    """The codes number keys apply at the current level, in their colours."""

    DEFAULT_CSS = """
    CodeStrip { height: 1; width: 1fr; background: $surface; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.level: str | None = None
        self.codes: list[Code] = []
        self.colours: dict[str, str | None] = {}
        self.pending_descend = False

    def show_codes(self, level: str | None, codes: list[Code], colours: dict[str, str | None],
                   pending_descend: bool = False) -> None:
        self.level, self.codes, self.colours, self.pending_descend = level, codes, colours, pending_descend
        self.refresh()

    def render(self) -> Text:
        """The labels whole when they fit; else the longest cut to the longest length that fits
        (`Formell ko…`), never before the letter that tells it from the others (`Kompetanseg…`,
        `Kompetanseh…`); only when even that is too wide, the margin's abbreviations."""
        text = self._strip(labels=True)
        longest = max((len(c.label) for c in self.codes), default=0)
        for most in range(longest - 1, 4, -1):
            if text.cell_len <= self.size.width:
                break
            text = self._strip(labels=True, most=most)
        if text.cell_len > self.size.width:
            text = self._strip(labels=False)
        return text

    def _strip(self, labels: bool, most: int | None = None) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        if self.pending_descend:
            text.append(" sub-codes of? press 1-9 ", Style(bold=True, reverse=True))
        elif self.level:
            text.append(f" {self.level}/ ", Style(bold=True))
        for n, code in enumerate(self.codes, 1):
            text.append(f" {n} ", Style(bold=True))
            name = code.label if labels else abbreviate(code.path)
            if most is not None:
                name = _shortened(name, [c.label for c in self.codes if c is not code], most)
            text.append(name,
                        Style(color=self.colours.get(code.path), underline=True))
        if not self.codes:
            text.append(" (no codes at this level: add some in the codebook, key o)")
        return text


def _shortened(label: str, others: list[str], most: int) -> str:
    """`label` in at most `most` characters with an ellipsis, but never cut before the first
    character where it differs from every label in `others`."""
    if len(label) <= most:
        return label
    shared = max((_shared_start(label.casefold(), o.casefold()) for o in others), default=0)
    keep = max(most - 1, shared + 1)
    return label if keep >= len(label) - 1 else label[:keep].rstrip() + "…"


def _shared_start(a: str, b: str) -> int:
    """How many characters `a` and `b` share at their start."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
