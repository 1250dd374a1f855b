"""compare-waves reads its participant × code × wave sets without building quotes; they must be
the sets the quotes give (analysis/waves.py: `_wave_sets` against `_sets_from_quotes`)."""

from __future__ import annotations

import pytest

from analysis_project import build
from workbench.analysis.quotes import QuoteFilter, find_quotes
from workbench.analysis.waves import _sets_from_quotes, _wave_sets, _WAVES, compare_waves


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return build(tmp_path_factory.mktemp("waves") / "a.db")


def both_ways(project, **filters):
    flt = QuoteFilter(**filters)
    people = project.participants_with_both_waves(roles=flt.roles, programs=flt.programs,
                                                  participants=flt.participants)
    scoped = QuoteFilter(codes=flt.codes, roles=flt.roles, programs=flt.programs, participants=people,
                         coders=flt.coders)
    from_quotes = _sets_from_quotes([q for q in find_quotes(project, scoped) if q.wave in _WAVES], scoped)
    return from_quotes, _wave_sets(project, scoped)


@pytest.mark.parametrize("filters", [{}, {"roles": ["mentee"]}, {"roles": ["mentor"]}, {"coders": ["bo"]},
                                     {"codes": ["network"]}])
def test_sets_equal_those_of_the_quotes(project, filters):
    from_quotes, read = both_ways(project, **filters)
    assert read == from_quotes and read


def test_group_interview_counts_each_passage_for_its_speaker(tmp_path):
    from test_speakers import group

    project = next(group.__wrapped__(tmp_path))
    for filters in ({}, {"roles": ["mentee"]}, {"roles": ["mentor"]}):
        from_quotes, read = both_ways(project, **filters)
        assert read == from_quotes
    assert "P21" in compare_waves(project).participants


def test_search_still_narrows_the_passages(project):
    everything = compare_waves(project).as_dict()["codes"]
    searched = compare_waves(project, QuoteFilter(search="mentor*")).as_dict()["codes"]
    assert sum(c["counts"]["both"] + c["counts"]["baseline_only"] + c["counts"]["endpoint_only"] for c in searched) < \
        sum(c["counts"]["both"] + c["counts"]["baseline_only"] + c["counts"]["endpoint_only"] for c in everything)
