"""Coding commands: `code`, `codings list|import|export`, and full-text `search`."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import (
    Context, emit_json, emit_table, export_target, force_option, guard, json_option, keep_suggester_current,
    pass_ctx, training_stamp,
)
from workbench.core.wording import plural


@click.command()
@click.argument("document")
@click.argument("start", type=int)
@click.argument("end", type=int)
@click.argument("code")
@click.option("--memo", help="A memo attached to the coding.")
@pass_ctx
@guard
def code(ctx: Context, document: str, start: int, end: int, code: str, memo: str | None) -> None:
    """Apply CODE (key or path) to characters START..END (end exclusive) of DOCUMENT."""
    coding = ctx.project().add_coding(document, start, end, code, ctx.coder, memo=memo)
    click.echo(f"coding {coding.id}: {coding.code} on {start}-{end} by {ctx.coder}")
    keep_suggester_current(ctx, single=True)


@click.group()
def codings() -> None:
    """List, import and export codings."""


CODING_FIELDS = ("id", "document", "coder", "code", "start", "end", "memo", "origin")


@codings.command("list")
@click.option("--document", help="Only this document (name or id).")
@click.option("--coder", "coder_name", help="Only this coder's codings.")
@click.option("--code", "code_name", help="Only this code and its children.")
@json_option()
@pass_ctx
@guard
def codings_list(ctx: Context, document, coder_name, code_name, as_json) -> None:
    """List codings."""
    from workbench.commands.filter_values import check_filter_values

    check_filter_values(ctx.project(), {"documents": document, "coders": coder_name, "codes": code_name})
    rows = [{k: r[k] for k in CODING_FIELDS} for r in ctx.project().codings(document, coder_name, code_name)]
    emit_json(rows) if as_json else emit_table(rows, CODING_FIELDS)


@codings.command("import")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
@guard
def codings_import(ctx: Context, csv_file: Path) -> None:
    """Import codings from CSV (document,coder,code,start,end,memo); all or nothing."""
    from workbench.io.codings_csv import codings_csv_batches

    project = ctx.project()
    stamp = training_stamp(ctx)
    # a batch of rows at a time (all of them in one transaction): what the import held stays
    # small, so the training after it does not sit on top of a whole file's rows
    count = project.import_coding_batches(codings_csv_batches(csv_file, project, ctx.coder), actor=ctx.coder)
    click.echo(f"imported {plural(count, 'coding')} from {csv_file}")
    if count:  # (an empty file still logs its import)
        keep_suggester_current(ctx, since=stamp)


@codings.command("export")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@force_option
@pass_ctx
@guard
def codings_export(ctx: Context, csv_file: Path, force: bool) -> None:
    """Export all codings as CSV (document,coder,code,start,end,memo); a relative name goes into exports/, '-' to stdout."""
    import io

    from workbench.io.codings_csv import write_codings_csv
    from workbench.io.export_paths import write_private

    target = None if str(csv_file) == "-" else export_target(ctx, csv_file, suffix="csv", force=force)
    project = ctx.project()
    rows = project.codings()
    if target is None:
        write_codings_csv(rows, click.get_text_stream("stdout"))
    else:
        buffer = io.StringIO(newline="")
        write_codings_csv(rows, buffer)
        write_private(target, buffer.getvalue().encode("utf-8"))
        click.echo(f"wrote {plural(len(rows), 'coding')} to {target}")
    project.record_event(ctx.coder, "export.codings", {"file": str(target or "-"), "codings": len(rows)})
    memos = sum(1 for r in rows if (r.get("memo") or "").strip())
    if memos:  # an exchange file, like `export qdpx`: kept whole, and said so (a memo may name someone)
        click.echo(f"warning: {target.name if target else 'the output'} holds {plural(memos, 'coding memo')} as "
                   "written, not pseudonymised; `workbench export codings` writes a pseudonymised table to share",
                   err=True)


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("query")
@click.option("--limit", default=200, show_default=True, type=click.IntRange(min=1))
@json_option()
@pass_ctx
@guard
def search(ctx: Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search (SQLite FTS5 syntax: words, "phrases", prefix*, AND/OR/NOT).

    A query may start with '-' (`search -jobb`); `search -- -h` searches for a word
    that looks like an option of this command.
    """
    hits = ctx.project().search(query, limit)
    if as_json:
        emit_json(hits)
        return
    for h in hits:
        click.echo(f"{h['document']}:{h['offset']}  {h['context']}")
    click.echo(plural(len(hits), "match", "matches"), err=True)
