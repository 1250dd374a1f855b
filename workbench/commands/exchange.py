"""Project exchange command: `export qdpx` writes the whole project as REFI-QDA.

Importing goes through `workbench import FILE.qdpx` (see workbench.io.transcripts.batch), so one
command brings in transcripts and whole projects alike.
"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import (
    Context, dir_option, export_target, force_option, guard, keep_attribute_option, pass_ctx, report_attributes,
    report_participants, require_pseudonymize,
)
from workbench.core.exchange import pseudonymize_coders
from workbench.core.wording import plural


@click.command("qdpx")
@click.option("--out", "out", required=True,
              help="File name inside --dir, or an absolute or ~ path (.qdpx added if missing).")
@dir_option
@click.option("--pseudonymize", is_flag=True,
              help="Write an anonymised project: pseudonymised sources and memos, every coding moved to match, "
                   "coders named Koder 1, Koder 2...")
@click.option("--consistent", is_flag=True, help="With --pseudonymize: [Person 1], [Sted 1] ... instead of [X], […].")
@keep_attribute_option
@force_option
@pass_ctx
@guard
def export_qdpx(ctx: Context, out: str, folder: Path, force: bool, pseudonymize: bool, consistent: bool,
                keep_attributes: tuple[str, ...]) -> None:
    """Write the whole project as a REFI-QDA project (.qdpx) for QualCoder, NVivo, ATLAS.ti or MAXQDA.

    Codes, codings, memos, participants and each document's speaker map travel; with
    --pseudonymize, speaker labels that are names become distinct markers and the map
    follows them, so every turn keeps its role and participant, and each participant
    attribute value goes through the same pseudonymiser as the text; the coders are
    named `Koder 1`, `Koder 2`... (`consensus` stays), the same in every coding and memo."""
    from workbench.io.refi.qdpx_export import write_qdpx

    require_pseudonymize(consistent, pseudonymize)
    project = ctx.project()
    out = export_target(ctx, out if out.lower().endswith(".qdpx") else out + ".qdpx", folder, force=force)
    bundle, replaced, attributes = project.exchange_bundle(), None, None
    coders: dict[str, str] = {}
    if pseudonymize:
        from workbench.io.pseudonymize.project import make_project_pseudonymizer, pseudonymize_bundle

        from workbench.core.coder_names import coder_pseudonyms, mask_coder_mentions
        from workbench.nlp.word_tables import plain_zipf

        # a coder named in a memo (`avklart med ola`) becomes that coder's pseudonym, not [X] or left
        bundle = mask_coder_mentions(bundle, coder_pseudonyms(bundle),
                                     common_word=lambda word: (plain_zipf(word) or 0.0) >= 5.0)
        pp = make_project_pseudonymizer(project, ctx.settings.spacy_model, consistent=consistent,
                                        keep_attributes=keep_attributes)
        problems: list[str] = []
        notes: list[str] = []
        bundle, replaced = pseudonymize_bundle(bundle, pp.pseudonymizer, problems, pp.attributes, pp.participants,
                                               notes)
        for problem in problems:
            click.echo(f"warning: {problem}", err=True)
        for note in notes:
            click.echo(f"note: {note}", err=True)
        report_attributes(pp.attributes, keep_attributes)
        report_participants(pp.participants)
        attributes = {"replaced": pp.attributes.replaced, "kept": sorted(pp.attributes.kept),
                      "participant_ids_replaced": pp.participants.replaced}
        bundle, coders = pseudonymize_coders(bundle)
    summary = write_qdpx(bundle, out)
    project.record_event(ctx.coder, "export.qdpx", {
        "file": str(out), "documents": summary.documents, "codes": summary.codes,
        "codings": summary.codings, "memos": summary.memos, "pseudonymized": pseudonymize,
        "replacements": replaced, "attributes": attributes, "coders": coders or None,
    })
    if not pseudonymize:
        if keep_attributes:
            click.echo("warning: --keep-attribute does nothing without --pseudonymize: every attribute is raw", err=True)
        click.echo(f"warning: {out.name} holds the full transcripts, not pseudonymised (names and ID numbers "
                   "included); use --pseudonymize for a file to share or deposit", err=True)
    else:
        click.echo(f"pseudonymised: {plural(replaced, 'replacement')} in the sources; codings moved to match")
        if coders:
            click.echo("coders named by pseudonym: " + ", ".join(f"{new} ({old})" for old, new in coders.items())
                       + "; keep this key out of the archive")
    click.echo(f"wrote {out}: {plural(summary.documents, 'document')}, {plural(summary.codes, 'code')}, "
               f"{plural(summary.codings, 'coding')}, "
               f"{plural(summary.memos, 'memo')}, {plural(summary.coders, 'coder')}, "
               f"{plural(summary.participants, 'participant')}")


def register(group: click.Group) -> None:
    """Attach `export qdpx` to the shared `export` group (created if no other area has yet)."""
    export = group.commands.get("export")
    if export is None:
        export = click.Group("export", help="Export reports, tables and exchange files.")
        group.add_command(export)
    export.add_command(export_qdpx)
