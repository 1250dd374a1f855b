"""The corpus: every interview, grouped by participant, with who has coded how much.

This is where a working day starts: find the participant (type to filter), open the
baseline or end-point interview, or put both side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.events import Key, Resize
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from workbench.core.speakers import INTERVIEWER, Speaker
from workbench.core.wording import plural
from workbench.ui.keys import CORPUS_KEYS, bindings, key_of
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar

#: (row field, header, short header for narrow terminals), in the order shown when all fit.
COLUMNS = (
    ("participant", "Participant", "Part."),
    ("name", "Document", "Document"),
    ("role", "Role", "Role"),
    ("program", "Programme", "Prog."),
    ("wave", "Wave", "Wave"),
    ("words", "Words", "Words"),
    ("codings", "Codings", "Codings"),
)
#: Left and right padding of every table cell.
CELL_PADDING = 2
#: What the table keeps free for its vertical scrollbar.
SCROLLBAR = 2
SHORT_WAVES = {"baseline": "base", "endpoint": "end"}
#: Narrowest the codings, role and programme columns are squeezed to before the table scrolls.
MIN_CODINGS, MIN_SQUEEZED = 12, 6


@dataclass(frozen=True)
class ColumnPlan:
    """Which columns the table shows at a width: (field, header, width), and whether waves are short."""

    columns: tuple[tuple[str, str, int], ...]
    short_wave: bool = False

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(field for field, _header, _width in self.columns)


def _cell(row: dict[str, Any], field: str, first: bool, short_wave: bool) -> str:
    """A row's text in a column (participant, role and programme only on the participant's first row;
    the role again on a later row whose speakers' roles are not just the participant's)."""
    if field in ("participant", "program") and not first:
        return ""
    if field == "role" and not first and row["role"] == (row.get("own_role") or ""):
        return ""
    value = row[field]
    if field == "wave" and short_wave:
        return SHORT_WAVES.get(value, value)
    return str(value)


def plan_columns(rows: list[dict[str, Any]], width: int) -> ColumnPlan:
    """The columns to show in `width` cells.

    Everything, when it fits. Otherwise the word counts go first and the headers get short;
    the codings get the room left (at least MIN_CODINGS), then waves are abbreviated, then
    role and programme are squeezed. Participant, document and wave are never cut. Whatever
    room is left over brings back the long headers, then the word counts.
    """

    def natural(field: str, header: str, short_wave: bool = False) -> int:
        cells = [_cell(r, field, True, short_wave) for r in rows]
        return max([cell_len(header), *(cell_len(c) for c in cells)])

    def used(widths: dict[str, int]) -> int:
        return sum(widths.values()) + CELL_PADDING * len(widths)

    full = {f: natural(f, header) for f, header, _short in COLUMNS}
    if used(full) <= width:
        return ColumnPlan(tuple((f, header, full[f]) for f, header, _short in COLUMNS))
    headers = {f: short for f, _header, short in COLUMNS}
    for short_wave in (False, True):
        widths = {f: natural(f, headers[f], short_wave) for f, *_ in COLUMNS if f != "words"}
        wanted = min(widths["codings"], MIN_CODINGS)
        widths["codings"] = wanted
        if used(widths) <= width:
            break
    while used(widths) > width:  # squeeze role and programme, the wider first
        widest = max(("role", "program"), key=lambda f: widths[f])
        if widths[widest] <= MIN_SQUEEZED:
            break
        widths[widest] -= 1
    natural_codings = natural("codings", "Codings")
    widths["codings"] = max(MIN_SQUEEZED, min(natural_codings, widths["codings"] + width - used(widths)))
    if widths["codings"] == natural_codings:  # room to spare: long headers, then the word counts
        for f, header, _short in COLUMNS:
            grown = dict(widths, **{f: max(widths.get(f, 0), cell_len(header))}) if f in widths else \
                {**widths, f: full[f]}
            if used(grown) <= width:
                widths = grown
                headers[f] = header
    return ColumnPlan(tuple((f, headers[f], widths[f]) for f, *_ in COLUMNS if f in widths), short_wave)


def coder_counts(per_coder: dict[str, int], coder: str | None = None, width: int | None = None) -> str:
    """'kari 32, ola 28, consensus 1': the current coder first, the consensus last. Within
    `width`, whole entries only and '+n' for the coders left out (never a cut number)."""
    order = sorted(per_coder, key=lambda name: (name != coder, name == "consensus", name))
    parts = [f"{name} {per_coder[name]}" for name in order]
    text = ", ".join(parts) or "—"
    if width is None or cell_len(text) <= width:
        return text
    for keep in range(len(parts) - 1, -1, -1):
        shown = ", ".join(parts[:keep] + [f"+{len(parts) - keep}"])
        if cell_len(shown) <= width:
            return shown
    return f"+{len(parts)}"


def speaking_roles(speakers: dict[str | None, Speaker] | None, doc_role: str | None) -> str:
    """'mentor, mentee': the roles of a document's speakers other than the interviewer, in the
    order they first speak (a group interview shows them all); the document's role when none is known."""
    roles = [sp.role for label, sp in (speakers or {}).items()
             if label is not None and sp.role and sp.role != INTERVIEWER]
    return ", ".join(dict.fromkeys(roles)) or doc_role or ""


def document_rows(documents: list[dict], counts: dict[int, dict[str, int]],
                  coder: str | None = None,
                  speakers: dict[int, dict[str | None, Speaker]] | None = None) -> list[dict[str, Any]]:
    """Rows for the table: one per document, in participant order, with codings per coder and
    the roles that speak in it (`speakers`: the store's resolved speakers by document id)."""
    rows = []
    for doc in documents:
        per_coder = counts.get(doc["id"], {})
        rows.append({
            "id": doc["id"],
            "participant": doc["participant"] or "—",
            "role": speaking_roles((speakers or {}).get(doc["id"]), doc["role"]),
            "own_role": doc["role"] or "",
            "program": doc["program"] or "",
            "wave": doc["wave"] or "",
            "name": doc["name"],
            "words": doc["words"],
            "codings": coder_counts(per_coder, coder),
            "per_coder": per_coder,
        })
    return rows


def matches(row: dict[str, Any], query: str) -> bool:
    """Whether every word of the query occurs in one of the row's fields (case-insensitive)."""
    haystack = " ".join(str(v) for k, v in row.items() if k not in ("id", "per_coder", "own_role")).lower()
    return all(word in haystack for word in query.lower().split())


class CorpusScreen(Screen):
    """Documents grouped by participant; enter opens one, `w` shows both waves (baseline | end-point)."""

    CSS_PATH = "corpus.tcss"
    BINDINGS = bindings(CORPUS_KEYS)
    screen_name = "corpus"
    AUTO_FOCUS = "#documents"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []
        self.shown: list[dict[str, Any]] = []
        self.plan: ColumnPlan | None = None

    def compose(self) -> ComposeResult:
        yield TopBar("Corpus")
        # Letters that are keys here (o, j, k, w, q, g) act at once, so the placeholder names the filter key;
        # none of them starts a wave, role or programme name, so typing those filters at once.
        key = key_of(CORPUS_KEYS, "filter", getattr(self.app, "remaps", {}))
        # select_on_focus off: the first typed letter focuses the input, and selecting it on that focus
        # would let the second letter replace it (P, 0, 5 became "05" at human typing speed).
        yield Input(placeholder=f"{key} to filter by participant, role, programme, wave or name", id="filter",
                    select_on_focus=False)
        yield DataTable(id="documents", cursor_type="row", zebra_stripes=True)
        yield Static("", id="summary")
        yield KeyBar()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()
        self.watch(self.app, "coder", lambda _coder: self.reload(), init=False)

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self, event: Resize) -> None:
        if self.rows:
            self._layout_columns(width=event.size.width)

    def reload(self) -> None:
        """Read documents and coding counts again (they change while coding)."""
        project = self.app.project
        documents = project.documents()
        speakers = project.resolved_speakers(d["id"] for d in documents)
        self.rows = document_rows(documents, project.coding_counts_by_coder(), self.app.coder, speakers)
        self._layout_columns(force_fill=True)

    def _layout_columns(self, force_fill: bool = False, width: int | None = None) -> None:
        """Fit the columns to the screen's width (the table's); rebuild the table when the plan changes."""
        table = self.query_one(DataTable)
        plan = plan_columns(self.rows, (width or self.size.width or self.app.size.width) - SCROLLBAR)
        if plan != self.plan:
            self.plan = plan
            table.clear(columns=True)
            for field, header, column_width in plan.columns:
                table.add_column(Text(header, justify="right") if field == "words" else header,
                                 key=field, width=column_width)
            force_fill = True
        if force_fill:
            self.apply_filter(self.query_one("#filter", Input).value)

    def _cells(self, row: dict[str, Any], first: bool) -> list[Text]:
        plan = self.plan
        assert plan is not None
        cells = []
        for field, _header, width in plan.columns:
            value = (coder_counts(row["per_coder"], self.app.coder, width) if field == "codings"
                     else _cell(row, field, first, plan.short_wave))
            text = Text(value,
                        style="bold" if field == "participant" else "",
                        justify="right" if field == "words" else "left")
            if text.cell_len > width:
                text.truncate(width, overflow="ellipsis")
            cells.append(text)
        return cells

    def apply_filter(self, query: str) -> None:
        table = self.query_one(DataTable)
        if self.plan is None:
            self._layout_columns()
            return
        keep = table.cursor_row if table.row_count else 0
        current = self.shown[keep]["id"] if self.shown and keep < len(self.shown) else None
        self.shown = [r for r in self.rows if matches(r, query)]
        table.clear()
        previous = None
        for row in self.shown:
            first = row["participant"] != previous
            previous = row["participant"]
            table.add_row(*self._cells(row, first), key=str(row["id"]))
        for i, row in enumerate(self.shown):
            if row["id"] == current:
                table.move_cursor(row=i)
                break
        participants = len({r["participant"] for r in self.shown})
        total = f"{len(self.shown)} of {len(self.rows)}" if query.strip() else str(len(self.rows))
        hint = "" if self.rows else "  — no documents yet: import some with `workbench import`"
        documents = f"{total} documents" if query.strip() else plural(len(self.rows), "document")
        self.query_one("#summary", Static).update(f" {documents}, {plural(participants, 'participant')}{hint}")

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
