"""What the Pilot tests share: the app on a test project, synchronous wrappers, settled key presses.

Every Pilot test builds the real app through `create_app` on a temporary project with the
suggester switched off (or a fake one: `FakeService`, which a test may subclass), so the
tests differ only in what they press and what they then read from the project file.
"""

from __future__ import annotations

import asyncio
import functools
from dataclasses import dataclass, field
from typing import ClassVar

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


@dataclass
class FakeSuggestion:
    """A suggestion as the bridge reads it from a service."""

    code: str
    score: float
    why: list = field(default_factory=list)


class FakeService:
    """Stands in for workbench.nlp.service.SuggestionService."""

    instances: ClassVar[list[FakeService]] = []

    def __init__(self, project, settings):
        self.status = "fake pipeline"
        self.ready = True
        self.model_version = "fake-1"
        self.decisions = []
        FakeService.instances.append(self)

    def suggest(self, document_id, start, end, top=5):
        return [FakeSuggestion("network/mentor_network", 0.9, ["mentoren", "kjente"]),
                FakeSuggestion("competence", 0.4, ["kurs"])][:top]

    def record_decision(self, document_id, start, end, code, coder, accepted, score, model_version):
        self.decisions.append((start, end, code, coder, accepted, model_version))

    def next_confident(self, document_id, after_offset, threshold):
        seg = SEGMENTS[4]
        return (seg.start, seg.end) if after_offset < seg.start else None


def screen_lines(app) -> list[str]:
    """The screen as the terminal shows it, one string per row (what a reader can see)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]
