"""`--consistent` numbers pseudonyms; given without pseudonymising, a command says so instead of
printing or writing the raw text, names included, as if the option had been taken."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Coding
from tests.conftest import SAMPLE_TEXT
from tests.pseudonymize_project import span


@pytest.mark.parametrize("args, hint", [
    (["quotes", "--consistent"], "give it with --pseudonymize"),
    (["compare-waves", "--consistent"], "give it with --pseudonymize"),
    (["disagreements", "--consistent"], "give it with --pseudonymize"),
    (["query", "network", "--consistent"], "give it with --pseudonymize"),
    (["export", "qdpx", "--out", "p", "--consistent"], "give it with --pseudonymize"),
    (["export", "report", "--out", "r.md", "--no-pseudonymize", "--consistent"], "it cannot go with --no-pseudonymize"),
    (["export", "codings", "--out", "c.csv", "--no-pseudonymize", "--consistent"], "it cannot go with --no-pseudonymize"),
])
def test_consistent_without_pseudonymising_is_refused(project, tmp_path, args, hint):
    doc = project.resolve_document("P01-nullpunkt")
    project.import_codings([Coding(doc, *span(SAMPLE_TEXT, "Mentoren min kjente en leder."), "network", "kari")],
                           actor="test")
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(main, ["--db", str(project.path), "--spacy-model", "blank:none", *args,
                                       *(["--dir", str(out)] if args[0] == "export" else [])])
    assert result.exit_code == 2, result.output
    assert f"--consistent numbers pseudonyms ([Person 1], [Sted 1] ...): {hint}" in result.output
    assert "Mentoren min" not in result.output and not list(out.iterdir())
