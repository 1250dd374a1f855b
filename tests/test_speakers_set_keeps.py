"""`speakers set DOC LABEL` with one of --role and --participant changes that field of the map
entry and keeps the other; before, the whole entry was replaced, so a participant set after a
role dropped the role (and the other way round). The output says what the entry now is. The
transcript is synthetic, written for this test."""

from __future__ import annotations

from workbench.core.speakers import SpeakerEntry
from workbench.store import Project
from cli_support import run_cli

# SYNTHETIC: written for this test; a group interview imported with no speaker map.
GROUP = ("I: Hvordan fant dere hverandre?\n\n"
         "AH: Programmet satte oss sammen etter fagfelt.\n\n"
         "BK: Jeg hadde jobbet med regnskap i tjue år.\n\n"
         "AH: Og jeg studerte økonomi i hjemlandet.\n")


def _project(tmp_path):
    path = tmp_path / "p.db"
    (tmp_path / "g.txt").write_text(GROUP, encoding="utf-8")
    run_cli(path, "init")
    run_cli(path, "import", str(tmp_path / "g.txt"), "--name", "G1", "--wave", "baseline")
    return path


def _entry(path, label: str) -> SpeakerEntry:
    with Project.open(path) as p:
        return p.speaker_entries(p.resolve_document("G1"))[label]


def test_a_participant_after_a_role_keeps_the_role_and_says_so(tmp_path):
    path = _project(tmp_path)
    assert run_cli(path, "speakers", "set", "G1", "BK", "--role", "mentor") == "G1: BK: role mentor, no participant\n"
    out = run_cli(path, "speakers", "set", "G1", "bk", "--participant", "M05")  # typed in lower case
    assert _entry(path, "BK") == SpeakerEntry("BK", "mentor", "M05")
    assert out.startswith("G1: BK: role mentor, participant M05 (kept role mentor from before")
    with Project.open(path) as p:
        assert {x.id: x.role for x in p.participants()}["M05"] == "mentor"  # made with the kept role
        assert p.undo("kari")["action"] == "speaker.set"  # one step back: the role alone again
        assert p.speaker_entries(p.resolve_document("G1"))["BK"] == SpeakerEntry("BK", "mentor", None)


def test_a_role_after_a_participant_keeps_the_participant(tmp_path):
    path = _project(tmp_path)
    run_cli(path, "speakers", "set", "G1", "AH", "--participant", "P07")
    out = run_cli(path, "speakers", "set", "G1", "AH", "--role", "mentee")
    assert _entry(path, "AH") == SpeakerEntry("AH", "mentee", "P07")
    assert out.startswith("G1: AH: role mentee, participant P07 (kept participant P07 from before")
    # both given: the entry is what was given, and nothing is said to be kept
    out = run_cli(path, "speakers", "set", "G1", "AH", "--role", "mentor", "--participant", "M09")
    assert out == ("G1: AH: role mentor, participant M09\n"
                   "note: M09 is a new participant in the project (`workbench undo` takes them out again)\n") and _entry(path, "AH") == SpeakerEntry("AH", "mentor", "M09")
    # --clear still starts afresh
    run_cli(path, "speakers", "set", "G1", "AH", "--clear")
    assert run_cli(path, "speakers", "set", "G1", "AH", "--participant", "P07") == "G1: AH: role mentee (participant P07's role), participant P07\n"
