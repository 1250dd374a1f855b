"""Command errors: one `error:` line on stderr and a non-zero exit, raised (never sys.exit from a helper)."""

from __future__ import annotations

import json

import click
from click.testing import CliRunner

from workbench.cli import main
from workbench.commands.common import CommandError, fail


def test_fail_raises_a_click_exception_that_prints_one_error_line():
    @click.command()
    def broken() -> None:
        fail("the file is not there")

    result = CliRunner().invoke(broken, [])
    assert result.exit_code == 1
    assert result.stderr == "error: the file is not there\n"
    assert isinstance(CommandError("x"), click.ClickException)


def test_doctor_exits_non_zero_when_it_prints_an_error(tmp_path):
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(b"this is not a database, just notes" * 100)
    result = CliRunner().invoke(main, ["--db", str(garbage), "doctor"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "not a workbench project file" in errors[0]
    assert "schema_version             unreadable" in result.stdout  # the rest is still reported


def test_doctor_json_names_the_error_and_exits_non_zero(tmp_path):
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(b"x" * 4096)
    result = CliRunner().invoke(main, ["--db", str(garbage), "doctor", "--json"])
    assert result.exit_code == 1
    info = json.loads(result.stdout)
    assert info["schema_version"] == "unreadable" and info["error"]


def test_doctor_on_a_sound_project_exits_zero(tmp_path):
    db = tmp_path / "p.db"
    assert CliRunner().invoke(main, ["--db", str(db), "init"]).exit_code == 0
    result = CliRunner().invoke(main, ["--db", str(db), "doctor", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["error"] is None


def test_import_with_a_bad_file_exits_one_after_importing_the_good_one(tmp_path):
    db = tmp_path / "p.db"
    CliRunner().invoke(main, ["--db", str(db), "init"])
    good = tmp_path / "good.txt"
    good.write_text("I: Hei.\n\nMentee: Jeg fikk jobb.\n", encoding="utf-8")  # synthetic
    bad = tmp_path / "bad.xyz"
    bad.write_text("?", encoding="utf-8")
    result = CliRunner().invoke(main, ["--db", str(db), "import", str(good), str(bad)])
    assert result.exit_code == 1
    assert "imported" in result.stdout and "error:" in result.stderr


def test_a_missing_project_points_to_the_demo_once_it_is_built(tmp_path, monkeypatch):
    """A new user's next command after `workbench demo` has no --db: the error says where the demo is."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    missing = tmp_path / "workbench.db"
    result = CliRunner().invoke(main, ["--db", str(missing), "documents"])
    assert result.exit_code == 1
    assert result.stderr == f"error: {missing}: no such project file (create one with `workbench init`)\n"
    demo = tmp_path / "data" / "workbench" / "demo.db"
    demo.parent.mkdir(parents=True)
    demo.write_bytes(b"")  # only its being there counts
    result = CliRunner().invoke(main, ["--db", str(missing), "documents"])
    assert result.exit_code == 1 and not missing.exists()
    assert result.stderr == (f"error: {missing}: no such project file (create one with `workbench init`); "
                             f"or use the demo project: --db {demo}\n")
