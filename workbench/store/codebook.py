"""The codebook as stored: a tree of codes addressed by path (`network/weak_ties`)."""

from __future__ import annotations

import json
from typing import Any

from workbench.core.codebook import KEY_RE
from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.models import Code
from workbench.store.base import ProjectBase

_CODE_FIELDS = (
    "key", "path", "parent_id", "label", "label_en", "definition", "when_to_use", "when_not_to_use",
    "examples", "keywords", "patterns", "colour", "sort_order", "exclusive", "retired", "guid", "on_request",
    "seed_examples",
)


def _row_values(code: Code, parent_id: int | None) -> dict[str, Any]:
    return {
        "key": code.key,
        "path": code.path,
        "parent_id": parent_id,
        "label": code.label,
        "label_en": code.label_en,
        "definition": code.definition or "",
        "when_to_use": code.when_to_use or "",
        "when_not_to_use": code.when_not_to_use or "",
        "examples": json.dumps(code.examples, ensure_ascii=False),
        "keywords": json.dumps(code.keywords, ensure_ascii=False),
        "patterns": json.dumps(code.patterns, ensure_ascii=False),
        "colour": code.colour,
        "sort_order": code.order,
        "exclusive": int(code.exclusive),
        "retired": int(code.retired),
        "on_request": int(code.on_request),
        "guid": code.guid,
        "seed_examples": json.dumps(code.seed_examples, ensure_ascii=False),
    }


def _code_from_row(r: dict[str, Any], parent_path: str | None) -> Code:
    return Code(
        key=r["key"], label=r["label"], parent=parent_path, label_en=r["label_en"],
        definition=r["definition"], when_to_use=r["when_to_use"], when_not_to_use=r["when_not_to_use"],
        examples=json.loads(r["examples"]), keywords=json.loads(r["keywords"]),
        patterns=json.loads(r["patterns"]), colour=r["colour"], order=r["sort_order"],
        exclusive=bool(r["exclusive"]), retired=bool(r["retired"]), guid=r["guid"],
        on_request=bool(r.get("on_request", 0)), seed_examples=json.loads(r.get("seed_examples") or "[]"),
    )


class CodebookMixin(ProjectBase):
    """Store methods for the code tree."""

    def codes(self, include_retired: bool = False) -> list[Code]:
        """All codes, depth-first in codebook order (parents before children)."""
        rows = self.query("SELECT * FROM codes ORDER BY sort_order, id")
        by_parent: dict[int | None, list[dict[str, Any]]] = {}
        for r in rows:
            by_parent.setdefault(r["parent_id"], []).append(r)
        out: list[Code] = []

        def walk(parent_id: int | None, parent_path: str | None) -> None:
            for r in by_parent.get(parent_id, []):
                if r["retired"] and not include_retired:
                    continue
                code = _code_from_row(r, parent_path)
                out.append(code)
                walk(r["id"], r["path"])

        walk(None, None)
        return out

    def code_id(self, key_or_path: str, include_retired: bool = False) -> int:
        """Resolve a code by its path, or by its key when that key is unique."""
        key_or_path = key_or_path.strip().strip("/")
        row = self.db.execute("SELECT id, retired FROM codes WHERE path = ?", [key_or_path]).fetchone()
        if row is None:
            rows = self.db.execute("SELECT id, retired, path FROM codes WHERE key = ?", [key_or_path]).fetchall()
            if len(rows) > 1:
                paths = ", ".join(r[2] for r in rows)
                raise NotFound(f"code key '{key_or_path}' is ambiguous: use a path ({paths})")
            row = rows[0][:2] if rows else None
        if row is None:
            raise NotFound(f"no code '{key_or_path}' in the codebook (see `workbench codebook show`)")
        if row[1] and not include_retired:
            raise NotFound(f"code '{key_or_path}' is retired")
        return int(row[0])

    def code_path(self, code_id: int) -> str:
        row = self.db.execute("SELECT path FROM codes WHERE id = ?", [code_id]).fetchone()
        if row is None:
            raise NotFound(f"no code with id {code_id}")
        return str(row[0])

    def import_codebook(self, codes: list[Code], coder: str = "system") -> dict[str, int]:
        """Add or update codes by path in one transaction; codes not listed are kept."""
        added = updated = 0
        with self.transaction():
            for code in codes:
                parent_id = None
                if code.parent:
                    parent_id = self.code_id(code.parent, include_retired=True)
                values = _row_values(code, parent_id)
                row = self.db.execute("SELECT * FROM codes WHERE path = ?", [code.path]).fetchone()
                if row is None:
                    self._insert_code(values, coder, undoable=False)
                    added += 1
                else:
                    before = dict(zip([d[0] for d in self.db.execute("SELECT * FROM codes LIMIT 0").description], row, strict=True))
                    if values.get("guid") is None:
                        values["guid"] = before["guid"]
                    changed = {k: v for k, v in values.items() if before.get(k) != v}
                    if changed:
                        sets = ", ".join(f"{k} = ?" for k in changed)
                        self.db.execute(f"UPDATE codes SET {sets} WHERE id = ?", [*changed.values(), before["id"]])
                        self._audit(coder, "code.update", "code", before["id"],
                                    {k: before[k] for k in changed}, changed)
                        updated += 1
        return {"added": added, "updated": updated}

    def _insert_code(self, values: dict[str, Any], coder: str, undoable: bool) -> int:
        """Insert one code row and log `code.add`.

        Codes added one by one (`add_code`) are marked undoable and carry their whole row,
        so undo can delete them and redo can put them back under the same id; bulk
        codebook imports log plain `code.add` entries that stay off the undo stack.
        """
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cid = self._insert(f"INSERT INTO codes({cols}) VALUES ({marks})", list(values.values()))
        after: dict[str, Any] = {"path": values["path"], "label": values["label"]}
        if undoable:
            after.update(undoable=True, row={"id": cid, **values})
        self._audit(coder, "code.add", "code", cid, None, after)
        return cid

    def add_code(self, code: Code, coder: str) -> int:
        """Add one new code (its parent must exist); returns its id. Undoable."""
        if not isinstance(code.key, str) or not KEY_RE.match(code.key):
            raise WorkbenchError(f"invalid code key {code.key!r}: use lower-case a-z, 0-9, '_' or '-' "
                                 "(not starting with '-')")
        with self.transaction():
            if self.db.execute("SELECT 1 FROM codes WHERE path = ?", [code.path]).fetchone():
                raise WorkbenchError(f"a code '{code.path}' already exists")
            parent_id = self.code_id(code.parent, include_retired=True) if code.parent else None
            return self._insert_code(_row_values(code, parent_id), coder, undoable=True)

    def _code_uses(self, cid: int) -> list[str]:
        """What still refers to a code: codings, child codes, memos, suggestion decisions."""
        uses = []
        for table, column, what in (("codings", "code_id", "codings"), ("codes", "parent_id", "child codes"),
                                    ("memos", "code_id", "memos"), ("suggestion_decisions", "code_id", "suggestion decisions")):
            n = self.db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [cid]).fetchone()[0]
            if n:
                uses.append(f"{n} {what}")
        return uses

    def _relocate_code(self, cid: int, parent_id: int | None, new_path: str) -> str:
        """Give a code a new parent and path, rewriting its subtree's paths; returns the old path."""
        old_path = self.code_path(cid)
        if parent_id is not None and (self.code_path(parent_id) + "/").startswith(old_path + "/"):
            raise WorkbenchError(f"cannot move '{old_path}' inside itself")
        if new_path != old_path and self.db.execute("SELECT 1 FROM codes WHERE path = ?", [new_path]).fetchone():
            raise WorkbenchError(f"a code '{new_path}' already exists")
        self.db.execute("UPDATE codes SET parent_id = ? WHERE id = ?", [parent_id, cid])
        self.db.execute(
            "UPDATE codes SET path = ? || substr(path, ?) WHERE path = ? OR path LIKE ? ESCAPE '\\'",
            [new_path, len(old_path) + 1, old_path, old_path.replace("_", "\\_").replace("%", "\\%") + "/%"],
        )
        return old_path

    def rename_code(self, key_or_path: str, label: str, coder: str, label_en: str | None = None) -> None:
        """Change a code's label (its key and path stay, so codings are untouched)."""
        with self.transaction():
            cid = self.code_id(key_or_path)
            before = self.query("SELECT label, label_en FROM codes WHERE id = ?", [cid])[0]
            self.db.execute("UPDATE codes SET label = ?, label_en = coalesce(?, label_en) WHERE id = ?", [label, label_en, cid])
            after = self.query("SELECT label, label_en FROM codes WHERE id = ?", [cid])[0]
            self._audit(coder, "code.rename", "code", cid, {"path": self.code_path(cid), **before}, after)

    def move_code(self, key_or_path: str, new_parent: str | None, coder: str) -> str:
        """Move a code (and its subtree) under another parent; returns its new path."""
        with self.transaction():
            cid = self.code_id(key_or_path)
            key, old_parent = self.db.execute("SELECT key, parent_id FROM codes WHERE id = ?", [cid]).fetchone()
            parent_id = self.code_id(new_parent) if new_parent else None
            new_path = f"{self.code_path(parent_id)}/{key}" if parent_id else key
            old_path = self._relocate_code(cid, parent_id, new_path)
            self._audit(coder, "code.move", "code", cid, {"path": old_path, "parent_id": old_parent},
                        {"path": new_path, "parent_id": parent_id})
            return new_path

    def retire_code(self, key_or_path: str, coder: str, retired: bool = True) -> int:
        """Retire (hide) a code, or bring it back; its codings stay stored. Returns their count."""
        with self.transaction():
            cid = self.code_id(key_or_path, include_retired=True)
            used = int(self.db.execute("SELECT count(*) FROM codings WHERE code_id = ?", [cid]).fetchone()[0])
            was = bool(self.db.execute("SELECT retired FROM codes WHERE id = ?", [cid]).fetchone()[0])
            self.db.execute("UPDATE codes SET retired = ? WHERE id = ?", [int(retired), cid])
            self._audit(coder, "code.retire" if retired else "code.restore", "code", cid,
                        {"path": self.code_path(cid), "retired": was}, {"retired": retired, "codings": used})
            return used

    def merge_code(self, source: str, target: str, coder: str) -> int:
        """Recode every coding of `source` as `target` and retire `source`; returns codings moved."""
        with self.transaction():
            sid, tid = self.code_id(source), self.code_id(target)
            if sid == tid:
                raise WorkbenchError("cannot merge a code into itself")
            moved = [r[0] for r in self.db.execute("SELECT id FROM codings WHERE code_id = ?", [sid])]
            self.db.execute("UPDATE codings SET code_id = ? WHERE code_id = ?", [tid, sid])
            self.db.execute("UPDATE codes SET retired = 1 WHERE id = ?", [sid])
            self._audit(coder, "code.merge", "code", sid,
                        {"code": self.code_path(sid), "codings": moved, "retired": False},
                        {"code": self.code_path(tid), "target_id": tid, "retired": True})
            return len(moved)

    def code_counts(self, coder: str | None = None) -> dict[str, int]:
        """Number of codings per code path (only `coder`'s codings when a coder is given)."""
        if coder is None:
            rows = self.db.execute(
                "SELECT k.path, count(c.id) FROM codes k LEFT JOIN codings c ON c.code_id = k.id GROUP BY k.id")
        else:
            rows = self.db.execute(
                "SELECT k.path, count(c.id) FROM codes k LEFT JOIN codings c ON c.code_id = k.id"
                " AND c.coder_id = (SELECT id FROM coders WHERE name = ?) GROUP BY k.id", [coder])
        return {r[0]: r[1] for r in rows}
