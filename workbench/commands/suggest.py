"""`suggest` and `evaluate`: code suggestions from the command line, and how far to trust them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from workbench.commands.common import Context, emit_json, fail, guard, json_option, pass_ctx
from workbench.core.errors import WorkbenchError
from workbench.core.wording import SUGGESTION_ORDER_NOTE, out_of_score_order, plural


def _loaded(ctx: Context, need_project: bool):
    """(project, a loaded SuggestionService on it), nothing trained; the shipped codebook when
    there is none yet."""
    from workbench.nlp.service import SuggestionService
    from workbench.store import Project

    db = Path(ctx.settings.db)
    project = ctx.project(create=False) if (db.exists() or need_project) else None
    if project is None or not project.codes():
        if need_project:
            fail("the project has no codebook (load one with `workbench codebook import FILE`)")
        from workbench.io.codebooks.yaml_format import load_codebook
        from workbench.io.demo import DEMO_CODEBOOK

        click.echo(f"note: {'no project at ' + str(db) if project is None else 'the project has no codebook'}; "
                   f"using the shipped codebook {DEMO_CODEBOOK.name}", err=True)
        project = Project.open(":memory:")
        project.import_codebook(load_codebook(DEMO_CODEBOOK))
    service = SuggestionService(project, ctx.settings, background=False)
    service.load()
    return project, service


def _service(ctx: Context, need_project: bool, train: bool = False):
    """(project, a loaded SuggestionService on it, a note when its model is not current); the
    shipped codebook when there is none yet.

    A model RETRAIN_AFTER or more changes behind (or none for this codebook) is trained first
    on a small project or with `train`; on a large one the suggestions come from what is valid
    (see `nlp.upkeep.trains_inline`) and the note says which."""
    from workbench.nlp.upkeep import RETRAIN_AFTER, trains_inline

    project, service = _loaded(ctx, need_project)
    note = None
    if service.behind >= RETRAIN_AFTER:
        # no model for this codebook, or one RETRAIN_AFTER changes behind: train once, it is kept
        # (one fewer changes behind is used as it is, as the terminal workbench does)
        if train or trains_inline(project):
            service.retrain()
        else:
            note = _not_current(service)
    return project, service, note


def _not_current(service) -> str:
    """One line: why the model is not current, what scores the codes instead, how to train."""
    if service.suggester is None or service.suggester.model is None:
        scored = "every code is scored from the codebook alone (keywords, patterns, example passages)"
    else:
        scored = f"suggestions come from model {service.model_version} as it is"
    return (f"suggester: {service.behind_reason}; {scored}. `workbench suggest --train` trains it first "
            "(once: the model is kept)")


def _print_plain(suggestions) -> None:
    if not suggestions:
        click.echo("  (no suggestion)")
    for s in suggestions:
        click.echo(f"  {s.score:4.2f}  {s.code}  — {'; '.join(s.why)}")
    if out_of_score_order([s.score for s in suggestions]):
        click.echo(f"  ({SUGGESTION_ORDER_NOTE})")


@click.command()
@click.option("--text", help="Suggest codes for this text.")
@click.option("--file", "file_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Suggest codes for each line of this file ('-' for stdin).")
@click.option("--document", help="Suggest codes for every segment of this document (name or id).")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 100), help="Suggestions per text.")
@click.option("--layer", "layers", multiple=True, metavar="CODE",
              help="Also suggest this top-level code marked on_request in the codebook (repeatable).")
@click.option("--train", is_flag=True,
              help="Train the model first when it is behind, also on a large project (it is kept).")
@json_option()
@pass_ctx
@guard
def suggest(ctx: Context, text: str | None, file_path: Path | None, document: str | None, top: int,
            layers: tuple[str, ...], train: bool, as_json: bool) -> None:
    """Suggest codes for a text, each line of a file, or each segment of a document; `--train`
    alone trains the model when it is behind."""
    given = [x for x in (text, file_path, document) if x is not None]
    if not given and train:
        _train_only(ctx)
        return
    if len(given) != 1:
        fail("give exactly one of --text, --file or --document (or --train alone to train the model)")
    lines = _read_lines(file_path) if file_path is not None else None
    project, service, note = _service(ctx, need_project=document is not None, train=train)
    if note:
        click.echo(note, err=True)
    unknown = [name for name in layers if name not in service.suggester.on_request]
    if unknown:
        fail(f"--layer {unknown[0]}: not a top-level code marked on_request in the codebook "
             f"(those are: {', '.join(sorted(service.suggester.on_request)) or 'none'})")
    if text is not None:
        found = service.suggest_text(text, top, layers) if text.strip() else []
        if as_json:
            emit_json({"suggestions": [s.to_json() for s in found], **({"model_note": note} if note else {})})
        else:
            click.echo(service.status, err=True)
            _print_plain(found)
        return
    if file_path is not None:
        _suggest_file(service, lines, top, as_json, layers)
        return
    doc_id = project.resolve_document(document)
    per_segment = service.document_suggestions(doc_id, top, layers)  # none for the interviewer's or a title
    asking, heading = service.interviewer_spans(doc_id), service.heading_spans(doc_id)
    if as_json:
        emit_json({
            "document": project.document(doc_id, with_segments=False).name,
            "pipeline": service.pipeline.status, "model_version": service.model_version,
            **({"model_note": note} if note else {}),
            "segments": [{"start": seg.start, "end": seg.end, "interviewer": (seg.start, seg.end) in asking,
                          "heading": (seg.start, seg.end) in heading,
                          "suggestions": [s.to_json() for s in found]}
                         for seg, found in zip(service.analyses.get(doc_id).segments, per_segment, strict=True)],
        })
        return
    click.echo(service.status, err=True)
    text_of = service.analyses.get(doc_id).text
    for seg, found in zip(service.analyses.get(doc_id).segments, per_segment, strict=True):
        excerpt = " ".join(text_of[seg.start:seg.end].split())
        click.echo(f"{seg.start}-{seg.end}  {excerpt[:70]}")
        if (seg.start, seg.end) in asking:
            click.echo("  (the interviewer: no codes suggested)")
        elif (seg.start, seg.end) in heading:
            click.echo("  (before the first turn, a heading: no codes suggested)")
        else:
            _print_plain(found)


def _train_only(ctx: Context) -> None:
    """`suggest --train` with nothing to suggest for: train the model if it is behind at all
    (the note after a codebook edit sends the user here), and say what is current."""
    import time

    _project, service = _loaded(ctx, need_project=True)
    started, trained = time.perf_counter(), bool(service.behind)
    if trained:  # any change unseen (or no model for this codebook): asked to, so train
        service.retrain()
    seconds = time.perf_counter() - started
    if service.suggester is None or service.suggester.model is None:
        click.echo("no model: not enough coding to train one yet; suggestions come from the codebook alone")
        return
    segments = plural(service.model_meta.get("labelled", 0), "coded segment")
    if trained:
        click.echo(f"trained model {service.model_version} on {segments} in {seconds:.1f} s "
                   "(`suggest` and the workbench use it from now on)")
    else:
        click.echo(f"model {service.model_version} is current ({segments}); nothing to train")


def _read_lines(file_path: Path) -> list[str]:
    if str(file_path) == "-":
        return [line.rstrip("\r\n") for line in sys.stdin]
    try:
        return file_path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise WorkbenchError(f"{file_path}: file not found") from None
    except UnicodeDecodeError:
        raise WorkbenchError(f"{file_path}: not UTF-8 text") from None


def _suggest_file(service, lines: list[str], top: int, as_json: bool, layers=()) -> None:
    for number, found in enumerate(service.suggest_texts(lines, top, layers=layers), 1):
        if not lines[number - 1].strip():
            found = []
        if as_json:
            click.echo(json.dumps({"suggestions": [s.to_json() for s in found]}, ensure_ascii=False))
        else:
            click.echo(f"{number}: {lines[number - 1][:70]}")
            _print_plain(found)


@click.command()
@click.option("--folds", default=5, show_default=True, type=click.IntRange(2, 50),
              help="Number of folds (whole documents per fold).")
@click.option("--no-curve", is_flag=True, help="Skip the learning curve (it trains 25 more models).")
@json_option()
@pass_ctx
@guard
def evaluate(ctx: Context, folds: int, no_curve: bool, as_json: bool) -> None:
    """Cross-validated quality of the suggestions on this project's coding: per code, rules, example
    model, cold start, learner and blend side by side, and a learning curve (folds are whole documents)."""
    from workbench.nlp.evaluate import CURVE_SIZES, cross_validate
    from workbench.nlp.trainer import training_examples

    project, service, _note = _service(ctx, need_project=True, train=True)  # as before: a model behind is trained
    examples, paths = training_examples(project, service.analyses, service.rule_cache)
    result = cross_validate(examples, paths, folds, curve=None if no_curve else CURVE_SIZES, cold=service.cold)
    result["pipeline"] = service.pipeline.status
    if as_json:
        emit_json(result)
        return
    click.echo(f"{service.pipeline.status}; {plural(result['folds'], 'fold')} over {plural(result['documents'], 'document')}, "
               f"{plural(result['segments'], 'segment')} ({result['coded_segments']} coded); "
               f"a code is suggested at score ≥ {result['threshold']}")
    click.echo(f"{'code':40} {'prec':>5} {'rec':>5} {'F1':>5} {'coded':>6} {'sugg.':>6}")
    for path, row in result["per_code"].items():
        click.echo(f"{path:40} {row['precision']:5.2f} {row['recall']:5.2f} {row['f1']:5.2f} "
                   f"{row['support']:6d} {row['suggested']:6d}")
    micro, rules = result["micro"], result["rules_only"]["micro"]
    click.echo(f"{'all codes (micro)':40} {micro['precision']:5.2f} {micro['recall']:5.2f} {micro['f1']:5.2f}")
    hits, rule_hits = result["branch_hits"], result["rules_only"]["branch_hits"]
    click.echo(f"top-level codes: micro-F1 {result['top_level']['micro']['f1']:.2f}; a right top-level code "
               f"first {hits['first']:.0%}, in the first two {hits['first_two']:.0%}")
    click.echo(f"rules alone: micro-F1 {rules['f1']:.2f}; right top-level code first "
               f"{rule_hits['first']:.0%}, in the first two {rule_hits['first_two']:.0%}")
    if result.get("example_passages"):
        start, start_hits = result["cold_start"]["micro"], result["cold_start"]["branch_hits"]
        click.echo(f"cold start (rules and the codebook's {result['example_passages']} example passages, before any "
                   f"coding): micro-F1 {start['f1']:.2f}; right top-level code first {start_hits['first']:.0%}, "
                   f"in the first two {start_hits['first_two']:.0%}")
    click.echo(f"calibration: Brier {result['calibration']['brier']}, expected calibration error "
               f"{result['calibration']['ece']} (0 = scores match observed rates)")
    _print_compared(result)


def _print_compared(result: dict) -> None:
    """Rules, learner, blend and what is used, per top-level code; then the learning curve."""
    compared = result["compared"]
    names = [n for n in ("rules", "examples", "cold_start", "learner", "blend", "used") if n in compared]
    heads = {"cold_start": "cold", "examples": "examples"}
    click.echo("\nF1 per top-level code (cold = rules with the example model; blend = learner with cold; "
               "used = per code the best of learner, blend and cold on the training documents, and cold "
               "for a whole branch unless learning beat cold there by more than fold-to-fold noise; or the "
               "blend for every fitted code when that ranked the right top-level code first more often)")
    click.echo(f"{'':24}" + "".join(f"{heads.get(n, n):>9}" for n in names))
    for code in result["top_level_codes"]:
        click.echo(f"{code:24}" + "".join(f"{compared[n]['top_level_f1'].get(code, 0.0):9.2f}" for n in names))
    for label, key in (("micro-F1, all codes", "micro_f1"), ("right top-level first", "first"),
                       ("... in the first two", "first_two")):
        click.echo(f"{label:24}" + "".join(f"{(compared[n][key] or 0.0):9.2f}" for n in names))
    click.echo("\nranked first on its own coded segments, per top-level code (< : below the rules alone)")
    click.echo(f"{'':24}" + "".join(f"{heads.get(n, n):>9}" for n in names))
    for code in result["top_level_codes"]:
        rules_first = compared["rules"]["first_by_code"].get(code)
        cells = []
        for n in names:
            value = compared[n]["first_by_code"].get(code)
            below = value is not None and rules_first is not None and value < rules_first
            cells.append(f"{'–' if value is None else f'{value:.2f}'}{'<' if below else ' ':1}".rjust(9))
        click.echo(f"{code:24}" + "".join(cells))
    from workbench.nlp.suggester import MIN_SCORE

    click.echo(f"(a passage on which no code scores {MIN_SCORE} or more gets no suggestion, so it ranks no code first)")
    below = result.get("below_rules", {})
    for code, row in below.items():
        reach = (f"{', '.join(row['reached_by'])} would reach it" if row["reached_by"]
                 else "nothing available (cold start, learner, blend) ranks it first as often")
        click.echo(f"below the rules alone: {code}, ranked first on {row['used']:.2f} of its segments by what is "
                   f"used against {row['rules']:.2f} by the rules alone; {reach}")
    if not below and "first_by_code" in compared.get("used", {}):
        click.echo("what is used ranks every top-level code first on its own segments at least as often as the "
                   "rules alone")
    curve = result.get("learning_curve")
    if curve:
        click.echo("\nlearning curve (held-out documents; 0 = the cold start; a size only some folds reach is "
                   "measured on their documents, beside the cold start on the same segments)")
        click.echo(f"{'coded segments':>15} {'folds':>6} {'first':>6} {'top 2':>6} {'micro-F1':>9} "
                   f"{'cold: first':>12} {'top 2':>6}  learned for (branches in folds; context weight)")
        for point in curve:
            learned = ", ".join(f"{b} {k}/{point['folds']}" for b, k in point.get("learned_branches", {}).items())
            if point.get("context_weight"):  # how far a sentence leaned on its turn (nlp/context.py)
                learned = f"{learned}{'; ' if learned else ''}context {point['context_weight']:.2f}"
            same = point.get("cold_start_same_passages")
            beside = f"{same['first'] or 0:12.2f} {same['first_two'] or 0:6.2f}" if same else f"{'':12} {'':6}"
            size = (f"all, ≥{point['coded_segments']:,}" if point.get("all_training_documents")
                    else f"{point['coded_segments']:,}")
            click.echo(f"{size:>15} {point['folds']:6d} {point['first'] or 0:6.2f} "
                       f"{point['first_two'] or 0:6.2f} {point['micro_f1']:9.2f} {beside}  "
                       f"{learned or ('(cold start)' if point['coded_segments'] else '')}")


def register(group: click.Group) -> None:
    """Add `suggest` and `evaluate` to the command line."""
    group.add_command(suggest)
    group.add_command(evaluate)
