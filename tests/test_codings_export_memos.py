"""`codings export` writes the coding memos as typed: it says so, as `export qdpx` does.

Issue 10: every path out of the project is pseudonymised, or says plainly that it is not. The
codings CSV (document, coder, code, start, end, memo) holds no transcript text, but a memo may
name the participant ("Amina sa ..."); a new user's walk found it written without a word.
The memo is synthetic, written for this test.
"""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Code, Document
from workbench.core.text import text_sha256
from workbench.store import Project

TEXT = "Mentee: Jeg fikk jobb gjennom mentoren min.\n"


def _export(tmp_path, memo: str | None):
    db = tmp_path / "p.db"
    with Project.open(db) as p:
        p.import_codebook([Code("network", "Nettverk")])
        p.add_document(Document("P01", TEXT, sha256=text_sha256(TEXT)))
        p.add_coding("P01", 8, 43, "network", "kari", memo=memo)
    result = CliRunner().invoke(main, ["--db", str(db), "--coder", "kari", "codings", "export",
                                       str(tmp_path / "k.csv")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_memos_written_as_typed_get_a_warning_line(tmp_path):
    result = _export(tmp_path, "Amina Farah sa dette i telefonen")
    assert "Amina Farah" in (tmp_path / "k.csv").read_text(encoding="utf-8")  # the exchange file keeps them
    assert "wrote 1 coding" in result.stdout
    warning = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warning == ["warning: k.csv holds 1 coding memo as written, not pseudonymised; "
                       "`workbench export codings` writes a pseudonymised table to share"]


def test_no_memo_no_warning(tmp_path):
    assert _export(tmp_path, None).stderr == ""
