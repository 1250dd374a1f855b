"""Coding queries: the parser (positions in errors), the unit logic, saved queries and the CLI.

The project is the shared synthetic sample (conftest): five segments in four turns.
Segment 1 and 2 are the mentee's first turn, segment 4 the second.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.analysis.coding_query import run_query
from workbench.analysis.quotes import QuoteFilter
from workbench.cli import main
from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.query import CodeRef, Op, QueryError, code_refs, parse, positive_refs

from conftest import SAMPLE_TEXT, sample_segments

SEG = sample_segments(SAMPLE_TEXT)


# -- the parser ------------------------------------------------------------------------

@pytest.mark.parametrize("query, tree", [
    ("a AND b", "(a AND b)"),
    ("a and b", "(a AND b)"),
    ("a OR b AND c", "(a OR (b AND c))"),
    ("a AND b OR c", "((a AND b) OR c)"),
    ("a NOT b NOT c", "((a NOT b) NOT c)"),
    ("(a OR b) NEAR/3 c", "((a OR b) NEAR/3 c)"),
    ("a NEAR b", "(a NEAR/1 b)"),
    ("a near/0 b", "(a NEAR/0 b)"),
    ('"Svake bånd" AND network/weak_ties', '("Svake bånd" AND network/weak_ties)'),
    ('"and" OR x', '("and" OR x)'),
    ("((a))", "a"),
])
def test_parse_precedence_and_names(query, tree):
    assert str(parse(query)) == tree


def test_parse_keeps_positions_and_lists_codes():
    node = parse("tillit NOT (språk OR nettverk)")
    assert isinstance(node, Op) and node.op == "NOT"
    assert [(r.name, r.position) for r in code_refs(node)] == [("tillit", 0), ("språk", 12), ("nettverk", 21)]
    assert positive_refs(node) == [CodeRef("tillit", 0)]


@pytest.mark.parametrize("query, position, words", [
    ("", 0, "empty"),
    ("   ", 0, "empty"),
    ("a AND", 5, "expected a code after AND"),
    ("AND b", 0, "not the operator AND"),
    ("a b", 2, "expected AND, OR, NOT or NEAR before 'b'"),
    ("(a", 2, "the ( at position 1 is not closed"),
    ("a)", 1, "has no matching ("),
    ("a NEAR/x b", 7, "whole number"),
    ("a NEAR/99999 b", 7, "whole number"),
    ('"abc', 0, "not closed"),
    ('a AND ""', 6, "empty quoted"),
    ("()", 1, "empty brackets"),
    ("a OR )", 5, "expected a code after OR, not )"),
    ("a NEAR/2", 8, "after NEAR/2"),
])
def test_parse_errors_name_the_position(query, position, words):
    with pytest.raises(QueryError) as info:
        parse(query)
    assert info.value.position == position
    assert words in str(info.value)
    if query.strip():
        where = "at the end" if position >= len(query) else f"at position {position + 1}"
        assert where in str(info.value)


def test_parse_refuses_overlong_query():
    with pytest.raises(QueryError, match="longer than"):
        parse("a OR " * 1000 + "b")


# -- running queries -------------------------------------------------------------------

@pytest.fixture
def coded(project):
    """language on segment 4; mentor_network on 1; formal (ola) and network on 2."""
    project.add_coding(1, SEG[4].start, SEG[4].end, "competence/language", "kari")
    project.add_coding(1, SEG[1].start, SEG[1].end, "network/mentor_network", "kari")
    project.add_coding(1, SEG[2].start, SEG[2].end, "competence/formal", "ola")
    project.add_coding(1, SEG[2].start, SEG[2].end, "network", "kari")
    return project


def spans(result):
    return sorted((q.code, q.start) for q in result.quotes)


def at(i):
    return SEG[i].start


def test_and_within_segment_turn_document(coded):
    r = run_query(coded, "competence AND network")
    assert (r.units, r.documents) == (1, 1)
    assert spans(r) == [("competence/formal", at(2)), ("network", at(2))]
    r = run_query(coded, "competence AND network", within="turn")
    assert r.units == 1
    assert spans(r) == [("competence/formal", at(2)), ("network", at(2)), ("network/mentor_network", at(1))]
    r = run_query(coded, "competence AND network", within="document")
    assert len(r.quotes) == 4 and r.units == 1
    assert r.summary() == "4 passages in 1 document"


def test_or_not_and_sub_codes(coded):
    r = run_query(coded, "competence OR network")
    assert r.units == 3 and len(r.quotes) == 4
    assert spans(run_query(coded, "competence NOT network")) == [("competence/language", at(4))]
    assert spans(run_query(coded, "network NOT competence")) == [("network/mentor_network", at(1))]
    assert spans(run_query(coded, "mentor_network NOT formal", within="turn")) == []


def test_near_counts_segments_or_turns(coded):
    assert run_query(coded, "language NEAR network").quotes == []
    r = run_query(coded, "language NEAR/2 network")
    assert spans(r) == [("competence/language", at(4)), ("network", at(2))] and r.units == 2
    assert spans(run_query(coded, "language NEAR/3 network"))[-1] == ("network/mentor_network", at(1))
    assert run_query(coded, "language NEAR/1 network", within="turn").quotes == []
    assert len(run_query(coded, "language NEAR/2 network", within="turn").quotes) == 3
    with pytest.raises(WorkbenchError, match="NEAR counts segments or turns"):
        run_query(coded, "language NEAR network", within="document")


def test_filters_apply_to_every_code(coded):
    assert run_query(coded, "competence AND network", flt=QuoteFilter(coders=["kari"])).quotes == []
    assert run_query(coded, "competence OR network", flt=QuoteFilter(waves=["endpoint"])).quotes == []
    assert len(run_query(coded, "competence OR network", flt=QuoteFilter(roles=["mentee"])).quotes) == 4
    r = run_query(coded, "competence OR network", flt=QuoteFilter(search="bergenstesten"))
    assert spans(r) == [("competence/language", at(4))]
    with pytest.raises(WorkbenchError, match="drop the code filter"):
        run_query(coded, "competence", flt=QuoteFilter(codes=["network"]))


def test_codes_by_label_and_errors_point_at_the_code(coded):
    assert spans(run_query(coded, '"Språk" AND competence')) == [("competence/language", at(4))]
    with pytest.raises(QueryError) as info:
        run_query(coded, "competence AND nettverket")
    assert info.value.position == 15 and "no code 'nettverket'" in str(info.value)
    with pytest.raises(WorkbenchError, match="within must be"):
        run_query(coded, "competence", within="paragraph")


# -- saved queries -----------------------------------------------------------------------

def test_saved_queries_are_stored_replaced_and_audited(project):
    qid = project.save_query("  språk  nett ", "language NEAR network", "kari", "turn", {"roles": ["mentee"], "waves": []})
    [row] = project.saved_queries()
    assert (row["id"], row["name"], row["within"], row["filters"], row["coder"]) == (
        qid, "språk nett", "turn", {"roles": ["mentee"]}, "kari")
    assert project.save_query("språk nett", "language AND network", "ola") == qid
    assert project.saved_query("språk nett")["query"] == "language AND network"
    project.delete_saved_query("språk nett", "ola")
    assert project.saved_queries() == []
    log = [(r["action"], r["coder"]) for r in project.audit_log() if r["entity"] == "saved_query"]
    assert log == [("query.save", "kari"), ("query.replace", "ola"), ("query.delete", "ola")]
    with pytest.raises(NotFound, match="no saved query 'x'"):
        project.saved_query("x")
    with pytest.raises(WorkbenchError, match="needs a name"):
        project.save_query(" ", "a", "kari")
    with pytest.raises(WorkbenchError, match="within must be"):
        project.save_query("n", "a", "kari", within="paragraph")


# -- the command -------------------------------------------------------------------------

def cli(coded, *args, ok=True):
    result = CliRunner().invoke(main, ["--db", str(coded.path), "--coder", "kari", *args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_query_command_json_save_and_rerun(coded):
    out = json.loads(cli(coded, "query", "competence AND network", "--json").stdout)
    assert (out["parsed"], out["within"], out["units"]) == ("(competence AND network)", "segment", 1)
    assert [q["code"] for q in out["quotes"]] == ["competence/formal", "network"]
    text = cli(coded, "query", "competence OR network", "--within", "turn", "--role", "mentee", "--save", "alle")
    assert "4 passages in 2 turns of 1 document" in text.stderr and "saved as 'alle'" in text.stderr
    assert "(Mentee, master, nullpunkt)" in text.stdout
    listed = json.loads(cli(coded, "query", "--list-saved", "--json").stdout)
    assert [(r["name"], r["within"], r["filters"]) for r in listed] == [("alle", "turn", {"roles": ["mentee"]})]
    again = json.loads(cli(coded, "query", "--saved", "alle", "--json").stdout)
    assert (again["within"], len(again["quotes"])) == ("turn", 4)
    narrowed = json.loads(cli(coded, "query", "--saved", "alle", "--coder", "ola", "--json").stdout)
    assert [q["code"] for q in narrowed["quotes"]] == ["competence/formal"]
    assert "deleted" in cli(coded, "query", "--delete-saved", "alle").stdout
    assert coded.saved_queries() == []


def test_query_command_errors_are_one_line(coded):
    bad = cli(coded, "query", "competence AND (network", ok=False)
    assert bad.exit_code == 1
    assert bad.stderr.strip() == ("error: query 'competence AND (network' at the end: "
                                  "the ( at position 16 is not closed")
    assert "give a query" in cli(coded, "query", ok=False).stderr
    assert "no saved query" in cli(coded, "query", "--saved", "nope", ok=False).stderr
    assert "not both" in cli(coded, "query", "a", "--saved", "nope", ok=False).stderr
    assert "unknown --role 'chef'" in cli(coded, "query", "competence", "--role", "chef", ok=False).stderr


def test_retrieval_filters_turn_into_quote_filters():
    from workbench.analysis.retrieval import RetrievalFilters, context_around
    from workbench.core.models import Participant

    people = [Participant("P01", "mentee", "master", {"land": "Syria"}),
              Participant("P02", "mentor", "master", {"land": "Norge"}),
              Participant("P03", "mentee", "refugee", {"land": "Syria", "alder": "30"})]
    f = RetrievalFilters()
    assert f.quote_filter(people, ["network"]).codes == ["network"] and not f.active()
    assert f.toggle("roles", "mentee") and not f.toggle("roles", "mentee") and f.roles == []
    f.toggle("attributes", ("land", "Syria"))
    assert f.quote_filter(people).participants == ["P01", "P03"]
    f.toggle("attributes", ("alder", "30"))
    assert f.quote_filter(people).participants == ["P03"]
    f.participants = ["P01"]
    assert f.quote_filter(people) is None  # the attributes fit nobody among the participants asked for
    f.search = "mentor*"
    assert f.describe() == "land=Syria; alder=30; participant P01; search mentor*"
    f.clear()
    assert not f.active() and f.quote_filter(people).search is None

    text = "En. To. Tre. Fire."
    spans = [(0, 3), (4, 7), (8, 12), (13, 18)]
    assert context_around(text, spans, 4, 7) == ("En.", "Tre.")
    assert context_around(text, spans, 0, 3) == ("", "To.")
    assert context_around(text, spans, 8, 18, sentences=2) == ("En. To.", "")
