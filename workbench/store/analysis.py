"""Queries for retrieval and analysis: quotes with filters, matrices, wave comparison.

Reports and tables only ever read codings together with their document's metadata
(participant, role, programme, wave), so the joins and the filter clauses live here once.
User strings reach SQLite only as bound parameters. The project's own list of terms to
pseudonymise is kept here too, as a project setting.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.core.errors import WorkbenchError
from workbench.store.base import ProjectBase
from workbench.store.search import fts_query

# Every column analysis reads about a document, except its text. Index `documents_facts`
# (migration 5) holds them all, so this reads the index alone: the metadata columns sit
# after the long `text` column, and reading them from the table would walk each text's
# overflow pages.
_DOCUMENT_FACTS = (
    "SELECT d.id, d.name, d.participant, p.role, p.program, d.wave, d.mode, d.date{extra} "
    "FROM documents d LEFT JOIN participants p ON p.id = d.participant"
)
_DOCUMENT_FILTERS = ("waves", "roles", "programs", "participants", "documents")
_CHUNK = 400  # ids bound per IN (...) list: two lists stay below SQLite's oldest limit of 999


def _chunks(values: Sequence[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _null_first(value: Any) -> tuple[bool, Any]:
    """Sort key placing None first, as SQLite's ORDER BY does."""
    return (value is not None, "" if value is None else value)


PSEUDONYM_SETTING = "pseudonyms"
MARKER_SETTING = "pseudonym_markers"
KEPT_ATTRIBUTES_SETTING = "pseudonym_kept_attributes"


def _like_prefix(path: str) -> str:
    return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%"


class AnalysisMixin(ProjectBase):
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
        participants = list(participants)
        if participants:  # the document's participant, or a speaker mapped to them (group interviews)
            marks = ", ".join("?" for _ in participants)
            clauses.append(f"(d.participant IN ({marks}) OR d.id IN "
                           f"(SELECT document_id FROM speaker_map WHERE participant IN ({marks})))")
            params.extend(participants + participants)
        one_of("k.name", coders)
        one_of("d.id", [self.resolve_document(doc) for doc in documents])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    # -- quotes -----------------------------------------------------------------

    def quote_rows(self, **filters: Any) -> list[dict[str, Any]]:
        """Codings with their text and document metadata, filtered (see `_analysis_where`).

        Codes filter by subtree: `competence` also brings `competence/formal`. In order of
        participant, wave, document name, start, end, code path and id.
        """
        docs, codings = self._filtered_codings(filters, 'c.id, c.document_id, c.coder_id, c.code_id, c.start, '
                                                        'c."end", c.memo, c.origin')
        coders = self._names("coders")
        codes = {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT id, path, label FROM codes")}
        rows = []
        for cid, doc_id, coder_id, code_id, start, end, memo, origin in codings:
            d = docs[doc_id]
            path, label = codes[code_id]
            rows.append({
                "id": cid, "document_id": doc_id, "document": d["name"], "participant": d["participant"],
                "role": d["role"], "program": d["program"], "wave": d["wave"], "mode": d["mode"], "date": d["date"],
                "coder": coders[coder_id], "code": path, "code_label": label, "start": start, "end": end,
                "memo": memo, "origin": origin, "text": None,
            })
        rows.sort(key=lambda r: (_null_first(r["participant"]), _null_first(r["wave"]), r["document"],
                                 r["start"], r["end"], r["code"], r["id"]))
        self._cut_texts(rows)
        return rows

    # -- filtered codings, read the way the indexes allow ---------------------------

    def _code_subtree_ids(self, codes: Sequence[str]) -> list[int]:
        """Ids of the named codes (key or path) and all their sub-codes, retired ones included."""
        ids: set[int] = set()
        for code in codes:
            path = self.code_path(self.code_id(code, include_retired=True))
            ids.update(r[0] for r in self.db.execute(
                "SELECT id FROM codes WHERE path = ? OR path LIKE ? ESCAPE '\\'", [path, _like_prefix(path)]))
        return sorted(ids)

    def _document_rows(self, extra: str = "", **filters: Any) -> dict[int, dict[str, Any]]:
        """Document metadata (not the text) by id, for the documents the filters let through."""
        where, params = self._analysis_where(**{k: v for k, v in filters.items() if k in _DOCUMENT_FILTERS})
        return {r["id"]: r for r in self.query(_DOCUMENT_FACTS.format(extra=extra) + where, params)}

    def _names(self, table: str) -> dict[int, str]:
        return dict(self.db.execute(f"SELECT id, name FROM {table}").fetchall())

    def _filtered_codings(self, filters: dict[str, Any], columns: str,
                          extra: str = "") -> tuple[dict[int, dict[str, Any]], list[tuple[Any, ...]]]:
        """The facts of the documents the filters let through, and the matching codings' `columns`
        (whose second column must be the document id).

        Codings are found through the indexes: by the code subtree's ids (not by a path
        pattern, which no index serves) and the documents' ids, both in `codings_code_span`.
        """
        docs = self._document_rows(extra, **filters)
        doc_filtered = any(filters.get(k) for k in _DOCUMENT_FILTERS)
        clauses, params = [], []
        coders = list(filters.get("coders") or ())
        if coders:
            self.check_coders(coders)  # a typo'd --coder is an error, not an empty table
            clauses.append(f"c.coder_id IN (SELECT id FROM coders WHERE name IN ({', '.join('?' for _ in coders)}))")
            params += coders
        select = f"SELECT {columns} FROM codings c"
        code_chunks = list(_chunks(self._code_subtree_ids(filters["codes"]))) if filters.get("codes") else [None]
        doc_chunks = list(_chunks(sorted(docs))) if doc_filtered else [None]
        rows: list[tuple[Any, ...]] = []
        for codes in code_chunks:
            for chunk in doc_chunks:
                where, args = list(clauses), list(params)
                if codes is not None:
                    where.append(f"c.code_id IN ({', '.join('?' for _ in codes)})")
                    args += codes
                if chunk is not None:
                    where.append(f"c.document_id IN ({', '.join('?' for _ in chunk)})")
                    args += chunk
                rows += self.db.execute(select + (" WHERE " + " AND ".join(where) if where else ""), args).fetchall()
        return docs, rows

    def _cut_texts(self, rows: list[dict[str, Any]]) -> None:
        """Fill each row's `text` with its span of the document.

        One read per document, and only of the stretch from its first quote's start to
        its last quote's end: decoding whole 30 kB texts is what a quote query spends
        most on otherwise.
        """
        by_doc: dict[int, list[dict[str, Any]]] = {}
        for r in rows:
            by_doc.setdefault(r["document_id"], []).append(r)
        windows = [(doc_id, min(r["start"] for r in mine), max(r["end"] for r in mine))
                   for doc_id, mine in by_doc.items()]
        for chunk in _chunks(windows, _CHUNK // 2):
            values = ", ".join("(?, ?, ?)" for _ in chunk)
            for doc_id, first, text in self.db.execute(
                f"WITH w(id, first, last) AS (VALUES {values}) "
                "SELECT w.id, w.first, substr(d.text, w.first + 1, w.last - w.first) "
                "FROM w JOIN documents d ON d.id = w.id",
                [v for window in chunk for v in window],
            ):
                for r in by_doc[doc_id]:
                    r["text"] = text[r["start"] - first:r["end"] - first]

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
            rows = conn.execute("SELECT item FROM temp.quote_fts WHERE quote_fts MATCH ?", [fts_query(query)]).fetchall()
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
        documents); codes and coders do not apply to documents and are ignored. The metadata
        comes from index `documents_facts`; a document's segments are numbered 0..n-1 when
        it is stored (`_insert_segments`, the only writer), so their number is the highest
        `idx` plus one, one step down index `(document_id, idx)` instead of counting them all.
        """
        allowed = {k: v for k, v in filters.items() if k in _DOCUMENT_FILTERS}
        where, params = self._analysis_where(**allowed)
        return self.query(
            "SELECT d.id, d.participant, p.role, p.program, d.wave, "
            "coalesce((SELECT max(s.idx) + 1 FROM segments s WHERE s.document_id = d.id), 0) AS segments "
            f"FROM documents d LEFT JOIN participants p ON p.id = d.participant{where} ORDER BY d.id",
            params,
        )

    def coded_spans_by_code(self, codes: Sequence[str] = (), coders: Sequence[str] = (),
                            spans: bool = True) -> list[tuple[int, str, str | None]]:
        """Per code id (ascending): the document ids and spans of its codings, each a
        comma-separated list in the same order (a span coded by several coders is there once
        per coding), a span as `start * 2**32 + end`; without `spans`, only the document ids.

        Optionally only the subtrees of `codes` and the codings of `coders`. One row per code
        rather than one per coding, read from index `codings_code_span` alone: at 200,000
        codings, making a Python row for each would cost more than all the counting.
        """
        clauses, params = [], []
        if coders:
            self.check_coders(list(coders))
            clauses.append(f"coder_id IN (SELECT id FROM coders WHERE name IN ({', '.join('?' for _ in coders)}))")
            params += list(coders)
        chunks = list(_chunks(self._code_subtree_ids(codes))) if codes else [None]
        out: list[tuple[int, str, str | None]] = []
        for chunk in chunks:
            where, args = list(clauses), list(params)
            if chunk is not None:
                where.append(f"code_id IN ({', '.join('?' for _ in chunk)})")
                args += chunk
            out += self.db.execute(
                "SELECT code_id, group_concat(document_id), "
                + ('group_concat((start << 32) | "end")' if spans else "NULL") + " FROM codings"
                + (" WHERE " + " AND ".join(where) if where else "") + " GROUP BY code_id",
                args,
            ).fetchall()
        return sorted(out)

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
            self.check_coders(list(coders))
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
        """Participants who have at least one baseline and one end-point interview: as a
        document's participant, or as a speaker mapped to them in a group interview.

        Filters: roles and programs (of the participant as stored), participants.
        """
        clauses, params = ["w.wave IN ('baseline', 'endpoint')"], []
        for column, key in (("p.role", "roles"), ("p.program", "programs"), ("w.participant", "participants")):
            values = list(filters.get(key) or ())
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params += values
        return [
            r[0]
            for r in self.db.execute(
                "WITH w(participant, wave) AS ("
                "SELECT participant, wave FROM documents WHERE participant IS NOT NULL "
                "UNION SELECT m.participant, d.wave FROM speaker_map m JOIN documents d ON d.id = m.document_id "
                "WHERE m.participant IS NOT NULL) "
                "SELECT w.participant FROM w LEFT JOIN participants p ON p.id = w.participant "
                f"WHERE {' AND '.join(clauses)} "
                "GROUP BY w.participant HAVING count(DISTINCT w.wave) = 2 ORDER BY w.participant",
                params,
            )
        ]

    # -- export of codings --------------------------------------------------------

    def coding_export_rows(self, **filters: Any) -> list[dict[str, Any]]:
        """One row per coding with document metadata, code label and participant attributes."""
        docs, codings = self._filtered_codings(
            filters, 'c.id, c.document_id, c.coder_id, c.code_id, c.start, c."end", c.origin, c.memo, c.created',
            extra=", p.attributes")
        coders = self._names("coders")
        codes = {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT id, path, label FROM codes")}
        rows = []
        for cid, doc_id, coder_id, code_id, start, end, origin, memo, created in codings:
            d = docs[doc_id]
            path, label = codes[code_id]
            rows.append({
                "coding_id": cid, "document": d["name"], "participant": d["participant"], "role": d["role"],
                "program": d["program"], "wave": d["wave"], "mode": d["mode"], "date": d["date"],
                "coder": coders[coder_id], "code": path, "code_label": label, "start": start, "end": end,
                "length": end - start, "origin": origin, "memo": memo, "created": created, "text": None,
                "attributes": json.loads(d["attributes"] or "{}"), "document_id": doc_id,
            })
        rows.sort(key=lambda r: (_null_first(r["participant"]), _null_first(r["wave"]), r["document"],
                                 r["start"], r["coding_id"]))
        self._cut_texts(rows)
        for r in rows:
            del r["document_id"]
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

    def pseudonym_markers(self) -> dict[str, str]:
        """The project's own markers by kind (`phone` -> `[tlf.]`); kinds not set use the defaults."""
        raw = self.setting(MARKER_SETTING)
        return dict(json.loads(raw)) if raw else {}

    def save_pseudonym_marker(self, kind: str, marker: str | None, coder: str) -> None:
        """Set (or, with None, reset to the default) the marker for one kind, audited."""
        with self.transaction():
            before = self.pseudonym_markers()
            after = dict(before)
            if marker is None:
                after.pop(kind, None)
            else:
                after[kind] = marker
            self.db.execute(
                "INSERT INTO project(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [MARKER_SETTING, json.dumps(after, ensure_ascii=False)],
            )
            self._audit(coder, "pseudonyms.marker", "project", None, {kind: before.get(kind)}, {kind: marker})

    def kept_attributes(self) -> list[str]:
        """Participant attributes the researcher judged safe: pseudonymised outputs keep them raw."""
        raw = self.setting(KEPT_ATTRIBUTES_SETTING)
        return list(json.loads(raw)) if raw else []

    def save_kept_attribute(self, name: str, keep: bool, coder: str) -> bool:
        """Add `name` to (or, keep=False, drop it from) the kept attributes, audited; False if nothing changed."""
        with self.transaction():
            before = self.kept_attributes()
            others = [n for n in before if n.casefold() != name.casefold()]
            after = sorted([*others, name], key=str.casefold) if keep else others
            if after == before:
                return False
            self.db.execute(
                "INSERT INTO project(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [KEPT_ATTRIBUTES_SETTING, json.dumps(after, ensure_ascii=False)],
            )
            self._audit(coder, "pseudonyms.keep_attribute", "project", None, {"kept": before}, {"kept": after})
        return True

    def _write_pseudonyms(self, terms: list[tuple[str, str]]) -> None:
        self.db.execute(
            "INSERT INTO project(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [PSEUDONYM_SETTING, json.dumps([list(t) for t in terms], ensure_ascii=False)],
        )
