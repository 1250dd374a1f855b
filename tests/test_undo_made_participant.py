"""Undoing a speaker-map entry that made a new participant takes that participant out again:
before, `speakers set G1 BK --participant P99` then `undo` left P99 in the project with no
document (listed on the Cases screen, exported to .qdpx). Redo makes them again. A participant
something else still refers to, or that a researcher has said something about since, stays.
The transcript is synthetic, written for this test."""

from __future__ import annotations

import asyncio

from cli_support import run_cli
from pilot_support import make_app

from workbench.core.models import Participant
from workbench.io.transcripts.load import load_document
from workbench.store import Project
from workbench.ui.dialogs.speakers import SpeakerDialog
from workbench.ui.screens.coding import CodingScreen

# SYNTHETIC: written for this test; a group interview imported with no speaker map.
GROUP = ("I: Hvordan fant dere hverandre?\n\n"
         "AH: Programmet satte oss sammen etter fagfelt.\n\n"
         "BK: Jeg hadde jobbet med regnskap i tjue år.\n\n"
         "AH: Og jeg studerte økonomi i hjemlandet.\n")


def _project(tmp_path):
    path = tmp_path / "p.db"
    (tmp_path / "g.txt").write_text(GROUP, encoding="utf-8")
    run_cli(path, "init")
    run_cli(path, "import", str(tmp_path / "g.txt"), "--name", "G1", "--wave", "baseline", "--participant", "G1")
    return path


def _participants(path) -> dict[str, str | None]:
    with Project.open(path) as p:
        return {x.id: x.role for x in p.participants()}


def test_undo_of_speakers_set_removes_the_participant_it_made_and_redo_brings_it_back(tmp_path):
    path = _project(tmp_path)
    before = _participants(path)
    run_cli(path, "speakers", "set", "G1", "BK", "--participant", "P99", "--role", "mentor")
    assert _participants(path) == {**before, "P99": "mentor"}
    assert run_cli(path, "undo") == "undid speaker.set (speaker BK of G1: mentor, new participant P99)\n"
    assert _participants(path) == before  # the project as it was before the command
    assert run_cli(path, "redo") == "redid speaker.set (speaker BK of G1: mentor, new participant P99)\n"
    assert _participants(path) == {**before, "P99": "mentor"}
    with Project.open(path) as p:
        assert p.speaker_entries(p.resolve_document("G1"))["BK"].participant == "P99"


def test_a_participant_still_named_elsewhere_or_described_since_stays(tmp_path):
    path = _project(tmp_path)
    run_cli(path, "speakers", "set", "G1", "BK", "--participant", "P99")
    run_cli(path, "speakers", "set", "G1", "AH", "--participant", "P99")  # P99 exists now: not made here
    with Project.open(path) as p:
        p.undo("ola")  # nothing of ola's
        # undo the AH entry, then the BK entry: P99 goes only with the entry that made it
        p.undo("kari")
        assert "P99" in {x.id for x in p.participants()}
        p.undo("kari")
        assert "P99" not in {x.id for x in p.participants()}
        p.redo("kari")
        p.edit_participant("P99", "ola", program="Mentorprogrammet")  # another coder describes P99
        p.undo("kari")  # the entry goes; P99, with what ola said about them, stays
        assert p.speaker_entries(p.resolve_document("G1")) == {}
        assert {x.id: x.program for x in p.participants()}["P99"] == "Mentorprogrammet"


def test_undo_in_the_tui_after_the_speaker_dialog_made_a_participant(tmp_path):
    project = Project.open(tmp_path / "ui.db")
    (tmp_path / "g.txt").write_text(GROUP, encoding="utf-8")
    project.add_document(load_document(tmp_path / "g.txt", {"name": "G1", "participant": "G1", "wave": "baseline"}),
                         Participant("G1", "mentee"))

    async def scenario():
        async with make_app(project).run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(pilot.app.screen, CodingScreen)
            await pilot.press("p")  # labels: I, AH, BK; BK's participant is the sixth field
            await pilot.pause()
            assert isinstance(pilot.app.screen, SpeakerDialog)
            await pilot.press(*["tab"] * 5, *"P77", "ctrl+s")
            await pilot.pause()
            assert isinstance(pilot.app.screen, CodingScreen)
            assert project.speaker_entries(project.resolve_document("G1"))["BK"].participant == "P77"
            assert "P77" in {x.id for x in project.participants()}
            await pilot.press("u")
            await pilot.pause()
            assert project.speaker_entries(project.resolve_document("G1")) == {}
            assert {x.id for x in project.participants()} == {"G1"}
            await pilot.press("ctrl+r")
            await pilot.pause()
            assert {x.id for x in project.participants()} == {"G1", "P77"}
            await pilot.press("p", *["tab"] * 3, *"p 77", "ctrl+s")  # AH's participant, typed loosely
            await pilot.pause()
            assert project.speaker_entries(project.resolve_document("G1"))["AH"].participant == "P77"
            assert {x.id for x in project.participants()} == {"G1", "P77"}

    asyncio.run(scenario())
    project.close()


def test_a_participant_id_typed_in_another_letter_case_is_the_stored_one_and_a_new_one_is_said(tmp_path):
    """`--participant g1` in a project with G1 made a second participant `g1`; a typo such as
    P99 for P09 made one silently. Now the stored id is used whatever its letter case (as
    labels are), and a participant the command makes is named in a `note:` line."""
    path = _project(tmp_path)
    out = run_cli(path, "speakers", "set", "G1", "AH", "--participant", "g1", "--role", "mentee")
    assert out == "G1: AH: role mentee, participant G1\n"
    assert set(_participants(path)) == {"G1"}
    out = run_cli(path, "speakers", "set", "G1", "BK", "--participant", "P99")
    assert out.splitlines()[1] == "note: P99 is a new participant in the project (`workbench undo` takes them out again)"
    assert set(_participants(path)) == {"G1", "P99"}
