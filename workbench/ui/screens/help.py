"""Help: every key of every screen, with its fallback and the name to remap it by.

Above the keys, the suggester's status in full (the spaCy pipeline, fallback or full, and
the model): the coding screen's side panel is too narrow for it and gives a short form.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from workbench.ui.keys import ALL_KEYS, HELP_KEYS, KeySpec, bindings, effective_keys, key_label
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import HELP_ACTION, KeyBar

INTRO = (
    "Keys can be remapped in the config file's [keys] table by the name in the last column "
    "(undo = \"z\"); the fallback by the name with _alt (undo_alt = \"f12\"). Number keys 1-9 apply "
    "the codes shown in the strip above the key bar; their fallback is the code picker (c or /). "
    "A name that appears under several screens is one setting: remapping it changes it on each."
)


def key_table(title: str, specs: tuple[KeySpec, ...], remaps: dict[str, str]) -> Table:
    """One section of the help: key, fallback, description, config name."""
    table = Table(title=title, title_justify="left", title_style="bold", expand=True, show_edge=False,
                  box=None, padding=(0, 1))
    table.add_column("key", no_wrap=True, style="bold")
    table.add_column("fallback", no_wrap=True)
    table.add_column("what it does", ratio=1)
    table.add_column("config name", no_wrap=True, style="dim")
    for spec in specs:
        key, fallback = effective_keys(spec, remaps)
        table.add_row(key_label(key), key_label(fallback) or spec.fallback_hint or "", spec.description, spec.name)
    return table


#: The help section of each screen (by `screen_name`), where help opens when called from it.
SCREEN_SECTIONS = {
    "corpus": "Corpus", "coding": "Coding", "codebook": "Codebook", "compare": "Baseline | end-point",
    "agreement": "Agreement", "disagreements": "Disagreements", "analysis": "Analysis",
    "quotes": "Analysis › quotes", "retrieval": "Retrieval", "query": "Coding query",
    "search": "Search", "memos": "Memos", "cases": "Cases and attributes",
}


def section_order(section: str | None) -> list[tuple[str, tuple[KeySpec, ...]]]:
    """The help's sections: the calling screen's first (marked), then the rest in table order."""
    first = [(f"{title} (this screen)", specs) for title, specs in ALL_KEYS if title == section]
    return first + [(title, specs) for title, specs in ALL_KEYS if title != section]


class HelpScreen(Screen):
    """Every binding with its description and fallback, as remapped by the user; opened from a
    screen, that screen's keys come first."""

    BINDINGS = bindings(HELP_KEYS)
    screen_name = "help"
    AUTO_FOCUS = "VerticalScroll"
    DEFAULT_CSS = """
    HelpScreen VerticalScroll { height: 1fr; padding: 0 1; }
    HelpScreen .section { margin-bottom: 1; }
    """

    def __init__(self, section: str | None = None) -> None:
        super().__init__()
        self.section = section

    def compose(self) -> ComposeResult:
        yield TopBar("Help")
        with VerticalScroll():
            suggester = getattr(self.app, "suggestions", None)
            if suggester is not None:
                status = Text("Suggester: ", style="bold")
                status.append(suggester.status, "")
                yield Static(status, id="suggester-status", classes="section")
            remaps = getattr(self.app, "remaps", {})
            sections = section_order(self.section)
            intro_at = 1 if self.section in SCREEN_SECTIONS.values() else 0  # after this screen's keys
            for n, (title, specs) in enumerate(sections):
                if n == intro_at:
                    yield Static(Text(INTRO, style="italic"), classes="section")
                yield Static(key_table(title, specs, remaps), id=f"section-{n}", classes="section")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def keybar_entry(self, binding) -> bool | None:
        """The help key does nothing here, so the key bar leaves it out."""
        return False if binding.action == HELP_ACTION else None

    def action_scroll(self, delta: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=delta * 3, animate=False)

    def action_back(self) -> None:
        self.app.pop_screen()
