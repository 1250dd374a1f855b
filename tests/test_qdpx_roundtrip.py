"""REFI-QDA project export (.qdpx): schema validity, stable GUIDs, and a lossless round trip."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.codebook import assign_colours, code_guid
from workbench.core.models import Code, Document, Participant
from workbench.core.text import text_sha256
from workbench.io.refi.qdpx_export import export_qdpx
from workbench.io.refi.qdpx_import import import_qdpx
from workbench.store import Project

SCHEMA = next((p / "shared" / "refi-qda" / "Project.xsd" for p in Path(__file__).resolve().parents
               if (p / "shared" / "refi-qda" / "Project.xsd").exists()), Path("/nonexistent/Project.xsd"))

SECOND_TEXT = (
    "Intervjuer: Hva har endret seg siden sist?\n\n"
    "Mentor: Hun har fått jobb på rett hylle. Vi ringte tre arbeidsgivere sammen.\n\n"
    "Intervjuer: Og tilliten mellom dere?\n\n"
    "Mentor: Den vokste. Jeg delte nettverket mitt når jeg stolte på henne."
)


@pytest.fixture
def rich(project: Project) -> Project:
    """The shared fixture plus a second interview, two coders, memos, patterns and a retired code."""
    project.import_codebook([
        Code("trust", "Tillit", label_en="Trust", definition="Tillit mellom mentor og mentee.",
             when_to_use="Når noen sier de stoler på en annen.", examples=["Jeg stolte på henne."],
             keywords=["tillit", "stole på"], patterns=[[{"LEMMA": "stole"}, {"LOWER": "på"}]]),
        Code("old_network", "Gammelt nettverk", parent="network"),
    ])
    project.add_document(
        Document("P02-sluttpunkt", SECOND_TEXT, sha256=text_sha256(SECOND_TEXT), wave="endpoint",
                 mode="phone", date="2024-05-02"),
        Participant("P02", "mentor", "master", {"alder": "50-59", "bransje": "IT"}),
    )
    text = project.document("P01-nullpunkt").text
    start = text.index("Mentoren min")
    project.add_coding("P01-nullpunkt", start, start + len("Mentoren min kjente en leder."),
                       "network/mentor_network", "kari", memo="Døråpner – «svake bånd».")
    project.add_coding("P01-nullpunkt", start, start + len("Mentoren min kjente en leder."),
                       "network/mentor_network", "ola")
    lang = text.index("norskkurs")
    project.add_coding("P01-nullpunkt", lang, lang + len("norskkurs"), "competence/language", "ola")
    second = SECOND_TEXT.index("Den vokste.")
    project.add_coding("P02-sluttpunkt", second, len(SECOND_TEXT), "trust", "kari", memo="Tillit → nettverk")
    project.add_coding("P02-sluttpunkt", 0, 10, "old_network", "kari")
    project.retire_code("old_network", "kari")
    doc1, doc2 = project.resolve_document("P01-nullpunkt"), project.resolve_document("P02-sluttpunkt")
    trust, kari = project.code_id("trust"), project.coder_id("kari")
    for document_id, code_id, title, body in (
        (doc1, None, "Inntrykk", "Kort intervju, tydelig om språk."),
        (None, trust, None, "Skill tillit til personen fra tillit til programmet."),
        (doc2, trust, "Tillit i P02", "Se slutten av intervjuet."),
        (None, None, "Prosjektnotat", "Andre runde ferdig kodet.\nNeste: enighet."),
    ):
        project.db.execute(
            "INSERT INTO memos(document_id, code_id, coder_id, title, text, created, updated) "
            "VALUES (?, ?, ?, ?, ?, '2024-05-03T10:00:00.000+00:00', '2024-05-04T09:30:00.000+00:00')",
            [document_id, code_id, kari, title, body],
        )
    return project


def _snapshot(p: Project) -> dict:
    ns = p.namespace
    codes = p.codes(include_retired=True)
    return {
        "documents": sorted((d.name, d.text, d.participant, d.wave, d.mode, d.date)
                            for d in (p.document(r["id"], with_segments=False) for r in p.documents())),
        "participants": [(x.id, x.role, x.program, x.attributes) for x in p.participants()],
        "codes": [
            (c.path, c.label, c.label_en, c.definition, c.when_to_use, c.when_not_to_use, c.examples,
             c.keywords, c.patterns, c.exclusive, c.retired, c.colour, c.guid or code_guid(c.path, ns))
            for c in assign_colours(codes)
        ],
        "coders": p.coders(),
        "codings": [(c["document"], c["start"], c["end"], c["code"], c["coder"], c["memo"], c["created"])
                    for c in p.codings()],
        "memos": p.query(
            "SELECT d.name AS document, x.path AS code, k.name AS coder, m.title, m.text, m.created, m.updated "
            "FROM memos m LEFT JOIN documents d ON d.id = m.document_id LEFT JOIN codes x ON x.id = m.code_id "
            "LEFT JOIN coders k ON k.id = m.coder_id ORDER BY m.id"),
    }


def _qde(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read("project.qde")


@pytest.mark.skipif(not SCHEMA.exists(), reason="REFI-QDA schema not available")
def test_export_is_valid_against_project_xsd(rich, tmp_path):
    import xmlschema

    export_qdpx(rich, tmp_path / "p.qdpx")
    xmlschema.XMLSchema(str(SCHEMA)).validate(_qde(tmp_path / "p.qdpx").decode("utf-8"))


def test_sources_are_utf8_without_bom_and_positions_are_codepoints(rich, tmp_path):
    export_qdpx(rich, tmp_path / "p.qdpx")
    qde = _qde(tmp_path / "p.qdpx").decode("utf-8")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as zf:
        texts = {n[len("sources/"):-4]: zf.read(n) for n in zf.namelist() if n.startswith("sources/")}
    assert len(texts) == 2 + 4 and all(not t.startswith(b"\xef\xbb\xbf") for t in texts.values())  # + memos
    for source_guid, body in re.findall(r'<TextSource guid="([^"]+)".*?>(.*?)</TextSource>', qde, re.S):
        text = texts[source_guid].decode("utf-8")
        for start, end in re.findall(r'startPosition="(\d+)" endPosition="(\d+)"', body):
            assert 0 <= int(start) < int(end) <= len(text)
    quoted = texts[next(iter(texts))].decode("utf-8")
    assert quoted == rich.document("P01-nullpunkt").text
    assert "Mentoren min kjente en leder." in quoted


def test_two_exports_are_identical(rich, tmp_path):
    export_qdpx(rich, tmp_path / "a.qdpx")
    export_qdpx(rich, tmp_path / "b.qdpx")
    assert (tmp_path / "a.qdpx").read_bytes() == (tmp_path / "b.qdpx").read_bytes()


def test_round_trip_into_an_empty_project_compares_equal(rich, tmp_path):
    export_qdpx(rich, tmp_path / "p.qdpx")
    with Project.open(tmp_path / "copy.db") as copy:
        report = import_qdpx(copy, tmp_path / "p.qdpx", actor="importer")
        assert report.warnings == []
        assert report.result.namespace_adopted
        assert _snapshot(copy) == _snapshot(rich)
        assert all(r["origin"] == "import" for r in copy.codings())
        assert copy.document("P02-sluttpunkt").segments  # segmented like any import
        export_qdpx(copy, tmp_path / "again.qdpx")
    # same GUIDs, same everything: only the project's own creation time differs
    drop_created = re.compile(rb'(<Project [^>]*?) creationDateTime="[^"]*"')
    assert drop_created.sub(rb"\1", _qde(tmp_path / "again.qdpx")) == drop_created.sub(rb"\1", _qde(tmp_path / "p.qdpx"))


def test_importing_twice_adds_nothing_new(rich, tmp_path):
    export_qdpx(rich, tmp_path / "p.qdpx")
    with Project.open(tmp_path / "copy.db") as copy:
        import_qdpx(copy, tmp_path / "p.qdpx", actor="importer")
        again = import_qdpx(copy, tmp_path / "p.qdpx", actor="importer")
        assert [created for _n, _i, created in again.result.documents] == [False, False]
        assert again.result.codings_added == 0
        assert again.result.codings_already_present == len(rich.codings())
        assert len(copy.codings()) == len(rich.codings())


def test_import_is_one_audited_transaction(rich, tmp_path):
    export_qdpx(rich, tmp_path / "p.qdpx")
    with Project.open(tmp_path / "copy.db") as copy:
        import_qdpx(copy, tmp_path / "p.qdpx", actor="importer")
        actions = [e["action"] for e in copy.audit_log()]
        assert actions[-1] == "project.import"
        assert actions.count("document.import") == 2


def test_cli_export_and_import(rich, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    rich.close()
    runner = CliRunner()
    out = tmp_path / "ut.qdpx"
    result = runner.invoke(main, ["--db", str(tmp_path / "test.db"), "--coder", "kari", "export", "qdpx",
                                  "--out", out.name, "--dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.output and "5 codings" in result.output
    result = runner.invoke(main, ["--db", str(tmp_path / "new.db"), "--coder", "ola", "import", str(out)])
    assert result.exit_code == 1 and "workbench init" in result.output  # only init creates a project
    assert not (tmp_path / "new.db").exists()
    assert runner.invoke(main, ["--db", str(tmp_path / "new.db"), "init"]).exit_code == 0
    result = runner.invoke(main, ["--db", str(tmp_path / "new.db"), "--coder", "ola", "import", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 imported" in result.output and "5 codings" in result.output
    result = runner.invoke(main, ["--db", str(tmp_path / "new.db"), "import", "--json", str(tmp_path / "nope.qdpx")])
    assert result.exit_code == 1
    assert "file not found" in result.output and "Traceback" not in result.output


def test_importing_into_the_same_project_changes_nothing(rich, tmp_path):
    export_qdpx(rich, tmp_path / "p.qdpx")
    before = _snapshot(rich)
    report = import_qdpx(rich, tmp_path / "p.qdpx", actor="kari")
    assert not report.result.namespace_adopted
    assert report.result.codings_added == 0 and report.result.codes_added == report.result.codes_updated == 0
    assert report.result.memos_added == 0
    assert _snapshot(rich) == before


def test_export_import_export_gives_the_same_file(rich, tmp_path):
    export_qdpx(rich, tmp_path / "a.qdpx")
    with Project.open(tmp_path / "copy.db") as copy:
        import_qdpx(copy, tmp_path / "a.qdpx", actor="importer")
        export_qdpx(copy, tmp_path / "b.qdpx")
    with zipfile.ZipFile(tmp_path / "a.qdpx") as a, zipfile.ZipFile(tmp_path / "b.qdpx") as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        assert all(a.read(n) == b.read(n) for n in a.namelist())
