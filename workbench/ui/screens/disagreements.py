"""The disagreement view: passages where coders differ, side by side, settled one by one.

The team reads each passage with every coder's codes next to it, decides, and the
decision becomes the `consensus` coder's codings on that segment. Every resolution is
logged in the audit log with the coders' positions, the decision and a memo, so the
route from independent coding to the consensus version can be shown to a reviewer.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from workbench.analysis.agreement.report import default_coders, load_corpus
from workbench.analysis.agreement.passages import Passage, decided_codes, passages
from workbench.core.errors import WorkbenchError
from workbench.ui.keys import DISAGREEMENT_KEYS, bindings, key_of
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar


def passage_label(p: Passage) -> Text:
    """Two lines in the list: state, document and where; then the differing codes."""
    text = Text()
    settled = p.consensus is not None
    text.append("✓ " if settled else "• ", "green" if settled else "yellow")
    text.append(f"{p.document}", "bold")
    text.append(f" {p.start}–{p.end}", "dim")
    text.append("\n  " + ", ".join(c.rsplit("/", 1)[-1] for c in p.differing))
    return text


def passage_detail(p: Passage) -> Table:
    """The passage text over one column per coder, numbered as keys 1-9 take them (differing codes bold)."""
    grid = Table.grid(padding=(0, 2), expand=True)
    for _ in p.codes:
        grid.add_column(ratio=1, overflow="fold")
    grid.add_row(*[Text(f" {n} {coder} ", style="bold reverse") for n, coder in enumerate(p.codes, 1)])
    shared = set(p.intersection)
    grid.add_row(*[
        Text("(none)", style="dim") if not codes else
        Text.assemble(*[(c.replace("/", " / ") + "\n", "" if c in shared else "bold yellow") for c in codes])
        for codes in p.codes.values()
    ])
    outer = Table.grid(expand=True)
    outer.add_row(Text(f"{p.document}  {p.start}–{p.end}", style="dim"))
    outer.add_row(Text(p.text, style="italic"))
    outer.add_row(Text(""))
    outer.add_row(grid)
    if p.consensus is not None:
        outer.add_row(Text(""))
        outer.add_row(Text("consensus: " + (", ".join(p.consensus) or "(no code)"), style="green"))
    return outer


class DisagreementsScreen(Screen):
    """Left: the passages; right: the highlighted one, each coder's codes side by side."""

    BINDINGS = bindings(DISAGREEMENT_KEYS)
    screen_name = "disagreements"
    DEFAULT_CSS = """
    DisagreementsScreen Horizontal { height: 1fr; }
    DisagreementsScreen #passages { width: 40%; min-width: 28; text-wrap: nowrap; text-overflow: ellipsis; }
    DisagreementsScreen #detail-box { width: 1fr; padding: 0 1; }
    DisagreementsScreen #status { height: 1; background: $boost; }
    """

    def __init__(self, coders: list[str] | None = None, code: str | None = None) -> None:
        super().__init__()
        self.coders = coders or None
        self.code = code
        self.only_unresolved = False
        self.items: list[Passage] = []

    def compose(self) -> ComposeResult:
        yield TopBar("Disagreements")
        yield Static("", id="status")
        with Horizontal():
            yield OptionList(id="passages")
            with VerticalScroll(id="detail-box"):
                yield Static("", id="detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(OptionList).focus()

    def reload(self, keep: tuple[int, int, int] | None = None) -> None:
        """Find the passages again (after a resolution, or a change of filter)."""
        project = self.app.project
        corpus = load_corpus(project)
        if self.coders is None:
            self.coders = default_coders(project.coders(), corpus)
        settled = {(r["document_id"], r["start"], r["end"]) for r in project.resolutions()}
        found = passages(corpus, self.coders, self.code, settled)
        self.items = [p for p in found if not (self.only_unresolved and p.consensus is not None)]
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(passage_label(p), id=str(i)) for i, p in enumerate(self.items)])
        settled = sum(1 for p in found if p.consensus is not None)
        where = f" in {self.code}" if self.code else ""
        status = Text(no_wrap=True, overflow="ellipsis")
        status.append(f" {len(found)} passage{'' if len(found) == 1 else 's'}{where} where "
                      f"{', '.join(self.coders) or 'no coders'} differ · {settled} settled")
        if self.only_unresolved:
            status.append(" · showing only unsettled", "italic")
        self.query_one("#status", Static).update(status)
        if self.items:
            index = 0
            if keep is not None:
                later = [i for i, p in enumerate(self.items) if (p.document_id, p.start, p.end) >= keep]
                index = later[0] if later else len(self.items) - 1
            options.highlighted = index
            self.show_detail(index)
        else:
            self.query_one("#detail", Static).update(
                f"All these passages are settled ({key_of(DISAGREEMENT_KEYS, 'only_unresolved', self.app.remaps)}"
                " shows them again)." if found
                else "No passages where these coders differ.")

    def current(self) -> Passage | None:
        index = self.query_one(OptionList).highlighted
        return self.items[index] if index is not None and 0 <= index < len(self.items) else None

    def show_detail(self, index: int) -> None:
        if 0 <= index < len(self.items):
            self.query_one("#detail", Static).update(passage_detail(self.items[index]))

    @on(OptionList.OptionHighlighted)
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_detail(event.option_index)

    # -- actions ------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        options.action_cursor_down() if delta > 0 else options.action_cursor_up()

    def action_accept(self, n: int) -> None:
        p = self.current()
        if p is None:
            return
        coders = list(p.codes)
        if not 1 <= n <= len(coders):
            self.app.report(WorkbenchError(f"no coder {n} on this passage"))
            return
        self.ask_memo(p, decided_codes(p, "accept", coder=coders[n - 1]), f"accept {coders[n - 1]}")

    def action_decide(self, decision: str) -> None:
        p = self.current()
        if p is not None:
            self.ask_memo(p, decided_codes(p, decision), decision)

    def action_custom(self) -> None:
        from workbench.ui.dialogs.prompt import TextPrompt

        p = self.current()
        if p is None:
            return
        self.app.push_screen(
            TextPrompt("Consensus codes", value=", ".join(p.union),
                       hint="Comma-separated codes (paths or keys), or - for no code; enter settles."),
            lambda value: value is not None and self.ask_memo(
                p, [v.strip() for v in value.split(",") if v.strip() and v.strip() != "-"], "custom"),
        )

    def ask_memo(self, p: Passage, codes: list[str], decision: str) -> None:
        from workbench.ui.dialogs.memo import MemoDialog

        about = f"{decision}: {', '.join(codes) or '(no code)'} — why? (optional)"
        self.app.push_screen(MemoDialog(about), lambda memo: memo is not None and self.settle(p, codes, decision, memo))

    def settle(self, p: Passage, codes: list[str], decision: str, memo: str | None) -> None:
        """Write the consensus codings and log the decision (one transaction)."""
        try:
            self.app.project.resolve_passage(p.document_id, p.start, p.end, codes, self.app.coder, decision,
                                             memo or None, positions=p.codes)
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        self.app.notify(f"settled: {decision} ({', '.join(codes) or 'no code'})")
        self.reload(keep=(p.document_id, p.start + 1, p.end))

    def action_toggle_unresolved(self) -> None:
        self.only_unresolved = not self.only_unresolved
        self.reload()

    def action_back(self) -> None:
        self.app.pop_screen()
