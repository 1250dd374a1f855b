"""The memos browser: the project journal and every memo on a document, a code or a coding.

Researchers write memos as they go and need them back when they write up. Here they
are in one list, newest changes first, narrowed by kind (`t`) or by typing words (`/`);
`enter` reads and edits one, `n` writes a new one (project journal, a document or a
code). Every change is one audited transaction in the project; an emptied memo is
deleted (a coding's memo is cleared), and the audit log keeps the old text.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.codebook import assign_colours
from workbench.core.errors import WorkbenchError
from workbench.core.wording import plural
from workbench.ui.keys import MEMOS_KEYS, bindings
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.keybar import KeyBar

KINDS = ("all", "project", "document", "code", "coding")


@dataclass
class MemoRow:
    """One memo as the browser lists it."""

    kind: str  # project, document, code or coding
    id: int  # memo id, or coding id for a coding's memo
    about: str
    coder: str
    when: str
    text: str
    document_id: int | None = None
    span: tuple[int, int] | None = None  # a coding memo's coded span

    def matches(self, words: str) -> bool:
        """Whether every typed word occurs in the memo, what it is about or who wrote it."""
        haystack = f"{self.text} {self.about} {self.coder}".casefold()
        return all(w in haystack for w in words.casefold().split())


def memo_rows(project) -> list[MemoRow]:
    """Every memo of the project, the most recently changed first."""
    rows = []
    for m in project.memos():
        kind = "document" if m["document"] else "code" if m["code"] else "project"
        about = " · ".join(v for v in (m["document"], m["code"]) if v) or "project journal"
        if m.get("title"):
            about += f" — {m['title']}"
        rows.append(MemoRow(kind, m["id"], about, m["coder"] or "?", m["updated"], m["text"],
                            project.resolve_document(m["document"]) if m["document"] else None))
    for c in project.coding_memos():
        excerpt = " ".join(c["text"].split())
        excerpt = excerpt if len(excerpt) <= 50 else excerpt[:49] + "…"
        rows.append(MemoRow("coding", c["id"], f"{c['document']} · {c['code']} · «{excerpt}»", c["coder"],
                            c["created"], c["memo"], c["document_id"], (c["start"], c["end"])))
    return sorted(rows, key=lambda r: r.when, reverse=True)


class MemosScreen(Screen):
    """Read, write and search memos."""

    BINDINGS = bindings(MEMOS_KEYS)
    screen_name = "memos"
    DEFAULT_CSS = """
    MemosScreen #memo-search { height: 3; }
    MemosScreen #settings { height: 1; background: $boost; }
    MemosScreen #memos { height: 1fr; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.kind = "all"
        self.rows: list[MemoRow] = []
        self.shown: list[MemoRow] = []

    def compose(self) -> ComposeResult:
        yield TopBar("Memos")
        yield Input(placeholder="/ then words narrow the memos", id="memo-search")
        yield Static("", id="settings")
        yield OptionList(id="memos")
        yield KeyBar()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(OptionList).focus()

    def reload(self) -> None:
        self.rows = memo_rows(self.app.project)
        self.redraw()

    def redraw(self) -> None:
        words = self.query_one(Input).value
        self.shown = [r for r in self.rows if (self.kind == "all" or r.kind == self.kind) and r.matches(words)]
        options = self.query_one(OptionList)
        keep = options.highlighted
        options.clear_options()
        items: list[Option | None] = []
        for r in self.shown:
            text = Text()
            text.append(f"{r.kind}  ", "bold")
            text.append(r.about, "bold")
            text.append(f"  {r.coder} · {r.when[:16].replace('T', ' ')}\n", "dim")
            text.append(r.text.strip())
            items += [Option(text), None]
        options.add_options(items[:-1])
        if self.shown:
            options.highlighted = min(keep or 0, len(self.shown) - 1)
        kind = "all kinds" if self.kind == "all" else f"{self.kind} memos"
        found = f"{len(self.shown)} of {plural(len(self.rows), 'memo')}" if words or self.kind != "all" \
            else plural(len(self.rows), "memo")
        self.query_one("#settings", Static).update(
            Text(f" {found} · {kind}" + (f" · matching '{words}'" if words else ""), no_wrap=True,
                 overflow="ellipsis"))

    @on(Input.Changed, "#memo-search")
    def _typed(self, _event: Input.Changed) -> None:
        self.redraw()

    @on(Input.Submitted, "#memo-search")
    def _searched(self, _event: Input.Submitted) -> None:
        self.query_one(OptionList).focus()

    def action_focus_filter(self) -> None:
        self.query_one(Input).focus()

    def action_next_kind(self) -> None:
        self.kind = KINDS[(KINDS.index(self.kind) + 1) % len(KINDS)]
        self.redraw()

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        options.focus()
        options.action_cursor_down() if delta > 0 else options.action_cursor_up()

    def current(self) -> MemoRow | None:
        index = self.query_one(OptionList).highlighted
        return self.shown[index] if index is not None and 0 <= index < len(self.shown) else None

    def action_open_memo(self) -> None:
        """Open the transcript the memo is about, at the coding for a coding's memo."""
        row = self.current()
        if row is None or row.document_id is None:
            self.app.notify("this memo is not about a document or a coding", severity="warning")
            return
        self.app.open_document(row.document_id, span=row.span)

    # -- writing ------------------------------------------------------------------------

    @on(OptionList.OptionSelected)
    def _selected(self, _event: OptionList.OptionSelected) -> None:
        self.action_edit_memo()

    def action_edit_memo(self) -> None:
        from workbench.ui.dialogs.memo import MemoDialog

        row = self.current()
        if row is None:
            self.app.notify("no memo here; n writes one", severity="warning")
            return
        self.app.push_screen(MemoDialog(f"{row.kind} memo: {row.about}", row.text),
                             lambda text: self._edited(row, text))

    def _edited(self, row: MemoRow, text: str | None) -> None:
        if text is None or text == row.text.strip():
            return
        project, coder = self.app.project, self.app.coder
        try:
            if row.kind == "coding":
                project.update_coding(row.id, coder, memo=text)
            elif text:
                project.update_memo(row.id, text, coder)
            else:
                project.delete_memo(row.id, coder)
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        self.app.notify("✓ memo saved" if text else "✓ memo deleted")
        self.reload()

    def action_new_memo(self) -> None:
        from workbench.ui.dialogs.choose import ChooseDialog

        items = [("Project journal", "project"), ("About a document", "document"), ("About a code", "code")]
        self.app.push_screen(ChooseDialog("New memo", items), self._new_kind)

    def _new_kind(self, kind: str | None) -> None:
        from workbench.ui.dialogs.choose import ChooseDialog
        from workbench.ui.dialogs.code_picker import CodePicker

        if kind == "project":
            self._write_new("the project journal", {})
        elif kind == "document":
            items = [(d["name"], d["id"]) for d in self.app.project.documents()]
            self.app.push_screen(ChooseDialog("Memo about which document", items),
                                 lambda doc: doc and self._write_new(f"document {self._doc_name(doc)}",
                                                                     {"document": doc}))
        elif kind == "code":
            codes = assign_colours(self.app.project.codes())
            self.app.push_screen(CodePicker(codes, self.app.code_colours(codes), title="Memo about which code"),
                                 lambda path: path and self._write_new(f"code {path}", {"code": path}))

    def _doc_name(self, doc_id: int) -> str:
        return next((d["name"] for d in self.app.project.documents() if d["id"] == doc_id), str(doc_id))

    def _write_new(self, about: str, target: dict) -> None:
        from workbench.ui.dialogs.memo import MemoDialog

        self.app.push_screen(MemoDialog(f"New memo on {about}"), lambda text: self._add(text, target))

    def _add(self, text: str | None, target: dict) -> None:
        if not text:
            return
        try:
            self.app.project.add_memo(text, self.app.coder, **target)
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        self.app.notify("✓ memo written")
        self.reload()

    def action_back(self) -> None:
        self.app.pop_screen()


def register(register_screen) -> None:
    """Add the memos browser to the go-to menu and the command palette."""
    register_screen("memos", "Memos", lambda app: MemosScreen(), "project journal and memos: read, write, search")
