"""One-line bars: who is coding in which project (top), and what keys 1-9 apply (bottom).

The coder's name is on screen at all times so nobody codes under a colleague's name
by accident; the code strip keeps the numbered codes in view at 80 columns, where the
side panel is hidden.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from workbench.core.models import Code
from workbench.ui.layout import abbreviate


class TopBar(Static):
    """Project file name, the current place, the coder and any mode flags."""

    DEFAULT_CSS = """
    TopBar { height: 1; width: 1fr; background: $panel; color: $text; }
    """

    def __init__(self, place: str = "", **kwargs) -> None:
        super().__init__("", **kwargs)
        self.place = place
        self.flags: list[str] = []

    def on_mount(self) -> None:
        self.watch(self.app, "coder", lambda _coder: self.redraw(), init=True)

    def set_place(self, place: str, flags: list[str] | None = None) -> None:
        self.place = place
        if flags is not None:
            self.flags = flags
        self.redraw()

    def redraw(self) -> None:
        app = self.app
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(" workbench ", Style(bold=True))
        text.append(f"{getattr(app, 'project_label', '')} ")
        if self.place:
            text.append("│ ")
            text.append(self.place)
            text.append(" ")
        for flag in self.flags:
            text.append(f"[{flag}] ", Style(bold=True))
        coder = Text(f" coder: {getattr(app, 'coder', '?')} ", Style(bold=True, reverse=True))
        room = max(0, self.size.width - coder.cell_len) if self.size.width else None
        if room is not None:
            text.truncate(room, overflow="ellipsis", pad=True)
        text.append_text(coder)
        self.update(text)

    def on_resize(self) -> None:
        self.redraw()


class CodeStrip(Static):
    """The codes number keys apply at the current level, in their colours."""

    DEFAULT_CSS = """
    CodeStrip { height: 1; width: 1fr; background: $surface; }
    """

    def show_codes(self, level: str | None, codes: list[Code], colours: dict[str, str],
                   pending_descend: bool = False) -> None:
        self._args = (level, codes, colours, pending_descend)
        width = self.size.width or 80
        text = self._strip(level, codes, colours, pending_descend, labels=True)
        if text.cell_len > width:
            text = self._strip(level, codes, colours, pending_descend, labels=False)
        self.update(text)

    def on_resize(self) -> None:
        if getattr(self, "_args", None):
            self.show_codes(*self._args)

    @staticmethod
    def _strip(level: str | None, codes: list[Code], colours: dict[str, str], pending_descend: bool,
               labels: bool) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        if pending_descend:
            text.append(" sub-codes of? press 1-9 ", Style(bold=True, reverse=True))
        elif level:
            text.append(f" {level}/ ", Style(bold=True))
        for n, code in enumerate(codes, 1):
            text.append(f" {n} ", Style(bold=True))
            text.append(code.label if labels else abbreviate(code.path),
                        Style(color=colours.get(code.path), underline=True))
        if not codes:
            text.append(" (no codes at this level: add some in the codebook, key o)")
        return text
