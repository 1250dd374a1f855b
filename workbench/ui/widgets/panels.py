"""The coding screen's side panel: the codes at hand with their rules, and suggestions.

While coding, a researcher must see what each number key applies and how the code is
defined (when to use it, when not), and what the suggester proposes for the current
segment and why. Each is a plain text block redrawn only when its input changes; the
suggestions come before the code's rules, so that at 80x24 they (and the note on their
order, just under their title) are in view.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from workbench.core.models import Code
from workbench.core.wording import SUGGESTION_ORDER_NOTE, out_of_score_order
from workbench.ui.layout import abbreviate
from workbench.nlp.status import short_status
from workbench.ui.suggestions import Suggestion, outscoring


class CodebookPanel(Static):
    """Numbered codes of the current level with counts."""

    DEFAULT_CSS = """
    CodebookPanel { height: auto; padding: 0 1; }
    """

    def show(self, level: str | None, codes: list[Code], counts: dict[str, int],
             colours: dict[str, str | None]) -> None:
        text = Text()
        text.append(f"Codes · {level or 'top level'}\n", Style(bold=True))
        for n, code in enumerate(codes, 1):
            text.append(f"{n} ", Style(bold=True))
            text.append(abbreviate(code.path).ljust(7), Style(color=colours.get(code.path), underline=True))
            text.append(f"{code.label} ")
            text.append(f"({subtree_count(counts, code.path)})\n", Style(dim=True))
        if not codes:
            text.append("no codes here\n", Style(italic=True))
        text.rstrip()  # the panels' margins space them; a last empty line wastes a row at 80x24
        self.update(text)


class CodeRulesPanel(Static):
    """The focused code's definition and rules. Below the suggestions: at 80x24 these long lines
    pushed the suggestions, and the note on their order, out of view."""

    DEFAULT_CSS = """
    CodeRulesPanel { height: auto; padding: 0 1; margin-top: 1; }
    """

    def show(self, focus: Code | None, colours: dict[str, str | None]) -> None:
        self.display = focus is not None
        if focus is None:
            return
        text = Text()
        text.append(f"{focus.label}", Style(bold=True, color=colours.get(focus.path)))
        text.append(f"  {focus.path}\n", Style(dim=True))
        for title, body in (("", focus.definition), ("Use when: ", focus.when_to_use),
                            ("Not when: ", focus.when_not_to_use)):
            if body:
                text.append(title, Style(bold=True))
                text.append(" ".join(body.split()) + "\n")
        text.rstrip()  # the panels' margins space them; a last empty line wastes a row at 80x24
        self.update(text)


def subtree_count(counts: dict[str, int], path: str) -> int:
    """Codings of a code and all its sub-codes."""
    prefix = path + "/"
    return sum(n for p, n in counts.items() if p == path or p.startswith(prefix))


#: Shown when the list is not in score order, saying why.
ORDER_NOTE = SUGGESTION_ORDER_NOTE


class SuggestionsPanel(Static):
    """Suggested codes for the selection: score and reasons, or why there are none.

    The title names the suggester's status: in full when it fits on the title's row, else in the
    longest short form that does (`Suggestions · spaCy fallback`), which still says which spaCy
    pipeline is active; the whole line then comes last, below the suggestions (and in the help
    screen). In the title it wrapped over four rows of a 36-column panel, which at 80x24 left
    the suggestions a few."""

    DEFAULT_CSS = """
    SuggestionsPanel { height: auto; padding: 0 1; }
    """

    _shown: tuple | None = None

    def show(self, status: str, suggestions: list[Suggestion] | None, colours: dict[str, str | None],
             labels: dict[str, str], ready: bool = True, note: str | None = None) -> None:
        """Draw the list; `note` (one line) says why there is none to give, in place of the list."""
        self._shown = (status, suggestions, colours, labels, ready, note)
        text = Text()
        text.append("Suggestions", Style(bold=True))
        title = self.title_status(status)
        text.append(f" · {title}\n", Style(dim=True))
        if note is None and ready and out_of_score_order([s.score for s in suggestions or []]):
            text.append(ORDER_NOTE + "\n", Style(dim=True, italic=True))  # first: the reasons run long
        if note is not None:
            text.append(note + "\n", Style(italic=True))
            suggestions = []
        elif not ready:
            pass
        elif suggestions is None:
            text.append("…\n", Style(dim=True))
        elif not suggestions:
            text.append("none for this selection\n", Style(italic=True))
        best = outscoring(suggestions or [])
        for i, s in enumerate(suggestions or []):
            mark = "a›" if i == 0 else "  "
            text.append(f"{mark} ", Style(bold=True))
            text.append(f"{s.score:.2f} ", Style(bold=i == 0))
            text.append(labels.get(s.code, s.code), Style(color=colours.get(s.code), underline=True))
            if i == 0 and best is not None:  # as the header says it: the higher score `n` judged by
                where = "in" if s.code.startswith(best.code + "/") else "· top"
                text.append(f" {where} {labels.get(best.code, best.code)} {best.score:.2f}", Style(dim=True))
            text.append("\n")
            if s.why:
                text.append("   " + "; ".join(s.why)[:160] + "\n", Style(dim=True))
        if title != status:  # the title gave a short form: the whole line last, out of the list's way
            text.append(f"suggester: {status}\n", Style(dim=True, italic=True))
        text.rstrip()  # the panels' margins space them; a last empty line wastes a row at 80x24
        self.update(text)

    def title_status(self, status: str) -> str:
        """The status as the title gives it: the longest form that fits the title's row."""
        room = self.content_region.width - len("Suggestions · ")
        forms = [status, *short_status(status)]
        if self.content_region.width <= 0:  # not laid out yet: the shortest, until it is
            return forms[-1]
        return next((form for form in forms if cell_len(form) <= room), forms[-1])

    def on_resize(self) -> None:
        if self._shown is not None:
            self.show(*self._shown)
