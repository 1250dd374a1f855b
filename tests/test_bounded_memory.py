"""What `codings import` holds at once: a batch of rows, never a whole file, and no
once-per-machine table or fitted cold start built in its own process.

Synthetic data (the topic sentences of test_nlp_service). No timings or memory figures:
those come from benchmarks/suggest_cost_bench.py (`--path cli-import`); these tests check
the shape of the work (batches, child processes) and that nothing it gives has changed.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.test_example_model import seeded_codes, terms_of
from tests.test_model_upkeep import run, topic_rows, uncoded, write_csv  # noqa: F401 (a fixture)
from workbench.store import Project


def test_codings_import_hands_the_store_bounded_batches_and_keeps_all_of_them(uncoded, monkeypatch):  # noqa: F811
    import workbench.io.codings_csv as codings_csv

    db, codings = uncoded
    with Project.open(db) as project:
        expected = len(topic_rows(project, ["D0", "D1", "D2"]))
    assert expected > 5
    monkeypatch.setattr(codings_csv, "BATCH_ROWS", 2)
    sizes: list[int] = []
    original = Project.import_coding_batches

    def spy(self, batches, actor, origin="import"):
        def counted():
            for batch in batches:
                sizes.append(len(batch))
                yield batch
        return original(self, counted(), actor, origin)

    monkeypatch.setattr(Project, "import_coding_batches", spy)
    out, _err = run(db, "codings", "import", str(codings))
    assert f"imported {expected} codings" in out
    assert sizes and max(sizes) <= 2 and sum(sizes) == expected
    with Project.open(db) as project:
        assert len(project.codings()) == expected
        assert [a["action"] for a in project.audit_log() if a["action"] == "codings.import"] == ["codings.import"]


def test_a_bad_row_after_batches_were_written_keeps_nothing_and_names_every_bad_line(uncoded, monkeypatch,  # noqa: F811
                                                                                     tmp_path):
    import workbench.io.codings_csv as codings_csv
    from click.testing import CliRunner

    from workbench.cli import main

    db, _codings = uncoded
    with Project.open(db) as project:
        rows = topic_rows(project, ["D0", "D1"])
    rows.insert(len(rows) - 1, {**rows[0], "code": "no_such_code"})
    rows.append({**rows[0], "end": 10 ** 7})
    bad = write_csv(tmp_path / "bad.csv", rows)
    monkeypatch.setattr(codings_csv, "BATCH_ROWS", 2)  # good rows are written in batches before the bad ones
    result = CliRunner().invoke(main, ["--db", str(db), "codings", "import", str(bad)])
    assert result.exit_code == 1
    said = result.output + result.stderr
    # lines count the header: the inserted row is line len(rows) - 1, the appended one len(rows) + 1
    assert f"bad.csv:{len(rows) - 1}: code: no code 'no_such_code'" in said
    assert f"bad.csv:{len(rows) + 1}: start/end: span" in said
    with Project.open(db) as project:
        assert project.codings() == []


def test_read_codings_csv_gives_what_it_gave_before_for_both_encodings_and_delimiters(uncoded, tmp_path):  # noqa: F811
    from workbench.io.codings_csv import read_codings_csv

    db, codings = uncoded
    text = codings.read_text(encoding="utf-8")
    variants = {"utf8-bom.csv": ("\ufeff" + text).encode("utf-8"),
                "semicolon-cp1252.csv": text.replace(",", ";").encode("cp1252")}
    with Project.open(db) as project:
        plain = read_codings_csv(codings, project, "root")
        for name, data in variants.items():
            (tmp_path / name).write_bytes(data)
            assert read_codings_csv(tmp_path / name, project, "root") == plain, name


def test_word_tables_are_written_by_a_child_process(tmp_path, monkeypatch):
    import wordfreq

    from workbench.nlp import word_tables

    def not_here():
        raise AssertionError("the table was built in this process")

    table = word_tables._stored(tmp_path / "f.bin", not_here, not_here, child="frequencies")
    frequencies = wordfreq.get_frequency_dict("nb")
    for word in ("jobb", "mentor", "og", "kompetanse"):
        assert float(table[word]) == frequencies[word]
    assert (tmp_path / "f.bin").exists()


def test_the_cold_start_is_fitted_in_a_child_process_with_the_same_scores(tmp_path, monkeypatch):
    import workbench.nlp.example_model as em
    from workbench.nlp.pipeline import choose_pipeline, load_pipeline
    from workbench.nlp.rules import RuleSuggester

    pipeline = load_pipeline(choose_pipeline("no_such_model_anywhere"))
    codes = seeded_codes()
    rules = RuleSuggester(codes, pipeline.nlp.vocab)
    here = em.fit_cold_start(codes, pipeline, rules)
    em._CACHE.clear()
    monkeypatch.setattr(em, "_fit_cold_start", lambda *a, **k: pytest.fail("fitted in this process"))
    there = em.cold_start_for(codes, pipeline, rules, cache_dir=tmp_path)
    em._CACHE.clear()
    texts = ["Hun dømte meg aldri, så jeg turte å være ærlig.", "Vi øvde på intervjuet med rollespill."]
    terms = [terms_of(pipeline, t) for t in texts]
    raws = [({}, {}), ({"signalling": 1.0}, {"signalling": 1.0})]
    assert np.allclose(here.scores(terms, raws), there.scores(terms, raws))
    assert [(e.terms, e.labels, e.code_raw) for e in here.examples] == [(e.terms, e.labels, e.code_raw)
                                                                        for e in there.examples]
