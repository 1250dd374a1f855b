"""The analysis screen: code matrices, co-occurrence and change across waves, with drill-down.

The same tables as `workbench matrix` and `workbench compare-waves`, one key away from
the coding: `v` cycles the view (code × wave, role, programme; co-occurrence; change
from baseline to end-point), `u` what is counted, and `enter` on a cell lists the quotes
behind the number (and `enter` on a quote opens its document). Under the table a text
bar chart compares each top-level code at baseline and at the end-point.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from workbench.analysis import matrices
from workbench.analysis.quotes import Quote, QuoteFilter, find_quotes
from workbench.analysis.waves import compare_waves
from workbench.core.errors import WorkbenchError
from workbench.core.wording import plural
from workbench.ui.keys import ANALYSIS_KEYS, QUOTE_KEYS, bindings
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar

VIEWS = ("wave", "role", "program", "cooccurrence", "change")
VIEW_TITLES = {"wave": "code × wave", "role": "code × role", "program": "code × programme",
               "cooccurrence": "co-occurrence within segments", "change": "change: participants with both waves"}
UNITS = ("segments", "documents", "participants")
_ATTRIBUTE = {"wave": "wave", "role": "role", "program": "program"}
CHART_WIDTH = 28


#: Bars: baseline and end-point differ in shape as well as colour, so the chart reads without colour.
BASELINE_BAR, ENDPOINT_BAR = ("█", "blue"), ("▒", "dark_orange")


def chart_number(value: float) -> str:
    """A bar's figure: whole counts as they are, per-interview figures to two places."""
    return str(value) if isinstance(value, int) else f"{value:.2f}"


def bar_chart(rows: list[tuple[str, float, float]], unit: str, width: int = CHART_WIDTH, compact: bool = False,
              interviews: tuple[int, int] | None = None) -> Text:
    """A text chart: for each (label, baseline, endpoint), two bars scaled to the largest value;
    one above the other, or (compact, for short terminals) side by side on one line. With
    `interviews` (baseline, end-point), the values are per interview and the heading says so."""
    text = Text()
    text.append("Baseline ", "bold")
    text.append(*BASELINE_BAR)
    text.append("  end-point ", "bold")
    text.append(*ENDPOINT_BAR)
    if interviews is not None:
        text.append(f"   ({unit} per interview, of {interviews[0]} and {plural(interviews[1], 'interview')})\n")
    else:
        text.append(f"   ({unit}, top-level codes)\n")
    if not rows:
        text.append("nothing coded yet", "italic")
        return text
    top = max(max(b, e) for _, b, e in rows) or 1
    label_width = min(24, max(len(label) for label, _, _ in rows))
    number_width = max(len(chart_number(v)) for _, b, e in rows for v in (b, e))

    def bar(value: float, glyph: str, style: str, pad: bool) -> None:
        length = round(width * value / top)
        drawn = glyph * length or ("▏" if value else "")
        text.append(drawn, style)
        text.append(f" {chart_number(value):<{number_width}}" + (" " * (width - len(drawn)) if pad else ""))

    for label, baseline, endpoint in rows:
        shown = label if len(label) <= label_width else label[: label_width - 1] + "…"
        if compact:
            text.append(f"{shown:<{label_width}} ")
            bar(baseline, *BASELINE_BAR, pad=True)
            text.append("  ")
            bar(endpoint, *ENDPOINT_BAR, pad=False)
            text.append("\n")
            continue
        for i, (value, (glyph, style)) in enumerate(((baseline, BASELINE_BAR), (endpoint, ENDPOINT_BAR))):
            text.append(f"{shown if i == 0 else '':<{label_width}} ")
            bar(value, glyph, style, pad=False)
            text.append("\n")
    text.rstrip()
    return text


class AnalysisScreen(Screen):
    """Matrices, co-occurrence and wave change as one table; enter drills down to the quotes."""

    BINDINGS = bindings(ANALYSIS_KEYS)
    screen_name = "analysis"
    DEFAULT_CSS = """
    AnalysisScreen #settings { height: 1; background: $boost; }
    AnalysisScreen DataTable { height: 1fr; }
    AnalysisScreen #chart { height: auto; max-height: 16; padding: 0 1; }
    """

    def __init__(self, view: str = "wave", unit: str = "participants") -> None:
        super().__init__()
        self.view = view
        self.unit = unit
        self.cells: dict[tuple[str, str], Any] = {}  # (row key, column key) -> what a drill-down shows
        self.data: Any = None
        self.chart_rows: list[tuple[str, float, float]] = []
        self.chart_interviews: tuple[int, int] | None = None
        self.per_interview = False  # the matrix's cells as counts per interview in their column
        self._laid_width: int | None = None  # terminal width the code column was sized for

    def compose(self) -> ComposeResult:
        yield TopBar("Analysis")
        yield Static("", id="settings")
        yield DataTable(id="table", cursor_type="cell", zebra_stripes=True)
        yield Static("", id="chart")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.refresh_view()

    # -- building the table ---------------------------------------------------------

    def refresh_view(self) -> None:
        """Recompute the current view from the project and redraw."""
        project = self.app.project
        table = self.query_one(DataTable)
        table.clear(columns=True)
        self.cells = {}
        try:
            if self.view in _ATTRIBUTE:
                self._show_matrix(table, matrices.code_matrix(project, self.view, self.unit))
            elif self.view == "cooccurrence":
                self._show_cooccurrence(table, matrices.cooccurrence(project))
            else:
                self._show_change(table, compare_waves(project))
            self._show_chart(project)
        except WorkbenchError as exc:
            self.app.report(exc)
        self._show_settings()

    def _show_settings(self) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(" view: ", "bold")
        text.append(VIEW_TITLES[self.view])
        if self.view in _ATTRIBUTE:
            text.append("  counting: ", "bold")
            text.append(matrices.UNIT_WORDS[self.unit].split(" (")[0])
            if self.per_interview:
                text.append(" per interview", "bold")
            text.append("  rows incl. sub-codes", "italic")
        elif self.view == "cooccurrence":
            text.append("  counting: ", "bold")
            text.append("segments carrying both codes")
        else:
            text.append("  counting: ", "bold")
            text.append("participants")
        self.query_one("#settings", Static).update(text)

    def _code_column(self, table: DataTable, labels: list[str], other_headers: list[str]) -> int:
        """Add the code column, as wide as its labels or as the terminal leaves beside the figures."""
        figures = sum(max(len(h), 5) + 2 for h in other_headers)
        room = self.app.size.width - 2 - 2 - figures  # scrollbar, the column's own padding
        width = max(16, min(max(map(len, labels), default=4), room))
        table.add_column("Code", key="code", width=width)
        self._laid_width = self.app.size.width
        return width

    @staticmethod
    def _fit(text: str, width: int, style: str = "") -> Text:
        label = Text(text, style=style)
        if label.cell_len > width:
            label.truncate(width, overflow="ellipsis")
        return label

    def _show_matrix(self, table: DataTable, m: matrices.Matrix) -> None:
        self.data = m
        depth = {c.path: c.depth for c in self.app.project.codes(include_retired=True)}
        labels = {code: "  " * depth.get(code, 0) + m.labels.get(code, code) for code in m.rows}
        width = self._code_column(table, [*labels.values(), f"(all {self.unit})"],
                                  [*(m.column_label(c) for c in m.columns), "Total"])
        for column in m.columns:
            table.add_column(m.column_label(column), key=f"col:{column}")
        table.add_column("Total", key="total")
        for code in m.rows:
            label = self._fit(labels[code], width)
            figures = ([chart_number(v) if (v := m.per_interview(code, c)) is not None else "—" for c in m.columns]
                       if self.per_interview else [str(m.cell(code, c)) for c in m.columns])
            table.add_row(label, *figures, str(m.row_totals.get(code, 0)), key=code)
            for column in m.columns:
                self.cells[(code, f"col:{column}")] = ("matrix", code, column)
            self.cells[(code, "total")] = ("matrix", code, None)
            self.cells[(code, "code")] = ("matrix", code, None)
        totals = [Text(str(m.column_totals.get(c, 0)), style="bold") for c in m.columns]
        table.add_row(Text("(any code)", style="bold"), *totals, Text(str(m.total), style="bold"), key="(any)")
        bases = [Text(str(m.bases.get(c, 0)), style="dim") for c in m.columns]
        table.add_row(Text(f"(all {self.unit})", style="dim"), *bases, "", key="(base)")
        interviews = [Text(str(m.interviews.get(c, 0)), style="dim") for c in m.columns]
        table.add_row(Text("(interviews)", style="dim"), *interviews, "", key="(interviews)")

    def _show_cooccurrence(self, table: DataTable, co: matrices.Cooccurrence) -> None:
        self.data = co
        # The figures first, so they stay in view when long code labels are wider than the terminal.
        for key, title in (("n", "Segments"), ("jaccard", "Jaccard"), ("a", "Code"), ("b", "With code")):
            table.add_column(title, key=key)
        for i, pair in enumerate(co.ranked_pairs()):
            row_key = f"pair:{i}"
            table.add_row(Text(str(pair["segments"]), justify="right"), f"{pair['jaccard']:.2f}",
                          co.labels.get(pair["code_a"], pair["code_a"]), co.labels.get(pair["code_b"], pair["code_b"]),
                          key=row_key)
            for column in ("a", "b", "n", "jaccard"):
                self.cells[(row_key, column)] = ("pair", pair["code_a"], pair["code_b"])

    def _show_change(self, table: DataTable, result) -> None:
        self.data = result
        depth = {c.path: c.depth for c in self.app.project.codes(include_retired=True)}
        labels = {change.code: "  " * depth.get(change.code, 0) + change.label for change in result.changes}
        figures = (("baseline_only", "Only baseline"), ("both", "Both"), ("endpoint_only", "Only end-point"))
        width = self._code_column(table, list(labels.values()), [title for _key, title in figures])
        for key, title in figures:
            table.add_column(title, key=key)
        for change in result.changes:
            table.add_row(self._fit(labels[change.code], width), str(len(change.baseline_only)),
                          str(len(change.both)), str(len(change.endpoint_only)), key=change.code)
            for column in ("code", "baseline_only", "both", "endpoint_only"):
                self.cells[(change.code, column)] = ("change", change.code, column)
        table.add_row(self._fit(f"({plural(len(result.participants), 'participant')} with both waves)", width, "dim"),
                      "", "", "", key="(base)")

    def _show_chart(self, project) -> None:
        m = self.data if self.view == "wave" else matrices.code_matrix(project, "wave", self.unit, depth=1)
        # Per interview: the waves have unequal numbers of interviews (people drop out), so raw counts
        # would compare unlike with unlike.
        self.chart_interviews = (m.interviews.get("baseline", 0), m.interviews.get("endpoint", 0))
        self.chart_rows = [(m.labels.get(code, code), m.per_interview(code, "baseline") or 0.0,
                            m.per_interview(code, "endpoint") or 0.0)
                           for code in m.rows if "/" not in code]
        self._draw_chart()

    def _draw_chart(self) -> None:
        """The chart at the terminal's size: bars side by side when stacked ones would take
        more than a third of the height, so the table keeps most of a small screen."""
        width, height = self.app.size
        rows = self.chart_rows
        compact = 2 * len(rows) + 1 > height // 3
        label_width = min(24, max((len(label) for label, _, _ in rows), default=0))
        number = max((len(chart_number(v)) for _, b, e in rows for v in (b, e)), default=1)
        room = width - label_width - 4 - 2 * (number + 1)
        bar_width = max(6, min(CHART_WIDTH, room // 2 if compact else room))
        self.query_one("#chart", Static).update(bar_chart(rows, self.unit, bar_width, compact=compact,
                                                          interviews=self.chart_interviews))

    def on_resize(self) -> None:
        if self._laid_width is not None and self._laid_width != self.app.size.width:
            self.refresh_view()  # the code column's width depends on the terminal's
        elif self.chart_rows:
            self._draw_chart()

    # -- actions ----------------------------------------------------------------------

    def action_next_view(self) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
        self.refresh_view()

    def action_next_unit(self) -> None:
        self.unit = UNITS[(UNITS.index(self.unit) + 1) % len(UNITS)]
        self.refresh_view()

    def action_per_interview(self) -> None:
        """Show the matrix's cells as counts, or as counts per interview in their column.

        Only the figures change: the matrix already computed is redrawn, not queried again."""
        self.per_interview = not self.per_interview
        if self.view not in _ATTRIBUTE or not isinstance(self.data, matrices.Matrix):
            self.refresh_view()
            return
        table = self.query_one(DataTable)
        table.clear(columns=True)
        self.cells = {}
        self._show_matrix(table, self.data)
        self._show_settings()

    def action_move(self, rows: int, columns: int) -> None:
        table = self.query_one(DataTable)
        row, column = table.cursor_coordinate
        table.move_cursor(row=max(0, row + rows), column=max(0, column + columns))

    def action_back(self) -> None:
        self.app.pop_screen()

    def current_cell(self) -> Any:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate)
        return self.cells.get((key.row_key.value, key.column_key.value))

    @on(DataTable.CellSelected)
    def cell_selected(self, _event: DataTable.CellSelected) -> None:
        self.action_drill_down()

    def action_drill_down(self) -> None:
        """Open the quotes behind the highlighted cell."""
        cell = self.current_cell()
        if cell is None:
            self.app.notify("no quotes behind this cell (move to a code's row)")
            return
        kind, code, other = cell
        project = self.app.project
        try:
            if kind == "matrix":
                quotes = find_quotes(project, QuoteFilter(codes=[code]))
                title = self.data.labels.get(code, code)
                if other is not None:
                    attribute = _ATTRIBUTE[self.view]
                    quotes = [q for q in quotes if (getattr(q, attribute) or "") == other]
                    title += f" × {self.data.column_label(other)}"
                self.app.push_screen(QuotesScreen(title, quotes))
            elif kind == "pair":
                labels = self.data.labels
                quotes = matrices.cooccurring_quotes(project, code, other)
                self.app.push_screen(QuotesScreen(f"{labels.get(code, code)} + {labels.get(other, other)}", quotes))
            else:
                result = compare_waves(project, QuoteFilter(codes=[code]))
                change = next((c for c in result.changes if c.code == code), None)
                people = None
                if change is not None and other in ("baseline_only", "both", "endpoint_only"):
                    people = set(getattr(change, other))
                pairs = [p for p in result.pairs if people is None or p.participant in people]
                self.app.push_screen(QuotesScreen(f"{code}: baseline | end-point", [], pairs=pairs))
        except WorkbenchError as exc:
            self.app.report(exc)


class QuotesScreen(Screen):
    """The quotes behind a number, one option each; enter opens the quote's document."""

    BINDINGS = bindings(QUOTE_KEYS)
    screen_name = "quotes"
    DEFAULT_CSS = """
    QuotesScreen #title { height: 1; background: $boost; }
    QuotesScreen OptionList { height: 1fr; }
    """

    def __init__(self, title: str, quotes: list[Quote], pairs: list | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.quotes = quotes
        self.pairs = pairs
        self.targets: list[tuple[int, int, int]] = []  # (document id, start, end) of each option

    def compose(self) -> ComposeResult:
        yield TopBar("Analysis › quotes")
        count = plural(len(self.pairs), "participant") if self.pairs is not None else plural(len(self.quotes), "quote")
        yield Static(Text(f" {self.title_text}  ({count})", style="bold", no_wrap=True, overflow="ellipsis"),
                     id="title")
        yield OptionList(*self._options(), id="quotes")
        yield KeyBar()

    def _options(self) -> list[Option]:
        options = []
        if self.pairs is not None:
            for pair in self.pairs:
                grid = Table(title=f"{pair.participant} ({pair.role or '?'}, {pair.program or '?'})",
                             title_justify="left", expand=True, show_edge=False, padding=(0, 1))
                grid.add_column("nullpunkt", ratio=1)
                grid.add_column("sluttpunkt", ratio=1)
                grid.add_row("\n\n".join(q.text for q in pair.baseline) or "—",
                             "\n\n".join(q.text for q in pair.endpoint) or "—")
                options.append(Option(grid))
                options.append(None)  # a rule between items
                first = (pair.baseline or pair.endpoint)[0]
                self.targets.append((first.document_id, first.start, first.end))
            return options[:-1]
        for q in self.quotes:
            text = Text()
            text.append(f"{q.document}:{q.start}-{q.end}  {q.attribution(program=True, wave=True)}  ", "bold")
            text.append(f"{q.code}  [{', '.join(q.coders)}]\n", "dim")
            text.append(" ".join(q.text.split()))
            options.append(Option(text))
            options.append(None)  # a rule between quotes
            self.targets.append((q.document_id, q.start, q.end))
        return options[:-1]

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        option_list.focus()
        if self.targets:
            option_list.highlighted = 0

    def action_move(self, delta: int) -> None:
        option_list = self.query_one(OptionList)
        option_list.action_cursor_down() if delta > 0 else option_list.action_cursor_up()

    @on(OptionList.OptionSelected)
    def option_selected(self, _event: OptionList.OptionSelected) -> None:
        self.action_open_quote()

    def action_open_quote(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is not None and 0 <= index < len(self.targets):
            document_id, start, end = self.targets[index]
            self.app.open_document(document_id, span=(start, end))

    def action_back(self) -> None:
        self.app.pop_screen()


def register(register_screen) -> None:
    """Add the analysis screen to the go-to menu and the command palette."""
    register_screen("analysis", "Analysis", lambda app: AnalysisScreen(),
                    "code matrices, co-occurrence, change; the quotes behind")
