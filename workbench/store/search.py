"""Full-text search over segment text with SQLite FTS5."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from workbench.core.errors import WorkbenchError
from workbench.store.base import ProjectBase

_OPEN, _CLOSE = "\x02", "\x03"
#: Segments up to this length are highlighted whole (exact match offset); longer ones, left
#: from before segments were bounded, get FTS5's snippet instead: highlighting re-reads the
#: whole segment for every hit, which took minutes on a one-segment 45 MB transcript.
HIGHLIGHT_MAX_CHARS = 8000
#: Characters of context shown on either side of a match.
CONTEXT_CHARS = 150


_HYPHENATED = re.compile(r"(?<![^\s(])([\w*]*-[\w*-]*)(?![^\s)])")
#: Typographic quotation marks a Norwegian keyboard or a word processor types for `"`:
#: FTS5 reads them as letters of a word, so `«to år»` found `to` and `år` anywhere in a
#: sentence, each marked apart, instead of the phrase.
_TYPOGRAPHIC_QUOTES = str.maketrans(dict.fromkeys("«»“”„‟", '"'))


def fts_query(query: str) -> str:
    """`query` with typographic quotes (`«…»`, `“…”`, `„…“`) read as `"` (a phrase), and
    hyphenated words outside double quotes made phrases (FTS5 reads `a-b` and `-b` as
    column filters and fails with "no such column"); `deltids-jobb` finds the words
    "deltids jobb" in a row, `-jobb` the word "jobb"."""
    query = query.translate(_TYPOGRAPHIC_QUOTES)
    def phrase(m: re.Match[str]) -> str:
        word = m.group(1).strip("-")
        star = "*" if word.endswith("*") else ""
        word = word.strip("*")
        return f'"{word}"{star}' if word else m.group(1)

    parts = query.split('"')
    for i in range(0, len(parts), 2):  # outside quotes
        parts[i] = _HYPHENATED.sub(phrase, parts[i])
    return '"'.join(parts)


class SearchError(WorkbenchError):
    """The search query is not valid FTS5 syntax."""


class SearchMixin(ProjectBase):
    """Store method for full-text search."""

    def search(self, query: str, limit: int = 200) -> list[dict[str, Any]]:
        """Segments matching an FTS5 query: document, segment span, speaker label, match offset and context."""
        if not query.strip():
            raise SearchError("empty search query")
        if not query.isprintable() and any("\ud800" <= ch <= "\udfff" for ch in query):
            raise SearchError(f"cannot search for {query!r}: it is not valid text (check the terminal's encoding)")
        try:
            # Segments enter the index document by document, in text order, so rowid order is
            # document-then-position order; FTS5 yields it without sorting every match (a
            # common word matches 100,000 segments in a large study: 1 s sorted, 2 ms by rowid).
            rows = self.db.execute(
                f"""
                SELECT f.document_id, d.name, s.start, s."end", s.speaker,
                       CASE WHEN s."end" - s.start <= {HIGHLIGHT_MAX_CHARS}
                            THEN highlight(segment_fts, 0, '{_OPEN}', '{_CLOSE}')
                            ELSE snippet(segment_fts, 0, '{_OPEN}', '{_CLOSE}', '…', 40) END
                FROM segment_fts f
                JOIN segments s ON s.id = f.segment_id
                JOIN documents d ON d.id = f.document_id
                WHERE segment_fts MATCH ?
                ORDER BY f.rowid
                LIMIT ?
                """,
                [fts_query(query), limit],
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise SearchError(
                f"cannot search for {query!r}: {' '.join(str(exc).split())}. "  # one line even if sqlite echoes a newline
                "Put words in double quotes to search for them literally"
            ) from None
        hits = []
        for doc_id, name, start, end, speaker, marked in rows:
            whole = end - start <= HIGHLIGHT_MAX_CHARS
            at = marked.find(_OPEN) if whole else -1
            bounded = _bounded(marked)
            plain, marks = _unmarked(bounded)
            hits.append({
                "document": name,
                "document_id": doc_id,
                "segment_start": start,
                "segment_end": end,
                "speaker": speaker,
                "offset": start + max(at, 0),
                "context": bounded.replace(_OPEN, "«").replace(_CLOSE, "»"),
                # the same without the «» marks, and where the matches are in it: a transcript's
                # own «quotes» (common in Norwegian) cannot be told from the marks in `context`
                "context_text": plain,
                "context_marks": marks,
                "matches": [[start + a, start + b] for a, b in _unmarked(marked)[1]] if whole else [],
            })
        return hits


def bounded_context(marked: str, chars: int = CONTEXT_CHARS) -> str:
    """The first match with at most `chars` characters either side (cut at a space), marked «so»."""
    return _bounded(marked, chars).replace(_OPEN, "«").replace(_CLOSE, "»")


def _bounded(marked: str, chars: int = CONTEXT_CHARS) -> str:
    """`bounded_context` with FTS5's own marks left in place."""
    first = max(marked.find(_OPEN), 0)
    close = marked.find(_CLOSE, first)
    close = first if close == -1 else close
    lo, hi = max(0, first - chars), min(len(marked), close + chars)
    if lo > 0:
        space = marked.find(" ", lo, first)
        lo = space + 1 if space != -1 else lo
    if hi < len(marked):
        space = marked.rfind(" ", close, hi)
        hi = space if space != -1 else hi
    text = ("…" if lo > 0 else "") + marked[lo:hi] + ("…" if hi < len(marked) else "")
    if text.count(_OPEN) != text.count(_CLOSE):  # a later match cut in half: close it
        text += _CLOSE
    return text


def _unmarked(marked: str) -> tuple[str, list[list[int]]]:
    """Text with FTS5's marks taken out, and the [start, end) of each marked stretch in it."""
    plain: list[str] = []
    marks: list[list[int]] = []
    length = 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if piece == _OPEN:
            marks.append([length, length])
        elif piece == _CLOSE:
            if marks:
                marks[-1][1] = length
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), [m for m in marks if m[1] > m[0]]
