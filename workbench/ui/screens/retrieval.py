"""The retrieval screen: every passage coded with one code (and its sub-codes), across documents.

The researcher picks a code (`c`), narrows the list with filters (`f`: wave, role,
programme, coder, participant attribute), reads the sentences around a passage (`t`),
recodes or uncodes their own coding of it (`r`, `x`, `u` undoes), opens the transcript
there (`enter`) and sends the list to a report (`p`).
"""

from __future__ import annotations

from workbench.analysis.quotes import Quote, find_quotes
from workbench.core.codebook import assign_colours
from workbench.ui.keys import RETRIEVAL_KEYS, bindings
from workbench.ui.screens.passages import PassageListScreen


class RetrievalScreen(PassageListScreen):
    """The passages of one code and its sub-codes, filtered."""

    BINDINGS = bindings(RETRIEVAL_KEYS)
    screen_name = "retrieval"
    place = "Retrieval"

    def __init__(self, code: str | None = None) -> None:
        super().__init__()
        self.code = code

    def start(self) -> None:
        if self.code is None:
            self.redraw()
            self.action_choose_code()
        else:
            self.reload()

    def ready(self) -> bool:
        return self.code is not None

    def heading(self) -> str:
        if self.code is None:
            return "no code chosen (c)"
        return f"{self.labels.get(self.code, self.code)} ({self.code}, with sub-codes)"

    def report_name(self) -> str:
        return f"{(self.code or 'passages').replace('/', '-')}.md"

    def report_title(self) -> str:
        return f"Sitater: {self.labels.get(self.code or '', self.code)}"

    def fetch(self) -> list[Quote]:
        flt = self.quote_filter([self.code])
        return [] if flt is None else find_quotes(self.app.project, flt)

    def action_choose_code(self) -> None:
        from workbench.ui.dialogs.code_picker import CodePicker

        codes = assign_colours(self.app.project.codes())
        self.app.push_screen(CodePicker(codes, self.app.code_colours(codes), title="Retrieve the passages of"),
                             self._chosen)

    def _chosen(self, path: str | None) -> None:
        if path:
            self.code = path
            self.expanded.clear()
            self.reload()


def register(register_screen) -> None:
    """Add the retrieval screen to the go-to menu and the command palette."""
    register_screen("retrieval", "Retrieval", lambda app: RetrievalScreen(),
                    "every passage of a code; filter, recode, report")
