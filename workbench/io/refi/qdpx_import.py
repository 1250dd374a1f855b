"""Reading a REFI-QDA project archive (`.qdpx`) from the workbench or another tool.

Researchers receive projects from NVivo, ATLAS.ti, MAXQDA, QualCoder and Taguette, each
with its own reading of the standard. What is tolerated here, and how:
- the inner project file may have another name than `project.qde` (the single `.qde`
  in the archive is taken);
- sources may be plain text (UTF-8 with or without BOM, or Windows-1252) with CRLF line
  ends or decomposed letters: the text is normalised as on any import and every
  position is mapped through that normalisation, so codings keep their characters;
  a source given only as `.docx` is read as text (positions then assume one line per
  paragraph, and a warning says so); a text inline in the XML is read too;
- GUIDs in braces or upper case; missing or unknown users (codings then belong to the
  person importing, and a warning says how many); empty `Sets`;
- case variables named in English or Norwegian (`role`/`rolle`, `programme`/`program`,
  `wave`/`bølge`); other case variables become free participant attributes;
- a source's `speakers` variable is its speaker map (see qdpx_export); an entry that
  cannot be read or names a label not in the text is left out with a warning.
What cannot be brought in (PDF, picture, audio and video sources, sets, links, graphs,
values the workbench cannot hold) is skipped and listed as a warning. How notes become
memos is in workbench.io.refi.qdpx_notes; how source and case variables become
document fields, speaker maps and participants is in workbench.io.refi.qdpx_variables.
Archives are read in memory with size caps (workbench.io.refi.archive); XML with defusedxml.
"""

from __future__ import annotations

import re
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from workbench.core.errors import InputError, WorkbenchError
from workbench.core.exchange import (
    BundleImportResult, ExchangeCoding, ExchangeMemo, OffsetMap, ProjectBundle, is_guid, normalise_guid,
    normalise_with_offsets,
)
from workbench.core.models import Document
from workbench.core.segmenter import split_segments
from workbench.core.text import text_sha256
from workbench.core.turns import parse_turns
from workbench.core.wording import plural
from workbench.io.refi.qdc import codes_from_xml, parse_xml, read_workbench_pi
from workbench.io.refi.archive import SafeArchive
from workbench.io.refi.qdpx_notes import NotesMixin, _kids, _local, _n, _text
from workbench.io.refi.qdpx_export import NAMESPACE_LABEL
from workbench.io.refi.qdpx_variables import VariablesMixin
from workbench.io.transcripts.readers import MAX_CHARS, decode_text, read_transcript

_NAMESPACE = re.compile(re.escape(NAMESPACE_LABEL) + r"\s*([0-9a-fA-F-]{36})")
_MEDIA = {"PictureSource": "picture", "AudioSource": "audio", "VideoSource": "video", "PDFSource": "PDF"}


@dataclass
class QdpxContent:
    """A `.qdpx` read into a bundle, with what could not be brought in."""

    bundle: ProjectBundle
    warnings: list[str] = field(default_factory=list)
    from_workbench: bool = False


@dataclass
class QdpxImportReport:
    """What importing a `.qdpx` into a project did."""

    result: BundleImportResult
    bundle: ProjectBundle
    warnings: list[str]


def import_qdpx(project, path: Path | str, actor: str) -> QdpxImportReport:
    """Import a whole `.qdpx` project into `project` in one transaction."""
    content = read_qdpx(path, fallback_coder=actor)
    result = project.import_bundle(content.bundle, actor, source=str(path),
                                   adopt_namespace=content.from_workbench)
    warnings = list(content.warnings) + result.warnings
    warnings += [f"document '{old}' is stored as '{new}' (the name was taken)" for old, new in result.renamed]
    if result.codings_already_present:
        warnings.append(f"{plural(result.codings_already_present, 'coding')} were already in the project (not added twice)")
    return QdpxImportReport(result, content.bundle, warnings)


def import_qdpx_file(project, path: Path, coder: str, report) -> None:
    """The `workbench import` hook: import one `.qdpx` and record it in an ImportReport."""
    try:
        done = import_qdpx(project, path, coder)
    except WorkbenchError as exc:
        report.failed.append((str(path), str(exc) if isinstance(exc, InputError) else f"{path}: {exc}"))
        return
    for name, doc_id, created in done.result.documents:
        (report.imported.append((str(path), doc_id, name)) if created
         else report.duplicates.append((str(path), name)))
    r = done.result
    report.notes.append((str(path), f"{plural(r.codes_added, 'code')} added, {r.codes_updated} updated; "
                         f"{plural(r.participants, 'participant')}"
                         f"{f' ({r.participants_added} new)' if r.participants_added != r.participants else ''}; "
                         f"{plural(r.codings_added, 'coding')}; "
                         f"{plural(r.memos_added, 'memo')}"))
    report.warnings.extend((str(path), w) for w in done.warnings)


def read_qdpx(path: Path | str, fallback_coder: str) -> QdpxContent:
    """Read a `.qdpx` archive into a ProjectBundle (InputError when it cannot be read)."""
    with SafeArchive(path) as archive:
        return _Reader(archive, fallback_coder).read()


@dataclass
class _Source:
    name: str
    text: str
    where: str
    encoding: str
    offsets: OffsetMap
    document: Document | None = None
    tail: str = ""  # the whitespace the text ended with (the stored text leaves it out)


class _Reader(NotesMixin, VariablesMixin):
    def __init__(self, archive: SafeArchive, fallback_coder: str):
        self.archive = archive
        self.fallback = fallback_coder
        self.warnings: list[str] = []
        self.bundle = ProjectBundle()
        self.users: dict[str, str] = {}
        self.code_paths: dict[str, str] = {}
        self.variables: dict[str, str] = {}
        self.notes: dict[str, ET.Element] = {}
        self.note_refs: dict[str, list[tuple[str, object]]] = {}  # note guid -> [(kind, target)]
        self.doc_by_source: dict[str, str] = {}  # source guid -> document name
        self.source_of_selection: dict[str, str] = {}
        self.unknown_users = 0

    # -- top level ---------------------------------------------------------------

    def read(self) -> QdpxContent:
        self.qde = qde = self._find_qde()
        self.qde_name = f"{self.archive.source}:{qde}"
        root, self.lines = parse_xml(self.archive.read(qde), self.qde_name)
        if _local(root.tag) != "Project":
            raise InputError(self.qde_name, f"not a REFI-QDA project: root element is <{_local(root.tag)}>")
        parts = {_local(el.tag): el for el in root}
        origin = root.get("origin") or ""
        self.bundle.name = _project_name(root.get("name")) or Path(self.archive.source).stem
        self.bundle.created = root.get("creationDateTime")
        own = read_workbench_pi(root) or {}
        description = _text(parts.get("Description"))
        match = _NAMESPACE.search(description)
        if isinstance(own.get("namespace"), str):
            self.bundle.namespace = normalise_guid(own["namespace"])
        elif match:  # a file from before 0.2 named it in the Description
            self.bundle.namespace = normalise_guid(match.group(1))
        if description.strip() and not match:
            self.bundle.description = description.replace("\r\n", "\n").strip()
        self._speaker_labels(own.get("speaker_labels"))
        self._users(parts.get("Users"))
        self._codebook(parts.get("CodeBook"))
        self.variables = {normalise_guid(v.get("guid")): (v.get("name") or "").strip()
                          for v in _kids(parts.get("Variables"), "Variable")}
        self.notes = {normalise_guid(n.get("guid")): n for n in _kids(parts.get("Notes"), "Note")}
        self._sources(parts.get("Sources"))
        self._cases(parts.get("Cases"))
        self._speaker_participants()
        for ref in _kids(root, "NoteRef"):
            self._refer(ref, "project", None)
        self._memos()
        for name in ("Sets", "Links", "Graphs"):
            count = len(list(parts[name])) if name in parts else 0
            if count:
                self.warnings.append(f"{_n(count, name.lower()[:-1])} not brought in (the workbench has none)")
        odd = [v for el in root.iter() if _local(el.tag) not in ("Code", "CodeRef")
               for v in (el.get("guid"), el.get("targetGUID"), el.get("creatingUser")) if v and not is_guid(v)]
        if odd:
            shown = ", ".join(dict.fromkeys(odd[:5]))
            self.warnings.append(f"{_n(len(set(odd)), 'id')} of users, sources or selections are not GUIDs "
                                 f"({shown}); stable GUIDs were made from them")
        if self.unknown_users:
            self.warnings.append(f"{_n(self.unknown_users, 'coding')} named no known user; "
                                 f"they are attributed to '{self.fallback}'")
        self.bundle.coders = list(dict.fromkeys([*self.users.values(),
                                                 *(c.coder for c in self.bundle.codings)]))
        return QdpxContent(self.bundle, self.warnings, origin.startswith("workbench"))

    def _find_qde(self) -> str:
        exact = self.archive.find("project.qde")
        if exact:
            return exact
        found = [n for n in self.archive.names() if n.lower().endswith(".qde") and not n.startswith("__MACOSX/")]
        if len(found) == 1:
            self.warnings.append(f"the project file is named '{found[0]}', not 'project.qde'; read it anyway")
            return found[0]
        if not found:
            raise InputError(self.archive.source, "no project.qde in the archive (is this a REFI-QDA .qdpx file?)")
        raise InputError(self.archive.source, f"several .qde files and no project.qde: {', '.join(found)}")

    def _where(self, el: ET.Element) -> str:
        line = self.lines.get(id(el))
        return f"{self.qde}:{line}" if line else self.qde

    # -- users and codes ---------------------------------------------------------

    def _users(self, users: ET.Element | None) -> None:
        for user in _kids(users, "User"):
            guid = normalise_guid(user.get("guid"))
            if guid:
                name = (user.get("name") or user.get("id") or "").strip() or f"user-{guid[:8]}"
                self.users[guid] = name
                self.bundle.coder_guids.setdefault(name, guid)

    def _coder(self, guid: str | None) -> str:
        key = normalise_guid(guid)
        if key in self.users:
            return self.users[key]
        self.unknown_users += 1
        return self.fallback

    def _codebook(self, codebook: ET.Element | None) -> None:
        codes_el = next(iter(_kids(codebook, "Codes")), None)
        if codes_el is None:
            return
        codes = codes_from_xml(codes_el, self.qde_name, self.lines, self.warnings)
        elements = list(_code_elements(codes_el))  # the same depth-first order as `codes`
        for code, el in zip(codes, elements, strict=True):
            self.code_paths[code.guid] = code.path
            if read_workbench_pi(el) is not None:
                self.bundle.detailed_codes.add(code.guid)
            for ref in _kids(el, "NoteRef"):
                self._refer(ref, "code", code)
        self.bundle.codes = codes

    # -- sources -----------------------------------------------------------------

    def _sources(self, sources: ET.Element | None) -> None:
        for el in list(sources) if sources is not None else []:
            kind = _local(el.tag)
            if kind == "TextSource":
                self._text_source(el, el)
            elif kind == "PDFSource" and next(iter(_kids(el, "Representation")), None) is not None:
                self._text_source(next(iter(_kids(el, "Representation"))), el)
                self.warnings.append(f"{self._where(el)}: PDF source '{el.get('name')}': its text "
                                     "representation was brought in, not the PDF or its area codings")
            elif kind in _MEDIA:
                codings = sum(1 for x in el.iter() if _local(x.tag) == "Coding")
                self.warnings.append(f"{self._where(el)}: {_MEDIA[kind]} source '{el.get('name') or '?'}' not "
                                     f"brought in (the workbench holds text only; {_n(codings, 'coding')} skipped)")

    def _text_source(self, el: ET.Element, named: ET.Element) -> None:
        guid = normalise_guid(named.get("guid"))
        # its name, else the file it came from; a name that is only a GUID is a last resort
        candidates = [c for c in ((named.get("name") or el.get("name") or "").strip(), _stem(el.get("plainTextPath")),
                                  _stem(el.get("richTextPath"))) if c]
        label = next((c for c in candidates if not is_guid(c)), candidates[0] if candidates else guid or "?")
        loaded = self._load_text(el, label)
        selections = _kids(el, "PlainTextSelection")
        if loaded is None:
            skipped = sum(len(_kids(s, "Coding")) for s in selections) + len(_kids(el, "Coding"))
            if skipped:
                self.warnings.append(f"source '{label}': {_n(skipped, 'coding')} skipped with it")
            return
        name = self._free_name(label.strip() or f"source-{(guid or '')[:8]}")
        doc = Document(name=name, text=loaded.text, sha256=text_sha256(loaded.text), source=loaded.where,
                       encoding=loaded.encoding, segments=split_segments(loaded.text, parse_turns(loaded.text)),
                       guid=guid, tail=loaded.tail)
        loaded.document = doc
        self.bundle.documents.append(doc)
        if guid:
            self.doc_by_source[guid] = name
        for selection in selections:
            self._selection(selection, loaded, guid)
        for coding in _kids(el, "Coding"):  # a code on the whole source
            self._coding(coding, loaded, 0, len(loaded.text), None)
        for ref in _kids(el, "NoteRef"):
            self._refer(ref, "document", name)
        memo = _text(next(iter(_kids(named, "Description")), None)).replace("\r\n", "\n").strip()
        if memo:  # a source memo (QualCoder, MAXQDA)
            self.bundle.memos.append(ExchangeMemo(memo, None, None, name))
        for value in _kids(el, "VariableValue"):
            self._source_variable(value, doc)

    def _load_text(self, el: ET.Element, label: str) -> _Source | None:
        inline = next(iter(_kids(el, "PlainTextContent")), None)
        try:
            if el.get("plainTextPath"):
                member = self._member(el.get("plainTextPath"))
                if member is not None:
                    raw, encoding = decode_text(self.archive.read(member), f"{self.archive.source}:{member}")
                    return self._normalised(label, raw, f"{self.archive.source}:{member}", encoding)
            if inline is not None and inline.text:
                return self._normalised(label, inline.text, f"{self.qde_name} (inline)", "utf-8")
            if el.get("richTextPath"):
                member = self._member(el.get("richTextPath"))
                if member is not None and member.lower().endswith(".docx"):
                    text = self._docx(member)
                    self.warnings.append(f"source '{label}': read from {member}; positions assume one line per "
                                         "paragraph, check its codings")
                    return _Source(label, text, f"{self.archive.source}:{member}", "docx",
                                   OffsetMap(None, len(text)))
        except InputError as exc:
            self.warnings.append(f"source '{label}' not brought in: {exc}")
            return None
        path = el.get("plainTextPath") or el.get("richTextPath")
        rich = self._member(el.get("richTextPath")) if el.get("richTextPath") else None
        if rich is not None:
            reason = f"its text is only given as '{rich}' (the workbench reads plain text and .docx)"
        else:
            reason = f"its file '{path}' is not in the archive" if path else "it has no text"
        self.warnings.append(f"{self._where(el)}: source '{label}' not brought in: {reason}")
        return None

    def _normalised(self, label: str, raw: str, where: str, encoding: str) -> _Source | None:
        text, offsets = normalise_with_offsets(raw)
        body = raw.rstrip()
        tail = raw[len(body):].replace("\r\n", "\n").replace("\r", "\n") if body else ""
        if not text.strip():
            self.warnings.append(f"source '{label}' not brought in: it is empty")
            return None
        if len(text) > MAX_CHARS:
            self.warnings.append(f"source '{label}' not brought in: longer than {MAX_CHARS:,} characters")
            return None
        return _Source(label, text, where, encoding, offsets, tail=tail)

    def _docx(self, member: str) -> str:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "source.docx"
            target.write_bytes(self.archive.read(member))
            try:
                return read_transcript(target).text
            except InputError as exc:
                raise InputError(f"{self.archive.source}:{member}", exc.reason) from None

    def _member(self, uri: str) -> str | None:
        """The archive member a source path points at (`internal://`, relative or absolute)."""
        rest = re.sub(r"^[a-zA-Z]+://", "", uri.strip()).replace("\\", "/").lstrip("/")
        for candidate in (f"sources/{rest}", rest):
            found = self.archive.find(candidate)
            if found:
                return found
        base = PurePosixPath(rest).name.lower()
        matches = [n for n in self.archive.names() if PurePosixPath(n).name.lower() == base]
        return matches[0] if len(matches) == 1 else None

    def _free_name(self, name: str) -> str:
        taken = {d.name for d in self.bundle.documents}
        candidate, n = name, 2
        while candidate in taken:
            candidate, n = f"{name} ({n})", n + 1
        return candidate

    def _selection(self, sel: ET.Element, source: _Source, source_guid: str | None) -> None:
        guid = normalise_guid(sel.get("guid"))
        if guid and source_guid:
            self.source_of_selection[guid] = source_guid
        try:
            raw_start, raw_end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
        except ValueError:
            self.warnings.append(f"{self._where(sel)}: selection without valid positions skipped")
            return
        codings = _kids(sel, "Coding")
        maps = source.offsets.boundaries
        raw_length = len(maps) - 1 if maps is not None else source.offsets.length + len(source.tail)
        if raw_start < 0 or raw_end > raw_length or raw_start > raw_end:  # damaged: reported, never mended
            name = sel.get("guid") or "without a guid"  # its name is often the selected text: not shown
            self.warnings.append(
                f"{self._where(sel)}: selection {name} at {raw_start}-{raw_end} in '{source.name}' "
                + ("ends before it starts" if raw_start > raw_end and raw_start >= 0 and raw_end <= raw_length
                   else f"lies outside the text (0-{raw_length})")
                + f"; {_n(len(codings), 'coding')} skipped")
            return
        start, end = source.offsets(raw_start), source.offsets(raw_end)
        if start >= end:
            self.warnings.append(f"{self._where(sel)}: selection {raw_start}-{raw_end} in '{source.name}' is "
                                 f"empty or outside the text; {_n(len(codings), 'coding')} skipped")
            return
        added = [c for c in (self._coding(c, source, start, end, sel) for c in codings) if c is not None]
        memo = _text(next(iter(_kids(sel, "Description")), None)).replace("\r\n", "\n").strip()
        for coding in added if memo else ():  # QualCoder keeps a coding's memo here
            coding.memo = memo
        if memo and not codings:
            self.bundle.memos.append(ExchangeMemo(memo, f"Merknad til tekst {start}-{end}", None,
                                                  source.document.name))
        for ref in _kids(sel, "NoteRef"):
            if len(added) == 1:
                self._refer(ref, "coding", added[0])
            else:
                self._refer(ref, "span", (source.document.name, start, end))

    def _coding(self, el: ET.Element, source: _Source, start: int, end: int,
                sel: ET.Element | None) -> ExchangeCoding | None:
        ref = next(iter(_kids(el, "CodeRef")), None)
        path = self.code_paths.get(normalise_guid(ref.get("targetGUID")) if ref is not None else None)
        if path is None:
            self.warnings.append(f"{self._where(el)}: coding in '{source.name}' refers to no known code; skipped")
            return None
        user = el.get("creatingUser") or (sel.get("creatingUser") if sel is not None else None)
        created = el.get("creationDateTime") or (sel.get("creationDateTime") if sel is not None else None)
        coding = ExchangeCoding(source.document.name, start, end, path, self._coder(user), None, created)
        self.bundle.codings.append(coding)
        for note in _kids(el, "NoteRef"):
            self._refer(note, "coding", coding)
        return coding

def _project_name(name: str | None) -> str:
    """The project's name as written, without the `.qda` QualCoder leaves on it."""
    name = (name or "").strip()
    return name[:-4] if name.lower().endswith(".qda") and len(name) > 4 else name


def _stem(path: str | None) -> str:
    """The file name of a source path without folders and extension (`internal://a/b.txt` -> `b`)."""
    if not path:
        return ""
    return PurePosixPath(re.sub(r"^[a-zA-Z]+://", "", path.strip()).replace("\\", "/")).stem.strip()


def _code_elements(el: ET.Element):
    for child in _kids(el, "Code"):
        yield child
        yield from _code_elements(child)

