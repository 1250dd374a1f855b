"""The report's pattern counts give exactly the figures of the full ratings matrices.

`agreement_report` counts rating patterns for every code at once (agreement_patterns)
instead of building a units x coders matrix per code; `presence_data` still builds the
matrices and is the definition. These tests compare the two on random corpora with the
awkward cases: overlapping spans of one coder, spans of parent codes and sub-codes,
spans over several segments or past a document's segments, coders who did not code a
document, a document without segments, segments that overlap or are out of order.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from workbench.analysis.agreement.report import agreement_report
from workbench.analysis.agreement.patterns import PatternTables, decode, merge_spans
from workbench.analysis.agreement.stats import (
    cluster_makeup, cluster_rows, distinct_rows, figures, unit_terms_all, category_counts,
)
from workbench.analysis.agreement.units import (
    AgreementCorpus, AgreementDocument, Reliability, merge_overlapping, presence_data,
)

PATHS = ["a", "a/x", "a/y", "a/y/deep", "b", "c", "c/z"]
CODERS = ["kari", "ola", "nadia"]


def random_corpus(seed: int) -> AgreementCorpus:
    rng = random.Random(seed)
    docs = []
    for doc_id in (3, 1, 7, 4, 9):  # not in id order
        length = rng.randint(60, 200)
        cuts = sorted(rng.sample(range(1, length), rng.randint(2, 12)))
        segments = [(s, e) for s, e in zip([0] + cuts, cuts + [length], strict=True)]
        if doc_id == 4:
            segments = [(5, 30), (0, 12), (20, 60), (50, length)]  # overlapping, out of order
        if doc_id == 9:
            segments = []
        docs.append(AgreementDocument(doc_id, f"d{doc_id}", "x" * length, segments))
    codings = []
    for doc in docs:
        coders = rng.sample(CODERS, rng.randint(1, 3))
        for _ in range(rng.randint(3, 25)):
            start = rng.randrange(doc.length - 1)
            end = min(doc.length, start + rng.randint(1, 70))
            codings.append((doc.id, rng.choice(coders), rng.choice(PATHS), start, end))
    return AgreementCorpus(docs, PATHS, codings)


def same_figures(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for key in a:
        assert a[key] == b[key], key  # exactly, not approximately


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("unit", ["segment", "document", "character"])
def test_pattern_counts_equal_the_ratings_matrices(seed, unit):
    corpus = random_corpus(seed)
    coders = CODERS if seed % 2 else ["ola", "kari"]
    targets = [(p, True) for p in PATHS] + [(p, False) for p in PATHS]
    tables = PatternTables(corpus, coders, unit, targets)
    clusters = "documents" if unit == "character" else None
    for path in PATHS:
        for subtree in (True, False):
            data = presence_data(corpus, coders, path, unit, subtree=subtree)
            keys, weights = tables.counts([(path, subtree)])
            if len(data.ratings):
                patterns, expected, _ = distinct_rows(data.ratings, 2)
                assert decode(keys, len(coders)).tolist() == patterns.tolist()
                assert weights.tolist() == expected.tolist()
            else:
                assert len(keys) == 0
            ours = tables.figures([(path, subtree)], 40, 5, clusters).as_dict()
            theirs = figures(data.ratings, 2, bootstrap=40, seed=5,
                             clusters=data.clusters if clusters else None).as_dict()
            same_figures(ours, theirs)
    # pooled: every code on its own, stacked; a unit is one cluster across codes
    parts = [presence_data(corpus, coders, p, unit, subtree=False) for p in PATHS]
    stacked = Reliability.stack(parts, len(coders), 2)
    if unit != "character":
        stacked.clusters = np.tile(np.arange(len(parts[0].clusters)), len(parts))
    ours = tables.figures([(p, False) for p in PATHS], 60, 9, "documents" if unit == "character" else "units")
    same_figures(ours.as_dict(), figures(stacked.ratings, 2, bootstrap=60, seed=9, clusters=stacked.clusters).as_dict())


@pytest.mark.parametrize("seed", range(3))
def test_report_per_document_means_equal_the_matrices(seed):
    corpus = random_corpus(seed)
    report = agreement_report(corpus, CODERS, unit="character", bootstrap=0, min_coverage=0)  # compares with every coding
    tables = PatternTables(corpus, CODERS, "character", [(p, True) for p in PATHS])
    for path in PATHS:
        per_document = tables.counts_per_document([(path, True)])
        for position, doc in enumerate(corpus.documents):
            data = presence_data(corpus, CODERS, path, "character", documents=[doc])
            keys, weights = tables.counts([(path, True)], document=position)
            if len(data.ratings):
                patterns, expected, _ = distinct_rows(data.ratings, 2)
                assert decode(keys, len(CODERS)).tolist() == patterns.tolist()
                assert weights.tolist() == expected.tolist()
                assert [a.tolist() for a in per_document[position]] == [keys.tolist(), weights.tolist()]
            else:
                assert position not in per_document
    assert report["overall"]["per_document_mean"]["n_documents"] == sum(
        len(corpus.coders_of(d.id, CODERS)) >= 2 for d in corpus.documents)


def test_merge_spans_matches_merge_overlapping():
    rng = random.Random(4)
    groups, starts, ends, expected = [], [], [], []
    for group in range(30):
        spans = [(s, s + rng.randint(1, 15)) for s in (rng.randrange(100) for _ in range(rng.randint(1, 8)))]
        for s, e in spans:
            groups.append(group)
            starts.append(s)
            ends.append(e)
        expected += [(group, s, e) for s, e in merge_overlapping(spans)]
    g, s, e = merge_spans(np.array(groups), np.array(starts), np.array(ends))
    assert list(zip(g.tolist(), s.tolist(), e.tolist(), strict=True)) == expected


def test_clusters_with_the_same_makeup_are_one_row_with_a_frequency():
    # three clusters: the first and last hold the same units, so they are one row drawn twice as often
    ratings = np.array([[0, 0], [1, 1], [0, 1], [0, 0], [1, 1]])
    clusters = np.array([0, 0, 1, 2, 2])
    patterns, _, inverse = distinct_rows(ratings, 2)
    terms = unit_terms_all(category_counts(patterns, 2))
    rows, frequency = cluster_rows(terms, *cluster_makeup(clusters, inverse, len(patterns)))
    assert frequency.tolist() == [2.0, 1.0]
    assert rows.tolist() == [(terms[0] + terms[2]).tolist(), terms[1].tolist()]


def test_arrays_read_from_the_project_equal_the_corpus_lists(tmp_path):
    from analysis_project import build

    from workbench.analysis.agreement.report import load_corpus
    from workbench.analysis.agreement.units import CorpusArrays

    with build(tmp_path / "p.db") as project:
        loaded = load_corpus(project)
    ours, built = loaded.arrays, CorpusArrays.build(loaded.documents, loaded.code_paths, loaded.codings)

    def codings(a):
        return sorted(zip(a.coding_document.tolist(), [a.coder_names[i] for i in a.coding_coder],
                          [a.code_paths[i] for i in a.coding_code], a.coding_start.tolist(), a.coding_end.tolist(), strict=True))

    assert codings(ours) == codings(built) and len(codings(ours)) == len(loaded.codings)
    assert ours.segments.tolist() == built.segments.tolist()
    assert ours.segment_offset.tolist() == built.segment_offset.tolist()
    plain = AgreementCorpus(loaded.documents, loaded.code_paths, loaded.codings, loaded.exclusive)
    for unit in ("segment", "document", "character"):
        assert (agreement_report(loaded, ["ana", "bo"], unit=unit, bootstrap=30)
                == agreement_report(plain, ["ana", "bo"], unit=unit, bootstrap=30))
