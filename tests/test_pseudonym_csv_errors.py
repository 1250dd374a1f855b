"""A malformed term list (`pseudonyms import`) names every bad row, its line and field, and changes nothing.

The terms are invented. A term written with an unquoted comma (`Hagen Regnskap, Hamar`) splits
into more cells than the header has; read as it was, the list would silently replace the firm's
first words by the place and drop its real replacement, so it is an error, not a guess.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.errors import InputError
from workbench.io.pseudonymize.pseudonymizer import read_pseudonym_csv


def _errors(path) -> list[str]:
    with pytest.raises(InputError) as caught:
        read_pseudonym_csv(path)
    return str(caught.value).splitlines()


def test_every_bad_row_is_named_with_its_line_and_field(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("term,replacement\nSomalia,[hjemlandet]\nHamar\n,[X]\n"
                    "Brattvoll Regnskap, Molde,[organisasjon]\nGründerbro,\n", encoding="utf-8")
    assert _errors(path) == [
        f"{path}:3: replacement: missing (each row needs a term and its replacement)",
        f"{path}:4: term: missing (each row needs a term and its replacement)",
        f"{path}:5: 3 cells where the header has 2 (a term or replacement holding a comma needs "
        "double quotes: \"Hagen Regnskap, Hamar\")",
        f"{path}:6: replacement: missing (each row needs a term and its replacement)",
    ]


def test_a_column_the_header_names_may_hold_a_note(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("term;replacement;note\nSomalia;[hjemlandet];landet hun kom fra\n", encoding="utf-8")
    assert read_pseudonym_csv(path) == [("Somalia", "[hjemlandet]")]


def test_an_unclosed_quote_is_named_where_it_opens(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text('term,replacement\nSomalia,[hjemlandet]\n"Hamar,[…]\nLillehammer,[…]\n', encoding="utf-8")
    assert _errors(path) == [f"{path}:3: a double quote opened on this row is never closed"]


def test_the_command_names_the_rows_and_leaves_the_list_as_it_was(tmp_path):
    db = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "init"]).exit_code == 0
    assert runner.invoke(main, ["--db", str(db), "pseudonyms", "add", "Somalia", "[hjemlandet]"]).exit_code == 0
    path = tmp_path / "terms.csv"
    path.write_text("term,replacement\nHamar,[…]\n,[X]\nHagen Regnskap, Hamar,[organisasjon]\n", encoding="utf-8")
    result = runner.invoke(main, ["--db", str(db), "pseudonyms", "import", str(path), "--replace"])
    assert result.exit_code == 1
    assert f"error: {path}:3: term: missing" in result.output
    assert f"error: {path}:4: 3 cells where the header has 2" in result.output
    listed = runner.invoke(main, ["--db", str(db), "pseudonyms", "list", "--json"])
    assert "Somalia" in listed.output and "Hamar" not in listed.output
