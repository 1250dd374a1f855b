"""The coding-query screen: passages where codes meet, e.g. `competence AND network`.

`e` writes the query (AND, OR, NOT, NEAR/N; see `workbench.core.query`), `w` chooses
where codes must meet (segment, turn, document), `s` saves the query in the project
and `l` runs a saved one. The result is a list of passages that behaves like retrieval:
filters, context, recode, uncode, open and report.
"""

from __future__ import annotations

from workbench.analysis.coding_query import WITHIN, QueryResult, run_query
from workbench.analysis.quotes import Quote, QuoteFilter
from workbench.core.errors import WorkbenchError
from workbench.ui.keys import QUERY_KEYS, bindings
from workbench.ui.screens.passages import PassageListScreen

_FILTER_KEYS = ("waves", "roles", "programs", "coders")


class QueryScreen(PassageListScreen):
    """Write, run and save coding queries; the passages found are a retrieval list."""

    BINDINGS = bindings(QUERY_KEYS)
    screen_name = "query"
    place = "Coding query"

    def __init__(self, query: str | None = None, within: str = "segment") -> None:
        super().__init__()
        self.query_text = query
        self.within = within
        self.result: QueryResult | None = None

    def start(self) -> None:
        if self.query_text is None:
            self.redraw()
            self.action_edit_query()
        else:
            self.reload()

    def ready(self) -> bool:
        return bool(self.query_text)

    def heading(self) -> str:
        if not self.query_text:
            return "no query yet (e)"
        return f"{self.query_text}  within {self.within}"

    def summary(self) -> str:
        return self.result.summary() if self.result is not None else super().summary()

    def fetch(self) -> list[Quote]:
        self.result = None
        flt = self.quote_filter()
        if flt is None:
            return []
        self.result = run_query(self.app.project, self.query_text, self.within, flt)
        return self.result.quotes

    def report_name(self) -> str:
        return "query.md"

    def report_title(self) -> str:
        within = {"segment": "samme segment", "turn": "samme tur", "document": "samme dokument"}[self.within]
        return f"Kodespørring: {self.query_text} (i {within})"

    def action_edit_query(self) -> None:
        from workbench.ui.dialogs.prompt import TextPrompt

        saved = [r["query"] for r in self.app.project.saved_queries()]
        self.app.push_screen(
            TextPrompt("Coding query", value=self.query_text or "", choices=saved or None,
                       placeholder="competence AND network",
                       hint="Codes by key, path or \"label\"; AND, OR, NOT, NEAR/N; brackets group."),
            self._query_written)

    def _query_written(self, text: str | None) -> None:
        if not text:
            return
        self.query_text = text
        self.expanded.clear()
        self.reload()

    def action_next_within(self) -> None:
        self.within = WITHIN[(WITHIN.index(self.within) + 1) % len(WITHIN)]
        self.reload()

    def action_save_query(self) -> None:
        from workbench.ui.dialogs.prompt import TextPrompt

        if not self.query_text:
            self.app.notify("write a query first (e)", severity="warning")
            return
        names = [r["name"] for r in self.app.project.saved_queries()]
        self.app.push_screen(TextPrompt("Save the query as", choices=names or None,
                                        hint="A name the team will know it by (an existing name is replaced)."),
                             self._save)

    def _save(self, name: str | None) -> None:
        if not name:
            return
        filters = {k: list(getattr(self.filters, k)) for k in (*_FILTER_KEYS, "participants")
                   if getattr(self.filters, k)}
        if self.filters.search:
            filters["search"] = self.filters.search
        try:
            self.app.project.save_query(name, self.query_text, self.app.coder, self.within, filters)
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        unsaved = " (participant-attribute filters are not saved)" if self.filters.attributes else ""
        self.app.notify(f"✓ saved query '{' '.join(name.split())}'{unsaved}")

    def action_saved_queries(self) -> None:
        from workbench.ui.dialogs.choose import ChooseDialog

        rows = self.app.project.saved_queries()
        if not rows:
            self.app.notify("no saved queries yet (s saves one)", severity="warning")
            return
        items = [(f"{r['name']}: {r['query']} (within {r['within']})", r) for r in rows]
        self.app.push_screen(ChooseDialog("Run a saved query", items), self._run_saved)

    def _run_saved(self, row: dict | None) -> None:
        if not row:
            return
        self.query_text = row["query"]
        self.within = row["within"]
        self.filters.clear()
        try:  # saved on the command line, values may be written as aliases (nullpunkt)
            saved = QuoteFilter.build(**{k: v for k, v in row["filters"].items()
                                         if k in (*_FILTER_KEYS, "participants", "search")})
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        for kind in (*_FILTER_KEYS, "participants"):
            getattr(self.filters, kind).extend(getattr(saved, kind))
        self.filters.search = saved.search
        self.expanded.clear()
        self.reload()


def register(register_screen) -> None:
    """Add the coding-query screen to the go-to menu and the command palette."""
    register_screen("query", "Coding query", lambda app: QueryScreen(),
                    "where codes meet: AND, OR, NOT, NEAR; saved")
