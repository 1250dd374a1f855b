"""What the retrieval and coding-query screens share: a list of coded passages to work on.

Both screens list quotes (one coded passage each) and let the researcher narrow the
list by wave, role, programme, coder and participant attribute, read the sentences
around a passage, recode or uncode their own coding of it, undo that, open the
transcript at it, and send the whole list to a report file. Subclasses say where the
passages come from (`fetch`) and what is listed (`heading`).
"""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from workbench.analysis.quotes import Quote
from workbench.analysis.retrieval import KINDS, RetrievalFilters, context_around, filter_choices
from workbench.core.codebook import assign_colours
from workbench.core.errors import WorkbenchError
from workbench.core.wording import plural
from workbench.store.history import describe_code_entry
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar

#: How long the confirmation of a written report stays up (a toast's default is gone in seconds).
REPORT_NOTICE_SECONDS = 20


def passage_key(q: Quote) -> tuple[str, int, int, int]:
    return (q.code, q.document_id, q.start, q.end)


class PassageListScreen(Screen):
    """A list of coded passages with filters, context, recode/uncode and report (see module doc)."""

    DEFAULT_CSS = """
    PassageListScreen #settings { height: 1; background: $boost; }
    PassageListScreen #passages { height: 1fr; }
    """
    place = "Passages"

    def __init__(self) -> None:
        super().__init__()
        self.filters = RetrievalFilters()
        self.quotes: list[Quote] = []
        self.expanded: set[tuple[str, int, int, int]] = set()
        self._texts: dict[int, tuple[str, list[tuple[int, int]]]] = {}
        self.labels: dict[str, str] = {}
        self._seen_change: int | None = None

    def compose(self) -> ComposeResult:
        yield TopBar(self.place)
        yield Static("", id="settings")
        yield OptionList(id="passages")
        yield KeyBar()

    def on_mount(self) -> None:
        self.labels = {c.path: c.label for c in self.app.project.codes(include_retired=True)}
        self.query_one(OptionList).focus()
        self.start()

    def start(self) -> None:
        """First listing once mounted (subclasses: ask for a code or query when there is none)."""
        self.reload()

    # -- what subclasses provide ----------------------------------------------------

    def fetch(self) -> list[Quote]:
        """The passages to list (filters applied)."""
        raise NotImplementedError

    def heading(self) -> str:
        """What is listed, in a few words."""
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether there is something to list yet (a code chosen, a query written)."""
        return True

    def summary(self) -> str:
        n = len(self.quotes)
        return f"{n} passage{'' if n == 1 else 's'}"

    # -- listing --------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the passages again and redraw, keeping the cursor where it was if it can."""
        if self.ready():
            self._seen_change = self._latest_change()
            try:
                self.quotes = self.fetch()
            except WorkbenchError as exc:
                self.app.report(exc)
                self.quotes = []
        self.redraw()

    def redraw(self) -> None:
        options = self.query_one(OptionList)
        keep = options.highlighted
        options.clear_options()
        items: list[Option | None] = []
        for q in self.quotes:
            items += [Option(self._passage_text(q)), None]  # None: a rule under each passage
        options.add_options(items[:-1])
        if self.quotes:
            options.highlighted = min(keep or 0, len(self.quotes) - 1)
        self._show_settings()

    def _show_settings(self) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f" {self.heading()}", "bold")
        if self.ready():
            text.append(f"  {self.summary()}")
        text.append("  filters: ", "bold")
        text.append(self.filters.describe() or "none")
        self.query_one("#settings", Static).update(text)

    def _passage_text(self, q: Quote) -> Text:
        text = Text()
        text.append(f"{q.document}  {q.attribution(program=True, wave=True)}  ", "bold")
        text.append(f"{self.labels.get(q.code, q.code)}  [{', '.join(q.coders)}]", "dim")
        before = after = ""
        if passage_key(q) in self.expanded:
            before, after = self.context(q)
        text.append("\n")
        if before:
            text.append(f"… {before} ", "dim italic")
        text.append(" ".join(q.text.split()))
        if after:
            text.append(f" {after} …", "dim italic")
        return text

    def context(self, q: Quote) -> tuple[str, str]:
        """The sentences just before and after a passage."""
        if q.document_id not in self._texts:
            project = self.app.project
            text = project.document(q.document_id, with_segments=False).text
            spans = [(s, e) for _i, s, e, _t in project.segment_units([q.document_id]).get(q.document_id, [])]
            self._texts[q.document_id] = (text, spans)
        text, spans = self._texts[q.document_id]
        return context_around(text, spans, q.start, q.end)

    def current(self) -> Quote | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not self.quotes:
            return None
        return self.quotes[min(index, len(self.quotes) - 1)]

    # -- moving and opening -----------------------------------------------------------

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        options.action_cursor_down() if delta > 0 else options.action_cursor_up()

    @on(OptionList.OptionSelected)
    def _selected(self, _event: OptionList.OptionSelected) -> None:
        self.action_open_passage()

    def action_open_passage(self) -> None:
        q = self.current()
        if q is not None:
            self.app.open_document(q.document_id, span=(q.start, q.end))

    def action_toggle_context(self) -> None:
        q = self.current()
        if q is None:
            return
        key = passage_key(q)
        self.expanded.symmetric_difference_update({key})
        self.redraw()

    def on_screen_resume(self) -> None:
        """Back from the transcript or a dialog: list again only if the project changed meanwhile."""
        if self.ready() and self._seen_change != self._latest_change():
            self.reload()

    def _latest_change(self) -> int | None:
        last = self.app.project.audit_log(limit=1)
        return last[-1]["id"] if last else None

    def action_back(self) -> None:
        self.app.pop_screen()

    # -- filters ----------------------------------------------------------------------

    def action_choose_filter(self) -> None:
        from workbench.ui.dialogs.choose import ChooseDialog

        items = []
        for kind, label in KINDS.items():
            values = getattr(self.filters, kind)
            shown = ", ".join(f"{v[0]}={v[1]}" if isinstance(v, tuple) else str(v) for v in values)
            items.append((f"{label}" + (f"  ✓ {shown}" if shown else ""), kind))
        items.append(("Clear all filters", "clear"))
        self.app.push_screen(ChooseDialog("Filter the passages by", items), self._filter_kind_chosen)

    def _filter_kind_chosen(self, kind: str | None) -> None:
        from workbench.ui.dialogs.choose import ChooseDialog

        if not kind:
            return
        if kind == "clear":
            self.filters.clear()
            self.reload()
            return
        project = self.app.project
        choices = filter_choices(kind, project.participants(), project.coders())
        if not choices:
            self.app.notify(f"no {KINDS[kind].lower()} values in this project", severity="warning")
            return
        current = getattr(self.filters, kind)
        items = [(("✓ " if value in current else "  ") + label, value) for label, value in choices]
        self.app.push_screen(ChooseDialog(f"{KINDS[kind]}: enter adds or removes", items),
                             lambda value: self._toggle_filter(kind, value))

    def _toggle_filter(self, kind: str, value: Any) -> None:
        if value is None:
            return
        self.filters.toggle(kind, value)
        self.reload()

    def quote_filter(self, codes: list[str] | None = None):
        """The filters as a QuoteFilter (None: the attributes fit nobody, so nothing is listed)."""
        return self.filters.quote_filter(self.app.project.participants(), codes)

    # -- changing codings ---------------------------------------------------------------

    def _own_codings(self, q: Quote) -> list[dict]:
        coder = self.app.coder
        return [r for r in self.app.project.codings(document=q.document_id, coder=coder) if r["id"] in q.coding_ids]

    def _with_own(self, verb: str) -> tuple[Quote, list[dict]] | None:
        q = self.current()
        if q is None:
            self.app.notify("no passage here", severity="warning")
            return None
        own = self._own_codings(q)
        if not own:
            self.app.report(WorkbenchError(
                f"no coding of yours to {verb} here (coded by {', '.join(q.coders)}; you are {self.app.coder})"))
            return None
        return q, own

    def action_recode(self) -> None:
        from workbench.ui.dialogs.code_picker import CodePicker

        found = self._with_own("recode")
        if found is None:
            return
        q, own = found
        codes = [c for c in assign_colours(self.app.project.codes()) if c.path != q.code]
        colours = self.app.code_colours(codes)
        self.app.push_screen(CodePicker(codes, colours, title=f"Recode {self.labels.get(q.code, q.code)} as"),
                             lambda path: path and self._recode(own, path))

    def _recode(self, own: list[dict], path: str) -> None:
        try:
            for row in own:
                self.app.project.update_coding(row["id"], self.app.coder, code=path)
        except WorkbenchError as exc:
            self.app.report(exc)
        else:
            self.app.notify(f"✓ recoded as {self.labels.get(path, path)}")
        self.reload()

    def action_remove_coding(self) -> None:
        found = self._with_own("remove")
        if found is None:
            return
        q, own = found
        try:
            for row in own:
                self.app.project.remove_coding(row["id"], self.app.coder)
        except WorkbenchError as exc:
            self.app.report(exc)
        else:
            self.app.notify(f"✓ removed {self.labels.get(q.code, q.code)} from {q.document} (u undoes)")
        self.reload()

    def action_undo(self) -> None:
        try:
            entry = self.app.project.undo(self.app.coder)
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        if entry is None:
            self.app.notify("nothing to undo")
            return
        self.app.notify(f"✓ undone: {describe_code_entry(entry) or entry['action']}")
        self.reload()

    # -- report -------------------------------------------------------------------------

    def report_name(self) -> str:
        """A default file name for the report, from the heading."""
        slug = re.sub(r"[^\w-]+", "-", self.heading().casefold()).strip("-")[:40] or "passages"
        return f"{slug}.md"

    def report_title(self) -> str:
        """The report's title (reports are in Norwegian)."""
        return self.heading()

    def action_to_report(self) -> None:
        from workbench.io.export_paths import free_export_name
        from workbench.ui.dialogs.prompt import TextPrompt

        if not self.quotes:
            self.app.notify("no passages to report", severity="warning")
            return
        self.app.push_screen(
            TextPrompt("Send these passages to a report", value=free_export_name(self.report_name()),
                       hint="A file name in exports/ (.md, .html or .docx). Names, places, organisations and identifiers are pseudonymised."),
            lambda out: out and self.write_report(out, list(self.quotes), self.quote_filter(), self.report_title()))

    @work(thread=True, exclusive=True, group="report", exit_on_error=False)
    def write_report(self, out: str, quotes: list[Quote], flt: Any = None, title: str = "Sitater") -> None:
        """Write the report off the UI thread (pseudonymisation may load spaCy)."""
        from workbench.analysis.quotes import QuoteFilter
        from workbench.io.export_paths import ExportExists
        from workbench.io.reports.build import export_report
        from workbench.io.reports.model import ReportOptions

        app = self.app
        try:
            result = export_report(
                app.project, out, flt=flt or QuoteFilter(), options=ReportOptions(title=title, chart=False),
                spacy_model=getattr(app.settings, "spacy_model", None), coder=app.coder, quotes=quotes,
            )
        except ExportExists as exc:  # no --force in the workbench: say what to do here
            app.call_from_thread(app.report, WorkbenchError(f"{exc.target} already exists; press p again and give "
                                                            "another name (nothing was overwritten)"))
            return
        except (WorkbenchError, OSError) as exc:
            app.call_from_thread(app.report, exc)
            return
        files = ", ".join(str(p) for p in result.files)
        count = result.report.quote_count
        # "69 passages" above, "59 quotes" in the file: say why, and keep it up long enough to read
        merged = (f" from {plural(len(quotes), 'passage')}: overlapping passages of one code are printed once"
                  if count != len(quotes) else "")
        app.call_from_thread(app.notify, f"✓ wrote {files}: {plural(count, 'quote')}{merged}, pseudonymised",
                             timeout=REPORT_NOTICE_SECONDS)
