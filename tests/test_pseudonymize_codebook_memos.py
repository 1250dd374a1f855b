"""Everything that leaves the project, beyond the transcript text: the memos printed with a quote
and the codebook's own words (an in-vivo code named after a participant's employer, a definition
naming the participant) go through the output's pseudonymiser too."""

from __future__ import annotations

import csv
import json
import zipfile

import pytest

from workbench.core.models import Code, Coding, Document, Participant
from workbench.store import Project
from tests.conftest import sample_segments
from tests.pseudonymize_project import run, span

# Synthetic: the people, the employer and the phone number are invented.
BASELINE = (
    "I: Hva håper du på?\n\n"
    "Mentee: Jeg heter Sigrun Tveitane og vil ha praksis hos Brattvoll Regnskap AS i Molde. "
    "Naboen min Oddbjørn Kvalsvik jobber der.\n\n"
    "I: Noe mer?\n\n"
    "Mentee: Nei, det er alt."
)
ENDPOINT = (
    "I: Hva skjedde?\n\n"
    "Mentee: Oddbjørn Kvalsvik ringte Brattvoll Regnskap AS for meg. Nå har jeg jobb der.\n\n"
    "I: Takk.\n\n"
    "Mentee: Takk selv."
)
MEMO = "Sigrun Tveitane ringte fra 934 56 781"
LEAKS = ("Sigrun", "Tveitane", "Brattvoll", "Oddbjørn", "Kvalsvik", "Molde", "934 56 781")


@pytest.fixture
def proj(tmp_path):
    p = Project.open(tmp_path / "p.db")
    p.import_codebook([
        Code("network", "Nettverk"),
        Code("brattvoll", "Praksis hos Brattvoll Regnskap AS", label_en="Placement at Brattvoll Regnskap AS",
             definition="Når Sigrun Tveitane snakker om praksisen Oddbjørn Kvalsvik skaffet i Molde.",
             when_to_use="Ring 934 56 781 ved tvil.", examples=["Oddbjørn Kvalsvik hjalp meg."]),
    ])
    person = Participant("P01", "mentee", "master")
    ids = []
    for name, text, wave in (("P01-nullpunkt", BASELINE, "baseline"), ("P01-sluttpunkt", ENDPOINT, "endpoint")):
        p.add_document(Document(name, text, sha256=name, participant="P01", wave=wave,
                                segments=sample_segments(text)), person)
        ids.append(p.resolve_document(name))
    a = span(BASELINE, "Jeg heter Sigrun Tveitane og vil ha praksis hos Brattvoll Regnskap AS i Molde.")
    b = span(ENDPOINT, "Oddbjørn Kvalsvik ringte Brattvoll Regnskap AS for meg.")
    p.import_codings([Coding(ids[0], *a, "network", "kari", memo=MEMO),
                      Coding(ids[0], *a, "brattvoll", "ola", memo=MEMO),
                      Coding(ids[1], *b, "network", "kari", memo=MEMO),
                      Coding(ids[1], *b, "brattvoll", "kari")], actor="test")
    yield p
    p.close()


def _leaks(text: str) -> list[str]:
    return [leak for leak in LEAKS if leak in text]


def test_quotes_json_pseudonymizes_memos_and_code_labels(proj):
    assert MEMO in run(proj, "quotes", "--json")  # raw without the flag
    out = run(proj, "quotes", "--json", "--pseudonymize")
    assert not _leaks(out), _leaks(out)
    quotes = json.loads(out)
    assert {"[X] ringte fra [telefon]"} <= {m for q in quotes for m in q["memos"]}
    assert "Praksis hos [organisasjon]" in {q["code_label"] for q in quotes}


def test_compare_waves_json_pseudonymizes_memos(proj):
    assert MEMO in run(proj, "compare-waves", "--json", "--code", "network")
    out = run(proj, "compare-waves", "--json", "--code", "network", "--pseudonymize")
    assert not _leaks(out), _leaks(out)
    assert "[X] ringte fra [telefon]" in out


def test_report_pseudonymizes_the_code_label_and_definition(proj, tmp_path):
    run(proj, "export", "report", "--out", "r.md", "--dir", str(tmp_path), "--no-chart", "--memos")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert not _leaks(text), _leaks(text)
    assert "## Praksis hos [organisasjon]" in text and "| Praksis hos [organisasjon] |" in text
    assert "Når [X] snakker om praksisen [X] skaffet i […]." in text
    run(proj, "export", "report", "--out", "c.md", "--dir", str(tmp_path), "--no-chart", "--consistent")
    text = (tmp_path / "c.md").read_text(encoding="utf-8")
    assert not _leaks(text), _leaks(text)
    # the label's employer carries the number the quotes give it
    org = text.split("praksis hos ")[1].split("]")[0] + "]"
    assert org.startswith("[Organisasjon") and f"## Praksis hos {org}" in text


def test_report_keeps_an_ordinary_codebook_as_it_is(tmp_path):
    p = Project.open(tmp_path / "p.db")
    codes = [Code("competence", "Kompetanse"), Code("competence_gap", "Kompetansegap", parent="competence",
                                                   definition="Gapet mellom det NOKUT godkjenner og det arbeidsgiver ber om.")]
    p.import_codebook(codes)
    p.add_document(Document("P01-nullpunkt", BASELINE, sha256="x", participant="P01", wave="baseline",
                            segments=sample_segments(BASELINE)), Participant("P01", "mentee", "master"))
    doc = p.resolve_document("P01-nullpunkt")
    p.import_codings([Coding(doc, *span(BASELINE, "Nei, det er alt."), "competence/competence_gap", "kari")],
                     actor="test")
    run(p, "export", "report", "--out", "r.md", "--dir", str(tmp_path), "--no-chart")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "### Kompetansegap" in text and "det NOKUT godkjenner" in text
    p.close()


def test_export_codings_pseudonymizes_the_code_label(proj, tmp_path):
    run(proj, "export", "codings", "--out", "c.csv", "--dir", str(tmp_path))
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    joined = " ".join(" ".join(r.values()) for r in rows)
    assert not _leaks(joined), _leaks(joined)
    assert {r["code_label"] for r in rows} == {"Nettverk", "Praksis hos [organisasjon]"}
    run(proj, "export", "codings", "--out", "raw.csv", "--dir", str(tmp_path), "--no-pseudonymize")
    assert "Praksis hos Brattvoll Regnskap AS" in (tmp_path / "raw.csv").read_text(encoding="utf-8-sig")


def test_anonymised_qdpx_pseudonymizes_the_codebook(proj, tmp_path):
    run(proj, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize")
    with zipfile.ZipFile(tmp_path / "anon.qdpx") as z:
        xml = z.read("project.qde").decode("utf-8")
    assert not _leaks(xml), _leaks(xml)
    assert 'name="Praksis hos [organisasjon]"' in xml and 'name="Nettverk"' in xml
    run(proj, "export", "qdpx", "--out", "full", "--dir", str(tmp_path))
    with zipfile.ZipFile(tmp_path / "full.qdpx") as z:
        assert 'name="Praksis hos Brattvoll Regnskap AS"' in z.read("project.qde").decode("utf-8")


def test_report_header_search_word_from_a_replaced_name_is_replaced(proj, tmp_path):
    # "Brattvoll" alone is no name the rules know, but it is part of the employer the quotes replaced
    run(proj, "export", "report", "--out", "r.md", "--dir", str(tmp_path), "--no-chart", "--search", "Brattvoll")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert not _leaks(text), _leaks(text)
    assert "søk: [organisasjon]" in text
    run(proj, "export", "report", "--out", "s.md", "--dir", str(tmp_path), "--no-chart", "--search", "praksis")
    assert "søk: praksis" in (tmp_path / "s.md").read_text(encoding="utf-8")


def test_report_title_is_pseudonymized_like_a_code_label(proj, tmp_path):
    # the workbench's retrieval screen titles a report after the code: "Sitater: <label>"
    run(proj, "export", "report", "--out", "r.md", "--dir", str(tmp_path), "--no-chart",
        "--title", "Sitater: Praksis hos Brattvoll Regnskap AS, fra Sigrun Tveitane")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert not _leaks(text), _leaks(text)
    assert text.startswith("# Sitater: Praksis hos [organisasjon], fra [X]\n")
    run(proj, "export", "report", "--out", "k.md", "--dir", str(tmp_path), "--no-chart", "--title", "Kompetansegap")
    assert (tmp_path / "k.md").read_text(encoding="utf-8").startswith("# Kompetansegap\n")
    run(proj, "export", "report", "--out", "u.md", "--dir", str(tmp_path), "--no-chart", "--title", "Sitater_Sigrun")
    assert (tmp_path / "u.md").read_text(encoding="utf-8").startswith("# Sitater\\_[X]\n")  # markdown escapes _


def test_a_definition_naming_someone_only_another_document_names_is_replaced(proj, tmp_path):
    # the end-point report quotes no sentence naming Sigrun Tveitane or Molde; the definition does
    run(proj, "export", "report", "--out", "e.md", "--dir", str(tmp_path), "--no-chart", "--wave", "endpoint")
    text = (tmp_path / "e.md").read_text(encoding="utf-8")
    assert "[X] ringte [organisasjon] for meg." in text
    assert not _leaks(text), _leaks(text)
