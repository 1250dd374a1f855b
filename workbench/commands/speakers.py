"""`speakers`: who each speaker label of a document is (role and participant), and changing it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from workbench.commands.common import Context, emit_json, emit_table, fail, guard, json_option, pass_ctx
from workbench.core.speakers import interview_summary

if TYPE_CHECKING:
    from workbench.core.speakers import SpeakerEntry

#: How `speakers DOC` explains where a speaker's role came from.
SOURCE_WORDS = {
    "map": "speaker map",
    "interviewer": "interviewer label",
    "document": "document's participant",
    "project": "project label list",
    "label": "label",
    "guess": "document's role: CHECK (group interview)",
}


class _SpeakersGroup(click.Group):
    """`speakers DOC` lists; `speakers set|label|labels ...` are subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        words = [a for a in args if not a.startswith("-")]
        if words and words[0] not in self.commands and "--help" not in args and "-h" not in args:
            args = ["show", *args]
        return super().parse_args(ctx, args)


@click.group("speakers", cls=_SpeakersGroup, invoke_without_command=False)
def speakers() -> None:
    """Speaker labels of a document and who they are: `speakers DOC`, `speakers set DOC LABEL ...`."""


@speakers.command("show")
@click.argument("document")
@json_option()
@pass_ctx
@guard
def show(ctx: Context, document: str, as_json: bool) -> None:
    """List a document's speaker labels with role, participant, where that came from, and turns."""
    rows = ctx.project().document_speakers(document)
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo(f"{document}: no speaker labels (the whole text is the document's participant)")
        return
    emit_table([{**r, "source": SOURCE_WORDS.get(r["source"], r["source"])} for r in rows],
               ("label", "role", "participant", "turns", "source"))
    others = any(r["participant"] is None and r["role"] != "interviewer" for r in rows)
    kind = interview_summary(ctx.project().document_interview(document), others)
    if kind:
        click.echo(kind)


def describe_speaker(entry: SpeakerEntry, row: dict[str, Any] | None) -> str:
    """One label as `speakers DOC` lists it, in words: "AH: role mentor, participant M9". `row` is
    the label's row of that listing (its resolved role and participant); a role the map entry
    leaves out is said to be the participant's own."""
    role = row["role"] if row else entry.role
    participant = row["participant"] if row else entry.participant
    if not role:
        role_words = "no role"
    elif not entry.role and entry.participant and participant == entry.participant:
        role_words = f"role {role} (participant {participant}'s role)"
    else:
        role_words = f"role {role}"
    who = f"participant {participant}" if participant else "no participant"
    return f"{entry.label}: {role_words}, {who}"


@speakers.command("set")
@click.argument("document")
@click.argument("label")
@click.option("--role", help="mentee, mentor, programleder or interviewer.")
@click.option("--participant", help="Participant id (created if new).")
@click.option("--clear", is_flag=True, help="Remove the label from the map (back to the defaults).")
@pass_ctx
@guard
def set_(ctx: Context, document: str, label: str, role: str | None, participant: str | None, clear: bool) -> None:
    """Say who LABEL is in DOCUMENT: its role and/or participant (the one not given is kept)."""
    from workbench.core.speakers import SpeakerEntry

    project = ctx.project()
    if clear:
        if role or participant:
            fail("give --clear alone, or --role/--participant")
        if not project.clear_speaker(document, label, ctx.coder):
            fail(f"speaker '{label}' is not in the speaker map of '{document}' (see `workbench speakers {document}`)")
        click.echo(f"{project.document_name(project.resolve_document(document))}: {label} back to the defaults")
        return
    if not role and not participant:
        fail(f"give --role and/or --participant for speaker '{label}' in '{document}'")
    known = {p.id for p in project.participants()}
    entry, before = project.merge_speaker(document, SpeakerEntry(label, role, participant), ctx.coder)
    kept = [f"{name} {value}" for name, value, given in (("role", entry.role, role),
                                                          ("participant", entry.participant, participant))
            if before is not None and not given and value]
    also = f" (kept {' and '.join(kept)} from before; --clear starts the entry afresh)" if kept else ""
    row = next((r for r in project.document_speakers(document) if r["label"] == entry.label), None)
    name = project.document_name(project.resolve_document(document))  # `speakers set 3 ...`: the name, not `3`
    click.echo(f"{name}: {describe_speaker(entry, row)}{also}")
    if entry.participant and entry.participant not in known:  # a typo (P99 for P09) would go unseen
        click.echo(f"note: {entry.participant} is a new participant in the project (`workbench undo` takes them "
                   "out again)")
    note = project.participant_role_note(entry)
    if note:
        click.echo(f"note: {note}")


@speakers.command("label")
@click.argument("label")
@click.option("--role", help="mentee, mentor, programleder or interviewer.")
@click.option("--clear", is_flag=True, help="Remove the label from the project's list.")
@pass_ctx
@guard
def label_(ctx: Context, label: str, role: str | None, clear: bool) -> None:
    """The project's own labels: LABEL means ROLE in every group interview (e.g. `Leder` → programleder)."""
    from workbench.core.speakers import SpeakerEntry

    project = ctx.project()
    if clear:
        if not project.clear_speaker(None, label, ctx.coder):
            fail(f"'{label}' is not in the project's label list (see `workbench speakers labels`)")
        click.echo(f"{label}: removed from the project's labels")
        return
    if not role:
        fail(f"give --role for label '{label}'")
    entry = project.set_speakers(None, [SpeakerEntry(label, role)], ctx.coder)[0]
    click.echo(f"{entry.label}: role {entry.role} in every group interview")


@speakers.command("labels")
@json_option()
@pass_ctx
@guard
def labels(ctx: Context, as_json: bool) -> None:
    """The project's own speaker labels and their roles."""
    rows = [{"label": e.label, "role": e.role} for e in ctx.project().speaker_entries(None).values()]
    if as_json:
        emit_json(rows)
    else:
        emit_table(rows, ("label", "role"))


def register(group: click.Group) -> None:
    """Attach `speakers` to the main group."""
    group.add_command(speakers)
