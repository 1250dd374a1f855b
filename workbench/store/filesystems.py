"""Spotting a project file on a network drive, where SQLite's locking cannot be trusted.

SQLite relies on the file system's locks, and WAL mode on shared memory beside the
file; NFS, SMB/CIFS and FUSE mounts such as sshfs break one or both, and two coders
writing through them can corrupt the project. We cannot prevent that, but we can say
so when the file is opened. Detection reads /proc/mounts on Linux and asks Windows
for the drive type; elsewhere it stays silent rather than guess.
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

MOUNTS_FILE = Path("/proc/mounts")

NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs",
    "9p", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.glusterfs",
    "fuse.davfs2", "fuse.cephfs", "lustre", "gpfs", "beegfs", "orangefs",
})


class NetworkDriveWarning(UserWarning):
    """The project file lives on a network file system; concurrent writers may corrupt it."""


def _unescape_mount_path(field: str) -> str:
    """Undo the octal escapes /proc/mounts uses for spaces, tabs and backslashes."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_type(path: Path | str, mounts: str | None = None) -> str | None:
    """The file-system type of the mount holding `path` (Linux), or None if unknown."""
    if mounts is None:
        try:
            mounts = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.realpath(Path(path).expanduser())
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount_path(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):  # the deepest (and, on ties, latest) mount wins
            best, best_type = point, fields[2]
    return best_type


def _windows_network_drive(path: Path) -> bool:
    resolved = str(path.resolve())
    if resolved.startswith("\\\\"):  # UNC path: \\server\share\...
        return True
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(resolved)[0] + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote)  # type: ignore[attr-defined]


def network_drive(path: Path | str, mounts: str | None = None) -> str | None:
    """The network file-system type holding `path` ("nfs4", "cifs", ...), or None if local/unknown."""
    try:
        if sys.platform == "win32" and mounts is None:
            return "windows network drive" if _windows_network_drive(Path(path)) else None
        kind = mount_type(path, mounts)
    except Exception:  # detection is advice only; never stop a project from opening
        return None
    if kind and (kind in NETWORK_TYPES or kind.split(".")[-1] in NETWORK_TYPES):
        return kind
    return None


def network_drive_message(path: Path | str, kind: str) -> str:
    """The one-line warning shown when a project file is on a network drive."""
    return (
        f"{path} is on a network drive ({kind}): SQLite cannot lock files reliably there, so two "
        "coders writing at once may damage the project. Keep the file on a local disk and share "
        "it by merging coders' files or a read-only copy (see README, 'Scale and teams')"
    )


def warn_if_network_drive(path: Path | str) -> str | None:
    """Issue a NetworkDriveWarning if `path` is on a network file system; return its type."""
    kind = network_drive(path)
    if kind:
        warnings.warn(network_drive_message(path, kind), NetworkDriveWarning, stacklevel=3)
    return kind
