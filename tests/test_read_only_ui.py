"""Pilot test: a project that cannot be written opens, says so at once, and a code key changes nothing."""

from __future__ import annotations

import asyncio

from pilot_support import make_app

from workbench.store import Project, connection
from workbench.ui.screens.coding import CodingScreen


def test_a_read_only_project_says_so_on_open_and_keeps_its_codings(project, monkeypatch):
    path = project.path
    project.close()
    monkeypatch.setattr(connection, "_writable", lambda _path: False)  # root ignores chmod: as the OS would say
    read_only = Project.open(path, create=False)
    assert read_only.read_only and "read-only" in read_only.read_only_reason()

    async def scenario():
        app = make_app(read_only)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            messages = [n.message for n in app._notifications]
            assert any(m.startswith("opened read-only") and "coding is not saved" in m for m in messages), messages
            assert "[read-only]" in app.project_label
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, CodingScreen)
            await pilot.press("j", "1")  # a write: refused in one line, the app keeps running
            await pilot.pause()
            assert "read-only" in app.screen.message.plain and app.screen.message.style.color.name == "red"
            assert isinstance(app.screen, CodingScreen)

    asyncio.run(scenario())
    assert read_only.codings() == []
    read_only.close()
