"""What the Pilot tests share: the app on a test project, synchronous wrappers, settled key presses.

Every Pilot test builds the real app through `create_app` on a temporary project with the
suggester switched off (or a fake one), so the tests differ only in what they press and
what they then read from the project file.
"""

from __future__ import annotations

import asyncio
import functools

from conftest import SAMPLE_TEXT, sample_segments

from workbench.settings import Settings
from workbench.ui.app import create_app
from workbench.ui.screens.coding import CodingScreen
from workbench.ui.suggestions import SuggestionBridge

SIZE = (100, 30)
SEGMENTS = sample_segments(SAMPLE_TEXT)


def pilot_test(func):
    """Run an async pilot scenario as a plain (synchronous) pytest test."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        asyncio.run(func(*args, **kwargs))

    return wrapper


def make_app(project, coder: str = "kari", keys: dict | None = None, factory=None, enabled: bool = False):
    """The workbench on `project` as `coder`; no suggester unless a fake `factory` is given."""
    settings = Settings(db=project.path, coder=coder, keys=keys or {})
    bridge = SuggestionBridge(project, settings, factory=factory, enabled=enabled or factory is not None)
    return create_app(project, settings, suggestions=bridge)


def span(i: int, j: int | None = None) -> tuple[int, int]:
    """Offsets from the start of sample segment i to the end of segment j (default i)."""
    return SEGMENTS[i].start, SEGMENTS[j if j is not None else i].end


async def open_first(pilot) -> CodingScreen:
    """Open the first document from the corpus screen, as enter does."""
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CodingScreen)
    return screen


async def press_settled(pilot, *keys: str) -> None:
    """Press keys one at a time and let each settle, as a typist's would (dialogs open and close)."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def wait_until(pilot, condition, what: str, timeout: float = 10.0):
    """Let workers run until `condition()` holds (they are threads: poll, don't sleep fixed)."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"timed out waiting for {what}")
