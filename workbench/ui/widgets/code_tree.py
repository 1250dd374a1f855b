"""The codebook screen's tree of codes, with each line fitted to the tree's width.

A long label ("Tillit som vilkår for å dele nettverk") ran past the right edge at 80
columns, taking its count with it, and the only way to read it was to scroll the tree
sideways. Each line now fits: short of room the dim key goes first, then the label is
shortened with an ellipsis, so the count stays in view; the details pane beside the tree
gives the highlighted code's label in full.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode


@dataclass(frozen=True)
class CodeLine:
    """One code's line in parts: the colour mark, the label, what must stay (count, retired), the key."""

    mark: Text
    label: Text
    tail: Text
    key: Text

    def fitted(self, room: int | None) -> Text:
        """The line within `room` cells (None: no limit): the key gives way first, then the label's end."""
        whole = Text.assemble(self.mark, self.label, self.tail, self.key)
        if room is None or whole.cell_len <= room:
            return whole
        fixed = self.mark.cell_len + self.tail.cell_len
        label = self.label.copy()
        if fixed + label.cell_len > room:
            label.truncate(max(1, room - fixed), overflow="ellipsis")
        return Text.assemble(self.mark, label, self.tail)


class CodeTree(Tree[str]):
    """A tree of code paths whose labels are `CodeLine`s, each fitted to the width it is drawn at."""

    DEFAULT_CSS = """
    CodeTree { overflow-x: hidden; }
    """

    def __init__(self, label: str, **kwargs) -> None:
        super().__init__(label, **kwargs)
        self.lines_by_path: dict[str, CodeLine] = {}

    def add_code(self, parent: TreeNode[str], path: str, line: CodeLine, has_children: bool) -> TreeNode[str]:
        """Add one code under `parent`, drawn from `line`."""
        self.lines_by_path[path] = line
        return parent.add(line.fitted(None), data=path, expand=True, allow_expand=has_children)

    def clear(self) -> CodeTree:
        self.lines_by_path = {}
        super().clear()
        return self

    def render_label(self, node: TreeNode[str], base_style: Style, style: Style) -> Text:
        line = self.lines_by_path.get(node.data) if node.data is not None else None
        width = self.scrollable_content_region.width  # without the scrollbar
        if line is None or not width:
            return super().render_label(node, base_style, style)
        depth = 0
        parent = node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        icon = len(self.ICON_NODE_EXPANDED) if node.allow_expand else 0
        room = width - depth * self.guide_depth - icon
        text = line.fitted(max(4, room))
        text.stylize(style)
        if node.allow_expand:
            icon_text = self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE
            return Text.assemble((icon_text, base_style + Style.from_meta({"toggle": True})), text)
        return text
