"""Find a code by typing a few letters of its label, key or path (fuzzy)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.fuzzy import Matcher
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.models import Code
from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import PICKER_KEYS, bindings

#: What the picker returns for its "(top level)" entry (when offered).
TOP_LEVEL = "\x00top"
_TOP_LABEL = "(top level)"


def rank_codes(codes: list[Code], query: str) -> list[Code]:
    """Codes matching `query` best first (all of them, in codebook order, for an empty query)."""
    query = query.strip()
    if not query:
        return list(codes)
    matcher = Matcher(query)
    scored = []
    for i, code in enumerate(codes):
        haystacks = (code.label, code.path, code.label_en or "", code.key)
        score = max(matcher.match(h) for h in haystacks if h)
        if score > 0:
            exact = query.lower() in f"{code.label} {code.path} {code.label_en or ''}".lower()
            scored.append((-(score + (1 if exact else 0)), i, code))
    return [code for *_rank, code in sorted(scored, key=lambda t: (t[0], t[1]))]


class CodePicker(Dialog[str]):
    """Type to filter; up/down (or ctrl+n/ctrl+p) move; enter picks; returns a code path."""

    BINDINGS = bindings(PICKER_KEYS)

    def __init__(self, codes: list[Code], colours: dict[str, str | None], title: str = "Apply code",
                 top_level: bool = False) -> None:
        super().__init__()
        self.codes = codes
        self.colours = colours
        self.title_text = title
        self.top_level = top_level  # offer "(top level)" first (returned as TOP_LEVEL)
        self.matches: list[Code | None] = list(codes)

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label(self.title_text, id="title")
            yield Input(placeholder="type part of a label, key or path", id="query")
            yield OptionList(id="matches")
            yield Static("", id="about")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._refill("")

    def _refill(self, query: str) -> None:
        self.matches = list(rank_codes(self.codes, query))
        if self.top_level and (not query.strip() or Matcher(query.strip()).match(_TOP_LABEL) > 0):
            self.matches.insert(0, None)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([self._option(code) for code in self.matches])
        if self.matches:
            options.highlighted = 0
        self._describe()

    def _option(self, code: Code | None) -> Option:
        if code is None:
            return Option(Text(_TOP_LABEL, style="italic"), id=TOP_LEVEL)
        text = Text("  " * code.depth)
        colour = self.colours.get(code.path)
        text.append(code.label, style=f"underline {colour}" if colour else "underline")
        text.append(f"  {code.path}", style="dim")
        return Option(text, id=code.path)

    def _describe(self) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted
        about = ""
        if index is not None and 0 <= index < len(self.matches) and self.matches[index] is not None:
            about = " ".join(self.matches[index].definition.split())
        self.query_one("#about", Static).update(about)

    @on(Input.Changed)
    def changed(self, event: Input.Changed) -> None:
        self._refill(event.value)

    @on(Input.Submitted)
    def submitted(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is not None and 0 <= index < len(self.matches):
            code = self.matches[index]
            self.dismiss(TOP_LEVEL if code is None else code.path)

    @on(OptionList.OptionHighlighted)
    def highlighted(self) -> None:
        self._describe()

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        options.action_cursor_down() if delta > 0 else options.action_cursor_up()
