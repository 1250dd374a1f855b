"""Bulk reads and writes for REFI-QDA project exchange.

Export needs the whole project at once (documents with text, participants, codebook,
coders, codings, memos); import writes a whole project coming from another tool. Both
live here so the SQL stays in the store, and the import is one transaction: a file
that fails halfway leaves the project as it was.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workbench.core.codebook import assign_colours
from workbench.core.errors import WorkbenchError
from workbench.core.exchange import (
    BundleImportResult, ExchangeCoding, ExchangeMemo, ProjectBundle, normalise_guid,
)
from workbench.core.models import Code, Document
from workbench.core.speakers import SpeakerEntry
from workbench.store.base import ProjectBase
from workbench.store.clock import now
from workbench.store.taguette_file import TaguetteRows, read_taguette_rows


class ExchangeMixin(ProjectBase):
    """Store methods for this area; mixed into `Project`."""

    # -- reading -----------------------------------------------------------------

    def read_taguette_rows(self, path: Path | str) -> TaguetteRows:
        """The rows of a Taguette project file to import (another SQLite file, opened read-only)."""
        return read_taguette_rows(path)

    def exchange_bundle(self) -> ProjectBundle:
        """The whole project as a `ProjectBundle` (retired codes included; no segments)."""
        documents = [
            Document(id=r["id"], name=r["name"], text=r["text"], sha256=r["sha256"],
                     participant=r["participant"], wave=r["wave"], mode=r["mode"], date=r["date"],
                     source=r["source"], encoding=r["encoding"], guid=r["guid"], tail=r["tail"] or "")
            for r in self.query("SELECT * FROM documents ORDER BY id")
        ]
        codings = [
            ExchangeCoding(r["document"], r["start"], r["end"], r["code"], r["coder"], r["memo"], r["created"])
            for r in self.query(
                'SELECT d.name AS document, c.start, c."end", x.path AS code, k.name AS coder, c.memo, c.created '
                "FROM codings c JOIN documents d ON d.id = c.document_id JOIN codes x ON x.id = c.code_id "
                'JOIN coders k ON k.id = c.coder_id ORDER BY c.document_id, c.start, c."end", c.id'
            )
        ]
        memos = [
            ExchangeMemo(r["text"], r["title"], r["coder"], r["document"], r["code"], r["created"], r["updated"])
            for r in self.query(
                "SELECT m.text, m.title, k.name AS coder, d.name AS document, x.path AS code, m.created, m.updated "
                "FROM memos m LEFT JOIN documents d ON d.id = m.document_id LEFT JOIN codes x ON x.id = m.code_id "
                "LEFT JOIN coders k ON k.id = m.coder_id ORDER BY m.id"
            )
        ]
        speakers: dict[str, list[SpeakerEntry]] = {}
        for r in self.db.execute("SELECT d.name, s.label, s.role, s.participant FROM speaker_map s "
                                 "JOIN documents d ON d.id = s.document_id ORDER BY s.document_id, s.id"):
            speakers.setdefault(r[0], []).append(SpeakerEntry(r[1], r[2], r[3]))
        name = self.setting("name") or (self.path.stem if self.path else "workbench")
        return ProjectBundle(
            name=name, namespace=str(self.namespace), created=self.setting("created"),
            coders=self.coders(), codes=self.codes(include_retired=True), participants=self.participants(),
            documents=documents, codings=codings, memos=memos, description=self.setting("description"),
            coder_guids={r[0]: r[1] for r in self.db.execute("SELECT name, guid FROM coders WHERE guid IS NOT NULL")},
            speakers=speakers,
            speaker_labels={e.label: e.role for e in self.speaker_entries(None).values() if e.role},
        )

    def is_empty(self) -> bool:
        """True when the project holds no documents, codes, codings or memos yet."""
        return not any(
            self.db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
            for table in ("documents", "codes", "codings", "memos")
        )

    # -- writing -----------------------------------------------------------------

    def import_bundle(self, bundle: ProjectBundle, actor: str, source: str,
                      adopt_namespace: bool = False) -> BundleImportResult:
        """Write a bundle into this project as one transaction and one audit entry.

        Codes are added or updated by path: an existing code keeps its GUID and place
        among its siblings, its colour when the file restates the default one, and its
        spaCy patterns when the incoming code has none. Participants are created or filled
        in; a document whose text is already stored is reused, and a name taken by another
        text gets a numbered suffix. Codings already present (same document, span, code and
        coder) and memos already present (same target, title and text) are not added
        twice. With `adopt_namespace` (honoured only for an empty project) the project
        takes the bundle's GUID namespace, and its name if it has none, so exporting again
        gives the same GUIDs.
        """
        result = BundleImportResult()
        try:
            with self.transaction():
                before = self.setting("namespace")
                if adopt_namespace and bundle.namespace and self.is_empty():
                    self.db.execute("UPDATE project SET value = ? WHERE key = 'namespace'", [bundle.namespace])
                    if bundle.created:  # the same project, so the same creation time in what it exports
                        self.db.execute("UPDATE project SET value = ? WHERE key = 'created'", [bundle.created])
                    result.namespace_adopted = True
                for key, value in (("name", bundle.name), ("description", bundle.description)):
                    if value and self.setting(key) is None:  # the project's own name and description travel
                        self.db.execute("INSERT INTO project(key, value) VALUES (?, ?)", [key, value])
                bundle = self._map_bundle_codes(bundle, result)
                self._import_bundle_codes(bundle, actor, result)
                known = set(self.coders())
                for name in bundle.coders:
                    self.coder_id(name)
                    if name not in known and bundle.coder_guids.get(name):
                        self.db.execute("UPDATE coders SET guid = ? WHERE name = ?", [bundle.coder_guids[name], name])
                known = {p.id for p in self.participants()}
                for participant in bundle.participants:
                    self.upsert_participant(participant, actor)
                result.participants = len(bundle.participants)
                result.participants_added = len({p.id for p in bundle.participants} - known)
                doc_ids = self._import_bundle_documents(bundle, actor, result)
                self._import_bundle_codings(bundle.codings, doc_ids, result)
                self._import_bundle_memos(bundle.memos, doc_ids, result)
                self._import_bundle_speakers(bundle.speakers, bundle.speaker_labels, doc_ids, actor, result)
                self._audit(actor, "project.import", "project", None, None, {
                    "source": source, "documents": len(result.documents), "codes_added": result.codes_added,
                    "codes_updated": result.codes_updated, "codings": result.codings_added,
                    "memos": result.memos_added,
                    "namespace": bundle.namespace if result.namespace_adopted else None,
                    "namespace_before": before if result.namespace_adopted else None,
                    "name": bundle.name if result.namespace_adopted else None,
                })
        except BaseException:
            self._coder_ids.clear()  # ids cached inside the rolled-back transaction are gone
            raise
        return result

    def match_codes(self, codes: list[Code], detailed: set[str] | None = None
                    ) -> tuple[list[Code], list[tuple[str, str]]]:
        """`codes` with each one already here moved onto its path here (see `_map_bundle_codes`),
        and the (path in file, path here) pairs that differ.

        A code whose path in the file is not in `detailed` came without the workbench's own
        fields (another tool wrote the file): it keeps the ones stored here.
        """
        result = BundleImportResult()
        moved = self._map_bundle_codes(ProjectBundle(codes=codes), result).codes
        if detailed is None:
            return moved, result.codes_matched
        stored = {c.path: c for c in self.codes(include_retired=True)}
        out = []
        for incoming, code in zip(codes, moved, strict=True):
            old = stored.get(code.path)
            if old is not None and incoming.path not in detailed:
                code = replace(code, label_en=code.label_en or old.label_en, keywords=code.keywords or old.keywords,
                               patterns=code.patterns or old.patterns, exclusive=old.exclusive, retired=old.retired,
                               on_request=old.on_request, order=old.order, colour=code.colour or old.colour)
            out.append(code)
        return out, result.codes_matched

    def _map_bundle_codes(self, bundle: ProjectBundle, result: BundleImportResult) -> ProjectBundle:
        """The bundle with each code that is already here under the path it has here.

        A code is the same code when it has the same GUID, else the same path, else the
        same name under the same parent: a codebook that went through another tool (which
        keeps names but drops the workbench's keys) comes back onto the codes it left.
        """
        if not bundle.codes:
            return bundle
        stored = self.codes(include_retired=True)
        by_guid = {normalise_guid(c.guid): c for c in stored if c.guid}
        by_path = {c.path: c for c in stored}
        by_label = {(c.parent, c.label.strip().casefold()): c for c in stored}
        mapping: dict[str, str] = {}
        codes = []
        for code in bundle.codes:  # parents come first
            parent = mapping.get(code.parent, code.parent) if code.parent else None
            moved = replace(code, parent=parent)
            match = by_guid.get(normalise_guid(code.guid)) if code.guid else None
            match = match or by_path.get(moved.path) or by_label.get((parent, code.label.strip().casefold()))
            if match is not None:
                moved = replace(moved, key=match.key, parent=match.parent)
            mapping[code.path] = moved.path
            if moved.path != code.path:
                result.codes_matched.append((code.path, moved.path))
            codes.append(moved)
        if not result.codes_matched:
            return bundle
        return replace(
            bundle, codes=codes,
            codings=[replace(c, code=mapping.get(c.code, c.code)) for c in bundle.codings],
            memos=[replace(m, code=mapping.get(m.code, m.code) if m.code else None) for m in bundle.memos],
        )

    def _import_bundle_codes(self, bundle: ProjectBundle, actor: str, result: BundleImportResult) -> None:
        if not bundle.codes:
            return
        stored = {c.path: c for c in self.codes(include_retired=True)}
        shown = {c.path: c.colour for c in assign_colours(list(stored.values()))}
        detailed = {normalise_guid(g) for g in bundle.detailed_codes}
        codes = []
        for code in bundle.codes:
            old = stored.get(code.path)
            if old is not None:  # keep what the file cannot say or only restates
                carried = code.guid is not None and normalise_guid(code.guid) in detailed
                code = replace(
                    code, guid=None, order=old.order, patterns=code.patterns or old.patterns,
                    colour=old.colour if code.colour in (None, shown[code.path]) else code.colour,
                )
                if not carried:  # the file has no workbench fields for it (another tool wrote it)
                    code = replace(code, label_en=code.label_en or old.label_en, keywords=code.keywords or old.keywords,
                                   exclusive=old.exclusive, retired=old.retired, on_request=old.on_request)
            codes.append(code)
        counts = self.import_codebook(codes, coder=actor)
        result.codes_added, result.codes_updated = counts["added"], counts["updated"]

    def _import_bundle_documents(self, bundle: ProjectBundle, actor: str,
                                 result: BundleImportResult) -> dict[str, int]:
        doc_ids: dict[str, int] = {}
        for doc in bundle.documents:
            existing = self.db.execute("SELECT id, name FROM documents WHERE sha256 = ?", [doc.sha256]).fetchone()
            same_name = self.db.execute("SELECT id, text FROM documents WHERE name = ?", [doc.name]).fetchone()
            if existing is None and same_name is not None and same_name[1] == doc.text:
                doc_ids[doc.name] = same_name[0]  # the same text stored under another hash
                result.documents.append((doc.name, same_name[0], False))
                continue
            stored = doc
            if existing is None:
                name = self._free_document_name(doc.name)
                if name != doc.name:
                    result.renamed.append((doc.name, name))
                    stored = replace(doc, name=name)
            added = self.add_document(stored, coder=actor)
            doc_ids[doc.name] = added.id
            result.documents.append((added.name, added.id, added.created))
        return doc_ids

    def _free_document_name(self, name: str) -> str:
        candidate, n = name, 2
        while self.db.execute("SELECT 1 FROM documents WHERE name = ?", [candidate]).fetchone():
            candidate, n = f"{name} ({n})", n + 1
        return candidate

    def _import_bundle_codings(self, codings: list[ExchangeCoding], doc_ids: dict[str, int],
                               result: BundleImportResult) -> None:
        code_ids = {r[0]: r[1] for r in self.db.execute("SELECT path, id FROM codes")}
        lengths = {r[0]: r[1] for r in self.db.execute("SELECT id, length(text) FROM documents")}
        present = {
            tuple(r) for r in self.db.execute(
                'SELECT document_id, start, "end", code_id, coder_id FROM codings WHERE document_id IN '
                f"({', '.join('?' for _ in doc_ids)})", list(doc_ids.values()),
            )
        } if doc_ids else set()
        rows = []
        for c in codings:
            doc_id = doc_ids.get(c.document)
            code_id = code_ids.get(c.code)
            if doc_id is None or code_id is None:
                raise WorkbenchError(f"coding refers to unknown document '{c.document}' or code '{c.code}'")
            if not 0 <= c.start < c.end <= lengths[doc_id]:
                raise WorkbenchError(f"coding span {c.start}-{c.end} is outside document '{c.document}'")
            key = (doc_id, c.start, c.end, code_id, self.coder_id(c.coder))
            if key in present:
                result.codings_already_present += 1
                continue
            present.add(key)
            rows.append((*key, c.memo or None, "import", c.created or now()))
        self.db.conn.executemany(
            'INSERT INTO codings(document_id, start, "end", code_id, coder_id, memo, origin, created) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        result.codings_added = len(rows)

    def _import_bundle_memos(self, memos: list[ExchangeMemo], doc_ids: dict[str, int],
                             result: BundleImportResult) -> None:
        code_ids = {r[0]: r[1] for r in self.db.execute("SELECT path, id FROM codes")}
        present = {tuple(r) for r in self.db.execute("SELECT document_id, code_id, title, text FROM memos")}
        texts = {r[3].strip() for r in present}
        rows = []
        for m in memos:
            key = (doc_ids.get(m.document) if m.document else None, code_ids.get(m.code) if m.code else None,
                   m.title, m.text)
            # The same memo on the same thing is already here; so is a memo that went through a
            # tool that keeps memos only as project journals (QualCoder) and comes back unattached.
            if key in present or (key[0] is None and key[1] is None and m.text.strip() in texts):
                result.memos_already_present += 1
                continue
            present.add(key)
            stamp = m.created or now()
            rows.append((*key[:2], self.coder_id(m.coder) if m.coder else None, *key[2:], stamp, m.updated or stamp))
        self.db.conn.executemany(
            "INSERT INTO memos(document_id, code_id, coder_id, title, text, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        result.memos_added = len(rows)

    def _import_bundle_speakers(self, speakers: dict[str, list[SpeakerEntry]], labels_of_project: dict[str, str],
                                doc_ids: dict[str, int], actor: str, result: BundleImportResult) -> None:
        """Set the project's own speaker labels and each document's speaker map from the bundle.
        An entry the project cannot take (a label not in the text, say) or one that differs from
        what the project already has is left out with a warning; the project's own entry is kept."""
        own = {e.label.casefold(): e for e in self.speaker_entries(None).values()}
        for label, role in labels_of_project.items():
            old = own.get(label.casefold())
            if old is None:
                try:
                    self.set_speakers(None, [SpeakerEntry(label, role)], actor)
                except WorkbenchError as exc:
                    result.warnings.append(f"project speaker label '{label}': {exc}; left out")
            elif old.role != role:
                result.warnings.append(f"project speaker label '{label}' is {role} in the file but "
                                       f"{old.role} here; kept as it is here")
        for name, entries in speakers.items():
            doc_id = doc_ids.get(name)
            if doc_id is None or not entries:
                continue
            have = self.speaker_entries(doc_id)
            labels = [lb for lb, _n in self.speaker_labels(doc_id) if lb is not None]
            new = []
            for entry in entries:
                try:
                    checked = self._check_speaker(doc_id, entry, labels, None, None)
                except WorkbenchError as exc:
                    result.warnings.append(f"source '{name}': speaker map: {exc}; left out")
                    continue
                old = have.get(checked.label)
                if old is None:
                    new.append(checked)
                elif old != checked:
                    result.warnings.append(
                        f"source '{name}': speaker '{checked.label}' is "
                        f"{checked.role or '-'}/{checked.participant or '-'} in the file but "
                        f"{old.role or '-'}/{old.participant or '-'} here; kept as it is here")
            if new:
                self.set_speakers(doc_id, new, actor)
