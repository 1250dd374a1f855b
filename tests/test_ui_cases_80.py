"""The Cases screen at 80×24: the documents table fits the width (no column cut off at the
right, no sideways scrolling), and the line under the table gives the highlighted row in full
(a document's speakers, a participant's documents). Before, the Speakers column ended in
`4 labels, 3` at 80 columns. The transcript is synthetic (tests/data)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pilot_support import make_app

from workbench.core.models import Participant
from workbench.core.speakers import SpeakerEntry
from workbench.io.transcripts.load import load_document
from workbench.store import Project
from workbench.ui.app import SCREEN_REGISTRY, ensure_screens

GROUP = Path(__file__).parent / "data" / "group_mixed_roles_synthetic.txt"


def test_documents_table_fits_80_columns_and_the_detail_line_names_every_speaker(tmp_path):
    project = Project.open(tmp_path / "ui.db")
    doc = load_document(GROUP, {"name": "G21-nullpunkt", "participant": "G21", "wave": "baseline",
                                "mode": "phone-group", "date": "2025-03-26"})
    project.add_document(doc, Participant("G21", "mentee"))
    project.set_speakers("G21-nullpunkt", [SpeakerEntry("BK", "mentor", "M5"), SpeakerEntry("AH", "mentee", "P7")])

    async def scenario():
        async with make_app(project).run_test(size=(80, 24)) as pilot:
            ensure_screens()
            await pilot.press("g", *["j"] * list(SCREEN_REGISTRY).index("cases"), "enter")
            await pilot.pause()
            await pilot.press("tab")
            await pilot.pause()
            table = pilot.app.screen.query_one("DataTable")
            assert table.virtual_size.width <= table.scrollable_content_region.width  # nothing cut at the right
            assert [str(c) for c in table.get_row_at(0)][-1] == "6 (2 mapped)"
            detail = pilot.app.screen.query_one("#detail")
            text = str(detail.render())
            assert text.startswith("G21-nullpunkt: I interviewer · ")
            assert "AH mentee P7 (map)" in text and "BK mentor M5 (map)" in text
            await pilot.press("tab")
            await pilot.pause()
            assert str(detail.render()) == "G21 is in G21-nullpunkt"

    asyncio.run(scenario())
    project.close()
