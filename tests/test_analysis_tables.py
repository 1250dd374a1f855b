"""Quotes, matrices, co-occurrence and wave comparison on a small hand-made project.

Every expected number below was counted by hand from tests/analysis_project.py.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from analysis_project import build
from workbench.analysis.matrices import code_matrix, cooccurrence, truncate_path
from workbench.analysis.quotes import QuoteFilter, find_quotes, group_by_code
from workbench.analysis.waves import compare_waves
from workbench.cli import main
from workbench.core.errors import NotFound, WorkbenchError


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("analysis") / "small.db"
    project = build(path)
    yield project
    project.close()


def rows(matrix):
    return {r["code"]: (r["cells"], r["total"]) for r in matrix.as_dict()["rows"]}


# -- quotes -----------------------------------------------------------------------

def test_quotes_by_code_include_subcodes_and_merge_coders(small):
    quotes = find_quotes(small, QuoteFilter(codes=["competence"]))
    assert [(q.document, q.code) for q in quotes] == [
        ("P1-base", "competence/formal"), ("P1-base", "competence/language"),
        ("P1-end", "competence/language"), ("P3-base", "competence/formal"),
    ]
    assert quotes[0].coders == ["ana", "bo"] and len(quotes[0].coding_ids) == 2
    assert quotes[0].text == "Jeg har en master fra Syria."


@pytest.mark.parametrize("flt, expected", [
    (dict(waves=["nullpunkt"], codes=["network"]), {"P1-base", "P2-base"}),
    (dict(roles=["programleder"]), {"P4-end"}),
    (dict(programs=["B"]), {"P3-base"}),
    (dict(participants=["P2"], waves=["endpoint"]), {"P2-end"}),
    (dict(coders=["bo"]), {"P1-base", "P3-base"}),
    (dict(search="graden OR Bergen"), {"P3-base", "P1-end"}),
    (dict(search='"kjenner mange"'), {"P1-base"}),
])
def test_quote_filters(small, flt, expected):
    assert {q.document for q in find_quotes(small, QuoteFilter.build(**flt))} == expected


def test_coder_filter_keeps_only_that_coders_codings(small):
    quotes = find_quotes(small, QuoteFilter(coders=["bo"]))
    assert sorted(q.code for q in quotes) == ["competence/formal", "competence/formal", "trust"]
    assert all(q.coders == ["bo"] for q in quotes)


def test_filter_errors_are_clean():
    with pytest.raises(WorkbenchError, match="unknown wave 'midtpunkt'"):
        QuoteFilter.build(waves=["midtpunkt"])


def test_role_filters_take_every_spelling_speaker_maps_take():
    """`speakers set --role programleiar` works, so `quotes --role programleiar` must too."""
    flt = QuoteFilter.build(roles=["programleiar", "Programme_leader", "intervjuar", "Moderator", "Mentee"])
    assert flt.roles == ["programleder", "programleder", "interviewer", "interviewer", "mentee"]
    with pytest.raises(WorkbenchError, match="unknown role 'sjef'"):
        QuoteFilter.build(roles=["sjef"])


def test_unknown_code_and_bad_search(small):
    with pytest.raises(NotFound):
        find_quotes(small, QuoteFilter(codes=["nope"]))
    with pytest.raises(WorkbenchError, match="cannot search"):
        find_quotes(small, QuoteFilter(search='"open'))


def test_attribution_and_grouping(small):
    quotes = find_quotes(small, QuoteFilter(participants=["P4"]))
    assert quotes[0].attribution() == "(Programleder)"
    assert quotes[0].attribution(program=True, wave=True) == "(Programleder, A, sluttpunkt)"
    groups = group_by_code(find_quotes(small, QuoteFilter()), [c.path for c in small.codes()])
    assert list(groups) == ["competence/formal", "competence/language", "network", "network/weak_ties", "trust"]


# -- matrices ---------------------------------------------------------------------

def test_matrix_wave_segments(small):
    m = code_matrix(small, "wave", "segments")
    assert m.columns == ["baseline", "endpoint"]
    assert rows(m) == {
        "competence": ({"baseline": 3, "endpoint": 1}, 4),
        "competence/formal": ({"baseline": 2, "endpoint": 0}, 2),
        "competence/language": ({"baseline": 1, "endpoint": 1}, 2),
        "network": ({"baseline": 2, "endpoint": 3}, 5),
        "network/weak_ties": ({"baseline": 1, "endpoint": 2}, 3),
        "trust": ({"baseline": 2, "endpoint": 2}, 4),  # the coding over two sentences counts both
    }
    # one unit for the whole table: transcript segments (five codings at the end-point cover four)
    assert m.column_totals == {"baseline": 6, "endpoint": 4} and m.total == 10
    assert m.bases == {"baseline": 6, "endpoint": 5}  # all transcript segments per wave
    assert all(m.column_totals[c] <= m.bases[c] for c in m.columns)


def test_matrix_wave_participants_counts_people_once(small):
    m = code_matrix(small, "wave", "participants")
    assert rows(m)["competence"] == ({"baseline": 2, "endpoint": 1}, 2)
    assert rows(m)["network"] == ({"baseline": 2, "endpoint": 3}, 3)
    assert m.total == 4 and m.bases == {"baseline": 3, "endpoint": 3}
    assert "participants" in m.as_dict()["counting"]


def test_matrix_role_documents_and_program(small):
    m = code_matrix(small, "role", "documents")
    assert m.columns == ["mentee", "mentor", "programleder"]
    assert rows(m)["network"] == ({"mentee": 2, "mentor": 2, "programleder": 1}, 5)
    assert rows(m)["trust"] == ({"mentee": 2, "mentor": 1, "programleder": 0}, 3)
    p = code_matrix(small, "program", "participants")
    assert p.columns == ["A", "B"]
    assert rows(p)["competence/formal"] == ({"A": 1, "B": 1}, 2)


def test_matrix_filters_depth_and_codes(small):
    m = code_matrix(small, "wave", "segments", QuoteFilter(coders=["bo"]), depth=1)
    assert rows(m) == {"competence": ({"baseline": 2, "endpoint": 0}, 2), "trust": ({"baseline": 1, "endpoint": 0}, 1)}
    sub = code_matrix(small, "wave", "segments", QuoteFilter(codes=["network"]))
    assert list(rows(sub)) == ["network", "network/weak_ties"]


def test_matrix_rejects_unknown_grouping(small):
    with pytest.raises(WorkbenchError):
        code_matrix(small, "age")
    with pytest.raises(WorkbenchError):
        code_matrix(small, "wave", "sentences")


def test_cooccurrence_within_segments(small):
    co = cooccurrence(small)
    assert [(p["code_a"], p["code_b"], p["segments"]) for p in co.ranked_pairs()] == [
        ("network/weak_ties", "trust", 2), ("competence/language", "trust", 1),
    ]
    assert co.totals["trust"] == 4  # the two-sentence coding touches two segments
    assert co.together("trust", "network/weak_ties") == 2 and co.together("trust", "trust") == 4
    top = cooccurrence(small, depth=1)
    assert top.together("competence", "trust") == 1 and top.together("network", "trust") == 2
    assert truncate_path("a/b/c", 2) == "a/b" and truncate_path("a", 2) == "a"


# -- waves ------------------------------------------------------------------------

def test_compare_waves_only_two_wave_participants(small):
    result = compare_waves(small)
    assert result.participants == ["P1", "P2"]
    changes = {c.code: (c.baseline_only, c.both, c.endpoint_only) for c in result.changes}
    assert changes == {
        "competence": ([], ["P1"], []),
        "competence/formal": (["P1"], [], []),
        "competence/language": ([], ["P1"], []),
        "network": ([], ["P1", "P2"], []),
        "network/weak_ties": ([], ["P1"], ["P2"]),
        "trust": (["P2"], ["P1"], []),
    }
    assert result.pairs == []  # side-by-side quotes only for a chosen code


def test_compare_waves_side_by_side_for_a_code(small):
    result = compare_waves(small, QuoteFilter(codes=["trust"]))
    assert [c.code for c in result.changes] == ["trust"]
    p1, p2 = result.pairs
    assert [q.text for q in p1.baseline] == ["Mentoren min Kari kjenner mange."]
    assert [q.text for q in p1.endpoint] == ["Nå snakker jeg bedre norsk. Kari ringte en leder i Bergen."]
    assert p2.participant == "P2" and p2.endpoint == []


# -- commands ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def cli(small):
    runner = CliRunner()

    def run(*args):
        result = runner.invoke(main, ["--db", str(small.path), "--coder", "tester", *args])
        return result

    return run


def test_cli_matrix_and_cooccurrence_json(cli):
    out = cli("matrix", "--by", "wave", "--count", "participants", "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["count"] == "participants" and data["total"] == 4
    co = json.loads(cli("matrix", "--cooccurrence", "--json").output)
    assert co["pairs"][0]["segments"] == 2
    text = cli("matrix", "--by", "role")
    assert "counting coded segments" in text.output and "Programleder" in text.output


def test_cli_quotes_and_compare_waves(cli):
    out = cli("quotes", "--code", "trust", "--wave", "sluttpunkt", "--json")
    assert [q["document"] for q in json.loads(out.output)] == ["P1-end"]
    text = cli("quotes", "--code", "trust")
    assert "(Mentee, A, nullpunkt)" in text.output and "Kari" in text.output
    waves = cli("compare-waves", "--code", "trust")
    assert "2 participants with both" in waves.output and "nullpunkt" in waves.output
    data = json.loads(cli("compare-waves", "--json").output)
    assert data["participants_with_both_waves"] == ["P1", "P2"]


def test_cli_errors_are_one_line(cli):
    for args in (["matrix"], ["quotes", "--wave", "x"], ["quotes", "--code", "nope"], ["compare-waves", "--wave", "baseline"]):
        out = cli(*args)
        assert out.exit_code == 1, args
        assert out.output.startswith("error: ") and "Traceback" not in out.output


def test_reports_merge_overlapping_spans_of_one_code():
    from workbench.analysis.quotes import Quote, merge_overlapping

    def quote(start, end, coder, code="network", doc=1):
        text = "abcdefghijklmnopqrstuvwxyz"[start:end]
        return Quote(code, "N", doc, "d", start, end, text, "P1", "mentee", "x", "baseline", [coder], [start])

    merged = merge_overlapping([quote(0, 5, "kari"), quote(3, 9, "ola"), quote(9, 12, "ola"),
                                quote(2, 4, "ola", code="trust"), quote(1, 4, "kari", doc=2)])
    assert [(q.code, q.document_id, q.start, q.end, q.text, q.coders) for q in merged] == [
        ("network", 1, 0, 9, "abcdefghi", ["kari", "ola"]),
        ("network", 1, 9, 12, "jkl", ["ola"]),  # adjacent, not overlapping: stays its own quote
        ("trust", 1, 2, 4, "cd", ["ola"]),
        ("network", 2, 1, 4, "bcd", ["kari"]),
    ]
