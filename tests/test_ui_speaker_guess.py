"""Pilot test: in a group interview, a label whose role is only the document's role (the guess
`speakers DOC` marks CHECK and `import` warns about) is marked for checking in the speaker dialog
too, on the coding screen and from the Cases screen alike. The transcript is synthetic."""

from __future__ import annotations

from pilot_support import make_app, open_first, pilot_test, press_settled

from workbench.io.transcripts.load import load_document
from workbench.core.models import Participant
from workbench.store import Project
from workbench.ui.dialogs.speakers import SpeakerDialog
from textual.widgets import Input, Label

# SYNTHETIC: written for this test.
TEXT = ("I: Hva har dere fått ut av samlingene?\n\n"
        "Mentee: Jeg fikk øve på jobbintervju.\n\n"
        "Mentor: Vi snakket mye om nettverk.\n\n"
        "Observatør: Jeg noterte bare.\n")


@pilot_test
async def test_a_guessed_role_is_marked_for_checking(tmp_path):
    (tmp_path / "g01.txt").write_text(TEXT, encoding="utf-8")
    project = Project.open(tmp_path / "p.db")
    project.add_document(load_document(tmp_path / "g01.txt", {"name": "G01-slutt", "participant": "G01",
                                                              "mode": "gruppe"}),
                         Participant("G01", "mentee"))
    assert [r["source"] for r in project.document_speakers(1)][-1] == "guess"
    try:
        async with make_app(project).run_test(size=(80, 24)) as pilot:
            await open_first(pilot)
            await press_settled(pilot, "p")
            dialog = pilot.app.screen
            assert isinstance(dialog, SpeakerDialog)
            labels = [str(lb.render()) for lb in dialog.query(".speaker-label").results(Label)]
            assert labels[-1].startswith("Observatør (1)") and "check" in labels[-1]
            assert not any("check" in lb for lb in labels[:-1])
            assert dialog.query_one("#role-3", Input).placeholder == "mentee"
            # once mapped, it is no guess
            await press_settled(pilot, "tab", "tab", "tab", "tab", "tab", "tab")
            for key in "mentor":
                await pilot.press(key)
            await press_settled(pilot, "ctrl+s")
            await press_settled(pilot, "p")
            labels = [str(lb.render()) for lb in pilot.app.screen.query(".speaker-label").results(Label)]
            assert not any("check" in lb for lb in labels)
    finally:
        project.close()


@pilot_test
async def test_the_cases_screen_marks_the_guess_too(tmp_path):
    from workbench.ui.app import SCREEN_REGISTRY, ensure_screens

    (tmp_path / "g01.txt").write_text(TEXT, encoding="utf-8")
    project = Project.open(tmp_path / "p.db")
    project.add_document(load_document(tmp_path / "g01.txt", {"name": "G01-slutt", "participant": "G01",
                                                              "mode": "gruppe"}),
                         Participant("G01", "mentee"))
    try:
        async with make_app(project).run_test(size=(80, 24)) as pilot:
            ensure_screens()
            await press_settled(pilot, "g", *["j"] * list(SCREEN_REGISTRY).index("cases"), "enter")
            await press_settled(pilot, "tab", "l", "l", "l", "l", "l", "enter")  # documents: Speakers
            dialog = pilot.app.screen
            assert isinstance(dialog, SpeakerDialog)
            labels = [str(lb.render()) for lb in dialog.query(".speaker-label").results(Label)]
            assert "check" in labels[-1] and not any("check" in lb for lb in labels[:-1])
    finally:
        project.close()
