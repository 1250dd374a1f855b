"""The project store: transactions, audit log, undo/redo, search, migrations, permissions."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.models import Document
from workbench.store import SCHEMA_VERSION, Project, ProjectFileError, SearchError

from conftest import SAMPLE_TEXT

DATA = Path(__file__).parent / "data"


def audit_actions(project: Project) -> list[str]:
    return [r["action"] for r in project.audit_log()]


def test_new_project_has_wal_foreign_keys_and_private_mode(tmp_path):
    path = tmp_path / "p.db"
    with Project.open(path) as p:
        assert p.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert p.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert p.schema_version == SCHEMA_VERSION
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_add_coding_is_stored_and_audited(project):
    start = SAMPLE_TEXT.index("Mentoren")
    coding = project.add_coding("P01-nullpunkt", start, start + 30, "mentor_network", "ann", memo="døråpner")
    rows = project.codings()
    assert len(rows) == 1
    assert rows[0]["code"] == "network/mentor_network"
    assert rows[0]["coder"] == "ann" and rows[0]["memo"] == "døråpner" and rows[0]["origin"] == "manual"
    assert audit_actions(project)[-1] == "coding.add"
    assert project.audit_log()[-1]["entity_id"] == coding.id


def test_bad_coding_changes_nothing(project):
    before = len(project.audit_log())
    with pytest.raises(WorkbenchError):
        project.add_coding("P01-nullpunkt", 10, 10_000, "network", "ann")
    with pytest.raises(NotFound):
        project.add_coding("P01-nullpunkt", 0, 5, "no_such_code", "ann")
    with pytest.raises(NotFound):
        project.add_coding("missing-doc", 0, 5, "network", "ann")
    assert project.codings() == []
    assert len(project.audit_log()) == before


def test_failed_transaction_rolls_back_everything(project):
    with pytest.raises(RuntimeError), project.transaction():
        project.add_coding(1, 0, 5, "network", "ann")
        raise RuntimeError("crash in the middle")
    assert project.codings() == []


def test_undo_redo_add_remove_update(project):
    c = project.add_coding(1, 0, 10, "network", "ann")
    project.update_coding(c.id, "ann", memo="ny memo")
    project.remove_coding(c.id, "ann")
    assert project.codings() == []
    project.undo("ann")  # brings back the removed coding, with its memo
    assert project.codings()[0]["memo"] == "ny memo"
    project.undo("ann")  # memo change undone
    assert project.codings()[0]["memo"] is None
    project.undo("ann")  # the add undone
    assert project.codings() == []
    assert project.undo("ann") is None
    project.redo("ann")
    project.redo("ann")
    assert project.codings()[0]["memo"] == "ny memo"
    assert project.codings()[0]["id"] == c.id
    assert audit_actions(project)[-2:] == ["redo", "redo"]


def test_new_action_clears_redo_and_undo_is_per_coder(project):
    project.add_coding(1, 0, 10, "network", "ann")
    project.add_coding(1, 0, 10, "competence", "bob")
    project.undo("ann")
    assert [r["coder"] for r in project.codings()] == ["bob"]
    project.add_coding(1, 5, 10, "language", "ann")
    assert project.redo("ann") is None


def test_audit_log_is_append_only(project):
    project.add_coding(1, 0, 10, "network", "ann")
    with pytest.raises(sqlite3.DatabaseError):
        project.db.execute("DELETE FROM audit")
    with pytest.raises(sqlite3.DatabaseError):
        project.db.execute("UPDATE audit SET coder = 'mallory'")


def test_reimporting_identical_text_does_not_duplicate(project):
    doc = Document("another-name", SAMPLE_TEXT, sha256="sample")
    added = project.add_document(doc)
    assert not added.created and added.name == "P01-nullpunkt"
    assert len(project.documents()) == 1


def test_document_by_name_or_id(project):
    assert project.document("P01-nullpunkt").id == project.document(1).id == 1
    assert project.documents()[0]["role"] == "mentee"


def test_search_gives_document_offset_and_context(project):
    hits = project.search("norskkurs")
    assert len(hits) == 1
    hit = hits[0]
    assert SAMPLE_TEXT[hit["offset"]:hit["offset"] + 9] == "norskkurs"
    assert "«norskkurs»" in hit["context"]
    assert project.search("bergenstest*")


def test_search_syntax_error_is_clear_and_input_is_never_sql(project):
    with pytest.raises(SearchError, match="double quotes"):
        project.search('"unbalanced')
    with pytest.raises(SearchError):
        project.search("x'); DROP TABLE codings; --")
    assert project.db["codings"].exists()


def test_codebook_operations(project):
    c = project.add_coding(1, 0, 10, "mentor_network", "ann")
    project.rename_code("network", "Nettverk og kontakter", "ann")
    new_path = project.move_code("mentor_network", "competence", "ann")
    assert new_path == "competence/mentor_network"
    assert project.codings()[0]["code"] == "competence/mentor_network"
    assert project.merge_code("competence/mentor_network", "network", "ann") == 1
    assert project.codings()[0]["code"] == "network"
    assert project.retire_code("network", "ann") == 1
    assert "network" not in [x.path for x in project.codes()]
    assert project.codings()[0]["id"] == c.id  # codings of a retired code stay recoverable
    project.retire_code("network", "ann", retired=False)
    assert "network" in [x.path for x in project.codes()]


def test_ambiguous_key_needs_a_path(project):
    from workbench.core.models import Code

    project.import_codebook([Code("formal", "Formell", parent="network")])
    with pytest.raises(NotFound, match="ambiguous"):
        project.code_id("formal")
    assert project.code_id("competence/formal")


def test_old_version_file_migrates_and_keeps_codings(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(DATA / "project_v1.db", path)
    with Project.open(path) as p:
        assert p.schema_version == SCHEMA_VERSION
        rows = p.codings()
        assert len(rows) == 1 and rows[0]["memo"] == "døråpner" and rows[0]["code"] == "network/mentor_network"
        assert p.integrity_check() == "ok"
    assert (tmp_path / "old.db.v1.bak").exists()  # automatic backup before migrating


def test_newer_file_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    Project.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    data = path.read_bytes()
    with pytest.raises(ProjectFileError, match="newer"):
        Project.open(path)
    assert path.read_bytes() == data


def test_not_a_project_file_is_refused(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ProjectFileError):
        Project.open(junk)
    with pytest.raises(ProjectFileError, match="no such project"):
        Project.open(tmp_path / "missing.db", create=False)


def test_backup_is_a_complete_private_copy(project, tmp_path):
    project.add_coding(1, 0, 10, "network", "ann")
    target = project.backup(tmp_path / "copy.db")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    with Project.open(target) as copy:
        assert len(copy.codings()) == 1


def test_coder_created_in_a_rolled_back_transaction_is_not_remembered(project):
    with pytest.raises(RuntimeError), project.transaction():
        project.coder_id("nina")
        raise RuntimeError("rollback")
    project.add_coding(1, 0, 5, "network", "nina")
    assert project.codings()[0]["coder"] == "nina"


def test_memos_are_audited_and_updated(project):
    memo_id = project.add_memo("Første tanke", "ann", document="P01-nullpunkt", code="network")
    project.update_memo(memo_id, "Andre tanke", "ann")
    assert project.memos(code="network")[0]["text"] == "Andre tanke"
    assert audit_actions(project)[-2:] == ["memo.add", "memo.update"]
    with pytest.raises(WorkbenchError):
        project.add_memo("   ", "ann")
