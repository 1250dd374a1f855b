"""Participant attributes leave the project through the same pseudonymiser as the text.

Issue 10's rule, one path for everything that leaves the project, held for quotes and
codings but not for the participants' `attr_*` values: an employer written in the manifest
came out raw in the default `export codings` and in `export qdpx --pseudonymize`. These
tests fail on the code before attributes were pseudonymised (each names what it guards).
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
import zipfile

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Code, Coding, Participant
from workbench.io.pseudonymize.attributes import AttributePseudonymizer, attribute_key
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, Replacement
from tests.pseudonymize_project import one_transcript, span

# Synthetic: the person, her contact details and her history are invented.
TEXT = (
    "I: Hvor jobber du nå?\n\n"
    "Mentee: Jeg jobber i Equinor som ingeniør. Før det bodde jeg i Syria.\n\n"
    "I: Og mentoren?\n\n"
    "Mentee: Hun heter Kari Nordvik og har vært til stor hjelp."
)
ATTRIBUTES = {
    "employer": "Equinor", "country": "Syria", "contact": "Amina Farah", "email": "amina.farah@gmail.com",
    "education": "høyere utdanning", "gender": "kvinne", "children": "3", "group": "baseline", "degree": "master",
    "born": "1991",
}
LEFT_ALONE = ("education", "gender", "children", "group", "degree", "born")
QDA = "{urn:QDA-XML:project:1.0}"


@pytest.fixture
def proj(tmp_path):
    p, doc_id = one_transcript(tmp_path, TEXT, [Code("work", "Arbeid"), Code("network", "Nettverk")],
                               "P01-nullpunkt", "x", Participant("P01", "mentee", "master", dict(ATTRIBUTES)),
                               "baseline")
    p.import_codings([Coding(doc_id, *span(TEXT, "Jeg jobber i Equinor som ingeniør."), "work", "kari"),
                      Coding(doc_id, *span(TEXT, "Hun heter Kari Nordvik"), "network", "kari")], actor="test")
    yield p
    p.close()


def _cli(proj, *args: str):
    result = CliRunner().invoke(main, ["--db", str(proj.path), "--spacy-model", "blank:none", *args])
    assert result.exit_code == 0, result.output
    return result


def _codings(proj, tmp_path, *args: str) -> tuple[list[dict[str, str]], str]:
    result = _cli(proj, "export", "codings", "--out", "c.csv", "--dir", str(tmp_path), "--force", *args)
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 2
    return rows, result.stderr


def _qdpx_cases(path) -> tuple[dict[str, str], str]:
    """The first case's variables (name -> text value) and the sources' text, from a written .qdpx."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("project.qde"))
        text = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("sources/"))
    names = {v.get("guid"): v.get("name") for v in root.iter(f"{QDA}Variable")}
    case = next(root.iter(f"{QDA}Case"))
    values = {names[v.find(f"{QDA}VariableRef").get("targetGUID")]: v.find(f"{QDA}TextValue").text
              for v in case.iter(f"{QDA}VariableValue")}
    return values, text


def test_export_codings_pseudonymizes_attribute_columns(proj, tmp_path):
    rows, err = _codings(proj, tmp_path)
    row = rows[0]
    for name in ("employer", "country", "contact", "email"):
        assert row[f"attr_{name}"] != ATTRIBUTES[name], name
    assert not [v for v in ATTRIBUTES.values() if v in " ".join(" ".join(r.values()) for r in rows)
                if v not in {ATTRIBUTES[n] for n in LEFT_ALONE}]
    assert row["attr_email"] == "[e-post]" and row["attr_contact"] == "[X]"
    for name in LEFT_ALONE:  # what the pseudonymiser leaves in a value stays as it was
        assert row[f"attr_{name}"] == ATTRIBUTES[name], name
    assert "note: participant attributes pseudonymised: 4 of 10 distinct values replaced" in err
    raw, err = _codings(proj, tmp_path, "--no-pseudonymize", "--keep-attribute", "gender")
    assert {raw[0][f"attr_{n}"] for n in ATTRIBUTES} == set(ATTRIBUTES.values()) and "note:" not in err
    assert "--keep-attribute does nothing with --no-pseudonymize" in err


def test_consistent_numbering_agrees_between_attribute_and_text(proj, tmp_path):
    rows, _err = _codings(proj, tmp_path, "--consistent")
    work = next(r for r in rows if r["code"] == "work")
    assert work["attr_employer"] == "[Organisasjon 1]" and "jobber i [Organisasjon 1] som" in work["text"]
    assert work["attr_contact"].startswith("[Person ") and work["attr_country"].startswith("[Sted ")


def test_keep_attribute_flag_and_project_setting(proj, tmp_path):
    rows, err = _codings(proj, tmp_path, "--keep-attribute", "country", "--keep-attribute", "attr_gender",
                         "--keep-attribute", "shoe_size")
    assert rows[0]["attr_country"] == "Syria" and rows[0]["attr_employer"] != "Equinor"
    assert "warning: participant attributes kept raw, not pseudonymised: country, gender" in err
    assert "--keep-attribute shoe_size: no participant attribute" in err
    assert "3 of 8 distinct values replaced" in err
    out = _cli(proj, "pseudonyms", "keep-attribute", "attr_employer").output
    assert "kept raw in pseudonymised exports: employer" in out
    rows, err = _codings(proj, tmp_path)
    assert rows[0]["attr_employer"] == "Equinor" and rows[0]["attr_country"] != "Syria"
    assert "kept raw, not pseudonymised: employer" in err
    _cli(proj, "pseudonyms", "keep-attribute", "employer", "--remove")
    rows, _err = _codings(proj, tmp_path)
    assert rows[0]["attr_employer"] != "Equinor"
    result = _cli(proj, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize",
                  "--keep-attribute", "gender")
    values, _text = _qdpx_cases(tmp_path / "anon.qdpx")
    assert values["gender"] == "kvinne" and values["employer"] == "[organisasjon]"
    assert "kept raw, not pseudonymised: gender" in result.stderr and "4 of 9 distinct values" in result.stderr


def test_qdpx_pseudonymize_writes_pseudonymised_case_variables(proj, tmp_path):
    _cli(proj, "export", "qdpx", "--out", "full", "--dir", str(tmp_path))
    values, _text = _qdpx_cases(tmp_path / "full.qdpx")
    assert {n: values[n] for n in ATTRIBUTES} == ATTRIBUTES  # the full project keeps them, as before
    result = _cli(proj, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize", "--consistent")
    values, text = _qdpx_cases(tmp_path / "anon.qdpx")
    assert values["employer"] == "[Organisasjon 1]" and "jobber i [Organisasjon 1] som" in text
    assert values["country"] == "[Sted 1]" and "bodde jeg i [Sted 1]" in text
    assert values["email"] == "[e-post]" and values["contact"].startswith("[Person ")
    assert {n: values[n] for n in LEFT_ALONE} == {n: ATTRIBUTES[n] for n in LEFT_ALONE}
    assert "4 of 10 distinct values replaced" in result.stderr


def test_report_from_an_attribute_filter_names_no_attribute_value(proj, tmp_path):
    """Guard: a report carries no attribute values; the workbench's attribute filter reaches it as participants."""
    from workbench.analysis.retrieval import RetrievalFilters
    from workbench.io.reports.build import export_report
    from workbench.io.reports.model import ReportOptions

    flt = RetrievalFilters(attributes=[("employer", "Equinor")]).quote_filter(proj.participants())
    assert flt is not None and flt.participants == ["P01"]
    export_report(proj, "r.md", flt=flt, options=ReportOptions(chart=False), use_ner=False, folder=tmp_path)
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Equinor" not in text and "Syria" not in text and "[organisasjon]" in text


@pytest.mark.parametrize("value", ["Syria", "Equinor", "Aker Solutions", "Amina Farah", "amina.farah@gmail.com",
                                   "41 23 45 67", "Storgata 5"])
def test_a_lone_value_is_replaced(value):
    attrs = AttributePseudonymizer(Pseudonymizer())
    assert attrs.value("x", value) != value and attrs.replaced == 1


@pytest.mark.parametrize("value", ["baseline", "master", "3", "kvinne", "høyere utdanning", "1991", "30-39"])
def test_an_ordinary_value_stays(value):
    attrs = AttributePseudonymizer(Pseudonymizer())
    assert attrs.value("x", value) == value and attrs.replaced == 0


def test_a_form_the_text_replaced_takes_the_texts_marker():
    """A name alone reads less surely than in a sentence (a model may call `Ahmad` a place):
    a form the output's text replaced is given the text's own marker, inside a longer value too."""
    attrs = AttributePseudonymizer(Pseudonymizer(consistent=True), keep=["Alder"])
    attrs.learn([Replacement(0, 5, "Ahmad", "[Person 2]", "person", "ner"),
                 Replacement(9, 13, "Kiwi", "[Organisasjon 3]", "org", "rule:employer-context")])
    assert attrs.value("mentor", "Ahmad") == "[Person 2]"
    assert attrs.value("employer", "Kiwi Tromsdalen") .startswith("[Organisasjon 3]")
    assert attrs.value("kiwi", "kiwi") == "kiwi"  # only the forms the text replaced
    assert attrs.value("alder", "Ahmad") == "Ahmad" and attrs.kept == {"alder"}
    assert attrs.value("count", 3) == 3 and attrs.value("empty", None) is None
    assert attribute_key("attr_Alder") == "alder"
