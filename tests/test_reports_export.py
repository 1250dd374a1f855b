"""Report and codings exports: formats, safety of paths and permissions, audit, preview."""

from __future__ import annotations

import csv
import io
import json
import stat

import pytest
from click.testing import CliRunner

from analysis_project import build
from workbench.analysis.quotes import QuoteFilter
from workbench.cli import main
from workbench.core.errors import WorkbenchError
from workbench.io.reports.codings_table import codings_xlsx_bytes, export_codings
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
from workbench.io.reports.build import export_report, report_format
from workbench.io.reports.model import ReportOptions, build_report
from workbench.io.export_paths import resolve_export_path


@pytest.fixture
def small(tmp_path):
    project = build(tmp_path / "small.db")
    project.save_pseudonym_terms([("Syria", "[hjemlandet]")], "tester")
    yield project
    project.close()


def offline(project):
    """The project's pseudonymiser without a spaCy pipeline (rules and list only)."""
    return Pseudonymizer(project.pseudonym_terms())


def test_report_content_groups_quotes_by_code(small):
    report = build_report(small, QuoteFilter(), ReportOptions(with_wave=True), offline(small))
    assert [s.code for s in report.sections] == [
        "competence", "competence/formal", "competence/language", "network", "network/weak_ties", "trust"]
    formal = report.sections[1]
    assert formal.definition == "Utdanning og godkjenning."
    assert [(q.text, q.attribution) for q in formal.quotes] == [
        ("Jeg har en master fra [hjemlandet].", "(Mentee, nullpunkt)"),
        ("Godkjenning av graden tok et år.", "(Mentee, nullpunkt)"),
    ]
    freq = {r.code: (r.quotes, r.participants, r.baseline, r.endpoint) for r in report.frequencies}
    assert freq["network"] == (5, 3, 2, 3) and freq["competence"] == (4, 2, 3, 1)
    assert [r.code for r in report.chart_rows] == ["competence", "network", "trust"]
    assert report.chart_png.startswith(b"\x89PNG")
    originals = sorted(f.replacement.original for f in report.replacements)
    assert originals == ["Bergen", "Kari", "Kari", "Syria"]


def test_docx_report_opens_with_python_docx(small, tmp_path):
    import docx

    result = export_report(small, "rapport.docx", flt=QuoteFilter(codes=["network"]), folder=tmp_path,
                           use_ner=False, coder="tester")
    (path,) = result.files
    assert path == tmp_path / "rapport.docx"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Mentoren min [X] kjenner mange. (Mentee)" in text
    assert "[X] ringte en leder i […]. (Mentee)" in text
    assert "Kari" not in text and "Bergen" not in text
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == ["Frekvenser", "Nettverk"]
    assert "Definisjon: Kontakter som åpner dører." in text
    assert len(document.inline_shapes) == 1  # the chart
    assert document.tables[0].rows[1].cells[0].text == "Nettverk"
    assert document.core_properties.title == "Sitater etter kode"


def test_html_and_markdown_reports(small, tmp_path):
    html = export_report(small, "r.html", folder=tmp_path, use_ner=False, options=ReportOptions(with_program=True))
    page = html.files[0].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'lang="nb"' in page
    assert "data:image/png;base64," in page and "(Mentor, A)" in page and "Kari" not in page
    md = export_report(small, "r", fmt="md", folder=tmp_path, use_ner=False)
    assert [p.name for p in md.files] == ["r.md", "r-chart.png"]
    text = md.files[0].read_text(encoding="utf-8")
    assert "> Mentoren min [X] kjenner mange. (Mentee)" in text and "![Kodefrekvens" in text
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in md.files)


def test_quote_text_is_escaped_in_html(small, tmp_path):
    from workbench.core.models import Document, Participant, Segment

    text = "<script>alert(1)</script> & *fet*"
    small.add_document(Document("evil", text, sha256="evil", participant="P9", wave="baseline",
                                segments=[Segment(0, len(text))]), Participant("P9", "mentee", "A"))
    small.add_coding("evil", 0, len(text), "trust", "ana")
    page = export_report(small, "e.html", folder=tmp_path, use_ner=False,
                         options=ReportOptions(chart=False)).files[0].read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    md = export_report(small, "e.md", folder=tmp_path, use_ner=False, options=ReportOptions(chart=False))
    assert "\\*fet\\*" in md.files[0].read_text(encoding="utf-8")


def test_no_pseudonymize_keeps_names_and_says_so(small, tmp_path):
    result = export_report(small, "raw.md", folder=tmp_path, pseudonymize=False, options=ReportOptions(chart=False))
    text = result.files[0].read_text(encoding="utf-8")
    assert "Kari" in text and "Ikke pseudonymisert." in text


def test_preview_writes_nothing_and_export_is_audited(small, tmp_path):
    preview = export_report(small, "p.docx", folder=tmp_path, use_ner=False, preview=True,
                            options=ReportOptions(chart=False))
    assert preview.files == [] and not (tmp_path / "p.docx").exists()
    assert len(preview.report.replacements) == 4
    export_report(small, "p.docx", folder=tmp_path, use_ner=False, coder="tester", options=ReportOptions(chart=False))
    entry = small.audit_log(1)[0]
    assert entry["action"] == "export.report" and entry["coder"] == "tester"
    details = json.loads(entry["after"])
    assert details["format"] == "docx" and details["pseudonymized"] is True and details["quotes"] == 12


@pytest.mark.parametrize("name", ["../x.md", "a/../../x.md", ""])
def test_export_names_cannot_escape_the_folder(tmp_path, name):
    with pytest.raises(WorkbenchError):
        resolve_export_path(name, tmp_path)


def test_export_path_default_folder_and_subfolder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_export_path("r.md") == tmp_path.joinpath("exports", "r.md").relative_to(tmp_path)
    assert resolve_export_path("sub/r.md", tmp_path) == tmp_path / "sub" / "r.md"


def test_report_format_checks():
    assert report_format("a.docx", None) == "docx" and report_format("a", None) == "md"
    assert report_format("a", "html") == "html"
    for out, fmt in (("a.pdf", None), ("a.md", "docx")):
        with pytest.raises(WorkbenchError):
            report_format(out, fmt)


def test_export_codings_csv_has_metadata_and_pseudonymised_text(small, tmp_path):
    path, count, replaced = export_codings(small, "c.csv", folder=tmp_path, pseudonymizer=offline(small), coder="t")
    assert count == 13 and replaced == 8 and stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, for Excel
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    first = rows[0]
    assert (first["participant"], first["role"], first["program"], first["wave"], first["code_label"]) == (
        "P1", "mentee", "A", "baseline", "Formell kompetanse")
    assert first["text"] == "Jeg har en master fra [hjemlandet]."
    assert not any("Kari" in r["text"] for r in rows)
    assert json.loads(small.audit_log(1)[0]["after"])["codings"] == 13


def test_export_codings_xlsx_never_writes_formulas(small, tmp_path):
    import openpyxl

    path, count, _ = export_codings(small, "c.xlsx", folder=tmp_path, flt=QuoteFilter(participants=["P2"]))
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    assert header[:4] == ["coding_id", "document", "participant", "role"] and ws.max_row == count + 1
    data = codings_xlsx_bytes(["text"], [{"text": "=1+1"}])
    cell = openpyxl.load_workbook(io.BytesIO(data)).active["A2"]
    assert cell.value == "'=1+1" and cell.data_type == "s"  # text, and shown as text by any spreadsheet


def test_cli_export_and_pseudonyms(small, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    base = ["--db", str(small.path), "--coder", "tester"]
    terms = tmp_path / "terms.csv"
    terms.write_text("term;replacement\nMentorløftet;[mentorprogrammet]\nBergen;[…]\n", encoding="utf-8")
    out = runner.invoke(main, [*base, "pseudonyms", "import", str(terms)])
    assert out.exit_code == 0 and "2 terms added" in out.output
    listed = json.loads(runner.invoke(main, [*base, "pseudonyms", "list", "--json"]).output)
    assert {"term": "Bergen", "replacement": "[…]"} in listed and len(listed) == 3
    preview = runner.invoke(main, [*base, "export", "report", "--out", "r.docx", "--preview", "--no-ner", "--no-chart"])
    assert preview.exit_code == 0 and "'Bergen' → […]  (term, list)" in preview.output
    assert not (tmp_path / "exports").exists()
    written = runner.invoke(main, [*base, "export", "report", "--out", "r.docx", "--no-ner", "--code", "trust",
                                   "--no-chart"])
    assert written.exit_code == 0 and (tmp_path / "exports" / "r.docx").is_file()
    codings = runner.invoke(main, [*base, "export", "codings", "--out", "c.xlsx", "--no-ner"])
    assert codings.exit_code == 0 and (tmp_path / "exports" / "c.xlsx").is_file()
    bad = runner.invoke(main, [*base, "export", "report", "--out", "../r.md"])
    assert bad.exit_code == 1 and bad.output.startswith("error: ")
    gone = runner.invoke(main, [*base, "pseudonyms", "remove", "Bergen"])
    assert gone.exit_code == 0 and len(small.pseudonym_terms()) == 2


def test_preview_after_an_export_of_the_same_name_and_without_out(small, tmp_path, monkeypatch):
    """The export says "see --preview": the same command with --preview must then work, and
    --preview needs no file name at all (it writes nothing)."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    base = ["--db", str(small.path), "export", "report", "--no-ner"]
    written = runner.invoke(main, [*base, "--out", "r.md"])
    assert written.exit_code == 0 and "see --preview" in written.output
    before = (tmp_path / "exports" / "r.md").read_bytes()
    again = runner.invoke(main, [*base, "--out", "r.md", "--preview"])
    assert again.exit_code == 0, again.output
    assert " → " in again.output and (tmp_path / "exports" / "r.md").read_bytes() == before
    bare = runner.invoke(main, [*base, "--preview", "--json"])
    assert bare.exit_code == 0, bare.output
    assert json.loads(bare.output)["quotes"] == 12
    missing = runner.invoke(main, base)
    assert missing.exit_code == 2 and "--out" in missing.output
