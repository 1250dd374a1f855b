"""The `workbench` command: a thin layer over the library.

Global options pick the project file and the coder; each command lives in a module of
`workbench.commands` and only parses arguments, calls library functions and prints.
"""

from __future__ import annotations

import os

import click

from workbench import __version__
from workbench.commands import (
    agreement, analysis, exchange, query, reliability, reports, speakers, suggest,
)
from workbench.commands import core as core_commands
from workbench.commands.common import Context, run_tui


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db", metavar="PATH", help="Project file (default: $WORKBENCH_DB or ./workbench.db).")
@click.option("--coder", metavar="NAME", help="Who is coding (default: $WORKBENCH_CODER or the login name).")
@click.option("--spacy-model", metavar="NAME|PATH", help="spaCy pipeline to use (package name or folder).")
@click.version_option(__version__, prog_name="workbench")
@click.pass_context
def main(ctx: click.Context, db: str | None, coder: str | None, spacy_model: str | None) -> None:
    """Code Norwegian interview transcripts from the keyboard. With no command, open the workbench."""
    os.umask(0o077)  # interview data: every file we create (project, backups, exports) is owner-only
    ctx.obj = Context.create(db, coder, spacy_model)
    if ctx.invoked_subcommand is None:
        run_tui(ctx.obj)


for _module in (core_commands, suggest, agreement, analysis, query, reports, reliability, exchange, speakers):
    _module.register(main)


if __name__ == "__main__":  # pragma: no cover
    main()
