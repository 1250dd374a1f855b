"""Find in the open transcript: every match highlighted, the cursor stepping from one to the next.

Kept apart from the coding screen's module so that screen stays about coding. The
cursor moves to the segment holding the match, so a code key applied next codes the
sentence the word was found in, as researchers code by segment.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from workbench.core.text import find_spans
from workbench.ui.keys import CODING_KEYS, keys_hint
from workbench.ui.widgets.transcript import Transcript


class FindMixin:
    """Screen actions `find`, `find_next` and `find_previous` for the coding screen."""

    find_text: str = ""
    find_said: str = ""  # the needles as the messages name them: 'jeg har', 'sendt'
    found: list[tuple[int, int]] = []  # noqa: RUF012 (replaced by each search, never changed in place)
    found_at: int | None = None  # index into `found` of the match the cursor is on
    #: Set before the screen is shown (by the search screen) to open with these matches highlighted:
    #: a word or phrase, or several (what one search hit matched: `"jeg har" sendt` is two).
    initial_find: str | list[str] | None = None

    def on_mount(self) -> None:
        """Runs after the coding screen's own on_mount (Textual calls each class's handler)."""
        if self.initial_find:
            self._find_entered(self.initial_find)

    def action_find(self) -> None:
        from workbench.ui.dialogs.prompt import TextPrompt

        remaps = getattr(self.app, "remaps", {})
        step = {spec.name: keys_hint(spec, remaps) for spec in CODING_KEYS if spec.name.startswith("find_")}
        self.app.push_screen(
            TextPrompt("Find in this transcript", value=self.find_text,
                       hint=f"Letter case is ignored. Then {step['find_next']}: next match, "
                            f"{step['find_previous']}: previous."),
            self._find_entered)

    def _find_entered(self, text: str | list[str] | None) -> None:
        if not text:
            return
        needles = [text] if isinstance(text, str) else text
        self.find_text = needles[0]
        self.find_said = ", ".join(f"'{n}'" for n in needles)
        document = self.session.document.text
        self.found = _merged([span for needle in needles for span in find_spans(document, needle)])
        self.found_at = None
        self.query_one(Transcript).set_found(self.found)
        if not self.found:
            self.say(f"{self.find_said} is not in this transcript", error=True)
            return
        self.action_find_step(1, here=True)

    def action_find_step(self, delta: int, here: bool = False) -> None:
        """Move to the next (delta 1) or previous (-1) match, wrapping round; `here` allows the current segment."""
        if not self.found:
            self.say("nothing found yet: f (or ctrl+f) finds", error=True)
            return
        sel = self.session.selection()
        starts = [a for a, _b in self.found]
        if self.found_at is not None and not here:
            index = (self.found_at + delta) % len(self.found)
        elif delta > 0:
            index = bisect_left(starts, sel.start if here else sel.end) % len(self.found)
        else:
            index = (bisect_right(starts, sel.start) - 1) % len(self.found)
        self.found_at = index
        start, _end = self.found[index]
        self._moved(lambda: self.session.go_to(self.session.segment_at(start)))
        self.say(f"match {index + 1} of {len(self.found)} for {self.find_said}")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in text order with overlapping ones joined (`jeg` inside `jeg har` is one match)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
