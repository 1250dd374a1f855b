"""Tick several items in one or more lists (which codes and coders the coding screen shows,
which codes get a stripe in its margin).

Letters typed on a list narrow every list to the items containing them (a codebook has
dozens of codes); space ticks. A ticked item also carries a ✓ in its text, so the state
reads without colour (NO_COLOR, 16-colour terminals).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.events import Key
from textual.widgets import Input, Label, SelectionList

from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import DIALOG_KEYS, PICK_MANY_KEYS, bindings, keys_hint

#: One list: its heading, (label, value) items, and the values ticked at the start.
Section = tuple[str, list[tuple[str, Any]], set]


class PickManyDialog(Dialog[list]):
    """Lists of items to tick; space ticks, tab goes to the next list, enter returns one set per list."""

    BINDINGS = bindings(PICK_MANY_KEYS, priority=True)

    def __init__(self, title: str, sections: list[Section], hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.sections = sections
        self.ticked: list[set] = [set(ticked) for _heading, _items, ticked in sections]
        self.hint = hint

    def compose(self) -> ComposeResult:
        remaps = getattr(self.app, "remaps", {})
        with Vertical(id="box"):
            yield Label(self.title_text, id="title")
            yield Input(placeholder="type to narrow the lists", id="narrow", select_on_focus=False)
            for i, (heading, _items, _ticked) in enumerate(self.sections):
                yield Label(heading, classes="hint")
                yield SelectionList(id=f"list-{i}", classes="pick-many")
            if self.hint:
                yield Label(self.hint, classes="hint")
            yield Label(f"space: tick    tab: next list    {keys_hint(PICK_MANY_KEYS[0], remaps)}: use    "
                        f"{keys_hint(PICK_MANY_KEYS[1], remaps)}: untick all    "
                        f"{keys_hint(DIALOG_KEYS[0], remaps)}: cancel", classes="hint")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#list-0", SelectionList).focus()

    def lists(self) -> list[SelectionList]:
        return [self.query_one(f"#list-{i}", SelectionList) for i in range(len(self.sections))]

    def _fill(self, query: str) -> None:
        """Show the items containing `query` (all for an empty one), ticked as they were."""
        words = query.lower().split()
        for i, selection in enumerate(self.lists()):
            items = [(label, value) for label, value in self.sections[i][1]
                     if all(w in label.lower() for w in words)]
            selection.clear_options()
            selection.add_options([(self._prompt(label, value in self.ticked[i]), value, value in self.ticked[i])
                                   for label, value in items])
            if items:
                selection.highlighted = 0

    @staticmethod
    def _prompt(label: str, ticked: bool) -> Text:
        return Text.assemble(("✓ " if ticked else "  ", "bold"), label)

    @on(SelectionList.SelectionToggled)
    def toggled(self, event: SelectionList.SelectionToggled) -> None:
        i = self.lists().index(event.selection_list)
        value, index = event.selection.value, event.selection_index
        now = value in event.selection_list.selected
        (self.ticked[i].add if now else self.ticked[i].discard)(value)
        label = next(lb for lb, v in self.sections[i][1] if v == value)
        event.selection_list.replace_option_prompt_at_index(index, self._prompt(label, now))

    @on(Input.Changed, "#narrow")
    def narrowed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_key(self, event: Key) -> None:
        """Letters typed on a list go to the narrowing line; down from it goes back to the list."""
        narrow = self.query_one("#narrow", Input)
        if narrow.has_focus:
            if event.key == "down":
                self.query_one("#list-0", SelectionList).focus()
                event.stop()
            return
        if event.is_printable and event.character and event.character != " ":
            narrow.focus()
            narrow.insert_text_at_cursor(event.character)
            event.stop()

    def action_done(self) -> None:
        self.dismiss([set(ticked) for ticked in self.ticked])

    def action_clear(self) -> None:
        for ticked in self.ticked:
            ticked.clear()
        self._fill(self.query_one("#narrow", Input).value)
