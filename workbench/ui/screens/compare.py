"""A participant's baseline and end-point interviews side by side.

The evaluation asks what changed between the two waves; reading them next to each
other, with the codings shown, is the quickest way to see it.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from workbench.core.codebook import assign_colours
from workbench.ui.keys import COMPARE_KEYS, bindings
from workbench.ui.layout import Mark
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar
from workbench.ui.widgets.transcript import Transcript


class CompareScreen(Screen):
    """Two read-only transcripts; tab switches side, j/k scroll, escape goes back."""

    BINDINGS = bindings(COMPARE_KEYS)
    screen_name = "compare"
    AUTO_FOCUS = "#text-baseline"
    DEFAULT_CSS = """
    CompareScreen Horizontal { height: 1fr; }
    CompareScreen .side { width: 1fr; }
    CompareScreen .side-title { height: 1; background: $boost; }
    CompareScreen Transcript { height: 1fr; }
    CompareScreen Transcript:focus { border-left: outer $accent; }
    CompareScreen Transcript { border-left: outer $panel; }
    """

    def __init__(self, baseline_id: int, endpoint_id: int) -> None:
        super().__init__()
        self.document_ids = (baseline_id, endpoint_id)

    def compose(self) -> ComposeResult:
        yield TopBar("Baseline | end-point")
        with Horizontal():
            for side in ("baseline", "endpoint"):
                with Vertical(classes="side"):
                    yield Static("", id=f"title-{side}", classes="side-title")
                    yield Transcript(margin=False, id=f"text-{side}")
        yield KeyBar()

    def on_mount(self) -> None:
        project = self.app.project
        colours = self.app.code_colours(assign_colours(project.codes(include_retired=True)))
        for side, doc_id in zip(("baseline", "endpoint"), self.document_ids, strict=True):
            doc = project.document(doc_id)
            title = Text(f" {side}: ", Style(bold=True))
            title.append(f"{doc.name} · {doc.participant or ''}")
            self.query_one(f"#title-{side}", Static).update(title)
            view = self.query_one(f"#text-{side}", Transcript)
            view.load(doc.text, doc.segments)
            marks = [Mark(r["start"], r["end"], r["code"], r["coder"] == self.app.coder, r["id"])
                     for r in project.codings(document=doc_id)]
            view.set_marks(marks, colours)
        self.query_one("#text-baseline", Transcript).focus()

    def _focused(self) -> Transcript:
        focused = self.focused
        return focused if isinstance(focused, Transcript) else self.query_one("#text-baseline", Transcript)

    def action_scroll(self, delta: int) -> None:
        self._focused().scroll_relative(y=delta, animate=False)

    def action_switch_side(self) -> None:
        current = self._focused()
        other = "#text-endpoint" if current.id == "text-baseline" else "#text-baseline"
        self.query_one(other, Transcript).focus()

    def action_back(self) -> None:
        self.app.pop_screen()
