"""A report's first line counts its quotes in Norwegian: `1 sitat.`, not `1 sitater.` (each format)."""

from __future__ import annotations

import zipfile

import pytest

from workbench.core.models import Coding
from tests.conftest import SAMPLE_TEXT
from tests.pseudonymize_project import run, span


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_one_quote_is_one_sitat(project, tmp_path, fmt):
    doc = project.resolve_document("P01-nullpunkt")
    project.import_codings([Coding(doc, *span(SAMPLE_TEXT, "Mentoren min kjente en leder."), "network", "kari")],
                           actor="test")
    run(project, "export", "report", "--out", f"r.{fmt}", "--dir", str(tmp_path), "--no-chart")
    path = tmp_path / f"r.{fmt}"
    text = (zipfile.ZipFile(path).read("word/document.xml").decode("utf-8") if fmt == "docx"
            else path.read_text(encoding="utf-8"))
    assert "1 sitat." in text and "1 sitater" not in text
    project.import_codings([Coding(doc, *span(SAMPLE_TEXT, "Hun ringte ham for meg."), "network", "ola")],
                           actor="test")
    run(project, "export", "report", "--out", f"r.{fmt}", "--dir", str(tmp_path), "--no-chart", "--force")
    text = (zipfile.ZipFile(path).read("word/document.xml").decode("utf-8") if fmt == "docx"
            else path.read_text(encoding="utf-8"))
    assert "2 sitater." in text
