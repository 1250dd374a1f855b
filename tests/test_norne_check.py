"""benchmarks/norne_check.py scores the pseudonymiser on NorNE's CoNLL-U files. These tests use
tiny snippets written for them (invented sentences, no NorNE text): parsing (multiword ranges
and empty nodes skipped), text rebuilt from tokens and `SpaceAfter=No`, entity spans from the
`name=` labels, documents from `# newdoc` or runs of sentences, and the scoring rule (each token
with a capital or a digit inside a replacement; false replacements touch no entity token)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "norne_check.py"


@pytest.fixture(scope="module")
def nc():
    spec = importlib.util.spec_from_file_location("norne_check_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def row(i: str, form: str, misc: str) -> str:
    return "\t".join([i, form, form.lower(), "X", "_", "_", "0", "dep", "_", misc])


SNIPPET = "\n".join([
    "# newdoc id = a",
    "# sent_id = 1",
    "# text = Vi møtte Ola Dalbu i Tromsvik.",
    row("1", "Vi", "name=O"),
    row("2", "møtte", "name=O"),
    row("3", "Ola", "name=B-PER"),
    row("4", "Dalbu", "name=I-PER"),
    row("5", "i", "name=O"),
    row("6", "Tromsvik", "SpaceAfter=No name=B-GPE_LOC"),
    row("7", ".", "name=O"),
    "",
    "# newpar",
    "# sent_id = 2",
    "# text = Han jobber i Fjellkraft AS.",
    row("1", "Han", "name=O"),
    row("2-3", "jobber", "_"),
    row("2", "jobb", "name=O"),
    row("3", "er", "name=O"),
    row("3.1", "ghost", "name=O"),
    row("4", "i", "name=O"),
    row("5", "Fjellkraft", "name=B-ORG"),
    row("6", "AS", "SpaceAfter=No|name=I-ORG"),
    row("7", ".", "name=O"),
    "",
    "# newdoc id = b",
    "# sent_id = 3",
    "# text = Det regnet hele dagen.",
    row("1", "Det", "name=O"),
    row("2", "regnet", "name=O"),
    row("3", "hele", "name=O"),
    row("4", "dagen", "SpaceAfter=No name=O"),
    row("5", ".", "name=O"),
    "",
])


def test_parse_skips_ranges_and_empty_nodes_and_reads_labels(nc):
    sentences = nc.parse_conllu(SNIPPET)
    assert [s.sent_id for s in sentences] == ["1", "2", "3"]
    assert [t.form for t in sentences[1].tokens] == ["Han", "jobb", "er", "i", "Fjellkraft", "AS", "."]
    assert [t.label for t in sentences[0].tokens][2:4] == ["B-PER", "I-PER"]
    assert sentences[0].newdoc and sentences[1].newpar and not sentences[1].newdoc and sentences[2].newdoc


def test_text_is_rebuilt_with_space_after_no(nc):
    sentences = nc.parse_conllu(SNIPPET)
    assert sentences[0].text == "Vi møtte Ola Dalbu i Tromsvik."
    assert sentences[2].text == "Det regnet hele dagen."


def test_a_line_without_ten_fields_is_an_error(nc):
    with pytest.raises(ValueError, match="line 2"):
        nc.parse_conllu("# sent_id = 1\n1\tVi\tvi\n")


def test_documents_follow_newdoc_and_newpar_is_a_blank_line(nc):
    sentences = nc.parse_conllu(SNIPPET)
    groups = nc.group_documents(sentences)
    assert [len(g) for g in groups] == [2, 1]
    doc = nc.build_document(groups[0])
    assert doc.text == "Vi møtte Ola Dalbu i Tromsvik.\n\nHan jobb er i Fjellkraft AS."
    assert [(e.label, e.string(doc.text)) for e in doc.entities] == [
        ("PER", "Ola Dalbu"), ("GPE_LOC", "Tromsvik"), ("ORG", "Fjellkraft AS")]
    assert [has for _, _, has in doc.sentences] == [True, True]


def test_without_newdoc_sentences_are_grouped_in_runs(nc):
    text = SNIPPET.replace("# newdoc id = a\n", "").replace("# newdoc id = b\n", "")
    groups = nc.group_documents(nc.parse_conllu(text), size=2)
    assert [len(g) for g in groups] == [2, 1]


def test_an_i_label_after_another_type_starts_a_new_entity(nc):
    doc = nc.build_document(nc.parse_conllu("\n".join([
        row("1", "Ås", "name=B-GPE_LOC"), row("2", "IL", "name=I-ORG"), row("3", "vant", "name=O"), ""])))
    assert [(e.label, e.string(doc.text)) for e in doc.entities] == [("GPE_LOC", "Ås"), ("ORG", "IL")]


def test_scoring_needs_every_capitalised_token_and_counts_false_replacements(nc):
    sentences = nc.parse_conllu(SNIPPET)
    docs = [nc.build_document(g) for g in nc.group_documents(sentences)]
    text0, text1 = docs[0].text, docs[1].text

    def span(text, s):
        i = text.index(s)
        return (i, i + len(s), "[X]")

    finds = [
        [span(text0, "Ola Dalbu"), span(text0, "Fjellkraft"), span(text0, "møtte")],  # AS left: org missed
        [span(text1, "regnet")],  # a false replacement in an entity-free sentence
    ]
    result = nc.score(docs, finds, show_misses=True)
    assert result["recall"]["PER"] == {"caught": 1, "of": 1, "recall": 1.0}
    assert result["recall"]["GPE_LOC"]["caught"] == 0
    assert result["recall"]["ORG"]["caught"] == 0
    assert result["groups"]["names"]["recall"] == 1.0
    assert result["groups"]["places"] == {"caught": 0, "of": 1, "recall": 0.0}
    assert result["false_replacements"] == 2
    assert result["entity_free_false_replacements"] == 1
    assert result["entity_free_words"] == 4
    assert result["entity_free_false_per_1000_words"] == 250.0
    assert result["words"] == len(text0.split()) + len(text1.split())
    assert "ORG 'Fjellkraft AS'" in result["misses"]


def test_a_lower_case_token_of_an_entity_is_not_required(nc):
    doc = nc.build_document(nc.parse_conllu("\n".join([
        row("1", "Bygdøy", "name=B-LOC"), row("2", "kongsgård", "name=I-LOC"), ""])))
    result = nc.score([doc], [[(0, len("Bygdøy"), "[STED]")]], show_misses=False)
    assert result["recall"]["LOC"]["caught"] == 1
    assert "misses" not in result
