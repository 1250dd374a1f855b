"""The coding screen: read a transcript by segments and code it from the keyboard.

Every key that changes something calls one `CodingSession` method, which is one
store transaction with its audit entry; the screen reports the change only after that
call returned. Redrawing is incremental: a cursor move redraws the lines it touches, a
coding change rebuilds the coded runs of this one document.
"""

from __future__ import annotations

import json
from typing import Any
from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from workbench.core.codebook import assign_colours, find_code
from workbench.core.errors import WorkbenchError
from workbench.core.models import Code
from workbench.store.cases import describe_case_entry
from workbench.store.history import describe_code_entry
from workbench.ui.keys import APP_KEYS, CODING_KEYS, bindings
from workbench.ui.layout import Mark
from workbench.ui.screens.coding_find import FindMixin
from workbench.ui.screens.coding_header import HeaderMixin
from workbench.ui.screens.coding_suggestions import SuggestionsMixin
from workbench.ui.screens.coding_views import ViewsMixin
from workbench.ui.session import CodingSession
from workbench.ui.suggestions import Suggestion
from workbench.ui.widgets.bars import CodeStrip, TopBar
from workbench.ui.widgets.keybar import KeyBar
from workbench.ui.widgets.panels import CodebookPanel, CodeRulesPanel, SuggestionsPanel
from workbench.ui.widgets.transcript import Transcript

#: Terminals at least this wide show the side panel by default.
PANEL_MIN_WIDTH = 100
#: In precise mode the key bar lists these (by key-table name) instead of the coding keys.
PRECISE_BAR = ("end_right", "start_right", "end_word_right")
_CODING_NAMES = frozenset(spec.name for spec in CODING_KEYS)
_APP_NAMES = frozenset(spec.name for spec in APP_KEYS if spec.name != "help")


class CodingScreen(HeaderMixin, FindMixin, SuggestionsMixin, ViewsMixin, Screen):
    """One document, its codings, the codes at hand and the suggestions."""

    CSS_PATH = "coding.tcss"
    BINDINGS = bindings(CODING_KEYS)
    screen_name = "coding"
    AUTO_FOCUS = "Transcript"

    def __init__(self, document_id: int, span: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.document_id = document_id
        self.start_span = span
        self.session: CodingSession | None = None
        self.colours: dict[str, str | None] = {}
        self.all_codes: list[Code] = []
        self.pending_descend = False
        self.message: Text | None = None
        self.suggested: tuple[int, int, list[Suggestion]] | None = None
        self._suggest_timer: Timer | None = None
        self._last_status = ""
        self.panel_choice: bool | None = None  # None: decided by the terminal width
        self.participant: Any = None
        self._seen_change: int | None = None
        self.decided: dict[tuple[int, int], set[str]] = {}  # span -> codes accepted or rejected there
        self.counts: dict[str, int] | None = None  # codings per code path; None: reread when shown
        self._bar_precise = False  # whether the key bar shows the precise-mode keys

    # -- building -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TopBar("Coding")
        with Horizontal(id="main"):
            with Vertical(id="reading"):
                yield Static("", id="doc-header")
                yield Static("", id="doc-status")
                yield Transcript(id="transcript")
            with VerticalScroll(id="side"):
                yield CodebookPanel(id="codebook-panel")
                yield SuggestionsPanel(id="suggestions-panel")
                yield CodeRulesPanel(id="rules-panel")
        yield CodeStrip(id="code-strip")
        yield KeyBar()

    def on_mount(self) -> None:
        app = self.app
        self.session = CodingSession.open(app.project, self.document_id, app.coder)
        self.participant = next((p for p in app.project.participants() if p.id == self.session.document.participant),
                                None)
        self.reload_codebook()
        transcript = self.query_one(Transcript)
        transcript.load(self.session.document.text, self.session.document.segments)
        self.reload_codings()
        if self.start_span is not None:
            self.session.select_span(*self.start_span)
        self.show_selection()
        transcript.focus()
        self.watch(app, "coder", self._coder_changed, init=False)
        self.set_interval(1.0, self._poll_suggester)
        self._layout_side()

    def on_resize(self) -> None:
        self._layout_side()

    def on_screen_resume(self) -> None:
        """Back from another screen or a dialog: reread only if the project changed meanwhile."""
        if self.session is not None and self._seen_change != self._latest_change():
            self.session.forget_speakers()  # a speaker map or a mode edited elsewhere changes who speaks
            self.reload_codebook()
            self.reload_codings()
            self._redraw_header()
            self._schedule_suggestions()

    def _latest_change(self) -> int | None:
        last = self.app.project.audit_log(limit=1)
        return last[-1]["id"] if last else None

    def _layout_side(self) -> None:
        show = self.panel_choice if self.panel_choice is not None else self.app.size.width >= PANEL_MIN_WIDTH
        side = self.query_one("#side")
        appearing = show and not side.display
        side.display = show
        if appearing and self.session is not None:
            self._redraw_codes()
            self._show_suggestions()
        self._redraw_header()
        self.call_after_refresh(self._redraw_header)  # again at the header's new width, once laid out

    def keybar_entry(self, binding) -> bool | str | None:
        """In precise mode the key bar shows how to move the span's ends, how to leave, and help
        (the app's other keys still work; at 80 columns they took the room of `w/W`)."""
        if self.session is None or self.session.precise_span is None:
            return None
        if binding.id in PRECISE_BAR:
            return binding.description
        if binding.id == "back":
            return "Leave precise"
        return False if binding.id in _CODING_NAMES or binding.id in _APP_NAMES else None

    @property
    def panel_shown(self) -> bool:
        return bool(self.query_one("#side").display)

    def _coder_changed(self, coder: str) -> None:
        assert self.session is not None
        self.session.coder = coder
        self.reload_codings()
        self.say(f"coding as {coder}")

    # -- redrawing --------------------------------------------------------------

    def reload_codebook(self) -> None:
        assert self.session is not None
        self.session.reload_codes()
        self.all_codes = assign_colours(self.app.project.codes(include_retired=True))
        self.colours = self.app.code_colours(self.all_codes)
        self._redraw_codes()

    def reload_codings(self) -> None:
        """Read this document's codings again and redraw the coded runs and counts."""
        assert self.session is not None
        coder = self.session.coder
        marks = [Mark(r["start"], r["end"], r["code"], r["coder"] == coder, r["id"]) for r in self.session.codings()]
        self.query_one(Transcript).set_marks(marks, self.colours)
        self.counts = None  # counted again only when the panel shows them, not on every code key
        self._redraw_codes()
        self._seen_change = self._latest_change()

    def _redraw_codes(self) -> None:
        session = self.session
        assert session is not None
        codes = session.level_codes()
        self.query_one(CodeStrip).show_codes(session.level, codes, self.colours, self.pending_descend)
        if self.panel_shown:
            if self.counts is None:
                # blind mode counts only the coder's own codings: others' counts would hint at their choices
                self.counts = self.app.project.code_counts(coder=session.coder if session.blind else None)
            self.query_one(CodebookPanel).show(session.level, codes, self.counts, self.colours)
            self.query_one(CodeRulesPanel).show(self._focus_code(), self.colours)

    def _focus_code(self) -> Code | None:
        """The code whose rules the panel shows: the one coded here, else the current level's parent."""
        session = self.session
        assert session is not None
        sel = session.selection()
        here = self.app.project.codings_at(session.document.id, sel.start, max(sel.end, sel.start + 1),
                                           coder=session.coder if session.blind else None) if sel else []
        path = here[0]["code"] if here else session.level
        if not path:
            return None
        try:
            return find_code(self.all_codes, path)
        except WorkbenchError:
            return None

    def show_selection(self, scroll: bool = True) -> None:
        session = self.session
        assert session is not None
        sel = session.selection()
        self.query_one(Transcript).set_selection(sel.start, sel.end, sel.precise, scroll=scroll)
        self.message = None
        self._redraw_header()
        if sel.precise != self._bar_precise:
            self._bar_precise = sel.precise
            self.query_one(KeyBar).redraw()
        if self.panel_shown:
            self._redraw_codes()
        self._schedule_suggestions()

    def _label(self, path: str) -> str:
        try:
            return find_code(self.all_codes, path).label
        except WorkbenchError:
            return path

    # -- moving ---------------------------------------------------------------

    def _moved(self, change: Callable[[], None]) -> None:
        change()
        self.show_selection()

    def action_move(self, delta: int) -> None:
        self._moved(lambda: self.session.move(delta))

    def action_extend(self, delta: int) -> None:
        self._moved(lambda: self.session.extend(delta))

    def action_page(self, delta: int) -> None:
        session = self.session
        transcript = self.query_one(Transcript)
        height = max(1, transcript.scrollable_content_region.height - 2)
        if not session.units:
            return
        here = transcript.line_of(session.units[session.cursor].start)
        target = max(0, min(len(transcript.lines) - 1, here + delta * height))
        line = transcript.lines[target]
        self._moved(lambda: session.go_to(session.segment_at(line.start)))

    def action_jump(self, index: int) -> None:
        session = self.session
        self._moved(lambda: session.go_to(index if index >= 0 else len(session.units) - 1))

    @on(Transcript.Clicked)
    def clicked(self, event: Transcript.Clicked) -> None:
        session = self.session
        self._moved(lambda: session.go_to(session.segment_at(event.offset), extend=event.extend))

    def action_precise(self) -> None:
        precise = self.session.toggle_precise()
        self.show_selection()
        if precise:
            self.say("precise: move the ends with the keys below")

    def action_nudge(self, which: str, chars: int, words: int) -> None:
        self._moved(lambda: self.session.nudge(which, chars, words))

    # -- the code level -------------------------------------------------------

    def action_level_down(self) -> None:
        self.pending_descend = True
        self._redraw_codes()

    def action_level_up(self) -> None:
        self.pending_descend = False
        self.session.level_up()
        self._redraw_codes()
        level = self.session.level  # the message `>` left ("sub-codes of …") is no longer true
        self.say(f"keys 1-9 now apply sub-codes of {self._label(level)} (< goes up)" if level
                 else "keys 1-9 apply the top-level codes again")

    # -- coding (each a committed transaction before the screen says so) ---------

    def _do(self, what: Callable[[], Any], done: Callable[[Any], str] | None) -> Any:
        try:
            result = what()
        except WorkbenchError as exc:
            self.say(str(exc), error=True)
            return None
        self.reload_codings()
        if done is not None:
            self.say(done(result))
        return result

    def action_apply_nth(self, n: int) -> None:
        session = self.session
        if self.pending_descend:
            self.pending_descend = False
            try:
                code = session.level_down(n)
            except WorkbenchError as exc:
                self.say(str(exc), error=True)
                code = None
            self._redraw_codes()
            if code is not None:
                self.say(f"keys 1-9 now apply sub-codes of {code.label} (< goes up)")
            return
        self._do(lambda: session.apply_nth(n), lambda c: f"✓ coded {self._label(c.code)}")

    def action_code_picker(self) -> None:
        from workbench.ui.dialogs.code_picker import CodePicker

        codes = [c for c in self.all_codes if not c.retired]
        self.app.push_screen(CodePicker(codes, self.colours), self._picked)

    def _picked(self, path: str | None) -> None:
        if path:
            self._do(lambda: self.session.apply(path), lambda c: f"✓ coded {self._label(c.code)}")

    def _with_own_coding(self, verb: str, then: Callable[[dict], None]) -> None:
        """Run `then` on the coder's coding under the cursor, asking which when there are several."""
        from workbench.ui.dialogs.choose import ChooseDialog

        rows = self.session.own_codings_here()
        if not rows:
            self.say(f"no coding of yours here to {verb}", error=True)
            return
        if len(rows) == 1:
            then(rows[0])
            return
        text = self.session.document.text
        items = [(f"{self._label(r['code'])} · {r['start']}–{r['end']} · “{_excerpt(text, r)}”", r) for r in rows]
        self.app.push_screen(ChooseDialog(f"Which coding to {verb}?", items),
                             lambda row: row is not None and then(row))

    def action_remove_coding(self) -> None:
        self._with_own_coding("remove", lambda row: self._do(
            lambda: self.session.remove(row["id"]), lambda _r: f"✓ removed {self._label(row['code'])} (u undoes)"))

    def action_memo(self) -> None:
        from workbench.ui.dialogs.memo import MemoDialog

        def edit(row: dict) -> None:
            about = f"{self._label(row['code'])} · “{_excerpt(self.session.document.text, row)}”"
            self.app.push_screen(MemoDialog(about, row["memo"] or ""), lambda memo: save(row, memo))

        def save(row: dict, memo: str | None) -> None:
            if memo is None:
                return
            self._do(lambda: self.session.set_memo(row["id"], memo),
                     lambda _r: "✓ memo saved" if memo else "✓ memo cleared")

        self._with_own_coding("attach a memo to", edit)

    def action_recode(self) -> None:
        from workbench.ui.dialogs.code_picker import CodePicker

        def pick(row: dict) -> None:
            codes = [c for c in self.all_codes if not c.retired]
            self.app.push_screen(CodePicker(codes, self.colours, title=f"Recode {self._label(row['code'])} as"),
                                 lambda path: path and self._do(lambda: self.session.recode(row["id"], path),
                                                                lambda _r: f"✓ recoded as {self._label(path)}"))

        self._with_own_coding("recode", pick)

    def action_undo(self) -> None:
        self._history(self.session.undo, "undone", "nothing to undo")

    def action_redo(self) -> None:
        self._history(self.session.redo, "redone", "nothing to redo")

    def _history(self, what: Callable[[], Any], verb: str, nothing: str) -> None:
        try:
            entry = what()
        except WorkbenchError as exc:  # e.g. undoing the addition of a code that is in use now
            self.say(str(exc), error=True)
            return
        if entry and describe_code_entry(entry) is not None:
            self.reload_codebook()  # a codebook edit was reversed: labels, paths or retirements changed
        self.reload_codings()
        self.say(f"✓ {verb}: {self._what(entry)}" if entry else nothing)

    def _what(self, entry: dict) -> str:
        """An audit entry in words: 'coded Språk', 'recoded Språk as Tillit', 'renamed code …'."""
        code_words = describe_code_entry(entry) or describe_case_entry(entry)
        if code_words is not None:
            return code_words
        try:
            before, after = (json.loads(entry[side]) if entry.get(side) else {} for side in ("before", "after"))
            label = {side: self._label(self.app.project.code_path(row["code_id"])) if row.get("code_id") else "?"
                     for side, row in (("before", before), ("after", after))}
        except (WorkbenchError, KeyError, TypeError, ValueError):
            return entry["action"]
        if entry["action"] == "coding.add":
            return f"coded {label['after']}"
        if entry["action"] == "coding.remove":
            return f"removed {label['before']}"
        if before.get("code_id") != after.get("code_id"):
            return f"recoded {label['before']} as {label['after']}"
        if before.get("memo") != after.get("memo"):
            return f"memo on {label['after']}"
        return f"changed {label['after']}"

    # -- modes and other screens ------------------------------------------------

    def action_blind(self) -> None:
        self.session.blind = not self.session.blind
        self.suggested = None  # the other mode's suggestions: never shown or accepted in this one
        self.reload_codings()
        self.say("blind: only your codings" if self.session.blind else "showing all coders' codings")
        self._fetch_current()

    def action_toggle_panel(self) -> None:
        self.panel_choice = not self.panel_shown
        self._layout_side()

    def action_codebook(self) -> None:
        self.app.show_screen("codebook")

    def action_speakers(self) -> None:
        from workbench.ui.dialogs.speakers import SpeakerDialog, SpeakerRow

        rows = [SpeakerRow(r["label"], r["turns"], r["map_role"], r["map_participant"], r["role"], r["participant"],
                           guess=r.get("source") == "guess")
                for r in self.session.speaker_rows()]
        if not rows:
            self.say("this document has no speaker labels", error=True)
            return

        def save(entries) -> None:
            if entries:
                self._do(lambda: self.session.save_speakers(entries),
                         lambda _r: "✓ speakers: " + "; ".join(_speaker_words(e) for e in entries))

        self.app.push_screen(SpeakerDialog(f"Speakers of {self.session.document.name}", rows,
                                           self.session.interview_note()), save)

    def action_compare(self) -> None:
        from workbench.ui.screens.compare import CompareScreen

        doc = self.session.document
        other_wave = "endpoint" if doc.wave == "baseline" else "baseline"
        other = next((d for d in self.app.project.documents()
                      if d["participant"] == doc.participant and d["wave"] == other_wave and doc.participant), None)
        if other is None:
            self.say(f"no {other_wave} interview for {doc.participant or 'this document'}", error=True)
            return
        pair = (doc.id, other["id"]) if doc.wave == "baseline" else (other["id"], doc.id)
        self.app.push_screen(CompareScreen(*pair))

    def action_back(self) -> None:
        if self.pending_descend:
            self.pending_descend = False
            self._redraw_codes()
        elif self.session.precise_span is not None:
            self.session.toggle_precise()
            self.show_selection()
        else:
            self.app.pop_screen()


def _speaker_words(entry) -> str:
    """A saved speaker map entry in words, as `speakers set` prints it: `AH: role mentor, participant M5`."""
    said = [f"{name} {value}" for name, value in (("role", entry.role), ("participant", entry.participant)) if value]
    return f"{entry.label}: {', '.join(said) or 'back to the defaults'}"


def _excerpt(text: str, row: dict, width: int = 40) -> str:
    snippet = " ".join(text[row["start"]:row["end"]].split())
    return snippet if len(snippet) <= width else snippet[: width - 1] + "…"
