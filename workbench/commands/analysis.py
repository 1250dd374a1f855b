"""Analysis commands: `quotes`, `matrix` and `compare-waves` (thin wrappers over workbench.analysis)."""

from __future__ import annotations

import shutil
import textwrap
from itertools import zip_longest

import click

from workbench.commands.common import (
    Context, emit_json, emit_table, fail, guard, json_option, pass_ctx, report_participants, require_pseudonymize,
)
from workbench.core.wording import plural


def filter_options(func, codes: bool = True, search: bool = True):
    """The filters every analysis and report command shares (`codes=False`: all but `--code`;
    `search=False`: all but `--search`, for counts, which full-text search does not narrow)."""
    options = [
        click.option("--code", "codes", multiple=True, help="Only this code and its sub-codes (key or path; repeatable)."),
        click.option("--wave", "waves", multiple=True, help="baseline/nullpunkt or endpoint/sluttpunkt (repeatable)."),
        click.option("--role", "roles", multiple=True,
                     help="Role of the speaker of the coded turn: mentee, mentor, programleder or interviewer "
                          "(repeatable)."),
        click.option("--program", "programs", multiple=True, help="Programme (repeatable)."),
        click.option("--participant", "participants", multiple=True,
                     help="Participant id: the document's, or a speaker mapped to them (repeatable)."),
        click.option("--coder", "coders", multiple=True, help="Only this coder's codings (repeatable)."),
        click.option("--search", help="Full-text search within the quotes (FTS5: words, \"phrases\", prefix*, OR, NOT)."),
    ]
    for option in reversed(options[0 if codes else 1:None if search else -1]):
        func = option(func)
    return func


def filters_without_search(func):
    """The shared filters without `--search` (matrix counts are not narrowed by full-text search)."""
    return filter_options(func, search=False)


def filters_without_code(func):
    """The shared filters without `--code`, for commands whose argument names the codes."""
    return filter_options(func, codes=False)


def make_filter(project, *, must_match: bool = False, **values):
    """A QuoteFilter from the shared filter options (`--code`, `--wave`, ...), each value checked
    against `project` first: an unknown one stops the command (see `check_filter_values`); with
    `must_match`, so do known values that together fit no coded passage (see `require_match`)."""
    from workbench.analysis.quotes import QuoteFilter
    from workbench.commands.filter_values import check_filter_values, require_match

    check_filter_values(project, values)

    flt = QuoteFilter.build(**{k: values.get(k) for k in (
        "codes", "waves", "roles", "programs", "participants", "coders", "search")})
    if must_match:
        require_match(project, flt)
    return flt


def view_pseudonymize_options(func):
    """`--pseudonymize` (and `--consistent`) for commands that print transcript text."""
    options = [
        click.option("--pseudonymize", is_flag=True,
                     help="Print the text pseudonymised as in a report (names, places, organisations, contact details, ID numbers)."),
        click.option("--consistent", is_flag=True, help="With --pseudonymize: [Person 1], [Sted 1] ... instead of [X], […]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def pseudonymised_quotes(ctx: Context, quotes: list, pseudonymizer=None, consistent: bool = False) -> list:
    """The quotes with their text pseudonymised (cut from their pseudonymised documents), their
    document names, speaker labels and participant ids as pseudonymised output gives them."""
    import dataclasses

    from workbench.io.pseudonymize.project import make_project_pseudonymizer

    pp = pseudonymizer or make_project_pseudonymizer(ctx.project(), ctx.settings.spacy_model, consistent=consistent)
    texts = [pp.cut(q.document_id, q.start, q.end, q.text)[0] for q in quotes]
    # participant ids, memos and code labels after every cut, so a name the texts replaced reads alike there
    return [dataclasses.replace(q, text=text, document=pp.document_name(q.document),
                                code=pp.code_path(q.code), code_label=pp.code_label(q.code_label),
                                memos=[pp.text(m) or m for m in q.memos],
                                participant=pp.participant(q.participant),
                                document_participant=pp.participant(q.document_participant),
                                speakers=[dataclasses.replace(s, label=pp.speaker_label(q.document_id, s.label),
                                                              participant=pp.participant(s.participant))
                                          for s in q.speakers]) for q, text in zip(quotes, texts, strict=True)]


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 20)).columns, 120))


@click.command()
@filter_options
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many quotes.")
@view_pseudonymize_options
@json_option()
@pass_ctx
@guard
def quotes(ctx: Context, limit: int | None, pseudonymize: bool, consistent: bool, as_json: bool, **filters) -> None:
    """Coded quotes, filtered by code, wave, role, programme, participant and coder."""
    from workbench.analysis.quotes import find_quotes

    require_pseudonymize(consistent, pseudonymize)
    flt = make_filter(ctx.project(), **filters)
    found = find_quotes(ctx.project(), flt)
    if not found:
        from workbench.commands.filter_values import require_match

        require_match(ctx.project(), flt)
    shown = found[:limit] if limit else found
    if pseudonymize:
        shown = pseudonymised_quotes(ctx, shown, consistent=consistent)
    if as_json:
        emit_json([q.as_dict() for q in shown])
        return
    width = _width()
    for q in shown:
        click.echo(f"{q.code}  {q.document}:{q.start}-{q.end}  {q.attribution(program=True, wave=True)}  "
                   f"[{', '.join(q.coders)}]")
        click.echo(textwrap.fill(" ".join(q.text.split()), width=width, initial_indent="    ", subsequent_indent="    "))
        click.echo()
    more = f" (showing {len(shown)})" if len(shown) < len(found) else ""
    click.echo(f"{plural(len(found), 'quote')}{more}", err=True)


@click.command()
@click.option("--by", type=click.Choice(["wave", "role", "program"]), help="Columns of the code matrix.")
@click.option("--count", "unit", type=click.Choice(["segments", "documents", "participants"]), default="segments",
              show_default=True, help="What each cell counts.")
@click.option("--cooccurrence", is_flag=True, help="Co-occurrence of codes within transcript segments instead.")
@click.option("--depth", type=click.IntRange(min=1), help="Only codes down to this level (1 = top level), counting their sub-codes.")
@click.option("--per-interview", is_flag=True,
              help="Divide each cell by the number of interviews in its column (JSON always has both).")
@filters_without_search
@json_option()
@pass_ctx
@guard
def matrix(ctx: Context, by: str | None, unit: str, cooccurrence: bool, depth: int | None, per_interview: bool,
           as_json: bool, **filters) -> None:
    """Code × wave, role or programme matrix (counting segments, documents or participants), or co-occurrence."""
    from workbench.analysis import matrices

    if cooccurrence == bool(by):
        fail("give either --by wave|role|program or --cooccurrence")
    flt = make_filter(ctx.project(), must_match=True, **filters)
    if cooccurrence:
        result = matrices.cooccurrence(ctx.project(), flt, depth)
        if as_json:
            emit_json(result.as_dict())
            return
        click.echo("counting: segments (sentence units) that carry both codes")
        emit_table(result.ranked_pairs(), ("code_a", "code_b", "segments", "a_segments", "b_segments", "jaccard"))
        return
    m = matrices.code_matrix(ctx.project(), by, unit, flt, depth)
    if as_json:
        emit_json(m.as_dict())
        return
    per = " per interview" if per_interview else ""
    click.echo(f"code × {by}, counting {matrices.UNIT_WORDS[unit]}{per}; a code's row includes its sub-codes")
    headers = [m.column_label(c) for c in m.columns]
    rows = []
    for code in m.rows:
        row: dict[str, object] = {"code": code}
        if per_interview:
            row.update({h: _two_places(m.per_interview(code, c)) for h, c in zip(headers, m.columns, strict=True)})
        else:
            row.update({h: m.cell(code, c) for h, c in zip(headers, m.columns, strict=True)})
        row["total"] = m.row_totals.get(code, 0)
        rows.append(row)
    rows.append({"code": "(any code)", **{h: m.column_totals.get(c, 0) for h, c in zip(headers, m.columns, strict=True)},
                 "total": m.total})
    rows.append({"code": f"(all {unit})", **{h: m.bases.get(c, 0) for h, c in zip(headers, m.columns, strict=True)},
                 "total": sum(m.bases.values()) if unit != "participants" else ""})
    rows.append({"code": "(interviews)", **{h: m.interviews.get(c, 0) for h, c in zip(headers, m.columns, strict=True)},
                 "total": ""})
    emit_table(rows, ["code", *headers, "total"])


def _two_places(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


@click.command("compare-waves")
@filter_options
@click.option("--depth", type=click.IntRange(min=1), help="Only codes down to this level (1 = top level).")
@view_pseudonymize_options
@json_option()
@pass_ctx
@guard
def compare_waves(ctx: Context, depth: int | None, pseudonymize: bool, consistent: bool, as_json: bool,
                  **filters) -> None:
    """For participants with both waves: codes only at baseline, only at end-point, or in both."""
    from workbench.analysis.waves import compare_waves as compare

    require_pseudonymize(consistent, pseudonymize)
    flt = make_filter(ctx.project(), **filters)
    if flt.waves:
        fail("compare-waves compares both waves; drop --wave")
    result = compare(ctx.project(), flt, depth)
    if pseudonymize:
        from workbench.io.pseudonymize.project import make_project_pseudonymizer

        pp = make_project_pseudonymizer(ctx.project(), ctx.settings.spacy_model, consistent=consistent)
        for doc in sorted({q.document_id for pair in result.pairs for q in pair.baseline + pair.endpoint}):
            pp.document(doc)  # every text first: a name any of them replaced reads alike as an id
        for pair in result.pairs:
            pair.baseline = pseudonymised_quotes(ctx, pair.baseline, pp)
            pair.endpoint = pseudonymised_quotes(ctx, pair.endpoint, pp)
        _pseudonymise_people(result, pp.participant)
        for change in result.changes:
            change.label = pp.code_label(change.label) or change.label
            change.code = pp.code_path(change.code) or change.code
        if not as_json:  # JSON alone on the output
            report_participants(pp.participants)
    if as_json:
        emit_json(result.as_dict())
        return
    click.echo(f"{plural(len(result.participants), 'participant')} with both baseline and end-point interviews")
    if not result.participants:
        return
    emit_table(
        [{"code": c.code, "baseline only": len(c.baseline_only), "both": len(c.both),
          "endpoint only": len(c.endpoint_only)} for c in result.changes],
        ("code", "baseline only", "both", "endpoint only"),
    )
    half = (_width() - 3) // 2
    for pair in result.pairs:
        click.echo(f"\n== {pair.participant} ({pair.role or '?'}, {pair.program or '?'})")
        click.echo(f"{'nullpunkt':<{half}} | sluttpunkt")
        left = _column([q.text for q in pair.baseline], half)
        right = _column([q.text for q in pair.endpoint], half)
        for a, b in zip_longest(left, right, fillvalue=""):
            click.echo(f"{a:<{half}} | {b}".rstrip())


def _pseudonymise_people(result, participant) -> None:
    """The participant ids of a wave comparison as pseudonymised output gives them (after its quotes)."""
    result.participants = [participant(p) for p in result.participants]
    for change in result.changes:
        for group in (change.baseline_only, change.both, change.endpoint_only):
            group[:] = [participant(p) for p in group]
    for pair in result.pairs:
        pair.participant = participant(pair.participant)


def _column(texts: list[str], width: int) -> list[str]:
    lines: list[str] = []
    for t in texts:
        lines += textwrap.wrap(" ".join(t.split()), width=width) + [""]
    return lines or ["—"]


def register(group: click.Group) -> None:
    """Attach the analysis commands to the main group."""
    for command in (quotes, matrix, compare_waves):
        group.add_command(command)
