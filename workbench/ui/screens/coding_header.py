"""The coding screen's header line: document, where the cursor is, who speaks there, and news.

Kept apart from the coding screen's module so that screen stays about coding. The line
names the document and the selected segments, in a group interview the speaker at the
cursor with role and participant (from the speaker map), the participant's programme and
the wave, flags such as [blind], and on the right the latest confirmation or, with the
side panel hidden, the top suggestion (with its branch's higher score beside it when the
suggester leads with a sub-code, so the screen shows what `a` applies and what `n` judged by).
When the line is short of room the programme gives way, then the document's role; a group
interview's speaker and the wave stay, and a confirmation too long for what is left takes a
line of its own below rather than hiding them.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from workbench.ui.layout import abbreviate
from workbench.ui.suggestions import outscoring
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.transcript import Transcript


class HeaderMixin:
    """`say` and the header drawing of the coding screen."""

    def _redraw_header(self) -> None:
        session = self.session
        if session is None:
            return
        doc = session.document
        width = self.query_one("#doc-header").size.width or 80
        here = session.speaker_here()  # a group interview: who speaks at the cursor, not the document's role
        person = self.participant
        who = here or (person.role if person else None)
        program = person.program if person else None
        place = Text(style=Style(dim=True))
        if session.units:
            lo, hi = sorted((session.anchor, session.cursor))
            place.append(f"  seg {lo + 1}" + (f"–{hi + 1}" if hi > lo else "") + f"/{len(session.units)}")
            said = session.time_span()
            if said is not None:  # cue times of a subtitle transcript
                place.append(f"  {said[0]}–{said[1]}" if said[0] != said[1] else f"  {said[0]}")
        flags = [f for f, on_ in (("precise", session.precise_span is not None), ("blind", session.blind),
                                  ("filtered", session.filter_text() is not None),
                                  ("layers", self.with_layers)) if on_]
        marks = Text()
        for flag in flags:
            marks.append(f" [{flag}]", Style(bold=True, reverse=True))
        for stripe in self.query_one(Transcript).stripes:  # the stripes' legend, in margin order
            marks.append(" ┃", Style(color=self.colours.get(stripe), bold=True))
            marks.append(abbreviate(stripe), Style(dim=True))
        # short of room, the programme gives way, then the document's role, then the segment
        # number; a group interview's speaker and the wave stay
        tiers = [(place, [who, program, doc.wave]), (place, [who, doc.wave]), (place, [here, doc.wave]),
                 (Text(), [here, doc.wave])]
        lines = []
        for where, meta in tiers:
            line = Text(f" {doc.name}", Style(bold=True), no_wrap=True, overflow="ellipsis")
            line.append_text(where)
            line.append_text(marks)
            shown = [b for b in meta if b]
            if shown:
                line.append("  " + " · ".join(shown), Style(dim=True))
            lines.append(line)
        base = next((i for i, line in enumerate(lines) if line.cell_len <= width), len(lines) - 1)
        right = self.message
        # what may give way for the right end: for a message the programme, for the top suggestion
        # the document's role as well; the segment number only to what the line itself needs
        last = max(base, 1 if self.message is not None else 2)
        if right is None and not self.panel_shown:
            right = self._top_suggestion_hint()
        below: Text | None = None
        if self.message is not None and all(line.cell_len + self.message.cell_len + 2 > width
                                            for line in lines[:last + 1]):
            below, right = self.message, None  # a message too long for the line's right: the line below, in full
        reserved = right.cell_len + 2 if right is not None else 0
        text = next((line for line in lines[:last + 1] if line.cell_len + reserved <= width),
                    lines[base if right is None else last])
        if right is not None:
            room = width - text.cell_len - 2
            if self.message is None:  # the hint: shorten its code names, never its scores
                right = self._top_suggestion_hint(room) or right
            if room > 8:
                right = right.copy()
                right.truncate(room, overflow="ellipsis")
                text.append(" " * max(1, width - text.cell_len - right.cell_len))
                text.append_text(right)
        status = self.query_one("#doc-status", Static)
        status.update(below if below is not None else "")
        status.display = below is not None
        self.query_one("#doc-header", Static).update(text)
        self.query_one(TopBar).set_place("Coding", flags)

    def _top_suggestion_hint(self, room: int | None = None) -> Text | None:
        """`a› code score`: what `a` applies. When the list leads with a branch's specific code and a
        code above it scores higher (its top-level code), that one follows with its own score (`in
        Kompetanse 0.77`), so the score `n` judged by is on screen too. Within `room` cells the names
        are shortened, never the scores."""
        top = self._current_suggestions()
        if not top:
            return None
        first, best = top[0], outscoring(top)
        shown = [s for s in (first, best) if s is not None]
        names = [self._label(s.code) for s in shown]
        hint = self._hint_text(shown, names)
        over = hint.cell_len - room if room is not None else 0
        # a sub-code in its branch: the specific code's name gives way first, then the branch's; an
        # unrelated code scoring higher (`· top`): its name gives way first, so what `a` applies stays whole
        within = len(shown) > 1 and first.code.startswith(shown[1].code + "/")
        for i in (range(len(names)) if within or len(names) < 2 else (1, 0)):
            if over <= 0:
                break
            keep = max(6, len(names[i]) - over - 1)
            if keep < len(names[i]):
                over -= len(names[i]) - keep - 1
                names[i] = names[i][:keep] + "…"
        return self._hint_text(shown, names)

    def _hint_text(self, shown: list, names: list[str]) -> Text:
        hint = Text("a› ", Style(bold=True))
        for n, (s, name) in enumerate(zip(shown, names, strict=True)):
            if n:
                hint.append(" in " if shown[0].code.startswith(s.code + "/") else " · top ", Style(dim=True))
            hint.append(name, Style(color=self.colours.get(s.code), underline=True))
            hint.append(f" {s.score:.2f}")
        return hint

    def say(self, message: str, error: bool = False) -> None:
        """Confirm what just happened (after it is committed) in the header line."""
        self.message = Text(message, Style(bold=True, color="red" if error else None))
        self._redraw_header()

