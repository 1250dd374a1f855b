"""Probes shared by the pseudonymisation round tests: what the default Pseudonymizer finds in a
sentence, whether one part of it is covered whole, and whether it is left untouched or touched."""

from __future__ import annotations

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def finds(text: str) -> list[tuple[int, int, str, str]]:
    """Every replacement the default (offline) pseudonymiser finds, as (start, end, kind, original)."""
    return [(r.start, r.end, r.kind, r.original) for r in Pseudonymizer().find(text)]


def covered(text: str, part: str) -> str | None:
    """The kind of the replacement that covers `part` whole, or None."""
    start = text.index(part)
    for s, e, kind, _original in finds(text):
        if s <= start and start + len(part) <= e:
            return kind
    return None


def untouched(text: str, part: str) -> bool:
    """True when no replacement overlaps `part`."""
    start = text.index(part)
    return not any(s < start + len(part) and start < e for s, e, _k, _o in finds(text))


def touched(text: str, part: str) -> bool:
    """True when some replacement overlaps `part`."""
    return not untouched(text, part)
