"""The terminal workbench: the Textual app, its screen registry, and how to start it.

`create_app(project, settings)` builds the app (tests and benchmarks drive it with
Textual's pilot); `run(project, settings)` runs it in the terminal. The screens of each
area (agreement, analysis, ...) join the "go to" menu and the command palette through
`register_screen`: each module in LAZY_SCREEN_MODULES has a `register(register_screen)`
function and is imported on first need, not at start-up.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.reactive import reactive
from textual.screen import Screen

from workbench.core.errors import WorkbenchError
from workbench.ui.keys import APP_KEYS, bindings, keymap_from_settings
from workbench.ui.suggestions import SuggestionBridge

#: Screen modules imported on first need (workbench/ui/screens/<name>.py); each has `register(register_screen)`.
LAZY_SCREEN_MODULES = ("agreement", "analysis", "retrieval", "query", "search", "memos", "cases")


@dataclass(frozen=True)
class ScreenEntry:
    """A screen reachable from anywhere: its name, menu title and how to build it."""

    name: str
    title: str
    factory: Callable[[WorkbenchApp], Screen]
    description: str = ""


SCREEN_REGISTRY: dict[str, ScreenEntry] = {}
#: One line per lazily loaded screen module that could not be loaded.
SCREEN_PROBLEMS: list[str] = []


def register_screen(name: str, title: str, factory: Callable[[WorkbenchApp], Screen],
                    description: str = "") -> None:
    """Add (or replace) a screen in the go-to menu and the command palette."""
    SCREEN_REGISTRY[name] = ScreenEntry(name, title, factory, description)


def _register_builtin_screens() -> None:
    from workbench.ui.screens.codebook import CodebookScreen
    from workbench.ui.screens.corpus import CorpusScreen
    from workbench.ui.screens.help import HelpScreen

    register_screen("corpus", "Corpus", lambda app: CorpusScreen(), "documents by participant")
    register_screen("codebook", "Codebook", lambda app: CodebookScreen(), "the code tree: add, rename, move, merge, retire")
    register_screen("help", "Help", lambda app: HelpScreen(), "every key with its fallback")


_optional_loaded = False


def ensure_screens(optional: bool = True) -> None:
    """Register the built-in screens, and the lazy ones (imported on first need, not at startup)."""
    global _optional_loaded
    if "corpus" not in SCREEN_REGISTRY:
        _register_builtin_screens()
    if optional and not _optional_loaded:
        _optional_loaded = True
        SCREEN_PROBLEMS[:] = _load_lazy_screens()


def _load_lazy_screens() -> list[str]:
    """Import the lazily loaded screen modules; returns one line per module that failed."""
    problems = []
    for name in LAZY_SCREEN_MODULES:
        try:
            importlib.import_module(f"workbench.ui.screens.{name}").register(register_screen)
        except Exception as exc:  # another area's screen must not stop the workbench
            problems.append(f"screen '{name}' is unavailable ({' '.join(str(exc).split())[:120]})")
    return problems


class WorkbenchApp(App):
    """The coding workbench over one open project."""

    #: Every stylesheet up front: reading one when its screen first opens would restyle the
    #: whole app at that moment (measurably slower to open the first document).
    CSS_PATH = ["app.tcss", "screens/corpus.tcss", "screens/coding.tcss", "screens/codebook.tcss",  # noqa: RUF012
                "dialogs/dialogs.tcss"]  # (Textual reads a plain list here)
    TITLE = "workbench"
    BINDINGS = bindings(APP_KEYS)

    coder: reactive[str] = reactive("")

    def __init__(self, project: Any, settings: Any, suggestions: SuggestionBridge | None = None,
                 document: int | str | None = None, notices: list[str] | None = None) -> None:
        super().__init__()
        self.project = project
        self.settings = settings
        self.set_reactive(WorkbenchApp.coder, settings.coder)
        self.project_label = Path(project.path).name if getattr(project, "path", None) else "(in memory)"
        if getattr(project, "read_only", False):
            self.project_label += " [read-only]"
        self.remaps, self.unknown_keys = keymap_from_settings(getattr(settings, "keys", {}) or {})
        self.suggestions = suggestions if suggestions is not None else SuggestionBridge(project, settings)
        self.start_document = document
        self.startup_notices = list(notices or [])
        self._warned_clashes: set[str] = set()
        self.theme = "textual-dark"

    def on_mount(self) -> None:
        from workbench.ui.screens.corpus import CorpusScreen

        self.push_screen(CorpusScreen())  # pushed, not the default screen, so its .tcss loads
        if self.remaps:
            self.set_keymap(self.remaps)
        if self.unknown_keys:
            self.notify(f"config [keys]: unknown action(s) {', '.join(self.unknown_keys)} (see help, ?)",
                        severity="warning")
        if getattr(self.project, "read_only", False):
            self.notify(f"opened read-only: you can read and export, but coding is not saved. "
                        f"{self.project.read_only_reason()}", severity="warning", timeout=30)
        for notice in self.startup_notices:  # e.g. the project is on a network drive
            self.notify(notice, severity="warning", timeout=15)
        if self.start_document is not None:
            self.open_document(self.start_document)
        self.screen.call_after_refresh(self._first_painted)

    def _first_painted(self) -> None:
        """The first screen is on the terminal: only now start the suggester (it competes for the CPU)."""
        self.load_suggester()
        self.verify_project()

    @work(thread=True, exclusive=True, group="verify", exit_on_error=False)
    def verify_project(self) -> None:
        """Check a large project file for damage in the background (small ones were checked on
        open); from then on the store refuses writes to a damaged file, and this says why."""
        verify = getattr(self.project, "verify", None)
        problem = verify() if verify is not None else None
        if problem:
            self.call_from_thread(self.notify, problem, severity="error", timeout=60)

    @work(thread=True, exclusive=True, group="suggester", exit_on_error=False)
    def load_suggester(self) -> None:
        """Start the suggestion service off the UI thread (its own process; spaCy takes seconds to load)."""
        self.suggestions.load()

    def on_unmount(self) -> None:
        self.suggestions.close()

    def handle_bindings_clash(self, clashed_bindings: set, node) -> None:
        """A remap in [keys] took a key another action had: say so once per action."""
        for binding in clashed_bindings:
            name = binding.id or binding.action
            if name not in self._warned_clashes:
                self._warned_clashes.add(name)
                self.notify(f"config [keys]: '{binding.key}' was also the key of {name}; the remap wins",
                            severity="warning")

    async def action_quit(self) -> None:
        """Quit once any suggestion decisions still being stored are written."""
        pending = [w for w in self.workers if w.group == "decisions" and w.is_running]
        if pending:
            await self.workers.wait_for_complete(pending)
        self.exit()

    # -- things every screen can do --------------------------------------------

    def code_colours(self, codes: list) -> dict[str, str | None]:
        """Colour per code path, in codebook order; None for all under NO_COLOR, so coded text
        keeps the terminal's own (readable) colour and is marked by underline and italics only."""
        return {c.path: None if self.no_color else c.colour for c in codes}

    def report(self, exc: Exception) -> None:
        """Show a user-caused error as one line (never a traceback)."""
        self.notify(str(exc), severity="error", timeout=6)

    def open_document(self, document: int | str, span: tuple[int, int] | None = None) -> None:
        """Open a document on the coding screen, with `span` (start, end) selected if given."""
        from workbench.ui.screens.coding import CodingScreen

        try:
            doc_id = self.project.resolve_document(document)
        except WorkbenchError as exc:
            self.report(exc)
            return
        self.push_screen(CodingScreen(doc_id, span=span))

    def show_screen(self, name: str) -> None:
        """Bring up a registered screen (the corpus is the base: go back to it)."""
        ensure_screens(optional=False)
        if name not in SCREEN_REGISTRY:
            ensure_screens()
        entry = SCREEN_REGISTRY.get(name)
        if entry is None:
            self.report(WorkbenchError(f"no screen '{name}'"))
            return
        if name == "corpus":
            while len(self.screen_stack) > 2:
                self.pop_screen()
            return
        if getattr(self.screen, "screen_name", None) == name:
            return
        self.push_screen(entry.factory(self))

    def action_screens(self) -> None:
        from workbench.ui.dialogs.choose import ChooseDialog

        ensure_screens()
        items = [(f"{e.title} — {e.description}" if e.description else e.title, e.name)
                 for e in SCREEN_REGISTRY.values()]
        self.push_screen(ChooseDialog("Go to screen", items, hint="\n".join(SCREEN_PROBLEMS)),
                         lambda name: name and self.show_screen(name))

    def action_help(self) -> None:
        """Help, starting at the keys of the screen it is called from."""
        from workbench.ui.screens.help import SCREEN_SECTIONS, HelpScreen

        if getattr(self.screen, "screen_name", None) == "help":
            return
        self.push_screen(HelpScreen(SCREEN_SECTIONS.get(getattr(self.screen, "screen_name", None))))

    def action_switch_coder(self) -> None:
        from workbench.ui.dialogs.prompt import TextPrompt

        self.push_screen(
            TextPrompt("Switch coder", value=self.coder, choices=self.project.coders(),
                       hint="Type a name (new coders are created) or pick one; enter switches."),
            self._set_coder,
        )

    def _set_coder(self, name: str | None) -> None:
        if not name or name == self.coder:
            return
        self.project.coder_id(name)
        self.coder = name
        self.notify(f"coding as {name} now")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        ensure_screens()
        for entry in SCREEN_REGISTRY.values():
            yield SystemCommand(f"Go to {entry.title}", entry.description or entry.title,
                                lambda name=entry.name: self.show_screen(name))
        yield SystemCommand("Switch coder", "Code under another name", self.action_switch_coder)


def create_app(project: Any, settings: Any, suggestions: SuggestionBridge | None = None,
               document: int | str | None = None, notices: list[str] | None = None) -> WorkbenchApp:
    """Build the workbench app on an open project (optionally opening one document).

    `notices` are warnings from opening the project, shown once the screen is up.
    """
    return WorkbenchApp(project, settings, suggestions=suggestions, document=document, notices=notices)


def run(project: Any, settings: Any, notices: list[str] | None = None) -> None:
    """Run the workbench in this terminal until the user quits."""
    create_app(project, settings, notices=notices).run()
