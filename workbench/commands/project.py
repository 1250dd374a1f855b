"""Project commands: init, import, documents, text, demo, tui, doctor."""

from __future__ import annotations

import platform
from pathlib import Path

import click

from workbench import __version__
from workbench.commands.codebook import load_codes
from workbench.commands.common import (
    Context, emit_json, emit_table, exit_failed, fail, guard, json_option, keep_suggester_current, pass_ctx,
    run_tui, show_progress, training_stamp,
)
from workbench.core.errors import InputError
from workbench.core.wording import plural


@click.command()
@click.option("--codebook", type=click.Path(dir_okay=False, path_type=Path), help="Codebook to load (.yaml, .qdc or .csv).")
@pass_ctx
@guard
def init(ctx: Context, codebook: Path | None) -> None:
    """Create a project file (0600), optionally loading a codebook."""
    existed = Path(ctx.settings.db).exists() and Path(ctx.settings.db).stat().st_size > 0
    codes = load_codes(codebook) if codebook else None  # a bad codebook leaves no half-made project
    project = ctx.project(create=True, initialise_empty=True)
    if codebook:
        result = project.import_codebook(codes, coder=ctx.coder)
        click.echo(f"codebook {codebook}: {plural(result['added'], 'code')} added, {result['updated']} updated")
    click.echo(f"{'opened existing' if existed else 'created'} project {ctx.settings.db} (schema {project.schema_version})")


@click.command("import")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--manifest", type=click.Path(path_type=Path), help="CSV with one row of metadata per file.")
@click.option("--participant", help="Participant id for all files.")
@click.option("--role", help="mentee, mentor or programleder.")
@click.option("--program", help="Programme name.")
@click.option("--wave", help="baseline (nullpunkt) or endpoint (sluttpunkt).")
@click.option("--mode", help="Interview mode (phone, video, in-person, phone-group); gruppe or group in it marks a group interview.")
@click.option("--date", help="Interview date, YYYY-MM-DD.")
@click.option("--name", help="Document name (single file only).")
@json_option("Print a JSON report.")
@pass_ctx
@guard
def import_(ctx: Context, files, manifest, as_json, **flags) -> None:
    """Import transcripts (.txt .md .docx .odt .vtt .srt) with their metadata, a REFI-QDA .qdpx project,
    or a Taguette project file (.sqlite3)."""
    from workbench.io.transcripts.batch import import_files

    if not files and not manifest:
        fail("give transcript files to import, or --manifest CSV")
    project = ctx.project()  # only `init` (and `demo`) create a project file: it should start with a codebook
    damage = project.verify()  # a bulk write: worth a full quick check of a large file first
    if damage:
        fail(damage)
    printed: set[tuple] = set()
    stamp = training_stamp(ctx)

    def landed(file: str, doc_id: int, name: str) -> None:  # said as each file commits: a killed run has told
        click.echo(f"imported {file} as '{name}' (id {doc_id})")
        printed.add((file, doc_id, name))

    try:
        report = import_files(project, list(files), manifest, flags, ctx.coder, show_progress(not as_json),
                              landed=None if as_json else landed)
    except InputError as exc:
        if manifest is None:
            raise
        if as_json:
            emit_json({"imported": [], "duplicates": [], "warnings": [], "notes": [],
                       "failed": [{"file": str(manifest), "error": line} for line in str(exc).splitlines()]})
        for line in str(exc).splitlines():  # every bad row of the manifest, found before anything was written
            click.echo(f"error: {line}", err=True)
        click.echo("nothing imported: a manifest goes in whole; fix the rows named above and run it again", err=True)
        exit_failed()
    if as_json:
        emit_json({
            "imported": [{"file": f, "id": i, "name": n} for f, i, n in report.imported],
            "duplicates": [{"file": f, "existing": n} for f, n in report.duplicates],
            "failed": [{"file": f, "error": e} for f, e in report.failed],
            "warnings": [{"file": f, "warning": w} for f, w in report.warnings],
            "notes": [{"file": f, "note": n} for f, n in report.notes],
        })
    else:
        for f, i, n in report.imported:
            if (f, i, n) not in printed:
                click.echo(f"imported {f} as '{n}' (id {i})")
        for f, n in report.duplicates:
            click.echo(f"skipped {f}: identical text already stored as '{n}'")
        for f, n in report.notes:
            click.echo(f"{f}: {n}")
        for f, w in report.warnings:
            click.echo(f"warning: {f}: {w}", err=True)
        for _f, e in report.failed:
            click.echo(f"error: {e}", err=True)
        click.echo(f"{len(report.imported)} imported, {len(report.duplicates)} already present, {len(report.failed)} failed")
    if report.imported:  # a .qdpx or Taguette project brings coding: the next `suggest` finds a model for it
        keep_suggester_current(ctx, since=stamp)
    if report.failed:
        exit_failed()

@click.command()
@json_option()
@pass_ctx
@guard
def documents(ctx: Context, as_json: bool) -> None:
    """List documents with participant, role, programme, wave, words and codings."""
    cols = ("id", "name", "participant", "role", "program", "wave", "words", "codings")
    rows = [{c: r[c] for c in cols} for r in ctx.project().documents()]
    emit_json(rows) if as_json else emit_table(rows, cols)


@click.command()
@click.argument("document")
@pass_ctx
@guard
def text(ctx: Context, document: str) -> None:
    """Print a document's stored (normalised) text."""
    click.echo(ctx.project().document(document, with_segments=False).text)

@click.command()
@click.option("--no-tui", is_flag=True, help="Only build the demo project and print where it is.")
@click.option("--db", "demo_db", metavar="PATH", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to build the demo project (the same as `workbench --db PATH demo`).")
@pass_ctx
@guard
def demo(ctx: Context, no_tui: bool, demo_db: Path | None) -> None:
    """Build the demo project from corpora/ and codebooks/, then open it."""
    from workbench.io.demo import build_demo, default_demo_path

    source = demo_db or click.get_current_context().find_root().params.get("db")
    path = Path(source) if source else default_demo_path()
    ctx.settings.db = path
    project = ctx.project(create=True)
    report = build_demo(project, coder="demo")
    for _f, e in report.failed:
        click.echo(f"error: {e}", err=True)
    if report.failed:
        exit_failed()
    docs = len(project.documents())
    if no_tui:
        click.echo(f"demo project: {path} ({plural(docs, 'document')}, {plural(len(project.codings()), 'coding')})")
        keep_suggester_current(ctx)  # (the workbench trains it in the background instead)
        return
    run_tui(ctx)


@click.command()
@pass_ctx
@guard
def tui(ctx: Context) -> None:
    """Open the terminal workbench on the project at --db."""
    run_tui(ctx)


@click.command()
@json_option()
@pass_ctx
@guard
def doctor(ctx: Context, as_json: bool) -> None:
    """Versions, project file, schema version and the active spaCy pipeline."""
    from importlib.metadata import PackageNotFoundError, version

    from workbench.nlp.pipeline import choose_pipeline
    from workbench.store import SCHEMA_VERSION, SQLITE_VERSION

    def ver(name: str) -> str | None:
        try:
            return version(name)
        except PackageNotFoundError:
            return None

    db = Path(ctx.settings.db)
    info = {
        "workbench": __version__,
        "python": platform.python_version(),
        "sqlite": SQLITE_VERSION,
        "textual": ver("textual"),
        "spacy": ver("spacy"),
        "scikit-learn": ver("scikit-learn"),
        "database": str(db.resolve()),
        "database_exists": db.exists(),
        "schema_version": None,
        "schema_version_supported": SCHEMA_VERSION,
        "coder": ctx.coder,
        "config_file": str(ctx.settings.config_file) if ctx.settings.config_file else None,
    }
    problem = None
    if db.exists():
        try:
            info["schema_version"] = ctx.project().schema_version
        except click.ClickException as exc:
            info["schema_version"] = "unreadable"
            problem = exc.format_message()
    info["error"] = problem
    choice = choose_pipeline(ctx.settings.spacy_model)
    info["spacy_pipeline"] = {"name": choice.name, "kind": choice.kind, "reason": choice.reason}
    if as_json:
        emit_json(info)
    else:
        for k, v in info.items():
            if k == "error":
                continue
            if k == "spacy_pipeline":
                v = f"{choice.name} ({choice.kind}: {choice.reason})"
            click.echo(f"{k:26} {v}")
    if problem is not None:
        fail(problem)
