"""The README's command reference is the one the click commands generate (workbench/cli_reference.py)."""

from __future__ import annotations

import click

from workbench.cli import main
from workbench.cli_reference import BEGIN, COMMAND, END, README, commands, current_block, reference, replace_block


def test_readme_reference_is_up_to_date():
    readme = README.read_text(encoding="utf-8")
    assert current_block(readme) == reference(), (
        f"README.md's CLI reference is out of date (a command or option changed). Regenerate it with:\n"
        f"    PYTHONPATH=$PWD {COMMAND}\nand commit README.md."
    )


def test_every_command_and_subcommand_is_listed():
    listed = {name for name, _command in commands(main)}
    assert {"memos list", "memos add", "redo", "undo", "tui", "pseudonyms add", "pseudonyms list",
            "pseudonyms remove", "pseudonyms import", "codings list", "export report"} <= listed
    block = reference()
    for name in listed:
        assert f"| `{name}" in block


def test_usage_marks_optional_and_repeated_options():
    @click.command()
    @click.argument("files", nargs=-1)
    @click.option("--out", required=True)
    @click.option("--code", "codes", multiple=True)
    @click.option("--unit", type=click.Choice(["segment", "document"]))
    @click.option("--json", "as_json", is_flag=True)
    def sample(files, out, codes, unit, as_json):
        """Do a thing.

        Details that stay out of the table."""

    group = click.Group(commands={"sample": sample})
    [(name, command)] = list(commands(group))
    from workbench.cli_reference import summary, usage

    assert name == "sample"
    assert usage(command) == "[FILES...] --out OUT [--code CODE]... [--unit segment|document] [--json]"
    assert summary(command) == "Do a thing."


def test_replace_block_keeps_the_rest_of_the_readme():
    text = f"intro\n{BEGIN}\nold\n{END}\noutro\n"
    assert replace_block(text, f"{BEGIN}\nnew\n{END}") == f"intro\n{BEGIN}\nnew\n{END}\noutro\n"
