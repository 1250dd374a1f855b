"""One export path rule for every command, and spreadsheet cells that are never formulas.

Every command that writes a file (codings and codebook export, report, codings table,
agreement, .qdpx) honours an absolute or ~ path, puts a relative name into exports/,
refuses `..`, never writes through a symbolic link, never overwrites without --force,
never overwrites the project file, and leaves every file 0600. Memos and names that
start like a formula reach CSV and .xlsx as text. Test data is synthetic.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.spreadsheet import safe_cell, unescape_cell
from workbench.store import Project

# (command, how to name the output): each writes one file named by the last argument
EXPORTS = {
    "codings export": (["codings", "export"], "kodinger.csv"),
    "codebook export yaml": (["codebook", "export"], "kodebok.yaml"),
    "codebook export qdc": (["codebook", "export"], "kodebok.qdc"),
    "export codings": (["export", "codings", "--no-ner", "--out"], "tabell.csv"),
    "export codings xlsx": (["export", "codings", "--no-ner", "--out"], "tabell.xlsx"),
    "export report": (["export", "report", "--no-ner", "--no-chart", "--out"], "rapport.md"),
    "export agreement": (["export", "agreement", "--out"], "enighet.csv"),
    "export qdpx": (["export", "qdpx", "--out"], "prosjekt.qdpx"),
}


@pytest.fixture
def cli(tmp_path, monkeypatch, project):
    monkeypatch.setenv("WORKBENCH_CODER", "kari")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    monkeypatch.chdir(tmp_path)
    project.add_coding("P01-nullpunkt", 27, 60, "network", "kari", memo="=HYPERLINK(\"http://x\",\"klikk\")")
    project.add_coding("P01-nullpunkt", 27, 60, "network", "ola", memo="+47 99 99 99 99")
    project.add_coding("P01-nullpunkt", 61, 80, "competence", "@ola", memo="-1+2")
    runner = CliRunner()
    yield lambda *args: runner.invoke(main, ["--db", str(project.path), *args])


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("which", EXPORTS)
def test_every_export_follows_one_path_rule(cli, project, tmp_path, which):
    args, name = EXPORTS[which]
    # a relative name goes into exports/
    result = cli(*args, name)
    assert result.exit_code == 0, result.output
    written = tmp_path / "exports" / name
    assert written.is_file() and private(written)
    # an existing file is not overwritten without --force, and is with it
    before = written.read_bytes()
    again = cli(*args, name)
    assert again.exit_code == 1 and "--force" in again.stderr and again.stderr.count("\n") == 1
    assert written.read_bytes() == before
    assert cli(*args, name, "--force").exit_code == 0
    # the user's absolute and ~ paths are honoured
    absolute = tmp_path / "elsewhere" / name
    absolute.parent.mkdir()
    assert cli(*args, str(absolute)).exit_code == 0 and private(absolute)
    assert cli(*args, f"~/{name}").exit_code == 0 and private(tmp_path / "home" / name)
    # .. may not climb out of exports/
    climbing = cli(*args, f"../{name}")
    assert climbing.exit_code == 1 and "'..'" in climbing.stderr and not (tmp_path.parent / name).exists()


@pytest.mark.parametrize("which", EXPORTS)
def test_no_export_writes_through_a_symlink(cli, project, tmp_path, which):
    args, name = EXPORTS[which]
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    (tmp_path / "exports").mkdir()
    link = tmp_path / "exports" / name
    link.symlink_to(victim)
    for extra in ((), ("--force",)):
        result = cli(*args, name, *extra)
        assert result.exit_code == 1 and "symbolic link" in result.stderr, result.output
    assert victim.read_text() == "untouched" and link.is_symlink()


def test_the_project_file_is_never_an_export_target(cli, project, tmp_path):
    before = Path(project.path).read_bytes()
    for args in (["codings", "export", str(project.path), "--force"],
                 ["export", "agreement", "--out", str(project.path), "--force"]):
        result = cli(*args)
        assert result.exit_code == 1, result.output
        assert "project file" in result.stderr or "unknown format" in result.stderr
    # same file under another name (a hard link) is still the project file
    alias = tmp_path / "alias.csv"
    os.link(project.path, alias)
    result = cli("codings", "export", str(alias), "--force")
    assert result.exit_code == 1 and "project file" in result.stderr
    assert Path(project.path).read_bytes() == before


def test_absolute_path_into_a_missing_folder_is_one_line(cli, tmp_path):
    result = cli("export", "report", "--no-ner", "--out", str(tmp_path / "nope" / "r.md"))
    assert result.exit_code == 1 and "does not exist" in result.stderr and not (tmp_path / "nope").exists()


# --- cells --------------------------------------------------------------------------------------


@pytest.mark.parametrize("value,expected", [("=1+1", "'=1+1"), ("+47", "'+47"), ("-1", "'-1"), ("@x", "'@x"),
                                            ("\t=x", "'\t=x"), ("\r=x", "'\r=x"), ("vanlig", "vanlig"),
                                            ("", ""), (3, 3), (None, None), (-2.5, -2.5)])
def test_safe_cell_follows_owasp(value, expected):
    assert safe_cell(value) == expected
    if isinstance(value, str):
        assert unescape_cell(safe_cell(value)) == value


def cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_exports_never_start_a_cell_with_a_formula(cli, tmp_path):
    assert cli("codings", "export", "k.csv").exit_code == 0
    assert cli("export", "codings", "--no-ner", "--no-pseudonymize", "--out", "t.csv").exit_code == 0
    for path in (tmp_path / "exports" / "k.csv", tmp_path / "exports" / "t.csv"):
        rows = cells(path.read_bytes())
        flat = [cell for row in rows for cell in row]
        assert not [c for c in flat if c[:1] in ("=", "+", "-", "@", "\t", "\r")], path
        assert "'=HYPERLINK(\"http://x\",\"klikk\")" in flat and "'@ola" in flat and "'-1+2" in flat


def test_codings_csv_round_trips_through_the_escape(cli, project, tmp_path):
    assert cli("codings", "export", "k.csv").exit_code == 0
    other = Project.open(tmp_path / "other.db")
    other.close()
    before = {(c["coder"], c["memo"]) for c in project.codings()}
    result = cli("codings", "import", str(tmp_path / "exports" / "k.csv"))
    assert result.exit_code == 0, result.output
    after = {(c["coder"], c["memo"]) for c in project.codings()}
    assert after == before  # unescaped on the way in: the same memos and coders, no "'" added


def test_xlsx_cells_are_text_never_formulas(cli, tmp_path):
    import openpyxl

    assert cli("export", "codings", "--no-ner", "--no-pseudonymize", "--out", "t.xlsx").exit_code == 0
    sheet = openpyxl.load_workbook(tmp_path / "exports" / "t.xlsx").active
    values = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert values and all(cell.data_type == "s" for cell in values)
    assert not [c.value for c in values if c.value[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK(\"http://x\",\"klikk\")" in [c.value for c in values]


def test_a_free_export_name_numbers_the_file_never_a_dotted_folder(tmp_path):
    """The name the workbench offers when one is taken: `r-2.md`, and in a folder `v1.2/` the file's
    own name is numbered (it offered `v1-2.2/rapport`, a folder that does not exist)."""
    from workbench.io.export_paths import free_export_name

    (tmp_path / "v1.2").mkdir()
    for taken in ("r.md", "r-2.md", "v1.2/rapport", ".notes"):
        (tmp_path / taken).write_text("x", encoding="utf-8")
    assert free_export_name("r.md", tmp_path) == "r-3.md"
    assert free_export_name("new.md", tmp_path) == "new.md"
    assert free_export_name("v1.2/rapport", tmp_path) == "v1.2/rapport-2"
    assert free_export_name(".notes", tmp_path) == ".notes-2"
