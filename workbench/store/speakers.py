"""Speaker maps: which role and participant each speaker label of a document stands for.

Group interviews put several respondents in one transcript; the speaker map says who
each label (`AH`, `Mentor`, `Deltaker 2`) is, so quotes are cited in their speaker's
name. Rows with no document are the project's own label list. Every change is audited.
The rules that turn labels into speakers are in `workbench.core.speakers`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from workbench.core.errors import InputError, NotFound, WorkbenchError
from workbench.core.models import Participant
from workbench.core.speakers import (
    INTERVIEWER, SPEAKER_ROLES, Speaker, SpeakerEntry, SpeakerRuns, group_from_labels, label_key,
    mode_group, resolve_speakers, role_from_text,
)
from workbench.core.turns import uncounted_label
from workbench.store.base import ProjectBase

_CHUNK = 400


def _error(source: str | None, reason: str, line: int | None) -> WorkbenchError:
    """An error naming the file, line and field when the entry came from a file, else a plain one."""
    return InputError(source, reason, line, "speakers") if source else WorkbenchError(reason)


def _same_label(stored: str, given: str) -> bool:
    """A label as typed matches the stored one whatever its letter case and spaces (`p91`, `P 91`)."""
    return label_key(stored) == label_key(given)


def _chunks(values: Sequence[int]) -> Iterable[list[int]]:
    values = list(values)
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


class SpeakersMixin(ProjectBase):
    """Store methods for speaker maps; mixed into `Project`."""

    # -- reading ----------------------------------------------------------------

    def speaker_entries(self, document_id: int | None = None) -> dict[str, SpeakerEntry]:
        """The speaker map of one document (or, with None, the project's own labels), by label."""
        if document_id is None:
            rows = self.db.execute("SELECT label, role, participant FROM speaker_map WHERE document_id IS NULL "
                                   "ORDER BY label").fetchall()
        else:
            rows = self.db.execute("SELECT label, role, participant FROM speaker_map WHERE document_id = ? "
                                   "ORDER BY id", [document_id]).fetchall()
        return {r[0]: SpeakerEntry(r[0], r[1], r[2]) for r in rows}

    def speaker_labels(self, document_id: int) -> list[tuple[str | None, int]]:
        """The speaker labels of a document's turns, in order of first appearance, with their turn counts."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT speaker, count(DISTINCT turn), min(start) AS first FROM segments WHERE document_id = ? "
            "GROUP BY speaker ORDER BY first", [document_id])]

    def document_speakers(self, name_or_id: str | int) -> list[dict[str, Any]]:
        """Every label of a document with its resolved role, participant, rule (`source`) and turns."""
        doc_id = self.resolve_document(name_or_id)
        labels = self.speaker_labels(doc_id)
        resolved = self.resolved_speakers([doc_id])[doc_id]
        entries = self.speaker_entries(doc_id)
        out = []
        for label, turns in labels:
            if label is None:
                continue
            sp = resolved[label]
            out.append({**sp.as_dict(), "turns": turns, "mapped": label in entries})
        return out

    def document_interview(self, name_or_id: str | int) -> dict[str, Any]:
        """Whether a document reads as a group interview and why: `group`, `by` (`mode` when its
        mode says so, else `labels`), its `mode`, `participant` and `role`."""
        doc_id = self.resolve_document(name_or_id)
        participant, role, mode = self.db.execute(
            "SELECT d.participant, p.role, d.mode FROM documents d LEFT JOIN participants p ON p.id = d.participant "
            "WHERE d.id = ?", [doc_id]).fetchone()
        said = mode_group(mode)
        if said is None:
            project_roles = {e.label: e.role for e in self.speaker_entries(None).values() if e.role}
            participant_roles = dict(self.db.execute("SELECT id, role FROM participants").fetchall())
            said = group_from_labels([lb for lb, _n in self.speaker_labels(doc_id)], role,
                                     self.speaker_entries(doc_id), project_roles, participant_roles)
            by = "labels"
        else:
            by = "mode"
        return {"group": said, "by": by, "mode": mode, "participant": participant, "role": role}

    def resolved_speakers(self, document_ids: Iterable[int]) -> dict[int, dict[str | None, Speaker]]:
        """For each document id, every label of its turns (and None) resolved to a Speaker."""
        ids = sorted(set(document_ids))
        if not ids:
            return {}
        project_roles = {e.label: e.role for e in self.speaker_entries(None).values() if e.role}
        participant_roles = dict(self.db.execute("SELECT id, role FROM participants").fetchall())
        facts: dict[int, tuple[str | None, str | None]] = {}
        group: dict[int, bool | None] = {}
        labels: dict[int, list[str | None]] = {i: [None] for i in ids}
        entries: dict[int, dict[str, SpeakerEntry]] = {i: {} for i in ids}
        for chunk in _chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            for doc_id, participant, role, mode in self.db.execute(
                    f"SELECT d.id, d.participant, p.role, d.mode FROM documents d LEFT JOIN participants p "
                    f"ON p.id = d.participant WHERE d.id IN ({marks})", chunk):
                facts[doc_id] = (participant, role)
                group[doc_id] = mode_group(mode)
            for doc_id, label in self.db.execute(
                    f"SELECT document_id, speaker FROM segments WHERE document_id IN ({marks}) "
                    "GROUP BY document_id, speaker ORDER BY document_id, min(start)", chunk):
                if label is not None:
                    labels[doc_id].append(label)
            for doc_id, label, role, participant in self.db.execute(
                    f"SELECT document_id, label, role, participant FROM speaker_map WHERE document_id IN ({marks})",
                    chunk):
                entries[doc_id][label] = SpeakerEntry(label, role, participant)
        return {
            doc_id: resolve_speakers(labels[doc_id], *facts.get(doc_id, (None, None)), entries[doc_id],
                                     project_roles, participant_roles, group.get(doc_id))
            for doc_id in ids
        }

    def speaker_runs(self, document_ids: Iterable[int]) -> dict[int, SpeakerRuns]:
        """For each document id, its turns with their resolved speakers (see `SpeakerRuns`)."""
        ids = sorted(set(document_ids))
        resolved = self.resolved_speakers(ids)
        runs: dict[int, list[tuple[int, int, Speaker]]] = {i: [] for i in ids}
        for chunk in _chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            for doc_id, label, start, end in self.db.execute(
                    f'SELECT document_id, speaker, min(start), max("end") FROM segments '
                    f"WHERE document_id IN ({marks}) GROUP BY document_id, turn, speaker", chunk):
                runs[doc_id].append((start, end, resolved[doc_id][label]))
        return {i: SpeakerRuns(runs[i], resolved[i][None]) for i in ids}

    def participant_documents(self) -> dict[str, set[int]]:
        """For each participant, the documents they are in: as the document's participant or as a
        speaker mapped in its speaker map (a group interview)."""
        out: dict[str, set[int]] = {}
        for participant, doc_id in self.db.execute(
                "SELECT participant, id FROM documents WHERE participant IS NOT NULL UNION "
                "SELECT participant, document_id FROM speaker_map WHERE participant IS NOT NULL "
                "AND document_id IS NOT NULL"):
            out.setdefault(participant, set()).add(doc_id)
        return out

    def has_turns_of_other_people(self) -> bool:
        """Whether some respondent's turns count for someone other than their document's participant:
        a speaker map names a participant, a one-to-one interview has a speaker of another role
        (`Mentor:` in a mentee's interview), or a document with no participant code has several
        labelled speakers (each counts apart, as `analysis.speaker_counts.person_key` counts them).
        Matrices then count people by turn, whatever the columns."""
        if self.db.execute("SELECT 1 FROM speaker_map WHERE participant IS NOT NULL LIMIT 1").fetchone() is not None:
            return True
        owner = dict(self.db.execute("SELECT id, participant FROM documents").fetchall())
        for doc_id, speakers in self.resolved_speakers(owner).items():
            people = [sp for sp in speakers.values() if not sp.is_interviewer]
            if any(sp.participant != owner[doc_id] for sp in people):
                return True
            if len([sp for sp in people if sp.participant is None and sp.label is not None
                    and sp.source != "document"]) > 1:
                return True
        return False

    # -- writing ----------------------------------------------------------------

    def _check_speaker(self, doc_id: int | None, entry: SpeakerEntry, labels: list[str] | None,
                       source: str | None, line: int | None) -> SpeakerEntry:
        """Validate one entry (its label must occur in the document); return it with the label as stored."""
        label = " ".join(entry.label.split())
        if labels is not None:
            match = [lb for lb in labels if lb == label] or [lb for lb in labels if _same_label(lb, label)]
            if not match:
                doc = self.document_name(doc_id)
                shown = ", ".join(labels) or "none"
                raise _error(source, f"speaker label '{label}' does not occur in document '{doc}' "
                             f"(its labels: {shown}){self._why_not_a_label(doc_id, label)}", line)
            label = match[0]
        role = entry.role
        if role is not None and role not in SPEAKER_ROLES:
            role = role_from_text(role)
            if role is None:
                raise _error(source, f"speaker '{label}' in '{self.document_name(doc_id)}': unknown role "
                             f"'{entry.role}' (use {', '.join(SPEAKER_ROLES)})", line)
        participant = self._stored_participant((entry.participant or "").strip() or None)
        if role is None and participant is None:
            raise _error(source, f"speaker '{label}' in '{self.document_name(doc_id)}' needs a role or a "
                         "participant", line)
        return SpeakerEntry(label, role, participant)

    def _stored_participant(self, pid: str | None) -> str | None:
        """A participant id as stored when it is typed in another letter case or spacing (`g01`,
        `P 05`), so a map entry does not make a second participant; as given when no stored id,
        or more than one, matches it so."""
        if pid is None or self.db.execute("SELECT 1 FROM participants WHERE id = ?", [pid]).fetchone():
            return pid
        key = "".join(pid.split()).casefold()
        hits = [r[0] for r in self.db.execute("SELECT id FROM participants") if "".join(r[0].split()).casefold() == key]
        return hits[0] if len(hits) == 1 else pid

    def _why_not_a_label(self, doc_id: int | None, label: str) -> str:
        """Why a label seen in the text is not one: a name that starts a line only once is taken as text."""
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None or not uncounted_label(row[0], label):
            return ""
        return (f"; '{label}:' starts a line only once, so it is read as text, not as a speaker: "
                f"write it as [{label}]: in the transcript and import it again")

    def document_name(self, doc_id: int | None) -> str:
        """A document's name for messages; "(project)" for None (the project's own labels)."""
        if doc_id is None:
            return "(project)"
        row = self.db.execute("SELECT name FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            raise NotFound(f"no document numbered {doc_id}")
        return str(row[0])

    def set_speakers(self, document: str | int | None, entries: Sequence[SpeakerEntry], coder: str = "system",
                     source: str | None = None, line: int | None = None) -> list[SpeakerEntry]:
        """Set (add or replace) speaker map entries of one document, or with `document` None the
        project's own labels, as one audited transaction. Labels must occur in the document.
        """
        doc_id = None if document is None else self.resolve_document(document)
        labels = None if doc_id is None else [lb for lb, _n in self.speaker_labels(doc_id) if lb is not None]
        checked = [self._check_speaker(doc_id, e, labels, source, line) for e in entries]
        with self.transaction():
            before = self.speaker_entries(doc_id)
            for e in checked:
                role_change = None
                created = None
                if e.participant:
                    row = self.db.execute("SELECT role FROM participants WHERE id = ?", [e.participant]).fetchone()
                    if row is None:  # a new participant: undoing this entry takes them out again
                        created = {"role": e.role if e.role != INTERVIEWER else None}
                        self.upsert_participant(Participant(e.participant, created["role"]), coder)
                    elif self._takes_map_role(e, row[0]):
                        role_change = [row[0], e.role]
                        self.db.execute("UPDATE participants SET role = ? WHERE id = ?", [e.role, e.participant])
                self.db.execute("DELETE FROM speaker_map WHERE coalesce(document_id, 0) = ? AND label = ?",
                                [doc_id or 0, e.label])
                self.db.execute("INSERT INTO speaker_map(document_id, label, role, participant) VALUES (?, ?, ?, ?)",
                                [doc_id, e.label, e.role, e.participant])
                old = before.get(e.label)
                self._audit(coder, "speaker.set", "document" if doc_id else "project", doc_id,
                            None if old is None else {"label": old.label, "role": old.role,
                                                      "participant": old.participant},
                            {"label": e.label, "role": e.role, "participant": e.participant,
                             "document": self.document_name(doc_id),
                             **({"participant_role": role_change} if role_change else {}),
                             **({"participant_created": created} if created else {})})
        return checked

    def merge_speaker(self, document: str | int, entry: SpeakerEntry,
                      coder: str = "system") -> tuple[SpeakerEntry, SpeakerEntry | None]:
        """Set the fields `entry` gives (role, participant) of one label's map entry and keep the
        field it leaves out from the entry before, as one audited transaction. Returns the entry
        as it now is and the one before (None when the label was not in the map)."""
        doc_id = self.resolve_document(document)
        with self.transaction():
            old = next((e for lb, e in self.speaker_entries(doc_id).items() if _same_label(lb, entry.label)), None)
            if old is not None:
                entry = SpeakerEntry(entry.label, entry.role or old.role, entry.participant or old.participant)
            return self.set_speakers(doc_id, [entry], coder)[0], old

    def _takes_map_role(self, entry: SpeakerEntry, stored: str | None) -> bool:
        """Whether a map entry's role becomes its participant's role: a respondent role other than
        the stored one, for a participant with no interview of their own (one a speaker map made).
        A participant's own interviews say what their role is; a map never overrides that."""
        if not entry.role or entry.role == INTERVIEWER or entry.role == stored:
            return False
        return self.db.execute("SELECT 1 FROM documents WHERE participant = ? LIMIT 1",
                               [entry.participant]).fetchone() is None

    def participant_role_note(self, entry: SpeakerEntry) -> str | None:
        """Why a map entry's participant has another role than the entry (their own interviews
        give it), in one line; None when the two agree."""
        if not entry.participant or not entry.role or entry.role == INTERVIEWER:
            return None
        row = self.db.execute("SELECT role FROM participants WHERE id = ?", [entry.participant]).fetchone()
        if row is None or row[0] in (None, entry.role):
            return None
        own = [r[0] for r in self.db.execute("SELECT name FROM documents WHERE participant = ? ORDER BY name",
                                             [entry.participant])]
        return (f"participant {entry.participant} keeps role {row[0]}, the role of their own interview "
                f"({', '.join(own)}); this label is cited as {entry.role}")

    def clear_speaker(self, document: str | int | None, label: str, coder: str = "system") -> bool:
        """Remove one label from a document's (or the project's) speaker map; False if it was not there."""
        doc_id = None if document is None else self.resolve_document(document)
        with self.transaction():
            entries = self.speaker_entries(doc_id)
            hit = [lb for lb in entries if _same_label(lb, label)]
            if not hit:
                return False
            old = entries[hit[0]]
            self.db.execute("DELETE FROM speaker_map WHERE coalesce(document_id, 0) = ? AND label = ?",
                            [doc_id or 0, old.label])
            self._audit(coder, "speaker.clear", "document" if doc_id else "project", doc_id,
                        {"label": old.label, "role": old.role, "participant": old.participant},
                        {"document": self.document_name(doc_id)})
        return True

    def segment_counts_by_speaker(self, document_ids: Iterable[int]) -> list[tuple[int, str | None, int]]:
        """(document id, speaker label, number of segments) for the given documents."""
        out: list[tuple[int, str | None, int]] = []
        for chunk in _chunks(sorted(set(document_ids))):
            out += self.db.execute(
                f"SELECT document_id, speaker, count(*) FROM segments WHERE document_id IN "
                f"({', '.join('?' for _ in chunk)}) GROUP BY document_id, speaker", chunk).fetchall()
        return out

    def update_speakers(self, document: str | int, entries: Sequence[SpeakerEntry], coder: str = "system") -> None:
        """Apply edits to a document's map in one transaction: an entry with a role or a participant
        is set, one with neither is removed (what the workbench's speaker dialog returns)."""
        with self.transaction():
            keep = [e for e in entries if e.role or e.participant]
            if keep:
                self.set_speakers(document, keep, coder)
            for e in entries:
                if not (e.role or e.participant):
                    self.clear_speaker(document, e.label, coder)
