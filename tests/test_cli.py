"""The command line, run through click's test runner on temporary projects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

TRANSCRIPT = (
    "I: Hvordan var det å søke jobb?\n\n"
    "Mentee: Jeg sendte mange søknader. Mentoren min hjalp meg med CV-en.\n\n"
    "I: Fikk du intervju?\n\n"
    "Mentee: Ja, to ganger. Det var nervøst."
)

CODEBOOK = """codes:
  - key: signalling
    label: {nb: Signalisering, en: Signalling}
    children:
      - key: cv_application
        label: CV og søknad
  - key: network
    label: Nettverk
"""


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CODER", "kari")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    (tmp_path / "a.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "book.yaml").write_text(CODEBOOK, encoding="utf-8")
    return tmp_path


def run(env: Path, *args: str, ok: bool = True):
    result = CliRunner().invoke(main, ["--db", str(env / "p.db"), *args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_init_import_code_list_export(env):
    run(env, "init", "--codebook", str(env / "book.yaml"))
    out = run(env, "import", str(env / "a.txt"), "--participant", "P01", "--role", "mentee",
              "--program", "master", "--wave", "nullpunkt", "--mode", "phone").output
    assert "1 imported" in out
    docs = json.loads(run(env, "documents", "--json").output)
    assert docs == [{"id": 1, "name": "a", "participant": "P01", "role": "mentee", "program": "master",
                     "wave": "baseline", "words": len(TRANSCRIPT.split()), "codings": 0}]
    assert run(env, "text", "a").output.rstrip("\n") == TRANSCRIPT
    start = TRANSCRIPT.index("Mentoren")
    run(env, "code", "a", str(start), str(start + 31), "cv_application", "--memo", "hjelp med CV")
    rows = json.loads(run(env, "codings", "list", "--json").output)
    assert rows == [{"id": 1, "document": "a", "coder": "kari", "code": "signalling/cv_application",
                     "start": start, "end": start + 31, "memo": "hjelp med CV", "origin": "manual"}]
    run(env, "codings", "export", str(env / "out.csv"))
    assert (env / "out.csv").read_text(encoding="utf-8").splitlines()[1].startswith("a,kari,signalling/cv_application")


def test_reimport_is_not_duplicated_and_bad_files_fail_alone(env):
    run(env, "init")
    (env / "empty.txt").write_text("", encoding="utf-8")
    (env / "bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    (env / "slides.pptx").write_bytes(b"PK\x03\x04")
    result = run(env, "import", str(env / "a.txt"), str(env / "empty.txt"), str(env / "bin.txt"),
                 str(env / "slides.pptx"), ok=False)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("empty.txt" in e for e in errors) and any("bin.txt" in e for e in errors)
    assert any("slides.pptx" in e for e in errors)
    again = run(env, "import", str(env / "a.txt"))
    assert "already" in again.output
    assert len(json.loads(run(env, "documents", "--json").output)) == 1


def test_manifest_import_and_unknown_column(env):
    run(env, "init")
    (env / "m.csv").write_text("file,name,participant,role,program,wave,mode,date\n"
                               "a.txt,P01-sluttpunkt,P01,mentor,refugee,sluttpunkt,phone,2026-02-01\n",
                               encoding="utf-8")
    run(env, "import", str(env / "a.txt"), "--manifest", str(env / "m.csv"))
    doc = json.loads(run(env, "documents", "--json").output)[0]
    assert (doc["name"], doc["role"], doc["wave"]) == ("P01-sluttpunkt", "mentor", "endpoint")
    (env / "bad.csv").write_text("file,colour\na.txt,red\n", encoding="utf-8")
    result = run(env, "import", str(env / "a.txt"), "--manifest", str(env / "bad.csv"), ok=False)
    assert result.exit_code != 0 and "colour" in result.output and "bad.csv" in result.output


def test_undo_redo_search_codebook_roundtrip(env):
    run(env, "init", "--codebook", str(env / "book.yaml"))
    run(env, "import", str(env / "a.txt"))
    run(env, "code", "1", "0", "10", "network")
    assert "undid" in run(env, "undo").output
    assert json.loads(run(env, "codings", "list", "--json").output) == []
    assert "redid" in run(env, "redo").output
    assert len(json.loads(run(env, "codings", "list", "--json").output)) == 1
    hits = json.loads(run(env, "search", "søknader", "--json").output)
    assert hits[0]["document"] == "a" and TRANSCRIPT[hits[0]["offset"]:].startswith("søknader")
    bad = run(env, "search", '"open', ok=False)
    assert bad.exit_code == 1 and "error:" in bad.output
    run(env, "codebook", "export", str(env / "out.qdc"))
    run(env, "codebook", "export", str(env / "out.yaml"))
    shown = json.loads(run(env, "codebook", "show", "--json").output)
    assert [c["path"] for c in shown] == ["signalling", "signalling/cv_application", "network"]
    assert shown[0]["label"] == "Signalisering"


def test_codings_csv_import_with_line_numbers(env):
    run(env, "init", "--codebook", str(env / "book.yaml"))
    run(env, "import", str(env / "a.txt"))
    (env / "c.csv").write_text("document,coder,code,start,end,memo\na,ola,network,0,10,\na,ola,nope,0,10,\n",
                               encoding="utf-8")
    result = run(env, "codings", "import", str(env / "c.csv"), ok=False)
    assert result.exit_code == 1 and "c.csv:3" in result.output
    assert json.loads(run(env, "codings", "list", "--json").output) == []  # all or nothing
    (env / "c.csv").write_text("document,coder,code,start,end,memo\na,ola,network,0,10,x\n", encoding="utf-8")
    run(env, "codings", "import", str(env / "c.csv"))
    row = json.loads(run(env, "codings", "list", "--coder", "ola", "--json").output)[0]
    assert (row["coder"], row["origin"], row["memo"]) == ("ola", "import", "x")


def test_codings_csv_names_every_bad_row_and_its_field(env):
    """One run lists every bad row (document, code, span), one error line each with its field."""
    run(env, "init", "--codebook", str(env / "book.yaml"))
    run(env, "import", str(env / "a.txt"))
    (env / "c.csv").write_text("document,coder,code,start,end,memo\na,ola,network,0,10,\na,ola,nope,0,10,\n"
                               "zz,ola,network,0,10,\na,ola,network,50,20,\n", encoding="utf-8")
    result = run(env, "codings", "import", str(env / "c.csv"), ok=False)
    lines = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert [line.split(": ")[1:3] for line in lines] == [
        [f"{env / 'c.csv'}:3", "code"], [f"{env / 'c.csv'}:4", "document"], [f"{env / 'c.csv'}:5", "start/end"]]
    assert json.loads(run(env, "codings", "list", "--json").output) == []  # all or nothing


def test_errors_are_one_line_not_tracebacks(env):
    result = run(env, "codings", "list", ok=False)
    assert result.exit_code == 1 and "no such project" in result.output and "Traceback" not in result.output
    run(env, "init")
    result = run(env, "code", "missing", "0", "5", "network", ok=False)
    assert result.exit_code == 1 and result.output.startswith("error:")


def test_doctor_reports_pipeline_and_schema(env):
    run(env, "init")
    info = json.loads(run(env, "doctor", "--json").output)
    assert info["schema_version"] == info["schema_version_supported"]
    assert info["spacy_pipeline"]["kind"] in ("full", "fallback")
    assert info["coder"] == "kari"


def test_memos_on_documents_codes_and_the_project(env):
    run(env, "init", "--codebook", str(env / "book.yaml"))
    run(env, "import", str(env / "a.txt"))
    run(env, "memos", "add", "Sterk fortelling om CV", "--document", "a", "--code", "cv_application")
    run(env, "memos", "add", "Husk å sjekke bølge 2", "--title", "Prosjekt")
    rows = json.loads(run(env, "memos", "list", "--json").output)
    assert [(r["document"], r["code"], r["coder"], r["text"]) for r in rows] == [
        ("a", "signalling/cv_application", "kari", "Sterk fortelling om CV"),
        (None, None, "kari", "Husk å sjekke bølge 2"),
    ]
    assert len(json.loads(run(env, "memos", "list", "--document", "a", "--json").output)) == 1
    bad = run(env, "memos", "add", "x", "--document", "nope", ok=False)
    assert bad.exit_code == 1 and "nope" in bad.output


def test_import_and_codebook_import_into_a_missing_project_point_to_init(env):
    """Only `init` creates a project file; `import` and `codebook import` say to run it, like every command."""
    for args in (("import", str(env / "a.txt")), ("codebook", "import", str(env / "book.yaml")), ("documents",)):
        result = run(env, *args, ok=False)
        assert result.exit_code == 1
        assert "no such project file (create one with `workbench init`)" in result.output, args
        assert not (env / "p.db").exists()
    run(env, "init", "--codebook", str(env / "book.yaml"))
    assert "1 imported" in run(env, "import", str(env / "a.txt")).output


def test_matrix_per_interview_and_the_interviews_row(env):
    run(env, "init", "--codebook", str(env / "book.yaml"))
    run(env, "import", str(env / "a.txt"), "--participant", "P01", "--wave", "nullpunkt")
    start = TRANSCRIPT.index("Mentoren")
    run(env, "code", "a", str(start), str(start + 31), "cv_application")
    out = run(env, "matrix", "--by", "wave", "--per-interview").output
    assert "per interview" in out.splitlines()[0]
    assert [line.split() for line in out.splitlines() if line.split()[0] in ("signalling", "(interviews)")] == [
        ["signalling", "1.00", "—", "1"], ["(interviews)", "1", "0"]]  # no end-point interview: no figure
    data = json.loads(run(env, "matrix", "--by", "wave", "--json").output)
    assert data["interviews"] == {"baseline": 1, "endpoint": 0}
    assert data["rows"][0]["per_interview"] == {"baseline": 1.0, "endpoint": None}
