"""Retrieval: the filters a researcher narrows a list of passages with, and the text around one.

The workbench's retrieval and query screens keep their filters here so they can be
tested without a terminal: which waves, roles, programmes and coders to keep, and which
participant attributes (`country = Syria`) a passage's speaker must have. A passage's
context is the sentences (segments) just before and after it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Iterable

from workbench.analysis.quotes import ROLE_LABELS, WAVE_LABELS, QuoteFilter

#: Filter kinds in the order the screen offers them, with their names on screen.
KINDS = {"waves": "Wave", "roles": "Role", "programs": "Programme", "coders": "Coder",
         "attributes": "Participant attribute"}


@dataclass
class RetrievalFilters:
    """Accepted values per kind (empty: any); attributes as (name, value) pairs, all required."""

    waves: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    coders: list[str] = field(default_factory=list)
    attributes: list[tuple[str, str]] = field(default_factory=list)
    #: From a saved query written on the command line (the screen offers no menu for these).
    participants: list[str] = field(default_factory=list)
    search: str | None = None

    def toggle(self, kind: str, value: Any) -> bool:
        """Add the value to the kind's list, or take it away if it is there; True if now on."""
        values = getattr(self, kind)
        if value in values:
            values.remove(value)
            return False
        values.append(value)
        return True

    def clear(self) -> None:
        for kind in KINDS:
            getattr(self, kind).clear()
        self.participants.clear()
        self.search = None

    def active(self) -> bool:
        return any(getattr(self, kind) for kind in KINDS) or bool(self.participants or self.search)

    def describe(self) -> str:
        """The filters in a few words ('wave nullpunkt; role mentee; country=Syria'), '' for none."""
        parts = []
        if self.waves:
            parts.append("wave " + ", ".join(WAVE_LABELS.get(w, w) for w in self.waves))
        if self.roles:
            parts.append("role " + ", ".join(self.roles))
        if self.programs:
            parts.append("programme " + ", ".join(self.programs))
        if self.coders:
            parts.append("coder " + ", ".join(self.coders))
        parts += [f"{name}={value}" for name, value in self.attributes]
        if self.participants:
            parts.append("participant " + ", ".join(self.participants))
        if self.search:
            parts.append(f"search {self.search}")
        return "; ".join(parts)

    def quote_filter(self, participants: Iterable[Any], codes: list[str] | None = None) -> QuoteFilter | None:
        """The matching QuoteFilter, or None when the attributes fit no participant (nothing to show)."""
        flt = QuoteFilter(codes=list(codes or []), waves=list(self.waves), roles=list(self.roles),
                          programs=list(self.programs), coders=list(self.coders),
                          participants=list(self.participants), search=self.search)
        if self.attributes:
            fitting = [p.id for p in participants
                       if all(str(p.attributes.get(name, "")) == value for name, value in self.attributes)]
            if self.participants:
                fitting = [pid for pid in fitting if pid in self.participants]
            if not fitting:
                return None
            flt.participants = fitting
        return flt


def filter_choices(kind: str, participants: Iterable[Any], coders: Iterable[str]) -> list[tuple[str, Any]]:
    """(label, value) pairs a filter kind can take in this project."""
    participants = list(participants)
    if kind == "waves":
        return [(f"{WAVE_LABELS[w]} ({w})", w) for w in ("baseline", "endpoint")]
    if kind == "roles":
        roles = sorted({p.role for p in participants if p.role})  # the speaker's role: the interviewer too
        return [(ROLE_LABELS.get(r, r), r) for r in roles] + [(ROLE_LABELS["interviewer"], "interviewer")]
    if kind == "programs":
        return [(p, p) for p in sorted({p.program for p in participants if p.program})]
    if kind == "coders":
        return [(c, c) for c in coders]
    pairs = sorted({(str(k), str(v)) for p in participants for k, v in p.attributes.items() if str(v).strip()})
    return [(f"{k} = {v}", (k, v)) for k, v in pairs]


def context_around(text: str, segments: list[tuple[int, int]], start: int, end: int,
                   sentences: int = 1) -> tuple[str, str]:
    """The `sentences` segments before `start` and after `end`, as text ('' at the edges).

    `segments` are (start, end) spans in text order.
    """
    starts = [s for s, _e in segments]
    ends = [e for _s, e in segments]
    before_index = bisect_right(ends, start)  # segments ending at or before start
    after_index = bisect_left(starts, end)  # segments starting at or after end
    before = segments[max(0, before_index - sentences):before_index]
    after = segments[after_index:after_index + sentences]
    return (" ".join(" ".join(text[a:b].split()) for a, b in before),
            " ".join(" ".join(text[a:b].split()) for a, b in after))
