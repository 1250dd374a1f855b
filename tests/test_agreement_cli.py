"""`agree`, `export agreement`, `disagreements`, `resolve` and `merge` on small projects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.store import Project

TRANSCRIPT = (
    "I: Hvordan fikk du jobben?\n\n"
    "Mentee: Mentoren min kjente en leder. Hun ringte ham for meg. Jeg tok norskkurs.\n\n"
    "I: Og så?\n\n"
    "Mentee: Jeg fikk intervju. Det gikk bra."
)
CODEBOOK = """codes:
  - key: network
    label: Nettverk
    exclusive: true
    children:
      - key: weak_ties
        label: Svake bånd
      - key: mentor_door
        label: Mentoren åpner dører
  - key: competence
    label: Kompetanse
"""


def span(text: str) -> tuple[str, str]:
    start = TRANSCRIPT.index(text)
    return str(start), str(start + len(text))


def new_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, codebook: str = CODEBOOK) -> Path:
    """A project in `tmp_path` (its own config, no WORKBENCH_DB) with `codebook` and the transcript as `a`."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    (tmp_path / "a.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "book.yaml").write_text(codebook, encoding="utf-8")
    run(tmp_path, "init", "--codebook", str(tmp_path / "book.yaml"))
    run(tmp_path, "import", str(tmp_path / "a.txt"))
    return tmp_path


@pytest.fixture
def env(tmp_path, monkeypatch):
    return new_project(tmp_path, monkeypatch)


def run(env: Path, *args: str, coder: str = "kari", db: str = "p.db", ok: bool = True):
    """The CLI as `coder`. Agreement commands get `--min-coverage 0` (any coding takes part) unless
    given one: on this four-sentence transcript they test the statistics, and kari's coding spans
    less than half of it; the participation rule is tested in test_agreement_coverage.py."""
    if (args[:1] in (("agree",), ("disagreements",)) or args[:2] == ("export", "agreement")) \
            and "--min-coverage" not in args:
        args = (*args, "--min-coverage", "0")
    result = CliRunner().invoke(main, ["--db", str(env / db), "--coder", coder, *args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def code_both(env: Path, db: str = "p.db") -> None:
    run(env, "code", "a", *span("Mentoren min kjente en leder."), "weak_ties", db=db)
    run(env, "code", "a", *span("Hun ringte ham for meg."), "mentor_door", db=db)
    run(env, "code", "a", *span("Jeg tok norskkurs."), "competence", db=db)
    run(env, "code", "a", *span("Mentoren min kjente en leder. Hun ringte ham for meg."), "weak_ties",
        coder="ola", db=db)
    run(env, "code", "a", *span("Jeg fikk intervju."), "competence", coder="ola", db=db)


def test_agree_json_has_the_documented_shape(env):
    code_both(env)
    report = json.loads(run(env, "agree", "--json", "--bootstrap", "200").output)
    assert report["unit"] == "segment" and report["coders"] == ["kari", "ola"]
    assert [r["code"] for r in report["codes"]] == ["network", "network/weak_ties", "network/mentor_door", "competence"]
    row = report["codes"][1]
    assert set(row) >= {"code", "percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha",
                        "krippendorff_alpha_ci", "brennan_prediger", "n_units"}
    low, high = row["krippendorff_alpha_ci"]
    assert low <= row["krippendorff_alpha"] <= high
    again = json.loads(run(env, "agree", "--json", "--bootstrap", "200").output)
    assert again["codes"][1]["krippendorff_alpha_ci"] == row["krippendorff_alpha_ci"]  # seeded
    domain = json.loads(run(env, "agree", "--json", "--code", "network", "--bootstrap", "0").output)
    assert domain["overall"]["n_units"] == 2 and domain["overall"]["percent_agreement"] == 0.5
    for unit in ("document", "character", "unitized"):
        report = json.loads(run(env, "agree", "--json", "--unit", unit, "--bootstrap", "0").output)
        assert report["unit"] == unit and report["codes"]
    assert "per_document_mean" in report["codes"][0] or unit == "unitized"


def test_agree_errors_are_one_line(env):
    code_both(env)
    result = run(env, "agree", "--coders", "kari,nobody", ok=False)
    assert result.exit_code == 1 and result.output.startswith("error: unknown --coders 'nobody' (coders: kari, ola)")
    result = run(env, "agree", "--code", "nothing", ok=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    alone = json.loads(run(env, "agree", "--coders", "kari", "--json").output)
    assert alone["codes"][0]["krippendorff_alpha"] is None
    assert alone["codes"][0]["reasons"]["krippendorff_alpha"] == "needs at least two coders"


def test_export_agreement_markdown_and_csv(env):
    code_both(env)
    run(env, "export", "agreement", "--out", "agree.md", "--dir", str(env), "--bootstrap", "100")
    text = (env / "agree.md").read_text(encoding="utf-8")
    assert text.startswith("| Code | % agreement | Cohen's κ")
    said = run(env, "export", "agreement", "--out", "agree2.md", "--dir", str(env), "--bootstrap", "0").output
    assert "pseudonymised: code and document names" in said
    said = run(env, "export", "agreement", "--out", "agree3.md", "--dir", str(env), "--bootstrap", "0",
               "--no-pseudonymize").output
    assert "not pseudonymised" in said and "pseudonymised: code" not in said
    assert "| (overall) |" in text and "Agreement between kari and ola" in text
    run(env, "export", "agreement", "--out", "agree.csv", "--dir", str(env), "--unit", "document", "--bootstrap", "0")
    lines = (env / "agree.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("code,percent_agreement,cohen_kappa,fleiss_kappa,krippendorff_alpha,alpha_ci_low")
    assert any(line.startswith("# method,") for line in lines)
    assert run(env, "export", "agreement", "--out", "agree.txt", "--dir", str(env), ok=False).exit_code == 1


def test_disagreements_and_resolve_write_consensus_and_audit(env):
    code_both(env)
    rows = json.loads(run(env, "disagreements", "--json").output)
    assert [r["text"] for r in rows] == ["Hun ringte ham for meg.", "Jeg tok norskkurs.", "Jeg fikk intervju."]
    assert rows[0]["codes"] == {"kari": ["network/mentor_door"], "ola": ["network/weak_ties"]}
    start, end = span("Hun ringte ham for meg.")
    run(env, "resolve", "a", start, end, "--codes", "mentor_door", "--decision", "accept kari",
        "--memo", "the mentor phoned the employer", coder="lead")
    with Project.open(env / "p.db") as project:
        consensus = project.codings(coder="consensus")
        assert [(c["code"], c["start"], c["memo"]) for c in consensus] == [
            ("network/mentor_door", int(start), "the mentor phoned the employer")]
        entry = project.audit_log(1)[0]
        assert entry["action"] == "agreement.resolve" and entry["coder"] == "lead"
        assert json.loads(entry["after"])["decision"] == "accept kari"
    run(env, "resolve", "a", start, end, "--codes", "weak_ties,mentor_door", "--decision", "union", coder="lead")
    with Project.open(env / "p.db") as project:
        assert sorted(c["code"] for c in project.codings(coder="consensus")) == [
            "network/mentor_door", "network/weak_ties"]
        assert json.loads(project.audit_log(1)[0]["before"])["removed"][0]["code"] == "network/mentor_door"
    remaining = json.loads(run(env, "disagreements", "--json", "--unresolved").output)
    assert len(remaining) == 2
    report = json.loads(run(env, "agree", "--json").output)
    assert report["coders"] == ["kari", "ola"]  # consensus is not a coder by default


def test_merge_matches_by_text_and_reports_what_did_not_match(env, tmp_path):
    other = tmp_path / "ola.db"
    with Project.open(env / "p.db") as project:
        project.backup(other)
    run(env, "code", "a", *span("Jeg fikk intervju."), "competence", coder="ola", db="ola.db")
    with Project.open(other) as project:  # rename the document and add a code only Ola has
        project.db.execute("UPDATE documents SET name = 'intervju-1'")
        project.db.execute("INSERT INTO codes(key, path, label) VALUES ('luck', 'luck', 'Flaks')")
        code_id = project.code_id("luck")
        project.db.execute("INSERT INTO codings(document_id, start, \"end\", code_id, coder_id, created) "
                           "VALUES (1, 0, 5, ?, ?, 'now')", [code_id, project.coder_id("ola")])
        project.db.conn.commit()
    report = json.loads(run(env, "merge", str(other), "--json").output)
    assert report["documents"]["matched"] == [{"theirs": "intervju-1", "ours": "a"}]
    assert report["codes"]["unmatched"] == ["luck"]
    assert report["codings"]["imported"] == 1
    assert report["codings"]["skipped"] == {"code not in this codebook": 1}
    again = json.loads(run(env, "merge", str(other), "--json").output)
    assert again["codings"]["imported"] == 0 and again["codings"]["duplicates"] == 1
    with Project.open(env / "p.db") as project:
        assert [c["coder"] for c in project.codings()] == ["ola"]
        assert project.audit_log(1)[0]["action"] == "project.merge"
    assert run(env, "merge", str(env / "p.db"), ok=False).exit_code == 1
    assert run(env, "merge", str(tmp_path / "missing.db"), ok=False).output.startswith("error:")


def test_export_agreement_joins_an_existing_export_group():
    import click

    from workbench.commands import agreement

    @click.group()
    def root() -> None:
        pass

    @click.group("export")
    def export() -> None:
        pass

    @export.command("report")
    def report() -> None:
        pass

    root.add_command(export)
    agreement.register(root)
    assert set(root.commands["export"].commands) == {"report", "agreement"}

    @click.group()
    def bare() -> None:
        pass

    agreement.register(bare)
    assert set(bare.commands["export"].commands) == {"agreement"}


def test_merge_rejects_a_file_that_is_no_project(env):
    (env / "notes.db").write_text("not a database", encoding="utf-8")
    result = run(env, "merge", str(env / "notes.db"), ok=False)
    assert result.exit_code == 1 and result.output.startswith("error:") and "Traceback" not in result.output
