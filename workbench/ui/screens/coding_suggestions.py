"""The coding screen's suggestion keys: fetch in workers, accept, reject, jump ahead.

Split from coding.py to keep that file readable; `SuggestionsMixin` only works mixed
into `CodingScreen` (it uses its session, colours and header). Suggestions are asked
for in worker threads a moment after the cursor settles, and a result is shown only
if the selection is still the one it was computed for.
"""

from __future__ import annotations

from textual import work
from textual.timer import Timer

from workbench.nlp.status import SEPARATOR, blind_phrase, layers_phrase, pipeline_part
from workbench.ui.suggestions import Suggestion
from workbench.ui.widgets.panels import SuggestionsPanel

#: Suggestions at or above this score count as confident for "next confident" (key n).
CONFIDENT = 0.7
#: Seconds the cursor must rest before suggestions are fetched.
SUGGEST_DELAY = 0.15


class SuggestionsMixin:
    """Suggestion handling for CodingScreen."""

    suggested: tuple[int, int, list[Suggestion]] | None = None
    #: Whether the codebook's optional layers (top-level codes marked on_request) are suggested too.
    with_layers = False
    _suggest_timer: Timer | None = None
    _last_status = ""

    def _schedule_suggestions(self) -> None:
        if self._suggest_timer is not None:
            self._suggest_timer.stop()
        self._suggest_timer = self.set_timer(SUGGEST_DELAY, self._fetch_current)

    def _fetch_current(self) -> None:
        sel = self.session.selection()
        if sel and self._no_suggestion_note() is not None:  # nothing to suggest for a question or a title
            self.suggested = (sel.start, sel.end, [])
            self._show_suggestions()
        elif self.app.suggestions.ready and sel:
            self.fetch_suggestions(self.session.document.id, sel.start, sel.end)
        else:
            self._show_suggestions()

    @work(thread=True, exclusive=True, group="suggest", exit_on_error=False)
    def fetch_suggestions(self, document_id: int, start: int, end: int) -> None:
        try:
            found = self.app.suggestions.suggest(document_id, start, end, top=5,
                                                 blind_coder=self.session.coder if self.session.blind else None,
                                                 layers=self.requested_layers())
        except Exception as exc:  # someone else's model: report, never crash
            self.app.call_from_thread(self.say, f"suggester error: {' '.join(str(exc).split())[:120]}", True)
            return
        self.app.call_from_thread(self._suggestions_arrived, start, end, found)

    def _suggestions_arrived(self, start: int, end: int, found: list[Suggestion]) -> None:
        """Keep what is still open: not decided on here yet, not already coded by me on this span, not the
        top-level code of a sub-code I applied here (that coding counts for it)."""
        mine = {r["code"] for r in self.app.project.codings_at(self.session.document.id, start, end,
                                                               coder=self.session.coder)
                if (r["start"], r["end"]) == (start, end)}
        done = set(self.decided.get((start, end), ())) | mine
        self.suggested = (start, end, [s for s in found if s.code not in done and not _implied(s.code, mine)])
        self._show_suggestions()

    def _current_suggestions(self) -> list[Suggestion] | None:
        sel = self.session.selection()
        if self.suggested is None or self.suggested[:2] != (sel.start, sel.end):
            return None
        return self.suggested[2]

    def _show_suggestions(self) -> None:
        bridge = self.app.suggestions
        if self.panel_shown:
            labels = {c.path: c.label for c in self.all_codes}
            status = bridge.status
            if self.session.blind and bridge.ready:  # not the shared model: say whose coding it learned from
                blind = blind_phrase(self.session.coder)
                pipeline = pipeline_part(status)  # the pipeline stays named, as it always is
                status = f"{pipeline}{SEPARATOR}{blind}" if pipeline else blind
            if self.requested_layers():
                status += SEPARATOR + layers_phrase([self._label(p) for p in self.requested_layers()])
            self.query_one(SuggestionsPanel).show(status, self._current_suggestions(), self.colours,
                                                  labels, ready=bridge.ready,
                                                  note=self._no_suggestion_note() if bridge.ready else None)
        else:
            self._redraw_header()

    def _no_suggestion_note(self) -> str | None:
        """Why nothing is suggested, in one line: only the interviewer speaks in the selection, or
        it is a title or header before the first turn; None when suggestions are made."""
        if self.session.before_first_turn():
            return "before the first turn (a heading): no codes suggested"
        label = self.session.interviewer_selection()
        # short enough for the header beside the segment count at 80 columns; the label as stored
        # (`Intervjuer:` is stored as `I`), in brackets, so `I` does not read as a pronoun
        return None if label is None else f"the interviewer's turn ({label}): no codes suggested"

    def optional_layers(self) -> list[str]:
        """The codebook's top-level codes marked on_request (suggested only when asked for)."""
        return [c.path for c in self.all_codes if c.on_request and c.parent is None and not c.retired]

    def requested_layers(self) -> tuple[str, ...]:
        return tuple(self.optional_layers()) if self.with_layers else ()

    def action_toggle_layers(self) -> None:
        layers = self.optional_layers()
        if not layers:
            self.say("the codebook has no optional layer (no top-level code marked on_request)", error=True)
            return
        self.with_layers = not self.with_layers
        self.suggested = None  # computed without (or with) the layers: fetch again
        names = ", ".join(self._label(p) for p in layers)
        self.say(f"suggesting the optional layer too: {names}" if self.with_layers
                 else f"optional layer no longer suggested: {names}")
        self._fetch_current()

    def _poll_suggester(self) -> None:
        status = self.app.suggestions.status
        if status != self._last_status:
            self._last_status = status
            self._fetch_current()

    def action_accept_suggestion(self) -> None:
        found = self._current_suggestions()
        if not found:
            self.say(self._no_suggestion_note() or ("no suggestion for this selection" if self.app.suggestions.ready
                                                  else self.app.suggestions.status), error=True)
            return
        top = found[0]
        coding = self._do(lambda: self.session.apply(top.code, origin="suggestion"),
                          lambda c: f"✓ accepted {self._label(c.code)}")
        if coding is None:
            return
        self._record(top, accepted=True)
        # its top-level code (and any code between) is implied now: `a` moves on to another code
        self.suggested = (self.suggested[0], self.suggested[1], [s for s in found[1:] if not _implied(s.code, {top.code})])
        self._show_suggestions()

    def action_reject_suggestion(self) -> None:
        found = self._current_suggestions()
        if not found:
            self.say("no suggestion to reject here", error=True)
            return
        top = found[0]
        self._record(top, accepted=False)
        self.suggested = (self.suggested[0], self.suggested[1], found[1:])
        self.say(f"✓ rejected {self._label(top.code)}")
        self._show_suggestions()

    def _record(self, suggestion: Suggestion, accepted: bool) -> None:
        """Remember the decision here at once; store it through the service off the UI thread
        (the coding itself is already committed; the service may be busy analysing)."""
        self.decided.setdefault((suggestion.start, suggestion.end), set()).add(suggestion.code)
        self.store_decision(self.session.document.id, suggestion, self.session.coder, accepted)

    @work(thread=True, group="decisions", exit_on_error=False)
    def store_decision(self, document_id: int, suggestion: Suggestion, coder: str, accepted: bool) -> None:
        try:
            self.app.suggestions.record_decision(document_id, suggestion, coder, accepted)
        except Exception as exc:
            self.app.call_from_thread(self.app.notify, f"could not record the decision: {exc}", severity="warning")

    def action_next_confident(self) -> None:
        if not self.app.suggestions.ready:
            self.say(self.app.suggestions.status, error=True)
            return
        self.find_confident(self.session.document.id, self.session.selection().end,
                            self.session.coder if self.session.blind else None)

    @work(thread=True, exclusive=True, group="confident", exit_on_error=False)
    def find_confident(self, document_id: int, after: int, blind_coder: str | None = None) -> None:
        try:
            span = self.app.suggestions.next_confident(document_id, after, CONFIDENT, blind_coder=blind_coder)
        except Exception as exc:
            self.app.call_from_thread(self.say, f"suggester error: {' '.join(str(exc).split())[:120]}", True)
            return
        self.app.call_from_thread(self._jump_to_confident, span)

    def _jump_to_confident(self, span: tuple[int, int] | None) -> None:
        if span is None:
            # segments a code is already applied to (or decided on) are skipped: say so, or a
            # coded document (the whole demo) reads as if nothing were confident
            self.say(f"no suggestion scoring {CONFIDENT:.2f} or more further on for uncoded text")
            return
        self._moved(lambda: self.session.select_span(*span))


def _implied(code: str, applied: set[str]) -> bool:
    """Whether `code` is an ancestor of a code in `applied` (a sub-code's coding counts for it)."""
    return any(a.startswith(code + "/") for a in applied)
