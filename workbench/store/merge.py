"""Merging another coder's project file: their codings and memos, matched, never guessed.

Documents are matched by the SHA-256 of their stored text, codes by path. A code is
matched by its key alone only when that key names exactly one code on each side: a key
shared by two codes (`competence/formal` and `newtop/formal`) is ambiguous, listed, and
its codings and memos left out unless the researcher says where they go (`code_map`).
Coders are matched by name. The other file is read read-only and checked first: a
file from a newer workbench, an empty file or a damaged one is refused in one line, and
no stored text ever appears in an error.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from workbench.core.errors import NotFound, WorkbenchError
from workbench.store.base import ProjectBase
from workbench.store.clock import now
from workbench.store.connection import open_sqlite
from workbench.store.failures import explain, is_damage
from workbench.store.migrations import SCHEMA_VERSION

SKIP_DOCUMENT = "document not in this project"
SKIP_CODE = "code not in this codebook"
SKIP_AMBIGUOUS = "code ambiguous (say where it goes with --map)"


def _read_source(other: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Documents (text as a hash), codes, codings and memos of a project file, read-only."""
    try:
        source = open_sqlite(other, read_only=True)
    except sqlite3.Error as exc:
        raise WorkbenchError(f"{other}: cannot open the file to merge ({explain(exc, None) or exc})") from None
    try:
        if source.execute("PRAGMA page_count").fetchone()[0] == 0:
            raise WorkbenchError(f"{other}: the file to merge is empty (0 bytes), not a workbench project")
        version = source.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise WorkbenchError(
                f"{other}: project schema version {version} is newer than this workbench understands "
                f"({SCHEMA_VERSION}); upgrade workbench to merge it (nothing was merged)"
            )
        if version == 0:
            raise WorkbenchError(f"{other}: not a workbench project (no schema version); nothing was merged")
        docs = [
            (doc_id, name, hashlib.sha256(blob).hexdigest())
            for doc_id, name, blob in source.execute("SELECT id, name, CAST(text AS BLOB) FROM documents")
        ]
        return {
            "documents": docs,
            "codes": source.execute("SELECT id, key, path FROM codes").fetchall(),
            "codings": source.execute(
                'SELECT c.document_id, c.start, c."end", c.code_id, k.name, c.memo, c.created '
                "FROM codings c JOIN coders k ON k.id = c.coder_id ORDER BY c.id"
            ).fetchall(),
            "memos": source.execute(
                "SELECT m.document_id, m.code_id, k.name, m.title, m.text, m.created, m.updated "
                "FROM memos m LEFT JOIN coders k ON k.id = m.coder_id ORDER BY m.id"
            ).fetchall(),
        }
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            detail = "stored text is not valid UTF-8" if "decode" in str(exc) else str(exc)
            raise WorkbenchError(f"{other}: the file to merge is damaged ({detail}); nothing was merged. "
                                 f"Check it with `workbench --db {other} check`") from None
        raise WorkbenchError(f"{other}: not a workbench project file ({explain(exc, None) or exc})") from None
    finally:
        source.close()


class MergeMixin(ProjectBase):
    """`merge_project`; mixed into `Project`."""

    def _match_codes(self, their_codes: list[tuple[Any, ...]], code_map: dict[str, str]) -> dict[str, Any]:
        ours_by_path = {path: cid for cid, path in self.db.execute("SELECT id, path FROM codes")}
        ours_by_key: dict[str, list[str]] = {}
        for key, path in self.db.execute("SELECT key, path FROM codes ORDER BY path"):
            ours_by_key.setdefault(key, []).append(path)
        their_paths = {path for _, _, path in their_codes}
        for theirs in code_map:
            if theirs not in their_paths:
                raise WorkbenchError(f"--map {theirs}=...: the file to merge has no code '{theirs}'")
        their_keys = Counter(key for _, key, _ in their_codes)
        ids: dict[int, int] = {}
        by_key, mapped, ambiguous, unmatched = [], [], [], []
        for code_id, key, path in their_codes:
            if path in code_map:
                ids[code_id] = self.code_id(code_map[path], include_retired=True)
                mapped.append({"theirs": path, "ours": self.code_path(ids[code_id])})
            elif path in ours_by_path:
                ids[code_id] = ours_by_path[path]
            elif len(ours_by_key.get(key, [])) == 1 and their_keys[key] == 1:
                ids[code_id] = ours_by_path[ours_by_key[key][0]]
                by_key.append({"theirs": path, "ours": ours_by_key[key][0]})
            elif ours_by_key.get(key):
                ambiguous.append({"theirs": path, "candidates": ours_by_key[key],
                                  "why": (f"key '{key}' names {len(ours_by_key[key])} codes here"
                                          if len(ours_by_key[key]) > 1
                                          else f"key '{key}' names {their_keys[key]} codes in that file")})
            else:
                unmatched.append(path)
        return {"ids": ids, "by_key": by_key, "mapped": mapped, "ambiguous": ambiguous, "unmatched": unmatched}

    def merge_project(self, other: Path | str, actor: str, dry_run: bool = False,
                      code_map: dict[str, str] | None = None) -> dict[str, Any]:
        """Bring in the codings and memos of another project file; returns what matched and what not.

        Codings identical to one already stored (same document, span, code and coder),
        and memos identical to one stored (same document, code, title and text), are
        counted as duplicates, so merging twice changes nothing. `code_map` maps the
        other file's code paths to ours for codes that are ambiguous or missing. With
        `dry_run` nothing is written and the report says what would happen.
        """
        other = Path(other)
        if not other.is_file():
            raise NotFound(f"{other}: no such project file")
        source = _read_source(other)
        ours_by_hash = {
            hashlib.sha256(blob).hexdigest(): (doc_id, name)
            for doc_id, name, blob in self.db.execute("SELECT id, name, CAST(text AS BLOB) FROM documents ORDER BY id")
        }
        doc_map, docs_matched, docs_unmatched = {}, [], []
        for doc_id, name, digest in source["documents"]:
            hit = ours_by_hash.get(digest)
            if hit:
                doc_map[doc_id] = hit[0]
                docs_matched.append({"theirs": name, "ours": hit[1]})
            else:
                docs_unmatched.append(name)
        codes = self._match_codes(source["codes"], code_map or {})
        code_ids, ambiguous_ids = codes["ids"], {c for c, _, p in source["codes"]
                                                  if p in {a["theirs"] for a in codes["ambiguous"]}}

        def skip_reason(doc_id: int | None, code_id: int | None, needs_doc: bool) -> str | None:
            if (needs_doc or doc_id is not None) and doc_id not in doc_map:
                return SKIP_DOCUMENT
            if code_id is not None and code_id in ambiguous_ids:
                return SKIP_AMBIGUOUS
            if code_id is not None and code_id not in code_ids:
                return SKIP_CODE
            return None

        def known_coder(name: str | None) -> int | None:
            if name is None:
                return None
            row = self.db.execute("SELECT id FROM coders WHERE name = ?", [name]).fetchone()
            return row[0] if row else None

        codings: dict[str, Any] = {"in_source": len(source["codings"]), "imported": 0, "duplicates": 0,
                                   "skipped": Counter()}
        memos: dict[str, Any] = {"in_source": len(source["memos"]), "imported": 0, "duplicates": 0,
                                 "skipped": Counter()}
        coders_seen: Counter[str] = Counter()
        seen_codings: set[tuple[Any, ...]] = set()
        seen_memos: set[tuple[Any, ...]] = set()
        with self._merge_writes(dry_run):
            for doc_id, start, end, code_id, coder, memo, created in source["codings"]:
                why = skip_reason(doc_id, code_id, needs_doc=True)
                if why:
                    codings["skipped"][why] += 1
                    continue
                ours = (doc_map[doc_id], start, end, code_ids[code_id], coder)
                coder_id = known_coder(coder)
                exists = ours in seen_codings or (coder_id is not None and self.db.execute(
                    'SELECT 1 FROM codings WHERE document_id = ? AND start = ? AND "end" = ? '
                    "AND code_id = ? AND coder_id = ?", [*ours[:4], coder_id]).fetchone())
                seen_codings.add(ours)
                if exists:
                    codings["duplicates"] += 1
                    continue
                if not dry_run:
                    self._insert_coding_row({
                        "document_id": ours[0], "start": start, "end": end, "code_id": ours[3],
                        "coder_id": self.coder_id(coder), "memo": memo, "origin": "import",
                        "created": created or now(),
                    })
                codings["imported"] += 1
                coders_seen[coder] += 1
            for doc_id, code_id, coder, title, text, created, updated in source["memos"]:
                why = skip_reason(doc_id, code_id, needs_doc=False)
                if why:
                    memos["skipped"][why] += 1
                    continue
                target = (doc_map.get(doc_id), code_ids.get(code_id), title, text)
                exists = target in seen_memos or self.db.execute(
                    "SELECT 1 FROM memos WHERE document_id IS ? AND code_id IS ? AND title IS ? AND text = ?",
                    list(target)).fetchone()
                seen_memos.add(target)
                if exists:
                    memos["duplicates"] += 1
                    continue
                if not dry_run:
                    self.db.execute(
                        "INSERT INTO memos(document_id, code_id, coder_id, title, text, created, updated) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [*target[:2], self.coder_id(coder) if coder else None, title, text,
                         created or now(), updated or created or now()],
                    )
                memos["imported"] += 1
            report = {
                "source": str(other),
                "dry_run": dry_run,
                "documents": {"matched": docs_matched, "unmatched": docs_unmatched},
                "codes": {"matched": len(code_ids), "matched_by_key": codes["by_key"], "mapped": codes["mapped"],
                          "ambiguous": codes["ambiguous"], "unmatched": codes["unmatched"]},
                "codings": {**codings, "skipped": dict(codings["skipped"])},
                "memos": {**memos, "skipped": dict(memos["skipped"])},
                "coders": dict(coders_seen),
            }
            if not dry_run:
                self._audit(actor, "project.merge", "coding", None, None, report)
        return report

    def _merge_writes(self, dry_run: bool) -> AbstractContextManager[object]:
        """A transaction for a real merge; for a dry run, nothing (it only reads)."""
        return nullcontext() if dry_run else self.transaction()
