"""Ask for a new code: its parent, key and label."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label

from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import DIALOG_KEYS, FORM_KEYS, bindings, keys_hint


class NewCodeDialog(Dialog[dict]):
    """Three inputs (parent path, key, label); enter in the last one adds the code."""

    BINDINGS = bindings(FORM_KEYS, priority=True)

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
            remaps = getattr(self.app, "remaps", {})
            yield Label(f"{keys_hint(FORM_KEYS[0], remaps)}: next field, then add    "
                        f"{keys_hint(DIALOG_KEYS[0], remaps)}: cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#key", Input).focus()

    def action_next_field(self) -> None:
        """Enter: on to the next field at once (before any key typed after it), or add the code."""
        focused = self.focused
        if not isinstance(focused, Input) or focused.id != "label":
            self.focus_next()
            return
        key = self.query_one("#key", Input).value.strip()
        label = self.query_one("#label", Input).value.strip() or key
        if not key:
            self.query_one("#key", Input).focus()
            return
        self.dismiss({"parent": self.query_one("#parent", Input).value.strip().strip("/") or None,
                      "key": key, "label": label})
