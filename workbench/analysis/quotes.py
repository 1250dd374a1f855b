"""Quotes: the coded passages a researcher reads and cites, filtered by who said them and when.

A quote is one coded span. When several coders gave the same span the same code it
is still one quote (with all their names); reports also merge overlapping spans of one
code, so they do not print a passage twice.
Attribution follows how evaluation reports cite people: by role only, `(Mentee)`,
optionally with programme and wave. The role is that of the speaker of the quoted
turn (`workbench.core.speakers`): in a group interview a mentor's words are cited
`(Mentor)` whatever the document's participant is, the interviewer is never cited as a
respondent, and a quote running over two speakers' turns names both (`(Mentor / Mentee)`).
The role and participant filters apply to the speakers of a quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from collections.abc import Iterable

from workbench.analysis.source import AnalysisSource
from workbench.core.errors import WorkbenchError
from workbench.core.models import WAVES
from workbench.core.speakers import (
    INTERVIEWER, SPEAKER_ROLE_LABELS, SPEAKER_ROLES, Speaker, attribution_label, role_from_text,
)

ROLE_LABELS = dict(SPEAKER_ROLE_LABELS)
WAVE_LABELS = {"baseline": "nullpunkt", "endpoint": "sluttpunkt"}
_WAVE_ALIASES = {"baseline": "baseline", "nullpunkt": "baseline", "endpoint": "endpoint",
                 "end-point": "endpoint", "sluttpunkt": "endpoint"}


@dataclass
class QuoteFilter:
    """Which quotes to take: each field is a list of accepted values (empty = any)."""

    codes: list[str] = field(default_factory=list)
    waves: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    coders: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    search: str | None = None

    @classmethod
    def build(cls, **values: Any) -> QuoteFilter:
        """A filter from CLI-style values (str, tuple or None), with waves and roles normalised."""
        def listed(v: Any) -> list[str]:
            if v is None:
                return []
            if isinstance(v, str):
                v = [v]
            return [str(x).strip() for x in v if str(x).strip()]

        f = cls(**{k: listed(v) for k, v in values.items() if k != "search"}, search=values.get("search") or None)
        f.waves = [_normalise(w, _WAVE_ALIASES, "wave", WAVES) for w in f.waves]
        f.roles = [_role(r) for r in f.roles]
        return f

    def store_args(self) -> dict[str, list[str]]:
        """The filters as keyword arguments for the store's analysis queries.

        Roles are not among them: a role belongs to the speaker of a turn, not to a
        document, so callers apply it to the speakers (`speaker_matches`). Participants
        are passed (the store keeps documents with that participant or a speaker mapped
        to them) and checked per speaker as well.
        """
        return {
            "codes": self.codes, "waves": self.waves, "programs": self.programs,
            "participants": self.participants, "coders": self.coders, "documents": self.documents,
        }

    def speaker_matches(self, speakers: Iterable[Speaker]) -> bool:
        """Whether any of a quote's speakers passes the role and participant filters."""
        return any((not self.roles or sp.role in self.roles)
                   and (not self.participants or sp.participant in self.participants) for sp in speakers)

    def describe(self) -> str:
        """The filters in words, for report headers ("" when there are none)."""
        parts = [f"{name}: {', '.join(values)}" for name, values in (
            ("koder", self.codes), ("bølge", [WAVE_LABELS.get(w, w) for w in self.waves]),
            ("rolle", self.roles), ("program", self.programs), ("deltaker", self.participants),
            ("koder (person)", self.coders), ("dokument", self.documents),
        ) if values]
        if self.search:
            parts.append(f"søk: {self.search}")
        return "; ".join(parts)


def _role(value: str) -> str:
    """A role as the speaker maps spell it (the same spellings `speakers set --role` takes)."""
    role = role_from_text(value)
    if role is None:
        raise WorkbenchError(f"unknown role '{value}' (use {', '.join(SPEAKER_ROLES)})")
    return role


def _normalise(value: str, aliases: dict[str, str], what: str, allowed: Iterable[str]) -> str:
    key = value.casefold()
    if key in aliases:
        return aliases[key]
    raise WorkbenchError(f"unknown {what} '{value}' (use {', '.join(allowed)})")


@dataclass
class Quote:
    """One coded passage with who said it, when, and who coded it."""

    code: str
    code_label: str
    document_id: int
    document: str
    start: int
    end: int
    text: str
    participant: str | None
    role: str | None
    program: str | None
    wave: str | None
    coders: list[str]
    coding_ids: list[int]
    memos: list[str] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    document_participant: str | None = None
    document_role: str | None = None

    def set_speakers(self, speakers: list[Speaker]) -> None:
        """Attribute the quote to the speakers of its turns: role and participant become those
        of the first respondent among them (or of the interviewer, when only they speak)."""
        self.speakers = list(speakers)
        if speakers:
            main = next((s for s in speakers if s.role != INTERVIEWER), speakers[0])
            self.role, self.participant = main.role, main.participant

    @property
    def speaker(self) -> str | None:
        """The speaker label(s) of the quoted turn(s): `AH`, or `AH / BK` across two turns."""
        labels = [s.label for s in self.speakers if s.label]
        return " / ".join(labels) if labels else None

    @property
    def speaker_role(self) -> str | None:
        """The speaker role(s): `mentor`, or `mentor / mentee` across two speakers."""
        roles = [s.role for s in self.speakers if s.role]
        return " / ".join(roles) if roles else None

    def attribution(self, program: bool = False, wave: bool = False) -> str:
        """How a report cites the speaker: `(Mentee)`, `(Mentor / Mentee)` for two speakers, or
        `(Mentee, program, nullpunkt)`."""
        roles = [s.role for s in self.speakers] if self.speakers else [self.role]
        parts = [attribution_label(roles)]
        if program and self.program:
            parts.append(self.program)
        if wave and self.wave:
            parts.append(WAVE_LABELS.get(self.wave, self.wave))
        return "(" + ", ".join(parts) + ")"

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "code_label": self.code_label, "document": self.document,
            "document_id": self.document_id, "start": self.start, "end": self.end, "text": self.text,
            "participant": self.participant, "role": self.role, "program": self.program, "wave": self.wave,
            "speaker": self.speaker, "speaker_role": self.speaker_role,
            "speakers": [s.as_dict() for s in self.speakers],
            "document_participant": self.document_participant, "document_role": self.document_role,
            "coders": self.coders, "coding_ids": self.coding_ids, "memos": self.memos,
        }


def collapse_rows(rows: Iterable[dict[str, Any]]) -> list[Quote]:
    """Turn store rows (one per coding) into quotes (one per code and span), keeping order."""
    quotes: dict[tuple[str, int, int, int], Quote] = {}
    for r in rows:
        key = (r["code"], r["document_id"], r["start"], r["end"])
        quote = quotes.get(key)
        if quote is None:
            quote = quotes[key] = Quote(
                r["code"], r["code_label"], r["document_id"], r["document"], r["start"], r["end"], r["text"],
                r["participant"], r["role"], r["program"], r["wave"], [], [],
                document_participant=r["participant"], document_role=r["role"],
            )
        if r["coder"] not in quote.coders:
            quote.coders.append(r["coder"])
        quote.coding_ids.append(r["id"])
        if r.get("memo"):
            quote.memos.append(r["memo"])
    return list(quotes.values())


def merge_overlapping(quotes: list[Quote]) -> list[Quote]:
    """One quote per passage: overlapping spans of one code in one document become their union.

    Two coders rarely mark exactly the same characters; a report should still print the
    passage once, with every coder who gave it that code. Order follows the input.
    """
    merged: list[tuple[int, Quote]] = []
    last: dict[tuple[str, int], Quote] = {}
    ranked = sorted(enumerate(quotes), key=lambda iq: (iq[1].code, iq[1].document_id, iq[1].start, iq[1].end))
    for rank, q in ranked:
        key = (q.code, q.document_id)
        prev = last.get(key)
        if prev is not None and q.start < prev.end:
            if q.end > prev.end:
                prev.text += q.text[prev.end - q.start:]
                prev.end = q.end
            prev.coders += [c for c in q.coders if c not in prev.coders]
            prev.coding_ids += q.coding_ids
            prev.memos += [m for m in q.memos if m not in prev.memos]
            if q.speakers:
                prev.set_speakers(prev.speakers + [s for s in q.speakers if s not in prev.speakers])
            continue
        copy = Quote(**{**q.__dict__, "coders": list(q.coders), "coding_ids": list(q.coding_ids),
                        "memos": list(q.memos), "speakers": list(q.speakers)})
        last[key] = copy
        merged.append((rank, copy))
    return [q for _rank, q in sorted(merged, key=lambda rq: rq[0])]


def find_quotes(project: AnalysisSource, flt: QuoteFilter) -> list[Quote]:
    """Quotes matching the filter (codes include their sub-codes; search is FTS5 syntax)."""
    quotes = collapse_rows(project.quote_rows(**flt.store_args()))
    attribute_speakers(project, quotes)
    if flt.roles or flt.participants:
        quotes = [q for q in quotes if flt.speaker_matches(q.speakers)]
    if flt.search:
        keep = project.match_texts([(i, q.text) for i, q in enumerate(quotes)], flt.search)
        quotes = [q for i, q in enumerate(quotes) if i in keep]
    return quotes


def attribute_speakers(project: AnalysisSource, quotes: list[Quote]) -> None:
    """Give each quote the speakers of the turns it covers (see `workbench.core.speakers`)."""
    runs = project.speaker_runs(q.document_id for q in quotes)
    for q in quotes:
        q.set_speakers(runs[q.document_id].speakers_in(q.start, q.end))


def group_by_code(quotes: Iterable[Quote], code_order: list[str]) -> dict[str, list[Quote]]:
    """Quotes grouped by the code they were given, codes in codebook order."""
    rank = {path: i for i, path in enumerate(code_order)}
    groups: dict[str, list[Quote]] = {}
    for q in quotes:
        groups.setdefault(q.code, []).append(q)
    return dict(sorted(groups.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])))
