"""Importing many transcript files in one run, as a researcher does from a folder.

Each file is read, segmented and stored in its own transaction: a bad file is reported in
one line and skipped, the good ones in the same run still land, and an identical text
already in the project is not stored twice.

A manifest is one description of a study's interviews, so it goes in whole or not at all: every
row is checked first (its cells, its file there and readable as a transcript, its speaker map's
labels in that transcript), and any fault stops the run before anything is written, one error
line per bad row naming the manifest, the line and the field. A half-imported manifest would
leave a baseline without its end-point, which the wave comparison would silently miss.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable

from workbench.core.errors import InputError, InputErrors, WorkbenchError
from workbench.core.models import Document, Participant
from workbench.core.speakers import label_key
from workbench.core.turns import find_label, uncounted_label, uncounted_labels
from workbench.io.transcripts.manifest import read_manifest
from workbench.io.transcripts.load import load_document, validate_metadata
from workbench.io.transcripts.readers import STRAY_MARK


@dataclass
class ImportReport:
    """What an import run did, file by file."""

    imported: list[tuple[str, int, str]] = field(default_factory=list)  # (file, doc id, name)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, existing name)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, what was not brought in)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (file, what else was imported)

    @property
    def ok(self) -> bool:
        return not self.failed


def _manifest_entry(manifest: dict[str, dict], path: Path) -> dict | None:
    for key in (str(path), path.name):
        if key in manifest:
            return manifest[key]
    return None


TAGUETTE_SUFFIXES = (".sqlite3", ".sqlite")


def import_files(
    project,
    paths: list[Path | str],
    manifest_path: Path | str | None = None,
    flags: dict | None = None,
    coder: str = "system",
    progress: Callable[[int, int, str], None] | None = None,
    landed: Callable[[str, int, str], None] | None = None,
) -> ImportReport:
    """Import transcripts with metadata from a manifest CSV and/or flags (flags fill gaps).

    Each file is its own transaction; `landed(file, id, name)` is called as soon as a
    file is committed, so a run that is killed has already said which files are in.
    """
    report = ImportReport()
    manifest: dict[str, dict] = {}
    row_errors: list[InputError] = []
    if manifest_path is not None:
        manifest = read_manifest(manifest_path, row_errors)  # a bad manifest stops the run: nothing imported
        if not paths:
            base = Path(manifest_path).parent
            paths = [base / f for f in manifest]
    flags = {k: v for k, v in (flags or {}).items() if v not in (None, "")}
    if "name" in flags and len(paths) > 1:
        raise WorkbenchError("--name can only be given when importing a single file")
    loaded = _check_manifest_rows(paths, manifest, manifest_path, flags, row_errors) if manifest_path is not None else {}
    for number, raw in enumerate(paths, 1):
        path = Path(raw)
        if progress:
            progress(number, len(paths), path.name)
        if path.suffix.lower() == ".qdpx":  # a whole REFI-QDA project
            from workbench.io.refi.qdpx_import import import_qdpx_file

            import_qdpx_file(project, path, coder, report)
            continue
        if path.suffix.lower() in TAGUETTE_SUFFIXES:  # a Taguette project file (its SQLite export)
            from workbench.io.taguette import import_taguette_file

            import_taguette_file(project, path, coder, report)
            continue
        try:
            meta = dict(flags)
            entry = _manifest_entry(manifest, path)
            if manifest and entry is None and not flags:
                raise InputError(str(path), "not listed in the manifest")
            if entry:
                meta = {**flags, **{k: v for k, v in entry.items() if v not in (None, "")}}
                if not path.exists():  # the manifest's row named it: point there
                    raise InputError(str(manifest_path), f"file not found: {path}", entry.get("line"), "file")
            meta = validate_metadata(meta, str(path))
            doc = loaded.pop(str(path), None) or load_document(path, meta)
            participant = None
            if meta.get("participant"):
                attrs = {k[5:]: v for k, v in meta.items() if k.startswith("attr_")}
                participant = Participant(meta["participant"], meta.get("role"), meta.get("program"), attrs)
            unheld = [k for k in ("role", "program") if meta.get(k)] if participant is None else []
            kept: list[str] = []
            with project.transaction():  # a speaker map that does not fit leaves no document behind
                added = project.add_document(doc, participant, coder=coder)
                if meta.get("speakers"):
                    kept = _apply_speakers(project, added.id, meta["speakers"], coder,
                                           str(manifest_path) if entry else str(path), meta.get("line"),
                                           keep_existing=not added.created)
        except WorkbenchError as exc:
            report.failed.append((str(path), str(exc) if isinstance(exc, InputError) else f"{path}: {exc}"))
            continue
        if added.created:
            report.imported.append((str(path), added.id, added.name))
            if unheld:  # a role and a programme are a participant's: with no participant, nothing holds them
                report.warnings.append((str(path), (
                    f"{' and '.join(unheld)} not stored: they belong to a participant, and none was given "
                    "(--participant or a manifest column)")))
            if landed:
                landed(str(path), added.id, added.name)
            unmapped = [r["label"] for r in project.document_speakers(added.id) if r["source"] == "guess"]
            if unmapped:
                report.warnings.append((str(path), (
                    f"group interview: speaker labels {', '.join(unmapped)} are not in its speaker map, so their "
                    f"quotes take the document's role; check with `workbench speakers {added.name}`")))
            as_text = uncounted_labels(doc.text)
            if as_text:
                shown = "; ".join(f"line {n}: '{sp}:'" for n, sp in as_text[:3])
                more = f" and {len(as_text) - 3} more" if len(as_text) > 3 else ""
                name = as_text[0][1].split("(")[0].strip()  # `Kari (mentor)`: Kari; `Leder Ola`: all of it
                once = any(find_label(f"{sp}: x") is not None for _n, sp in as_text)  # a plain name used once
                why = "a name must start two lines" if once else "not a label form the workbench reads"
                report.warnings.append((str(path), (
                    f"{shown}{more}: read as text of the turn before, not as a speaker label ({why}); if they "
                    f"are speakers, write the labels as Mentor:, Mentee 2:, Mentor Kari:, initials such as KB: "
                    f"or a name in brackets such as [{name}]: and import the file again")))
            if doc.encoding in ("cp1252", "latin-1"):  # no error, but a wrong guess garbles æ, ø and å
                report.notes.append((str(path), f"not UTF-8: read as {doc.encoding}; check that æ, ø and å "
                                                "look right in the text"))
            if doc.encoding and STRAY_MARK in doc.encoding:
                report.warnings.append((str(path), f"mixed encodings: {doc.encoding.split('(', 1)[1].rstrip(')')}; "
                                                   "the rest is UTF-8. Check those places in the text"))
        else:
            report.duplicates.append((str(path), added.name))
            if kept:
                report.warnings.append((str(path), (
                    f"already imported: kept {'; '.join(kept)} from its speaker map (the manifest says otherwise; "
                    f"change it with `workbench speakers set {added.name} LABEL ...`)")))
    return report


def _check_manifest_rows(paths: list[Path | str], manifest: dict[str, dict], manifest_path: Path | str,
                         flags: dict, errors: list[InputError]) -> dict[str, Document]:
    """Read every transcript a manifest run names before anything is written: the loaded documents
    by path, or InputErrors with one error per bad row (the manifest, its line and field), after
    `errors`, the rows whose cells were already found bad, in the order of the lines."""
    source = str(manifest_path)
    errors = list(errors)
    loaded: dict[str, Document] = {}
    for raw in paths:
        path = Path(raw)
        if path.suffix.lower() == ".qdpx" or path.suffix.lower() in TAGUETTE_SUFFIXES:
            continue
        entry = _manifest_entry(manifest, path)
        line = entry.get("line") if entry else None
        if entry is None:
            if not flags:
                errors.append(InputError(str(path), "not listed in the manifest"))
            continue
        if not path.exists():
            errors.append(InputError(source, f"file not found: {path}", line, "file"))
            continue
        meta = {**flags, **{k: v for k, v in entry.items() if v not in (None, "")}}
        try:
            doc = load_document(path, validate_metadata(meta, str(path)))
        except InputError as exc:  # unreadable, not a transcript, too large ...: named at its row
            errors.append(InputError(source, f"{path.name}: {exc.reason}", line, "file"))
            continue
        except WorkbenchError as exc:
            errors.append(InputError(source, f"{path.name}: {exc}", line, "file"))
            continue
        labels = list(dict.fromkeys(s.speaker for s in doc.segments if s.speaker))
        for e in meta.get("speakers") or []:  # as the store will check them (workbench.store.speakers)
            label = " ".join(e.label.split())
            if label_key(label) not in {label_key(lb) for lb in labels}:
                why = (f"; '{label}:' starts a line only once, so it is read as text, not as a speaker: write it "
                       f"as [{label}]: in the transcript and import it again") if uncounted_label(doc.text, label) else ""
                errors.append(InputError(source, f"speaker label '{label}' does not occur in document '{doc.name}' "
                                                 f"(its labels: {', '.join(labels) or 'none'}){why}", line, "speakers"))
        loaded[str(path)] = doc
    InputErrors.raise_any(sorted(errors, key=lambda e: (e.source != source, e.line or 0)))
    return loaded


def _apply_speakers(project, doc_id: int, entries, coder: str, source: str, line: int | None,
                    keep_existing: bool = False) -> list[str]:
    """Set a document's speaker map from its manifest row, unless it already says exactly that.

    `keep_existing` (a document imported before): only labels the map lacks are added, and an
    entry set since (by `speakers set` or the workbench) is kept; returns those kept, as text."""
    # labels matched as `speakers set` matches them (case and spaces aside), or an entry kept
    # here under one spelling would be overwritten by set_speakers under another
    stored = {label_key(label): e for label, e in project.speaker_entries(doc_id).items()}
    current = {key: (e.role, e.participant) for key, e in stored.items()}
    kept = [stored[label_key(e.label)] for e in entries
            if keep_existing and label_key(e.label) in current and current[label_key(e.label)] != (e.role, e.participant)]
    if keep_existing:
        entries = [e for e in entries if label_key(e.label) not in current]
    if entries and not all(current.get(label_key(e.label)) == (e.role, e.participant) for e in entries):
        project.set_speakers(doc_id, entries, coder, source=source, line=line)
    return [f"{e.label} = {', '.join(x for x in (e.role, e.participant) if x)}" for e in kept]
