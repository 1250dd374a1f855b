"""Write or edit the memo attached to a coding."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, TextArea

from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import MEMO_KEYS, bindings, key_label


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
            save = key_label(MEMO_KEYS[0].key), key_label(MEMO_KEYS[0].fallback)
            yield Label(f"{save[0]} or {save[1]}: save    esc: cancel", classes="hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip())
