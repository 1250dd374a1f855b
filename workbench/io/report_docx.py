"""The quote report as a Word document (python-docx), the format reports are finished in.

Built only from python-docx's default template and its built-in styles, so it opens
cleanly in Word and LibreOffice; the document language is set to Norwegian Bokmål so
spell-checking works on the quotes.
"""

from __future__ import annotations

import io
import re

from workbench.io.report_model import Report

# Characters XML 1.0 cannot hold; python-docx refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _set_language(document, lang: str = "nb-NO") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = document.styles["Normal"].element.get_or_add_rPr()
    node = rpr.find(qn("w:lang"))
    if node is None:
        node = OxmlElement("w:lang")
        rpr.append(node)
    node.set(qn("w:val"), lang)


def _add_lines(paragraph, text: str, italic: bool = False):
    lines = _clean(text).split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.italic = italic
        if i < len(lines) - 1:
            run.add_break()
    return paragraph


def render_docx(report: Report) -> bytes:
    """The whole report as DOCX bytes."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    _set_language(document)
    document.core_properties.title = _clean(report.title)
    document.core_properties.author = ""
    document.core_properties.comments = "Laget med workbench"
    document.add_heading(_clean(report.title), level=0)
    meta = [f"Laget {report.created} med workbench.", f"{report.quote_count} sitater."]
    if report.filters:
        meta.append(f"Utvalg: {report.filters}.")
    meta.append(report.method_note())
    _add_lines(document.add_paragraph(), " ".join(meta), italic=True)

    if report.frequencies:
        document.add_heading("Frekvenser", level=1)
        document.add_paragraph("Antall kodede utsagn og deltakere per kode (underkoder medregnet).")
        headers = ("Kode", "Sitater", "Deltakere", "Nullpunkt", "Sluttpunkt")
        table = document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        for cell, header in zip(table.rows[0].cells, headers):
            cell.text = header
            cell.paragraphs[0].runs[0].bold = True
        for r in report.frequencies:
            cells = table.add_row().cells
            cells[0].text = _clean(r.label)
            cells[0].paragraphs[0].paragraph_format.left_indent = Cm(0.4 * r.depth)
            for cell, value in zip(cells[1:], (r.quotes, r.participants, r.baseline, r.endpoint)):
                cell.text = str(value)
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if report.chart_png:
        document.add_paragraph()
        document.add_picture(io.BytesIO(report.chart_png), width=Cm(15))

    for section in report.sections:
        document.add_heading(_clean(section.label), level=min(section.depth + 1, 4))
        if section.definition:
            para = document.add_paragraph()
            para.add_run("Definisjon: ").bold = True
            _add_lines(para, section.definition.strip(), italic=True)
        for q in section.quotes:
            para = document.add_paragraph()
            para.paragraph_format.left_indent = Cm(1.0)
            para.paragraph_format.space_after = Pt(8)
            _add_lines(para, q.text.strip())
            para.add_run(" " + q.attribution)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
