"""Where coders differ: the passages a team discusses before settling a consensus.

A passage is one segment (a sentence within a speaker turn) of a document that at least
two of the chosen coders coded, where their sets of codes on it differ. A coder has a
code on a segment as in the agreement statistics (their spans of exactly that code
cover at least half of it), so the list matches the figures. Resolving a passage gives
the `consensus` coder exactly the codes decided, on the whole segment.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.analysis.agreement.coverage import take_part
from workbench.analysis.agreement.defaults import MIN_COVERAGE
from workbench.analysis.agreement.units import AgreementCorpus, applied_codes

DECISIONS = ("union", "intersection", "accept", "custom")


@dataclass
class Passage:
    """One segment where the coders' codes differ, with each coder's codes on it."""

    document_id: int
    document: str
    start: int
    end: int
    text: str
    codes: dict[str, list[str]]
    consensus: list[str] | None = None

    @property
    def union(self) -> list[str]:
        return sorted({c for codes in self.codes.values() for c in codes})

    @property
    def intersection(self) -> list[str]:
        sets = [set(codes) for codes in self.codes.values()]
        return sorted(set.intersection(*sets)) if sets else []

    @property
    def differing(self) -> list[str]:
        """Codes some but not all coders applied."""
        return [c for c in self.union if c not in self.intersection]


def passages(corpus: AgreementCorpus, coders: list[str], code: str | None = None,
             resolved: set[tuple[int, int, int]] | None = None, consensus_coder: str = "consensus",
             min_coverage: float = MIN_COVERAGE) -> list[Passage]:
    """Every segment where the chosen coders' codes differ (within `code`'s subtree if given).

    A coder counts in a document only when they take part in its agreement (their coding spans at
    least `min_coverage` of it, `coverage.take_part`), so a coder who coded two passages of it
    does not disagree with everyone else on all the rest.

    `resolved` holds the (document id, start, end) of settled passages; those carry the
    consensus coder's codes (possibly none), the others `consensus = None`.
    """
    resolved = resolved or set()
    corpus, _ = take_part(corpus, coders, min_coverage)
    paths = corpus.subtree(code) if code else list(corpus.code_paths)
    found: list[Passage] = []
    for doc in corpus.documents:
        present = corpus.coders_of(doc.id, coders)
        if len(present) < 2:
            continue
        applied = {coder: applied_codes(corpus, doc, coder, paths) for coder in present}
        settled = applied_codes(corpus, doc, consensus_coder, paths)
        for i, (start, end) in enumerate(doc.segments):
            per_coder = {coder: applied[coder][i] for coder in present}
            if len({tuple(v) for v in per_coder.values()}) > 1:
                decided = settled[i] if (doc.id, start, end) in resolved else None
                found.append(Passage(doc.id, doc.name, start, end, doc.text[start:end], per_coder, decided))
    return found


def decided_codes(passage: Passage, decision: str, coder: str | None = None,
                  custom: list[str] | None = None) -> list[str]:
    """The codes a decision gives: all (union), shared (intersection), one coder's, or a custom set."""
    if decision == "union":
        return passage.union
    if decision == "intersection":
        return passage.intersection
    if decision == "accept":
        if coder not in passage.codes:
            raise ValueError(f"coder '{coder}' did not code this passage")
        return list(passage.codes[coder])
    if decision == "custom":
        return sorted(set(custom or []))
    raise ValueError(f"unknown decision '{decision}' (use one of {', '.join(DECISIONS)})")
