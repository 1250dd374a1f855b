"""What a coder is doing in one document: cursor, selection, code level, and the actions.

The coding screen is a thin view over this class. Keeping the state and the calls
into the store here (free of Textual) means every user action has one tested path to
the database: each method that changes anything makes exactly one `Project` call,
which is one transaction with its audit entry, and returns only after it committed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from workbench.core.codebook import children
from workbench.core.errors import WorkbenchError
from workbench.core.models import Code, Coding, Document, Segment
from workbench.core.speakers import interview_summary
from workbench.core import turns

_WORD_END = re.compile(r"\w+|[^\w\s]", re.UNICODE)


@dataclass
class Selection:
    """The span a code key applies to, and how it was made."""

    start: int
    end: int
    precise: bool = False

    def __bool__(self) -> bool:
        return self.end > self.start


@dataclass
class CodingSession:
    """Cursor and actions for one coder in one document."""

    project: Any
    document: Document
    coder: str
    blind: bool = False
    level: str | None = None  # parent path of the codes keys 1-9 apply; None: top level
    cursor: int = 0
    anchor: int = 0
    precise_span: tuple[int, int] | None = None
    codes: list[Code] = field(default_factory=list)
    _speakers: dict | None = None  # label → resolved Speaker, loaded on first use
    show_codes: frozenset[str] | None = None  # only these codes (with their sub-codes) are shown; None: all
    show_coders: frozenset[str] | None = None  # only these coders' codings are shown; None: all

    def __post_init__(self) -> None:
        self.units: list[Segment] = list(self.document.segments)
        if not self.units and self.document.text:
            self.units = [Segment(0, len(self.document.text))]
        self._starts = [u.start for u in self.units]
        self.reload_codes()

    # -- reading --------------------------------------------------------------

    @classmethod
    def open(cls, project: Any, document_id: int | str, coder: str, **kwargs: Any) -> CodingSession:
        """Load a document with its segments and start a session on it."""
        return cls(project, project.document(document_id), coder, **kwargs)

    def reload_codes(self) -> None:
        self.codes = self.project.codes()

    def codings(self) -> list[dict]:
        """The document's codings this view shows: only the coder's own in blind mode, and
        only those of the chosen codes (or their sub-codes) and coders when a filter is set."""
        rows = self.project.codings(document=self.document.id, coder=self.coder if self.blind else None)
        if self.show_coders is not None:
            rows = [r for r in rows if r["coder"] in self.show_coders]
        if self.show_codes is not None:
            rows = [r for r in rows if within(r["code"], self.show_codes)]
        return rows

    def filter_text(self) -> str | None:
        """The filter in words ('codes: network, trust · coders: ola'), or None when all is shown."""
        parts = []
        if self.show_codes is not None:
            parts.append("codes: " + (", ".join(sorted(self.show_codes)) or "none"))
        if self.show_coders is not None:
            parts.append("coders: " + (", ".join(sorted(self.show_coders)) or "none"))
        return " · ".join(parts) or None

    def level_codes(self) -> list[Code]:
        """The (up to nine) codes number keys 1-9 apply, at the current level."""
        return children(self.codes, self.level)[:9]

    def selection(self) -> Selection:
        """The current span: the precise span, or the segments from anchor to cursor."""
        if self.precise_span is not None:
            return Selection(*self.precise_span, precise=True)
        if not self.units:
            return Selection(0, 0)
        lo, hi = sorted((self.anchor, self.cursor))
        return Selection(self.units[lo].start, self.units[hi].end)

    def time_span(self) -> tuple[str, str] | None:
        """When the selected segments were said ('00:01:02', '00:01:09'), for subtitle
        (.vtt/.srt) transcripts whose segments carry cue times; None otherwise."""
        if not self.units:
            return None
        lo, hi = sorted((self.anchor, self.cursor))
        begin, end = (self.units[lo].meta or {}).get("begin"), (self.units[hi].meta or {}).get("end")
        if not begin or not end:
            return None
        return _clock(begin), _clock(end)

    def current_segment(self) -> Segment | None:
        return self.units[self.cursor] if self.units else None

    def segment_at(self, offset: int) -> int:
        """Index of the segment containing `offset`, or the nearest one before it."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def own_codings_here(self) -> list[dict]:
        """The coder's codings overlapping the selection (innermost first)."""
        sel = self.selection()
        if not sel:
            return []
        rows = self.project.codings_at(self.document.id, sel.start, sel.end, coder=self.coder)
        return sorted(rows, key=lambda r: (r["end"] - r["start"], -r["id"]))

    # -- moving ---------------------------------------------------------------

    def move(self, delta: int) -> None:
        """Move by segments, collapsing any extension or precise span.

        Up moves from the selection's first segment and down from its last, whichever end
        the cursor was at, so `k` after selecting segments 3-5 goes to segment 2.
        """
        if self.precise_span is not None and self.units:
            start, end = self.precise_span
            lo, hi = self.segment_at(start), self.segment_at(max(start, end - 1))
        else:
            lo, hi = sorted((self.anchor, self.cursor))
        self.precise_span = None
        if self.units:
            base = lo if delta < 0 else hi
            self.cursor = max(0, min(len(self.units) - 1, base + delta))
        self.anchor = self.cursor

    def go_to(self, index: int, extend: bool = False) -> None:
        self.precise_span = None
        if self.units:
            self.cursor = max(0, min(len(self.units) - 1, index))
        if not extend:
            self.anchor = self.cursor

    def extend(self, delta: int) -> None:
        """Move the cursor but keep the anchor, so the selection grows or shrinks by segments."""
        self.precise_span = None
        if self.units:
            self.cursor = max(0, min(len(self.units) - 1, self.cursor + delta))

    def select_span(self, start: int, end: int) -> None:
        """Select an exact span (a suggestion, a click); segment-aligned spans stay segments."""
        first, last = self.segment_at(start), self.segment_at(max(start, end - 1))
        self.go_to(first)
        if self.units and self.units[first].start == start and self.units[last].end == end:
            self.cursor = last
        else:
            self.precise_span = (start, end)

    def toggle_precise(self) -> bool:
        """Enter precise mode on the current selection, or leave it; returns the new mode."""
        if self.precise_span is not None:
            self.precise_span = None
            return False
        sel = self.selection()
        self.precise_span = (sel.start, sel.end)
        return True

    def nudge(self, which: str, chars: int = 0, words: int = 0) -> None:
        """In precise mode, move the span's `start` or `end` by characters or words."""
        if self.precise_span is None:
            self.toggle_precise()
        start, end = self.precise_span  # type: ignore[misc]
        text = self.document.text
        pos = start if which == "start" else end
        if words:
            pos = self._word_step(pos, words, at_end=which == "end")
        pos += chars
        pos = max(0, min(len(text), pos))
        if which == "start":
            start = min(pos, end - 1)
        else:
            end = max(pos, start + 1)
        self.precise_span = (max(0, start), min(len(text), end))

    def _word_step(self, pos: int, words: int, at_end: bool) -> int:
        text = self.document.text
        bounds = [(m.start(), m.end()) for m in _WORD_END.finditer(text, max(0, pos - 200), min(len(text), pos + 400))]
        marks = [b if at_end else a for a, b in bounds]
        if words > 0:
            ahead = [m for m in marks if m > pos]
            return ahead[min(len(ahead), words) - 1] if ahead else pos
        behind = [m for m in marks if m < pos]
        return behind[max(-len(behind), words)] if behind else pos

    # -- the code level -------------------------------------------------------

    def level_down(self, n: int) -> Code | None:
        """Make the children of the n-th code at this level the ones 1-9 apply."""
        codes = self.level_codes()
        if not 1 <= n <= len(codes):
            return None
        target = codes[n - 1]
        if not children(self.codes, target.path):
            raise WorkbenchError(f"'{target.path}' has no sub-codes")
        self.level = target.path
        return target

    def level_up(self) -> None:
        if self.level is not None:
            self.level = self.level.rpartition("/")[0] or None

    # -- changing (each one transaction through the store) -----------------------

    def apply_nth(self, n: int) -> Coding:
        """Apply the n-th code of the current level to the selection."""
        codes = self.level_codes()
        if not 1 <= n <= len(codes):
            where = f"under '{self.level}'" if self.level else "at the top level"
            raise WorkbenchError(f"no code number {n} {where}")
        return self.apply(codes[n - 1].path)

    def apply(self, code_path: str, origin: str = "manual", memo: str | None = None) -> Coding:
        """Apply a code to the selection; returns the stored coding."""
        sel = self.selection()
        if not sel:
            raise WorkbenchError("nothing selected to code")
        return self.project.add_coding(self.document.id, sel.start, sel.end, code_path, self.coder,
                                       memo=memo, origin=origin)

    def remove(self, coding_id: int) -> None:
        self.project.remove_coding(coding_id, self.coder)

    def set_memo(self, coding_id: int, memo: str) -> None:
        self.project.update_coding(coding_id, self.coder, memo=memo)

    def recode(self, coding_id: int, code_path: str) -> None:
        self.project.update_coding(coding_id, self.coder, code=code_path)

    def undo(self) -> dict | None:
        return self.project.undo(self.coder)

    def redo(self) -> dict | None:
        return self.project.redo(self.coder)

    def speaker_rows(self) -> list[dict]:
        """The document's speaker labels: resolved (role, participant, source, turns) plus what
        its map holds for each (`map_role`, `map_participant`)."""
        entries = self.project.speaker_entries(self.document.id)
        out = []
        for row in self.project.document_speakers(self.document.id):
            entry = entries.get(row["label"])
            out.append({**row, "map_role": entry.role if entry else None,
                        "map_participant": entry.participant if entry else None})
        return out

    def interview_note(self) -> str | None:
        """How the document is read, a group or a one-to-one interview, and why, in one line."""
        others = any(sp.label is not None and sp.participant is None and not sp.is_interviewer
                     for sp in self._resolved().values())
        return interview_summary(self.project.document_interview(self.document.id), others)

    def save_speakers(self, entries: list) -> None:
        """Store the speaker dialog's changes (one audited transaction)."""
        self.project.update_speakers(self.document.id, entries, self.coder)
        self.forget_speakers()

    def forget_speakers(self) -> None:
        """Resolve the speakers again on next use (the map or the document's mode may have changed)."""
        self._speakers = None

    def _resolved(self) -> dict:
        """The document's labels resolved to speakers (the store's rules, speaker map included)."""
        if self._speakers is None:
            self._speakers = self.project.resolved_speakers([self.document.id]).get(self.document.id, {})
        return self._speakers

    def speaker_here(self) -> str | None:
        """In a group interview, who speaks the segment at the cursor (`KB: mentor, M03`), for the
        header, or off every turn (a heading) the roles that speak in it (`gruppe: mentee, mentor`),
        never the document's role alone; None in an individual interview, where the document's
        participant speaks."""
        speakers = self._resolved()
        respondents = [s for s in speakers.values() if s.label is not None and not s.is_interviewer]
        if len(respondents) < 2:
            return None
        seg = self.current_segment()
        if seg is None or seg.speaker is None or seg.speaker not in speakers:
            roles = list(dict.fromkeys(s.role for s in respondents if s.role))
            return "gruppe: " + ", ".join(roles) if roles else "gruppe"
        sp = speakers[seg.speaker]
        return f"{sp.label}: " + ", ".join(x for x in (sp.role, sp.participant) if x)

    def interviewer_selection(self) -> str | None:
        """The interviewer's label when only the interviewer speaks in the selection (by the
        speaker's resolved role, so a name label mapped to the interviewer counts, not only `I`);
        None when a respondent says any of it. No codes are suggested for the interviewer."""
        sel = self.selection()
        if not sel or not self.units:
            return None
        speakers = self._resolved()
        lo = self.segment_at(sel.start)
        found = [u.speaker for u in self.units[lo:] if u.start < sel.end and u.end > sel.start]
        said = [speakers.get(label) for label in found]
        if said and all(sp is not None and sp.is_interviewer for sp in said):
            return said[0].label
        return None

    def before_first_turn(self) -> bool:
        """Whether the selection lies wholly before the first speaker's turn of a document whose
        text has turns: a title or file header (a transcript's first line), which nobody says.
        A document with no speaker labels at all is text throughout, so it never is."""
        sel = self.selection()
        return bool(sel) and turns.before_first_turn(sel.end, turns.first_turn_start(self.units))


def _clock(stamp: str) -> str:
    """'00:01:02.500' -> '00:01:02' (seconds are enough to find the place in the recording)."""
    return str(stamp).split(".")[0]


def within(path: str, chosen: frozenset[str] | set[str]) -> bool:
    """Whether a code path is one of the chosen codes or under one of them."""
    return any(path == c or path.startswith(c + "/") for c in chosen)
