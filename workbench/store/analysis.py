"""Queries for retrieval and analysis: quotes with filters, matrices, wave comparison.

Reports and tables only ever read codings together with their document's metadata
(participant, role, programme, wave), so the joins and the filter clauses live here once.
User strings reach SQLite only as bound parameters. The project's own list of terms to
pseudonymise is kept here too, as a project setting.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable, Sequence

from workbench.core.errors import WorkbenchError

_QUOTE_SQL = """
    SELECT c.id, c.document_id, d.name AS document, d.participant, p.role, p.program,
           d.wave, d.mode, d.date, k.name AS coder, x.path AS code, x.label AS code_label,
           c.start, c."end", c.memo, c.origin,
           substr(d.text, c.start + 1, c."end" - c.start) AS text
    FROM codings c
    JOIN documents d ON d.id = c.document_id
    JOIN coders k ON k.id = c.coder_id
    JOIN codes x ON x.id = c.code_id
    LEFT JOIN participants p ON p.id = d.participant
"""

_FROM_CODINGS = """
    FROM codings c
    JOIN documents d ON d.id = c.document_id
    JOIN coders k ON k.id = c.coder_id
    JOIN codes x ON x.id = c.code_id
    LEFT JOIN participants p ON p.id = d.participant
"""

PSEUDONYM_SETTING = "pseudonyms"


def _like_prefix(path: str) -> str:
    return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%"


class AnalysisMixin:
    """Store methods for this area; mixed into `Project`."""

    # -- filters ----------------------------------------------------------------

    def _analysis_where(
        self,
        codes: Sequence[str] = (),
        waves: Sequence[str] = (),
        roles: Sequence[str] = (),
        programs: Sequence[str] = (),
        participants: Sequence[str] = (),
        coders: Sequence[str] = (),
        documents: Sequence[str | int] = (),
    ) -> tuple[str, list[Any]]:
        """WHERE clause (with leading ' WHERE ', or '') and parameters for the filters given."""
        clauses: list[str] = []
        params: list[Any] = []

        def one_of(column: str, values: Iterable[Any]) -> None:
            values = list(values)
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)

        if codes:
            parts = []
            for code in codes:
                path = self.code_path(self.code_id(code, include_retired=True))
                parts.append("(x.path = ? OR x.path LIKE ? ESCAPE '\\')")
                params.extend([path, _like_prefix(path)])
            clauses.append("(" + " OR ".join(parts) + ")")
        one_of("d.wave", waves)
        one_of("p.role", roles)
        one_of("p.program", programs)
        one_of("d.participant", participants)
        one_of("k.name", coders)
        one_of("d.id", [self.resolve_document(doc) for doc in documents])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    # -- quotes -----------------------------------------------------------------

    def quote_rows(self, **filters: Any) -> list[dict[str, Any]]:
        """Codings with their text and document metadata, filtered (see `_analysis_where`).

        Codes filter by subtree: `competence` also brings `competence/formal`.
        """
        where, params = self._analysis_where(**filters)
        return self.query(
            _QUOTE_SQL + where + ' ORDER BY d.participant, d.wave, d.name, c.start, c."end", x.path, c.id', params
        )

    def match_texts(self, texts: Sequence[tuple[int, str]], query: str) -> set[int]:
        """The ids of `(id, text)` pairs whose text matches an FTS5 query (same syntax as search).

        Uses a temporary full-text table on this connection; nothing is written to the project.
        """
        if not query.strip():
            return {i for i, _ in texts}
        conn = self.db.conn
        conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.quote_fts USING fts5("
            "text, item UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')"
        )
        try:
            conn.execute("DELETE FROM temp.quote_fts")
            conn.executemany("INSERT INTO temp.quote_fts(text, item) VALUES (?, ?)", [(t, i) for i, t in texts])
            rows = conn.execute("SELECT item FROM temp.quote_fts WHERE quote_fts MATCH ?", [query]).fetchall()
        except sqlite3.OperationalError as exc:
            raise WorkbenchError(
                f"cannot search for {query!r}: {exc}. Put words in double quotes to search for them literally"
            ) from None
        finally:
            conn.execute("DELETE FROM temp.quote_fts")
        return {int(r[0]) for r in rows}

    # -- facts for matrices and co-occurrence -------------------------------------
    #
    # Counting is done in workbench.analysis over these two small results. Joining each
    # coding to its document row in SQL would read the document's whole text every time
    # (the metadata columns sit after it), which is what makes a 100,000-coding matrix slow.

    def document_facts(self, **filters: Any) -> list[dict[str, Any]]:
        """Per document: id, participant, role, program, wave and number of segments.

        Takes the document filters of `_analysis_where` (waves, roles, programs, participants,
        documents); codes and coders do not apply to documents and are ignored.
        """
        allowed = {k: v for k, v in filters.items() if k in ("waves", "roles", "programs", "participants", "documents")}
        where, params = self._analysis_where(**allowed)
        return self.query(
            "SELECT d.id, d.participant, p.role, p.program, d.wave, "
            "(SELECT count(*) FROM segments s WHERE s.document_id = d.id) AS segments "
            f"FROM documents d LEFT JOIN participants p ON p.id = d.participant{where} ORDER BY d.id",
            params,
        )

    def coding_facts(self, codes: Sequence[str] = (), coders: Sequence[str] = ()) -> list[tuple[int, int, int, int]]:
        """(document_id, start, end, code id) of every coding, optionally by code subtree and coder.

        Reads the codings table alone (paths come from `code_paths`), the fastest scan there is.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if codes:
            where, code_params = self._analysis_where(codes=codes)
            clauses.append(f"c.code_id IN (SELECT x.id FROM codes x{where})")
            params += code_params
        if coders:
            clauses.append(f"c.coder_id IN (SELECT id FROM coders WHERE name IN ({', '.join('?' for _ in coders)}))")
            params += list(coders)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return self.db.execute('SELECT c.document_id, c.start, c."end", c.code_id FROM codings c' + where,
                               params).fetchall()

    def code_paths(self) -> dict[int, str]:
        """Every code's id and path, retired codes included."""
        return dict(self.db.execute("SELECT id, path FROM codes").fetchall())

    def segment_bounds(self, document_ids: Iterable[int]) -> dict[int, list[tuple[int, int, int]]]:
        """For each document id, its segments as (segment id, start, end) in text order."""
        out: dict[int, list[tuple[int, int, int]]] = {}
        ids = sorted(set(document_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for seg_id, doc_id, start, end in self.db.execute(
                f'SELECT id, document_id, start, "end" FROM segments WHERE document_id IN ({", ".join("?" for _ in chunk)}) '
                "ORDER BY document_id, start",
                chunk,
            ):
                out.setdefault(doc_id, []).append((seg_id, start, end))
        return out

    # -- waves ------------------------------------------------------------------

    def participants_with_both_waves(self, **filters: Any) -> list[str]:
        """Participants who have at least one baseline and one end-point document."""
        allowed = {k: v for k, v in filters.items() if k in ("roles", "programs", "participants")}
        where, params = self._analysis_where(**allowed)
        where = (where + " AND " if where else " WHERE ") + "d.participant IS NOT NULL AND d.wave IN ('baseline', 'endpoint')"
        return [
            r[0]
            for r in self.db.execute(
                f"SELECT d.participant FROM documents d LEFT JOIN participants p ON p.id = d.participant{where} "
                "GROUP BY d.participant HAVING count(DISTINCT d.wave) = 2 ORDER BY d.participant",
                params,
            )
        ]

    # -- export of codings --------------------------------------------------------

    def coding_export_rows(self, **filters: Any) -> list[dict[str, Any]]:
        """One row per coding with document metadata, code label and participant attributes."""
        where, params = self._analysis_where(**filters)
        rows = self.query(
            """
            SELECT c.id AS coding_id, d.name AS document, d.participant, p.role, p.program, d.wave,
                   d.mode, d.date, k.name AS coder, x.path AS code, x.label AS code_label,
                   c.start, c."end", c."end" - c.start AS length, c.origin, c.memo, c.created,
                   substr(d.text, c.start + 1, c."end" - c.start) AS text, p.attributes
            """
            + _FROM_CODINGS + where + ' ORDER BY d.participant, d.wave, d.name, c.start, c.id',
            params,
        )
        for r in rows:
            r["attributes"] = json.loads(r["attributes"] or "{}")
        return rows

    # -- the project's list of terms to pseudonymise --------------------------------

    def pseudonym_terms(self) -> list[tuple[str, str]]:
        """The project's own (term, replacement) list, in the order it was given."""
        raw = self.setting(PSEUDONYM_SETTING)
        return [(t, r) for t, r in json.loads(raw)] if raw else []

    def save_pseudonym_terms(
        self, terms: Sequence[tuple[str, str]], coder: str, replace: bool = False
    ) -> dict[str, int]:
        """Add or update terms (or replace the whole list) as one audited action."""
        with self.transaction():
            before = self.pseudonym_terms()
            current = {} if replace else {t.casefold(): (t, r) for t, r in before}
            added = updated = 0
            for term, replacement in terms:
                key = term.casefold()
                if key not in current:
                    added += 1
                elif current[key] != (term, replacement):
                    updated += 1
                current[key] = (term, replacement)
            after = list(current.values())
            self._write_pseudonyms(after)
            self._audit(coder, "pseudonyms.import", "project", None,
                        {"terms": len(before)}, {"terms": len(after), "added": added, "updated": updated,
                                                 "replaced": replace})
        return {"added": added, "updated": updated, "total": len(after)}

    def remove_pseudonym_term(self, term: str, coder: str) -> bool:
        """Drop one term from the list (case-insensitive); False if it was not there."""
        with self.transaction():
            before = self.pseudonym_terms()
            after = [(t, r) for t, r in before if t.casefold() != term.strip().casefold()]
            if len(after) == len(before):
                return False
            self._write_pseudonyms(after)
            self._audit(coder, "pseudonyms.remove", "project", None, {"term": term}, {"terms": len(after)})
        return True

    def _write_pseudonyms(self, terms: list[tuple[str, str]]) -> None:
        self.db.execute(
            "INSERT INTO project(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [PSEUDONYM_SETTING, json.dumps([list(t) for t in terms], ensure_ascii=False)],
        )
