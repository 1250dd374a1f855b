"""Edge cases a new user ran into on the command line (QA pass)."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import env, run  # noqa: F401  (fixture and helper)


def _project(env):  # noqa: F811
    run(env, "init", "--codebook", str(env / "book.yaml"))
    run(env, "import", str(env / "a.txt"), "--participant", "P01", "--role", "mentee",
        "--program", "master", "--wave", "nullpunkt")


def test_negative_or_zero_limits_are_refused(env):  # noqa: F811
    _project(env)
    for args in (("quotes", "--limit", "-3"), ("search", "søknader", "--limit", "0")):
        result = run(env, *args, ok=False)
        assert result.exit_code == 2
        assert "--limit" in result.output


def test_codings_csv_with_semicolons_as_excel_writes_it(env):  # noqa: F811
    _project(env)
    (env / "c.csv").write_text("document;coder;code;start;end;memo\na;ola;network;0;10;med, komma\n",
                               encoding="utf-8")
    run(env, "codings", "import", str(env / "c.csv"))
    rows = json.loads(run(env, "codings", "list", "--json").output)
    assert [(r["coder"], r["code"], r["start"], r["end"], r["memo"]) for r in rows] == [
        ("ola", "network", 0, 10, "med, komma")]


def test_codebook_of_unknown_type_is_refused_by_extension(env):  # noqa: F811
    (env / "manifest.txt").write_text("file,name\n" + "a.txt,A\n" * 50, encoding="utf-8")
    result = run(env, "init", "--codebook", str(env / "manifest.txt"), ok=False)
    assert result.exit_code == 1
    assert "unknown codebook format '.txt'" in result.output
    assert not (env / "p.db").exists()
    (env / "manifest.csv").write_text("file,name\n" + "b.txt,B\n", encoding="utf-8")  # .csv is a codebook format
    result = run(env, "init", "--codebook", str(env / "manifest.csv"), ok=False)
    assert result.exit_code == 1 and "looks like an import manifest" in result.output
    assert not (env / "p.db").exists()
    _project(env)
    result = run(env, "codebook", "import", str(env / "manifest.txt"), ok=False)
    assert result.exit_code == 1 and "use .yaml, .yml, .qdc or .csv" in result.output


def test_yaml_error_quotes_a_short_excerpt_not_the_whole_file(env):  # noqa: F811
    (env / "m.yaml").write_text("file,name\n" + "a.txt,A\n" * 50, encoding="utf-8")
    result = run(env, "init", "--codebook", str(env / "m.yaml"), ok=False)
    assert result.exit_code == 1
    line = result.output.strip()
    assert "\n" not in line and line.startswith("error:") and "m.yaml:1" in line
    assert len(line) < 200


@pytest.mark.parametrize("text", ["", "   "])
def test_suggest_for_blank_text_suggests_nothing(env, text):  # noqa: F811
    _project(env)
    out = run(env, "suggest", "--text", text, "--json").output
    assert json.loads(out[out.index("{"):]) == {"suggestions": []}


def test_suggest_missing_file_fails_before_loading_anything(env):  # noqa: F811
    result = run(env, "suggest", "--file", str(env / "nope.txt"), "--json", ok=False)
    assert result.exit_code == 1
    assert "nope.txt: file not found" in result.output


@pytest.mark.parametrize("args", [("quotes",), ("matrix", "--by", "wave"), ("matrix", "--cooccurrence"),
                                  ("compare-waves",), ("export", "codings", "--out", "c", "--force")])
def test_filter_naming_an_unknown_coder_is_an_error_not_an_empty_table(env, args):  # noqa: F811
    _project(env)
    (env / "b.txt").write_text("I: Og nå?\n\nMentee: Nå har jeg jobb.\n", encoding="utf-8")
    run(env, "import", str(env / "b.txt"), "--participant", "P01", "--role", "mentee",
        "--program", "master", "--wave", "sluttpunkt")
    run(env, "code", "a", "0", "10", "network")
    extra = ("--dir", str(env)) if args[0] == "export" else ()
    run(env, *args, *extra, "--coder", "kari")
    result = run(env, *args, *extra, "--coder", "karri", ok=False)
    assert result.exit_code == 1
    assert result.output.strip() == "error: unknown --coder 'karri' (coders: kari)"


@pytest.mark.parametrize("args", [("codebook", "export"), ("codings", "export")])
def test_writing_into_a_missing_folder_is_one_error_line(env, args):  # noqa: F811
    _project(env)
    target = env / "no-such-folder" / ("out.yaml" if args[0] == "codebook" else "out.csv")
    result = run(env, *args, str(target), ok=False)
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {target}: the folder {target.parent} does not exist"


def test_repeated_coder_and_empty_span_are_named_as_such(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.core.errors import WorkbenchError
    from workbench.core.models import Code, Document
    from workbench.store import Project

    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    db = tmp_path / "p.db"
    with Project.open(db) as project:
        project.import_codebook([Code("network", "Nettverk")])
        project.add_document(Document("d", "I: Hei.", sha256="h"))
        try:
            project.add_coding("d", 3, 3, "network", "kari")
        except WorkbenchError as exc:
            assert "empty" in str(exc)
        else:
            raise AssertionError("an empty span was stored")
    result = CliRunner().invoke(main, ["--db", str(db), "agree", "--coders", "kari,kari"])
    assert result.exit_code == 1 and "more than once" in result.output


def test_merge_says_which_coders_came_in(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.core.models import Code, Document
    from workbench.store import Project

    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    ours, theirs = tmp_path / "ours.db", tmp_path / "theirs.db"
    with Project.open(ours) as project:
        project.import_codebook([Code("network", "Nettverk")])
        project.add_document(Document("d", "I: Hei.", sha256="h"))
        project.backup(theirs)
    with Project.open(theirs) as project:
        project.add_coding("d", 3, 7, "network", "ola")
    result = CliRunner().invoke(main, ["--db", str(ours), "merge", str(theirs)])
    assert result.exit_code == 0, result.output
    assert "coders: ola (1 coding)" in result.output
