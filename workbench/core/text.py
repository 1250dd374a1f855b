"""One canonical form for transcript text, so codings' offsets stay valid.

Every offset in the project (turns, segments, codings, exports) counts codepoints in the
text this module produces. Normalising once, on import, means a transcript that arrives
with CRLF line ends, a BOM or decomposed letters (`a` + combining ring instead of `å`)
gets the same text, hash and offsets as its clean twin. Beyond that the text is kept as
written: trailing spaces inside the text, blank lines and odd punctuation stay.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_BOM = "\ufeff"
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def normalise_text(s: str) -> str:
    """Return `s` with leading BOMs removed, CRLF/CR turned into LF, NFC applied,
    and trailing whitespace at the very end of the text removed.

    Idempotent: normalise_text(normalise_text(s)) == normalise_text(s).
    """
    s = s.lstrip(_BOM)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = unicodedata.normalize("NFC", s)
    return s.rstrip()


def text_sha256(s: str) -> str:
    """Hex SHA-256 of the UTF-8 bytes of the normalised text."""
    return hashlib.sha256(normalise_text(s).encode("utf-8")).hexdigest()


def word_count(s: str) -> int:
    """Number of words: runs of letters/digits, counting `CV-en` and `don't` as one."""
    return len(_WORD.findall(s))


def find_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) where `needle` occurs in `text`, ignoring letter case; runs of
    spaces in the needle match any whitespace (a phrase across a line break)."""
    words = needle.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]
