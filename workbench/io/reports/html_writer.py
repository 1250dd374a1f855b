"""The quote report as one self-contained HTML page (chart embedded as a data URI).

Everything from the project is escaped, so a quote can never turn into markup; the page
loads nothing from elsewhere and can be mailed or archived as a single file.
"""

from __future__ import annotations

import base64
from html import escape

from workbench.io.reports.model import Report

_STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.45; color: #222; }
h1, h2, h3, h4 { font-family: 'Helvetica Neue', Arial, sans-serif; }
.meta { color: #555; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border-bottom: 1px solid #ccc; padding: .25rem .6rem; }
td.n, th.n { text-align: right; }
.definition { font-style: italic; color: #444; }
.memo { color: #444; margin-left: 2rem; }
blockquote { margin: .8rem 0 .8rem 2rem; }
.who { white-space: nowrap; }
img { max-width: 100%; }
"""


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>\n")


def render_html(report: Report) -> str:
    """The whole report as an HTML document."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nb">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(report.title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(report.title)}</h1>",
    ]
    meta = [f"Laget {escape(report.created)} med workbench.", report.count_note()]
    if report.filters:
        meta.append(f"Utvalg: {escape(report.filters)}.")
    meta.append(escape(report.method_note()))
    parts.append(f'<p class="meta">{" ".join(meta)}</p>')
    if report.frequencies:
        parts += [
            "<h2>Frekvenser</h2>",
            "<p>Antall kodede utsagn og deltakere per kode (underkoder medregnet).</p>",
            "<table>",
            '<thead><tr><th>Kode</th><th class="n">Sitater</th><th class="n">Deltakere</th>'
            '<th class="n">Nullpunkt</th><th class="n">Sluttpunkt</th></tr></thead>',
            "<tbody>",
        ]
        for r in report.frequencies:
            pad = f' style="padding-left: {0.6 + 1.2 * r.depth:.1f}rem"'
            parts.append(
                f"<tr><td{pad}>{escape(r.label)}</td><td class=\"n\">{r.quotes}</td>"
                f"<td class=\"n\">{r.participants}</td><td class=\"n\">{r.baseline}</td>"
                f"<td class=\"n\">{r.endpoint}</td></tr>"
            )
        parts += ["</tbody>", "</table>"]
    if report.chart_png:
        data = base64.b64encode(report.chart_png).decode("ascii")
        parts.append(f'<p><img alt="Kodefrekvens ved nullpunkt og sluttpunkt" src="data:image/png;base64,{data}"></p>')
    for section in report.sections:
        level = min(section.depth + 2, 6)
        parts.append(f"<h{level}>{escape(section.label)}</h{level}>")
        if section.definition:
            parts.append(f'<p class="definition">Definisjon: {escape(section.definition.strip())}</p>')
        parts += [f'<p class="memo">Notat: {escape(memo.strip())}</p>' for memo in section.memos]
        for q in section.quotes:
            parts.append(f'<blockquote><p>{_text(q.text.strip())} <span class="who">{escape(q.attribution)}</span></p></blockquote>')
            parts += [f'<p class="memo">Notat til sitatet: {escape(memo.strip())}</p>' for memo in q.memos]
    if report.notes:
        parts.append("<h2>Notater</h2>")
        parts += [f'<p class="memo"><b>{escape(heading)}:</b> {escape(text.strip())}</p>'
                  for heading, text in report.notes]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)
