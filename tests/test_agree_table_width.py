"""`agree`'s table fits an 80-column terminal and answers to `agreement` too (the word the README uses)."""

from __future__ import annotations

import pytest

from tests.test_agreement_cli import new_project, run, span

DEEP_CODEBOOK = """codes:
  - key: trust
    label: Tillit
    children:
      - key: generalised_trust
        label: Generalisert tillit
        children:
          - key: eroded_after_rejection
            label: Tillit brutt ned etter avslag
  - key: competence
    label: Kompetanse
"""


@pytest.fixture
def deep(tmp_path, monkeypatch):
    new_project(tmp_path, monkeypatch, DEEP_CODEBOOK)
    run(tmp_path, "code", "a", *span("Mentoren min kjente en leder."), "eroded_after_rejection")
    run(tmp_path, "code", "a", *span("Jeg tok norskkurs."), "competence")
    run(tmp_path, "code", "a", *span("Mentoren min kjente en leder. Hun ringte ham for meg."),
        "eroded_after_rejection", coder="ola")
    run(tmp_path, "code", "a", *span("Jeg fikk intervju."), "competence", coder="ola")
    return tmp_path


@pytest.mark.parametrize("unit", ["segment", "character"])
def test_the_agreement_table_and_its_notes_fit_80_columns(deep, unit):
    out = run(deep, "agree", "--unit", unit).output
    table, legend = out.split("\n\n")[:2]
    wide = [line for line in [*table.splitlines(), *legend.splitlines()[:2]] if len(line) > 80]
    assert not wide, wide
    assert "eroded_after_rejection" in table and "(overall)" in table
    assert "Krippendorff" in out and "Brennan" in out  # the short headings are spelled out once


def test_agreement_is_agree(deep):
    assert run(deep, "agreement", "--min-coverage", "0").output == run(deep, "agree").output
