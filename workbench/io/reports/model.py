"""The content of a quote report, gathered once and then written as Markdown, HTML or DOCX.

A report is what a research team shares, so it is built from pseudonymised text only:
the quotes grouped by code (with the code's definition), each cited by role, plus a
frequency table and a chart of baseline against end-point. Which words were replaced,
and where, travels with the report so the command can preview it.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from workbench.analysis.quotes import Quote, QuoteFilter, find_quotes, group_by_code, merge_overlapping
from workbench.analysis.matrices import ancestors_and_self
from workbench.analysis.speaker_counts import person_key
from workbench.io.pseudonymize.project import ProjectPseudonymizer
from workbench.io.pseudonymize.pseudonymizer import DEFAULT_MARKERS, Pseudonymizer, Replacement, unreplaced_capitals

MAX_CHART_BARS = 24


@dataclass
class ReportOptions:
    """How the report cites quotes and what it contains."""

    title: str = "Sitater etter kode"
    with_program: bool = False
    with_wave: bool = False
    chart: bool = True
    memos: bool = False  # code and coding memos under their code and quote, project/document memos at the end


@dataclass
class ReportQuote:
    """One quote as printed: its (pseudonymised) text and attribution."""

    text: str
    attribution: str
    wave: str | None
    document: str
    start: int
    end: int
    memos: list[str] = field(default_factory=list)


@dataclass
class ReportSection:
    """A code's heading, definition and the quotes coded with it."""

    code: str
    label: str
    definition: str
    depth: int
    quotes: list[ReportQuote] = field(default_factory=list)
    memos: list[str] = field(default_factory=list)


@dataclass
class FrequencyRow:
    """Counts for one code, its sub-codes included: quotes, participants, quotes per wave."""

    code: str
    label: str
    depth: int
    quotes: int
    participants: int
    baseline: int
    endpoint: int


@dataclass
class FoundReplacement:
    """A replacement with the document and offset (into the stored text) where it was made."""

    document: str
    offset: int
    replacement: Replacement

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, "offset": self.offset, **self.replacement.as_dict()}


@dataclass
class Report:
    """Everything a report file shows."""

    title: str
    created: str
    filters: str
    pseudonymized: bool
    ner: str | None
    sections: list[ReportSection]
    frequencies: list[FrequencyRow]
    chart_rows: list[FrequencyRow]
    replacements: list[FoundReplacement]
    quote_count: int
    chart_png: bytes | None = None
    left_capitals: dict[str, int] = field(default_factory=dict)
    markers: dict[str, str] = field(default_factory=dict)
    consistent: bool = False
    #: With ReportOptions.memos: (heading, text) of project-journal and document memos.
    notes: list[tuple[str, str]] = field(default_factory=list)

    def count_note(self) -> str:
        """How many quotes, in Norwegian: `1 sitat.`, `12 sitater.`"""
        return f"{self.quote_count} {'sitat' if self.quote_count == 1 else 'sitater'}."

    def method_note(self) -> str:
        """One sentence saying how the text was pseudonymised (Norwegian, as the report is)."""
        if not self.pseudonymized:
            return "Ikke pseudonymisert."
        how = "prosjektets begrepsliste, regler for navn, steder, organisasjoner, kontaktopplysninger og ID-numre"
        if self.ner:
            how += f" og navnegjenkjenning ({self.ner})"
        m = {**DEFAULT_MARKERS, **self.markers}
        if self.consistent:
            names = "personer → [Person 1], [Person 2] …, steder → [Sted 1] …, organisasjoner → [Organisasjon 1] …"
        else:
            names = f"personnavn → {m['person']}, steder → {m['place']}, organisasjoner → {m['org']}"
        return (f"Pseudonymisert: {names}; telefon → {m['phone']}, e-post → {m['email']}, "
                f"fødselsnummer → {m['idnumber']}, adresse → {m['address']}; {how}.")


def build_report(
    project,
    flt: QuoteFilter | None = None,
    options: ReportOptions | None = None,
    pseudonymizer: ProjectPseudonymizer | Pseudonymizer | None = None,
    ner_name: str | None = None,
    quotes: list[Quote] | None = None,
) -> Report:
    """Gather quotes, pseudonymise them (unless `pseudonymizer` is None) and count them.

    `quotes` given (a retrieval list or a query's result) are reported instead of the
    filter's; the filter then only describes them in the header."""
    flt = flt or QuoteFilter()
    options = options or ReportOptions()
    quotes = merge_overlapping(quotes if quotes is not None else find_quotes(project, flt))
    if isinstance(pseudonymizer, Pseudonymizer):
        pseudonymizer = ProjectPseudonymizer(project, pseudonymizer)
    texts, found, left = _pseudonymise(project, quotes, pseudonymizer)
    inner = pseudonymizer.pseudonymizer if isinstance(pseudonymizer, ProjectPseudonymizer) else pseudonymizer
    codes = project.codes(include_retired=True)
    by_code = group_by_code(quotes, [c.path for c in codes])
    in_subtree = {path for q in quotes for path in ancestors_and_self(q.code)}
    if pseudonymizer is not None:  # an in-vivo label or a definition naming someone (after the quotes' texts)
        codes = [dataclasses.replace(c, label=pseudonymizer.code_label(c.label) or c.label,
                                     definition=pseudonymizer.code_label(c.definition) or c.definition)
                 if c.path in in_subtree else c for c in codes]
    memo_text = _memo_texts(project, quotes, pseudonymizer) if options.memos else None
    sections = []
    for code in codes:
        if code.path not in in_subtree:
            continue
        section = ReportSection(code.path, code.label, code.definition or "", code.depth)
        for q in by_code.get(code.path, []):
            section.quotes.append(ReportQuote(
                texts[(q.document_id, q.start, q.end)], q.attribution(options.with_program, options.with_wave),
                q.wave, q.document, q.start, q.end, [memo_text(m) for m in q.memos] if memo_text else [],
            ))
        if memo_text:
            section.memos = [memo_text(m["text"]) for m in project.memos(code=code.path)
                             if m["code"] == code.path and m["document"] is None]
        sections.append(section)
    frequencies = _frequencies(quotes, codes, in_subtree, flt)
    report = Report(
        # a title names what was asked for, often a code's label (the workbench's "Sitater: <label>")
        title=pseudonymizer.code_label(options.title) or options.title if pseudonymizer is not None else options.title,
        created=_dt.date.today().isoformat(),
        filters=_described(flt, pseudonymizer),
        pseudonymized=pseudonymizer is not None,
        ner=ner_name if pseudonymizer is not None and pseudonymizer.uses_ner else None,
        sections=sections,
        frequencies=frequencies,
        chart_rows=chart_rows(frequencies),
        replacements=found,
        quote_count=len({(q.document_id, q.start, q.end, q.code) for q in quotes}),
        left_capitals=left,
        markers=dict(inner.markers) if inner is not None else {},
        consistent=inner is not None and inner.numbering is not None,
        notes=_notes(project, memo_text, _document_name(project, pseudonymizer)) if memo_text else [],
    )
    if options.chart and report.chart_rows:
        from workbench.io.reports.chart import wave_chart_png

        report.chart_png = wave_chart_png(report.chart_rows)
    return report


def _described(flt: QuoteFilter, pseudonymizer: ProjectPseudonymizer | None) -> str:
    """The filters in words for the header; pseudonymised, a participant id that is a name, a
    document's name and the search words read as everywhere else in the report (after its quotes)."""
    if pseudonymizer is None:
        return flt.describe()
    return dataclasses.replace(
        flt, participants=[str(pseudonymizer.participant(p)) for p in flt.participants],
        codes=[str(pseudonymizer.code_path(c)) for c in flt.codes],
        documents=[str(pseudonymizer.document_name(d)) for d in flt.documents],
        search=pseudonymizer.search(flt.search)).describe()


def _memo_texts(project, quotes: list[Quote], pseudonymizer: ProjectPseudonymizer | None):
    """A function giving each memo's text as printed: pseudonymised, like the quotes (after them, so
    a surname alone that a quote's document replaced is replaced in a memo too)."""
    texts = {m for q in quotes for m in q.memos} | {m["text"] for m in project.memos()}
    if pseudonymizer is None:
        return lambda text: text
    done = {text: pseudonymizer.text(text) or text for text in sorted(texts)}
    return lambda text: done.get(text, text)


def _document_name(project, pseudonymizer: ProjectPseudonymizer | Pseudonymizer | None):
    """A function giving a document's name as the report prints it (pseudonymised with the text)."""
    if pseudonymizer is None:
        return lambda name: name
    if isinstance(pseudonymizer, Pseudonymizer):
        pseudonymizer = ProjectPseudonymizer(project, pseudonymizer)
    return pseudonymizer.document_name


def _notes(project, memo_text, document_name) -> list[tuple[str, str]]:
    """The project journal, then the memos on documents, as (heading, printed text)."""
    memos = project.memos()
    journal = [("Prosjektlogg", memo_text(m["text"])) for m in memos if not m["document"] and not m["code"]]
    documents = [(f"Dokument {document_name(m['document'])}", memo_text(m["text"])) for m in memos if m["document"]]
    return journal + sorted(documents, key=lambda n: n[0])


def _pseudonymise(project, quotes: list[Quote], pseudonymizer):
    """Each quote's pseudonymised text (cut from its pseudonymised document), the replacements, and capitals left."""
    spans: dict[tuple[int, int, int], Quote] = {}
    for q in quotes:
        spans.setdefault((q.document_id, q.start, q.end), q)
    if pseudonymizer is None:
        return {k: q.text for k, q in spans.items()}, [], {}
    if isinstance(pseudonymizer, Pseudonymizer):
        pseudonymizer = ProjectPseudonymizer(project, pseudonymizer)
    texts, found, left = {}, [], Counter()
    for key, q in spans.items():
        text, reps = pseudonymizer.cut(q.document_id, q.start, q.end, q.text)
        texts[key] = text
        found.extend(FoundReplacement(q.document, q.start + r.start, r) for r in reps)
        left.update(unreplaced_capitals(q.text, reps))
    seen, unique = set(), []
    for f in sorted(found, key=lambda f: (f.document, f.offset, -f.replacement.end)):
        if (f.document, f.offset) not in seen:
            seen.add((f.document, f.offset))
            unique.append(f)
    return texts, unique, dict(left.most_common())


def _people(q: Quote, flt: QuoteFilter) -> set[str]:
    """Who a quote counts for in the participants column: each respondent speaking in it whom the
    role and participant filters keep (a report on mentors does not count the mentee whose turn
    a mentor's passage starts in), counted as the matrices count people
    (`speaker_counts.person_key`); the interviewer and a heading said by no one count for no one."""
    speakers = q.speakers or []
    if not speakers:
        return {q.participant or f"#{q.document_id}"}
    if flt.roles or flt.participants:
        speakers = [sp for sp in speakers if flt.speaker_matches((sp,))]
    return {key for sp in speakers if not sp.is_interviewer and (key := person_key(sp, q.document_id)) is not None}


def _frequencies(quotes: list[Quote], codes, in_subtree: set[str], flt: QuoteFilter) -> list[FrequencyRow]:
    spans: dict[str, set] = {}
    people: dict[str, set] = {}
    waves: dict[str, dict[str, set]] = {}
    for q in quotes:
        span = (q.document_id, q.start, q.end)
        for path in ancestors_and_self(q.code):
            spans.setdefault(path, set()).add(span)
            people.setdefault(path, set()).update(_people(q, flt))
            if q.wave:
                waves.setdefault(path, {}).setdefault(q.wave, set()).add(span)
    rows = []
    for code in codes:
        if code.path in in_subtree:
            w = waves.get(code.path, {})
            rows.append(FrequencyRow(code.path, code.label, code.depth, len(spans[code.path]),
                                     len(people[code.path]), len(w.get("baseline", ())), len(w.get("endpoint", ()))))
    return rows


def chart_rows(rows: list[FrequencyRow]) -> list[FrequencyRow]:
    """The rows worth a bar: the top level, or the level below when only one top code is present."""
    if not rows:
        return []
    top = min(r.depth for r in rows)
    chosen = [r for r in rows if r.depth == top]
    if len(chosen) == 1:
        children = [r for r in rows if r.depth == top + 1 and r.code.startswith(chosen[0].code + "/")]
        chosen = children or chosen
    return chosen[:MAX_CHART_BARS]
