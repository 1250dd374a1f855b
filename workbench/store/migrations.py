"""The project file's schema, as an ordered list of migrations.

Migration 1 is the first released schema; every later change is appended as a new
migration and never edits an old one, so any project file ever written can be brought
forward. The schema version is SQLite's `PRAGMA user_version`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run SQL statements one by one, inside the caller's transaction.

    (`executescript` would commit the open transaction first, so a failed migration
    could leave a half-migrated file.)
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending[:60]!r}")


def _m1_base(conn: sqlite3.Connection) -> None:
    run_script(conn,
        """
        CREATE TABLE project (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            role TEXT,
            program TEXT,
            attributes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            participant TEXT REFERENCES participants(id),
            wave TEXT CHECK (wave IN ('baseline', 'endpoint')),
            mode TEXT,
            date TEXT,
            source TEXT,
            encoding TEXT,
            words INTEGER NOT NULL DEFAULT 0,
            imported TEXT NOT NULL
        );
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            speaker TEXT,
            turn INTEGER NOT NULL DEFAULT 0,
            meta TEXT NOT NULL DEFAULT '{}',
            UNIQUE (document_id, idx),
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE TABLE codes (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            path TEXT NOT NULL UNIQUE,
            parent_id INTEGER REFERENCES codes(id),
            label TEXT NOT NULL,
            label_en TEXT,
            definition TEXT NOT NULL DEFAULT '',
            when_to_use TEXT NOT NULL DEFAULT '',
            when_not_to_use TEXT NOT NULL DEFAULT '',
            examples TEXT NOT NULL DEFAULT '[]',
            keywords TEXT NOT NULL DEFAULT '[]',
            patterns TEXT NOT NULL DEFAULT '[]',
            colour TEXT,
            sort_order INTEGER NOT NULL DEFAULT 0,
            exclusive INTEGER NOT NULL DEFAULT 0,
            retired INTEGER NOT NULL DEFAULT 0,
            guid TEXT
        );
        CREATE TABLE coders (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL
        );
        CREATE TABLE codings (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            code_id INTEGER NOT NULL REFERENCES codes(id),
            coder_id INTEGER NOT NULL REFERENCES coders(id),
            memo TEXT,
            origin TEXT NOT NULL DEFAULT 'manual'
                CHECK (origin IN ('manual', 'suggestion', 'import')),
            created TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE INDEX codings_document ON codings(document_id, start);
        CREATE INDEX codings_code ON codings(code_id);
        CREATE INDEX codings_coder ON codings(coder_id);
        CREATE TABLE memos (
            id INTEGER PRIMARY KEY,
            document_id INTEGER REFERENCES documents(id),
            code_id INTEGER REFERENCES codes(id),
            coder_id INTEGER REFERENCES coders(id),
            title TEXT,
            text TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            coder TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            ref INTEGER REFERENCES audit(id),
            before TEXT,
            after TEXT
        );
        CREATE INDEX audit_coder ON audit(coder, id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE VIRTUAL TABLE segment_fts USING fts5(
            text, document_id UNINDEXED, segment_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 0'
        );
        """
    )


def _m2_suggestions(conn: sqlite3.Connection) -> None:
    run_script(conn,
        """
        CREATE TABLE suggestion_decisions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            code_id INTEGER NOT NULL REFERENCES codes(id),
            coder_id INTEGER NOT NULL REFERENCES coders(id),
            score REAL,
            model_version TEXT,
            decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
            at TEXT NOT NULL
        );
        CREATE INDEX suggestion_decisions_document ON suggestion_decisions(document_id);
        CREATE INDEX segments_document ON segments(document_id, start);
        """
    )


def _m3_nlp_cache(conn: sqlite3.Connection) -> None:
    run_script(conn,
        """
        CREATE TABLE doc_analyses (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            pipeline TEXT NOT NULL,
            text_sha TEXT NOT NULL,
            created TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, pipeline)
        );
        CREATE TABLE suggester_models (
            id INTEGER PRIMARY KEY,
            version TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL,
            pipeline TEXT NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            blob BLOB
        );
        """
    )


def _m4_coding_ids_never_reused(conn: sqlite3.Connection) -> None:
    """Give `codings.id` AUTOINCREMENT so a deleted coding's id is never handed out again.

    With two coders on one file, coder A undoes a coding, coder B adds one and receives
    the freed id, and A's redo then overwrote B's coding. SQLite adds AUTOINCREMENT only
    by rebuilding the table; this copies every row, index, trigger and view unchanged,
    and starts the sequence above every coding id the audit log has ever named.
    """
    import re

    table_sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'codings'").fetchone()[0]
    if re.search(r"\bAUTOINCREMENT\b", table_sql, re.I):
        return
    rebuilt = re.sub(r"^\s*CREATE\s+TABLE\s+\"?codings\"?", "CREATE TABLE codings_rebuilt", table_sql, flags=re.I)
    rebuilt = re.sub(r"\bid\s+INTEGER\s+PRIMARY\s+KEY\b", "id INTEGER PRIMARY KEY AUTOINCREMENT", rebuilt, count=1, flags=re.I)
    dependants = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
        "(tbl_name = 'codings' AND type IN ('index', 'trigger')) OR type = 'view')"
    ).fetchall()
    for kind, name, _sql in dependants:
        if kind == "view":
            conn.execute(f'DROP VIEW "{name}"')
    columns = ", ".join(f'"{row[1]}"' for row in conn.execute("PRAGMA table_info(codings)"))
    conn.execute(rebuilt)
    conn.execute(f"INSERT INTO codings_rebuilt({columns}) SELECT {columns} FROM codings")
    conn.execute("DROP TABLE codings")
    conn.execute("ALTER TABLE codings_rebuilt RENAME TO codings")
    for _kind, _name, sql in dependants:
        conn.execute(sql)
    high = conn.execute(
        "SELECT max(coalesce((SELECT max(id) FROM codings), 0), "
        "coalesce((SELECT max(entity_id) FROM audit WHERE entity = 'coding'), 0))"
    ).fetchone()[0]
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'codings'")
    conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES ('codings', ?)", [high])


def _m5_analysis_indexes(conn: sqlite3.Connection) -> None:
    """Indexes that let analysis at study size (1,000 transcripts, 200,000 codings) read
    indexes instead of tables.

    - `documents_facts`: every column analysis reads about a document but its text. In
      the table those columns sit after the text, so reading them for one document
      walks its text's overflow pages; from this index, the metadata of 1,000 documents
      is a few pages.
    - `codings_code_span`: codings by code with their document, span and coder, so
      counting distinct coded spans per code and document (matrices) reads the index
      alone, already in order.
    """
    run_script(conn,
        """
        CREATE INDEX documents_facts ON documents(id, participant, wave, mode, date, name);
        CREATE INDEX codings_code_span ON codings(code_id, document_id, start, "end", coder_id);
        """
    )


def _m6_saved_queries(conn: sqlite3.Connection) -> None:
    """Coding queries saved under a name, with the unit they count in and their filters (JSON)."""
    run_script(conn,
        """
        CREATE TABLE saved_queries (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL,
            within TEXT NOT NULL DEFAULT 'segment' CHECK (within IN ('segment', 'turn', 'document')),
            filters TEXT NOT NULL DEFAULT '{}',
            coder_id INTEGER REFERENCES coders(id),
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        """
    )


def _m7_speaker_map(conn: sqlite3.Connection) -> None:
    """Who each speaker label stands for: per document (group interviews), or project-wide
    (`document_id` NULL: the project's own labels, such as `Leder` for a programme leader).

    One row per label and document; the expression index makes the project-wide rows
    unique too (NULLs would otherwise never clash).
    """
    run_script(conn,
        """
        CREATE TABLE speaker_map (
            id INTEGER PRIMARY KEY,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            role TEXT CHECK (role IN ('mentee', 'mentor', 'programleder', 'interviewer')),
            participant TEXT REFERENCES participants(id),
            CHECK (role IS NOT NULL OR participant IS NOT NULL)
        );
        CREATE UNIQUE INDEX speaker_map_label ON speaker_map(coalesce(document_id, 0), label);
        """
    )


def _m8_exchange_identity(conn: sqlite3.Connection) -> None:
    """Remember the identity another tool gave a source or a user, and a source's trailing text.

    A project that comes from QualCoder, NVivo or ATLAS.ti and goes back there should
    update what is there, not duplicate it: the GUID a source or user came in with is
    kept (`guid`) and written again on export. `tail` holds the whitespace at the very
    end of an imported source, which the stored (normalised) text leaves out, so the
    source goes back out character for character.
    """
    run_script(conn,
        """
        ALTER TABLE documents ADD COLUMN guid TEXT;
        ALTER TABLE documents ADD COLUMN tail TEXT NOT NULL DEFAULT '';
        ALTER TABLE coders ADD COLUMN guid TEXT;
        """
    )


def _m9_codes_on_request(conn: sqlite3.Connection) -> None:
    """`codes.on_request`: a top-level code forming an optional layer, suggested only when asked for."""
    run_script(conn, "ALTER TABLE codes ADD COLUMN on_request INTEGER NOT NULL DEFAULT 0;")


def _m10_codes_seed_examples(conn: sqlite3.Connection) -> None:
    """`codes.seed_examples`: passages written to train the cold-start suggester (a JSON list),
    kept with the code so a project copied elsewhere suggests the same."""
    run_script(conn, "ALTER TABLE codes ADD COLUMN seed_examples TEXT NOT NULL DEFAULT '[]';")


MIGRATIONS: list[Migration] = [
    _m1_base, _m2_suggestions, _m3_nlp_cache, _m4_coding_ids_never_reused, _m5_analysis_indexes,
    _m6_saved_queries, _m7_speaker_map, _m8_exchange_identity, _m9_codes_on_request,
    _m10_codes_seed_examples,
]
SCHEMA_VERSION = len(MIGRATIONS)
