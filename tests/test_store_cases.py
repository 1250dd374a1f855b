"""Editing participants and document metadata: validation, audit, and undo/redo per coder."""

from __future__ import annotations

import re

import pytest

from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.models import Participant
from workbench.store.cases import describe_case_entry


def facts(project):
    [d] = project.documents()
    return d["participant"], d["role"], d["program"], d["wave"], d["mode"], d["date"]


def test_participant_edits_are_validated_audited_and_undoable(project):
    assert project.edit_participant("P01", "kari", role="Mentor", program=" høyere  utdanning ",
                                    attributes={"land": "Syria", "alder": "34"})
    [p] = project.participants()
    assert (p.role, p.program, p.attributes) == ("mentor", "høyere utdanning", {"land": "Syria", "alder": "34"})
    entry = project.audit_log()[-1]
    assert (entry["action"], entry["coder"]) == ("participant.edit", "kari")
    assert describe_case_entry(entry) == ("P01: alder — → 34; land — → Syria; program master → høyere utdanning; "
                                          "role mentee → mentor")
    assert not project.edit_participant("P01", "kari", role="mentor")  # nothing changed, nothing logged
    assert project.audit_log()[-1]["id"] == entry["id"]
    project.edit_participant("P01", "kari", attributes={"alder": ""})  # empty removes the attribute
    assert project.participants()[0].attributes == {"land": "Syria"}

    with pytest.raises(WorkbenchError, match="role 'chef' is not one of mentee, mentor, programleder"):
        project.edit_participant("P01", "kari", role="chef")
    with pytest.raises(NotFound, match="no participant 'P99'"):
        project.edit_participant("P99", "kari", role="mentee")
    assert project.participants()[0].role == "mentor"  # refused edits change nothing

    assert project.undo("ola") is None  # another coder's stack is empty
    project.undo("kari")
    assert project.participants()[0].attributes == {"land": "Syria", "alder": "34"}
    project.undo("kari")
    [p] = project.participants()
    assert (p.role, p.program, p.attributes) == ("mentee", "master", {})
    project.redo("kari")
    assert project.participants()[0].role == "mentor"


def test_document_edits_are_validated_audited_and_undoable(project):
    project.upsert_participant(Participant("P02", "mentor", "master"))
    assert project.edit_document("P01-nullpunkt", "ola", wave="sluttpunkt", mode=" telefon ", date="2026-03-01",
                                 participant="P02")
    assert facts(project) == ("P02", "mentor", "master", "endpoint", "telefon", "2026-03-01")
    assert project.audit_log()[-1]["action"] == "document.edit"
    project.edit_document(1, "ola", wave="", date="")
    assert facts(project)[3:] == (None, "telefon", None)

    for fields, words in (({"wave": "midtveis"}, "wave 'midtveis' is not one of baseline, endpoint"),
                          ({"date": "1. mars"}, "date '1. mars' is not YYYY-MM-DD"),
                          ({"participant": "P99"}, "no participant 'P99'"),
                          ({"words": 3}, "cannot edit document field(s) words")):
        with pytest.raises(WorkbenchError, match=re.escape(words)):
            project.edit_document("P01-nullpunkt", "ola", **fields)
    assert facts(project)[0] == "P02"

    project.undo("ola")
    project.undo("ola")
    assert facts(project) == ("P01", "mentee", "master", "baseline", None, None)
    project.redo("ola")
    assert facts(project)[3:] == ("endpoint", "telefon", "2026-03-01")


def test_speaker_map_changes_are_on_the_undo_stack(project):
    from workbench.core.speakers import SpeakerEntry

    project.update_speakers("P01-nullpunkt", [SpeakerEntry("Mentee", "mentor", None)], "kari")
    project.update_speakers("P01-nullpunkt", [SpeakerEntry("Mentee", "programleder", None)], "kari")
    project.update_speakers("P01-nullpunkt", [SpeakerEntry("I", "interviewer", None)], "kari")
    project.update_speakers("P01-nullpunkt", [SpeakerEntry("I", None, None)], "kari")  # cleared
    assert set(project.speaker_entries(1)) == {"Mentee"}

    entry = project.undo("kari")
    assert describe_case_entry(entry) == "speaker I of P01-nullpunkt taken out of the map"
    assert project.speaker_entries(1)["I"].role == "interviewer"
    project.undo("kari")
    assert "I" not in project.speaker_entries(1)
    project.undo("kari")
    assert project.speaker_entries(1)["Mentee"].role == "mentor"
    project.undo("kari")
    assert project.speaker_entries(1) == {}
    entry = project.redo("kari")
    assert describe_case_entry(entry) == "speaker Mentee of P01-nullpunkt: mentor"
    assert project.speaker_entries(1)["Mentee"].role == "mentor"
