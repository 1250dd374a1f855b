"""Project exchange command: `export qdpx` writes the whole project as REFI-QDA.

Importing goes through `workbench import FILE.qdpx` (see workbench.io.importing), so one
command brings in transcripts and whole projects alike.
"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import Context, guard, pass_ctx


@click.command("qdpx")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The .qdpx file to write (replaced if it exists).")
@pass_ctx
@guard
def export_qdpx(ctx: Context, out: Path) -> None:
    """Write the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette."""
    from workbench.io.qdpx_export import export_qdpx as write

    project = ctx.project()
    if out.suffix.lower() != ".qdpx":
        out = out.with_name(out.name + ".qdpx")
    summary = write(project, out)
    project.record_event(ctx.coder, "export.qdpx", {
        "file": str(out), "documents": summary.documents, "codes": summary.codes,
        "codings": summary.codings, "memos": summary.memos,
    })
    click.echo(f"wrote {out}: {summary.documents} documents, {summary.codes} codes, {summary.codings} codings, "
               f"{summary.memos} memos, {summary.coders} coders, {summary.participants} participants")


def register(group: click.Group) -> None:
    """Attach `export qdpx` to the shared `export` group (created if no other area has yet)."""
    export = group.commands.get("export")
    if export is None:
        export = click.Group("export", help="Export reports, tables and exchange files.")
        group.add_command(export)
    export.add_command(export_qdpx)
