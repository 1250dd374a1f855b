"""Pilot test of the speaker dialog: keys on the coding screen, speaker map rows in the project file."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from pilot_support import make_app

from workbench.core.models import Participant
from workbench.io.transcripts.load import load_document
from workbench.store import Project
from workbench.ui.dialogs.speakers import SpeakerDialog
from workbench.ui.screens.coding import CodingScreen

GROUP = Path(__file__).parent / "data" / "group_mixed_roles_synthetic.txt"


def _project(tmp_path) -> Project:
    project = Project.open(tmp_path / "ui.db")
    doc = load_document(GROUP, {"name": "G21", "participant": "G21", "role": "mentee", "wave": "baseline"})
    project.add_document(doc, Participant("G21", "mentee"))
    return project


def test_speaker_dialog_edits_the_map(tmp_path):
    project = _project(tmp_path)

    async def scenario():
        async with make_app(project).run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(pilot.app.screen, CodingScreen)

            await pilot.press("p")  # labels: I, Mentee, Mentor, Programleder, AH, BK
            await pilot.pause()
            assert isinstance(pilot.app.screen, SpeakerDialog)
            await pilot.press(*["tab"] * 8, *"mentor", "tab", *"M5", "ctrl+s")
            await pilot.pause()
            assert isinstance(pilot.app.screen, CodingScreen)
            entries = project.speaker_entries(project.resolve_document("G21"))
            assert {k: (e.role, e.participant) for k, e in entries.items()} == {"AH": ("mentor", "M5")}
            audit = project.query("SELECT coder, action, after FROM audit WHERE action = 'speaker.set'")
            assert [(a["coder"], json.loads(a["after"])["label"]) for a in audit] == [("kari", "AH")]

            await pilot.press("f8", *"sjef", "ctrl+s")  # a wrong role: the dialog stays and says so
            await pilot.pause()
            assert isinstance(pilot.app.screen, SpeakerDialog)
            assert "unknown role 'sjef'" in str(pilot.app.screen.query_one("#speaker-error").render())
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(pilot.app.screen, CodingScreen)
            assert set(project.speaker_entries(project.resolve_document("G21"))) == {"AH"}

            await pilot.press("p", *["tab"] * 8, "end", *["backspace"] * 6, "tab", "end", *["backspace"] * 2, "ctrl+s")
            await pilot.pause()  # both fields emptied: AH leaves the map
            assert project.speaker_entries(project.resolve_document("G21")) == {}
            assert project.query("SELECT action FROM audit ORDER BY id DESC LIMIT 1")[0]["action"] == "speaker.clear"

    asyncio.run(scenario())
    project.close()


def test_header_names_the_speaker_at_the_cursor_in_a_group_interview(tmp_path):
    project = _project(tmp_path)

    async def scenario():
        async with make_app(project).run_test(size=(100, 24)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            screen = pilot.app.screen
            header = lambda: str(screen.query_one("#doc-header").render())  # noqa: E731
            # the heading: no speaker; a group interview shows the roles that speak in it, not the
            # document's role (its turns have mixed roles)
            assert "gruppe: mentee, mentor, programleder · baseline" in header()
            await pilot.press("j")
            await pilot.pause()
            assert "I: interviewer · baseline" in header()
            await pilot.press("j", "j")  # the first sentence of the Mentee's turn
            await pilot.pause()
            assert "Mentee: mentee, G21 · baseline" in header()
            await pilot.press("p", *["tab"] * 3, *"M9", "ctrl+s")  # Mentee's participant
            await pilot.pause()
            status = str(screen.query_one("#doc-status").render())  # too long for the header's right
            assert status == "✓ speakers: Mentee: participant M9" and "baseline" in header()
            assert screen.session.speaker_here() == "Mentee: mentee, M9"  # what the header shows next
            assert project.speaker_entries(project.resolve_document("G21"))["Mentee"].participant == "M9"

    asyncio.run(scenario())
    project.close()


def test_at_80_columns_the_header_keeps_the_speaker_and_the_wave_over_messages_and_the_top_suggestion(tmp_path):
    """At 80x24 the side panel is hidden and the right of the header holds the latest message or the
    top suggestion; the speaker at the cursor and the document's wave must still show (the programme
    gives way first). A message too long for the rest of the line takes the line below, in full: the
    wave was dropped for it before."""
    project = _project(tmp_path)

    async def scenario():
        async with make_app(project).run_test(size=(80, 24)) as pilot:
            await pilot.press("enter", "j", "j", "j")
            await pilot.pause()
            screen = pilot.app.screen
            header = lambda: str(screen.query_one("#doc-header").render())  # noqa: E731
            status = screen.query_one("#doc-status")
            screen.say("✓ " + "a long confirmation of what was done " + "x" * 4)
            await pilot.pause()
            assert "Mentee: mentee, G21" in header() and "baseline" in header()
            assert "a long confirmation" not in header() and status.display
            assert str(status.render()) == "✓ a long confirmation of what was done xxxx"
            await pilot.press("j")  # the next move clears the message and its line
            await pilot.pause()
            assert not status.display and "baseline" in header()
            screen.say("✓ coded Nettverk")  # a short one stays on the right of the header line
            await pilot.pause()
            assert "baseline" in header() and header().rstrip().endswith("✓ coded Nettverk") and not status.display
            from workbench.ui.suggestions import Suggestion  # no suggester here: put a long top suggestion in place

            sel = screen.session.selection()
            screen.message = None
            screen.suggested = (sel.start, sel.end, [Suggestion("a/" + "very_long_code_name_" * 4, 0.8, [], sel.start,
                                                                sel.end, None)])
            screen._redraw_header()
            assert "Mentee: mentee, G21" in header() and "a› " in header()  # the hint is cut short, not the speaker

    asyncio.run(scenario())
    project.close()


def test_cases_counts_the_documents_a_mapped_speaker_speaks_in(tmp_path):
    """A participant named in a group interview's speaker map speaks in that document; the Cases
    table said 0 documents for them."""
    from workbench.core.speakers import SpeakerEntry
    from workbench.ui.app import SCREEN_REGISTRY, ensure_screens

    project = _project(tmp_path)
    project.set_speakers("G21", [SpeakerEntry("BK", "mentor", "M5"), SpeakerEntry("AH", "mentee", "G21")])

    async def scenario():
        async with make_app(project).run_test(size=(80, 24)) as pilot:
            ensure_screens()
            await pilot.press("g", *["j"] * list(SCREEN_REGISTRY).index("cases"), "enter")
            await pilot.pause()
            table = pilot.app.screen.query_one("DataTable")
            rows = {str(table.get_row_at(i)[0]): [str(c) for c in table.get_row_at(i)] for i in range(table.row_count)}
            assert rows["M5"][1:] == ["Mentor", "—", "1"]
            assert rows["G21"][3] == "1"  # its own document, counted once though it is also mapped

    asyncio.run(scenario())
    project.close()
