"""The key bar at the bottom: the keys in reach on this screen, in one cheap line.

Textual's Footer builds a widget per key and restyles them whenever bindings change,
which made opening a document several times slower. This bar draws the same
information as a single line of text; clicking a key runs its action.

It lists the shown bindings of the focused widget, its screen and the app, in that
order. A hidden binding of the focused widget (a table's own `enter`) does not hide the
screen's shown binding for the same key: the table passes that key on as the screen's
action, so the screen's description is the one the user needs. A screen may adjust the
bar with `keybar_entry(binding)`: None keeps the binding as it is, False hides it, a
string shows it with that description (a mode such as precise selection uses this).
When the line is too narrow it is drawn tighter, then the last keys are left out, but
never the way back, the go-to menu or help (`BAR_ESSENTIAL`): help lists every key, and
without the other two a researcher at 80 columns could not see how to leave a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.events import Click, Resize
from textual.screen import Screen
from textual.widgets import Static

from workbench.ui.keys import BAR_ESSENTIAL

HELP_ACTION = "app.help"


@dataclass
class _Entry:
    key: str
    description: str
    enabled: bool
    node: Any
    action: str
    name: str | None = None  # the key-table name (the binding's id)


class KeyBar(Static):
    """Shown bindings of the focused widget, its screen and the app: `key description`."""

    DEFAULT_CSS = """
    KeyBar { height: 1; width: 1fr; background: $panel; color: $text; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__("", **kwargs)
        self._regions: list[tuple[int, int, object, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self.redraw)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self.redraw()

    def on_resize(self, _event: Resize) -> None:
        self.redraw()

    def entries(self) -> list[_Entry]:
        """What the bar lists, in order, one entry per action.

        Walks the same chain as `Screen.active_bindings` (Textual is pinned, so its private
        `_modal_binding_chain` and `_check_action_state` are stable here), but a hidden
        binding does not claim its key."""
        screen = self.screen
        app = self.app
        adjust = getattr(screen, "keybar_entry", None)
        claimed: set[str] = set()  # keys whose shown binding is already listed (or that a shown one owns)
        seen_actions: set[str] = set()
        out: list[_Entry] = []
        for namespace, bindings_map in screen._modal_binding_chain:
            for key, binding in bindings_map:
                if key in claimed:
                    continue
                state = app._check_action_state(binding.action, namespace)
                if state is False:
                    continue
                description = binding.description
                show = binding.show
                if adjust is not None:
                    verdict = adjust(binding)
                    if verdict is False:
                        show = False
                    elif isinstance(verdict, str):
                        show, description = True, verdict
                if not show:
                    continue
                claimed.add(key)
                if binding.action in seen_actions:
                    continue
                seen_actions.add(binding.action)
                label = binding.key_display or app.get_key_display(binding)
                out.append(_Entry(label, description, bool(state), namespace, binding.action, binding.id))
        return out

    def redraw(self) -> None:
        entries = self.entries()
        width = self.size.width or self.app.size.width
        text, regions = self._line(entries, tight=False)
        if _used(text) > width:
            text, regions = self._line(entries, tight=True)
            if _used(text) > width:
                rest = [e for e in entries if not _essential(e)]
                while rest:
                    rest.pop()
                    keep = {id(e) for e in rest}
                    kept = [e for e in entries if (id(e) in keep or _essential(e)) and e.action != HELP_ACTION]
                    kept += [e for e in entries if e.action == HELP_ACTION]  # help last, where it always is
                    text, regions = self._line(kept, tight=True)
                    if _used(text) <= width:
                        break
        if text.cell_len > width:
            text.rstrip()  # the last key's trailing space: not needed to read it
        self._regions = regions
        self.update(text)

    @staticmethod
    def _line(entries: list[_Entry], tight: bool) -> tuple[Text, list[tuple[int, int, object, str]]]:
        text = Text(no_wrap=True, overflow="ellipsis")
        regions = []
        for entry in entries:
            start = text.cell_len
            key_style = Style(bold=True, reverse=True) if entry.enabled else Style(dim=True)
            if tight:
                text.append(" ")
                text.append(entry.key, key_style)
                text.append(f" {entry.description} ", Style(dim=not entry.enabled))
            else:
                text.append(f" {entry.key} ", key_style)
                text.append(f" {entry.description} ", Style(dim=not entry.enabled))
            regions.append((start, text.cell_len, entry.node, entry.action))
        return text, regions

    async def on_click(self, event: Click) -> None:
        for start, end, node, action in self._regions:
            if start <= event.x < end:
                await self.app.run_action(action, node)
                return


def _used(text: Text) -> int:
    """Cells the line needs: its last key's trailing space may go."""
    return cell_len(text.plain.rstrip())


def _essential(entry: _Entry) -> bool:
    return entry.name in BAR_ESSENTIAL or entry.action == HELP_ACTION
