"""Pilot test: the speaker dialog says whether the document reads as a one-to-one or a group
interview, and a mode that says group gives an unmapped mentor the group's code instead of none.
The transcript is synthetic, written for this test."""

from __future__ import annotations

from pilot_support import make_app, open_first, pilot_test, press_settled

from workbench.io.transcripts.load import load_document
from workbench.core.models import Participant
from workbench.store import Project
from workbench.ui.dialogs.speakers import SpeakerDialog
from workbench.ui.screens.coding import CodingScreen
from textual.widgets import Input

# SYNTHETIC: written for this test.
TEXT = ("I: Hvordan var det første møtet?\n\n"
        "Mentee: Hun hjalp meg å få en kontakt i bransjen.\n\n"
        "Mentor: Jeg ringte en tidligere kollega.\n")


@pilot_test
async def test_the_dialog_says_how_the_document_is_read_and_follows_its_mode(tmp_path):
    (tmp_path / "p01.txt").write_text(TEXT, encoding="utf-8")
    project = Project.open(tmp_path / "p.db")
    project.add_document(load_document(tmp_path / "p01.txt", {"name": "P01-null", "participant": "P01"}),
                         Participant("P01", "mentee"))
    try:
        async with make_app(project).run_test(size=(80, 24)) as pilot:
            screen = await open_first(pilot)
            await press_settled(pilot, "p")
            dialog = pilot.app.screen
            assert isinstance(dialog, SpeakerDialog)
            assert str(dialog.query_one("#speaker-kind").render()).startswith(
                "one-to-one interview of P01 (by its labels): other roles get no participant unless mapped")
            assert dialog.query_one("#participant-2", Input).placeholder == "participant"  # Mentor: nobody
            await press_settled(pilot, "escape")
            project.edit_document("P01-null", "kari", mode="gruppe")
            await press_settled(pilot, "p")
            dialog = pilot.app.screen
            assert str(dialog.query_one("#speaker-kind").render()) == (
                "group interview of P01 (mode 'gruppe'): labels not in the map count for P01")
            assert dialog.query_one("#participant-2", Input).placeholder == "P01"
            await press_settled(pilot, "escape")
            assert isinstance(pilot.app.screen, CodingScreen) and pilot.app.screen is screen
    finally:
        project.close()
