"""Ask for one line of text (a label, a coder's name), optionally offering choices."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import DIALOG_KEYS, PROMPT_KEYS, bindings, keys_hint


class TextPrompt(Dialog[str]):
    """One input line; `enter` returns its text (stripped), `escape` cancels.

    With `choices`, a list below offers them: picking one fills and submits the input.
    """

    BINDINGS = bindings(PROMPT_KEYS)

    def __init__(self, title: str, value: str = "", hint: str = "", choices: list[str] | None = None,
                 placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint
        self.choices = choices or []
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label(self.title_text, id="title")
            yield Input(self.value, placeholder=self.placeholder, id="answer")
            if self.choices:
                yield OptionList(*[Option(c, id=str(i)) for i, c in enumerate(self.choices)], id="choices")
            remaps = getattr(self.app, "remaps", {})
            hint = self.hint
            if self.choices:
                hint += f" ({keys_hint(PROMPT_KEYS[0], remaps)} goes to the list.)"
            if hint:
                yield Label(hint.strip(), classes="hint")
            yield Label(f"enter: OK    {keys_hint(DIALOG_KEYS[0], remaps)}: cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def action_to_choices(self) -> None:
        if self.choices and isinstance(self.focused, Input):
            options = self.query_one(OptionList)
            options.focus()
            if options.highlighted is None:
                options.highlighted = 0

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if value:
            self.dismiss(value)

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id)])
