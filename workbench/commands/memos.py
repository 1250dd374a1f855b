"""Memo commands: `memos add|list`."""

from __future__ import annotations

import click

from workbench.commands.common import Context, emit_json, emit_table, guard, json_option, pass_ctx


@click.group()
def memos() -> None:
    """Write and list memos on documents, codes or the project."""


@memos.command("add")
@click.argument("text")
@click.option("--document", help="The document the memo is about (name or id).")
@click.option("--code", "code_name", help="The code the memo is about (key or path).")
@click.option("--title", help="A short title.")
@pass_ctx
@guard
def memos_add(ctx: Context, text: str, document: str | None, code_name: str | None, title: str | None) -> None:
    """Write a memo (about a document, a code, both, or the whole project)."""
    memo_id = ctx.project().add_memo(text, ctx.coder, document=document, code=code_name, title=title)
    click.echo(f"memo {memo_id} by {ctx.coder}")


@memos.command("list")
@click.option("--document", help="Only memos about this document.")
@click.option("--code", "code_name", help="Only memos about this code.")
@json_option()
@pass_ctx
@guard
def memos_list(ctx: Context, document: str | None, code_name: str | None, as_json: bool) -> None:
    """List memos."""
    rows = ctx.project().memos(document=document, code=code_name)
    emit_json(rows) if as_json else emit_table(rows, ("id", "document", "code", "coder", "title", "text"))
