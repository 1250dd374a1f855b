"""Where exported files go, and how they are written: inside the export folder, mode 0600.

Exports carry interview material, so a file name must not climb out of the folder it
is meant for, and nobody but the researcher may read the file. Files are written to a
temporary name first and renamed, so a reader never sees half a report.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePath

from workbench.core.errors import WorkbenchError

DEFAULT_EXPORT_DIR = Path("exports")


def resolve_export_path(name: str | os.PathLike, folder: str | os.PathLike | None = None) -> Path:
    """The path for export `name` inside `folder` (default ./exports).

    `name` is a file name, optionally with sub-folders; absolute names and `..` are refused
    (choose another folder with `folder` instead).
    """
    raw = str(name).strip()
    if not raw:
        raise WorkbenchError("give a file name for the export")
    pure = PurePath(raw)
    if pure.is_absolute() or raw.startswith(("/", "\\")) or (len(raw) > 1 and raw[1] == ":"):
        raise WorkbenchError(f"'{raw}': give a file name, not an absolute path (use --dir to choose the folder)")
    if ".." in pure.parts or ".." in raw.replace("\\", "/").split("/"):
        raise WorkbenchError(f"'{raw}': the file name may not contain '..' (use --dir to choose the folder)")
    base = Path(folder) if folder is not None else DEFAULT_EXPORT_DIR
    base = base.expanduser()
    target = base / pure
    try:
        target.resolve().relative_to(base.resolve())
    except ValueError:
        raise WorkbenchError(f"'{raw}' would be written outside {base}") from None
    if target.is_dir():
        raise WorkbenchError(f"{target} is a folder; give a file name")
    return target


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path` (created with mode 0600), atomically; returns the path."""
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
