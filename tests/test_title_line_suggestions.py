"""A title or file header before a transcript's first turn gets no suggested codes from
`suggest --document` or `n` (next confident), as the workbench's panel gives none: one
definition (`core.turns.before_first_turn`) decides for all three. A text with no speaker
labels has no such line. The transcripts are synthetic, written for these tests."""

from __future__ import annotations

import json

import pytest

from workbench.core.turns import before_first_turn, first_turn_start
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project
from cli_support import run_cli
from tests.test_nlp_service import CODES, add_document

# SYNTHETIC: written for this test; the title names codes' keywords, so it would be suggested for.
TITLE = "# Intervju om nettverk, CV og norskkurs med P01"
TEXT = (TITLE + "\n\n"
        "I: Hvordan gikk det med søknaden?\n\n"
        "Mentee: Jeg skrev CV-en på nytt, og en bekjent tipset meg om en stilling.\n")
PLAIN = "Jeg tok norskkurs i to år.\n\nEn bekjent tipset meg om en stilling."


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "t.db"
    project = Project.open(path)
    project.import_codebook(CODES)
    add_document(project, "T1", TEXT)
    add_document(project, "T2", PLAIN)
    yield project
    project.close()


def test_the_title_is_a_segment_of_its_own_before_the_first_turn(project):
    segments = project.segments(project.resolve_document("T1"))
    first = first_turn_start(segments)
    title = [s for s in segments if before_first_turn(s.end, first)]
    assert [TEXT[s.start:s.end] for s in title] == [TITLE[2:]]
    plain = project.segments(project.resolve_document("T2"))
    assert first_turn_start(plain) is None and not any(before_first_turn(s.end, None) for s in plain)


def test_next_confident_skips_the_title_and_keeps_a_text_without_labels(project):
    service = SuggestionService(project, Settings(db=project.path), background=False)
    service.load()
    doc = project.resolve_document("T1")
    found = service.next_confident(doc, 0, threshold=0.0)  # any score will do: only the skips decide
    assert found is not None and TEXT[found[0]:found[1]].startswith("Jeg skrev CV-en")
    plain = project.resolve_document("T2")
    found = service.next_confident(plain, 0, threshold=0.0)
    assert found is not None and found[0] == 0  # nothing before a first turn in a text with no labels
    per_segment = service.document_suggestions(doc, 3)
    segments = service.analyses.get(doc).segments
    assert [bool(found) for found in per_segment] == [False, False, True]  # title, question, answer
    assert segments[0].start == TEXT.index("Intervju om")


def test_suggest_document_gives_the_title_no_codes_and_says_why(project):
    project.close()
    data = json.loads(run_cli(project.path, "suggest", "--document", "T1", "--top", "2", "--json"))
    title, question, answer = data["segments"]
    assert title["heading"] and not title["interviewer"] and title["suggestions"] == []
    assert question["interviewer"] and not question["heading"]
    assert not answer["heading"] and answer["suggestions"]
    plain = run_cli(project.path, "suggest", "--document", "T1", "--top", "1")
    assert plain.count("(before the first turn, a heading: no codes suggested)") == 1
    data = json.loads(run_cli(project.path, "suggest", "--document", "T2", "--top", "2", "--json"))
    assert not any(s["heading"] for s in data["segments"]) and all(s["suggestions"] for s in data["segments"])
