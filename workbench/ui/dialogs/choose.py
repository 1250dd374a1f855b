"""Pick one item from a short list (which of several codings, which screen)."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import CHOOSE_KEYS, DIALOG_KEYS, bindings, keys_hint


class ChooseDialog(Dialog[Any]):
    """A list of (label, value); `enter` returns the highlighted value, `j`/`k` move."""

    BINDINGS = bindings(CHOOSE_KEYS)

    def __init__(self, title: str, items: list[tuple[str, Any]], hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.items = items
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label(self.title_text, id="title")
            yield OptionList(*[Option(label, id=str(i)) for i, (label, _v) in enumerate(self.items)])
            if self.hint:
                yield Label(self.hint, classes="hint")
            remaps = getattr(self.app, "remaps", {})
            yield Label(f"{keys_hint(CHOOSE_KEYS[0], remaps)}, {keys_hint(CHOOSE_KEYS[1], remaps)}: move    "
                        f"enter: choose    {keys_hint(DIALOG_KEYS[0], remaps)}: cancel", classes="hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        if self.items:
            options.highlighted = 0

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        options.action_cursor_down() if delta > 0 else options.action_cursor_up()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.items[int(event.option.id)][1])
