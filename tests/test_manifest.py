"""The interview manifest: columns, per-row validation with line numbers, encodings."""

from __future__ import annotations

import json

import pytest

from workbench.core.errors import InputError
from workbench.io.transcripts.manifest import read_manifest
from workbench.io.transcripts.load import validate_metadata


def write(tmp_path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "manifest.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_comma_manifest_with_attributes(tmp_path):
    path = write(tmp_path, (
        "file,name,participant,role,program,wave,mode,date,attr_alder,attr_kjønn\n"
        "intervjuer/P01-null.txt,P01 nullpunkt,P01,Mentee,master,nullpunkt,telefon,2024-01-15,30-39,kvinne\n"
        "P02.docx,,P02,program leader,gründer,Sluttpunkt,,,,\n"
    ))
    m = read_manifest(path)
    assert list(m) == ["intervjuer/P01-null.txt", "P02.docx"]
    assert m["intervjuer/P01-null.txt"] == {
        "file": "intervjuer/P01-null.txt", "name": "P01 nullpunkt", "participant": "P01", "role": "mentee",
        "program": "master", "wave": "baseline", "mode": "telefon", "date": "2024-01-15",
        "attr_alder": "30-39", "attr_kjønn": "kvinne", "line": 2,
    }
    assert m["P02.docx"] == {"file": "P02.docx", "participant": "P02", "role": "programleder",
                             "program": "gründer", "wave": "endpoint", "line": 3}


def test_lookup_by_basename(tmp_path):
    m = read_manifest(write(tmp_path, "file,role\nintervjuer/P01.txt,mentor\n"))
    assert m["P01.txt"]["role"] == "mentor"
    assert "/home/forsker/data/P01.txt" in m
    assert m.get("P99.txt") is None


def test_excel_semicolon_cp1252(tmp_path):
    path = write(tmp_path, "File;Role;Programme;Wave\r\nP01 Ærlig.txt;mentee;Flyktning – spor 3;baseline\r\n", "cp1252")
    m = read_manifest(path)
    assert m["P01 Ærlig.txt"]["program"] == "Flyktning – spor 3"


def test_utf8_bom_header(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(b"\xef\xbb\xbffile;wave\nP01.txt;endpoint\n")
    assert read_manifest(path)["P01.txt"]["wave"] == "endpoint"


def test_unknown_column_is_reported_on_line_1(tmp_path):
    path = write(tmp_path, "file,role,xyz\nP01.txt,mentee,1\n")
    with pytest.raises(InputError) as e:
        read_manifest(path)
    assert (e.value.line, e.value.field) == (1, "xyz")
    assert str(e.value).startswith(f"{path}:1: xyz: unknown column 'xyz' (allowed: file, name")


def test_bad_wave_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "file,wave\nP01.txt,baseline\nP02.txt,midtveis\n")
    with pytest.raises(InputError) as e:
        read_manifest(path)
    assert (e.value.line, e.value.field) == (3, "wave")
    assert "midtveis" in str(e.value)


@pytest.mark.parametrize(
    "text, line, field, message",
    [
        ("file,role\nP01.txt,sjef\n", 2, "role", "role must be one of"),
        ("file,date\nP01.txt,15.01.2024\n", 2, "date", "YYYY-MM-DD"),
        ("file,date\nP01.txt,2024-02-30\n", 2, "date", "YYYY-MM-DD"),
        ("file,role\nP01.txt,mentee\nP01.txt,mentor\n", 3, "file", "duplicate row"),
        ("name,role\nP01,mentee\n", 1, "file", "missing required column 'file'"),
        ("file,role\n,mentee\n", 2, "file", "file is empty"),
        ("file,role,role\nP01.txt,mentee,mentor\n", 1, "role", "appears twice"),
    ],
)
def test_row_errors(tmp_path, text, line, field, message):
    with pytest.raises(InputError, match=message) as e:
        read_manifest(write(tmp_path, text))
    assert (e.value.line, e.value.field) == (line, field)


def test_empty_and_missing_manifest(tmp_path):
    with pytest.raises(InputError, match="empty"):
        read_manifest(write(tmp_path, " \n"))
    with pytest.raises(InputError, match="not found"):
        read_manifest(tmp_path / "nope.csv")


def test_validate_metadata_normalises_cli_flags():
    assert validate_metadata({"role": " Programleder ", "wave": "SLUTTPUNKT", "programme": "x", "mode": ""}, "cli") == {
        "role": "programleder", "wave": "endpoint", "program": "x"}
    assert validate_metadata({"attributes": {"alder": "30"}, "attr_by": "Bodø"}, "cli") == {
        "attr_alder": "30", "attr_by": "Bodø"}
    with pytest.raises(InputError, match="unknown field 'colour'"):
        validate_metadata({"colour": "red"}, "cli")


def test_a_listed_file_that_is_missing_stops_the_whole_manifest_at_its_line(tmp_path):
    """A manifest describes the study's interviews as one: a row whose file is missing used to fail
    alone while the others landed (a baseline in, its end-point not). Now nothing is imported and
    the error points at the row."""
    from workbench.io.transcripts.batch import import_files
    from workbench.store import Project

    (tmp_path / "P01.txt").write_text("I: Hei.\nP01: Hei.\n", encoding="utf-8")
    path = write(tmp_path, "file;participant;role\nP01.txt;P01;mentee\nP02.txt;P02;mentee\n")
    with Project.open(tmp_path / "p.db") as project:
        with pytest.raises(InputError) as e:
            import_files(project, [], manifest_path=path)
        assert project.documents() == []
    assert str(e.value) == f"{path}:3: file: file not found: {tmp_path / 'P02.txt'}"


def test_every_bad_row_of_every_kind_is_named_before_anything_is_written(tmp_path):
    """Cells, files and speaker maps are all checked first; each bad row is one error line, in the
    order of the lines, and the project is left as it was."""
    from click.testing import CliRunner

    from workbench.cli import main

    (tmp_path / "P01.txt").write_text("I: Hei.\n\nMentee: Hei.\n", encoding="utf-8")
    (tmp_path / "P02.txt").write_text("I: Hei.\n\nMentee: Hei.\n\nI: Og?\n\nMentee: Ja.\n", encoding="utf-8")
    (tmp_path / "P03.docx").write_bytes(b"not a word file at all")
    (tmp_path / "G01.txt").write_text("I: Hei.\n\nAH: Hei.\n\nBK: Hallo.\n", encoding="utf-8")
    path = write(tmp_path, "file,participant,role,speakers\nP01.txt,P01,mentee,\nP02.txt,P02,mentoor,\n"
                           "P03.docx,P03,mentee,\nP04.txt,P04,mentee,\nG01.txt,G01,mentee,AH=mentee:P05; CD=mentor\n")
    db = tmp_path / "p.db"
    CliRunner().invoke(main, ["--db", str(db), "init"])
    result = CliRunner().invoke(main, ["--db", str(db), "import", "--manifest", str(path)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert [line.split(": ")[1:3] for line in lines] == [
        [f"{path}:3", "role"], [f"{path}:4", "file"], [f"{path}:5", "file"], [f"{path}:6", "speakers"]]
    assert "P03.docx: " in lines[1] and f"file not found: {tmp_path / 'P04.txt'}" in lines[2]
    assert "speaker label 'CD' does not occur in document 'G01' (its labels: I, AH, BK)" in lines[3]
    assert result.output.splitlines()[-1] == ("nothing imported: a manifest goes in whole; fix the rows named above "
                                              "and run it again")
    assert not [line for line in result.output.splitlines() if line.startswith("imported ")]
    as_json = CliRunner().invoke(main, ["--db", str(db), "import", "--manifest", str(path), "--json"])
    assert as_json.exit_code == 1
    assert [f["error"] for f in json.loads(as_json.stdout)["failed"]] == [line[len("error: "):] for line in lines]
    documents = CliRunner().invoke(main, ["--db", str(db), "documents", "--json"])
    assert documents.exit_code == 0 and documents.output.strip() == "[]"


def test_a_sound_manifest_still_lands_file_by_file(tmp_path):
    from workbench.io.transcripts.batch import import_files
    from workbench.store import Project

    for name in ("P01", "P02"):
        (tmp_path / f"{name}.txt").write_text(f"I: Hei.\n\nMentee: Hei fra {name}.\n", encoding="utf-8")
    path = write(tmp_path, "file;participant;role;wave\nP01.txt;P01;mentee;nullpunkt\nP02.txt;P02;mentee;sluttpunkt\n")
    landed = []
    with Project.open(tmp_path / "p.db") as project:
        report = import_files(project, [], manifest_path=path, landed=lambda f, i, n: landed.append(n))
        assert [d["wave"] for d in project.documents()] == ["baseline", "endpoint"]
    assert landed == ["P01", "P02"] and report.ok


def test_every_bad_row_is_reported_at_once_one_line_each(tmp_path):
    """A new user fixed one row per run: the run stopped at the first bad one. Now each bad row
    has its own `error:` line naming the line and field; nothing is imported."""
    from click.testing import CliRunner

    from workbench.cli import main

    (tmp_path / "P01.txt").write_text("I: Hei.\nP01: Hei.\n", encoding="utf-8")
    path = write(tmp_path, "file,role,date\nP01.txt,mentee,2026-01-05\nP02.txt,mentoor,2026-01-05\n"
                           "P03.txt,mentee,2026-13-01\n")
    with pytest.raises(InputError, match="mentoor") as e:  # still an InputError, naming the first row
        read_manifest(path)
    assert (e.value.line, e.value.field) == (3, "role") and "2026-13-01" in str(e.value)
    db = tmp_path / "p.db"
    CliRunner().invoke(main, ["--db", str(db), "init"])
    result = CliRunner().invoke(main, ["--db", str(db), "import", "--manifest", str(path)])
    lines = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert result.exit_code == 1
    assert lines == [f"error: {path}:3: role: role must be one of mentee, mentor, programleder (got 'mentoor')",
                     f"error: {path}:4: date: date must be YYYY-MM-DD (got '2026-13-01')"]


def test_a_role_or_programme_with_no_participant_is_said_to_be_dropped(tmp_path):
    """They belong to a participant: given without one (`import --role mentor --program master`,
    or a manifest row with no participant), nothing stored them and nothing said so."""
    from workbench.io.transcripts.batch import import_files
    from workbench.store import Project

    (tmp_path / "o.txt").write_text("I: Hei.\n\nMentee: Hei, jeg heter Ali.\n", encoding="utf-8")  # SYNTHETIC
    (tmp_path / "p.txt").write_text("I: Hei igjen.\n\nMentee: Hei, det er Ali.\n", encoding="utf-8")  # SYNTHETIC
    with Project.open(tmp_path / "p.db", create=True) as project:
        report = import_files(project, [tmp_path / "o.txt"], None, {"role": "mentor", "program": "master"}, "kari")
        assert [d["name"] for d in project.documents()] == ["o"] and project.documents()[0]["program"] is None
        assert report.warnings == [(str(tmp_path / "o.txt"), "role and program not stored: they belong to a "
                                    "participant, and none was given (--participant or a manifest column)")]
        report = import_files(project, [tmp_path / "p.txt"], None, {"role": "mentor", "participant": "M1"}, "kari")
        assert report.warnings == [] and {p.id: p.role for p in project.participants()} == {"M1": "mentor"}


def test_a_quote_left_open_is_named_not_read_as_a_file_name(tmp_path):
    # a stray " at the start of a cell makes CSV read on to the end of the file as one value
    path = write(tmp_path, 'file,participant,wave\nP01.txt,P01,baseline\n"P02.txt,P02,endpoint\nP03.txt,P03,baseline\n')
    with pytest.raises(InputError) as e:
        read_manifest(path)
    assert (e.value.line, e.value.field) == (3, "file")
    assert 'a " opened on this line is never closed' in str(e.value) and "end of the file (line 4)" in str(e.value)
    # the same on the last line
    path = write(tmp_path, 'file,participant,wave\nP01.txt,P01,baseline\n"P02.txt,P02,endpoint\n')
    with pytest.raises(InputError) as e:
        read_manifest(path)
    assert (e.value.line, e.value.field) == (3, "file") and "never closed" in str(e.value)
    assert "(line" not in str(e.value)
