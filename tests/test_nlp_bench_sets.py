"""nlp_bench's --sets names the passage files to score: a name that is no file must stop the run
with a message naming it (it was skipped silently, so a typo measured nothing and said so in no
line), and --development leaves out the sets kept for one final measurement."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "nlp_bench.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("nlp_bench_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_set_name_that_is_no_file_is_named_in_the_error(bench):
    with pytest.raises(ValueError, match=r"heldout4\b.*tests/data/heldout4\.jsonl"):
        bench.chosen_sets("dev_quotes_a,heldout4", development=False)


def test_sets_default_to_all_and_development_leaves_the_held_out_ones_out(bench, monkeypatch):
    assert bench.chosen_sets(None, development=False) is None  # cold_start scores PASSAGE_SETS
    assert bench.chosen_sets("dev_quotes_a,dev_quotes_b", development=False) == ["dev_quotes_a", "dev_quotes_b"]
    assert set(bench.HELD_OUT) <= set(bench.PASSAGE_SETS)
    # v8 had its one run at 6cd9005 (v7 at ba6792e): no set is kept back now, every set is
    # labelled development data, and --development scores them all
    assert bench.HELD_OUT == ()
    assert bench.PASSAGE_SETS["heldout8_2026-12-04"] == "development (was held-out v8, measured once at 6cd9005)"
    assert bench.PASSAGE_SETS["heldout7_2026-12-03"] == "development (was held-out v7, measured once at ba6792e)"
    assert all(label.startswith("development") for label in bench.PASSAGE_SETS.values())
    assert set(bench.chosen_sets(None, development=True)) == set(bench.PASSAGE_SETS)
    assert bench.chosen_sets("dev_quotes_a,heldout8_2026-12-04", development=True) == [
        "dev_quotes_a", "heldout8_2026-12-04"]
    # a set named there is left out, whichever it is
    monkeypatch.setattr(bench, "HELD_OUT", ("heldout5_2026-12-03",))
    development = bench.chosen_sets(None, development=True)
    assert "heldout5_2026-12-03" not in development
    assert set(development) | {"heldout5_2026-12-03"} == set(bench.PASSAGE_SETS)
    # named on --sets with --development, a held-out set is left out too
    monkeypatch.setattr(bench, "HELD_OUT", ("heldout6_2026-12-03",))
    assert bench.chosen_sets("dev_quotes_a,heldout6_2026-12-03", development=True) == ["dev_quotes_a"]
