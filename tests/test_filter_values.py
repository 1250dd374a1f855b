"""An unknown filter value is an error naming the option, the value and what the project has:
before, `quotes --participant NOBODY` said "0 quotes" and exited 0, and an export wrote an empty
report. One check serves every command that filters (`check_filter_values`)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Code, Coding, Document, Participant
from workbench.store import Project
from tests.conftest import sample_segments

TEXT = "I: Hva skjedde?\n\nMentee: Jeg fikk jobb gjennom naboen min. Det var fint."


@pytest.fixture
def db(tmp_path):
    with Project.open(tmp_path / "p.db") as p:
        p.import_codebook([Code("network", "Nettverk"), Code("weak_ties", "Svake bånd", parent="network")])
        for name, wave in (("P01-nullpunkt", "baseline"), ("P01-sluttpunkt", "endpoint")):
            p.add_document(Document(name, TEXT, sha256=name, participant="P01", wave=wave,
                                    segments=sample_segments(TEXT)), Participant("P01", "mentee", "master"))
            doc = p.resolve_document(name)
            p.import_codings([Coding(doc, 26, 58, "network", "kari"), Coding(doc, 26, 58, "network/weak_ties", "ola")],
                             actor="test")
    return tmp_path / "p.db"


def _run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), "--spacy-model", "blank:none", *args])


@pytest.mark.parametrize("command", [
    ["quotes"], ["quotes", "--json"], ["compare-waves"], ["matrix", "--by", "wave"], ["query", "network"],
    ["pseudonyms", "preview"], ["export", "codings", "--out", "c.csv"], ["export", "report", "--out", "r.md"],
])
@pytest.mark.parametrize("option, value, known", [
    ("--participant", "NOBODY", "participants: P01"),
    ("--program", "mastr", "programmes: master"),
    ("--coder", "per", "coders: kari, ola"),
    ("--code", "netwerk", "codes: network, network/weak_ties"),
    ("--role", "mentoor", "use mentee, mentor, programleder, interviewer"),
])
def test_an_unknown_filter_value_is_an_error_and_writes_nothing(db, tmp_path, command, option, value, known):
    if command[0] == "query" and option == "--code":
        pytest.skip("query's expression names the codes")
    result = _run(db, *command, option, value, *(["--dir", str(tmp_path / "out")] if command[0] == "export" else []))
    assert result.exit_code == 1, result.output
    assert f"error: unknown {option} '{value}' ({known}" in result.stderr
    assert not (tmp_path / "out").exists()


def test_every_unknown_value_has_its_own_line_and_case_is_suggested(db):
    result = _run(db, "quotes", "--participant", "p01", "--participant", "P02", "--wave", "midtpunkt")
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        "error: unknown --wave 'midtpunkt' (use baseline or endpoint; nullpunkt and sluttpunkt also work)",
        "error: unknown --participant 'p01': did you mean 'P01'?",
        "error: unknown --participant 'P02' (participants: P01; see `workbench documents`)",
    ]


def test_known_values_still_filter(db):
    result = _run(db, "quotes", "--participant", "P01", "--wave", "sluttpunkt", "--coder", "ola")
    assert result.exit_code == 0 and "1 quote" in result.stderr


@pytest.mark.parametrize("args, line", [
    (["disagreements", "--coders", "kari,per"], "error: unknown --coders 'per' (coders: kari, ola)"),
    (["disagreements", "--code", "netwerk"], "error: unknown --code 'netwerk' (codes: network, network/weak_ties;"),
    (["agree", "--code", "netwerk"], "error: unknown --code 'netwerk' (codes: network, network/weak_ties;"),
    (["codings", "list", "--document", "P09"], "error: unknown --document 'P09' (documents: P01-nullpunkt, "),
    (["codings", "list", "--coder", "Kari"], "error: unknown --coder 'Kari': did you mean 'kari'?"),
])
def test_the_other_filtering_commands_use_the_same_check(db, args, line):
    result = _run(db, *args)
    assert result.exit_code == 1 and line in result.stderr, result.output


def test_export_agreement_with_an_unknown_code_writes_nothing(db, tmp_path):
    result = _run(db, "export", "agreement", "--out", "a.md", "--dir", str(tmp_path / "out"), "--code", "x")
    assert result.exit_code == 1 and "unknown --code 'x'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_known_values_that_fit_nothing_together_are_an_error_and_write_nothing(db, tmp_path):
    result = _run(db, "export", "report", "--out", "r.md", "--dir", str(tmp_path / "out"), "--role", "mentor",
                  "--participant", "P01")
    assert result.exit_code == 1 and "no coded passage fits these filters together" in result.stderr
    assert "--role 'mentor'" in result.stderr and "--participant 'P01'" in result.stderr
    assert not (tmp_path / "out").exists()
