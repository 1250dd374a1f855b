"""Report commands: `export report`, `export codings`, and the project's `pseudonyms` list."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from workbench.commands.analysis import filter_options, make_filter
from workbench.commands.common import (
    Context, dir_option, emit_json, emit_table, force_option, guard, json_option, keep_attribute_option, pass_ctx,
    report_attributes, report_participants, require_pseudonymize,
)
from workbench.core.wording import plural


pseudonymize_option = click.option(
    "--pseudonymize/--no-pseudonymize", default=True, show_default=True,
    help="Replace names, places, organisations, contact details, ID numbers and the project's terms "
         "(on unless you say --no-pseudonymize).",
)
consistent_option = click.option(
    "--consistent", is_flag=True,
    help="Number people, places and organisations ([Person 1] is the same person throughout) instead of [X], […].",
)
ner_option = click.option(
    "--ner/--no-ner", default=True, show_default=True,
    help="Also use the active spaCy pipeline's named-entity recogniser (rules and the term list always run).",
)


def _show_replacements(report, as_json: bool) -> None:
    if as_json:
        emit_json({
            "quotes": report.quote_count,
            "pseudonymized": report.pseudonymized,
            "ner": report.ner,
            "replacements": [f.as_dict() for f in report.replacements],
            "left_capitalised_words": report.left_capitals,
        })
        return
    for f in report.replacements:
        r = f.replacement
        click.echo(f"{f.document}:{f.offset}  {r.original!r} → {r.replacement}  ({r.kind}, {r.source})")
    words = Counter(f.replacement.original for f in report.replacements)
    click.echo(f"\n{plural(len(report.replacements), 'replacement')} of {plural(len(words), 'distinct word')} in "
               f"{plural(report.quote_count, 'quote')}"
               f" ({report.ner or 'no NER'}; rules; {'term list' if report.pseudonymized else 'off'})")
    if report.left_capitals:
        shown = ", ".join(f"{w} ({n})" for w, n in list(report.left_capitals.items())[:40])
        click.echo(f"capitalised words left as they are (check them; add to the list with "
                   f"`workbench pseudonyms add`): {shown}")


@click.command("report")
@click.option("--out", help="File name inside --dir, or an absolute or ~ path (.md, .html or .docx); "
                            "required unless --preview.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "docx"]), help="Format (default: from --out, else md).")
@dir_option
@force_option
@filter_options
@click.option("--with-program", is_flag=True, help="Cite quotes with programme as well as role.")
@click.option("--with-wave", is_flag=True, help="Cite quotes with wave (nullpunkt/sluttpunkt) as well as role.")
@click.option("--title", default="Sitater etter kode", show_default=True)
@click.option("--chart/--no-chart", default=True, show_default=True, help="Include the baseline/end-point chart.")
@click.option("--memos", "with_memos", is_flag=True,
              help="Include memos: on codes and codings under them, the project journal and document memos at the end.")
@pseudonymize_option
@ner_option
@consistent_option
@click.option("--preview", is_flag=True, help="Write nothing; list every replacement pseudonymisation would make.")
@json_option("Print the outcome (or preview) as JSON.")
@pass_ctx
@guard
def export_report_cmd(ctx: Context, out, fmt, folder, force, with_program, with_wave, title, chart, with_memos,
                      pseudonymize, ner, consistent, preview, as_json, **filters) -> None:
    """Quotes grouped by code, with definitions, frequency table and chart (pseudonymised)."""
    from workbench.io.reports.build import export_report
    from workbench.io.reports.model import ReportOptions

    if not out and not preview:
        raise click.UsageError("Missing option '--out' (the report's file name; not needed with --preview).")
    require_pseudonymize(consistent, pseudonymize, default_on=True)

    options = ReportOptions(title=title, with_program=with_program, with_wave=with_wave, chart=chart, memos=with_memos)
    result = export_report(
        ctx.project(), out, fmt, make_filter(ctx.project(), must_match=True, **filters), options, pseudonymize=pseudonymize,
        spacy_model=ctx.settings.spacy_model, use_ner=ner, folder=folder, preview=preview, coder=ctx.coder,
        force=force, consistent=consistent,
    )
    report = result.report
    if preview:
        _show_replacements(report, as_json)
        return
    if as_json:
        emit_json({"files": [str(p) for p in result.files], "quotes": report.quote_count,
                   "pseudonymized": report.pseudonymized, "replacements": len(report.replacements),
                   "ner": report.ner})
        return
    for path in result.files:
        click.echo(f"wrote {path}")
    note = (f"pseudonymised ({plural(len(report.replacements), 'replacement')}; see --preview)"
            if report.pseudonymized else "NOT pseudonymised")
    click.echo(f"{plural(report.quote_count, 'quote')}, {note}")
    if not report.quote_count:  # each value is known (checked above), but together they fit no coded passage
        click.echo("warning: no coded passage fits these filters together; the report has no quotes", err=True)


@click.command("codings")
@click.option("--out", required=True, help="File name inside --dir, or an absolute or ~ path (.csv or .xlsx).")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), help="Format (default: from --out, else csv).")
@dir_option
@force_option
@filter_options
@pseudonymize_option
@ner_option
@consistent_option
@keep_attribute_option
@pass_ctx
@guard
def export_codings_cmd(ctx: Context, out, fmt, folder, force, pseudonymize, ner, consistent, keep_attributes,
                       **filters) -> None:
    """One row per coding with document metadata, for R, SPSS or Excel.

    Pseudonymised unless --no-pseudonymize: the text, memos, document names and the
    participant attributes (`attr_*` columns), each value through the same pseudonymiser."""
    from workbench.io.reports.codings_table import export_codings
    from workbench.io.reports.build import make_pseudonymizer

    require_pseudonymize(consistent, pseudonymize, default_on=True)
    project = ctx.project()
    flt = make_filter(project, must_match=True, **filters)  # an unknown filter value stops here, before anything is loaded or written
    pseudonymizer = (make_pseudonymizer(project, ctx.settings.spacy_model, ner, consistent, keep_attributes)[0]
                     if pseudonymize else None)
    path, rows, replaced = export_codings(project, out, fmt, flt, pseudonymizer, folder, ctx.coder, force=force)
    if pseudonymizer is not None:
        report_attributes(pseudonymizer.attributes, keep_attributes)
        report_participants(pseudonymizer.participants)
    elif keep_attributes:
        click.echo("warning: --keep-attribute does nothing with --no-pseudonymize: every attribute is raw", err=True)
    note = f"pseudonymised ({plural(replaced, 'replacement')})" if pseudonymize else "NOT pseudonymised"
    click.echo(f"wrote {plural(rows, 'coding')} to {path}, {note}")


@click.group()
def pseudonyms() -> None:
    """The project's list of identifying terms and their replacements (home countries, programme names...)."""


@pseudonyms.command("import")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace the whole list instead of adding to it.")
@pass_ctx
@guard
def pseudonyms_import(ctx: Context, csv_file: Path, replace: bool) -> None:
    """Load terms from a CSV with columns term,replacement."""
    from workbench.io.pseudonymize.pseudonymizer import read_pseudonym_csv

    result = ctx.project().save_pseudonym_terms(read_pseudonym_csv(csv_file), ctx.coder, replace=replace)
    click.echo(f"{csv_file}: {plural(result['added'], 'term')} added, {result['updated']} updated; {result['total']} in the list")


@pseudonyms.command("add")
@click.argument("term")
@click.argument("replacement")
@pass_ctx
@guard
def pseudonyms_add(ctx: Context, term: str, replacement: str) -> None:
    """Add (or change) one term, e.g. `pseudonyms add Somalia [hjemlandet]`."""
    from workbench.core.errors import WorkbenchError

    if not term.strip() or not replacement.strip():
        raise WorkbenchError("give a term and its replacement")
    ctx.project().save_pseudonym_terms([(" ".join(term.split()), replacement.strip())], ctx.coder)
    click.echo(f"{term} → {replacement}")


@pseudonyms.command("remove")
@click.argument("term")
@pass_ctx
@guard
def pseudonyms_remove(ctx: Context, term: str) -> None:
    """Remove one term from the list."""
    from workbench.core.errors import NotFound

    if not ctx.project().remove_pseudonym_term(term, ctx.coder):
        raise NotFound(f"'{term}' is not in the list (see `workbench pseudonyms list`)")
    click.echo(f"removed {term}")


@pseudonyms.command("marker")
@click.argument("kind", required=False)
@click.argument("marker", required=False)
@click.option("--reset", is_flag=True, help="Go back to the default marker for KIND.")
@pass_ctx
@guard
def pseudonyms_marker(ctx: Context, kind: str | None, marker: str | None, reset: bool) -> None:
    """Show the markers, or set the one for KIND (person, place, org, phone, email, url, idnumber, address, date, number)."""
    from workbench.core.errors import WorkbenchError
    from workbench.io.pseudonymize.pseudonymizer import DEFAULT_MARKERS

    project = ctx.project()
    if kind is not None:
        if kind not in DEFAULT_MARKERS:
            raise WorkbenchError(f"unknown kind '{kind}' (use {', '.join(DEFAULT_MARKERS)})")
        if reset == bool(marker and marker.strip()):
            raise WorkbenchError("give a marker, or --reset")
        project.save_pseudonym_marker(kind, None if reset else marker.strip(), ctx.coder)
    own = project.pseudonym_markers()
    for name, default in DEFAULT_MARKERS.items():
        click.echo(f"{name:<9} {own.get(name, default)}{'' if name in own else '  (default)'}")


@pseudonyms.command("keep-attribute")
@click.argument("name", required=False)
@click.option("--remove", is_flag=True, help="Pseudonymise NAME again like any other attribute.")
@pass_ctx
@guard
def pseudonyms_keep_attribute(ctx: Context, name: str | None, remove: bool) -> None:
    """Show the participant attributes kept raw in pseudonymised exports, or keep NAME (e.g. `alder`)."""
    from workbench.core.errors import WorkbenchError
    from workbench.io.pseudonymize.attributes import attribute_key

    project = ctx.project()
    if name is not None:
        name = " ".join(name.split())
        if name.casefold().startswith("attr_") and len(name) > 5:  # the column's name: attr_alder -> alder
            name = name[5:]
        if not name:
            raise WorkbenchError("give an attribute's name")
        known = {attribute_key(k) for p in project.participants() for k in p.attributes}
        if not remove and attribute_key(name) not in known:
            click.echo(f"warning: no participant has an attribute '{name}' yet", err=True)
        project.save_kept_attribute(name, not remove, ctx.coder)
    elif remove:
        raise WorkbenchError("give the attribute to --remove")
    kept = project.kept_attributes()
    click.echo(f"kept raw in pseudonymised exports: {', '.join(kept)}" if kept
               else "no participant attribute is kept raw: every value is pseudonymised")


@pseudonyms.command("list")
@json_option()
@pass_ctx
@guard
def pseudonyms_list(ctx: Context, as_json: bool) -> None:
    """Show the list of terms and replacements."""
    rows = [{"term": t, "replacement": r} for t, r in ctx.project().pseudonym_terms()]
    emit_json(rows) if as_json else emit_table(rows, ("term", "replacement"))


@pseudonyms.command("preview")
@filter_options
@ner_option
@json_option()
@pass_ctx
@guard
def pseudonyms_preview(ctx: Context, ner: bool, as_json: bool, **filters) -> None:
    """List every replacement a report of these quotes would make."""
    from workbench.io.reports.build import make_pseudonymizer
    from workbench.io.reports.model import ReportOptions, build_report

    project = ctx.project()
    pseudonymizer, ner_name = make_pseudonymizer(project, ctx.settings.spacy_model, ner)
    report = build_report(project, make_filter(ctx.project(), **filters), ReportOptions(chart=False), pseudonymizer, ner_name)
    _show_replacements(report, as_json)


def register(group: click.Group) -> None:
    """Attach `export report`, `export codings` and `pseudonyms` (sharing `export` with other areas)."""
    export = group.commands.get("export")
    if export is None:
        export = click.Group("export", help="Export reports, tables and exchange files.")
        group.add_command(export)
    export.add_command(export_report_cmd)
    export.add_command(export_codings_cmd)
    group.add_command(pseudonyms)
