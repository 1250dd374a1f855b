"""The common base of every dialog: one look, and `escape` (or its fallback) cancels."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.screen import ModalScreen

from workbench.ui.keys import DIALOG_KEYS, bindings

T = TypeVar("T")


class Dialog(ModalScreen[T], Generic[T]):
    """A modal box; dismissing with None means cancelled."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = bindings(DIALOG_KEYS)

    def action_cancel(self) -> None:
        self.dismiss(None)
