"""Ask for a new code: its key, label and parent.

The key comes first and has the focus: it is the one field that must be typed. A key
the codebook would refuse (capitals, spaces, a path that exists) is said under the
field as it is typed, and enter stays in the dialog until the key is valid.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label

from workbench.core.codebook import KEY_RE
from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import DIALOG_KEYS, FORM_KEYS, bindings, keys_hint


def key_problem(key: str, parent: str, existing: set[str] | frozenset[str] = frozenset()) -> str | None:
    """Why a key cannot be added under `parent` (None when it can)."""
    key = key.strip()
    if not key:
        return "type a key (it becomes the code's path)"
    if not KEY_RE.match(key):
        return f"'{key}' is not a valid key: only lower-case a-z, 0-9, _ or -"
    parent = parent.strip().strip("/")
    if existing and parent and parent not in existing:
        return f"no code '{parent}' to put it under"
    path = f"{parent}/{key}" if parent else key
    if path in existing:
        return f"a code '{path}' already exists"
    return None


class NewCodeDialog(Dialog[dict]):
    """Three inputs (key, label, parent path); enter moves on, and in the last one adds the code."""

    BINDINGS = bindings(FORM_KEYS, priority=True)

    def __init__(self, parent: str | None, existing: set[str] | None = None) -> None:
        super().__init__()
        self.parent_path = parent or ""
        self.existing = set(existing or ())

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label("New code", id="title")
            yield Label("Key (lower-case a-z, 0-9, _ or -)", classes="hint")
            yield Input(id="key")
            yield Label("", id="key-error", classes="error")
            yield Label("Label (empty: the key)", classes="hint")
            yield Input(id="label")
            yield Label("Under (parent path; empty: top level)", classes="hint")
            yield Input(self.parent_path, id="parent")
            remaps = getattr(self.app, "remaps", {})
            yield Label(f"{keys_hint(FORM_KEYS[0], remaps)}: next field, then add    "
                        f"{keys_hint(DIALOG_KEYS[0], remaps)}: cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#key-error", Label).display = False
        self.query_one("#key", Input).focus()

    def _value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value.strip()

    def _show_problem(self, problem: str | None) -> None:
        error = self.query_one("#key-error", Label)
        error.update(problem or "")
        error.display = bool(problem)

    @on(Input.Changed)
    def changed(self, event: Input.Changed) -> None:
        """Say at once what is wrong with the key (an empty key is only reported on enter)."""
        key = self._value("key")
        self._show_problem(key_problem(key, self._value("parent"), self.existing) if key else None)

    def action_next_field(self) -> None:
        """Enter: on to the next field at once (before any key typed after it), or add the code."""
        focused = self.focused
        if not isinstance(focused, Input) or focused.id != "parent":
            if isinstance(focused, Input) and focused.id == "key" and key_problem(self._value("key"), "", ()):
                self._show_problem(key_problem(self._value("key"), "", ()))
                return  # stay on a key that cannot be stored
            self.focus_next()
            return
        key = self._value("key")
        parent = self._value("parent").strip("/")
        problem = key_problem(key, parent, self.existing)
        if problem:
            self._show_problem(problem)
            self.query_one("#parent" if "under" in problem else "#key", Input).focus()
            return
        self.dismiss({"parent": parent or None, "key": key, "label": self._value("label") or key})
