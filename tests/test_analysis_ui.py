"""Pilot test of the analysis screen: the matrix, the chart, switching views and drilling down."""

from __future__ import annotations

import asyncio

from analysis_project import build
from pilot_support import make_app


def test_analysis_screen_drills_down_to_quotes(tmp_path):
    project = build(tmp_path / "small.db")
    app = make_app(project, coder="ana")

    async def scenario():
        async with app.run_test(size=(110, 40)) as pilot:
            app.show_screen("analysis")
            await pilot.pause()
            screen = app.screen
            assert screen.screen_name == "analysis"
            table = screen.query_one("DataTable")
            assert table.row_count == 6 + 3  # six codes, any code, all participants, interviews
            chart = str(screen.query_one("#chart").render())
            assert "Kompetanse" in chart and "Nettverk" in chart and "█" in chart
            await pilot.press("j", "l")        # competence/formal × baseline
            await pilot.press("enter")
            await pilot.pause()
            quotes = app.screen
            assert quotes.screen_name == "quotes"
            assert [q.document for q in quotes.quotes] == ["P1-base", "P3-base"]
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("u")             # count segments
            assert app.screen.unit == "segments"
            await pilot.press("v", "v", "v")   # role, programme, co-occurrence
            assert app.screen.view == "cooccurrence"
            await pilot.press("enter")
            await pilot.pause()
            assert len(app.screen.quotes) == 4  # weak ties and trust sharing segments
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("v")             # change across waves
            await pilot.pause()
            assert app.screen.view == "change"
            table = app.screen.query_one("DataTable")
            table.move_cursor(row=5, column=1)  # trust, only baseline
            await pilot.press("enter")
            await pilot.pause()
            assert [p.participant for p in app.screen.pairs] == ["P2"]
            await pilot.press("enter")          # open the document
            await pilot.pause()
            assert app.screen.screen_name == "coding"

    asyncio.run(scenario())
    project.close()
