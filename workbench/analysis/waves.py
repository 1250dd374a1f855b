"""Change from baseline (nullpunkt) to end-point (sluttpunkt), person by person.

Only participants interviewed in both waves can show change; the others would mix
drop-out with change. A participant's quotes are those they spoke: in a group
interview, the turns the speaker map gives them (never the interviewer's turns). For each code (counting its sub-codes) every such participant
falls in one of: the code only at baseline, only at the end-point, or in both waves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.analysis.matrices import ancestors_and_self, code_roots, in_subtrees
from workbench.analysis.quotes import Quote, QuoteFilter, find_quotes
from workbench.analysis.source import AnalysisSource
from workbench.core.speakers import INTERVIEWER, Speaker


@dataclass
class CodeChange:
    """For one code: which of the two-wave participants had it at baseline, end-point, or both."""

    code: str
    label: str
    baseline_only: list[str] = field(default_factory=list)
    endpoint_only: list[str] = field(default_factory=list)
    both: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "label": self.label,
            "baseline_only": self.baseline_only, "both": self.both, "endpoint_only": self.endpoint_only,
            "counts": {"baseline_only": len(self.baseline_only), "both": len(self.both),
                       "endpoint_only": len(self.endpoint_only)},
        }


@dataclass
class ParticipantPair:
    """One participant's quotes for a code at baseline and at the end-point, side by side."""

    participant: str
    role: str | None
    program: str | None
    baseline: list[Quote]
    endpoint: list[Quote]

    def as_dict(self) -> dict[str, Any]:
        return {
            "participant": self.participant, "role": self.role, "program": self.program,
            "baseline": [q.as_dict() for q in self.baseline], "endpoint": [q.as_dict() for q in self.endpoint],
        }


@dataclass
class WaveComparison:
    """The comparison for all two-wave participants, with side-by-side quotes when a code is chosen."""

    participants: list[str]
    changes: list[CodeChange]
    pairs: list[ParticipantPair]

    def as_dict(self) -> dict[str, Any]:
        return {
            "participants_with_both_waves": self.participants,
            "codes": [c.as_dict() for c in self.changes],
            "quotes": [p.as_dict() for p in self.pairs],
        }


_WAVES = ("baseline", "endpoint")


def _sets_from_quotes(quotes: list[Quote], scoped: QuoteFilter) -> dict[str, dict[str, set[str]]]:
    """Code path (and every ancestor) → participant → the waves they have it in (each quote
    counting for `_quote_person`)."""
    waves_of: dict[str, dict[str, set[str]]] = {}
    for q in quotes:
        person = _quote_person(q, scoped)
        for path in ancestors_and_self(q.code):
            waves_of.setdefault(path, {}).setdefault(person, set()).add(q.wave or "")
    return waves_of


def _quote_person(q: Quote, scoped: QuoteFilter) -> str:
    """The participant a quote `find_quotes(project, scoped)` gave counts for (see `_person`)."""
    if not q.speakers:
        return q.participant or ""
    return _person(tuple(q.speakers), scoped) or ""


def _wave_sets(project: AnalysisSource, scoped: QuoteFilter) -> dict[str, dict[str, set[str]]]:
    """`_sets_from_quotes` of the quotes `find_quotes(project, scoped)` would give, read from
    the codings' spans, the documents' waves and the speakers of the turns, without cutting
    any text or building a quote. Each coding counts for one speaker, chosen by `_person`."""
    docs = {d["id"]: d for d in project.document_facts(**scoped.store_args()) if d["wave"] in _WAVES}
    facts = [f for f in project.coding_facts(codes=scoped.codes, coders=scoped.coders) if f[0] in docs]
    runs = project.speaker_runs({f[0] for f in facts})
    paths = project.code_paths()
    rows_of: dict[int, list[str]] = {}
    person_of: dict[tuple[Speaker, ...], str | None] = {}  # None: the speakers do not pass the filters
    waves_of: dict[str, dict[str, set[str]]] = {}
    for doc_id, start, end, code_id in facts:
        speakers = tuple(runs[doc_id].speakers_in(start, end))
        if speakers not in person_of:
            person_of[speakers] = _person(speakers, scoped)
        person = person_of[speakers]
        if person is None:
            continue
        if not speakers:  # outside every turn: the document's own participant
            person = docs[doc_id]["participant"] or ""
        rows = rows_of.get(code_id)
        if rows is None:
            rows = rows_of[code_id] = ancestors_and_self(paths[code_id])
        for path in rows:
            waves_of.setdefault(path, {}).setdefault(person, set()).add(docs[doc_id]["wave"])
    return waves_of


def _person(speakers: tuple[Speaker, ...], scoped: QuoteFilter) -> str | None:
    """The participant a passage with these speakers counts for: the first respondent among
    them who passes the role and participant filters (compare-waves always filters by the
    participants interviewed in both waves), or the interviewer when only they pass; None when
    no speaker passes. A passage running from a mentee's turn into their mentor's counts for
    the mentor under `--role mentor`, and never for a mentee interviewed in one wave only."""
    if (scoped.roles or scoped.participants) and not scoped.speaker_matches(speakers):
        return None
    if not speakers:
        return ""
    if scoped.roles or scoped.participants:
        speakers = tuple(s for s in speakers if scoped.speaker_matches((s,)))
    return next((s for s in speakers if s.role != INTERVIEWER), speakers[0]).participant or ""


def compare_waves(project: AnalysisSource, flt: QuoteFilter | None = None, depth: int | None = None) -> WaveComparison:
    """Compare codes between waves for participants with both (filters: code, role, program, coder...)."""
    flt = flt or QuoteFilter()
    people = project.participants_with_both_waves(roles=flt.roles, programs=flt.programs,
                                                  participants=flt.participants)
    if not people:
        return WaveComparison([], [], [])
    scoped = QuoteFilter(codes=flt.codes, roles=flt.roles, programs=flt.programs, participants=people,
                         coders=flt.coders, search=flt.search)
    # Side-by-side quotes (a code chosen) and full-text search need the quotes' texts; the
    # code × participant × wave sets alone do not, and are read without them.
    quotes = ([q for q in find_quotes(project, scoped) if q.wave in _WAVES]
              if flt.codes or flt.search else [])
    waves_of = _sets_from_quotes(quotes, scoped) if flt.search else _wave_sets(project, scoped)
    roots = code_roots(project, flt.codes)
    changes = []
    for code in project.codes(include_retired=True):
        if depth is not None and code.depth >= depth:
            continue
        if not in_subtrees(code.path, roots):
            continue
        seen = waves_of.get(code.path)
        if not seen:
            continue
        change = CodeChange(code.path, code.label)
        for person in sorted(seen):
            waves = seen[person]
            target = change.both if len(waves) == 2 else (
                change.baseline_only if "baseline" in waves else change.endpoint_only)
            target.append(person)
        changes.append(change)
    pairs = []
    if flt.codes:
        by_person: dict[str, list[Quote]] = {}
        for q in quotes:
            by_person.setdefault(_quote_person(q, scoped), []).append(q)
        roles = {p.id: p.role for p in project.participants()}
        for person in people:
            mine = by_person.get(person)
            if not mine:
                continue
            pairs.append(ParticipantPair(
                person, roles.get(person) or mine[0].role, mine[0].program,
                [q for q in mine if q.wave == "baseline"], [q for q in mine if q.wave == "endpoint"],
            ))
    return WaveComparison(people, changes, pairs)
