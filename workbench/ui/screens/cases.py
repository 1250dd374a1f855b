"""Cases and attributes: participants (role, programme, free attributes) and documents
(participant, wave, mode, date, speaker map) in two tables, edited cell by cell.

Analysis groups everything by these facts, so correcting them must be as safe as
coding: each edit is one audited transaction on the coder's undo stack (`u` undoes,
ctrl+r redoes). `tab` switches table, `enter` edits the cell under the cursor, `a`
adds an attribute to a participant; on a document's Speakers cell `enter` opens the
speaker-map dialog.
"""

from __future__ import annotations

from typing import Any
from collections.abc import Callable

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Static

from workbench.analysis.quotes import ROLE_LABELS, WAVE_LABELS
from workbench.core.errors import WorkbenchError
from workbench.core.models import ROLES, WAVES
from workbench.core.speakers import INTERVIEWER, interview_summary
from workbench.core.wording import plural
from workbench.store.cases import describe_case_entry
from workbench.store.history import describe_code_entry
from workbench.ui.keys import CASES_KEYS, bindings
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar

PARTICIPANT_COLUMNS = (("id", "Participant"), ("role", "Role"), ("program", "Programme"), ("docs", "Documents"))
# "Part." as on the corpus screen: the full title took the room 80 columns need for Speakers.
DOCUMENT_COLUMNS = (("name", "Document"), ("participant", "Part."), ("wave", "Wave"), ("mode", "Mode"),
                    ("date", "Date"), ("speakers", "Speakers"))


def speakers_cell(labels: list[dict[str, Any]]) -> str:
    """A document's Speakers cell, short enough for 80 columns: `4 (3 mapped)`, or `2`."""
    mapped = sum(1 for s in labels if s.get("mapped"))
    return f"{len(labels)} ({mapped} mapped)" if mapped else str(len(labels))


def speakers_line(name: str, labels: list[dict[str, Any]]) -> str:
    """The highlighted document's speakers in full, for the line under the table:
    `G01-nullpunkt: I interviewer · AH mentee G01 (map) · …`."""
    if not labels:
        return f"{name}: no speaker labels (the whole text is the document's participant)"
    said = []
    for s in labels:
        who = " ".join(str(v) for v in (s.get("role") or "no role", s.get("participant")) if v)
        if s.get("source") == "guess":
            who += " (check)"
        elif s.get("mapped"):
            who += " (map)"
        said.append(f"{s['label']} {who}")
    return f"{name}: " + " · ".join(said)


class CasesScreen(Screen):
    """Participants and documents, editable cell by cell."""

    BINDINGS = bindings(CASES_KEYS)
    screen_name = "cases"
    DEFAULT_CSS = """
    CasesScreen #settings { height: 1; background: $boost; }
    CasesScreen DataTable { height: 1fr; }
    CasesScreen #detail { height: auto; max-height: 3; padding: 0 1; background: $boost; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.table_name = "participants"
        self.attribute_names: list[str] = []
        self.details: dict[str, str] = {}  # row key → the line under the table while that row is highlighted

    def compose(self) -> ComposeResult:
        yield TopBar("Cases and attributes")
        yield Static("", id="settings")
        yield DataTable(id="cases", cursor_type="cell", zebra_stripes=True)
        yield Static("", id="detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.reload()

    # -- tables -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the project again and redraw the current table, keeping the cursor's place."""
        table = self.query_one(DataTable)
        where = table.cursor_coordinate
        table.clear(columns=True)
        project = self.app.project
        rows: list[tuple[str, list[str]]] = []
        self.details = {}
        if self.table_name == "participants":
            people = project.participants()
            in_docs = project.participant_documents()
            docs = {person: len(ids) for person, ids in in_docs.items()}
            names = {d["id"]: d["name"] for d in project.documents()}
            for person in people:
                ids = in_docs.get(person.id, set())
                self.details[person.id] = (f"{person.id} is in " + ", ".join(sorted(names[i] for i in ids if i in names))
                                           if ids else f"{person.id} is in no document")
            self.attribute_names = sorted({name for p in people for name in p.attributes})
            columns = [*PARTICIPANT_COLUMNS, *((f"attr:{n}", n) for n in self.attribute_names)]
            for p in people:
                rows.append((p.id, [p.id, ROLE_LABELS.get(p.role or "", p.role or "—"), p.program or "—",
                                    str(docs.get(p.id, 0)), *[str(p.attributes.get(n, "")) for n in self.attribute_names]]))
            count = plural(len(people), "participant")
        else:
            documents = project.documents()
            columns = list(DOCUMENT_COLUMNS)
            for d in documents:
                labels = project.document_speakers(d["id"])
                self.details[str(d["id"])] = speakers_line(d["name"], labels)
                rows.append((str(d["id"]), [d["name"], d["participant"] or "—",
                                            WAVE_LABELS.get(d["wave"] or "", d["wave"] or "—"), d["mode"] or "—",
                                            d["date"] or "—", speakers_cell(labels)]))
            count = plural(len(documents), "document")
        # Widths set here, not measured later by the table: a redraw while a dialog is open
        # otherwise left every column as narrow as its header.
        for i, (key, title) in enumerate(columns):
            table.add_column(title, key=key, width=max([cell_len(title), *(cell_len(cells[i]) for _k, cells in rows)]))
        for key, cells in rows:
            table.add_row(*cells, key=key)
        other = "documents" if self.table_name == "participants" else "participants"
        self.query_one("#settings", Static).update(
            Text(f" {self.table_name}: {count}   (tab: {other}; enter edits; u undoes)", no_wrap=True,
                 overflow="ellipsis"))
        if table.row_count:
            table.move_cursor(row=min(where.row, table.row_count - 1), column=min(where.column, len(table.columns) - 1))
        self._show_detail()

    @on(DataTable.CellHighlighted)
    def _show_detail(self, _event: DataTable.CellHighlighted | None = None) -> None:
        """Under the table, the highlighted row in full: a document's speakers, a participant's documents."""
        cell = self.current()
        detail = self.query_one("#detail", Static)
        text = self.details.get(cell[0], "") if cell else ""
        detail.update(text)
        detail.display = bool(text)

    def action_switch_table(self) -> None:
        self.table_name = "documents" if self.table_name == "participants" else "participants"
        table = self.query_one(DataTable)
        table.move_cursor(row=0, column=0)
        self.reload()

    def action_move(self, rows: int, columns: int) -> None:
        table = self.query_one(DataTable)
        row, column = table.cursor_coordinate
        table.move_cursor(row=max(0, row + rows), column=max(0, column + columns))

    def current(self) -> tuple[str, str] | None:
        """(row key, column key) under the cursor."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate)
        return key.row_key.value, key.column_key.value

    # -- editing ----------------------------------------------------------------------

    @on(DataTable.CellSelected)
    def _selected(self, _event: DataTable.CellSelected) -> None:
        self.action_edit_cell()

    def _change(self, what: Callable[[], Any], done: str) -> None:
        try:
            changed = what()
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        if changed is not False:
            self.app.notify(done)
        self.reload()

    def action_edit_cell(self) -> None:
        cell = self.current()
        if cell is None:
            return
        row, column = cell
        if self.table_name == "participants":
            self._edit_participant(row, column)
        else:
            self._edit_document(int(row), column)

    def _participant(self, pid: str):
        return next(p for p in self.app.project.participants() if p.id == pid)

    def _edit_participant(self, pid: str, column: str) -> None:
        from workbench.ui.dialogs.choose import ChooseDialog
        from workbench.ui.dialogs.prompt import TextPrompt

        project, coder = self.app.project, self.app.coder
        p = self._participant(pid)
        if column == "role":
            items = [(ROLE_LABELS[r], r) for r in ROLES] + [("(none)", "")]
            self.app.push_screen(ChooseDialog(f"Role of {pid}", items), lambda role: role is not None and self._change(
                lambda: project.edit_participant(pid, coder, role=role), f"✓ {pid}: role {role or 'none'}"))
        elif column == "program":
            programmes = sorted({q.program for q in project.participants() if q.program})
            self.app.push_screen(
                TextPrompt(f"Programme of {pid}", value=p.program or "", choices=programmes or None),
                lambda value: value is not None and self._change(
                    lambda: project.edit_participant(pid, coder, program=value), f"✓ {pid}: programme {value}"))
        elif column.startswith("attr:"):
            name = column[5:]
            self._ask_attribute(pid, name, str(p.attributes.get(name, "")))
        else:
            self.app.notify(f"{'participant ids' if column == 'id' else 'the number of documents'} cannot be "
                            "edited here", severity="warning")

    def _ask_attribute(self, pid: str, name: str, value: str) -> None:
        from workbench.ui.dialogs.prompt import TextPrompt

        # TextPrompt returns only non-empty text, so a lone "-" stands for "remove the attribute".
        self.app.push_screen(
            TextPrompt(f"{pid}: {name}", value=value, hint="Type the value; a single - removes the attribute."),
            lambda typed: typed is not None and self._change(
                lambda: self.app.project.edit_participant(pid, self.app.coder,
                                                          attributes={name: "" if typed == "-" else typed}),
                f"✓ {pid}: {name} {'removed' if typed == '-' else '= ' + typed}"))

    def action_add_attribute(self) -> None:
        from workbench.ui.dialogs.prompt import TextPrompt

        cell = self.current()
        if self.table_name != "participants" or cell is None:
            self.app.notify("attributes belong to participants (tab switches table)", severity="warning")
            return
        pid = cell[0]
        self.app.push_screen(
            TextPrompt(f"New attribute for {pid}", choices=self.attribute_names or None,
                       hint="Its name, e.g. land, utdanning, alder; the value comes next."),
            lambda name: name and self._ask_attribute(pid, name, str(self._participant(pid).attributes.get(name, ""))))

    def _edit_document(self, doc_id: int, column: str) -> None:
        from workbench.ui.dialogs.choose import ChooseDialog
        from workbench.ui.dialogs.prompt import TextPrompt

        project, coder = self.app.project, self.app.coder
        doc = next(d for d in project.documents() if d["id"] == doc_id)
        name = doc["name"]

        def edit(field: str) -> Callable[[Any], Any]:
            return lambda value: value is not None and self._change(
                lambda: project.edit_document(doc_id, coder, **{field: value}),
                f"✓ {name}: {field} {value or 'none'}")

        if column == "wave":
            items = [(f"{WAVE_LABELS[w]} ({w})", w) for w in WAVES] + [("(none)", "")]
            self.app.push_screen(ChooseDialog(f"Wave of {name}", items), edit("wave"))
        elif column == "participant":
            items = [(p.id, p.id) for p in project.participants()] + [("(none)", "")]
            self.app.push_screen(ChooseDialog(f"Participant of {name}", items), edit("participant"))
        elif column == "mode":
            modes = sorted({d["mode"] for d in project.documents() if d["mode"]})
            self.app.push_screen(TextPrompt(f"Mode of {name}", value=doc["mode"] or "", choices=modes or None,
                                            hint="How it was done, e.g. telefon, gruppe (a group interview), individuelt."), edit("mode"))
        elif column == "date":
            self.app.push_screen(TextPrompt(f"Date of {name}", value=doc["date"] or "", placeholder="YYYY-MM-DD"),
                                 edit("date"))
        elif column == "speakers":
            self._edit_speakers(doc_id, name)
        else:
            self.app.notify("a document's name cannot be edited here", severity="warning")

    def _edit_speakers(self, doc_id: int, name: str) -> None:
        """The speaker-map dialog of the coding screen, for this document."""
        from workbench.ui.dialogs.speakers import SpeakerDialog, SpeakerRow

        project = self.app.project
        entries = project.speaker_entries(doc_id)
        rows = []
        for r in project.document_speakers(doc_id):
            entry = entries.get(r["label"])
            rows.append(SpeakerRow(r["label"], r["turns"], entry.role if entry else None,
                                   entry.participant if entry else None, r["role"], r["participant"],
                                   guess=r.get("source") == "guess"))
        if not rows:
            self.app.notify(f"{name} has no speaker labels", severity="warning")
            return
        others = any(r.default_participant is None and r.default_role != INTERVIEWER for r in rows)
        note = interview_summary(project.document_interview(doc_id), others)
        self.app.push_screen(SpeakerDialog(f"Speakers of {name}", rows, note), lambda changed: changed and self._change(
            lambda: project.update_speakers(doc_id, changed, self.app.coder), f"✓ speakers of {name} saved"))

    # -- history ----------------------------------------------------------------------

    def action_undo(self) -> None:
        self._history(self.app.project.undo, "undone", "nothing to undo")

    def action_redo(self) -> None:
        self._history(self.app.project.redo, "redone", "nothing to redo")

    def _history(self, what: Callable[[str], Any], verb: str, nothing: str) -> None:
        try:
            entry = what(self.app.coder)
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        if entry is None:
            self.app.notify(nothing)
            return
        words = describe_case_entry(entry) or describe_code_entry(entry) or entry["action"]
        self.app.notify(f"✓ {verb}: {words}")
        self.reload()

    def action_back(self) -> None:
        self.app.pop_screen()


def register(register_screen) -> None:
    """Add the cases editor to the go-to menu and the command palette."""
    register_screen("cases", "Cases", lambda app: CasesScreen(),
                    "participants and documents: role, programme, attributes, wave, date, speakers")
