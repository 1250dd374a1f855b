"""Every output that leaves the project takes the organisation rules: quotes, report, codings, .qdpx.

The transcript is synthetic: the people, the employer (an acronym), the NAV district and the
training company are invented for this test.
"""

from __future__ import annotations

import csv
import json

import pytest

from workbench.core.models import Code, Coding, Participant
from workbench.io.refi.qdpx_import import import_qdpx
from workbench.store import Project
from tests.pseudonymize_project import one_transcript, run, span

TEXT = (
    "I: Hvor jobber du nå?\n\n"
    "Mentee: Jeg fikk jobb i KRBX etter praksis hos Grønn Vekst Rengjøring. "
    "Saksbehandleren min på NAV Søndre Fjordvik hjalp meg.\n\n"
    "I: Og mentoren?\n\n"
    "Mentee: Jeg snakket med jamila om KRBX-jobben. Grønn Vekst ringte meg også."
)
LEAKS = ("KRBX", "Grønn", "Rengjøring", "Søndre", "Fjordvik", "jamila")
KEPT = ("Saksbehandleren min på", "hjalp meg", "Jeg snakket med", "ringte meg også")


def _span(sentence: str) -> tuple[int, int]:
    return span(TEXT, sentence)


@pytest.fixture
def proj(tmp_path):
    p, doc_id = one_transcript(tmp_path, TEXT, [Code("network", "Nettverk")], "P07-sluttpunkt", "y",
                               Participant("P07", "mentee", "refugee"), "endpoint")
    codings = [Coding(doc_id, *_span(s), "network", "kari") for s in (
        "Jeg fikk jobb i KRBX etter praksis hos Grønn Vekst Rengjøring.",
        "Saksbehandleren min på NAV Søndre Fjordvik hjalp meg.",
        "Jeg snakket med jamila om KRBX-jobben.",
        "Grønn Vekst ringte meg også.")]
    p.import_codings(codings, actor="test")
    yield p
    p.close()


def _check(text: str) -> None:
    assert not [leak for leak in LEAKS if leak in text], text
    assert all(kept in text for kept in KEPT), text
    assert "[organisasjon]" in text and "[X]" in text


def test_quotes_pseudonymize(proj):
    assert "KRBX" in run(proj, "quotes", "--json")
    out = json.loads(run(proj, "quotes", "--json", "--pseudonymize"))
    _check(" ".join(q["text"] for q in out))


def test_export_report(proj, tmp_path):
    run(proj, "export", "report", "--out", "r.md", "--dir", str(tmp_path), "--no-chart")
    _check((tmp_path / "r.md").read_text(encoding="utf-8"))


def test_export_codings(proj, tmp_path):
    run(proj, "export", "codings", "--out", "c.csv", "--dir", str(tmp_path))
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 4
    _check(" ".join(r["text"] for r in rows))


def test_export_qdpx_pseudonymize(proj, tmp_path):
    run(proj, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize")
    with Project.open(tmp_path / "copy.db") as copy:
        import_qdpx(copy, tmp_path / "anon.qdpx", actor="importer")
        doc = copy.document("P07-sluttpunkt", with_segments=False)
        _check(doc.text)
        assert "[organisasjon]-jobben" in doc.text
        assert len(copy.codings()) == 4
