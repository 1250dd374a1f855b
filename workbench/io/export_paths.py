"""Where exported files go, and how they are written: one rule for every command.

Exports carry interview material. The rule, for reports, tables, codebooks, codings and
exchange files alike:

- the user's path is honoured: an absolute path or one starting with `~` is used as
  given; a relative name goes into the export folder (`--dir`, default `exports/`) and
  may not climb out of it with `..` or a symbolic link;
- nothing is written through a symbolic link: a link at the target is refused;
- an existing file is overwritten only with `--force`, and the project file (or its
  `-wal`, `-shm` and `-journal` files) never;
- every file is written to a temporary name, made 0600 and renamed into place, so a
  reader never sees half a file and nobody but the researcher may read it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePath

from workbench.core.errors import WorkbenchError

DEFAULT_EXPORT_DIR = Path("exports")
PROJECT_SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal")


class ExportExists(WorkbenchError):
    """The export's target file exists and overwriting was not asked for (the CLI's `--force`)."""

    def __init__(self, target: Path):
        super().__init__(f"{target} already exists; choose another name, or add --force to overwrite it")
        self.target = target


def free_export_name(name: str, folder: str | os.PathLike | None = None) -> str:
    """`name`, or `name-2`, `name-3` ... (before the extension): the first that no file in the
    export folder has yet, to offer as a default where no `--force` can be given."""
    base = Path(folder) if folder is not None else DEFAULT_EXPORT_DIR
    path = PurePath(name)  # the number goes into the file's own name, never a folder's (`v1.2/rapport`)
    candidate, n = name, 1
    while (base.expanduser() / candidate).exists():
        n += 1
        candidate = str(path.with_name(f"{path.stem}-{n}{path.suffix}"))
    return candidate


def _is_project_file(target: Path, project_file: Path) -> bool:
    project_file = Path(project_file)
    for suffix in PROJECT_SIDE_SUFFIXES:
        side = project_file.with_name(project_file.name + suffix)
        try:
            if target.resolve() == side.resolve() or (target.exists() and side.exists()
                                                      and os.path.samefile(target, side)):
                return True
        except OSError:
            continue
    return False


def check_export_target(target: Path, force: bool = False, project_file: str | os.PathLike | None = None) -> Path:
    """Refuse a target that is a link, a folder, the project file, or (without `force`) an existing file."""
    target = Path(target)
    if target.is_symlink():
        raise WorkbenchError(f"{target} is a symbolic link; exports are never written through a link "
                             "(choose another name)")
    if target.is_dir():
        raise WorkbenchError(f"{target} is a folder; give a file name")
    if project_file is not None and str(project_file) != ":memory:" and _is_project_file(target, Path(project_file)):
        raise WorkbenchError(f"{target}: that is the project file itself; choose another name for the export")
    if target.exists() and not force:
        raise ExportExists(target)
    return target


def resolve_export_path(name: str | os.PathLike, folder: str | os.PathLike | None = None, *,
                        suffix: str | None = None, force: bool = False,
                        project_file: str | os.PathLike | None = None) -> Path:
    """The path export `name` is written to, checked against the export rule (see module doc).

    `suffix` (such as "csv") is added when the name has no extension of its own.
    """
    raw = str(name).strip()
    if not raw:
        raise WorkbenchError("give a file name for the export")
    if "\0" in raw:
        raise WorkbenchError(f"{raw!r}: a file name may not contain a NUL character")
    expanded = os.path.expanduser(raw)
    if os.path.isabs(expanded) or PurePath(expanded).is_absolute():
        target = Path(expanded)
        if not target.parent.is_dir():  # a typo in a folder name is not made into new folders
            raise WorkbenchError(f"{target}: the folder {target.parent} does not exist")
    else:
        pure = PurePath(raw)
        if ".." in pure.parts or ".." in raw.replace("\\", "/").split("/"):
            raise WorkbenchError(f"'{raw}': a relative name goes into the export folder and may not contain "
                                 "'..'; give an absolute path (or ~/...) to write elsewhere")
        base = (Path(folder) if folder is not None else DEFAULT_EXPORT_DIR).expanduser()
        target = base / pure
        try:  # a linked sub-folder may not lead out (a link as the file itself is refused below)
            target.parent.resolve().relative_to(base.resolve())
        except ValueError:
            raise WorkbenchError(f"'{raw}' would be written outside {base}") from None
    if suffix and not target.suffix:
        target = target.with_suffix("." + suffix.lstrip("."))
    return check_export_target(target, force=force, project_file=project_file)


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path` (created with mode 0600), atomically; returns the path."""
    if path.is_symlink():
        raise WorkbenchError(f"{path} is a symbolic link; exports are never written through a link")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mkstemp creates 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def with_suffix_for(path: Path, fmt: str) -> Path:
    """`path` with the extension of format `fmt` when it has none."""
    return path if path.suffix else path.with_suffix("." + fmt)
