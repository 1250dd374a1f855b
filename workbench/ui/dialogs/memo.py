"""Write or edit the memo attached to a coding."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, TextArea

from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import MEMO_KEYS, bindings, keys_hint


class MemoDialog(Dialog[str]):
    """A multi-line editor; ctrl+s (or f10) saves, escape cancels. An empty memo clears it."""

    BINDINGS = bindings(MEMO_KEYS)

    def __init__(self, about: str, memo: str = "") -> None:
        super().__init__()
        self.about = about
        self.memo = memo

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label("Memo", id="title")
            yield Label(self.about, classes="hint")
            yield TextArea(self.memo, id="memo", soft_wrap=True, show_line_numbers=False)
            remaps = getattr(self.app, "remaps", {})
            yield Label(f"{keys_hint(MEMO_KEYS[0], remaps)}: save    {keys_hint(MEMO_KEYS[1], remaps)}: cancel",
                        classes="hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip())
