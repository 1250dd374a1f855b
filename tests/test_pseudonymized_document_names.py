"""A document named after its participant does not carry the name out of a pseudonymised output.

`import Amina_Farah_intervju.txt` keeps the file's name as the document's; a new user's walk of
issue 10 found it whole in the anonymised `.qdpx` (source and memo names), the `document`
column of `export codings`, `quotes`/`disagreements --pseudonymize` and a report's document
memos. A code such as `P02-nullpunkt` stays; two names that would read alike stay apart. The
transcripts and names are synthetic, written for this test.
"""

from __future__ import annotations

import csv
import json
import zipfile

import pytest

from workbench.core.models import Code, Coding, Document, Participant
from workbench.core.text import text_sha256
from workbench.io.refi.qdpx_import import import_qdpx
from workbench.store import Project
from tests.conftest import sample_segments
from tests.pseudonymize_project import run

TEXT = "I: Hva har du lært?\n\nMentee: Jeg har lært mye om nettverk. Det var nyttig.\n"
NAMES = ("Amina_Farah_intervju", "Sara_Haile_intervju", "P02-nullpunkt")
LEAKS = ("Amina", "Farah", "Sara", "Haile")


@pytest.fixture
def proj(tmp_path):
    p = Project.open(tmp_path / "p.db")
    p.import_codebook([Code("network", "Nettverk")])
    for i, name in enumerate(NAMES):
        text = TEXT + f"\nI: Takk for samtalen nummer {i}.\n"  # distinct texts
        participant = Participant(f"P0{i + 1}", "mentee")
        p.add_document(Document(name, text, sha256=text_sha256(text), participant=participant.id,
                                wave="baseline", segments=sample_segments(text)), participant)
        start = text.index("Jeg har lært")
        p.import_codings([Coding(p.resolve_document(name), start, start + 36, "network", "kari"),
                          Coding(p.resolve_document(name), start, start + 36, "network", "ola")], actor="test")
        p.add_memo(f"Oppfølging {i}", document=name, coder="kari")
    yield p
    p.close()


def _clean(text: str) -> bool:
    return not [leak for leak in LEAKS if leak in text]


def test_names_read_as_a_quote_would_and_stay_apart():
    from workbench.io.pseudonymize.project import document_names
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer

    names = document_names(NAMES, Pseudonymizer())
    assert names == {"Amina_Farah_intervju": "[X] intervju", "Sara_Haile_intervju": "[X] intervju (2)",
                     "P02-nullpunkt": "P02-nullpunkt"}


def test_a_name_typed_in_lower_case_is_replaced_whole():
    # Found by the participant-id work: `amina_farah_intervju` came out `amina [X] intervju`.
    from workbench.io.pseudonymize.project import document_names
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer

    names = document_names(("amina_farah_intervju", "intervju_dag_2", "mentee-sluttpunkt"), Pseudonymizer())
    assert names == {"amina_farah_intervju": "[X] intervju", "intervju_dag_2": "intervju_dag_2",
                     "mentee-sluttpunkt": "mentee-sluttpunkt"}


def test_anonymised_qdpx_renames_the_documents_everywhere(proj, tmp_path):
    run(proj, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize")
    with zipfile.ZipFile(tmp_path / "anon.qdpx") as z:
        assert _clean(z.read("project.qde").decode("utf-8"))
    with Project.open(tmp_path / "copy.db") as copy:
        import_qdpx(copy, tmp_path / "anon.qdpx", actor="importer")
        docs = {d["name"]: d["codings"] for d in copy.documents()}
        assert docs == {"[X] intervju": 2, "[X] intervju (2)": 2, "P02-nullpunkt": 2}
        assert sorted(m["document"] for m in copy.memos()) == sorted(docs)


def test_codings_table_quotes_disagreements_and_report_memos(proj, tmp_path):
    run(proj, "export", "codings", "--out", "c.csv", "--dir", str(tmp_path))
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert sorted({r["document"] for r in rows}) == ["P02-nullpunkt", "[X] intervju", "[X] intervju (2)"]
    quotes = json.loads(run(proj, "quotes", "--json", "--pseudonymize"))
    assert _clean(json.dumps(quotes, ensure_ascii=False)) and len(quotes) == 3
    assert "Amina_Farah_intervju" in run(proj, "quotes", "--json")  # raw unless asked
    passages = run(proj, "disagreements", "--json", "--pseudonymize", "--min-coverage", "0", "--coders", "kari,ola")
    assert _clean(passages)
    run(proj, "export", "report", "--out", "r.md", "--dir", str(tmp_path), "--memos", "--no-chart")
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Dokument [X] intervju" in report and _clean(report)


def test_agreement_notes_name_the_documents_as_renamed(proj, tmp_path):
    raw = run(proj, "agree")
    assert "Amina_Farah_intervju" in raw  # the notes name documents (coverage), on screen as stored
    run(proj, "export", "agreement", "--out", "a.md", "--dir", str(tmp_path))
    table = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert _clean(table) and "[X] intervju" in table
    run(proj, "export", "agreement", "--out", "b.md", "--dir", str(tmp_path), "--no-pseudonymize")
    assert "Amina_Farah_intervju" in (tmp_path / "b.md").read_text(encoding="utf-8")
