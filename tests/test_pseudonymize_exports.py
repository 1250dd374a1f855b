"""One path out of the project: codings, quotes, disagreements, compare-waves and .qdpx pseudonymised."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Code, Coding, Participant
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, slice_replaced
from workbench.io.refi.qdpx_import import import_qdpx
from workbench.store import Project
from tests.pseudonymize_project import one_transcript, run, span

# Synthetic: the person, employer and numbers are invented (the ID number was generated).
TEXT = (
    "I: Hvem er mentoren din?\n\n"
    "Mentee: Mentoren min heter Oddvar Lysklett. Oddvar jobber i DNB og ringer meg på 912 34 567. "
    "Fødselsnummeret mitt er 12039126557.\n\n"
    "I: Og nettverket?\n\n"
    "Mentee: Jeg traff Oddvars kollega i Bergen. Han har fått jobb."
)
LEAKS = ("Oddvar", "Lysklett", "DNB", "912 34 567", "12039126557", "Bergen")


def _span(sentence: str) -> tuple[int, int]:
    return span(TEXT, sentence)


@pytest.fixture
def proj(tmp_path):
    p, doc_id = one_transcript(tmp_path, TEXT, [Code("competence", "Kompetanse"), Code("network", "Nettverk")],
                               "P01-nullpunkt", "x", Participant("P01", "mentee", "master"), "baseline")
    a = _span("Oddvar jobber i DNB og ringer meg på 912 34 567.")
    b = _span("Jeg traff Oddvars kollega i Bergen.")
    mid = TEXT.index("Lysklett") + 3  # a coding that starts inside a name
    p.import_codings([Coding(doc_id, *a, "network", "kari", memo="Oddvar hjelper"),
                      Coding(doc_id, *b, "network", "kari"), Coding(doc_id, *b, "competence", "ola"),
                      Coding(doc_id, mid, a[1], "competence", "kari")], actor="test")
    yield p
    p.close()


def test_quotes_pseudonymized_from_the_whole_document(proj):
    raw = run(proj, "quotes", "--json")
    assert "Oddvar jobber" in raw
    out = json.loads(run(proj, "quotes", "--json", "--pseudonymize"))
    texts = " ".join(q["text"] for q in out)
    assert not [leak for leak in LEAKS if leak in texts]
    # "Oddvar" starts its sentence: it is replaced because the name was found elsewhere in the document
    assert any(q["text"].startswith("[X] jobber i [organisasjon] og ringer meg på [telefon].") for q in out)


def test_query_takes_the_flag(proj):
    raw = json.loads(run(proj, "query", "network", "--json"))
    assert "Oddvar jobber" in " ".join(q["text"] for q in raw["quotes"])
    out = json.loads(run(proj, "query", "network", "--json", "--pseudonymize", "--consistent"))
    texts = " ".join(q["text"] for q in out["quotes"])
    assert len(out["quotes"]) == len(raw["quotes"]) and not [leak for leak in LEAKS if leak in texts]
    assert "[Person 1] jobber i [Organisasjon 1]" in texts
    printed = run(proj, "query", "network AND competence", "--pseudonymize")
    assert "Jeg traff [X] kollega i […]." in printed and "Bergen" not in printed


def test_export_codings_pseudonymizes_text_and_memo(proj, tmp_path):
    run(proj, "export", "codings", "--out", "c.csv", "--dir", str(tmp_path))
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    joined = " ".join(r["text"] + " " + r["memo"] for r in rows)
    assert rows and not [leak for leak in LEAKS if leak in joined]


def test_disagreements_and_compare_waves_take_the_flag(proj):
    # ola's one coding spans little of the document: `--min-coverage 0` lets it take part, for passages to show
    out = run(proj, "disagreements", "--pseudonymize", "--json", "--min-coverage", "0")
    assert "Bergen" not in out and "Oddvars" not in out and "[X]" in out
    assert "Oddvars" in run(proj, "disagreements", "--json", "--min-coverage", "0")
    run(proj, "compare-waves", "--pseudonymize")  # no two-wave participant here: runs, prints nothing to leak


def test_consistent_pseudonyms_and_project_markers_in_a_report(proj, tmp_path):
    run(proj, "pseudonyms", "marker", "phone", "[tlf.]")
    assert "[tlf.]" in run(proj, "pseudonyms", "marker")
    run(proj, "export", "report", "--out", "r.md", "--dir", str(tmp_path), "--consistent", "--no-chart")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "[Person 1] jobber i [Organisasjon 1]" in text and "[tlf.]" in text
    assert "[Person 1] kollega i [Sted 1]" in text
    run(proj, "pseudonyms", "marker", "phone", "--reset")
    assert "[telefon]  (default)" in run(proj, "pseudonyms", "marker")


def test_qdpx_warns_when_full_text_and_pseudonymized_round_trip_keeps_codings_on_their_words(proj, tmp_path):
    result = CliRunner().invoke(
        main, ["--db", str(proj.path), "--spacy-model", "blank:none", "export", "qdpx", "--out", "full",
               "--dir", str(tmp_path)])
    assert result.exit_code == 0 and "warning:" in result.stderr and "not pseudonymised" in result.stderr
    run(proj, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize")
    with Project.open(tmp_path / "copy.db") as copy:
        import_qdpx(copy, tmp_path / "anon.qdpx", actor="importer")
        doc = copy.document("P01-nullpunkt", with_segments=False)
        assert not [leak for leak in LEAKS if leak in doc.text]
        reps = Pseudonymizer().find(TEXT)
        coders = {name: f"Koder {i}" for i, name in enumerate(proj.coders(), 1)}  # the file names no coder
        before = sorted((c["code"], coders[c["coder"]], slice_replaced(TEXT, reps, c["start"], c["end"])[0])
                        for c in proj.codings())
        after = sorted((c["code"], c["coder"], doc.text[c["start"]:c["end"]]) for c in copy.codings())
        assert len(before) == 4 and after == before
        assert ("competence", coders["kari"], "[X]. [X] jobber i [organisasjon] og ringer meg på [telefon].") in after
        memos = [c["memo"] for c in copy.codings() if c["memo"]]
        assert memos == ["[X] hjelper"]
