"""Term lists saved by a spreadsheet in UTF-16 are read, or refused with an error that says why.

Excel's "Unicode text" and some Windows editors write UTF-16 with a byte-order mark. Read as
cp1252, such a file used to come out as NUL-padded cells and a misleading "replacement missing"
on every row. The terms are invented.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.errors import InputError
from workbench.io.pseudonymize.pseudonymizer import read_pseudonym_csv

ROWS = "term,replacement\nBrattvoll Regnskap,[organisasjon]\nGrünerløkka,[bydel]\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-8", "cp1252"])
def test_a_list_in_a_usual_encoding_is_read(tmp_path, encoding):
    path = tmp_path / "terms.csv"
    raw = ROWS.encode(encoding)
    if encoding == "utf-16-be":  # Python writes no mark for the explicit byte order; a spreadsheet does
        raw = b"\xfe\xff" + raw
    path.write_bytes(raw)
    assert read_pseudonym_csv(path) == [("Brattvoll Regnskap", "[organisasjon]"), ("Grünerløkka", "[bydel]")]


def test_utf16_without_a_mark_is_refused_by_name(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_bytes(ROWS.encode("utf-16-le"))
    with pytest.raises(InputError) as caught:
        read_pseudonym_csv(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and "NUL bytes" in message and "UTF-8" in message
    assert "missing" not in message


def test_import_command_reports_the_file_and_stores_nothing(tmp_path):
    db = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "init"]).exit_code == 0
    assert runner.invoke(main, ["--db", str(db), "pseudonyms", "add", "Somalia", "[hjemlandet]"]).exit_code == 0
    bad = tmp_path / "bad.csv"
    bad.write_bytes(ROWS.encode("utf-16-le"))
    result = runner.invoke(main, ["--db", str(db), "pseudonyms", "import", str(bad), "--replace"])
    assert result.exit_code == 1
    assert f"error: {bad}: holds NUL bytes" in result.output
    listed = runner.invoke(main, ["--db", str(db), "pseudonyms", "list", "--json"])
    assert "Somalia" in listed.output and "Brattvoll" not in listed.output
