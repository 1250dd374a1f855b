"""The `query` command: coding queries (AND, OR, NOT, NEAR) and the project's saved queries."""

from __future__ import annotations

import textwrap

import click

from workbench.commands.analysis import (
    _width, filters_without_code, make_filter, pseudonymised_quotes, view_pseudonymize_options,
)
from workbench.commands.common import (
    Context, emit_json, emit_table, fail, guard, json_option, pass_ctx, require_pseudonymize,
)

_FILTER_KEYS = ("waves", "roles", "programs", "participants", "coders", "search")


@click.command()
@click.argument("expression", required=False)
@click.option("--within", type=click.Choice(["segment", "turn", "document"]),
              help="Where codes must meet: the same segment (default), speaker turn or document; "
                   "NEAR/N counts segments or turns.")
@filters_without_code
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many passages.")
@click.option("--save", "save_as", metavar="NAME", help="Also save the query (with --within and filters) under NAME.")
@click.option("--saved", metavar="NAME", help="Run the saved query NAME (filters given here replace its own).")
@click.option("--list-saved", is_flag=True, help="List the saved queries and stop.")
@click.option("--delete-saved", metavar="NAME", help="Delete the saved query NAME and stop.")
@view_pseudonymize_options
@json_option()
@pass_ctx
@guard
def query(ctx: Context, expression: str | None, within: str | None, limit: int | None, save_as: str | None,
          saved: str | None, list_saved: bool, delete_saved: str | None, pseudonymize: bool, consistent: bool,
          as_json: bool, **filters) -> None:
    """Passages where codes meet: `query "competence AND network"`, `A OR B`, `A NOT B`, `A NEAR/2 B`.

    A code is its key, path or quoted label and includes its sub-codes. AND, NOT and NEAR
    bind tighter than OR; use brackets to group. NEAR alone means NEAR/1.
    """
    from workbench.analysis.coding_query import run_query

    require_pseudonymize(consistent, pseudonymize)
    project = ctx.project()
    if list_saved:
        rows = project.saved_queries()
        if as_json:
            emit_json(rows)
        else:
            emit_table([{**r, "filters": _describe(r["filters"])} for r in rows],
                       ("name", "query", "within", "filters", "coder"))
        return
    if delete_saved:
        project.delete_saved_query(delete_saved, ctx.coder)
        click.echo(f"deleted saved query '{delete_saved}'")
        return
    given = {k: list(v) if isinstance(v, tuple) else v for k, v in filters.items() if v}
    if saved:
        if expression:
            fail("give either a query or --saved NAME, not both")
        row = project.saved_query(saved)
        expression = row["query"]
        within = within or row["within"]
        given = {**row["filters"], **given}
    if not expression:
        fail('give a query, e.g. workbench query "competence AND network" (or --saved NAME, --list-saved)')
    within = within or "segment"
    flt = make_filter(ctx.project(), **given)
    result = run_query(project, expression, within, flt)
    if save_as:
        project.save_query(save_as, expression, ctx.coder, within, {k: getattr(flt, k) for k in _FILTER_KEYS})
    shown = result.quotes[:limit] if limit else result.quotes
    if pseudonymize:
        shown = pseudonymised_quotes(ctx, shown, consistent=consistent)
    if as_json:
        emit_json({**result.as_dict(), "quotes": [q.as_dict() for q in shown]})
        return
    width = _width()
    for q in shown:
        click.echo(f"{q.code}  {q.document}:{q.start}-{q.end}  {q.attribution(program=True, wave=True)}  "
                   f"[{', '.join(q.coders)}]")
        click.echo(textwrap.fill(" ".join(q.text.split()), width=width, initial_indent="    ",
                                 subsequent_indent="    "))
        click.echo()
    more = f" (showing {len(shown)})" if len(shown) < len(result.quotes) else ""
    click.echo(f"{result.tree} within {within}: {result.summary()}{more}", err=True)
    if save_as:
        click.echo(f"saved as '{' '.join(save_as.split())}'", err=True)


def _describe(filters: dict) -> str:
    return "; ".join(f"{k}={','.join(v) if isinstance(v, list) else v}" for k, v in filters.items())


def register(group: click.Group) -> None:
    """Attach `query` to the main group."""
    group.add_command(query)
