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


def compare_waves(project: AnalysisSource, flt: QuoteFilter | None = None, depth: int | None = None) -> WaveComparison:
    """Compare codes between waves for participants with both (filters: code, role, program, coder...)."""
    flt = flt or QuoteFilter()
    people = project.participants_with_both_waves(roles=flt.roles, programs=flt.programs,
                                                  participants=flt.participants)
    if not people:
        return WaveComparison([], [], [])
    scoped = QuoteFilter(codes=flt.codes, roles=flt.roles, programs=flt.programs, participants=people,
                         coders=flt.coders, search=flt.search)
    quotes = [q for q in find_quotes(project, scoped) if q.wave in ("baseline", "endpoint")]
    waves_of: dict[str, dict[str, set[str]]] = {}
    for q in quotes:
        for path in ancestors_and_self(q.code):
            waves_of.setdefault(path, {}).setdefault(q.participant or "", set()).add(q.wave or "")
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
            by_person.setdefault(q.participant or "", []).append(q)
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
