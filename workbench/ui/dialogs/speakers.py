"""Edit who the speaker labels of one document are: a role and a participant per label.

Self-contained: it takes plain rows and returns plain entries, and never touches the
project, so any screen (the coding screen today, a cases/attributes editor later) can
open it and save the result through the store. One line per label: the label with its
number of turns, a role field and a participant field. An empty field means "not in
the map" (the default shown as the field's placeholder applies). Saving checks every
role first and stays open, naming the label, if one is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label

from workbench.core.speakers import SPEAKER_ROLES, SpeakerEntry, role_from_text
from workbench.ui.dialogs.base import Dialog
from workbench.ui.keys import SPEAKER_KEYS, bindings, keys_hint


@dataclass
class SpeakerRow:
    """One label as the dialog shows it: what the map says now, and the default otherwise."""

    label: str
    turns: int = 0
    role: str | None = None  # in the map
    participant: str | None = None  # in the map
    default_role: str | None = None
    default_participant: str | None = None
    #: the default role is only the document's, guessed for a group interview's unknown label
    #: (`speakers DOC` marks it CHECK): the dialog says to check it
    guess: bool = False


class SpeakerDialog(Dialog[list[SpeakerEntry]]):
    """Role and participant per label; ctrl+s (or f10) returns the changed labels, escape cancels.

    The result lists only labels whose fields changed; an entry with neither role nor
    participant means "remove this label from the map".
    """

    BINDINGS = bindings(SPEAKER_KEYS, priority=True)

    def __init__(self, title: str, rows: list[SpeakerRow], note: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.rows = rows
        self.note = note  # how the document is read: a group or a one-to-one interview

    def compose(self) -> ComposeResult:
        remaps = getattr(self.app, "remaps", {})
        with Vertical(id="box", classes="speakers"):
            yield Label(self.title_text, id="title")
            yield Label(f"Role: {', '.join(SPEAKER_ROLES)}. Empty: the default (shown greyed).", classes="hint")
            if self.note:
                yield Label(self.note, id="speaker-kind", classes="hint")
            with VerticalScroll(id="speaker-rows"):
                for i, row in enumerate(self.rows):
                    with Horizontal(classes="speaker-row"):
                        check = "\ncheck role" if row.guess and not row.role else ""
                        yield Label(f"{row.label} ({row.turns}){check}", classes="speaker-label")
                        yield Input(row.role or "", placeholder=row.default_role or "role", id=f"role-{i}",
                                    classes="speaker-role")
                        yield Input(row.participant or "", placeholder=row.default_participant or "participant",
                                    id=f"participant-{i}", classes="speaker-participant")
            yield Label("", id="speaker-error", classes="hint")
            save, cancel, step = (keys_hint(spec, remaps) for spec in SPEAKER_KEYS)
            yield Label(f"{step}: next · {save}: save · {cancel}: cancel", classes="hint")

    def on_mount(self) -> None:
        if self.rows:
            self.query_one("#role-0", Input).focus()

    def action_next_field(self) -> None:
        """On to the next field at once, before any key typed after it is delivered."""
        self.focus_next()

    def action_save(self) -> None:
        changed: list[SpeakerEntry] = []
        for i, row in enumerate(self.rows):
            typed = self.query_one(f"#role-{i}", Input).value.strip()
            role = None
            if typed:
                role = role_from_text(typed)
                if role is None:
                    self.query_one("#speaker-error", Label).update(
                        f"{row.label}: unknown role '{typed}' (use {', '.join(SPEAKER_ROLES)})")
                    self.query_one(f"#role-{i}", Input).focus()
                    return
            participant = self.query_one(f"#participant-{i}", Input).value.strip() or None
            if (role, participant) != (row.role, row.participant):
                changed.append(SpeakerEntry(row.label, role, participant))
        self.dismiss(changed)
