"""The quote report as Markdown, for pasting into a draft or converting with pandoc.

Markdown cannot embed an image, so the chart is written beside the report as a PNG and
linked by its file name.
"""

from __future__ import annotations

import re

from workbench.io.reports.model import Report

_SPECIAL = re.compile(r"([\\`*_<])")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _cell(text: str) -> str:
    return _escape(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report, chart_file: str | None = None) -> str:
    """The whole report as Markdown text; `chart_file` is the chart's name beside it, if any."""
    out = [f"# {_escape(report.title)}", ""]
    meta = [f"Laget {report.created} med workbench.", report.count_note()]
    if report.filters:
        meta.append(f"Utvalg: {_escape(report.filters)}.")
    meta.append(_escape(report.method_note()))
    out += [" ".join(meta), ""]
    if report.frequencies:
        out += ["## Frekvenser", "",
                "Antall kodede utsagn og deltakere per kode (underkoder medregnet).", "",
                "| Kode | Sitater | Deltakere | Nullpunkt | Sluttpunkt |", "|---|---:|---:|---:|---:|"]
        for r in report.frequencies:
            indent = "\u00a0\u00a0" * r.depth
            out.append(f"| {indent}{_cell(r.label)} | {r.quotes} | {r.participants} | {r.baseline} | {r.endpoint} |")
        out.append("")
    if chart_file:
        out += [f"![Kodefrekvens ved nullpunkt og sluttpunkt]({chart_file})", ""]
    for section in report.sections:
        level = "#" * min(section.depth + 2, 6)
        out += [f"{level} {_escape(section.label)}", ""]
        if section.definition:
            out += [f"*Definisjon:* {_escape(section.definition.strip())}", ""]
        for memo in section.memos:
            out += [f"*Notat:* {_escape(' '.join(memo.split()))}", ""]
        for q in section.quotes:
            lines = _escape(q.text.strip()).split("\n")
            lines[-1] = f"{lines[-1]} {q.attribution}"
            out += [("> " + line).rstrip() for line in lines]
            out.append("")
            for memo in q.memos:
                out += [f"*Notat til sitatet:* {_escape(' '.join(memo.split()))}", ""]
    if report.notes:
        out += ["## Notater", ""]
        for heading, text in report.notes:
            out += [f"**{_escape(heading)}:** {_escape(' '.join(text.split()))}", ""]
    return "\n".join(out).rstrip() + "\n"
