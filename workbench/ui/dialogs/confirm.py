"""Ask before doing something with consequences (retiring a code that is in use)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label

from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import KeySpec, bindings


class ConfirmDialog(Dialog[bool]):
    """`y` (or enter) confirms, `n` or escape declines."""

    BINDINGS = bindings((
        KeySpec("confirm_yes", "y", "enter", "answer(True)", "Yes"),
        KeySpec("confirm_no", "n", None, "answer(False)", "No"),
    ))

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label(self.question, id="title")
            if self.detail:
                yield Label(self.detail)
            yield Label("y / enter: yes    n / escape: no", classes="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
