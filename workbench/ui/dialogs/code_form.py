"""Ask for a new code: its parent, key and label."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label

from workbench.ui.dialogs.base import Dialog


class NewCodeDialog(Dialog[dict]):
    """Three inputs (parent path, key, label); enter in the last one adds the code."""

    def __init__(self, parent: str | None) -> None:
        super().__init__()
        self.parent_path = parent or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label("New code", id="title")
            yield Label("Parent path (empty: top level)", classes="hint")
            yield Input(self.parent_path, id="parent")
            yield Label("Key (a-z, 0-9, _ or -)", classes="hint")
            yield Input(id="key")
            yield Label("Label", classes="hint")
            yield Input(id="label")

    def on_mount(self) -> None:
        self.query_one("#key", Input).focus()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "label":
            self.focus_next()
            return
        key = self.query_one("#key", Input).value.strip()
        label = self.query_one("#label", Input).value.strip() or key
        if not key:
            self.query_one("#key", Input).focus()
            return
        self.dismiss({"parent": self.query_one("#parent", Input).value.strip().strip("/") or None,
                      "key": key, "label": label})
