"""Codebook commands: `codebook import|export|show`, and reading a codebook file (`init --codebook` too)."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import (
    Context, emit_json, export_target, fail, force_option, guard, json_option, keep_suggester_current,
    pass_ctx, training_stamp,
)
from workbench.core.wording import plural


def load_codes(path: Path, detailed: set[str] | None = None):
    if path.suffix.lower() not in (".yaml", ".yml", ".qdc", ".csv"):
        fail(f"{path}: unknown codebook format '{path.suffix or '(no extension)'}' (use .yaml, .yml, .qdc or .csv)")
    if path.suffix.lower() == ".csv":
        from workbench.io.codebooks.csv_format import read_codebook_csv

        return read_codebook_csv(path, detailed)
    if path.suffix.lower() == ".qdc":
        from workbench.io.refi.qdc import read_qdc

        warnings: list[str] = []
        codes = read_qdc(path, warnings, detailed)
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)
        return codes
    from workbench.io.codebooks.yaml_format import load_codebook

    return load_codebook(path)

@click.group()
def codebook() -> None:
    """Import, export and show the codebook."""


@codebook.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
@guard
def codebook_import(ctx: Context, file: Path) -> None:
    """Load codes from .yaml, REFI-QDA .qdc or Taguette-style .csv (added, or updated when already there)."""
    detailed: set[str] = set()
    codes = load_codes(file, detailed)  # a bad codebook is reported as such, whether or not the project exists
    project = ctx.project()
    if file.suffix.lower() not in (".yaml", ".yml"):
        # a codebook that went through another tool comes back onto the codes it left (GUID, name),
        # without wiping the workbench's own fields that tool did not carry
        codes, _moved = project.match_codes(codes, detailed)
    stamp = training_stamp(ctx)
    result = project.import_codebook(codes, coder=ctx.coder)
    click.echo(f"{file}: {plural(result['added'], 'code')} added, {result['updated']} updated")
    keep_suggester_current(ctx, since=stamp)  # a changed codebook needs a model of its own (when there is coding)


@codebook.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@force_option
@pass_ctx
@guard
def codebook_export(ctx: Context, file: Path, force: bool) -> None:
    """Write the codebook as .yaml, REFI-QDA .qdc or Taguette .csv (by extension); a relative FILE goes into exports/."""
    import io

    from workbench.io.export_paths import write_private

    if file.suffix.lower() not in (".qdc", ".yaml", ".yml", ".csv"):
        fail(f"{file}: unknown codebook format (use .yaml, .yml, .qdc or .csv)")
    target = export_target(ctx, file, force=force)
    project = ctx.project()
    codes = project.codes(include_retired=True)
    if file.suffix.lower() == ".qdc":
        from workbench.io.refi.qdc import write_qdc

        buffer = io.BytesIO()
        write_qdc(codes, buffer, namespace=project.namespace)
        data = buffer.getvalue()
    elif file.suffix.lower() == ".csv":
        from workbench.io.codebooks.csv_format import codebook_csv_text

        data = codebook_csv_text(codes).encode("utf-8")
    else:
        from workbench.io.codebooks.yaml_format import dump_codebook

        data = dump_codebook(codes).encode("utf-8")
    write_private(target, data)
    project.record_event(ctx.coder, "export.codebook", {"file": str(target), "codes": len(codes)})
    click.echo(f"wrote {plural(len(codes), 'code')} to {target}")


@codebook.command("show")
@json_option()
@pass_ctx
@guard
def codebook_show(ctx: Context, as_json: bool) -> None:
    """Show the code tree: key, path, parent, label, definition."""
    rows = [
        {"key": c.key, "path": c.path, "parent": c.parent, "label": c.label, "label_en": c.label_en,
         "definition": c.definition}
        for c in ctx.project().codes()
    ]
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        depth = r["path"].count("/")
        en = f" ({r['label_en']})" if r["label_en"] else ""
        click.echo(f"{'  ' * depth}{r['path']}  {r['label']}{en}")
