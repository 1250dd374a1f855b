"""Agreement paths no other test ran: the unitized bootstrap interval, the per-document mean
from ratings matrices, and the pooled bootstrap when pattern counts are not used.

Corpora are synthetic: texts of x's with spans placed by hand or at random.
"""

from __future__ import annotations

import pytest

from tests.test_agreement_patterns import CODERS, PATHS, random_corpus
from workbench.analysis.agreement import report as report_module
from workbench.analysis.agreement.report import agreement_report
from workbench.analysis.agreement.units import AgreementCorpus, AgreementDocument

TWO = ["kari", "ola"]
# kari and ola mark `trust` in each document: the same spans in A, overlapping ones in B
SPANS = {
    "A": [("kari", 10, 30), ("kari", 50, 70), ("ola", 10, 30), ("ola", 50, 70)],
    "B": [("kari", 10, 30), ("kari", 60, 90), ("ola", 20, 45), ("ola", 60, 80)],
}


def unitized_corpus(*kinds: str) -> AgreementCorpus:
    docs, codings = [], []
    for doc_id, kind in enumerate(kinds, 1):
        docs.append(AgreementDocument(doc_id, f"{kind}{doc_id}", "x" * 100, [(0, 50), (50, 100)]))
        codings += [(doc_id, coder, "trust", start, end) for coder, start, end in SPANS[kind]]
    return AgreementCorpus(docs, ["trust"], codings)


def unitized_alpha(*kinds: str, bootstrap: int = 0) -> dict:
    return agreement_report(unitized_corpus(*kinds), TWO, unit="unitized", code="trust", bootstrap=bootstrap,
                            seed=11)["overall"]


def test_unitized_bootstrap_interval_spans_the_resamples_of_two_documents():
    # Resampling two documents gives {A, A}, {A, B} or {B, B}, each extreme with chance 1/4,
    # so with 400 samples the 2.5% and 97.5% percentiles are those two extremes exactly.
    both_a = unitized_alpha("A", "A")["krippendorff_alpha"]
    both_b = unitized_alpha("B", "B")["krippendorff_alpha"]
    mixed = unitized_alpha("A", "B", bootstrap=400)
    assert both_b < mixed["krippendorff_alpha"] < both_a == pytest.approx(1.0)
    assert mixed["krippendorff_alpha_ci"] == [pytest.approx(both_b), pytest.approx(both_a)]
    assert unitized_alpha("A", "B", bootstrap=400) == mixed  # the seed fixes the resamples


def test_unitized_interval_needs_two_documents():
    one = agreement_report(unitized_corpus("B"), TWO, unit="unitized", code="trust", bootstrap=200)["overall"]
    assert one["krippendorff_alpha"] is not None and one["krippendorff_alpha_ci"] is None
    assert one["reasons"]["krippendorff_alpha_ci"] == "too few documents to resample"


def _domain_corpus() -> AgreementCorpus:
    """A domain `a` with children x and y; three documents both coders coded, one only kari did."""
    corpus = random_corpus(4)
    return AgreementCorpus(corpus.documents, PATHS, corpus.codings, exclusive={"a"})


def test_per_document_mean_is_the_mean_of_each_documents_own_figures():
    corpus = _domain_corpus()
    whole = agreement_report(corpus, CODERS, unit="character", code="a", bootstrap=0)["overall"]
    mean = whole["per_document_mean"]
    shared = [d for d in corpus.documents if len(corpus.coders_of(d.id, CODERS)) >= 2]
    assert mean["n_documents"] == len(shared) >= 2
    for name in ("percent_agreement", "krippendorff_alpha"):
        values = []
        for doc in shared:
            alone = AgreementCorpus([doc], PATHS, [c for c in corpus.codings if c[0] == doc.id], exclusive={"a"})
            value = agreement_report(alone, CODERS, unit="character", code="a", bootstrap=0)["overall"][name]
            if value is not None:
                values.append(value)
        assert mean[name] == pytest.approx(sum(values) / len(values)), name


@pytest.mark.parametrize("unit", ["segment", "character"])
@pytest.mark.parametrize("seed", [1, 2])
def test_matrix_path_with_pooled_bootstrap_equals_the_pattern_counts(monkeypatch, unit, seed):
    # With more coders than pattern keys hold, the report builds ratings matrices instead
    # (pooled codes stacked, a segment one bootstrap cluster across codes). Both ways must agree.
    corpus = random_corpus(seed)
    counted = agreement_report(corpus, CODERS, unit=unit, bootstrap=60, seed=5)
    monkeypatch.setattr(report_module, "fits", lambda n_coders: False)
    built = agreement_report(corpus, CODERS, unit=unit, bootstrap=60, seed=5)
    assert built["overall"]["krippendorff_alpha_ci"] is not None
    assert built == counted
