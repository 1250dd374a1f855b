"""Counting codings by the speaker of the coded turn, for matrices.

`matrix --by role`, the `--role` and `--participant` filters and people counted in
group interviews all need each coding's speaker rather than its document's participant.
Here every coding is split into one entry per speaker whose turn it covers (a coding
over a mentor's and a mentee's turn counts for both), and the column bases are counted
the same way, per speaker, from the segments. Only matrices that need speakers pay
for this; the rest count by document as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.analysis.overlaps import overlapped_rows, spread
from workbench.analysis.quotes import QuoteFilter
from workbench.analysis.source import AnalysisSource
from workbench.core.speakers import INTERVIEWER, Speaker

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]


def needs_speakers(project: AnalysisSource, by: str, unit: str, flt: QuoteFilter) -> bool:
    """Whether a matrix must look at who speaks each coded turn."""
    return (by == "role" or bool(flt.roles) or bool(flt.participants)
            or (unit == "participants" and project.has_turns_of_other_people()))


def person_key(speaker: Speaker, doc_id: int) -> str | None:
    """The participant a unit counts for: the speaker's; else, for the document's own respondent
    (or text outside any turn), one per document, and for another speaker with no participant
    (`Mentor Kari:` and `Mentor Per:` in a mentee's one-to-one interview, the labels of a group
    with no participant code) one per label of the document. The interviewers (not participants,
    and not told apart) count as one. None for no one: a heading of a document whose labelled
    speakers have no participant code (`Speaker.is_no_one`)."""
    if speaker.is_no_one:
        return None
    if speaker.is_interviewer and not speaker.participant:
        return "(interviewer)"
    if speaker.participant:
        return speaker.participant
    if speaker.label is None or speaker.source == "document":
        return f"#{doc_id}"
    return f"#{doc_id}:{speaker.label}"


def expand(
    project: AnalysisSource, doc_ids: IntArray, which: IntArray, position: IntArray, start: IntArray,
    end: IntArray, flt: QuoteFilter,
) -> tuple[IntArray, IntArray, IntArray, IntArray, IntArray, list[Speaker]]:
    """One entry per (coding, speaker of a turn it covers) that passes the role/participant filters.

    Returns the repeated `which`, `position`, `start`, `end` arrays, each entry's speaker
    (an index into the returned list of Speakers) and that list. Vectorised like co-occurrence: the
    turns of all documents sorted by (document, start), each coding's first and last
    turn found by binary search; a coding outside every turn gets its document's speaker.
    """
    import numpy as np

    ids = doc_ids.tolist()
    used = sorted(set(position.tolist()))
    runs = project.speaker_runs(ids[p] for p in used)
    speakers: list[Speaker] = []
    number: dict[Speaker, int] = {}

    def index_of(sp: Speaker) -> int:
        if sp not in number:
            number[sp] = len(speakers)
            speakers.append(sp)
        return number[sp]

    run_rows = [(p, s, e, index_of(sp)) for p in used for s, e, sp in runs[ids[p]].runs]
    fallback = np.full(len(ids), -1, dtype=np.int64)
    for p in used:
        fallback[p] = index_of(runs[ids[p]].fallback)
    table = np.array(run_rows, dtype=np.int64).reshape(-1, 4)
    first, count = overlapped_rows(table, position, start, end)
    coding, run = spread(first, count)
    speaker = table[run, 3] if len(run) else np.zeros(0, dtype=np.int64)
    alone = np.flatnonzero(count == 0)  # outside every turn: the document's own speaker
    coding = np.concatenate([coding, alone])
    speaker = np.concatenate([speaker, fallback[position[alone]]])
    width = max(len(speakers), 1)
    pairs = np.sort(coding * width + speaker)  # each speaker once per coding, codings in order
    pairs = pairs[np.concatenate([[True], pairs[1:] != pairs[:-1]])] if len(pairs) else pairs
    coding, speaker = pairs // width, pairs % width
    if flt.roles or flt.participants:
        allowed = np.array([flt.speaker_matches([sp]) for sp in speakers] or [False], dtype=bool)
        keep = allowed[speaker]
        coding, speaker = coding[keep], speaker[keep]
    return which[coding], position[coding], start[coding], end[coding], speaker, speakers


def counts_as_person(speaker: Speaker, by: str, flt: QuoteFilter) -> bool:
    """Whether a speaker counts as a person when a matrix counts participants: not a heading said
    by no one (`Speaker.is_no_one`), and the interviewer (no participant) only in the role
    matrix, where they have a column of their own, or when `--role interviewer` asks for them;
    by wave or programme the interviewer is no participant, as in the report's counts."""
    if speaker.is_no_one:
        return False
    if speaker.is_interviewer and not speaker.participant:
        return by == "role" or INTERVIEWER in flt.roles
    return True


def said_by_someone(speakers: list[Speaker], speaker: IntArray, by: str, flt: QuoteFilter) -> IntArray:
    """Indices of the entries that count for a person (`counts_as_person`)."""
    import numpy as np

    someone = np.array([counts_as_person(sp, by, flt) for sp in speakers] or [True], dtype=bool)
    found: IntArray = np.flatnonzero(someone[speaker]) if len(speaker) else np.zeros(0, dtype=np.int64)
    return found


def person_ids(speakers: list[Speaker], speaker: IntArray, position: IntArray) -> IntArray:
    """An integer per entry for the person it counts for (see `person_key`): a speaker's
    participant (or the interviewers) as one number each, else one number per document and
    label (the document's own respondent: one per document)."""
    import numpy as np

    fixed: dict[str, int] = {}
    local: dict[str, int] = {}  # keys that count once per document ('#-1', '#-1:Mentor Kari')
    own = np.full(max(len(speakers), 1), -1, dtype=np.int64)
    within = np.zeros(max(len(speakers), 1), dtype=np.int64)
    for i, sp in enumerate(speakers):
        key = person_key(sp, -1)
        if key is None:  # no one: the caller leaves these entries out (`said_by_someone`)
            continue
        if key.startswith("#-1"):
            within[i] = local.setdefault(key, len(local))
        else:
            own[i] = fixed.setdefault(key, len(fixed))
    ids = own[speaker] if len(speaker) else np.zeros(0, dtype=np.int64)
    per_document = position * max(len(local), 1) + (within[speaker] if len(speaker) else 0)
    person: IntArray = np.where(ids >= 0, ids, len(fixed) + per_document)
    return person


def bases(project: AnalysisSource, docs: dict[int, dict[str, Any]], by: str, unit: str, flt: QuoteFilter) -> dict[str, int]:
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
        elif unit == "documents":
            counts.setdefault(column, set()).add(doc_id)
        elif counts_as_person(sp, by, flt) and (person := person_key(sp, doc_id)) is not None:
            counts.setdefault(column, set()).add(person)
    return {k: len(v) if isinstance(v, set) else v for k, v in counts.items()}
