"""The quote report as a Word document (python-docx), the format reports are finished in.

Built only from python-docx's default template and its built-in styles, so it opens
cleanly in Word and LibreOffice; the document language is set to Norwegian Bokmål so
spell-checking works on the quotes.
"""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from workbench.io.reports.model import Report

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


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph_xml(style_id: str, runs: list[tuple[str, str]]) -> str:
    """One `w:p` in style `style_id`; each run is (text, "" | "b" | "i"), line breaks kept."""
    out = [f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>']
    for text, emphasis in runs:
        out.append("<w:r>")
        if emphasis:
            out.append(f"<w:rPr><w:{emphasis}/></w:rPr>")
        lines = _clean(text).split("\n")
        out.append("<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines))
        out.append("</w:r>")
    out.append("</w:p>")
    return "".join(out)


def _add_styles(document) -> tuple[str, str]:
    """Paragraph styles for quotes (indented) and code definitions; returns their style ids."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt

    quotation = document.styles.add_style("Quotation", WD_STYLE_TYPE.PARAGRAPH)
    quotation.base_style = document.styles["Normal"]
    quotation.paragraph_format.left_indent = Cm(1.0)
    quotation.paragraph_format.space_after = Pt(8)
    definition = document.styles.add_style("Definition", WD_STYLE_TYPE.PARAGRAPH)
    definition.base_style = document.styles["Normal"]
    definition.paragraph_format.space_after = Pt(10)
    return quotation.style_id, definition.style_id


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
    from docx.shared import Cm

    document = Document()
    _set_language(document)
    quotation_id, definition_id = _add_styles(document)
    document.core_properties.title = _clean(report.title)
    document.core_properties.author = ""
    document.core_properties.comments = "Laget med workbench"
    document.add_heading(_clean(report.title), level=0)
    meta = [f"Laget {report.created} med workbench.", report.count_note()]
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
        for cell, header in zip(table.rows[0].cells, headers, strict=True):
            cell.text = header
            cell.paragraphs[0].runs[0].bold = True
        for r in report.frequencies:
            cells = table.add_row().cells
            cells[0].text = _clean(r.label)
            cells[0].paragraphs[0].paragraph_format.left_indent = Cm(0.4 * r.depth)
            for cell, value in zip(cells[1:], (r.quotes, r.participants, r.baseline, r.endpoint), strict=True):
                cell.text = str(value)
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        table.autofit = False
        for i, column in enumerate(table.columns):  # the grid, which LibreOffice reads
            column.width = Cm(5.5 if i == 0 else 2.6)
        for row in table.rows:  # and each cell, which Word reads
            for i, cell in enumerate(row.cells):
                cell.width = Cm(5.5 if i == 0 else 2.6)
    if report.chart_png:
        document.add_paragraph()
        document.add_picture(io.BytesIO(report.chart_png), width=Cm(15))

    # The sections are written as one XML fragment and parsed once: python-docx's
    # add_paragraph searches the body on every call, quadratic over 10,000 quotes.
    from docx.oxml import parse_xml

    heading_ids = {level: document.styles[f"Heading {level}"].style_id for level in range(1, 5)}
    parts = []
    for section in report.sections:
        parts.append(_paragraph_xml(heading_ids[min(section.depth + 1, 4)], [(section.label, "")]))
        if section.definition:
            parts.append(_paragraph_xml(definition_id, [("Definisjon: ", "b"), (section.definition.strip(), "i")]))
        for memo in section.memos:
            parts.append(_paragraph_xml(definition_id, [("Notat: ", "b"), (memo.strip(), "i")]))
        for q in section.quotes:
            parts.append(_paragraph_xml(quotation_id, [(q.text.strip(), ""), (" " + q.attribution, "")]))
            for memo in q.memos:
                parts.append(_paragraph_xml(definition_id, [("Notat til sitatet: ", "b"), (memo.strip(), "i")]))
    if report.notes:
        parts.append(_paragraph_xml(heading_ids[1], [("Notater", "")]))
        for heading, text in report.notes:
            parts.append(_paragraph_xml(definition_id, [(heading + ": ", "b"), (text.strip(), "")]))
    fragment = parse_xml(f'<w:body xmlns:w="{_W}">{"".join(parts)}</w:body>')
    anchor = document.add_paragraph()._element
    for child in list(fragment):
        anchor.addprevious(child)
    anchor.getparent().remove(anchor)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
