"""Text without punctuation: bounded segments, bounded search context (issue 15, item 10).

An automatic transcript can arrive as one long unpunctuated line. It must still become
segments a coder can step through (none over 2,000 characters, cut at a clause or word
boundary), and `search` must show a bounded context, also for a giant segment left
from before this rule. The 45 MB timing lives in benchmarks/long_line_bench.py. Text is
synthetic.
"""

from __future__ import annotations

import random

from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Document, Segment
from workbench.core.segmenter import MAX_SEGMENT_CHARS, split_segments
from workbench.core.turns import parse_turns
from workbench.store.search import CONTEXT_CHARS

WORDS = "jeg snakket med mentoren min om jobb og nettverk i byen det var fint".split()


def unpunctuated(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words, total = [], 0
    while total < size:
        words.append(rng.choice(WORDS))
        total += len(words[-1]) + 1
    return " ".join(words)


def test_two_megabytes_without_punctuation_become_bounded_segments():
    text = "Mentee: " + unpunctuated(2 * 2**20)
    segments = split_segments(text, parse_turns(text))
    assert len(segments) > 1000
    assert max(s.end - s.start for s in segments) <= MAX_SEGMENT_CHARS
    for s in segments:  # never inside a word
        assert s.start == 8 or text[s.start - 1].isspace()
        assert s.end == len(text) or text[s.end].isspace()
    letters = sum(len(text[s.start:s.end].replace(" ", "")) for s in segments)
    assert letters == len(text[8:].replace(" ", ""))  # every word in exactly one segment


def test_a_clause_boundary_is_preferred_to_a_word_boundary():
    body = unpunctuated(1500) + ", " + unpunctuated(1500, seed=8)
    segments = split_segments(body, parse_turns(body))
    assert body[segments[0].start:segments[0].end].endswith(",")
    assert all(s.end - s.start <= MAX_SEGMENT_CHARS for s in segments)


def test_an_unbroken_string_is_cut_at_the_limit():
    body = "x" * (MAX_SEGMENT_CHARS * 3 + 5)
    segments = split_segments(body, parse_turns(body))
    assert [(s.start, s.end) for s in segments] == [
        (0, 2000), (2000, 4000), (4000, 6000), (6000, 6005)]


def test_ordinary_sentences_are_unchanged():
    text = "I: Hvordan gikk det?\n\nMentee: Det gikk bra. Jeg fikk jobb."
    assert [text[s.start:s.end] for s in split_segments(text, parse_turns(text))] == [
        "Hvordan gikk det?", "Det gikk bra.", "Jeg fikk jobb."]


def test_search_context_is_bounded_for_new_and_old_giant_segments(project, tmp_path):
    line = unpunctuated(300_000) + " kompetansegapet " + unpunctuated(300_000, seed=9)
    source = tmp_path / "linje.txt"
    source.write_text(line, encoding="utf-8")
    imported = CliRunner().invoke(main, ["--db", str(project.path), "import", str(source)])
    assert imported.exit_code == 0, imported.output
    legacy = "Mentee: " + unpunctuated(200_000, seed=3) + " bergenstesten " + unpunctuated(200_000, seed=4)
    project.add_document(Document("gammel", legacy, sha256="legacy", segments=[Segment(8, len(legacy), "Mentee", 0)]))
    for word in ("kompetansegapet", "bergenstesten", "mentoren"):
        hits = project.search(word, 50)
        assert hits, word
        for hit in hits:
            assert len(hit["context"]) <= 2 * CONTEXT_CHARS + len(word) + 6, hit["context"][:80]
            assert f"«{word}»" in hit["context"].lower()
    exact = project.search("kompetansegapet")[0]
    assert line[exact["offset"]:exact["offset"] + len("kompetansegapet")] == "kompetansegapet"
