"""`export report --memos`: memo text in reports on request, pseudonymised like the quotes.

Synthetic memos on the shared sample project (conftest).
"""

from __future__ import annotations

import zipfile

from click.testing import CliRunner

from workbench.cli import main

from conftest import SAMPLE_TEXT, sample_segments

SEG = sample_segments(SAMPLE_TEXT)


def export(project, tmp_path, *args):
    result = CliRunner().invoke(main, ["--db", str(project.path), "--coder", "kari", "export", "report",
                                       "--dir", str(tmp_path / "out"), "--no-ner", "--no-chart", *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_memos_only_on_request_and_pseudonymised(project, tmp_path):
    project.save_pseudonym_terms([("Aleppo", "[…]")], "kari")
    project.add_coding(1, SEG[4].start, SEG[4].end, "competence/language", "kari",
                       memo="Bergenstesten nevnes også av mentoren fra Aleppo.")
    project.add_memo("Språk er terskelen, ikke fagkunnskap.", "kari", code="competence/language")
    project.add_memo("Første intervjudag i Aleppo-gruppen.", "ola")
    project.add_memo("Kort intervju, dårlig linje.", "kari", document="P01-nullpunkt")

    export(project, tmp_path, "--out", "plain.md")
    plain = (tmp_path / "out" / "plain.md").read_text(encoding="utf-8")
    assert "Notat" not in plain and "terskelen" not in plain

    export(project, tmp_path, "--out", "notes.md", "--memos")
    md = (tmp_path / "out" / "notes.md").read_text(encoding="utf-8")
    assert "*Notat:* Språk er terskelen, ikke fagkunnskap." in md
    assert "*Notat til sitatet:* Bergenstesten nevnes også av mentoren fra [\u2026]." in md
    assert md.index("*Notat til sitatet:*") > md.index("bergenstesten.")
    assert "## Notater" in md and "**Prosjektlogg:** Første intervjudag i [\u2026]-gruppen." in md
    assert "**Dokument P01-nullpunkt:** Kort intervju, dårlig linje." in md
    assert "Aleppo" not in md

    export(project, tmp_path, "--out", "notes.html", "--memos")
    html = (tmp_path / "out" / "notes.html").read_text(encoding="utf-8")
    assert '<p class="memo">Notat: Språk er terskelen, ikke fagkunnskap.</p>' in html and "Aleppo" not in html

    export(project, tmp_path, "--out", "notes.docx", "--memos")
    with zipfile.ZipFile(tmp_path / "out" / "notes.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Språk er terskelen, ikke fagkunnskap." in body and "Kort intervju, dårlig linje." in body
    assert "Aleppo" not in body
