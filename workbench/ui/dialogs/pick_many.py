"""Tick several items in one or more lists (which codes and coders the coding screen shows,
which codes get a stripe in its margin)."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, SelectionList

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
        self.hint = hint

    def compose(self) -> ComposeResult:
        remaps = getattr(self.app, "remaps", {})
        with Vertical(id="box"):
            yield Label(self.title_text, id="title")
            for i, (heading, items, ticked) in enumerate(self.sections):
                yield Label(heading, classes="hint")
                yield SelectionList(*[(label, value, value in ticked) for label, value in items], id=f"list-{i}",
                                    classes="pick-many")
            if self.hint:
                yield Label(self.hint, classes="hint")
            yield Label(f"space: tick    tab: next list    {keys_hint(PICK_MANY_KEYS[0], remaps)}: use    "
                        f"{keys_hint(PICK_MANY_KEYS[1], remaps)}: untick all    "
                        f"{keys_hint(DIALOG_KEYS[0], remaps)}: cancel", classes="hint")

    def on_mount(self) -> None:
        for selection in self.lists():
            if selection.option_count:
                selection.highlighted = 0
        self.query_one("#list-0", SelectionList).focus()

    def lists(self) -> list[SelectionList]:
        return [self.query_one(f"#list-{i}", SelectionList) for i in range(len(self.sections))]

    def action_done(self) -> None:
        self.dismiss([set(selection.selected) for selection in self.lists()])

    def action_clear(self) -> None:
        for selection in self.lists():
            selection.deselect_all()
