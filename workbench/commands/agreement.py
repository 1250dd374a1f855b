"""Agreement commands: `agree`, `disagreements`, `resolve`, `merge`, `export agreement`."""

from __future__ import annotations

import copy

import dataclasses
from pathlib import Path

import click

from workbench.commands.common import (
    Context, dir_option, emit_json, export_target, fail, force_option, guard, json_option, keep_suggester_current,
    pass_ctx, require_pseudonymize, training_stamp,
)
from workbench.core.wording import plural


UNIT_CHOICE = click.Choice(["segment", "document", "character", "unitized"])


def _coder_list(value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [v.strip() for v in value.split(",") if v.strip()]
    if not names:
        fail("--coders needs at least one coder name")
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        fail(f"--coders names {', '.join(repeated)} more than once: agreement compares different coders")
    return names


def _report(ctx: Context, coders: str | None, unit: str, code: str | None, bootstrap: int, seed: int,
            min_coverage: float):
    from workbench.analysis.agreement.report import agreement_report, default_coders, load_corpus

    from workbench.commands.filter_values import check_filter_values

    project = ctx.project()
    check_filter_values(project, {"codes": code, "coders": _coder_list(coders)}, {"coders": "--coders"})
    corpus = load_corpus(project)
    chosen = _coder_list(coders)
    if chosen is None:
        chosen = default_coders(project.coders(), corpus, min_coverage)
    else:
        project.check_coders(chosen)
    path = project.code_path(project.code_id(code, include_retired=True)) if code else None
    return agreement_report(corpus, chosen, unit=unit, code=path, bootstrap=bootstrap, seed=seed,
                            min_coverage=min_coverage)


def _coverage_option():
    from workbench.analysis.agreement.defaults import MIN_COVERAGE

    return click.option("--min-coverage", type=click.FloatRange(0.0, 1.0), default=MIN_COVERAGE, show_default=True,
                        help="Share of a document a coder's coding must span (first coding to last) for the coder to "
                             "take part there; with less they count as missing (0: any coding takes part).")


def _report_options(func):
    from workbench.analysis.agreement.defaults import BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED

    for option in reversed([
        click.option("--coders", help="Comma-separated coder names (default: every coder with codings but consensus)."),
        click.option("--unit", type=UNIT_CHOICE, default="segment", show_default=True, help="Unit of analysis."),
        click.option("--code", help="One code (key or path); a parent code gives its domain's figures overall."),
        click.option("--bootstrap", type=int, default=BOOTSTRAP_SAMPLES, show_default=True,
                     help="Bootstrap resamples for α's 95% interval (0: none)."),
        click.option("--seed", type=int, default=BOOTSTRAP_SEED, show_default=True, help="Bootstrap seed."),
        _coverage_option(),
    ]):
        func = option(func)
    return func


@click.command()
@_report_options
@json_option("Print the report as JSON.")
@pass_ctx
@guard
def agree(ctx: Context, coders, unit, code, bootstrap, seed, min_coverage, as_json) -> None:
    """Inter-coder agreement per code and overall: %, Cohen's κ, Fleiss' κ, α with CI, Brennan–Prediger."""
    from workbench.analysis.agreement.export import to_text

    report = _report(ctx, coders, unit, code, bootstrap, seed, min_coverage)
    if as_json:
        emit_json(report)
    else:
        click.echo(to_text(report))


@click.command("export_agreement")
@_report_options
@click.option("--out", "out", required=True,
              help="File name inside --dir, or an absolute or ~ path: .md for Markdown, .csv for CSV.")
@dir_option
@click.option("--pseudonymize/--no-pseudonymize", default=True, show_default=True,
              help="Run code names through the project's pseudonymiser (the table holds no transcript text).")
@force_option
@pass_ctx
@guard
def export_agreement(ctx: Context, coders, unit, code, bootstrap, seed, min_coverage, out: str, folder: Path, force: bool,
                     pseudonymize: bool) -> None:
    """Write the agreement table with a method paragraph (Markdown or CSV, by extension)."""
    from workbench.analysis.agreement.export import to_csv, to_markdown
    from workbench.io.export_paths import write_private

    suffix = Path(out).suffix.lower()
    if suffix not in (".md", ".markdown", ".csv"):
        fail(f"{out}: unknown format (use .md or .csv)")
    path = export_target(ctx, out, folder, force=force)
    report = _report(ctx, coders, unit, code, bootstrap, seed, min_coverage)
    if pseudonymize:
        from workbench.io.pseudonymize.project import make_project_pseudonymizer

        pp = make_project_pseudonymizer(ctx.project(), ctx.settings.spacy_model, use_ner=False)
        for row in report["codes"]:
            row["code"] = pp.code_path(row["code"])  # a key made of a name (`invivo_hagen`) goes
        if report.get("code"):
            report["code"] = pp.code_path(report["code"])
        # the notes and the method name documents (who covers how much of which) and codes (`domain
        # 'invivo_hagen'`): as pseudonymised output names them
        names = {d["name"]: pp.document_name(d["name"]) for d in ctx.project().documents()}
        names.update({f"'{c.path}'": f"'{pp.code_path(c.path)}'" for c in ctx.project().codes(include_retired=True)})
        renamed = sorted(((old, str(new)) for old, new in names.items() if new != old), key=lambda p: -len(p[0]))
        for i, line in enumerate([*report["notes"], report["method"]]):
            for old, new in renamed:
                line = line.replace(old, new)
            if i < len(report["notes"]):
                report["notes"][i] = line
            else:
                report["method"] = line
    text = to_csv(report) if suffix == ".csv" else to_markdown(report)
    renamed_count = len(renamed) if pseudonymize else 0
    try:
        write_private(path, text.encode("utf-8"))
    except OSError as exc:
        fail(f"{path}: cannot write ({exc.strerror})")
    out = path
    ctx.project().record_event(ctx.coder, "export.agreement",
                               {"file": str(out), "unit": unit, "coders": report["coders"], "code": report["code"],
                                "pseudonymized": pseudonymize})
    click.echo(f"wrote agreement for {plural(len(report['codes']), 'code')} ({unit}) to {out}")
    if pseudonymize:
        click.echo(f"pseudonymised: code and document names ({renamed_count} renamed; the table holds no transcript text)")
    else:
        click.echo(f"warning: {out.name} names codes and documents as they are, not pseudonymised", err=True)


@click.command()
@click.option("--coders", help="Comma-separated coder names (default: every coder with codings but consensus).")
@click.option("--code", help="Only this code's subtree (key or path).")
@click.option("--unresolved", is_flag=True, help="Only passages without a consensus yet.")
@_coverage_option()
@click.option("--pseudonymize", is_flag=True, help="Print the passages pseudonymised as in a report.")
@click.option("--consistent", is_flag=True, help="With --pseudonymize: [Person 1], [Sted 1] ... instead of [X], […].")
@json_option()
@pass_ctx
@guard
def disagreements(ctx: Context, coders, code, unresolved, min_coverage, pseudonymize, consistent, as_json) -> None:
    """Segments where the coders' codes differ, with each coder's codes."""
    require_pseudonymize(consistent, pseudonymize)
    from workbench.analysis.agreement.report import default_coders, load_corpus
    from workbench.analysis.agreement.passages import passages
    from workbench.commands.filter_values import check_filter_values

    project = ctx.project()
    check_filter_values(project, {"codes": code, "coders": _coder_list(coders)}, {"coders": "--coders"})
    corpus = load_corpus(project)
    chosen = _coder_list(coders) or default_coders(project.coders(), corpus, min_coverage)
    project.check_coders(chosen)
    path = project.code_path(project.code_id(code, include_retired=True)) if code else None
    settled = {(r["document_id"], r["start"], r["end"]) for r in project.resolutions()}
    found = [p for p in passages(corpus, chosen, path, settled, min_coverage=min_coverage) if not (unresolved and p.consensus is not None)]
    if pseudonymize:
        from workbench.io.pseudonymize.project import make_project_pseudonymizer

        pp = make_project_pseudonymizer(project, ctx.settings.spacy_model, consistent=consistent)
        texts = [pp.cut(p.document_id, p.start, p.end, p.text)[0] for p in found]
        names = [pp.document_name(p.document) for p in found]
        found = [dataclasses.replace(p, codes={coder: [str(pp.code_path(c)) for c in codes] for coder, codes in p.codes.items()},
                                     consensus=None if p.consensus is None else [str(pp.code_path(c)) for c in p.consensus])
                 for p in found]
    else:
        texts = [p.text for p in found]
        names = [p.document for p in found]
    rows = [{"document": name, "start": p.start, "end": p.end, "text": text, "codes": p.codes,
             "consensus": p.consensus} for p, text, name in zip(found, texts, names, strict=True)]
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        click.echo(f"{r['document']} {r['start']}-{r['end']}  {r['text'][:70]}")
        for coder, codes in r["codes"].items():
            click.echo(f"    {coder:>12}: {', '.join(codes) or '(none)'}")
        if r["consensus"] is not None:
            click.echo(f"    {'consensus':>12}: {', '.join(r['consensus']) or '(none)'}")
    click.echo(plural(len(rows), "passage"), err=True)


@click.command()
@click.argument("document")
@click.argument("start", type=int)
@click.argument("end", type=int)
@click.option("--codes", default="", help="Comma-separated codes the consensus gets on this span (may be empty).")
@click.option("--decision", required=True, help="What was decided (e.g. 'accept kari', 'union').")
@click.option("--memo", help="Why: the discussion in a sentence.")
@pass_ctx
@guard
def resolve(ctx: Context, document, start, end, codes, decision, memo) -> None:
    """Settle a disagreement: the `consensus` coder gets exactly --codes on START..END."""
    project = ctx.project()
    wanted = [c.strip() for c in codes.split(",") if c.strip()]
    ids = project.resolve_passage(document, start, end, wanted, ctx.coder, decision, memo)
    click.echo(f"consensus on {document} {start}-{end}: {plural(len(ids), 'coding')} ({decision})")
    keep_suggester_current(ctx, single=True)


def _parse_map(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        theirs, sep, ours = pair.partition("=")
        if not sep or not theirs.strip() or not ours.strip():
            fail(f"--map {pair!r}: write it as THEIR_CODE_PATH=OUR_CODE_PATH")
        out[theirs.strip()] = ours.strip()
    return out


@click.command()
@click.argument("other", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Write nothing; show what the merge would do.")
@click.option("--map", "maps", multiple=True, metavar="THEIRS=OURS",
              help="Where the codings of one of their codes go (a code path on each side); repeatable.")
@json_option()
@pass_ctx
@guard
def merge(ctx: Context, other: Path, dry_run: bool, maps: tuple[str, ...], as_json: bool) -> None:
    """Bring in the codings and memos of another project file (documents matched by text, codes by path)."""
    project = ctx.project()
    if project.path is not None and other.resolve() == Path(project.path).resolve():
        fail("cannot merge a project into itself")
    damage = None if dry_run else project.verify()  # a bulk write: check a large file first
    if damage:
        fail(damage)
    stamp = training_stamp(ctx)
    report = project.merge_project(other, ctx.coder, dry_run=dry_run, code_map=_parse_map(maps))
    if as_json:
        emit_json(report)
    else:
        _print_merge(report, other, dry_run)
    if not dry_run:  # their coding joins the training data: the next `suggest` finds a model for it
        keep_suggester_current(ctx, since=stamp)


def _print_merge(report: dict, other: Path, dry_run: bool) -> None:
    docs, codes, codings, memos = report["documents"], report["codes"], report["codings"], report["memos"]
    if dry_run:
        click.echo(f"dry run: nothing was written; merging {other} would do this:")
    click.echo(f"documents: {len(docs['matched'])} matched by text, {len(docs['unmatched'])} not in this project")
    for name in docs["unmatched"]:
        click.echo(f"    not matched: {name}")
    click.echo(f"codes: {codes['matched']} matched, {len(codes['ambiguous'])} ambiguous, "
               f"{len(codes['unmatched'])} not in this codebook")
    for pair in codes["matched_by_key"]:
        click.echo(f"    by key (unique on both sides): {pair['theirs']} -> {pair['ours']}")
    for pair in codes["mapped"]:
        click.echo(f"    by --map: {pair['theirs']} -> {pair['ours']}")
    for item in codes["ambiguous"]:
        click.echo(f"    ambiguous, left out: {item['theirs']} ({item['why']}: {', '.join(item['candidates'])}); "
                   f"add --map {item['theirs']}=PATH")
    for path in codes["unmatched"]:
        click.echo(f"    not matched: {path}")
    verb = "would be imported" if dry_run else "imported"
    for label, part in (("codings", codings), ("memos", memos)):
        click.echo(f"{label}: {part['imported']} {verb}, {part['duplicates']} already present"
                   + "".join(f", {n} skipped ({why})" for why, n in part["skipped"].items()))
    if report["coders"]:
        click.echo("coders: " + ", ".join(f"{name} ({plural(n, 'coding')})" for name, n in report["coders"].items()))


def register(group: click.Group) -> None:
    """Attach the agreement commands; `export agreement` joins an existing `export` group."""
    for command in (agree, disagreements, resolve, merge):
        group.add_command(command)
    alias = copy.copy(agree)  # `agreement`, the word the README and the export use; not listed twice
    alias.hidden = True
    group.add_command(alias, name="agreement")
    export = group.commands.get("export")
    if export is None:
        @click.group("export")
        def export() -> None:
            """Export reports and tables."""
        group.add_command(export)
    export.add_command(export_agreement, name="agreement")
