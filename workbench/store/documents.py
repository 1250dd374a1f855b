"""Documents, their segments and the participants they belong to."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from workbench.core.errors import InputError, NotFound
from workbench.core.models import Document, Participant, Segment
from workbench.store.base import ProjectBase
from workbench.store.clock import now


@dataclass
class AddedDocument:
    """What `add_document` did: the id, and whether it was new or already stored."""

    id: int
    name: str
    created: bool


class DocumentsMixin(ProjectBase):
    """Store methods for participants, documents and segments."""

    def upsert_participant(self, participant: Participant, coder: str = "system") -> None:
        """Create a participant or fill in/update the fields given (None keeps what is stored)."""
        with self.transaction():
            row = self.db.execute(
                "SELECT role, program, attributes FROM participants WHERE id = ?", [participant.id]
            ).fetchone()
            if row is None:
                after = {
                    "id": participant.id,
                    "role": participant.role,
                    "program": participant.program,
                    "attributes": participant.attributes,
                }
                self.db.execute(
                    "INSERT INTO participants(id, role, program, attributes) VALUES (?, ?, ?, ?)",
                    [participant.id, participant.role, participant.program, json.dumps(participant.attributes, ensure_ascii=False)],
                )
                self._audit(coder, "participant.add", "participant", None, None, after)
                return
            role, program, attrs = row[0], row[1], json.loads(row[2] or "{}")
            new_attrs = {**attrs, **participant.attributes}
            new = (participant.role or role, participant.program or program, new_attrs)
            if new != (role, program, attrs):
                self.db.execute(
                    "UPDATE participants SET role = ?, program = ?, attributes = ? WHERE id = ?",
                    [new[0], new[1], json.dumps(new[2], ensure_ascii=False), participant.id],
                )
                self._audit(
                    coder, "participant.update", "participant", None,
                    {"id": participant.id, "role": role, "program": program, "attributes": attrs},
                    {"id": participant.id, "role": new[0], "program": new[1], "attributes": new[2]},
                )

    def participants(self) -> list[Participant]:
        return [
            Participant(r["id"], r["role"], r["program"], json.loads(r["attributes"] or "{}"))
            for r in self.query("SELECT * FROM participants ORDER BY id")
        ]

    def add_document(
        self, doc: Document, participant: Participant | None = None, coder: str = "system"
    ) -> AddedDocument:
        """Store a document with its segments in one transaction.

        An identical normalised text already in the project is not stored twice: the
        existing document is returned with `created=False`.
        """
        with self.transaction():
            row = self.db.execute("SELECT id, name FROM documents WHERE sha256 = ?", [doc.sha256]).fetchone()
            if row is not None:
                return AddedDocument(row[0], row[1], False)
            clash = self.db.execute("SELECT id FROM documents WHERE name = ?", [doc.name]).fetchone()
            if clash is not None:
                raise InputError(
                    doc.source or doc.name,
                    f"a different document named '{doc.name}' is already in the project "
                    "(give this one another name in the manifest)",
                )
            if participant is not None:
                self.upsert_participant(participant, coder)
                doc.participant = participant.id
            elif doc.participant:
                self.upsert_participant(Participant(doc.participant), coder)
            words = len(doc.text.split())
            doc_id = self._insert(
                "INSERT INTO documents(name, text, sha256, participant, wave, mode, date, source, encoding, words, "
                "imported, guid, tail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [doc.name, doc.text, doc.sha256, doc.participant, doc.wave, doc.mode, doc.date,
                 doc.source, doc.encoding, words, now(), doc.guid, doc.tail or ""],
            )
            self._insert_segments(doc_id, doc.text, doc.segments)
            self._audit(
                coder, "document.import", "document", doc_id, None,
                {"name": doc.name, "sha256": doc.sha256, "source": doc.source, "participant": doc.participant,
                 "wave": doc.wave, "segments": len(doc.segments)},
            )
            doc.id = doc_id
            return AddedDocument(doc_id, doc.name, True)

    def _insert_segments(self, doc_id: int, text: str, segments: list[Segment]) -> None:
        self.db.conn.executemany(
            'INSERT INTO segments(document_id, idx, start, "end", speaker, turn, meta) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [
                (doc_id, i, s.start, s.end, s.speaker, s.turn, json.dumps(s.meta, ensure_ascii=False))
                for i, s in enumerate(segments)
            ],
        )
        ids = [r[0] for r in self.db.execute("SELECT id FROM segments WHERE document_id = ? ORDER BY idx", [doc_id])]
        self.db.conn.executemany(
            "INSERT INTO segment_fts(text, document_id, segment_id) VALUES (?, ?, ?)",
            [(text[s.start:s.end], doc_id, sid) for s, sid in zip(segments, ids, strict=True)],
        )

    def resolve_document(self, name_or_id: str | int) -> int:
        """A document's id from its name or id (names win when a name looks like a number)."""
        key = str(name_or_id).strip()
        row = self.db.execute("SELECT id FROM documents WHERE name = ?", [key]).fetchone()
        if row is None and key.isdigit():
            row = self.db.execute("SELECT id FROM documents WHERE id = ?", [int(key)]).fetchone()
        if row is None:
            raise NotFound(f"no document named or numbered '{key}' (see `workbench documents`)")
        return int(row[0])

    def document(self, name_or_id: str | int, with_segments: bool = True) -> Document:
        """Load one document (with its segments unless asked not to)."""
        doc_id = self.resolve_document(name_or_id)
        r = self.query("SELECT * FROM documents WHERE id = ?", [doc_id])[0]
        doc = Document(
            id=r["id"], name=r["name"], text=r["text"], sha256=r["sha256"], participant=r["participant"],
            wave=r["wave"], mode=r["mode"], date=r["date"], source=r["source"], encoding=r["encoding"],
        )
        if with_segments:
            doc.segments = self.segments(doc_id)
        return doc

    def segments(self, document_id: int) -> list[Segment]:
        return [
            Segment(r[0], r[1], r[2], r[3], json.loads(r[4] or "{}"))
            for r in self.db.execute(
                'SELECT start, "end", speaker, turn, meta FROM segments WHERE document_id = ? ORDER BY idx',
                [document_id],
            )
        ]

    def documents(self) -> list[dict[str, Any]]:
        """One summary row per document: id, name, participant, role, program, wave, words, codings."""
        return self.query(
            """
            SELECT d.id, d.name, d.participant, p.role, p.program, d.wave, d.mode, d.date, d.words,
                   (SELECT count(*) FROM codings c WHERE c.document_id = d.id) AS codings
            FROM documents d LEFT JOIN participants p ON p.id = d.participant
            ORDER BY d.participant, d.wave, d.name
            """
        )

    def coding_counts_by_coder(self) -> dict[int, dict[str, int]]:
        """For each document id, how many codings each coder has made in it."""
        counts: dict[int, dict[str, int]] = {}
        for doc_id, coder, n in self.db.execute(
            "SELECT c.document_id, k.name, count(*) FROM codings c JOIN coders k ON k.id = c.coder_id "
            "GROUP BY c.document_id, k.name"
        ):
            counts.setdefault(doc_id, {})[coder] = n
        return counts
