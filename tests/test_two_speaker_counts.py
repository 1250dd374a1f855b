"""A passage over two speakers' turns counts for the speaker the question is about.

In a group interview a coding may run from the mentee's turn into the mentor's. Quotes name
both speakers; the counts of people must not credit someone the filters leave out. Found on
a new user's walk: `compare-waves --role mentor` listed the mentee (the passage's first
speaker, interviewed once) among mentors "with the code only at baseline", beside "1
participant with both waves"; a report filtered to mentors counted the mentee among its
`Deltakere`. The transcripts are synthetic, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import run_cli
from workbench.analysis.quotes import QuoteFilter
from workbench.analysis.waves import compare_waves
from workbench.core.models import Code
from workbench.store import Project

# SYNTHETIC: written for this test.
GROUP = (
    "Intervjuer: Hva har samarbeidet gitt dere?\n\n"
    "Mentee: Jeg har lært mye om å bygge nettverk.\n\n"
    "Mentor: Jeg ringte en kollega som trengte folk, og hun fikk et intervju.\n"
)
MENTOR_LATER = (
    "I: Hva gjør du nå som mentor?\n\n"
    "Mentor: Jeg introduserer nye mentees for folk i bransjen hver måned.\n"
)


@pytest.fixture
def db(tmp_path) -> Path:
    (tmp_path / "g.txt").write_text(GROUP, encoding="utf-8")
    (tmp_path / "m.txt").write_text(MENTOR_LATER, encoding="utf-8")
    (tmp_path / "m.csv").write_text(
        "file,name,participant,role,program,wave,mode,speakers\n"
        "g.txt,G40,G40,mentee,master,baseline,gruppe,Mentee=mentee:P40; Mentor=mentor:M40\n"
        "m.txt,M40-slutt,M40,mentor,master,endpoint,telefon,\n", encoding="utf-8")
    path = tmp_path / "p.db"
    run_cli(path, "init")
    with Project.open(path) as p:
        p.import_codebook([Code("network", "Nettverk")])
    run_cli(path, "import", "--manifest", str(tmp_path / "m.csv"))
    with Project.open(path) as p:
        text = p.document("G40").text
        start = text.index("Jeg har lært")
        p.add_coding("G40", start, text.index("et intervju.") + len("et intervju."), "network", "kari")
        text = p.document("M40-slutt").text
        start = text.index("Jeg introduserer")
        p.add_coding("M40-slutt", start, len(text.rstrip()), "network", "kari")
    return path


def _network(result) -> dict:
    return next(c for c in result.as_dict()["codes"] if c["code"] == "network")


@pytest.mark.parametrize("filters", [{}, {"roles": ["mentor"]}, {"participants": ["M40"]}])
def test_compare_waves_counts_only_people_it_compares(db, filters):
    with Project.open(db) as p:
        result = compare_waves(p, QuoteFilter.build(**filters))
        assert result.participants == ["M40"]  # P40 was interviewed once
        network = _network(result)
        # the mentor's half of the baseline passage is M40's: M40 has network in both waves
        assert (network["baseline_only"], network["both"], network["endpoint_only"]) == ([], ["M40"], [])


def test_compare_waves_with_a_code_pairs_the_passage_with_the_mentor(db):
    with Project.open(db) as p:
        result = compare_waves(p, QuoteFilter.build(codes=["network"], roles=["mentor"]))
        assert _network(result)["both"] == ["M40"]
        pair = next(x for x in result.pairs if x.participant == "M40")
        assert [q.document for q in pair.baseline] == ["G40"] and [q.document for q in pair.endpoint] == ["M40-slutt"]


def test_compare_waves_search_counts_as_without_it(db):
    with Project.open(db) as p:
        result = compare_waves(p, QuoteFilter.build(roles=["mentor"], search="intervju* OR bransjen"))
        assert _network(result)["both"] == ["M40"] and _network(result)["baseline_only"] == []


def test_report_counts_only_the_speakers_the_filters_keep(db):
    from workbench.io.reports.model import ReportOptions, build_report

    with Project.open(db) as p:
        everyone = {r.code: r for r in build_report(p, options=ReportOptions(chart=False)).frequencies}
        assert everyone["network"].participants == 2  # P40 and M40
        mentors = build_report(p, QuoteFilter.build(roles=["mentor"]), ReportOptions(chart=False))
        assert {r.code: r.participants for r in mentors.frequencies}["network"] == 1  # M40 alone
        mentee = build_report(p, QuoteFilter.build(participants=["P40"]), ReportOptions(chart=False))
        assert {r.code: r.participants for r in mentee.frequencies}["network"] == 1  # P40 alone
