"""What every command shares: settings, opening the project, JSON and error output."""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, ParamSpec, TypeVar

import click

from workbench.core.errors import WorkbenchError
from workbench.settings import Settings, load_settings

if TYPE_CHECKING:
    from workbench.io.pseudonymize.attributes import AttributePseudonymizer
    from workbench.io.pseudonymize.project import ParticipantIds
    from workbench.store import Project

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class Context:
    """Per-invocation state handed to commands through click's context object."""

    settings: Settings
    _project: Project | None = None
    #: Warnings raised while opening the project (a network drive, say), for the UI to repeat.
    notices: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, db: str | None, coder: str | None, spacy_model: str | None) -> Context:
        try:
            return cls(load_settings(db, coder, spacy_model))
        except WorkbenchError as exc:
            fail(str(exc))

    @property
    def coder(self) -> str:
        return self.settings.coder

    def project(self, create: bool = False, initialise_empty: bool = False) -> Project:
        """Open the project file (once per command); only `init` may turn an empty file into a project."""
        if self._project is None:
            from workbench.store import Project
            from workbench.store.filesystems import NetworkDriveWarning

            try:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always", NetworkDriveWarning)
                    self._project = Project.open(self.settings.db, create=create, initialise_empty=initialise_empty)
            except WorkbenchError as exc:
                fail(str(exc) + _demo_hint(self.settings.db, create))
            for w in caught:
                if issubclass(w.category, NetworkDriveWarning):
                    click.echo(f"warning: {w.message}", err=True)
                    self.notices.append(str(w.message))
        return self._project


def _demo_hint(db: Path | str, create: bool) -> str:
    """When the project file is missing and `workbench demo` has built its project, where that
    is and how to use it: a new user's next command after `workbench demo` has no --db."""
    from workbench.io.demo import default_demo_path

    demo = default_demo_path()
    if create or str(db) == ":memory:" or Path(db).exists() or not demo.is_file():
        return ""
    return f"; or use the demo project: --db {demo}"


#: Hands a command the invocation's `Context` (its first argument).
pass_ctx = click.make_pass_decorator(Context)


#: `--dir FOLDER` for exports: a relative `--out` name goes inside it; an absolute or ~ path is used as given.
dir_option = click.option(
    "--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True,
    help="Folder a relative --out name is written into (an absolute or ~ path is used as given).",
)


#: `--force` for exports: overwrite an existing file (never the project file).
force_option = click.option("--force", is_flag=True, help="Overwrite an existing file (never the project file).")


#: `--keep-attribute NAME` (repeatable) for the pseudonymised exports that carry participant attributes.
keep_attribute_option = click.option(
    "--keep-attribute", "keep_attributes", multiple=True, metavar="NAME",
    help="Keep the participant attribute NAME (attr_NAME) raw when pseudonymising, for a variable you have "
         "judged safe; repeat for more (`pseudonyms keep-attribute` keeps one in every export).",
)


def require_pseudonymize(consistent: bool, pseudonymize: bool, default_on: bool = False) -> None:
    """`--consistent` numbers pseudonyms; without pseudonymising it would give the raw text without a word."""
    if consistent and not pseudonymize:
        how = "it cannot go with --no-pseudonymize" if default_on else "give it with --pseudonymize"
        raise click.UsageError(f"--consistent numbers pseudonyms ([Person 1], [Sted 1] ...): {how}")


def report_attributes(attributes: AttributePseudonymizer, asked: Iterable[str] = ()) -> None:
    """On stderr: the participant attributes kept raw (a warning), names in `asked` (--keep-attribute)
    that no attribute of the output has, and how many attribute values the pseudonymiser replaced."""
    from workbench.core.wording import plural

    if attributes.kept:
        click.echo(f"warning: participant attributes kept raw, not pseudonymised: {', '.join(sorted(attributes.kept))}",
                   err=True)
    for name in attributes.missing(asked):
        click.echo(f"warning: --keep-attribute {name}: no participant attribute of that name here", err=True)
    if attributes.values:
        changed = attributes.replaced_names()
        click.echo(f"note: participant attributes pseudonymised: {attributes.replaced} of "
                   f"{plural(attributes.values, 'distinct value')} replaced"
                   + (f" (in {', '.join(changed)})" if changed else ""), err=True)


def report_participants(ids: ParticipantIds) -> None:
    """On stderr: how many of the participant ids an output gave out it replaced (names) and kept (codes)."""
    from workbench.core.wording import plural

    if ids.used:
        click.echo(f"note: participant ids pseudonymised: {ids.replaced} of {plural(len(ids.used), 'id')} "
                   "replaced (names); codes such as P01 stay as they are", err=True)


def export_target(ctx: Context, name: str | Path, folder: Path | None = None, suffix: str | None = None,
                  force: bool = False) -> Path:
    """Where an export goes, by the one export rule (see workbench.io.export_paths)."""
    from workbench.io.export_paths import resolve_export_path

    return resolve_export_path(name, folder, suffix=suffix, force=force, project_file=ctx.settings.db)


def json_option(help: str = "Print JSON.") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The `--json` flag, passed to the command as `as_json`."""
    return click.option("--json", "as_json", is_flag=True, help=help)


class CommandError(click.ClickException):
    """A command's failure: click prints it as one `error: ...` line on stderr and exits non-zero."""

    def show(self, file: IO[Any] | None = None) -> None:
        for line in self.format_message().splitlines() or [""]:  # several faults: one error line each
            click.echo(f"error: {line}", err=True, file=file)


def fail(message: str) -> NoReturn:
    """Stop the command with one error line on stderr and a non-zero exit (raises CommandError)."""
    raise CommandError(message)


def exit_failed(code: int = 1) -> NoReturn:
    """Stop with a non-zero exit after the command has printed its own error lines."""
    raise click.exceptions.Exit(code)


def emit_json(data: Any) -> None:
    """Print data as indented JSON, non-ASCII letters kept as they are."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def emit_table(rows: list[dict[str, Any]], columns: Iterable[str]) -> None:
    """Print rows as aligned plain-text columns."""
    columns = list(columns)
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def show_progress(enabled: bool) -> Callable[[int, int, str], None] | None:
    """A progress callback writing to stderr on a terminal, or None when piped/--json."""
    if not enabled or not sys.stderr.isatty():
        return None

    def progress(done: int, total: int, label: str) -> None:
        click.echo(f"\r[{done}/{total}] {label[:50]:<50}", err=True, nl=done == total)

    return progress


def run_tui(ctx: Context, db_path: Path | None = None) -> None:
    """Open the Textual workbench on the project."""
    from workbench.ui.app import run

    if db_path is not None:
        ctx.settings.db = db_path
    project = ctx.project(create=False)
    run(project, ctx.settings, notices=ctx.notices)


def guard(func: Callable[P, R]) -> Callable[P, R]:
    """Turn WorkbenchError, and SQLite or OS trouble, into one clean error line instead of a traceback."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except WorkbenchError as exc:
            fail(str(exc))
        except UnicodeEncodeError as exc:  # argv bytes that were not UTF-8 arrive as lone surrogates
            if "surrogate" not in str(exc):
                raise
            fail(f"{exc.object[exc.start:exc.end]!r} in an argument is not valid text; "
                 "check that the terminal uses UTF-8")
        except (BrokenPipeError, click.ClickException, click.exceptions.Exit):
            raise
        except Exception as exc:  # SQLite or the operating system: disk full, read-only, damaged, I/O
            from workbench.store.failures import explain

            ctx = args[0] if args and isinstance(args[0], Context) else None
            explained = explain(exc, ctx.settings.db if ctx is not None else None)
            if explained is None:
                raise
            fail(str(explained))

    return wrapper


def training_stamp(ctx: Context) -> int:
    """The project's suggester data stamp before a command writes (see `keep_suggester_current`)."""
    return ctx.project().suggester_data_stamp()


def keep_suggester_current(ctx: Context, single: bool = False, since: int | None = None) -> None:
    """After a command that wrote coding: train the suggester's model when it is behind, so the
    next `suggest` only loads it, and say so in one line on stderr (see `nlp.upkeep`).

    `single`: the command changed one coding, so only a model RETRAIN_AFTER changes behind is
    trained again (see `nlp.upkeep.keep_current`). `since`: the data stamp before the command
    (`training_stamp`); when the command changed no coding, code or decision (a plain transcript
    imported, an unchanged codebook, a speaker map undone) nothing is trained, however far
    behind the model is. A failure is a warning: the coding is stored either way."""
    from workbench.core.wording import plural
    from workbench.nlp.upkeep import keep_current

    project = ctx.project()
    if project.read_only:
        return
    if since is not None and project.suggester_data_stamp() == since:
        return
    try:
        trained = keep_current(project, ctx.settings, single)
    except Exception as exc:  # never fail a command whose writes landed
        click.echo(f"warning: the suggester was not trained ({' '.join(str(exc).split())[:160]}); "
                   "`suggest` will train it", err=True)
        return
    if trained is not None and trained.version is not None:
        click.echo(f"suggester: {trained.why}; trained model {trained.version} on "
                   f"{plural(trained.coded_segments, 'coded segment')} in {trained.seconds:.1f} s "
                   "(`suggest` uses it from now on)", err=True)
