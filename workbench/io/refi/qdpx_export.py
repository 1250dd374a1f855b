"""Writing the whole project as a REFI-QDA project archive (`.qdpx`).

A `.qdpx` is a zip archive holding `project.qde` (XML in the namespace
`urn:QDA-XML:project:1.0`, valid against the standard's Project.xsd) and the text of
each source under `sources/`. NVivo, ATLAS.ti, MAXQDA, QualCoder and Taguette read it,
so a team can move its coded interviews to another tool or hand them over with a report.

How the workbench maps onto the standard (and what QualCoder's importer needs):
- Coders are `Users`; the codebook is the `.qdc` codebook (see workbench.io.refi.qdc):
  a code's Description and colour only when someone wrote or chose them, the
  workbench's own fields (key, keywords, patterns, ...) in a `<?workbench ...?>`
  processing instruction that other readers skip.
- Each document is a `TextSource` whose text is `sources/<guid>.txt`, UTF-8 without a
  BOM: the stored normalised text (NFC, LF line ends) plus the whitespace its source
  ended with, if it came from another tool, so positions match and the text goes back
  character for character.
- Each coding is a `PlainTextSelection` holding one `Coding` (code and coder); its memo
  is the selection's `Description`, where QualCoder reads and writes coding memos.
- Participants are `Cases` with the variables role, programme and any free attributes;
  the wave, interview mode and date belong to one interview, not to a person, so they
  are variables on the source. A case refers to its participant's sources.
- A document's speaker map (who each turn's label is) is the Text variable `speakers`
  on its source, in the manifest's syntax with backslash escapes
  (`Mentor=mentor:M05; AH=mentee:G21`, see `encode_speaker_map`): other tools show it
  as one more attribute of the document, and the workbench reads it back as the map.
- Memos are `Notes` whose text is `sources/<guid>.txt` (`plainTextPath`), with a name,
  creation and modification times and a creating user: QualCoder turns such notes
  into journals (and its importer stops on a note without a date). A code memo is
  referenced from its code; a document memo is not referenced from its source, since
  QualCoder would then take it for a text annotation and drop it; the workbench finds
  its document from the note's processing instruction.
- The project's name is the Project `name`; its GUID namespace and its own speaker
  labels (`speakers label`: Leder means programleder) travel in a processing
  instruction, so importing the file into an empty project and exporting again gives
  the same GUIDs.

GUIDs are stable: the GUID a source, user or code came in with from another tool, else
uuid5 of the project namespace and a key made of things that do not change (a text's
sha256, a code's GUID, a coder's name, a span), so exporting twice gives identical files
(entries are also written with a fixed timestamp).
"""

from __future__ import annotations

import os
import re
import tempfile
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from workbench import __version__
from workbench.core.codebook import code_guid
from workbench.core.errors import WorkbenchError
from workbench.core.speakers import encode_speaker_map
from workbench.core.exchange import ExchangeMemo, ProjectBundle, normalise_guid, stable_guid
from workbench.core.text import text_sha256
from workbench.io.refi.qdc import codes_to_xml, workbench_pi

PROJECT_NS = "urn:QDA-XML:project:1.0"
ORIGIN = f"workbench {__version__}"
NAMESPACE_LABEL = "workbench-namespace:"  # where files from before 0.2 named the namespace
PATTERNS_NOTE = "workbench: spaCy patterns"  # how files from before 0.2 carried patterns
FALLBACK_USER = "workbench"  # the creating user of notes nobody in particular wrote
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

#: Variables on cases (participants) and on sources (one interview): name -> description.
CASE_VARIABLES = {
    "role": "Rolle i mentorprogrammet: mentee, mentor eller programleder.",
    "programme": "Mentorprogrammet deltakeren hører til.",
}
SOURCE_VARIABLES = {
    "wave": "Intervjurunde: baseline (nullpunkt) eller endpoint (sluttpunkt).",
    "mode": "Intervjuform (telefon, video, gruppe ...).",
    "date": "Intervjudato.",
    "speakers": ("Talerkart: hvem hver talermerkelapp i teksten er, som LABEL=ROLLE:DELTAKER, atskilt med ; "
                 "(f.eks. Mentor=mentor:M05; AH=mentee:G21; I=interviewer). Rolle: mentee, mentor, "
                 "programleder eller interviewer; rolle eller deltaker kan stå tom. \\ foran \\ ; | = : "
                 "i en merkelapp eller deltaker-ID."),
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?\Z")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class ExportSummary:
    """What an export wrote."""

    path: Path
    documents: int
    codes: int
    codings: int
    memos: int
    coders: int
    participants: int


def export_qdpx(project, out: Path | str) -> ExportSummary:
    """Write the whole project to `out` as a `.qdpx` archive (replaced atomically)."""
    return write_qdpx(project.exchange_bundle(), out)


def write_qdpx(bundle: ProjectBundle, out: Path | str) -> ExportSummary:
    """Write a bundle as a `.qdpx` archive; the file appears only when complete."""
    out = Path(out)
    root, texts = project_xml(bundle)
    ET.indent(root, space="  ")
    qde = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8")
    if out.is_dir():
        raise WorkbenchError(f"{out}: is a directory; give a file name ending in .qdpx")
    partial = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            _add(zf, "project.qde", qde)
            for guid, text in texts:
                _add(zf, f"sources/{guid}.txt", text.encode("utf-8"))  # UTF-8, no BOM (sources and notes)
        os.replace(partial, out)
    except BaseException as exc:
        if partial and os.path.exists(partial):
            os.unlink(partial)
        if isinstance(exc, OSError):
            raise WorkbenchError(f"{out}: cannot write ({exc.strerror or exc})") from None
        raise
    return ExportSummary(out, len(bundle.documents), len(bundle.codes), len(bundle.codings),
                         len(bundle.memos), len(bundle.coders), len(bundle.participants))


def _add(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    zf.writestr(info, data)


def project_xml(bundle: ProjectBundle) -> tuple[ET.Element, list[tuple[str, str]]]:
    """The `<Project>` element for a bundle, and the (file guid, text) pairs to store.

    The pairs are the sources' texts and the memos' texts, each as `sources/<guid>.txt`.
    """
    ns = uuid.UUID(bundle.namespace) if bundle.namespace else uuid.uuid4()
    guid = _Guids(ns, bundle)
    root = ET.Element("Project", _attrs(xmlns=PROJECT_NS, name=bundle.name or "workbench", origin=ORIGIN,
                                        creationDateTime=_stamp(bundle.created)))
    own: dict[str, object] = {"namespace": str(ns)}
    if bundle.speaker_labels:  # the project's own labels (`speakers label`), which no standard element holds
        own["speaker_labels"] = bundle.speaker_labels
    root.append(workbench_pi(own))
    notes: list[ET.Element] = []
    code_elements: dict[str, ET.Element] = {}
    users = list(bundle.coders)
    if bundle.memos and any(not m.coder for m in bundle.memos) and not users:
        users.append(FALLBACK_USER)
    guid.default_user = users[0] if users else None
    if users:
        users_el = ET.SubElement(root, "Users")
        for name in users:
            ET.SubElement(users_el, "User", _attrs(guid=guid.user(name), name=name))
    if bundle.codes:
        codebook = ET.SubElement(root, "CodeBook")
        codebook.append(codes_to_xml(bundle.codes, ns))
        code_elements = {el.get("guid"): el for el in codebook.iter("Code")}
    _variables(root, bundle, guid)
    _cases(root, bundle, guid)
    _elements, texts = _sources(root, bundle, guid)
    texts += _memos(bundle, guid, notes, code_elements)
    if notes:
        ET.SubElement(root, "Notes").extend(notes)
    if bundle.description:
        ET.SubElement(root, "Description").text = _xml_text(bundle.description)
    return root, texts


class _Guids:
    """The GUID of each thing in one export: the one it came with, else a stable one."""

    def __init__(self, ns: uuid.UUID, bundle: ProjectBundle):
        self.ns = ns
        self.default_user: str | None = None
        self._codes = {c.path: c.guid or code_guid(c.path, ns) for c in bundle.codes}
        self._shas = {d.name: text_sha256(d.text) for d in bundle.documents}
        self._sources = {d.name: normalise_guid(d.guid) for d in bundle.documents if d.guid}
        self._users = {name: normalise_guid(g) for name, g in bundle.coder_guids.items() if g}
        self._taken = set(self._sources.values()) | set(self._users.values()) | set(self._codes.values())

    def user(self, name: str | None) -> str | None:
        name = name or self.default_user
        if name is None:
            return None
        return self._users.get(name) or stable_guid(self.ns, "user", name)

    def code(self, path: str) -> str:
        return self._codes[path]

    def sha(self, document: str) -> str:
        return self._shas[document]

    def source(self, document: str) -> str:
        return self._sources.get(document) or stable_guid(self.ns, "source", self._shas[document])

    def variable(self, name: str) -> str:
        return stable_guid(self.ns, "variable", name)

    def case(self, participant: str) -> str:
        return stable_guid(self.ns, "case", participant)


def _variables(root: ET.Element, bundle: ProjectBundle, guid: _Guids) -> None:
    used: dict[str, str] = {}
    if any(p.role for p in bundle.participants):
        used["role"] = "Text"
    if any(p.program for p in bundle.participants):
        used["programme"] = "Text"
    for name in sorted({k for p in bundle.participants for k in p.attributes} - set(CASE_VARIABLES)):
        used[name] = "Text"
    for name in ("wave", "mode", "date"):
        if any(getattr(d, name) for d in bundle.documents):
            used[name] = "Date" if name == "date" else "Text"
    if any(bundle.speakers.get(d.name) for d in bundle.documents):
        used["speakers"] = "Text"
    if not used:
        return
    variables = ET.SubElement(root, "Variables")
    for name, kind in used.items():
        el = ET.SubElement(variables, "Variable", _attrs(guid=guid.variable(name), name=name, typeOfVariable=kind))
        description = CASE_VARIABLES.get(name) or SOURCE_VARIABLES.get(name)
        if description:
            ET.SubElement(el, "Description").text = description


def _variable_value(parent: ET.Element, guid: _Guids, name: str, value: object) -> None:
    if value is None or value == "":
        return
    text = str(value)
    if name == "date" and not _DATE.match(text):
        return
    el = ET.SubElement(parent, "VariableValue")
    ET.SubElement(el, "VariableRef", targetGUID=guid.variable(name))
    ET.SubElement(el, "DateValue" if name == "date" else "TextValue").text = _xml_text(text)


def _cases(root: ET.Element, bundle: ProjectBundle, guid: _Guids) -> None:
    if not bundle.participants:
        return
    cases = ET.SubElement(root, "Cases")
    for p in bundle.participants:
        case = ET.SubElement(cases, "Case", _attrs(guid=guid.case(p.id), name=p.id))
        _variable_value(case, guid, "role", p.role)
        _variable_value(case, guid, "programme", p.program)
        for key in sorted(p.attributes):
            if key not in CASE_VARIABLES:
                _variable_value(case, guid, key, p.attributes[key])
        for doc in bundle.documents:
            if doc.participant == p.id:
                ET.SubElement(case, "SourceRef", targetGUID=guid.source(doc.name))


def _sources(root: ET.Element, bundle: ProjectBundle,
             guid: _Guids) -> tuple[dict[str, ET.Element], list[tuple[str, str]]]:
    if not bundle.documents:
        return {}, []
    sources = ET.SubElement(root, "Sources")
    by_name: dict[str, ET.Element] = {}
    texts: list[tuple[str, str]] = []
    by_document: dict[str, list] = {}
    for coding in bundle.codings:
        by_document.setdefault(coding.document, []).append(coding)
    for doc in bundle.documents:
        source_guid = guid.source(doc.name)
        source = ET.SubElement(sources, "TextSource", _attrs(
            guid=source_guid, name=doc.name, plainTextPath=f"internal://{source_guid}.txt",
        ))
        by_name[doc.name] = source
        texts.append((source_guid, doc.text + (doc.tail or "")))
        seen: Counter[str] = Counter()
        for c in by_document.get(doc.name, []):
            code_ref = guid.code(c.code)
            key = f"{guid.sha(doc.name)}:{c.start}:{c.end}:{code_ref}:{c.coder}"
            seen[key] += 1
            key += f"#{seen[key]}"
            user = guid.user(c.coder)
            # startPosition/endPosition: Unicode codepoints into the source text, counted
            # from 0, end exclusive (the workbench's own offsets, written unchanged).
            selection = ET.SubElement(source, "PlainTextSelection", _attrs(
                guid=stable_guid(guid.ns, "selection", key), name=_excerpt(doc.text[c.start:c.end]),
                startPosition=str(c.start), endPosition=str(c.end),
                creatingUser=user, creationDateTime=_stamp(c.created),
            ))
            if c.memo:  # where QualCoder reads (and writes) a coding's memo
                ET.SubElement(selection, "Description").text = _xml_text(c.memo)
            coding = ET.SubElement(selection, "Coding", _attrs(
                guid=stable_guid(guid.ns, "coding", key), creatingUser=user, creationDateTime=_stamp(c.created),
            ))
            ET.SubElement(coding, "CodeRef", targetGUID=code_ref)
        _variable_value(source, guid, "wave", doc.wave)
        _variable_value(source, guid, "mode", doc.mode)
        _variable_value(source, guid, "date", doc.date)
        _variable_value(source, guid, "speakers", encode_speaker_map(bundle.speakers.get(doc.name, [])))
    return by_name, texts


def _memos(bundle: ProjectBundle, guid: _Guids, notes: list[ET.Element],
           codes: dict[str, ET.Element]) -> list[tuple[str, str]]:
    """Add a note per memo (and a NoteRef from its code); returns the notes' (guid, text) files."""
    texts: list[tuple[str, str]] = []
    seen: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for m in bundle.memos:
        key = (f"{guid.sha(m.document) if m.document else ''}:{guid.code(m.code) if m.code else ''}:"
               f"{m.coder or ''}:{m.created or ''}:{m.title or ''}")
        seen[key] += 1
        note_guid = stable_guid(guid.ns, "note", f"memo:{key}#{seen[key]}")
        name = _unique(m.title or _memo_name(m, bundle), names)  # QualCoder wants distinct journal names
        created = _stamp(m.created) or _stamp(bundle.created) or _EPOCH
        note = ET.Element("Note", _attrs(
            guid=note_guid, name=name, plainTextPath=f"internal://{note_guid}.txt",
            creatingUser=guid.user(m.coder), creationDateTime=created,
            modifiedDateTime=_stamp(m.updated) or created,
        ))
        link = {"title": m.title}
        if m.document:
            link["source"] = guid.source(m.document)
        if m.code:
            link["code"] = guid.code(m.code)
            _note_ref(codes[guid.code(m.code)], note_guid)
        note.append(workbench_pi(link))
        notes.append(note)
        texts.append((note_guid, m.text))
    return texts


_EPOCH = "2000-01-01T00:00:00Z"


def _memo_name(m: ExchangeMemo, bundle: ProjectBundle) -> str:
    if m.code:
        label = next((c.label for c in bundle.codes if c.path == m.code), m.code)
        return f"Memo: {label}" + (f" – {m.document}" if m.document else "")
    return f"Memo: {m.document}" if m.document else "Prosjektmemo"


def _unique(name: str, taken: Counter[str]) -> str:
    taken[name] += 1
    if taken[name] == 1:
        return name
    candidate = f"{name} ({taken[name]})"
    while candidate in taken:
        taken[name] += 1
        candidate = f"{name} ({taken[name]})"
    taken[candidate] += 1
    return candidate


def _note_ref(code_el: ET.Element, note_guid: str) -> None:
    """Add a NoteRef to a Code after its Description and earlier NoteRefs (schema order)."""
    position = sum(1 for el in code_el if el.tag in ("Description", "NoteRef", ET.ProcessingInstruction))
    code_el.insert(position, ET.Element("NoteRef", targetGUID=note_guid))


def _attrs(**values: str | None) -> dict[str, str]:
    return {k: _xml_text(v) for k, v in values.items() if v is not None and v != ""}


def _stamp(value: str | None) -> str | None:
    return value if value and _DATETIME.match(value) else None


def _excerpt(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _xml_text(value: str) -> str:
    """`value` with characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)
