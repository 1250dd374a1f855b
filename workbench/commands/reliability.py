"""Commands that keep a project safe: `backup`, `restore` and `check`.

Months of coding live in one file, so copying it, putting a copy back and checking
its health must each be one short command that cannot make things worse: a backup
never overwrites the project, a restore keeps a copy of what it replaces, and a
check only reads.
"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import Context, emit_json, exit_failed, guard, json_option, pass_ctx
from workbench.core.wording import plural


@click.command()
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Backup file, or a folder to put a dated backup in.")
@click.option("--force", is_flag=True, help="Overwrite an existing backup file.")
@pass_ctx
@guard
def backup(ctx: Context, out: Path, force: bool) -> None:
    """Copy the project to --out through SQLite's online backup (safe while others code)."""
    from workbench.store.reliability import backup_project

    notes: list[str] = []
    target = backup_project(ctx.project(), out, force=force, coder=ctx.coder, notes=notes)
    size = target.stat().st_size
    click.echo(f"backed up {ctx.settings.db} to {target} ({size / 2**20:.1f} MB, checked ok)")
    for note in notes:
        click.echo(f"note: {note}", err=True)


@click.command()
@click.argument("backup_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace an existing project (a copy of it is kept beside it).")
@pass_ctx
@guard
def restore(ctx: Context, backup_file: Path, force: bool) -> None:
    """Put the backup BACKUP_FILE back as the project at --db."""
    from workbench.store import Project
    from workbench.store.reliability import restore_project

    result = restore_project(backup_file, Path(ctx.settings.db), force=force)
    with Project.open(result.target, create=False) as project:  # migrates an older backup, with its own backup
        project.record_event(ctx.coder, "project.restore", {
            "from": str(result.source.resolve()),
            "kept": str(result.replaced_copy) if result.replaced_copy else None,
            "schema": result.source_schema,
        })
    if result.replaced_copy:
        click.echo(f"kept the project it replaced as {result.replaced_copy}")
    counts = result.counts
    click.echo(f"restored {result.target} from {result.source} "
               f"({plural(counts.get('documents', 0), 'document')}, {plural(counts.get('codings', 0), 'coding')})")


@click.command()
@json_option("Print the report as JSON.")
@pass_ctx
@guard
def check(ctx: Context, as_json: bool) -> None:
    """Check the project file read-only: integrity, schema version, permissions, network drive."""
    from workbench.store.reliability import inspect_project

    report = inspect_project(Path(ctx.settings.db))
    if as_json:
        emit_json(report.as_dict())
    else:
        click.echo(f"project    {report.path}")
        if report.schema_version is not None:
            click.echo(f"schema     {report.schema_version} (this workbench: {report.schema_supported})")
        if report.integrity:
            click.echo(f"integrity  {'; '.join(report.integrity[:3])}")
        if report.journal_mode:
            click.echo(f"journal    {report.journal_mode}")
        if report.mode:
            click.echo(f"mode       {report.mode}")
        if report.counts:
            click.echo("contents   " + ", ".join(f"{n} {t}" for t, n in report.counts.items()))
        if report.last_action:
            click.echo(f"last       {report.last_action}")
        for w in report.warnings:
            click.echo(f"warning: {w}", err=True)
        for p in report.problems:
            click.echo(f"error: {p}", err=True)
        click.echo("ok" if report.ok else "PROBLEMS FOUND")
    if not report.ok:
        exit_failed()


def register(group: click.Group) -> None:
    """Attach backup, restore and check to the main group."""
    for command in (backup, restore, check):
        group.add_command(command)
