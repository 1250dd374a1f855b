"""Exporting a quote report: choose the format, pseudonymise, write the file(s) privately.

The CLI and the workbench both call `export_report`; it returns what was written and
every replacement made, and never writes anything in preview mode.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.analysis.quotes import QuoteFilter
from workbench.core.errors import WorkbenchError
from workbench.io.pseudonymize.project import ProjectPseudonymizer, make_project_pseudonymizer
from workbench.io.pseudonymize.pseudonymizer import load_ner
from workbench.io.reports.model import Report, ReportOptions, build_report
from workbench.io.export_paths import check_export_target, resolve_export_path, write_private

REPORT_FORMATS = ("md", "html", "docx")
_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx"}


@dataclass
class ExportResult:
    """What an export did (or, in preview, would do)."""

    files: list[Path] = field(default_factory=list)
    report: Report | None = None


def report_format(out: str, fmt: str | None) -> str:
    """The format asked for, from --format or else the file's extension (Markdown by default)."""
    from_ext = _EXTENSIONS.get(Path(out).suffix.lower())
    if fmt:
        fmt = fmt.lower()
        if fmt not in REPORT_FORMATS:
            raise WorkbenchError(f"unknown report format '{fmt}' (use {', '.join(REPORT_FORMATS)})")
        if Path(out).suffix and from_ext != fmt:
            raise WorkbenchError(f"'{out}' does not end in .{fmt}; change the name or --format")
        return fmt
    if Path(out).suffix and from_ext is None:
        raise WorkbenchError(f"'{out}': unknown report extension (use .md, .html or .docx, or --format)")
    return from_ext or "md"


def make_pseudonymizer(project, spacy_model: str | None = None, use_ner: bool = True,
                       consistent: bool = False, keep_attributes: Iterable[str] = ()
                       ) -> tuple[ProjectPseudonymizer, str | None]:
    """The project's pseudonymiser (term list, markers, the full pipeline's NER, rules) and the NER's name;
    participant attributes in `keep_attributes` (and the project's kept list) stay raw."""
    ner = load_ner(spacy_model) if use_ner else (None, None)
    found = make_project_pseudonymizer(project, spacy_model, use_ner, consistent, ner=ner,
                                       keep_attributes=keep_attributes)
    return found, found.ner_name


def write_report(report: Report, path: Path, fmt: str) -> list[Path]:
    """Write `report` to `path` in `fmt` (plus the chart PNG beside a Markdown file)."""
    if fmt == "docx":
        from workbench.io.reports.docx_writer import render_docx

        return [write_private(path, render_docx(report))]
    if fmt == "html":
        from workbench.io.reports.html_writer import render_html

        return [write_private(path, render_html(report).encode("utf-8"))]
    from workbench.io.reports.markdown_writer import render_markdown

    written = []
    chart_name = None
    if report.chart_png:
        chart = path.with_name(path.stem + "-chart.png")
        written.append(write_private(chart, report.chart_png))
        chart_name = chart.name
    written.insert(0, write_private(path, render_markdown(report, chart_name).encode("utf-8")))
    return written


def export_report(
    project,
    out: str,
    fmt: str | None = None,
    flt: QuoteFilter | None = None,
    options: ReportOptions | None = None,
    pseudonymize: bool = True,
    spacy_model: str | None = None,
    use_ner: bool = True,
    folder: str | Path | None = None,
    preview: bool = False,
    coder: str = "system",
    quotes: list | None = None,
    force: bool = False,
    consistent: bool = False,
) -> ExportResult:
    """Build and write a quote report into the export folder; in preview only build it.

    `quotes` (e.g. a retrieval list from the workbench) replaces the filter's quotes."""
    if preview and not out:
        out = "preview"  # nothing is written; the name only settles the format
    fmt = report_format(out, fmt)
    # a preview writes nothing, so an existing file of that name is no reason to refuse
    path = resolve_export_path(out, folder, suffix=fmt, force=force or preview,
                               project_file=getattr(project, "path", None))
    if fmt == "md" and options is not None and options.chart and not preview:
        check_export_target(path.with_name(path.stem + "-chart.png"), force=force)
    pseudonymizer, ner_name = make_pseudonymizer(project, spacy_model, use_ner, consistent) if pseudonymize else (None, None)
    report = build_report(project, flt, options, pseudonymizer, ner_name, quotes=quotes)
    if preview:
        return ExportResult([], report)
    files = write_report(report, path, fmt)
    project.record_event(coder, "export.report", {
        "file": str(path), "format": fmt, "quotes": report.quote_count,
        "filters": report.filters, "pseudonymized": report.pseudonymized,
        "replacements": len(report.replacements), "ner": report.ner, "consistent": report.consistent,
    })
    return ExportResult(files, report)
