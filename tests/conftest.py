"""Shared fixtures: a temporary project with a small codebook and one document."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.models import Code, Document, Participant, Segment
from workbench.store import Project

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

SAMPLE_TEXT = (
    "I: Hvordan fikk du jobben?\n\n"
    "Mentee: Mentoren min kjente en leder. Hun ringte ham for meg.\n\n"
    "I: Og språket?\n\n"
    "Mentee: Jeg tok norskkurs og bestod bergenstesten."
)


def sample_segments(text: str) -> list[Segment]:
    """Segments for SAMPLE_TEXT found by sentence punctuation (kept independent of the importer)."""
    out: list[Segment] = []
    for t, para in enumerate(text.split("\n\n")):
        base = text.index(para)
        speaker, _, body = para.partition(": ")
        offset = base + len(speaker) + 2
        pos = 0
        for sentence in body.replace("? ", "?|").replace(". ", ".|").split("|"):
            start = offset + body.index(sentence, pos)
            out.append(Segment(start, start + len(sentence), speaker, t))
            pos = start - offset + len(sentence)
    return out


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.open(tmp_path / "test.db")
    p.import_codebook([
        Code("competence", "Kompetanse", label_en="Competence"),
        Code("formal", "Formell kompetanse", parent="competence"),
        Code("language", "Språk", parent="competence"),
        Code("network", "Nettverk", label_en="Network"),
        Code("mentor_network", "Mentors nettverk", parent="network"),
    ])
    doc = Document("P01-nullpunkt", SAMPLE_TEXT, sha256="sample", participant="P01", wave="baseline",
                   segments=sample_segments(SAMPLE_TEXT))
    p.add_document(doc, Participant("P01", "mentee", "master"))
    yield p
    p.close()
