"""Undo and redo, per coder: `undo`, `redo`."""

from __future__ import annotations

import json

import click

from workbench.commands.common import Context, guard, keep_suggester_current, pass_ctx, training_stamp


def _history(ctx: Context, redo: bool) -> None:
    from workbench.store.cases import describe_case_entry
    from workbench.store.history import describe_code_entry

    project = ctx.project()
    stamp = training_stamp(ctx)
    entry = project.redo(ctx.coder) if redo else project.undo(ctx.coder)
    if entry is None:
        click.echo(f"nothing to {'redo' if redo else 'undo'} for {ctx.coder}")
        return
    words = describe_code_entry(entry) or describe_case_entry(entry)
    if words is not None:
        click.echo(f"{'redid' if redo else 'undid'} {entry['action']} ({words})")
        keep_suggester_current(ctx, single=True, since=stamp)
        return
    data = json.loads(entry["after"] or entry["before"])
    span = f"{data['start']}-{data['end']}" if "start" in data and "end" in data else ""
    code = project.code_path(data["code_id"]) if "code_id" in data else ""
    details = " ".join(part for part in (code, span) if part)
    click.echo(f"{'redid' if redo else 'undid'} {entry['action']} ({entry['entity']} {entry['entity_id']}"
               f"{', ' + details if details else ''})")
    keep_suggester_current(ctx, single=True, since=stamp)


@click.command()
@pass_ctx
@guard
def undo(ctx: Context) -> None:
    """Undo your latest coding or codebook action."""
    _history(ctx, redo=False)


@click.command()
@pass_ctx
@guard
def redo(ctx: Context) -> None:
    """Redo your latest undone coding or codebook action."""
    _history(ctx, redo=True)
