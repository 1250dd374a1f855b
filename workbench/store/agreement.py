"""Queries for inter-coder agreement: codings per coder and unit, consensus, merging projects.

Three jobs for the agreement area, all SQL:
- hand the agreement statistics every document's text, segments and codings in a few
  bulk queries (per-document queries would dominate the time on a real project);
- write a resolved disagreement as the `consensus` coder's codings, with the decision
  and memo in the audit log, in one transaction;
- (merging another coder's project file lives in `workbench.store.merge`).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from workbench.core.errors import NotFound, WorkbenchError
from workbench.store.base import ProjectBase
from workbench.store.clock import now

CONSENSUS_CODER = "consensus"


def _text_hash(text: str) -> str:
    # Stored text is already normalised; hashing it here (rather than trusting the
    # stored column) matches documents even when the other file hashed differently.
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class AgreementMixin(ProjectBase):
    """Store methods for agreement, consensus and merging; mixed into `Project`."""

    # -- reading --------------------------------------------------------------------

    def agreement_documents(self) -> list[dict[str, Any]]:
        """Every document's id, name and text, in id order."""
        return self.query("SELECT id, name, text FROM documents ORDER BY id")

    def agreement_segment_lists(self) -> list[tuple[int, str, str, str]]:
        """Per document with segments: (document_id, idx, start, end), the last three as
        comma-separated lists in the same (unspecified) order.

        One row per document rather than one per segment: at 770,000 segments, making a
        Python row for each costs more than everything else agreement does; the caller
        parses the lists into arrays and orders them by idx.
        """
        return self.db.execute(
            'SELECT document_id, group_concat(idx), group_concat(start), group_concat("end") '
            "FROM segments GROUP BY document_id"
        ).fetchall()

    def agreement_coding_rows(self) -> list[tuple[int, int, int, int, int, int]]:
        """Every coding as (document_id, coder id, code id, start, end, id), unordered."""
        return self.db.execute('SELECT document_id, coder_id, code_id, start, "end", id FROM codings').fetchall()

    def agreement_names(self) -> tuple[dict[int, str], dict[int, str]]:
        """Coder names and code paths by id."""
        return (dict(self.db.execute("SELECT id, name FROM coders").fetchall()),
                dict(self.db.execute("SELECT id, path FROM codes").fetchall()))

    def exclusive_codes(self) -> set[str]:
        """Paths of codes whose children are marked mutually exclusive."""
        return {r[0] for r in self.db.execute("SELECT path FROM codes WHERE exclusive = 1")}

    def check_coders(self, names: list[str]) -> None:
        """Raise NotFound naming the first coder that does not exist."""
        known = set(self.coders())
        for name in names:
            if name not in known:
                raise NotFound(f"no coder named '{name}' (coders: {', '.join(sorted(known)) or 'none'})")

    # -- consensus ------------------------------------------------------------------

    def resolve_passage(
        self,
        document: str | int,
        start: int,
        end: int,
        codes: list[str],
        actor: str,
        decision: str,
        memo: str | None = None,
        positions: dict[str, list[str]] | None = None,
    ) -> list[int]:
        """Settle a disagreement on [start, end): the consensus coder gets exactly `codes` there.

        Earlier consensus codings on exactly this span are replaced. One transaction,
        one `agreement.resolve` audit entry holding the coders' positions, the decision,
        the memo and the codings removed and added. Returns the new coding ids.
        """
        if not decision.strip():
            raise WorkbenchError("a resolution needs a decision")
        with self.transaction():
            doc_id = self.resolve_document(document)
            self._check_span(doc_id, start, end)
            code_ids = [self.code_id(c) for c in dict.fromkeys(codes)]
            consensus = self.coder_id(CONSENSUS_CODER)
            removed = [
                dict(zip(("id", "code", "memo"), r, strict=True)) for r in self.db.execute(
                    'SELECT c.id, x.path, c.memo FROM codings c JOIN codes x ON x.id = c.code_id '
                    'WHERE c.document_id = ? AND c.start = ? AND c."end" = ? AND c.coder_id = ?',
                    [doc_id, start, end, consensus],
                )
            ]
            self.db.execute(
                'DELETE FROM codings WHERE document_id = ? AND start = ? AND "end" = ? AND coder_id = ?',
                [doc_id, start, end, consensus],
            )
            added: list[dict[str, Any]] = []
            stamp = now()
            for cid in code_ids:
                row: dict[str, Any] = {"document_id": doc_id, "start": start, "end": end, "code_id": cid,
                       "coder_id": consensus, "memo": memo or None, "origin": "manual", "created": stamp}
                row["id"] = self._insert_coding_row(row)
                added.append({"id": row["id"], "code": self.code_path(cid)})
            self._audit(
                actor, "agreement.resolve", "coding", None,
                {"removed": removed} if removed else None,
                {"document_id": doc_id, "start": start, "end": end, "decision": decision,
                 "memo": memo or None, "positions": positions or {}, "added": added},
            )
        return [a["id"] for a in added]

    def resolutions(self) -> list[dict[str, Any]]:
        """Every logged resolution, oldest first: document_id, start, end, decision, memo, who, when."""
        out = []
        for row in self.query("SELECT id, at, coder, after FROM audit WHERE action = 'agreement.resolve' ORDER BY id"):
            details = json.loads(row["after"])
            out.append({"audit_id": row["id"], "at": row["at"], "by": row["coder"], **details})
        return out
