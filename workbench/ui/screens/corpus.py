"""The corpus: every interview, grouped by participant, with who has coded how much.

This is where a working day starts: find the participant (type to filter), open the
baseline or end-point interview, or put both side by side.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.events import Key
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from workbench.ui.keys import CORPUS_KEYS, bindings
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar

COLUMNS = ("Participant", "Role", "Programme", "Wave", "Words", "Codings", "Document")


def document_rows(documents: list[dict], counts: dict[int, dict[str, int]]) -> list[dict[str, Any]]:
    """Rows for the table: one per document, in participant order, with codings per coder."""
    rows = []
    for doc in documents:
        per_coder = counts.get(doc["id"], {})
        rows.append({
            "id": doc["id"],
            "participant": doc["participant"] or "—",
            "role": doc["role"] or "",
            "program": doc["program"] or "",
            "wave": doc["wave"] or "",
            "name": doc["name"],
            "words": doc["words"],
            "codings": " · ".join(f"{coder} {n}" for coder, n in sorted(per_coder.items())) or "—",
        })
    return rows


def matches(row: dict[str, Any], query: str) -> bool:
    """Whether every word of the query occurs in one of the row's fields (case-insensitive)."""
    haystack = " ".join(str(v) for k, v in row.items() if k != "id").lower()
    return all(word in haystack for word in query.lower().split())


class CorpusScreen(Screen):
    """Documents grouped by participant; enter opens one, `s` shows baseline | end-point."""

    CSS_PATH = "corpus.tcss"
    BINDINGS = bindings(CORPUS_KEYS)
    screen_name = "corpus"
    AUTO_FOCUS = "#documents"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []
        self.shown: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield TopBar("Corpus")
        yield Input(placeholder="type to filter: participant, role, programme, wave, name", id="filter")
        yield DataTable(id="documents", cursor_type="row", zebra_stripes=True)
        yield Static("", id="summary")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column in COLUMNS:
            table.add_column(column, key=column.lower())
        self.reload()
        table.focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read documents and coding counts again (they change while coding)."""
        project = self.app.project
        self.rows = document_rows(project.documents(), project.coding_counts_by_coder())
        self.apply_filter(self.query_one("#filter", Input).value)

    def apply_filter(self, query: str) -> None:
        table = self.query_one(DataTable)
        keep = table.cursor_row if table.row_count else 0
        current = self.shown[keep]["id"] if self.shown and keep < len(self.shown) else None
        self.shown = [r for r in self.rows if matches(r, query)]
        table.clear()
        previous = None
        for row in self.shown:
            first = row["participant"] != previous
            previous = row["participant"]
            table.add_row(
                Text(row["participant"], style="bold") if first else "",
                row["role"] if first else "", row["program"] if first else "",
                row["wave"], Text(str(row["words"]), justify="right"), row["codings"], row["name"],
                key=str(row["id"]),
            )
        for i, row in enumerate(self.shown):
            if row["id"] == current:
                table.move_cursor(row=i)
                break
        participants = len({r["participant"] for r in self.shown})
        total = f"{len(self.shown)} of {len(self.rows)}" if query.strip() else str(len(self.rows))
        hint = "" if self.rows else "  — no documents yet: import some with `workbench import`"
        people = f"{participants} participant" + ("" if participants == 1 else "s")
        self.query_one("#summary", Static).update(f" {total} documents, {people}{hint}")

    def selected(self) -> dict[str, Any] | None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row is None or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    # -- filtering by typing ----------------------------------------------------

    @on(Input.Changed, "#filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.apply_filter(event.value)

    @on(Input.Submitted, "#filter")
    def filter_submitted(self) -> None:
        self.query_one(DataTable).focus()
        self.action_open_document()

    def on_key(self, event: Key) -> None:
        """Printable keys that are not bindings start filtering, wherever the focus is."""
        filter_input = self.query_one("#filter", Input)
        if filter_input.has_focus:
            if event.key in ("down", "up"):
                self.action_cursor(1 if event.key == "down" else -1)
                event.stop()
            elif event.key == "escape":
                self.action_clear_filter()
                event.stop()
            return
        if event.is_printable and event.character and event.key not in self.active_bindings:
            filter_input.focus()
            filter_input.insert_text_at_cursor(event.character)
            event.stop()

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        filter_input = self.query_one("#filter", Input)
        filter_input.value = ""
        self.query_one(DataTable).focus()

    def action_cursor(self, delta: int) -> None:
        table = self.query_one(DataTable)
        table.action_cursor_down() if delta > 0 else table.action_cursor_up()

    # -- opening ----------------------------------------------------------------

    @on(DataTable.RowSelected)
    def row_selected(self) -> None:
        self.action_open_document()

    def action_open_document(self) -> None:
        row = self.selected()
        if row is not None:
            self.app.open_document(row["id"])

    def action_compare(self) -> None:
        """Baseline and end-point of the highlighted participant side by side."""
        from workbench.ui.screens.compare import CompareScreen

        row = self.selected()
        if row is None:
            return
        mine = [r for r in self.rows if r["participant"] == row["participant"]]
        baseline = next((r for r in mine if r["wave"] == "baseline"), None)
        endpoint = next((r for r in mine if r["wave"] == "endpoint"), None)
        if baseline is None or endpoint is None:
            missing = "baseline" if baseline is None else "end-point"
            self.app.notify(f"{row['participant']} has no {missing} interview", severity="warning")
            return
        self.app.push_screen(CompareScreen(baseline["id"], endpoint["id"]))
