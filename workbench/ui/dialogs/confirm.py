"""Ask before doing something with consequences (retiring a code that is in use)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label

from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import CONFIRM_KEYS, DIALOG_KEYS, bindings, key_of, keys_hint


class ConfirmDialog(Dialog[bool]):
    """`y` (or enter) confirms, `n` or escape declines."""

    BINDINGS = bindings(CONFIRM_KEYS)

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label(self.question, id="title")
            if self.detail:
                yield Label(self.detail, classes="detail")
            remaps = getattr(self.app, "remaps", {})
            yes = keys_hint(CONFIRM_KEYS[0], remaps)
            no, cancel = key_of(CONFIRM_KEYS, "confirm_no", remaps), key_of(DIALOG_KEYS, "cancel", remaps)
            yield Label(f"{yes}: yes    {no} or {cancel}: no", classes="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
