"""Who takes part in a document's agreement: a coder whose coding spans at least half of it.

A coder who coded two passages of a document and stopped used to count as having coded all
of it, so every segment they left alone was a "no code" judgement against the others.
Synthetic data: ten sentences of filler, codes from the test codebook.
"""

from __future__ import annotations

import asyncio
import json

import numpy as np
from click.testing import CliRunner

from workbench.analysis.agreement.coverage import coverages, take_part
from workbench.analysis.agreement.passages import passages
from workbench.analysis.agreement.report import agreement_report, load_corpus
from workbench.analysis.agreement.units import AgreementCorpus, AgreementDocument
from workbench.cli import main

PATHS = ["network", "trust"]
SENTENCE = "Aaaaaaaaa. "
TEXT = SENTENCE * 10
SEGMENTS = [(11 * i, 11 * i + 10) for i in range(10)]
FIGURES = ("percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "brennan_prediger", "n_units")


def seg(i: int) -> tuple[int, int]:
    return SEGMENTS[i]


def two_documents() -> list[AgreementDocument]:
    return [AgreementDocument(1, "d1", TEXT, SEGMENTS), AgreementDocument(2, "d2", TEXT, SEGMENTS)]


def full_coding() -> list[tuple[int, str, str, int, int]]:
    """kari and ola go through both documents (first sentence to last), mostly agreeing."""
    rows = []
    for doc in (1, 2):
        for coder, picks in (("kari", [(0, "network"), (3, "trust"), (6, "network"), (9, "trust")]),
                             ("ola", [(0, "network"), (3, "trust"), (5, "network"), (9, "trust")])):
            rows += [(doc, coder, path, *seg(i)) for i, path in picks]
    return rows


def figures_of(report: dict) -> list:
    return [[row.get(k) for k in FIGURES] for row in [*report["codes"], report["overall"]]]


def test_a_coder_who_codes_two_sentences_is_left_out_of_that_document_only():
    partial = [(1, "ny", "network", *seg(0)), (1, "ny", "trust", *seg(1))]  # spans 2 of 10 sentences
    corpus = AgreementCorpus(two_documents(), PATHS, full_coding() + partial)
    found = {(c.document, c.coder): c for c in coverages(corpus, ["kari", "ola", "ny"])}
    assert not found[("d1", "ny")].takes_part and round(found[("d1", "ny")].share, 2) == 0.19
    assert found[("d1", "kari")].takes_part and found[("d1", "kari")].share > 0.98
    report = agreement_report(corpus, ["kari", "ola", "ny"], bootstrap=0)
    # ny counts as missing in d1, exactly as a coder with no coding there: the same figures
    without = AgreementCorpus(two_documents(), PATHS, full_coding())
    assert figures_of(report) == figures_of(agreement_report(without, ["kari", "ola", "ny"], bootstrap=0))
    # the old rule (any coding takes part) makes ny's eight untouched sentences disagreements
    old = agreement_report(corpus, ["kari", "ola", "ny"], bootstrap=0, min_coverage=0)
    assert old["overall"]["krippendorff_alpha"] < report["overall"]["krippendorff_alpha"]
    assert report["coverage"]["coders"]["ny"] == {"documents": 0, "left_out": ["d1"], "lowest": None, "highest": None}
    assert report["coverage"]["coders"]["kari"]["documents"] == 2
    warnings = report["coverage"]["warnings"]
    assert warnings == ["ny left out of d1: ny's 2 codings in d1 span 19% of it, under the 50% a coder needs "
                        "to take part there (counted as missing, not as 'no code')"]
    assert warnings[0] in report["notes"] and report["notes"][0].startswith("documents each coder takes part in")
    assert "ny 0, left out of 1" in report["notes"][0] and "kari 2 (99%)" in report["notes"][0]
    assert "1 coder–document pair left out" in report["method"]


def test_figures_are_unchanged_when_every_coder_covers_the_document():
    corpus = AgreementCorpus(two_documents(), PATHS, full_coding())
    for unit in ("segment", "document", "character", "unitized"):
        now = agreement_report(corpus, ["kari", "ola"], unit=unit, bootstrap=0)
        before = agreement_report(corpus, ["kari", "ola"], unit=unit, bootstrap=0, min_coverage=0)
        assert figures_of(now) == figures_of(before)
        assert now["coverage"]["warnings"] == []


def test_a_coder_spanning_little_but_enough_is_named_in_a_warning():
    rows = full_coding() + [(1, "ny", "network", *seg(2)), (1, "ny", "trust", *seg(7))]  # 6 of 10 sentences
    report = agreement_report(AgreementCorpus(two_documents(), PATHS, rows), ["kari", "ola", "ny"], bootstrap=0)
    assert report["coverage"]["coders"]["ny"]["documents"] == 1
    assert report["coverage"]["warnings"] == ["ny covers little of d1: ny's 2 codings in d1 span 59% of it; the rest "
                                              "counts as 'no code' from ny"]


def test_the_arrays_and_the_lists_leave_out_the_same_codings(project):
    """`load_corpus` gives integer arrays too; both views must drop the same rows."""
    from conftest import SAMPLE_TEXT, sample_segments

    segments = sample_segments(SAMPLE_TEXT)
    for coder in ("kari", "ola"):
        project.add_coding("P01-nullpunkt", segments[0].start, segments[-1].end, "network", coder)
    project.add_coding("P01-nullpunkt", segments[1].start, segments[1].end, "competence", "ny")
    corpus, summary = take_part(load_corpus(project), ["kari", "ola", "ny"])
    assert summary["coders"]["ny"]["left_out"] == ["P01-nullpunkt"]
    arrays = corpus.corpus_arrays()
    assert [r[1] for r in corpus.codings] == ["kari", "ola"]
    assert sorted(np.array(arrays.coder_names)[arrays.coding_coder].tolist()) == ["kari", "ola"]


def test_disagreements_leave_out_a_coder_who_does_not_take_part():
    partial = [(1, "ny", "network", *seg(0))]
    corpus = AgreementCorpus(two_documents(), PATHS, full_coding() + partial)
    found = passages(corpus, ["kari", "ny"], min_coverage=0.5)
    assert found == []  # ny is out of d1 and never coded d2: no pair of coders anywhere
    assert len(passages(corpus, ["kari", "ny"], min_coverage=0)) == 3  # kari's trust, network, trust against ny


def test_agree_cli_shows_coverage_and_the_warning(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    sentences = [f"Setning nummer {n} handler om mentoren og jobben." for n in range(1, 11)]
    text = "Mentee: " + " ".join(sentences)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "book.yaml").write_text("codes:\n  - key: network\n    label: Nettverk\n"
                                        "  - key: trust\n    label: Tillit\n", encoding="utf-8")

    def run(*args, coder="kari"):
        result = CliRunner().invoke(main, ["--db", str(tmp_path / "p.db"), "--coder", coder, *args],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    run("init", "--codebook", str(tmp_path / "book.yaml"))
    run("import", str(tmp_path / "a.txt"))

    def code(sentence: int, key: str, coder: str) -> None:
        start = text.index(sentences[sentence])
        run("code", "a", str(start), str(start + len(sentences[sentence])), key, coder=coder)

    for coder in ("kari", "ola"):
        code(0, "network", coder), code(4, "trust", coder), code(9, "network", coder)
    code(1, "trust", "ny"), code(2, "trust", "ny")
    # by default a coder who takes part nowhere is not compared, and the report says so by name
    report = json.loads(run("agree", "--json", "--bootstrap", "0"))
    assert report["coders"] == ["kari", "ola"] and report["overall"]["cohen_kappa"] == 1.0
    assert any(n.startswith("ny is not among the coders compared: their 2 codings span under 50%")
               for n in report["notes"])
    report = json.loads(run("agree", "--json", "--bootstrap", "0", "--coders", "kari,ola,ny"))
    assert report["coverage"]["coders"]["ny"]["left_out"] == ["a"]
    assert report["overall"]["percent_agreement"] == 1.0  # ny's untouched sentences are no disagreement
    text_out = run("agree", "--bootstrap", "0", "--coders", "kari,ola,ny")
    assert "ny left out of a: ny's 2 codings in a span" in text_out
    assert "documents each coder takes part in" in text_out and "ny 0, left out of 1" in text_out
    old = json.loads(run("agree", "--json", "--bootstrap", "0", "--min-coverage", "0"))
    assert old["coders"] == ["kari", "ola", "ny"] and old["overall"]["percent_agreement"] < 1.0


def test_agreement_screen_shows_coverage_and_names_the_left_out_coder(project):
    from conftest import SAMPLE_TEXT, sample_segments
    from pilot_support import make_app

    segments = sample_segments(SAMPLE_TEXT)
    for coder in ("kari", "ola"):
        project.add_coding("P01-nullpunkt", segments[1].start, segments[-1].end, "network", coder)
    project.add_coding("P01-nullpunkt", segments[2].start, segments[2].end, "competence", "ny")

    async def scenario():
        app = make_app(project, "lead")
        async with app.run_test(size=(100, 30)) as pilot:
            app.show_screen("agreement")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            shown = str(app.screen.query_one("#method").render())
            assert "documents each coder takes part in" in shown
            assert "ny is not among the coders compared" in shown and app.screen.report["coders"] == ["kari", "ola"]
            await pilot.press("c")  # name the coders: ny too
            await pilot.pause()
            await pilot.press("end", "comma", "n", "y", "enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            shown = str(app.screen.query_one("#method").render())
            assert "ny left out of P01-nullpunkt" in shown
            assert app.screen.report["coverage"]["coders"]["ny"]["left_out"] == ["P01-nullpunkt"]

    asyncio.run(scenario())
