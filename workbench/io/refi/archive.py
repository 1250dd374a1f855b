"""Reading a `.qdpx` zip archive without trusting it.

A project file from another tool, a colleague or an e-mail is untrusted input. Nothing
is extracted to disk: members are read into memory with size caps, and the archive is
refused as a whole (an InputError naming the archive and the entry) when an entry's
path would escape a target folder (`..`, absolute paths, drive letters), when an entry
is a symbolic link or encrypted, or when sizes or compression ratios are absurd
(zip bombs).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from workbench.core.errors import InputError

MAX_ARCHIVE_BYTES = 2 * 1024**3  # the .qdpx file itself
MAX_ENTRIES = 50_000
MAX_ENTRY_BYTES = 512 * 1024**2  # one unpacked member
MAX_TOTAL_BYTES = 2 * 1024**3  # all unpacked members together
MAX_RATIO = 100  # unpacked / packed, checked for members above RATIO_FLOOR
RATIO_FLOOR = 1024**2

_S_IFMT, _S_IFLNK = 0o170000, 0o120000
_DRIVE = re.compile(r"^[A-Za-z]:")


class SafeArchive:
    """A checked zip archive whose members are read into memory with caps."""

    def __init__(self, path: Path | str):
        self.source = str(path)
        p = Path(path)
        try:
            if not p.is_file():
                raise InputError(self.source, "file not found" if not p.exists() else "not a regular file")
            size = p.stat().st_size
            if size > MAX_ARCHIVE_BYTES:
                raise InputError(self.source, f"archive too large ({size / 2**20:.0f} MB; "
                                 f"limit {MAX_ARCHIVE_BYTES // 2**20} MB)")
            self._zip = zipfile.ZipFile(p)
        except InputError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
            raise InputError(self.source, "not a REFI-QDA project archive (a .qdpx file is a zip archive)") from None
        except OSError as exc:
            raise InputError(self.source, f"cannot read file ({exc.strerror or exc})") from None
        try:
            self.members = self._check()
        except BaseException:
            self._zip.close()
            raise
        self._read_total = 0

    def _refuse(self, entry: str, reason: str) -> InputError:
        return InputError(self.source, reason, field=entry)

    def _check(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise InputError(self.source, f"archive has {len(infos):,} entries (limit {MAX_ENTRIES:,}); refusing")
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            shown = name.replace("\x00", "\\0")
            posix = name.replace("\\", "/")
            if "\x00" in name:
                raise self._refuse(shown, "entry name contains a NUL byte; refusing the archive")
            if posix.startswith("/") or _DRIVE.match(posix):
                raise self._refuse(shown, "entry has an absolute path; refusing the archive")
            if ".." in PurePosixPath(posix).parts:
                raise self._refuse(shown, "entry path escapes the archive folder ('..'); refusing the archive")
            if (info.external_attr >> 16) & _S_IFMT == _S_IFLNK:
                raise self._refuse(shown, "entry is a symbolic link; refusing the archive")
            if info.flag_bits & 0x1:
                raise self._refuse(shown, "entry is encrypted; export the project again without a password")
            if info.file_size > MAX_ENTRY_BYTES:
                raise self._refuse(shown, f"entry unpacks to {info.file_size / 2**20:.0f} MB "
                                   f"(limit {MAX_ENTRY_BYTES // 2**20} MB); refusing the archive")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
                raise self._refuse(shown, "entry is compressed more than "
                                   f"{MAX_RATIO}:1 (a zip bomb?); refusing the archive")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise InputError(self.source, f"archive unpacks to more than {MAX_TOTAL_BYTES // 2**20} MB; refusing")
            if posix.endswith("/"):
                continue
            key = posix[2:] if posix.startswith("./") else posix
            if key in members:
                raise self._refuse(shown, "entry appears twice in the archive; refusing the archive")
            members[key] = info
        return members

    def names(self) -> list[str]:
        """Member paths (folders left out), with '/' as separator."""
        return list(self.members)

    def find(self, wanted: str) -> str | None:
        """The member named `wanted`, else one matching it case-insensitively, else None."""
        wanted = wanted.replace("\\", "/").lstrip("/")
        if wanted in self.members:
            return wanted
        low = wanted.lower()
        return next((n for n in self.members if n.lower() == low), None)

    def read(self, name: str) -> bytes:
        """A member's bytes; refuses members that unpack beyond the caps whatever they claim."""
        info = self.members[name]
        limit = min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - self._read_total)
        try:
            with self._zip.open(info) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            raise self._refuse(name, f"corrupt archive entry ({exc})") from None
        if len(data) > limit:
            raise self._refuse(name, "entry unpacks to more than its size limit; refusing the archive")
        self._read_total += len(data)
        return data

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
