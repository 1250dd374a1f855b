"""Foundation commands: project, import, documents, codebook, codings, search, history, demo, doctor.

Each concern is a module of this package (project, codebook, codings, history, memos); this one
attaches them to the main group in one place.
"""

from __future__ import annotations

import click

from workbench.commands.codebook import codebook
from workbench.commands.codings import code, codings, search
from workbench.commands.history import redo, undo
from workbench.commands.memos import memos
from workbench.commands.project import demo, doctor, documents, import_, init, text, tui


def register(group: click.Group) -> None:
    """Attach the foundation commands to the main group."""
    for command in (init, import_, documents, text, codebook, code, codings, memos, search, undo, redo, demo, tui,
                    doctor):
        group.add_command(command)
