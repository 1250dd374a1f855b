"""Bringing in a Taguette project file (the SQLite database Taguette 1.5 exports).

Taguette exports a project only as its own SQLite file ("Export project"), never as
REFI-QDA, so the workbench reads that file: the project's name and description, its
documents, its tags (a dotted name sits under the tag it extends, as in Taguette's
list), and its highlights with their tags, as codings.

Taguette stores each document as HTML and counts a highlight's start and end in UTF-8
bytes of the document's text, not counting tags. The workbench stores plain text and
counts codepoints. Here the HTML becomes text (a paragraph, heading or list item is a
line, paragraphs are separated by a blank line, `<br>` is a line break; whitespace
between blocks is dropped) while remembering where each byte of Taguette's text landed,
then the text is normalised as on any import and each highlight is mapped through both
steps. Every highlight's text is compared with the snippet Taguette stored for it; the
report says how many were mapped and how many match, and names any that do not.

Taguette does not record who made a highlight in its export, so codings belong to the
person importing (`--coder`). The file itself is read by workbench.store.taguette_file
(read-only, known tables only; anything else is refused with a one-line error), which
the import reaches through the project (`Project.read_taguette_rows`): io does not
import the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from workbench.core.errors import InputError, WorkbenchError
from workbench.core.exchange import ExchangeCoding, ExchangeMemo, ProjectBundle, normalise_with_offsets
from workbench.core.models import Document
from workbench.core.segmenter import split_segments
from workbench.core.text import text_sha256
from workbench.core.turns import parse_turns
from workbench.core.wording import plural
from workbench.io.codebooks.csv_format import codes_from_dotted, dotted_paths

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "section",
           "article", "header", "footer", "ul", "ol", "dl"}
_LINES = {"li", "tr", "dt", "dd"}
_SKIP = {"script", "style", "head", "title"}


@dataclass
class TaguetteContent:
    """A Taguette project read into a bundle, with the offset mapping's report."""

    bundle: ProjectBundle
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Text(HTMLParser):
    """HTML to text, remembering where each run of Taguette's text bytes went."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0  # codepoints written so far
        self.bytes = 0  # Taguette's byte count so far
        self.runs: list[tuple[int, int, int, str]] = []  # (byte start, byte end, text start, text)
        self.pending = ""  # separator owed before the next text
        self.skipping = 0
        self.started = False

    def feed(self, data: str) -> None:
        super().feed(data.replace("\r\n", "\n").replace("\r", "\n"))  # as HTML parsers do before counting

    def _separate(self, sep: str) -> None:
        if self.length and len(sep) > len(self.pending):
            self.pending = sep

    def handle_starttag(self, tag, attrs):
        self.started = self.started or (tag not in _SKIP and tag not in ("html", "body"))
        if tag in _SKIP:
            self.skipping += 1
        elif tag == "br":
            self._emit("\n")
        elif tag in _BLOCKS:
            self._separate("\n\n")
        elif tag in _LINES:
            self._separate("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._separate("\n\n")
        elif tag in _LINES:
            self._separate("\n")

    def handle_data(self, data):
        if self.skipping or (not self.started and not data.strip()):
            return  # an HTML parser drops whitespace before the body starts; Taguette does not count it
        self.started = True
        size = len(data.encode("utf-8"))
        if self.pending and not data.strip():  # whitespace between blocks: counted by Taguette, not kept
            self.runs.append((self.bytes, self.bytes + size, self.length, ""))
            self.bytes += size
            return
        if self.pending:
            self._emit(self.pending)
            self.pending = ""
        self.runs.append((self.bytes, self.bytes + size, self.length, data))
        self.bytes += size
        self._emit(data)

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    def position(self, offset: int, end: bool) -> int:
        """The text position of Taguette byte `offset` (an end prefers the run it closes)."""
        for start_b, end_b, start_t, data in self.runs:
            if (start_b < offset <= end_b) if end else (start_b <= offset < end_b):
                return start_t + _codepoints(data, offset - start_b)
        return self.length if offset > 0 else 0


def _codepoints(data: str, nbytes: int) -> int:
    """How many whole codepoints of `data` fit in its first `nbytes` UTF-8 bytes."""
    count = 0
    for ch in data:
        nbytes -= len(ch.encode("utf-8"))
        if nbytes < 0:
            break
        count += 1
    return count


def html_text(html: str) -> str:
    """The text of an HTML fragment (for comparing a snippet with a span)."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser.text()


def read_taguette(rows: Any, source: str, coder: str) -> TaguetteContent:
    """A Taguette project file's rows (`TaguetteRows`, as the store reads them) as a bundle."""
    if len(rows.projects) != 1:
        raise InputError(source, f"holds {plural(len(rows.projects), 'project')}; export a single project from "
                         "Taguette (Project info → Export project) and import that file")
    _project_id, name, description = rows.projects[0]
    content = TaguetteContent(ProjectBundle(name=name.strip() or Path(source).stem,
                                            description=description.strip() or None))
    bundle = content.bundle
    bundle.codes = codes_from_dotted([(i, path, desc, {}) for i, (_id, path, desc) in enumerate(rows.tags)])
    by_dotted = {v: k for k, v in dotted_paths(bundle.codes).items()}
    code_of_tag = {tag_id: by_dotted.get(path.strip()) for tag_id, path, _d in rows.tags}
    bundle.coders = [coder]
    highlights: dict[int, list] = {}
    for row in rows.highlights:
        highlights.setdefault(row[1], []).append(row)
    taken: set[str] = set()
    mapped = matching = 0
    for doc_id, doc_name, doc_desc, contents in rows.documents:
        parser = _Text()
        parser.feed(contents)
        parser.close()
        text, offsets = normalise_with_offsets(parser.text())
        label = doc_name.strip() or f"taguette-{doc_id}"
        name, n = label, 2
        while name in taken:
            name, n = f"{label} ({n})", n + 1
        taken.add(name)
        if not text.strip():
            content.warnings.append(f"document '{name}' not brought in: it has no text")
            continue
        bundle.documents.append(Document(
            name=name, text=text, sha256=text_sha256(text), source=f"{source}#document={doc_id}",
            encoding="html", segments=split_segments(text, parse_turns(text)),
        ))
        if doc_desc.strip():
            bundle.memos.append(ExchangeMemo(doc_desc.strip(), None, None, name))
        for hl_id, _doc, start_b, end_b, snippet, tag_ids in highlights.get(doc_id, []):
            start, end = offsets(parser.position(start_b, False)), offsets(parser.position(end_b, True))
            if start >= end:
                content.warnings.append(f"highlight {hl_id} in '{name}' (bytes {start_b}-{end_b}) is empty or "
                                        "outside the text; skipped")
                continue
            mapped += 1
            if "".join(html_text(snippet).split()) == "".join(text[start:end].split()):
                matching += 1
            else:
                content.warnings.append(f"highlight {hl_id} in '{name}': the text at its position "
                                        f"({text[start:end][:40]!r}) differs from Taguette's snippet "
                                        f"({html_text(snippet)[:40]!r}); check it")
            for tag_id in tag_ids:
                if code_of_tag.get(tag_id):
                    bundle.codings.append(ExchangeCoding(name, start, end, code_of_tag[tag_id], coder))
    content.notes.append(f"{plural(mapped, 'highlight')} mapped from Taguette's HTML byte offsets to text "
                         f"positions; {matching} of {mapped} match the snippet Taguette stored")
    content.notes.append(f"highlights are attributed to '{coder}' (Taguette's export does not say who made them)")
    return content


def import_taguette_file(project, path: Path, coder: str, report) -> None:
    """The `workbench import` hook: import one Taguette project file into an ImportReport."""
    try:
        content = read_taguette(project.read_taguette_rows(path), str(path), coder)
        result = project.import_bundle(content.bundle, coder, source=str(path))
    except WorkbenchError as exc:
        report.failed.append((str(path), str(exc) if isinstance(exc, InputError) else f"{path}: {exc}"))
        return
    for name, doc_id, created in result.documents:
        (report.imported.append((str(path), doc_id, name)) if created
         else report.duplicates.append((str(path), name)))
    report.notes.append((str(path), f"{plural(result.codes_added, 'code')} added, {result.codes_updated} updated; "
                         f"{plural(result.codings_added, 'coding')}; {plural(result.memos_added, 'memo')}"))
    report.notes.extend((str(path), note) for note in content.notes)
    report.warnings.extend((str(path), w) for w in content.warnings)
    if result.codings_already_present:
        report.warnings.append((str(path), f"{plural(result.codings_already_present, 'coding')} were already "
                                "in the project (not added twice)"))
