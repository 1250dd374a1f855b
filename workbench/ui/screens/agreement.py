"""The agreement screen: how far the coders agree, per code, at the unit the team picks.

The table is the one `workbench agree` prints and `export agreement` writes; keys change
the coders, the unit and the sort order, and `enter` opens the passages where the
coders differ on the highlighted code. At 80 columns the table is wider than the screen
(its last columns were cut, with no key to reach them): the table then shows the code
column and as many whole columns after it as fit, `h`/`l` (or the arrows) move that window
a column at a time, the key bar offers them only while a column is out of view, and sorting
by a column brings it into view. Figures are computed off the UI thread (the
bootstrap takes a moment on a large project); the project is read on the UI thread.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static

from workbench.analysis.agreement.report import UNITS, agreement_report, default_coders, load_corpus
from workbench.analysis.agreement.export import COLUMNS, cell, reason_lines
from workbench.core.errors import WorkbenchError
from workbench.ui.keys import AGREEMENT_KEYS, bindings
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar

HEADERS = ("Code", "%", "Cohen κ", "Fleiss κ", "α", "α 95% CI", "B–P κ", "Units")
UI_BOOTSTRAP = 500


def code_cell(path: str) -> str:
    """In codebook order a code is shown by its key, indented under its parent (narrower than the path)."""
    return "  " * path.count("/") + path.rsplit("/", 1)[-1]


def _width(value: Any) -> int:
    return value.cell_len if isinstance(value, Text) else cell_len(str(value))


def column_window(widths: list[int], room: int, first: int) -> tuple[int, int]:
    """The columns shown beside the first (fixed) one: (first, stop), as many whole columns from
    `first` as fit in `room` cells, never fewer than one; `first` is moved back when the
    columns from it to the last leave room unused (so `l` stops once the last is in view)."""
    count = len(widths)
    if count <= 1:
        return 1, count
    room -= widths[0]
    first = max(1, min(first, count - 1))
    while first > 1 and sum(widths[first - 1:]) <= room:
        first -= 1
    stop, used = first, 0
    while stop < count and (stop == first or used + widths[stop] <= room):
        used += widths[stop]
        stop += 1
    return first, stop


def sort_rows(rows: list[dict[str, Any]], column: str, descending: bool) -> list[dict[str, Any]]:
    """Rows ordered by a column; rows whose figure is missing always go last."""
    def key(row: dict[str, Any]):
        value = row.get(column)
        if column == "krippendorff_alpha_ci" and value is not None:
            value = value[0]
        return value

    present = [r for r in rows if key(r) is not None]
    missing = [r for r in rows if key(r) is None]
    return sorted(present, key=key, reverse=descending) + missing


class FiguresTable(DataTable):
    """The figures; the table's own left and right (the fallbacks of `h` and `l`) move the
    screen's window of columns, as those keys do (a row cursor made them scroll by a cell)."""

    def action_cursor_right(self) -> None:
        self.screen.action_columns(1)

    def action_cursor_left(self) -> None:
        self.screen.action_columns(-1)


class AgreementScreen(Screen):
    """A sortable table of agreement per code with the overall row and the method below."""

    BINDINGS = bindings(AGREEMENT_KEYS)
    screen_name = "agreement"
    DEFAULT_CSS = """
    AgreementScreen #settings { height: 1; background: $boost; }
    AgreementScreen DataTable { height: 1fr; min-height: 6; }
    AgreementScreen #method-box { height: auto; max-height: 40%; border-top: hkey $panel-lighten-2; }
    AgreementScreen #method { height: auto; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, coders: list[str] | None = None, unit: str = "segment") -> None:
        super().__init__()
        self.coders = coders
        self.unit = unit
        self.sort_column = "code"
        self.descending = False
        self.report: dict[str, Any] | None = None
        self.first_column = 1  # the first column shown after the code column
        self.shown_columns = (1, len(COLUMNS))  # (first, stop) of the columns shown after it
        self._cells: list[list[Any]] = []
        self._keys: list[str] = []
        self._status = ""

    def compose(self) -> ComposeResult:
        yield TopBar("Agreement")
        yield Static("", id="settings")
        yield FiguresTable(id="figures", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="method-box", can_focus=False):
            yield Static("", id="method")
        yield KeyBar()

    def on_mount(self) -> None:
        self._fill_table()
        self.query_one(DataTable).focus()
        self.refresh_report()

    def _fill_table(self, show: int | None = None) -> None:
        """Columns as wide as their header and cells, those that fit (with column `show` among
        them), then the rows.

        The widths are set here rather than left to the table's own measuring, which is
        deferred: two reports arriving close together (the one a coder change superseded,
        then the new one) left every column as narrow as its header until the next sort.
        """
        table = self.query_one(DataTable)
        keep = self.highlighted_code() if table.row_count else None
        widths = [max([cell_len(header), *(_width(row[i]) for row in self._cells)])
                  for i, header in enumerate(HEADERS)]
        room = table.size.width - table.styles.scrollbar_size_vertical  # a long table's scrollbar too
        pad = 2 * table.cell_padding
        if room > 0:
            padded = [w + pad for w in widths]
            window = column_window(padded, room, self.first_column)
            if show is not None and 0 < show < window[0]:
                window = column_window(padded, room, show)
            while show is not None and window[0] < show and show >= window[1]:
                window = column_window(padded, room, window[0] + 1)
            self.shown_columns = window
        else:  # not laid out yet: all, until the size is known
            self.shown_columns = (1, len(COLUMNS))
        self.first_column = self.shown_columns[0]
        shown = [0, *range(*self.shown_columns)]
        table.clear(columns=True)
        for i in shown:
            table.add_column(HEADERS[i], key=COLUMNS[i], width=widths[i])
        for row_cells, key in zip(self._cells, self._keys, strict=True):
            table.add_row(*(row_cells[i] for i in shown), key=key)
        if keep is not None and keep in table.rows:
            table.move_cursor(row=table.get_row_index(keep))
        self.refresh_bindings()  # the key bar offers h/l only while a column is out of view
        self.show_settings()

    @property
    def columns_hidden(self) -> bool:
        """Whether a column is out of view (left of the window or right of it)."""
        return self.shown_columns != (1, len(COLUMNS))

    def refresh_report(self) -> None:
        """Read the project and compute the report in a worker."""
        project = self.app.project
        corpus = load_corpus(project)
        if self.coders is None:
            self.coders = default_coders(project.coders(), corpus)
        self.show_settings("computing…")
        self.compute(corpus, list(self.coders), self.unit)

    @work(thread=True, exclusive=True, group="agreement", exit_on_error=False)
    def compute(self, corpus, coders: list[str], unit: str) -> None:
        try:
            report = agreement_report(corpus, coders, unit=unit, bootstrap=UI_BOOTSTRAP)
        except WorkbenchError as exc:
            self.app.call_from_thread(self.app.report, exc)
            return
        self.app.call_from_thread(self.show_report, report)

    def show_settings(self, status: str | None = None) -> None:
        """The coders, unit and order; the columns out of view, by name; `status` (kept until replaced)."""
        if status is not None:
            self._status = status
        status = self._status
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(" coders: ", "bold")
        text.append(", ".join(self.coders or []) or "(none with codings)")
        text.append("   unit: ", "bold")
        text.append(self.unit)
        text.append("   sorted by: ", "bold")
        text.append(f"{dict(zip(COLUMNS, HEADERS, strict=True))[self.sort_column]} {'↓' if self.descending else '↑'}")
        first, stop = self.shown_columns
        for arrow, hidden in (("←", HEADERS[1:first]), ("→", HEADERS[stop:])):
            if hidden:
                text.append(f"   {arrow} ", "bold")
                text.append(", ".join(hidden))
        if status:
            text.append(f"   {status}", "italic")
        self.query_one("#settings", Static).update(text)

    def show_report(self, report: dict[str, Any]) -> None:
        if list(report.get("coders") or self.coders or []) != list(self.coders or []) or \
                report.get("unit", self.unit) != self.unit:
            return  # a report for settings changed since (its worker was superseded)
        self.report = report
        tree = self.sort_column == "code" and not self.descending
        cells: list[list[Any]] = []
        keys: list[str] = []
        for row in sort_rows(report["codes"], self.sort_column, self.descending):
            first = code_cell(row["code"]) if tree else row["code"]
            cells.append([first, *[cell(row, c) for c in COLUMNS[1:]]])
            keys.append(row["code"])
        overall = dict(report["overall"], code="(overall)")
        cells.append([Text(cell(overall, c), style="bold") for c in COLUMNS])
        keys.append("(overall)")
        self._cells, self._keys = cells, keys
        self._fill_table(show=COLUMNS.index(self.sort_column))
        notes = reason_lines(report) + list(report.get("notes", []))
        body = Text()
        if not report["codes"]:
            body.append("No code was applied by two or more of these coders yet.\n", "bold")
        for line in notes:
            body.append(f"— {line}\n")
        body.append(report["method"])
        self.query_one("#method", Static).update(body)
        self.show_settings("")

    def on_resize(self) -> None:
        self.call_after_refresh(self._fill_table)  # the table's new width decides which columns fit

    def keybar_entry(self, binding) -> bool | None:
        """The column keys are offered only while a column is out of view."""
        return False if binding.id == "cursor_right" and not self.columns_hidden else None

    # -- actions ------------------------------------------------------------------

    def action_columns(self, delta: int) -> None:
        """The window of columns one to the right (or left); nothing past the last or the first."""
        first, stop = self.shown_columns
        if (delta > 0 and stop >= len(COLUMNS)) or (delta < 0 and first <= 1):
            return
        self.first_column = first + delta
        self._fill_table()

    def action_cursor(self, delta: int) -> None:
        table = self.query_one(DataTable)
        table.action_cursor_down() if delta > 0 else table.action_cursor_up()

    def action_next_unit(self) -> None:
        self.unit = UNITS[(UNITS.index(self.unit) + 1) % len(UNITS)]
        self.refresh_report()

    def action_toggle_method(self) -> None:
        box = self.query_one("#method-box")
        box.display = not box.display

    def action_next_sort(self) -> None:
        self.sort_column = COLUMNS[(COLUMNS.index(self.sort_column) + 1) % len(COLUMNS)]
        self.descending = self.sort_column != "code"
        if self.report:
            self.show_report(self.report)

    def action_reverse(self) -> None:
        self.descending = not self.descending
        if self.report:
            self.show_report(self.report)

    def action_choose_coders(self) -> None:
        from workbench.ui.dialogs.prompt import TextPrompt

        self.app.push_screen(
            TextPrompt("Coders to compare", value=", ".join(self.coders or []),
                       hint="Comma-separated names; enter recomputes. Known: " + ", ".join(self.app.project.coders())),
            self._set_coders,
        )

    def _set_coders(self, value: str | None) -> None:
        if not value:
            return
        names = [n.strip() for n in value.split(",") if n.strip()]
        try:
            self.app.project.check_coders(names)
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        self.coders = list(dict.fromkeys(names))
        self.refresh_report()

    def highlighted_code(self) -> str | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return None if key == "(overall)" else key

    @on(DataTable.RowSelected)
    def row_selected(self, _event: DataTable.RowSelected) -> None:
        self.action_disagreements()

    def action_disagreements(self) -> None:
        from workbench.ui.screens.disagreements import DisagreementsScreen

        self.app.push_screen(DisagreementsScreen(coders=list(self.coders or []), code=self.highlighted_code()))

    def action_back(self) -> None:
        self.app.pop_screen()


def register(register_screen) -> None:
    """Add the agreement screen and the disagreement view to the go-to menu."""
    from workbench.ui.screens.disagreements import DisagreementsScreen

    register_screen("agreement", "Agreement", lambda app: AgreementScreen(),
                    "inter-coder agreement per code: %, κ, α with CI")
    register_screen("disagreements", "Disagreements", lambda app: DisagreementsScreen(),
                    "passages where coders differ; settle a consensus")
