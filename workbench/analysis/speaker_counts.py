"""Counting codings by the speaker of the coded turn, for matrices.

`matrix --by role`, the `--role` and `--participant` filters and people counted in
group interviews all need each coding's speaker rather than its document's participant.
Here every coding is split into one entry per speaker whose turn it covers (a coding
over a mentor's and a mentee's turn counts for both), and the column bases are counted
the same way, per speaker, from the segments. Only matrices that need speakers pay
for this; the rest count by document as before.
"""

from __future__ import annotations

from typing import Any

from workbench.analysis.quotes import QuoteFilter


def needs_speakers(project, by: str, unit: str, flt: QuoteFilter) -> bool:
    """Whether a matrix must look at who speaks each coded turn."""
    return (by == "role" or bool(flt.roles) or bool(flt.participants)
            or (unit == "participants" and project.has_mapped_participants()))


def person_key(speaker, doc_id: int) -> str:
    """The participant a unit counts for: the speaker's, else one per document; the
    interviewers (not participants, and not told apart) count as one."""
    if speaker.is_interviewer and not speaker.participant:
        return "(interviewer)"
    return speaker.participant or f"#{doc_id}"


def expand(project, doc_ids, which, position, start, end, flt: QuoteFilter):
    """One entry per (coding, speaker of a turn it covers) that passes the role/participant filters.

    Returns the repeated `which`, `position`, `start`, `end` arrays and, per entry, the
    speaker's role ("" if unknown) and person key.
    """
    import numpy as np

    ids = doc_ids.tolist()
    runs = project.speaker_runs(ids[p] for p in set(position.tolist()))
    keep: list[int] = []
    roles: list[str] = []
    people: list[str] = []
    for i, (p, s, e) in enumerate(zip(position.tolist(), start.tolist(), end.tolist())):
        doc_id = ids[p]
        for sp in runs[doc_id].speakers_in(s, e):
            if flt.speaker_matches([sp]) or not (flt.roles or flt.participants):
                keep.append(i)
                roles.append(sp.role or "")
                people.append(person_key(sp, doc_id))
    index = np.array(keep, dtype=np.int64)
    return which[index], position[index], start[index], end[index], roles, people


def bases(project, docs: dict[int, dict[str, Any]], by: str, unit: str, flt: QuoteFilter) -> dict[str, int]:
    """How many units exist in each column, counted per speaker: segments spoken, documents
    with a turn, or people speaking (for the speakers the filters let through)."""
    resolved = project.resolved_speakers(docs)
    counts: dict[str, Any] = {}
    for doc_id, label, n in project.segment_counts_by_speaker(docs):
        sp = resolved[doc_id].get(label)
        if sp is None or ((flt.roles or flt.participants) and not flt.speaker_matches([sp])):
            continue
        column = (sp.role if by == "role" else docs[doc_id][by]) or ""
        if unit == "segments":
            counts[column] = counts.get(column, 0) + n
        else:
            counts.setdefault(column, set()).add(doc_id if unit == "documents" else person_key(sp, doc_id))
    return {k: len(v) if isinstance(v, set) else v for k, v in counts.items()}
