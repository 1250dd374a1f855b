"""Every free-text field of a project holds a planted name; no anonymised output may hold it.

The project's file, a document's name, a participant id and attribute, a speaker label, the
transcripts, every memo (journal, document, code, coding, with titles), and every field of a
code (key, label, English label, definition, rules, examples, keywords, token patterns, the
suggester's example passages) name one of three invented people or an invented employer. The
outputs: `export qdpx --pseudonymize` (every file in the archive), `export codings`, `export
report` (Markdown and HTML, with memos), `export agreement` (Markdown and CSV) and the
`--pseudonymize` views (`quotes`, `disagreements`, `compare-waves`, as JSON and as text).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from workbench.core.models import Code, Coding, Document, Participant
from workbench.core.speakers import SpeakerEntry
from workbench.io.refi.qdpx_import import import_qdpx
from workbench.store import Project
from tests.conftest import sample_segments
from tests.pseudonymize_project import run, span

# Synthetic: the people and the employer are invented.
BASELINE = (
    "I: Hva håper du på?\n\n"
    "Sigrun: Jeg heter Sigrun Tveitane og vil ha praksis hos Brattvoll Regnskap AS i Molde. "
    "Naboen min Oddbjørn Kvalsvik jobber der.\n\n"
    "I: Noe mer?\n\n"
    "Sigrun: Nei, Tveitane-familien har sagt alt."
)
ENDPOINT = (
    "I: Hva skjedde?\n\n"
    "Sigrun: Oddbjørn Kvalsvik ringte Brattvoll Regnskap AS for meg. Nå har jeg jobb der.\n\n"
    "I: Takk.\n\n"
    "Sigrun: Takk selv, hilsen Sigrun."
)
PLANTED = ("sigrun", "tveitane", "brattvoll", "oddbjørn", "oddbjorn", "kvalsvik")


@pytest.fixture
def proj(tmp_path):
    p = Project.open(tmp_path / "sigrun_tveitane.db")  # the project's name is its file's
    p.import_codebook([
        Code("network", "Nettverk", keywords=["nettverk", "kvalsvik"],
             patterns=[[{"LOWER": "oddbjørn"}], [{"LOWER": "kjenne"}, {"LOWER": "folk"}]]),
        Code("invivo_brattvoll", "Praksis hos Brattvoll Regnskap AS",
             label_en="Placement at Brattvoll Regnskap AS",
             definition="Når Sigrun Tveitane snakker om praksisen Oddbjørn Kvalsvik skaffet.",
             when_to_use="Når Kvalsvik nevnes.", when_not_to_use="Ikke når Tveitane snakker om skolen.",
             examples=["Oddbjørn Kvalsvik hjalp meg inn hos Brattvoll Regnskap AS."],
             keywords=["praksis", "brattvoll regnskap"],
             seed_examples=["Jeg fikk praksis hos Brattvoll Regnskap AS gjennom Sigrun Tveitane."]),
        Code("sigrun_tveitane", "Sigrun", parent="invivo_brattvoll", keywords=["tveitane"]),
        Code("oddbjorn_hjelper", "Hjelp fra naboen", parent="network"),
    ])
    person = Participant("sigrun_t", "mentee", "master", {"arbeidsgiver": "Brattvoll Regnskap AS"})
    ids = []
    for name, text, wave in (("Sigrun_Tveitane_nullpunkt", BASELINE, "baseline"),
                             ("Sigrun_Tveitane_sluttpunkt", ENDPOINT, "endpoint")):
        p.add_document(Document(name, text, sha256=name, participant="sigrun_t", wave=wave,
                                segments=sample_segments(text)), person)
        ids.append(p.resolve_document(name))
    p.set_speakers(ids[0], [SpeakerEntry("Sigrun", "mentee", "sigrun_t")])
    a = span(BASELINE, "Jeg heter Sigrun Tveitane og vil ha praksis hos Brattvoll Regnskap AS i Molde.")
    b = span(ENDPOINT, "Oddbjørn Kvalsvik ringte Brattvoll Regnskap AS for meg.")
    memo = "Sigrun Tveitane ringte om Kvalsvik"
    p.import_codings([Coding(ids[0], *a, "network", "kari", memo=memo),
                      Coding(ids[0], *a, "invivo_brattvoll/sigrun_tveitane", "ola", memo=memo),
                      Coding(ids[1], *b, "network", "kari"),
                      Coding(ids[1], *b, "invivo_brattvoll", "ola")], actor="test")
    p.add_memo("Sigrun Tveitane virket trygg.", "kari", title="Om Sigrun Tveitane")
    p.add_memo("Kvalsvik ble nevnt.", "kari", document=ids[0], title="Kvalsvik")
    p.add_memo("Koden gjelder Brattvoll Regnskap AS.", "ola", code="invivo_brattvoll", title="Brattvoll")
    yield p
    p.close()


def _planted(text: str) -> list[str]:
    low = text.casefold()
    return [name for name in PLANTED if name in low]


def test_the_fixture_plants_every_name_in_the_raw_outputs(proj, tmp_path):
    run(proj, "export", "qdpx", "--out", "raw", "--dir", str(tmp_path))
    assert set(_planted(_archive_text(tmp_path / "raw.qdpx"))) == set(PLANTED)


def _archive_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join([*z.namelist(), *(z.read(n).decode("utf-8") for n in z.namelist())])


@pytest.mark.parametrize("consistent", [[], ["--consistent"]])
def test_no_anonymised_output_holds_a_planted_name(proj, tmp_path, consistent):
    out = tmp_path / "out"
    texts: dict[str, str] = {}
    run(proj, "export", "qdpx", "--out", "anon", "--dir", str(out), "--pseudonymize", *consistent)
    texts["qdpx"] = _archive_text(out / "anon.qdpx")
    run(proj, "export", "codings", "--out", "c.csv", "--dir", str(out), *consistent)
    for name in ("r.md", "r.html"):
        run(proj, "export", "report", "--out", name, "--dir", str(out), "--no-chart", "--memos",
            "--code", "invivo_brattvoll", "--search", "Brattvoll", *consistent)
    for name in ("a.md", "a.csv"):
        run(proj, "export", "agreement", "--out", name, "--dir", str(out), "--code", "invivo_brattvoll")
    for name in ("c.csv", "r.md", "r.html", "a.md", "a.csv"):
        texts[name] = (out / name).read_text(encoding="utf-8-sig")
    for view in (["quotes"], ["disagreements"], ["compare-waves"]):
        for form in ([], ["--json"]):
            texts[" ".join(view + form)] = run(proj, *view, "--pseudonymize", *consistent, *form)
    leaks = {where: [line for line in text.splitlines() if _planted(line)] for where, text in texts.items()
             if _planted(text)}
    assert not leaks, leaks
    # and the views did show the codes, under their new keys
    quotes = json.loads(texts["quotes --json"])
    paths = {q["code"] for q in quotes}
    assert paths == ({"network", "invivo_organisasjon", "invivo_organisasjon/x"} if not consistent else
                     {"network", "invivo_organisasjon_1", "invivo_organisasjon_1/person_1"}), paths


def test_anonymised_qdpx_keeps_keywords_and_renames_keys(proj, tmp_path):
    out = run(proj, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize")
    assert "note: codebook: 3 code keys renamed and 4 keywords or patterns left out, for holding a name" in out
    with Project.open(tmp_path / "copy.db") as copy:
        import_qdpx(copy, tmp_path / "anon.qdpx", actor="importer")
        codes = {c.path: c for c in copy.codes()}
        assert set(codes) == {"network", "network/x_hjelper", "invivo_organisasjon", "invivo_organisasjon/x"}
        assert codes["network"].keywords == ["nettverk"]  # `kvalsvik` names someone: left out
        assert codes["network"].patterns == [[{"LOWER": "kjenne"}, {"LOWER": "folk"}]]
        assert codes["invivo_organisasjon"].keywords == ["praksis"]
        assert codes["invivo_organisasjon"].label == "Praksis hos [organisasjon]"
        assert codes["invivo_organisasjon"].seed_examples == ["Jeg fikk praksis hos [organisasjon] gjennom [X]."]
        # every coding is still on its code, under the code's new path
        assert sorted((c["code"], c["coder"]) for c in copy.codings()) == sorted(
            [("network", "Koder 1"), ("invivo_organisasjon/x", "Koder 2"), ("network", "Koder 1"),
             ("invivo_organisasjon", "Koder 2")])  # each coder under one pseudonym (kari, ola)
        assert [m["code"] for m in copy.memos() if m["code"]] == ["invivo_organisasjon"]


def test_anonymised_qdpx_with_renamed_keys_is_valid_against_project_xsd(proj, tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    schema = next((p / "shared" / "refi-qda" / "Project.xsd" for p in Path(__file__).resolve().parents
                   if (p / "shared" / "refi-qda" / "Project.xsd").exists()), None)
    if schema is None:
        pytest.skip("REFI-QDA schema not available")
    run(proj, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize", "--consistent")
    with zipfile.ZipFile(tmp_path / "anon.qdpx") as z:
        xmlschema.XMLSchema(str(schema)).validate(z.read("project.qde").decode("utf-8"))
