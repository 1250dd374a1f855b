"""How a `.qdpx` file's notes become memos (a part of workbench.io.refi.qdpx_import).

A REFI-QDA note is attached by `NoteRef`s from the project, a source, a selection, a
coding or a code. Here each note becomes a coding memo, a memo on a document or code,
or a project memo; a note the workbench wrote itself says in its `<?workbench ...?>`
instruction which document it is about and what its title was (QualCoder would drop a
note a source refers to, so document memos are not referred to from their source).
Notes named `workbench: spaCy patterns` (files from before 0.2) give a code its patterns.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from workbench.core.errors import InputError
from workbench.core.exchange import ExchangeMemo, normalise_guid
from workbench.io.refi.qdc import read_workbench_pi
from workbench.io.refi.qdpx_export import PATTERNS_NOTE
from workbench.io.transcripts.readers import decode_text


class NotesMixin:
    """Note handling for the `.qdpx` reader; expects the reader's attributes."""

    # -- notes -------------------------------------------------------------------

    def _refer(self, ref: ET.Element, kind: str, target: object) -> None:
        guid = normalise_guid(ref.get("targetGUID"))
        if guid:
            self.note_refs.setdefault(guid, []).append((kind, target))

    def _memos(self) -> None:
        for guid in self.note_refs:
            if guid not in self.notes:
                self.warnings.append(f"a reference to note {guid} that is not in the file was skipped")
        for guid, note in self.notes.items():
            text = self._note_text(note)
            if text is None:
                continue
            refs = self.note_refs.get(guid, [])
            if (note.get("name") == PATTERNS_NOTE and refs and all(k == "code" for k, _ in refs)
                    and self._patterns(refs, text)):
                continue
            codings = [t for k, t in refs if k == "coding"]
            for coding in codings:
                if coding.memo != text:
                    coding.memo = f"{coding.memo}\n\n{text}" if coding.memo else text
            if codings:
                continue
            documents = [t for k, t in refs if k == "document"]
            codes = [t.path for k, t in refs if k == "code"]
            spans = [t for k, t in refs if k == "span"]
            title = note.get("name")
            own = read_workbench_pi(note)
            if own is not None:  # a workbench memo: its own title and the document it is about
                title = own.get("title") if isinstance(own.get("title"), str) else None
                source = self.doc_by_source.get(normalise_guid(own.get("source")) if own.get("source") else None)
                if source and source not in documents:
                    documents.append(source)
            if spans and not documents:
                doc, start, end = spans[0]
                documents = [doc]
                title = title or f"Merknad til tekst {start}-{end}"
                self.warnings.append(f"note '{title}' on a passage of '{doc}' is kept as a memo on the document")
            if len(documents) + len(codes) > 2 or len(documents) > 1 or len(codes) > 1:
                self.warnings.append(f"note '{title or guid}' is attached to several things; kept with the first")
            self.bundle.memos.append(ExchangeMemo(
                text, title, self.users.get(normalise_guid(note.get("creatingUser"))),
                documents[0] if documents else None, codes[0] if codes else None,
                note.get("creationDateTime"), note.get("modifiedDateTime"),
            ))

    def _patterns(self, refs: list[tuple[str, object]], text: str) -> bool:
        try:
            patterns = json.loads(text)
        except json.JSONDecodeError:
            return False
        if not isinstance(patterns, list):
            return False
        for _kind, code in refs:
            code.patterns = patterns
        return True

    def _note_text(self, note: ET.Element) -> str | None:
        inline = next(iter(_kids(note, "PlainTextContent")), None)
        if inline is not None and inline.text:
            return inline.text.replace("\r\n", "\n").strip()
        path = note.get("plainTextPath")
        member = self._member(path) if path else None
        if member is not None:
            try:
                raw, _ = decode_text(self.archive.read(member), f"{self.archive.source}:{member}")
                return raw.lstrip("\ufeff").replace("\r\n", "\n").strip()
            except InputError as exc:
                self.warnings.append(f"note '{note.get('name') or '?'}' not brought in: {exc}")
                return None
        self.warnings.append(f"{self._where(note)}: note '{note.get('name') or '?'}' has no text; skipped")
        return None


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _kids(el: ET.Element | None, name: str) -> list[ET.Element]:
    return [] if el is None else [x for x in el if _local(x.tag) == name]


def _text(el: ET.Element | None) -> str:
    return (el.text or "") if el is not None else ""
