"""Replacements as spans of a text, and applying them.

Split from `pseudonymizer` so the finding rules and the plain span arithmetic (apply the
replacements, cut a quote out of a replaced document, list what a preview should show as
left alone) live apart; `pseudonymizer` re-exports every name here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules


@dataclass(frozen=True)
class Replacement:
    """One span of the original text and what replaces it, with why."""

    start: int
    end: int
    original: str
    replacement: str
    kind: str  # person, place, org, term, or an identifier kind (phone, email, idnumber ...)
    source: str  # identifier, list, ner, rule:name, rule:org, rule:again (found elsewhere in the text) ...

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "original": self.original,
                "replacement": self.replacement, "kind": self.kind, "source": self.source}


def replace_spans(text: str, reps: Iterable[Replacement]) -> str:
    """`text` with each (non-overlapping, sorted) replacement applied."""
    out, pos = [], 0
    for r in reps:
        out.append(text[pos:r.start])
        out.append(r.replacement)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def slice_replaced(text: str, reps: Sequence[Replacement], start: int, end: int) -> tuple[str, list[Replacement]]:
    """text[start:end] pseudonymised with the replacements found in the whole text.

    A replacement that reaches over the edge of the slice replaces the part inside it,
    so no half of a name is left at the edge of a quote.
    """
    inside = []
    for r in reps:
        if r.end <= start or r.start >= end:
            continue
        s, e = max(r.start, start), min(r.end, end)
        inside.append(Replacement(s - start, e - start, text[s:e], r.replacement, r.kind, r.source))
    return replace_spans(text[start:end], inside), inside


def unreplaced_capitals(text: str, reps: Sequence[Replacement]) -> list[str]:
    """Capitalised words left as they are, worth a look in a preview: inside a sentence, and at
    its start when the dictionary does not know them (kept as compounds or English words)."""
    covered = [(r.start, r.end) for r in reps]
    out = []
    prev_end = None
    for m in rules.WORD.finditer(text):
        gap = text[prev_end:m.start()] if prev_end is not None else "."
        prev_end = m.end()
        word = m.group(0)
        low = word.casefold()
        if not word[:1].isupper() or low in gaz.NEVER or low in rules.FILLERS:
            continue
        if rules.SENTENCE_BREAK.search(gap) and rules.known_word(low):
            continue
        if word.split("-")[0].isupper():  # acronyms (CV-en, HR-sjefen) are left alone on purpose
            continue
        if any(s <= m.start() < e for s, e in covered):
            continue
        out.append(word)
    return out


_SENTENCE_GOES_ON = re.compile(r"[ \t]+[\"«(]?[a-zæøå0-9]|[,;:)]")


def keep_full_stops(text: str, reps: list[Replacement]) -> list[Replacement]:
    """Replacements whose original closes a sentence with the full stop of an abbreviation
    (`… Nordic Star Ltd. Det var …`) keep that full stop after the marker."""
    out = []
    for r in reps:
        if (r.original.endswith(".") and not r.replacement.endswith(".") and r.original[-2:-1].isalpha()
                and not _SENTENCE_GOES_ON.match(text, r.end)):
            r = replace(r, replacement=r.replacement + ".")
        out.append(r)
    return out


def droppable(find: Sequence[Any]) -> bool:
    """Whether a find `(start, end, kind, source, …)` is one the keep rules may drop: a name, place or organisation
    found by a rule or the model; a term-list entry and an identifier found by its form always stay."""
    return find[2] in ("person", "place", "org") and find[3] not in ("list", "identifier")


def within(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether `start:end` lies inside one of `spans`."""
    return any(a <= start and end <= b for a, b in spans)


def overlaps(spans: Iterable[Sequence[Any]], start: int, end: int) -> bool:
    """Whether `start:end` shares a character with one of `spans` (pairs, or finds `(start, end, kind, …)`)."""
    return any(s[0] < end and start < s[1] for s in spans)
