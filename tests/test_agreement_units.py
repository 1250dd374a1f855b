"""Hand-computed small cases for each unit of analysis, and properties of the statistics."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.analysis.agreement.report import agreement_report
from workbench.analysis.agreement.stats import MISSING, category_counts, figures, krippendorff_alpha
from workbench.analysis.agreement.units import (
    AgreementCorpus, AgreementDocument, domain_data, merge_overlapping, presence_data, unitized_spans,
)
from workbench.analysis.agreement.unitizing import tally, unitizing_alpha

PATHS = ["network", "network/weak", "network/door", "trust"]
#                  0         1         2         3
#                  0123456789012345678901234567890123456789
TEXT = "Aaaaaaaaa. Bbbbbbbbb. Ccccccccc. Ddddddddd."
SEGMENTS = [(0, 10), (11, 21), (22, 32), (33, 43)]


def corpus(codings, documents=None) -> AgreementCorpus:
    docs = documents or [AgreementDocument(1, "d1", TEXT, SEGMENTS)]
    return AgreementCorpus(docs, PATHS, codings, exclusive={"network"})


def test_merge_overlapping_keeps_touching_spans_apart():
    assert merge_overlapping([(5, 9), (0, 6), (9, 12), (20, 25), (21, 22)]) == [(0, 9), (9, 12), (20, 25)]


def test_segment_presence_needs_half_the_segment_and_counts_subcodes():
    c = corpus([
        (1, "kari", "network/weak", 0, 5),    # exactly half of segment 0: present
        (1, "kari", "trust", 11, 15),          # 4 of 10: absent
        (1, "ola", "network", 0, 10),
        (1, "ola", "trust", 11, 21),
    ])
    network = presence_data(c, ["kari", "ola"], "network", "segment")
    assert network.ratings.tolist() == [[1, 1], [0, 0], [0, 0], [0, 0]]
    trust = presence_data(c, ["kari", "ola"], "trust", "segment")
    assert trust.ratings.tolist() == [[0, 0], [0, 1], [0, 0], [0, 0]]


def test_overlapping_spans_of_one_coder_count_once():
    twice = corpus([(1, "kari", "trust", 0, 8), (1, "kari", "trust", 2, 10), (1, "ola", "trust", 0, 10)])
    once = corpus([(1, "kari", "trust", 0, 10), (1, "ola", "trust", 0, 10)])
    for unit in ("segment", "document", "character"):
        assert (presence_data(twice, ["kari", "ola"], "trust", unit).ratings
                == presence_data(once, ["kari", "ola"], "trust", unit).ratings).all()
    doc = twice.documents[0]
    assert unitized_spans(twice, doc, "kari", "trust") == [(0, 10, 1)]


def test_coder_without_codings_in_a_document_is_missing_not_absent():
    docs = [AgreementDocument(1, "d1", TEXT, SEGMENTS), AgreementDocument(2, "d2", TEXT, SEGMENTS)]
    c = corpus([(1, "kari", "trust", 0, 10), (1, "ola", "trust", 0, 10), (2, "kari", "trust", 0, 10)], docs)
    data = presence_data(c, ["kari", "ola"], "trust", "segment")
    assert data.ratings[4:].tolist() == [[1, MISSING], [0, MISSING], [0, MISSING], [0, MISSING]]
    assert figures(data.ratings, 2).n_units == 4  # only the first document's segments pair up


def test_document_unit_by_hand():
    docs = [AgreementDocument(i, f"d{i}", TEXT, SEGMENTS) for i in (1, 2, 3, 4)]
    codings = [(1, "kari", "trust", 0, 3), (1, "ola", "trust", 30, 33),   # both: present
               (2, "kari", "trust", 0, 3), (2, "ola", "network", 0, 3),   # kari only
               (3, "kari", "network", 0, 3), (3, "ola", "network", 0, 3),  # neither
               (4, "kari", "trust", 5, 9), (4, "ola", "trust", 0, 2)]     # both
    data = presence_data(corpus(codings, docs), ["kari", "ola"], "trust", "document")
    assert data.ratings.tolist() == [[1, 1], [1, 0], [0, 0], [1, 1]]
    result = figures(data.ratings, 2)
    assert result.percent_agreement == pytest.approx(0.75)
    # Cohen: p_o = 3/4, kari 3/4 present, ola 2/4: p_e = 3/4*2/4 + 1/4*2/4 = 1/2 -> κ = 0.5
    assert result.cohen_kappa == pytest.approx(0.5)
    # α: n = 8, coincidences o_11 = 4, o_00 = 2, o_01 = o_10 = 1; n_1 = 5, n_0 = 3
    assert result.krippendorff_alpha == pytest.approx(1 - 7 * 2 / (64 - 25 - 9))


def test_character_unit_by_hand():
    c = corpus([(1, "kari", "trust", 0, 10), (1, "ola", "trust", 5, 15)])
    data = presence_data(c, ["kari", "ola"], "trust", "character")
    assert data.ratings.shape == (len(TEXT), 2)
    result = figures(data.ratings, 2)
    # 43 characters: 5 both, 10 one coder only, 28 neither
    assert result.percent_agreement == pytest.approx(33 / 43)
    po, pe = 33 / 43, (10 / 43) ** 2 + (33 / 43) ** 2
    assert result.cohen_kappa == pytest.approx((po - pe) / (1 - pe))


def test_domain_category_is_the_child_applied_and_missing_when_none():
    c = corpus([
        (1, "kari", "network/weak", 0, 10), (1, "ola", "network/weak", 0, 10),     # same child
        (1, "kari", "network/weak", 11, 21), (1, "ola", "network/door", 11, 21),   # siblings differ
        (1, "kari", "network/door", 22, 32),                                        # ola: none -> missing
        (1, "kari", "network/weak", 33, 36), (1, "kari", "network/door", 36, 43),  # door covers most
        (1, "ola", "network/door", 33, 43),
    ])
    data = domain_data(c, ["kari", "ola"], "network", "segment")
    assert data.ratings.tolist() == [[0, 0], [0, 1], [1, MISSING], [1, 1]]
    assert data.n_categories == 2


def test_unitized_by_hand():
    # kari marks [0, 2), ola [0, 1) of a 4-character continuum: α = 1 - 2 / (40/9) = 0.55
    counted = tally([[(0, 2, 1)], [(0, 1, 1)]], 4, 2)
    assert unitizing_alpha(counted) == pytest.approx(0.55)


def test_unitizing_single_character_units_equal_coding_alpha():
    # If every unit is one character long, uα is α of the characters as coded units.
    rng = np.random.default_rng(11)
    labels = rng.integers(0, 3, size=(3, 40))
    units = [[(i, i + 1, int(v)) for i, v in enumerate(row) if v] for row in labels]
    ours = unitizing_alpha(tally(units, 40, 3))
    assert ours == pytest.approx(krippendorff_alpha(category_counts(labels.T, 3)))


def test_report_shape_and_nulls():
    c = corpus([(1, "kari", "trust", 0, 10), (1, "ola", "trust", 0, 10), (1, "ola", "network/weak", 11, 21)])
    report = agreement_report(c, ["kari", "ola"], bootstrap=50, min_coverage=0)
    assert report["unit"] == "segment" and report["coders"] == ["kari", "ola"]
    rows = {r["code"]: r for r in report["codes"]}
    assert set(rows) == {"network", "network/weak", "trust"}
    assert report["not_applied"] == ["network/door"]
    for key in ("percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha",
                "krippendorff_alpha_ci", "brennan_prediger", "n_units"):
        assert key in rows["trust"]
    assert rows["trust"]["krippendorff_alpha"] == pytest.approx(1.0)
    one = agreement_report(c, ["kari"], bootstrap=0, min_coverage=0)
    assert all(r["krippendorff_alpha"] is None and "two coders" in r["reasons"]["krippendorff_alpha"]
               for r in one["codes"])
    same = corpus([(1, "kari", "trust", 0, 43), (1, "ola", "trust", 0, 43)])
    flat = agreement_report(same, ["kari", "ola"], bootstrap=0, min_coverage=0)["codes"][0]
    assert flat["krippendorff_alpha"] is None and "no variation" in flat["reasons"]["krippendorff_alpha"]
    assert flat["percent_agreement"] == 1.0


def test_parent_code_overall_is_the_domain():
    c = corpus([(1, "kari", "network/weak", 0, 10), (1, "ola", "network/weak", 0, 10),
                (1, "kari", "network/door", 11, 21), (1, "ola", "network/weak", 11, 21)])
    report = agreement_report(c, ["kari", "ola"], code="network", bootstrap=0, min_coverage=0)
    assert [r["code"] for r in report["codes"]] == ["network", "network/weak", "network/door"]
    assert report["overall"]["n_units"] == 2 and report["overall"]["percent_agreement"] == 0.5
    assert "domain" in report["overall"]["aggregation"]


# -- properties ------------------------------------------------------------------------

ratings_strategy = st.integers(2, 4).flatmap(lambda coders: st.lists(
    st.lists(st.integers(-1, 2), min_size=coders, max_size=coders), min_size=1, max_size=30))


@settings(max_examples=60, deadline=None)
@given(ratings_strategy)
def test_alpha_within_bounds_and_coder_order_irrelevant(rows):
    ratings = np.array(rows)
    result = figures(ratings, 3)
    swapped = figures(ratings[:, ::-1], 3)
    for name in ("percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "brennan_prediger"):
        a, b = getattr(result, name), getattr(swapped, name)
        assert (a is None) == (b is None)
        if a is not None:
            assert a == pytest.approx(b)
    if result.krippendorff_alpha is not None:
        assert -1.0 - 1e-9 <= result.krippendorff_alpha <= 1.0 + 1e-9


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 2), min_size=2, max_size=30), st.integers(2, 4))
def test_identical_codings_agree_perfectly(values, coders):
    ratings = np.repeat(np.array(values)[:, None], coders, axis=1)
    result = figures(ratings, 3)
    assert result.percent_agreement == 1.0
    if len(set(values)) > 1:
        assert result.krippendorff_alpha == pytest.approx(1.0)
        assert result.fleiss_kappa == pytest.approx(1.0)
    else:
        assert result.krippendorff_alpha is None


span_strategy = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=5)


@settings(max_examples=40, deadline=None)
@given(span_strategy, span_strategy)
def test_reports_do_not_depend_on_coder_order(kari, ola):
    codings = [(1, "kari", "trust", s, min(s + n, len(TEXT))) for s, n in kari if s < len(TEXT)]
    codings += [(1, "ola", "trust", s, min(s + n, len(TEXT))) for s, n in ola if s < len(TEXT)]
    codings += [(1, who, "network", 0, 1) for who in ("kari", "ola")]
    c = corpus(codings)
    for unit in ("segment", "character", "unitized"):
        a = agreement_report(c, ["kari", "ola"], unit=unit, bootstrap=0)
        b = agreement_report(c, ["ola", "kari"], unit=unit, bootstrap=0)
        for ra, rb in zip(a["codes"] + [a["overall"]], b["codes"] + [b["overall"]], strict=True):
            for key in ("percent_agreement", "cohen_kappa", "krippendorff_alpha"):
                if ra[key] is None:
                    assert rb[key] is None
                else:
                    assert ra[key] == pytest.approx(rb[key])
                    if key == "krippendorff_alpha":
                        assert -1.0 - 1e-9 <= ra[key] <= 1.0 + 1e-9
