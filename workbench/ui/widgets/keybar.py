"""The key bar at the bottom: the keys in reach on this screen, in one cheap line.

Textual's Footer builds a widget per key and restyles them whenever bindings change,
which made opening a document several times slower. This bar draws the same
information as a single line of text; clicking a key runs its action.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.events import Click
from textual.screen import Screen
from textual.widgets import Static


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

    def redraw(self) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        self._regions = []
        seen_actions: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen_actions:
                continue
            seen_actions.add(binding.action)
            start = text.cell_len
            key = binding.key_display or self.app.get_key_display(binding)
            text.append(f" {key} ", Style(bold=True, reverse=True) if active.enabled else Style(dim=True))
            text.append(f" {binding.description} ", Style(dim=not active.enabled))
            self._regions.append((start, text.cell_len, active.node, binding.action))
        self.update(text)

    async def on_click(self, event: Click) -> None:
        for start, end, node, action in self._regions:
            if start <= event.x < end:
                await self.app.run_action(action, node)
                return
