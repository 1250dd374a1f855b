"""Cached spaCy analyses of documents and the suggester's stored models (issue: suggestions).

Processing a transcript with spaCy is the slow part of suggesting codes, so each
document is analysed once per pipeline and the result is kept here, keyed by the hash of
the text it was computed from. The suggester's trained models are kept as versioned rows
(arrays only, never pickles, so opening someone else's project file runs no code), and
every accepted or rejected suggestion is recorded with the model version that made it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from workbench.core.errors import WorkbenchError
from workbench.store.base import ProjectBase
from workbench.store.clock import now

#: Audit actions whose entries mean "the training data of the suggester changed".
_TRAINING_ENTITIES = ("coding", "code")
_TRAINING_CHANGE = "entity IN (?, ?) OR action LIKE 'suggestion.%'"


class NlpCacheMixin(ProjectBase):
    """Store methods for this area; mixed into `Project`."""

    # -- analyses -------------------------------------------------------------------

    def nlp_analysis(self, document_id: int, pipeline: str) -> tuple[str, str] | None:
        """(text_sha, data) of the cached analysis of a document by a pipeline, or None."""
        row = self.db.execute(
            "SELECT text_sha, data FROM doc_analyses WHERE document_id = ? AND pipeline = ?",
            [document_id, pipeline],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def save_nlp_analysis(self, document_id: int, pipeline: str, text_sha: str, data: str) -> None:
        """Keep a document's analysis (derived data: replaced freely, not audited).

        A read-only project keeps nothing: the analysis is simply computed again next time.
        """
        if self.read_only:
            return
        with self.transaction():
            self.db.execute(
                "INSERT INTO doc_analyses(document_id, pipeline, text_sha, created, data) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(document_id, pipeline) DO UPDATE SET text_sha = excluded.text_sha, "
                "created = excluded.created, data = excluded.data",
                [document_id, pipeline, text_sha, now(), data],
            )

    def document_sha(self, document_id: int) -> str | None:
        """The hash of a document's text (what cached analyses are keyed by)."""
        row = self.db.execute("SELECT sha256 FROM documents WHERE id = ?", [document_id]).fetchone()
        return row[0] if row else None

    def save_derived_analysis(self, document_id: int, family: str, key: str, text_sha: str, data: str) -> None:
        """Keep derived per-document data under `key`, dropping the document's other keys of
        the same `family` (rule evidence for an older codebook, say) in the same transaction.
        A read-only project keeps nothing (derived data is computed again)."""
        if self.read_only:
            return
        with self.transaction():
            self.db.execute("DELETE FROM doc_analyses WHERE document_id = ? AND pipeline LIKE ? AND pipeline != ?",
                            [document_id, family.replace("%", "") + "%", key])
            self.db.execute(
                "INSERT INTO doc_analyses(document_id, pipeline, text_sha, created, data) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(document_id, pipeline) DO UPDATE SET text_sha = excluded.text_sha, "
                "created = excluded.created, data = excluded.data",
                [document_id, key, text_sha, now(), data],
            )

    def analysed_documents(self, pipeline: str) -> set[int]:
        """Ids of documents with an up-to-date analysis by `pipeline`."""
        return {
            r[0]
            for r in self.db.execute(
                "SELECT a.document_id FROM doc_analyses a JOIN documents d ON d.id = a.document_id "
                "WHERE a.pipeline = ? AND a.text_sha = d.sha256",
                [pipeline],
            )
        }

    def document_ids(self) -> list[int]:
        """All document ids in import order."""
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]

    def document_text_and_sha(self, document_id: int) -> tuple[str, str]:
        row = self.db.execute("SELECT text, sha256 FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise WorkbenchError(f"no document with id {document_id}")
        return row[0], row[1]

    # -- training data --------------------------------------------------------------

    def suggester_training_rows(self, grouped: bool = False) -> dict[str, Any]:
        """What the learned suggester trains on, for documents someone has coded.

        `segments`: document_id, document, start, end, speaker; `codings`: document_id,
        start, end, code (path), coder; `decisions`: document_id, start, end, code,
        decision ('accepted' or 'rejected'), coder. Retired codes are left out.
        `grouped`: instead of `segments`, `spans`: {document_id: (name, [(start, end), ...])}
        in segment order, read as one row per document (a dict per segment costs about
        60 MB at a million words), and codings and decisions as tuples in the order above.
        """
        coded = "SELECT DISTINCT document_id FROM codings UNION SELECT DISTINCT document_id FROM suggestion_decisions"
        out: dict[str, Any] = {}
        if grouped:
            rows = self.db.execute(
                'SELECT d.id, d.name, (SELECT group_concat(s.start || \',\' || s."end", \' \') FROM '
                "(SELECT start, \"end\" FROM segments WHERE document_id = d.id ORDER BY idx) s) "
                f"FROM documents d WHERE d.id IN ({coded}) ORDER BY d.id"
            ).fetchall()
            out["spans"] = {
                doc_id: (name, sorted((int(a), int(b)) for a, b in (pair.split(",") for pair in spans.split())))
                for doc_id, name, spans in rows if spans
            }
        else:
            out["segments"] = self.query(
                f'SELECT s.document_id, d.name AS document, s.start, s."end", s.speaker FROM segments s '
                f"JOIN documents d ON d.id = s.document_id WHERE s.document_id IN ({coded}) "
                "ORDER BY s.document_id, s.idx"
            )
        if grouped:  # tuples sharing one string per code and coder (200,000 dicts are about 80 MB)
            paths = {i: p for i, p in self.db.execute("SELECT id, path FROM codes WHERE retired = 0")}
            names = {i: n for i, n in self.db.execute("SELECT id, name FROM coders")}
            out["codings"] = [
                (doc_id, start, end, paths[code], names.get(coder))
                for doc_id, start, end, code, coder in self.db.execute(
                    'SELECT document_id, start, "end", code_id, coder_id FROM codings ORDER BY document_id, start')
                if code in paths
            ]
            out["decisions"] = [
                (doc_id, start, end, paths[code], decision, names.get(coder))
                for doc_id, start, end, code, decision, coder in self.db.execute(
                    'SELECT document_id, start, "end", code_id, decision, coder_id FROM suggestion_decisions '
                    "ORDER BY id")
                if code in paths
            ]
            return out
        codings = self.query(
            'SELECT c.document_id, c.start, c."end", x.path AS code, k.name AS coder FROM codings c '
            "JOIN codes x ON x.id = c.code_id JOIN coders k ON k.id = c.coder_id WHERE x.retired = 0 "
            "ORDER BY c.document_id, c.start"
        )
        decisions = self.query(
            'SELECT s.document_id, s.start, s."end", x.path AS code, s.decision, k.name AS coder '
            "FROM suggestion_decisions s JOIN codes x ON x.id = s.code_id JOIN coders k ON k.id = s.coder_id "
            "WHERE x.retired = 0 ORDER BY s.id"
        )
        return {**out, "codings": codings, "decisions": decisions}

    @contextmanager
    def small_page_cache(self, kib: int = 4096) -> Iterator[None]:
        """Read a lot once (training reads every coded document's evidence) through a small
        page cache, so the pages do not stay in memory; the usual size is back afterwards."""
        before = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self.db.execute(f"PRAGMA cache_size = -{int(kib)}")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(before)}")

    def suggester_data_stamp(self) -> int:
        """The id of the latest audit entry that changed the suggester's training data."""
        row = self.db.execute(
            f"SELECT max(id) FROM audit WHERE {_TRAINING_CHANGE}", list(_TRAINING_ENTITIES)
        ).fetchone()
        return row[0] or 0

    def suggester_data_changes(self, since: int) -> int:
        """How many codings, code edits and suggestion decisions were logged after audit id `since`."""
        row = self.db.execute(
            f"SELECT count(*) FROM audit WHERE id > ? AND ({_TRAINING_CHANGE})", [since, *_TRAINING_ENTITIES]
        ).fetchone()
        return int(row[0])

    def training_marks(self) -> int:
        """How many codings and suggestion decisions the project holds (what training reads)."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM codings) + (SELECT count(*) FROM suggestion_decisions)"
        ).fetchone()
        return int(row[0])

    def has_training_data(self) -> bool:
        """True when any coding or suggestion decision exists (something a model could learn from)."""
        row = self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM codings) OR EXISTS (SELECT 1 FROM suggestion_decisions)"
        ).fetchone()
        return bool(row[0])

    # -- models ---------------------------------------------------------------------

    def save_suggester_model(
        self, version: str, pipeline: str, meta: dict[str, Any], blob: bytes | None, coder: str = "system"
    ) -> str:
        """Store a trained model (one transaction, audited); returns the version it is stored under.

        The same model trained again on the same data is the newest version already: it
        is not stored twice. If that version is older than the newest, a suffix keeps the
        new row distinct so "newest" stays right. A read-only project stores nothing: the
        model lives in the process that trained it.
        """
        if self.read_only:
            return version
        with self.transaction():
            latest = self.db.execute(
                "SELECT version, blob IS NULL FROM suggester_models WHERE pipeline = ? ORDER BY id DESC LIMIT 1",
                [pipeline],
            ).fetchone()
            if latest is not None and latest[0] == version:
                if latest[1] and blob is not None:
                    self.db.execute("UPDATE suggester_models SET blob = ? WHERE version = ?", [blob, version])
                return version
            base, n = version, 1
            while self.db.execute("SELECT 1 FROM suggester_models WHERE version = ?", [version]).fetchone():
                n += 1
                version = f"{base}.{n}"
            model_id = self._insert(
                "INSERT INTO suggester_models(version, created, pipeline, meta, blob) VALUES (?, ?, ?, ?, ?)",
                [version, now(), pipeline, json.dumps(meta, ensure_ascii=False), blob],
            )
            self._audit(coder, "suggester.train", "suggester_model", model_id, None,
                        {"version": version, "pipeline": pipeline,
                         **{k: meta[k] for k in ("segments", "codes", "stamp") if k in meta}})
            return version

    def latest_suggester_model(self, pipeline: str | None = None) -> dict[str, Any] | None:
        """The newest stored model (optionally for one pipeline): version, created, pipeline, meta, blob."""
        sql = "SELECT version, created, pipeline, meta, blob FROM suggester_models"
        params: list[Any] = []
        if pipeline is not None:
            sql += " WHERE pipeline = ?"
            params.append(pipeline)
        row = self.db.execute(sql + " ORDER BY id DESC LIMIT 1", params).fetchone()
        if row is None:
            return None
        return {"version": row[0], "created": row[1], "pipeline": row[2], "meta": json.loads(row[3]), "blob": row[4]}

    def prune_suggester_models(self, keep: int = 3) -> int:
        """Drop the blobs (not the rows) of all but the newest `keep` models; returns how many."""
        if self.read_only:
            return 0
        with self.transaction():
            cur = self.db.execute(
                "UPDATE suggester_models SET blob = NULL WHERE blob IS NOT NULL AND id NOT IN "
                "(SELECT id FROM suggester_models ORDER BY id DESC LIMIT ?)",
                [keep],
            )
            return cur.rowcount

    # -- decisions ------------------------------------------------------------------

    def record_suggestion_decision(
        self,
        document_id: int,
        start: int,
        end: int,
        code: str,
        coder: str,
        accepted: bool,
        score: float | None = None,
        model_version: str | None = None,
    ) -> int:
        """Record that `coder` accepted or rejected a suggested code (one audited transaction)."""
        with self.transaction():
            self._check_span(document_id, start, end)
            decision = "accepted" if accepted else "rejected"
            row: dict[str, Any] = {
                "document_id": document_id, "start": start, "end": end, "code_id": self.code_id(code),
                "coder_id": self.coder_id(coder), "score": score, "model_version": model_version,
                "decision": decision, "at": now(),
            }
            decision_id = self._insert(
                'INSERT INTO suggestion_decisions(document_id, start, "end", code_id, coder_id, score, '
                "model_version, decision, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                list(row.values()),
            )
            self._audit(coder, f"suggestion.{decision[:-2]}", "suggestion_decision", decision_id,
                        None, {**row, "code": code})
            return decision_id

    def suggestion_decisions(self, document_id: int | None = None) -> list[dict[str, Any]]:
        """Recorded decisions: id, document_id, start, end, code, coder, score, model_version, decision, at."""
        sql = (
            'SELECT s.id, s.document_id, s.start, s."end", x.path AS code, k.name AS coder, s.score, '
            "s.model_version, s.decision, s.at FROM suggestion_decisions s "
            "JOIN codes x ON x.id = s.code_id JOIN coders k ON k.id = s.coder_id"
        )
        params: list[Any] = []
        if document_id is not None:
            sql += " WHERE s.document_id = ?"
            params.append(document_id)
        return self.query(sql + " ORDER BY s.id", params)
