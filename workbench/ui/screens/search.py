"""The search screen: full-text search over every transcript, hits listed in their context.

It asks the project's FTS5 index (`Project.search`), so the syntax is the same as
`workbench search`: words, "a phrase", prefix*, OR, NOT. Each hit shows its document,
the speaker's label and role, the wave and the sentence with the match marked (a phrase
whole; `«…»` and `“…”` typed for quotes make a phrase too); `enter` opens the transcript at
that sentence with every matched word or phrase of the hit highlighted (the coding screen's find).
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from workbench.analysis.quotes import ROLE_LABELS, WAVE_LABELS
from workbench.core.errors import WorkbenchError
from workbench.core.wording import plural
from workbench.ui.keys import SEARCH_KEYS, bindings
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar

LIMIT = 500


def marked_text(context: str, marks: list[list[int]]) -> Text:
    """A hit's context with its matches (each [start, end) in it) in bold reverse. The marks
    come from the store beside the text, so a transcript's own «quotes» stay plain text."""
    text = Text()
    pos = 0
    for start, end in marks:
        text.append(context[pos:start])
        text.append(context[start:end], "bold reverse")
        pos = end
    text.append(context[pos:])
    return text


def matched_words(hit: dict) -> list[str]:
    """The distinct stretches a hit matched (a phrase whole, `"jeg har" sendt` both parts), in order."""
    context = hit["context_text"]
    seen: dict[str, None] = {}
    for start, end in hit["context_marks"]:
        seen.setdefault(" ".join(context[start:end].split()), None)
    return list(seen)


class SearchScreen(Screen):
    """Type a search, read the hits, open one."""

    BINDINGS = bindings(SEARCH_KEYS)
    screen_name = "search"
    DEFAULT_CSS = """
    SearchScreen #search { height: 3; }
    SearchScreen #settings { height: 1; background: $boost; }
    SearchScreen #hits { height: 1fr; }
    """

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.query_text = query
        self.hits: list[dict] = []

    def compose(self) -> ComposeResult:
        yield TopBar("Search")
        yield Input(self.query_text, placeholder='words, "a phrase", prefix*, OR, NOT; enter searches', id="search")
        yield Static(" type a search and press enter", id="settings")
        yield OptionList(id="hits")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.query_text:
            self.run_search(self.query_text)

    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        self.run_search(event.value)

    def run_search(self, query: str) -> None:
        """Search and list the hits (an invalid query is one line, the old hits stay)."""
        project = self.app.project
        try:
            hits = project.search(query, limit=LIMIT)
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        self.query_text = query
        self.hits = hits
        docs = {d["id"]: d for d in project.documents()}
        # Who said it: the speaker of the hit's turn (a group interview has several), as the map resolves it.
        speakers = project.resolved_speakers({h["document_id"] for h in hits})
        options = self.query_one(OptionList)
        options.clear_options()
        items: list[Option | None] = []
        for hit in hits:
            doc = docs.get(hit["document_id"], {})
            speaker = speakers.get(hit["document_id"], {}).get(hit.get("speaker"))
            who = ROLE_LABELS.get(speaker.role or "", speaker.role) if speaker is not None and speaker.role else None
            text = Text()
            text.append(hit["document"], "bold")
            label = hit.get("speaker")
            if label and who and label.casefold() == who.casefold():
                label = None  # "Mentee: ..." said by a mentee: the role says it all
            meta = " · ".join(str(v) for v in (label, who, WAVE_LABELS.get(doc.get("wave") or "")) if v)
            if meta:
                text.append(f"  {meta}", "dim")
            text.append("\n")
            context = "".join(" " if c.isspace() else c for c in hit["context_text"])  # one line, same offsets
            text.append_text(marked_text(context, hit["context_marks"]))
            items += [Option(text), None]
        options.add_options(items[:-1])
        documents = len({h["document_id"] for h in hits})
        more = f" (the first {LIMIT})" if len(hits) >= LIMIT else ""
        self.query_one("#settings", Static).update(
            Text(f" {plural(len(hits), 'hit')}{more} in {plural(documents, 'document')} for {query}",
                 no_wrap=True, overflow="ellipsis"))
        if hits:
            options.highlighted = 0
            options.focus()

    def action_focus_filter(self) -> None:
        self.query_one(Input).focus()

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        options.focus()
        options.action_cursor_down() if delta > 0 else options.action_cursor_up()

    @on(OptionList.OptionSelected)
    def _selected(self, _event: OptionList.OptionSelected) -> None:
        self.action_open_hit()

    def action_open_hit(self) -> None:
        """Open the hit's transcript at its sentence, the matched words highlighted."""
        from workbench.ui.screens.coding import CodingScreen

        index = self.query_one(OptionList).highlighted
        if index is None or not self.hits:
            return
        hit = self.hits[index]
        screen = CodingScreen(hit["document_id"], span=(hit["segment_start"], hit["segment_end"]))
        screen.initial_find = matched_words(hit) or None
        self.app.push_screen(screen)

    def action_back(self) -> None:
        self.app.pop_screen()


def register(register_screen) -> None:
    """Add the search screen to the go-to menu and the command palette."""
    register_screen("search", "Search", lambda app: SearchScreen(),
                    "full-text search over every transcript; open at a hit")
