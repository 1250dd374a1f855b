"""Foundation commands: project, import, documents, codebook, codings, search, history, demo, doctor."""

from __future__ import annotations

import json
import platform
from pathlib import Path

import click

from workbench import __version__
from workbench.commands.common import (
    Context, emit_json, emit_table, exit_failed, export_target, fail, force_option, guard, json_option,
    keep_suggester_current, pass_ctx, run_tui, show_progress, training_stamp,
)
from workbench.core.errors import InputError
from workbench.core.wording import plural


def _load_codes(path: Path, detailed: set[str] | None = None):
    if path.suffix.lower() not in (".yaml", ".yml", ".qdc", ".csv"):
        fail(f"{path}: unknown codebook format '{path.suffix or '(no extension)'}' (use .yaml, .yml, .qdc or .csv)")
    if path.suffix.lower() == ".csv":
        from workbench.io.codebooks.csv_format import read_codebook_csv

        return read_codebook_csv(path, detailed)
    if path.suffix.lower() == ".qdc":
        from workbench.io.refi.qdc import read_qdc

        warnings: list[str] = []
        codes = read_qdc(path, warnings, detailed)
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)
        return codes
    from workbench.io.codebooks.yaml_format import load_codebook

    return load_codebook(path)


@click.command()
@click.option("--codebook", type=click.Path(dir_okay=False, path_type=Path), help="Codebook to load (.yaml, .qdc or .csv).")
@pass_ctx
@guard
def init(ctx: Context, codebook: Path | None) -> None:
    """Create a project file (0600), optionally loading a codebook."""
    existed = Path(ctx.settings.db).exists() and Path(ctx.settings.db).stat().st_size > 0
    codes = _load_codes(codebook) if codebook else None  # a bad codebook leaves no half-made project
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


@click.group()
def codebook() -> None:
    """Import, export and show the codebook."""


@codebook.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
@guard
def codebook_import(ctx: Context, file: Path) -> None:
    """Load codes from .yaml, REFI-QDA .qdc or Taguette-style .csv (added, or updated when already there)."""
    detailed: set[str] = set()
    codes = _load_codes(file, detailed)  # a bad codebook is reported as such, whether or not the project exists
    project = ctx.project()
    if file.suffix.lower() not in (".yaml", ".yml"):
        # a codebook that went through another tool comes back onto the codes it left (GUID, name),
        # without wiping the workbench's own fields that tool did not carry
        codes, _moved = project.match_codes(codes, detailed)
    stamp = training_stamp(ctx)
    result = project.import_codebook(codes, coder=ctx.coder)
    click.echo(f"{file}: {plural(result['added'], 'code')} added, {result['updated']} updated")
    keep_suggester_current(ctx, since=stamp)  # a changed codebook needs a model of its own (when there is coding)


@codebook.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@force_option
@pass_ctx
@guard
def codebook_export(ctx: Context, file: Path, force: bool) -> None:
    """Write the codebook as .yaml, REFI-QDA .qdc or Taguette .csv (by extension); a relative FILE goes into exports/."""
    import io

    from workbench.io.export_paths import write_private

    if file.suffix.lower() not in (".qdc", ".yaml", ".yml", ".csv"):
        fail(f"{file}: unknown codebook format (use .yaml, .yml, .qdc or .csv)")
    target = export_target(ctx, file, force=force)
    project = ctx.project()
    codes = project.codes(include_retired=True)
    if file.suffix.lower() == ".qdc":
        from workbench.io.refi.qdc import write_qdc

        buffer = io.BytesIO()
        write_qdc(codes, buffer, namespace=project.namespace)
        data = buffer.getvalue()
    elif file.suffix.lower() == ".csv":
        from workbench.io.codebooks.csv_format import codebook_csv_text

        data = codebook_csv_text(codes).encode("utf-8")
    else:
        from workbench.io.codebooks.yaml_format import dump_codebook

        data = dump_codebook(codes).encode("utf-8")
    write_private(target, data)
    project.record_event(ctx.coder, "export.codebook", {"file": str(target), "codes": len(codes)})
    click.echo(f"wrote {plural(len(codes), 'code')} to {target}")


@codebook.command("show")
@json_option()
@pass_ctx
@guard
def codebook_show(ctx: Context, as_json: bool) -> None:
    """Show the code tree: key, path, parent, label, definition."""
    rows = [
        {"key": c.key, "path": c.path, "parent": c.parent, "label": c.label, "label_en": c.label_en,
         "definition": c.definition}
        for c in ctx.project().codes()
    ]
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        depth = r["path"].count("/")
        en = f" ({r['label_en']})" if r["label_en"] else ""
        click.echo(f"{'  ' * depth}{r['path']}  {r['label']}{en}")


@click.command()
@click.argument("document")
@click.argument("start", type=int)
@click.argument("end", type=int)
@click.argument("code")
@click.option("--memo", help="A memo attached to the coding.")
@pass_ctx
@guard
def code(ctx: Context, document: str, start: int, end: int, code: str, memo: str | None) -> None:
    """Apply CODE (key or path) to characters START..END (end exclusive) of DOCUMENT."""
    coding = ctx.project().add_coding(document, start, end, code, ctx.coder, memo=memo)
    click.echo(f"coding {coding.id}: {coding.code} on {start}-{end} by {ctx.coder}")
    keep_suggester_current(ctx, single=True)


@click.group()
def codings() -> None:
    """List, import and export codings."""


CODING_FIELDS = ("id", "document", "coder", "code", "start", "end", "memo", "origin")


@codings.command("list")
@click.option("--document", help="Only this document (name or id).")
@click.option("--coder", "coder_name", help="Only this coder's codings.")
@click.option("--code", "code_name", help="Only this code and its children.")
@json_option()
@pass_ctx
@guard
def codings_list(ctx: Context, document, coder_name, code_name, as_json) -> None:
    """List codings."""
    from workbench.commands.filter_values import check_filter_values

    check_filter_values(ctx.project(), {"documents": document, "coders": coder_name, "codes": code_name})
    rows = [{k: r[k] for k in CODING_FIELDS} for r in ctx.project().codings(document, coder_name, code_name)]
    emit_json(rows) if as_json else emit_table(rows, CODING_FIELDS)


@codings.command("import")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
@guard
def codings_import(ctx: Context, csv_file: Path) -> None:
    """Import codings from CSV (document,coder,code,start,end,memo); all or nothing."""
    from workbench.io.codings_csv import codings_csv_batches

    project = ctx.project()
    stamp = training_stamp(ctx)
    # a batch of rows at a time (all of them in one transaction): what the import held stays
    # small, so the training after it does not sit on top of a whole file's rows
    count = project.import_coding_batches(codings_csv_batches(csv_file, project, ctx.coder), actor=ctx.coder)
    click.echo(f"imported {plural(count, 'coding')} from {csv_file}")
    if count:  # (an empty file still logs its import)
        keep_suggester_current(ctx, since=stamp)


@codings.command("export")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@force_option
@pass_ctx
@guard
def codings_export(ctx: Context, csv_file: Path, force: bool) -> None:
    """Export all codings as CSV (document,coder,code,start,end,memo); a relative name goes into exports/, '-' to stdout."""
    import io

    from workbench.io.codings_csv import write_codings_csv
    from workbench.io.export_paths import write_private

    target = None if str(csv_file) == "-" else export_target(ctx, csv_file, suffix="csv", force=force)
    project = ctx.project()
    rows = project.codings()
    if target is None:
        write_codings_csv(rows, click.get_text_stream("stdout"))
    else:
        buffer = io.StringIO(newline="")
        write_codings_csv(rows, buffer)
        write_private(target, buffer.getvalue().encode("utf-8"))
        click.echo(f"wrote {plural(len(rows), 'coding')} to {target}")
    project.record_event(ctx.coder, "export.codings", {"file": str(target or "-"), "codings": len(rows)})
    memos = sum(1 for r in rows if (r.get("memo") or "").strip())
    if memos:  # an exchange file, like `export qdpx`: kept whole, and said so (a memo may name someone)
        click.echo(f"warning: {target.name if target else 'the output'} holds {plural(memos, 'coding memo')} as "
                   "written, not pseudonymised; `workbench export codings` writes a pseudonymised table to share",
                   err=True)


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("query")
@click.option("--limit", default=200, show_default=True, type=click.IntRange(min=1))
@json_option()
@pass_ctx
@guard
def search(ctx: Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search (SQLite FTS5 syntax: words, "phrases", prefix*, AND/OR/NOT).

    A query may start with '-' (`search -jobb`); `search -- -h` searches for a word
    that looks like an option of this command.
    """
    hits = ctx.project().search(query, limit)
    if as_json:
        emit_json(hits)
        return
    for h in hits:
        click.echo(f"{h['document']}:{h['offset']}  {h['context']}")
    click.echo(plural(len(hits), "match", "matches"), err=True)


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


def register(group: click.Group) -> None:
    """Attach the foundation commands to the main group."""
    for command in (init, import_, documents, text, codebook, code, codings, memos, search, undo, redo, demo, tui,
                    doctor):
        group.add_command(command)
