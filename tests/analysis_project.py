"""A small hand-made project for the analysis and report tests, with known counts.

Four participants: P1 (mentee, programme A) and P2 (mentor, A) in both waves, P3
(mentee, B) only at baseline, P4 (programleder, A) only at the end-point. Two coders,
ana and bo; one span is coded twice (by both), one coding covers two sentences.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.models import Code, Document, Participant, Segment
from workbench.store import Project

CODES = [
    Code("competence", "Kompetanse", definition="Hva personen kan."),
    Code("formal", "Formell kompetanse", parent="competence", definition="Utdanning og godkjenning."),
    Code("language", "Språk", parent="competence"),
    Code("network", "Nettverk", definition="Kontakter som åpner dører."),
    Code("weak_ties", "Svake bånd", parent="network"),
    Code("trust", "Tillit"),
]

# name: (participant, role, program, wave, sentences)
DOCUMENTS = {
    "P1-base": ("P1", "mentee", "A", "baseline",
                ["Jeg har en master fra Syria.", "Mentoren min Kari kjenner mange.", "Språket er vanskelig."]),
    "P1-end": ("P1", "mentee", "A", "endpoint", ["Nå snakker jeg bedre norsk.", "Kari ringte en leder i Bergen."]),
    "P2-base": ("P2", "mentor", "A", "baseline", ["Jeg vil dele nettverket mitt.", "Tillit tar tid."]),
    "P2-end": ("P2", "mentor", "A", "endpoint", ["Vi har blitt kjent.", "Hun fikk jobb gjennom en venn."]),
    "P3-base": ("P3", "mentee", "B", "baseline", ["Godkjenning av graden tok et år."]),
    "P4-end": ("P4", "programleder", "A", "endpoint", ["Matchingen fungerte godt."]),
}

# (document, sentence index or (first, last), code, coder)
CODINGS = [
    ("P1-base", 0, "competence/formal", "ana"),
    ("P1-base", 0, "competence/formal", "bo"),
    ("P1-base", 1, "network/weak_ties", "ana"),
    ("P1-base", 2, "competence/language", "ana"),
    ("P1-base", 1, "trust", "bo"),
    ("P1-end", 0, "competence/language", "ana"),
    ("P1-end", 1, "network/weak_ties", "ana"),
    ("P1-end", (0, 1), "trust", "ana"),
    ("P2-base", 0, "network", "ana"),
    ("P2-base", 1, "trust", "ana"),
    ("P2-end", 1, "network/weak_ties", "ana"),
    ("P3-base", 0, "competence/formal", "bo"),
    ("P4-end", 0, "network", "ana"),
]


def sentence_spans(sentences: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    return spans


def build(path: Path) -> Project:
    """Create the project file at `path` and return it open."""
    project = Project.open(path)
    project.import_codebook(CODES)
    spans_of = {}
    for name, (pid, role, program, wave, sentences) in DOCUMENTS.items():
        spans = sentence_spans(sentences)
        spans_of[name] = spans
        doc = Document(name, " ".join(sentences), sha256=name, participant=pid, wave=wave,
                       segments=[Segment(s, e, "Mentee", 0) for s, e in spans])
        project.add_document(doc, Participant(pid, role, program))
    for name, which, code, coder in CODINGS:
        first, last = which if isinstance(which, tuple) else (which, which)
        spans = spans_of[name]
        project.add_coding(name, spans[first][0], spans[last][1], code, coder)
    return project
