"""The codebook screen: the code tree with counts and rules, and the edits a team makes.

Codes are added, renamed, moved and merged here as the team's understanding grows.
Retiring a code that is in use asks first; its codings stay stored and come back
when the code is restored.
"""

from __future__ import annotations

from typing import Any
from collections.abc import Callable

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static, Tree

from workbench.core.codebook import assign_colours
from workbench.core.errors import WorkbenchError
from workbench.core.models import Code
from workbench.core.wording import plural
from workbench.ui.keys import CODEBOOK_KEYS, bindings
from workbench.ui.widgets.bars import TopBar
from workbench.ui.widgets.code_tree import CodeLine, CodeTree
from workbench.ui.widgets.keybar import KeyBar
from workbench.ui.widgets.panels import subtree_count


def describe_code(code: Code, counts: dict[str, int], colour: str | None) -> Text:
    """The details pane: label, path, counts, definition, rules and examples."""
    text = Text()
    text.append(code.label, Style(bold=True, color=colour, underline=True))
    if code.label_en:
        text.append(f"  ({code.label_en})", Style(dim=True))
    text.append(f"\n{code.path}", Style(dim=True))
    own, total = counts.get(code.path, 0), subtree_count(counts, code.path)
    text.append(f"\n{plural(own, 'coding')} of this code" + (f", {total} with its sub-codes" if total != own else ""))
    if code.retired:
        text.append("\nretired: hidden from coding; its codings are kept (d restores)", Style(italic=True))
    for title, body in (("Definition", code.definition), ("Use when", code.when_to_use),
                        ("Do not use when", code.when_not_to_use)):
        if body:
            text.append(f"\n\n{title}\n", Style(bold=True))
            text.append(" ".join(body.split()))
    if code.examples:
        text.append("\n\nExamples\n", Style(bold=True))
        for example in code.examples:
            text.append(f"  “{' '.join(str(example).split())}”\n", Style(italic=True))
    if code.keywords:
        text.append("\nKeywords: ", Style(bold=True))
        text.append(", ".join(str(k) for k in code.keywords))
    return text


class CodebookScreen(Screen):
    """The code tree on the left, the highlighted code's details on the right."""

    CSS_PATH = "codebook.tcss"
    BINDINGS = bindings(CODEBOOK_KEYS)
    screen_name = "codebook"
    AUTO_FOCUS = "#tree"

    def __init__(self) -> None:
        super().__init__()
        self.codes: list[Code] = []
        self.counts: dict[str, int] = {}  # shown: only the blind coder's codings when opened from blind coding
        self.totals: dict[str, int] = {}  # every coder's: what a merge or retirement touches
        self.show_retired = False

    def compose(self) -> ComposeResult:
        yield TopBar("Codebook")
        with Horizontal():
            yield CodeTree("Codebook", id="tree")
            with VerticalScroll(id="details"):
                yield Static("", id="about")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(Tree).show_root = False
        self.reload()
        self.query_one(Tree).focus()

    @property
    def coder(self) -> str:
        return self.app.coder

    def blind_coder(self) -> str | None:
        """The coder of a blind coding session this screen was opened from (its counts must stay theirs)."""
        for screen in reversed(self.app.screen_stack):
            session = getattr(screen, "session", None)
            if session is not None and getattr(session, "blind", False):
                return str(session.coder)
        return None

    def reload(self, select: str | None = None) -> None:
        """Rebuild the tree from the store, keeping (or moving to) the highlighted code."""
        project = self.app.project
        tree = self.query_one(CodeTree)
        select = select or self.highlighted_path()
        self.codes = assign_colours(project.codes(include_retired=self.show_retired))
        self.totals = project.code_counts()
        blind = self.blind_coder()
        self.counts = self.totals if blind is None else project.code_counts(coder=blind)
        self.query_one(TopBar).set_place("Codebook", ["blind"] if blind else [])
        tree.clear()
        tree.root.expand()
        nodes = {None: tree.root}
        for code in self.codes:
            parent = nodes.get(code.parent, tree.root)
            tail = Text(f" ({subtree_count(self.counts, code.path)})")
            if code.retired:
                tail.append(" retired", Style(italic=True))
            line = CodeLine(Text("■ ", Style(color=code.colour)),
                            Text(code.label, Style(strike=code.retired, dim=code.retired)),
                            tail, Text(f"  {code.key}", Style(dim=True)))
            has_children = any(c.parent == code.path for c in self.codes)
            nodes[code.path] = tree.add_code(parent, code.path, line, has_children)
        target = nodes.get(select) if select else None
        if target is None and tree.root.children:
            target = tree.root.children[0]
        self.call_after_refresh(self._move_to, target)

    def _move_to(self, node) -> None:
        """Put the cursor on a node once the tree has laid out its lines."""
        if node is not None:
            self.query_one(Tree).move_cursor(node)
        self.describe()

    def highlighted_path(self) -> str | None:
        node = self.query_one(Tree).cursor_node
        return node.data if node is not None else None

    def highlighted(self) -> Code | None:
        path = self.highlighted_path()
        return next((c for c in self.codes if c.path == path), None)

    @on(Tree.NodeHighlighted)
    def describe(self) -> None:
        code = self.highlighted()
        about = self.query_one("#about", Static)
        if code is None:
            about.update(Text("No codes yet: press a to add one.", Style(italic=True)))
        else:
            about.update(describe_code(code, self.counts, code.colour))

    def action_cursor(self, delta: int) -> None:
        tree = self.query_one(Tree)
        tree.action_cursor_down() if delta > 0 else tree.action_cursor_up()

    def _change(self, what: Callable[[], Any], done: str, select: str | None = None) -> None:
        try:
            what()
        except WorkbenchError as exc:
            self.app.report(exc)
            return
        self.reload(select)
        self.app.notify(done)

    # -- edits --------------------------------------------------------------------

    def action_add_code(self) -> None:
        from workbench.ui.dialogs.code_form import NewCodeDialog

        def add(answer: dict | None) -> None:
            if not answer:
                return
            code = Code(answer["key"], answer["label"], parent=answer["parent"],
                        order=len([c for c in self.codes if c.parent == answer["parent"]]))
            self._change(lambda: self.app.project.add_code(code, self.coder), f"added {code.path}", code.path)

        self.app.push_screen(NewCodeDialog(self.highlighted_path(), {c.path for c in self.codes}), add)

    def action_rename_code(self) -> None:
        from workbench.ui.dialogs.prompt import TextPrompt

        code = self.highlighted()
        if code is None:
            return
        self.app.push_screen(
            TextPrompt(f"New label for {code.path}", value=code.label, hint="The key and path stay, so codings are untouched."),
            lambda label: label and self._change(
                lambda: self.app.project.rename_code(code.path, label, self.coder), f"renamed {code.path}", code.path),
        )

    def action_move_code(self) -> None:
        from workbench.ui.dialogs.code_picker import TOP_LEVEL, CodePicker

        code = self.highlighted()
        if code is None:
            return
        inside = code.path + "/"
        targets = [c for c in self.codes
                   if not c.retired and c.path != code.path and not c.path.startswith(inside) and c.path != code.parent]

        def move(target: str | None) -> None:
            if target is None:
                return
            parent = None if target == TOP_LEVEL else target
            new_path = f"{parent}/{code.key}" if parent else code.key
            self._change(lambda: self.app.project.move_code(code.path, parent, self.coder),
                         f"moved to {new_path}", new_path)

        self.app.push_screen(CodePicker(targets, self.app.code_colours(self.codes), title=f"Move {code.path} under",
                                        top_level=code.parent is not None), move)

    def action_merge_code(self) -> None:
        from workbench.ui.dialogs.code_picker import CodePicker
        from workbench.ui.dialogs.confirm import ConfirmDialog

        code = self.highlighted()
        if code is None:
            return
        choices = [c for c in self.codes if not c.retired and c.path != code.path]
        colours = self.app.code_colours(self.codes)

        def confirm(target: str | None) -> None:
            if not target:
                return
            n = self.totals.get(code.path, 0)
            self.app.push_screen(
                ConfirmDialog(f"Merge {code.path} into {target}?",
                              f"Its {plural(n, 'coding')} become {target}; {code.path} is retired."),
                lambda yes: yes and self._change(
                    lambda: self.app.project.merge_code(code.path, target, self.coder), f"merged into {target}", target),
            )

        self.app.push_screen(CodePicker(choices, colours, title=f"Merge {code.path} into"), confirm)

    def action_retire_code(self) -> None:
        from workbench.ui.dialogs.confirm import ConfirmDialog

        code = self.highlighted()
        if code is None:
            return
        project = self.app.project
        if code.retired:
            self._change(lambda: project.retire_code(code.path, self.coder, retired=False),
                         f"restored {code.path}", code.path)
            return
        used = subtree_count(self.totals, code.path)

        def retire() -> None:
            if not self.show_retired:
                self.show_retired = True  # keep the retired code in view so it can be restored
            self._change(lambda: project.retire_code(code.path, self.coder), f"retired {code.path}", code.path)

        if used:
            self.app.push_screen(
                ConfirmDialog(f"Retire {code.path}? It is used {plural(used, 'time')}.",
                              "The codings stay stored and come back when you restore the code (d again)."),
                lambda yes: yes and retire(),
            )
        else:
            retire()

    def action_show_retired(self) -> None:
        self.show_retired = not self.show_retired
        self.reload()

    def action_back(self) -> None:
        self.app.pop_screen()
