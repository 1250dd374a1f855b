"""A filter whose values are each known but fit no coded passage is an error, not an empty file.

`--role mentor` in a project whose mentors nobody coded, `--wave endpoint` before any end-point
interview, `--code` of a code nobody applied: `export report`, `export codings`, `quotes` and
`matrix` all stop with an `error:` line naming each filter, its value and the values that do
occur under the other filters, exit 1, and write no file.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import main
from tests.conftest import SAMPLE_TEXT


def _run(project, tmp_path, *args):
    return CliRunner().invoke(main, ["--db", str(project.path), "--spacy-model", "blank:none", *args])


@pytest.fixture
def coded(project):
    start = SAMPLE_TEXT.index("Jeg tok")
    project.add_coding("P01-nullpunkt", start, len(SAMPLE_TEXT), "language", "kari")
    return project


COMMANDS = [
    ("export", "report", "--out", "r.md"),
    ("export", "codings", "--out", "c.csv"),
    ("quotes",),
    ("matrix", "--by", "wave"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("flt, named, existing", [
    (("--role", "mentor"), "--role 'mentor'", "mentee"),
    (("--wave", "endpoint"), "--wave 'endpoint'", "baseline"),
    (("--code", "network"), "--code 'network'", "competence/language"),
])
def test_a_filter_that_fits_nothing_is_an_error_and_writes_nothing(coded, tmp_path, command, flt, named, existing):
    result = _run(coded, tmp_path, *command, "--dir", str(tmp_path / "out"), *flt) if command[0] == "export" \
        else _run(coded, tmp_path, *command, *flt)
    assert result.exit_code == 1, result.output
    assert "error:" in result.output and named in result.output and existing in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_two_filters_that_fit_nothing_together_name_what_each_would_find(coded, tmp_path):
    result = _run(coded, tmp_path, "quotes", "--role", "mentee", "--code", "network")
    assert result.exit_code == 1
    assert "--code 'network'" in result.output and "competence/language" in result.output


def test_filters_that_fit_still_work(coded, tmp_path):
    result = _run(coded, tmp_path, "export", "report", "--out", "r.md", "--dir", str(tmp_path / "out"),
                  "--role", "mentee", "--wave", "baseline")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "r.md").exists()
