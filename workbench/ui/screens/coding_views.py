"""The coding screen's view keys: which codings the transcript shows, and coding stripes.

Split from coding.py to keep that file readable; `ViewsMixin` only works mixed into
`CodingScreen`. `t` ticks the codes (with their sub-codes) and coders whose codings are
drawn; `y` ticks the codes that get a stripe column in the margin, a bar on each line
coded with them. Neither changes the project: they are ways of reading it.
"""

from __future__ import annotations

from workbench.ui.widgets.transcript import Transcript


class ViewsMixin:
    """Filter and stripe actions for CodingScreen."""

    def action_show_filter(self) -> None:
        """Tick the codes and coders whose codings the transcript shows (none ticked: all)."""
        from workbench.ui.dialogs.pick_many import PickManyDialog

        session = self.session
        codes = [(f"{'  ' * c.depth}{c.label}  {c.path}", c.path) for c in self.all_codes if not c.retired]
        coders = [(name, name) for name in sorted(self.app.project.coders())]
        sections = [("Codes, with their sub-codes (none ticked: every code)", codes, set(session.show_codes or ())),
                    ("Coders (none ticked: every coder)", coders, set(session.show_coders or ()))]
        self.app.push_screen(PickManyDialog("Show the codings of", sections), self._filter_chosen)

    def _filter_chosen(self, answer: list | None) -> None:
        if answer is None:
            return
        codes, coders = answer
        self.session.show_codes = frozenset(codes) or None
        self.session.show_coders = frozenset(coders) or None
        self.reload_codings()
        shown = self.session.filter_text()
        self.say(f"showing only {shown}" if shown else "showing every code and coder")

    def action_stripes(self) -> None:
        """Tick the codes that get a stripe column in the margin."""
        from workbench.ui.dialogs.pick_many import PickManyDialog

        transcript = self.query_one(Transcript)
        codes = [(f"{'  ' * c.depth}{c.label}  {c.path}", c.path) for c in self.all_codes if not c.retired]
        sections = [("Codes with a stripe (a bar on each line coded with it or a sub-code)", codes,
                     set(transcript.stripes))]
        self.app.push_screen(PickManyDialog("Coding stripes", sections), self._stripes_chosen)

    def _stripes_chosen(self, answer: list | None) -> None:
        if answer is None:
            return
        order = [c.path for c in self.all_codes]
        chosen = sorted(answer[0], key=order.index)
        self.query_one(Transcript).set_stripes(chosen)
        self.say(f"stripes for {', '.join(self._label(c) for c in chosen)}" if chosen else "no stripes")
