"""Codebook edits share the coder's undo stack with coding actions, and reverse exactly."""

from __future__ import annotations

import pytest

from workbench.core.errors import WorkbenchError
from workbench.core.models import Code
from workbench.store.history import describe_code_entry

from conftest import SAMPLE_TEXT


def state(project) -> tuple[list[dict], list[dict]]:
    """Everything a codebook edit or its undo can touch: every code row and every coding row."""
    return (
        project.query("SELECT * FROM codes ORDER BY id"),
        project.query("SELECT id, code_id, document_id, start, \"end\", coder_id, memo FROM codings ORDER BY id"),
    )


def span(word: str) -> tuple[int, int]:
    start = SAMPLE_TEXT.index(word)
    return start, start + len(word)


def code(project, path: str) -> Code:
    return next(c for c in project.codes(include_retired=True) if c.path == path)


def roundtrip(project, change, coder: str = "ann"):
    """do → undo → state as before → redo → state as after; returns the undone entry."""
    before = state(project)
    change()
    after = state(project)
    assert after != before
    entry = project.undo(coder)
    assert entry is not None
    assert state(project) == before
    assert project.redo(coder)["id"] == entry["id"]
    assert state(project) == after
    assert project.audit_log()[-1]["action"] == "redo"
    return entry


def test_add_code_undo_redo(project):
    entry = roundtrip(project, lambda: project.add_code(Code("informal", "Uformell", parent="competence"), "ann"))
    assert entry["action"] == "code.add"
    assert describe_code_entry(entry) == "added code competence/informal"
    assert project.code_id("competence/informal")  # redone under the same id


def test_rename_code_undo_redo(project):
    entry = roundtrip(project, lambda: project.rename_code("network", "Kontakter", "ann", label_en="Contacts"))
    assert code(project, "network").label == "Kontakter"
    project.undo("ann")
    assert (code(project, "network").label, code(project, "network").label_en) == ("Nettverk", "Network")
    assert describe_code_entry(entry) == "renamed code network: Nettverk → Kontakter"


def test_rename_without_english_label_keeps_it(project):
    roundtrip(project, lambda: project.rename_code("network", "Kontakter", "ann"))
    assert code(project, "network").label_en == "Network"


def test_move_code_undo_restores_subtree_paths_and_parent(project):
    project.add_coding("P01-nullpunkt", *span("Mentoren"), "mentor_network", "ann")
    entry = roundtrip(project, lambda: project.move_code("network", "competence", "ann"))
    assert "competence/network/mentor_network" in [c.path for c in project.codes()]
    project.undo("ann")
    assert "network/mentor_network" in [c.path for c in project.codes()]
    assert code(project, "network").parent is None
    assert project.codings()[0]["code"] == "network/mentor_network"
    assert describe_code_entry(entry) == "moved code network → competence/network"


def test_merge_code_undo_gives_codings_back_and_unretires(project):
    a = project.add_coding("P01-nullpunkt", *span("Mentoren"), "mentor_network", "ann")
    b = project.add_coding("P01-nullpunkt", *span("Mentoren"), "language", "bob")
    other = project.add_coding("P01-nullpunkt", 0, 5, "network", "ann")  # already on the target
    entry = roundtrip(project, lambda: project.merge_code("mentor_network", "network", "ann"))
    assert code(project, "network/mentor_network").retired
    project.undo("ann")
    by_id = {r["id"]: r["code"] for r in project.codings()}
    assert by_id[a.id] == "network/mentor_network" and by_id[other.id] == "network" and by_id[b.id] == "competence/language"
    assert not code(project, "network/mentor_network").retired
    project.redo("ann")
    assert code(project, "network/mentor_network").retired
    assert {r["code"] for r in project.codings() if r["id"] in (a.id, other.id)} == {"network"}
    assert describe_code_entry(entry) == "merged code network/mentor_network into network (1 coding)"


def test_retire_and_restore_undo_redo(project):
    project.add_coding("P01-nullpunkt", *span("Mentoren"), "mentor_network", "ann")
    roundtrip(project, lambda: project.retire_code("mentor_network", "ann"))
    assert code(project, "network/mentor_network").retired
    entry = roundtrip(project, lambda: project.retire_code("mentor_network", "ann", retired=False))
    assert not code(project, "network/mentor_network").retired
    assert describe_code_entry(entry) == "restored code network/mentor_network"


def test_codebook_and_coding_actions_interleave_on_one_stack(project):
    states = [state(project)]
    steps = [
        lambda: project.add_code(Code("informal", "Uformell", parent="competence"), "ann"),
        lambda: project.add_coding("P01-nullpunkt", *span("Mentoren"), "competence/informal", "ann"),
        lambda: project.rename_code("competence/informal", "Uformell kompetanse", "ann"),
        lambda: project.move_code("competence/informal", "network", "ann"),
        lambda: project.add_coding("P01-nullpunkt", 0, 5, "mentor_network", "ann"),
        lambda: project.merge_code("network/informal", "mentor_network", "ann"),
        lambda: project.retire_code("language", "ann"),
    ]
    for step in steps:
        step()
        states.append(state(project))
    # another coder's actions neither join nor disturb ann's stack
    project.rename_code("formal", "Formell", "bob")
    bob_label = code(project, "competence/formal").label
    actions = []
    for expected in reversed(states[:-1]):
        actions.append(project.undo("ann")["action"])
        codes, codings = state(project)
        assert codings == expected[1]
        assert [c for c in codes if c["key"] != "formal"] == [c for c in expected[0] if c["key"] != "formal"]
    assert actions == ["code.retire", "code.merge", "coding.add", "code.move", "code.rename", "coding.add", "code.add"]
    assert project.undo("ann") is None
    for expected in states[1:]:
        project.redo("ann")
        codes, _ = state(project)
        assert state(project)[1] == expected[1]
        assert [c for c in codes if c["key"] != "formal"] == [c for c in expected[0] if c["key"] != "formal"]
    assert project.redo("ann") is None
    assert code(project, "competence/formal").label == bob_label


def test_undo_add_of_a_used_code_is_refused_and_changes_nothing(project):
    project.add_code(Code("informal", "Uformell", parent="competence"), "ann")
    project.add_coding("P01-nullpunkt", *span("Mentoren"), "competence/informal", "bob")  # someone else uses it
    before, log = state(project), len(project.audit_log())
    with pytest.raises(WorkbenchError, match="in use"):
        project.undo("ann")
    assert state(project) == before
    assert len(project.audit_log()) == log
    assert project.can_undo("ann")  # still on the stack: works once the code is unused again
    project.remove_coding(project.codings()[0]["id"], "bob")
    assert project.undo("ann")["action"] == "code.add"
    assert "competence/informal" not in [c.path for c in project.codes(include_retired=True)]


def test_undo_add_of_a_code_with_children_is_refused(project):
    project.add_code(Code("informal", "Uformell", parent="competence"), "ann")
    project.add_code(Code("peers", "Kolleger", parent="competence/informal"), "bob")
    with pytest.raises(WorkbenchError, match="child codes"):
        project.undo("ann")
    assert "competence/informal/peers" in [c.path for c in project.codes()]


def test_bulk_codebook_import_is_not_undoable(project):
    assert not project.can_undo("system")
    project.import_codebook([Code("trust", "Tillit")], coder="ann")
    assert project.audit_log()[-1]["action"] == "code.add"
    assert not project.can_undo("ann")
    assert "trust" in [c.path for c in project.codes()]


def test_cli_style_history_message_for_code_entries(project):
    project.rename_code("network", "Kontakter", "ann")
    entry = project.undo("ann")
    assert "start" not in (entry["before"] or "")  # code entries have no span
    assert describe_code_entry(entry).startswith("renamed code network")
    assert describe_code_entry({"action": "coding.add"}) is None


def test_cli_undo_redo_of_a_codebook_edit(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.store import Project

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    db = tmp_path / "p.db"
    with Project.open(db) as p:
        p.import_codebook([Code("network", "Nettverk")])
        p.rename_code("network", "Kontakter", "kari")

    def cli(*args: str) -> str:
        result = CliRunner().invoke(main, ["--db", str(db), "--coder", "kari", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    assert "undid code.rename (renamed code network: Nettverk → Kontakter)" in cli("undo")
    assert "redid code.rename" in cli("redo")
    with Project.open(db, create=False) as p:
        assert code(p, "network").label == "Kontakter"
