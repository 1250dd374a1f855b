"""A participant id that is a name does not leave the project in a pseudonymised output.

Most projects code their participants (`P01`, `M-03`), and those codes stay: a reader needs
them. A project that uses names as ids (`amina_farah`, `Kari N.`) had them written raw in the
`participant` column of `export codings`, the cases and speaker maps of `export qdpx
--pseudonymize`, `quotes`/`compare-waves --pseudonymize` and a report's filter header. These
tests fail on the code before participant ids were pseudonymised. Names and transcripts are
synthetic, written for this test.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
import zipfile

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Code, Coding, Document, Participant
from workbench.core.speakers import SpeakerEntry
from workbench.core.text import text_sha256
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
from workbench.io.refi.qdpx_import import import_qdpx
from workbench.store import Project
from tests.conftest import sample_segments

QDA = "{urn:QDA-XML:project:1.0}"
TEXT = ("I: Hva har du lært i programmet?\n\n"
        "Mentee: Jeg har lært mye om nettverk. Det var nyttig for meg.\n\n"
        "I: Takk for samtalen nummer {n}.\n")
#: document name -> (participant id, role, wave); the names are kept out of the document names
DOCUMENTS = {
    "intervju-1": ("amina_farah", "mentee", "baseline"),
    "intervju-2": ("amina_farah", "mentee", "endpoint"),
    "intervju-3": ("Kari N.", "mentor", "baseline"),
    "intervju-4": ("P01", "mentee", "baseline"),
    "intervju-5": ("M-03", "mentor", "endpoint"),
}
LEAKS = ("amina", "farah", "kari")
CODES = ("P01", "M-03")


@pytest.fixture
def proj(tmp_path):
    p = Project.open(tmp_path / "p.db")
    p.import_codebook([Code("network", "Nettverk")])
    for n, (name, (pid, role, wave)) in enumerate(DOCUMENTS.items()):
        text = TEXT.format(n=n)
        p.add_document(Document(name, text, sha256=text_sha256(text), participant=pid, wave=wave,
                                segments=sample_segments(text)), Participant(pid, role, "vest"))
        start = text.index("Jeg har lært")
        p.import_codings([Coding(p.resolve_document(name), start, start + 36, "network", "k1")], actor="test")
    yield p
    p.close()


def _cli(proj, *args: str):
    result = CliRunner().invoke(main, ["--db", str(proj.path), "--spacy-model", "blank:none", *args])
    assert result.exit_code == 0, result.output
    return result


def _clean(text: str) -> bool:
    return not [leak for leak in LEAKS if leak in text.casefold()]


def test_names_as_ids_get_pseudonyms_and_codes_stay():
    from workbench.io.pseudonymize.project import ParticipantIds

    ids = ParticipantIds(Pseudonymizer())
    given = ["amina_farah", "Kari N.", "Amina", "Sara-Haile", "P01", "M-03", "mentee7", "D12", "G31", "017", "M03a"]
    ids.prepare(given)
    out = {pid: ids(pid) for pid in given}
    assert {pid: out[pid] for pid in ("P01", "M-03", "mentee7", "D12", "G31", "017", "M03a")} == {
        "P01": "P01", "M-03": "M-03", "mentee7": "mentee7", "D12": "D12", "G31": "G31", "017": "017", "M03a": "M03a"}
    # in the order of the ids, each apart from the others (the id stays a join key)
    assert [out[p] for p in ("Amina", "Kari N.", "Sara-Haile", "amina_farah")] == [
        "[Deltaker 1]", "[Deltaker 2]", "[Deltaker 3]", "[Deltaker 4]"]
    assert ids.replaced == 4 and len(ids.used) == len(given)


def test_an_id_the_text_replaced_as_a_person_takes_the_texts_number():
    from workbench.io.pseudonymize.project import ParticipantIds

    pseudonymizer = Pseudonymizer(consistent=True)
    _text, reps = pseudonymizer.apply("Mentoren min heter Ola Berg, og Amina er venninnen min.")
    people: dict[str, str] = {}
    for r in reps:  # as AttributePseudonymizer.learn records them
        if r.kind == "person":
            people.update({w.casefold(): r.replacement for w in r.original.split()})
    ola, amina = people["ola"], people["amina"]
    assert ola != amina
    ids = ParticipantIds(pseudonymizer, people)
    assert ids("ola") == ola  # "ola" alone is no name the rules know; the text said it was one
    assert ids("Amina") == amina
    assert ids("amina_farah") == f"{amina} (2)"  # the same first name, yet another id: kept apart
    assert ids("P01") == "P01"


def test_codings_export_replaces_names_as_ids_alike_in_every_row(proj, tmp_path):
    result = _cli(proj, "export", "codings", "--out", "c.csv", "--dir", str(tmp_path))
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert _clean((tmp_path / "c.csv").read_text(encoding="utf-8-sig"))
    by_document = {r["document"]: r["participant"] for r in rows}
    assert by_document["intervju-4"] == "P01" and by_document["intervju-5"] == "M-03"
    assert by_document["intervju-1"] == by_document["intervju-2"] == "[Deltaker 2]"  # still a join key
    assert by_document["intervju-3"] == "[Deltaker 1]"
    assert "note: participant ids pseudonymised: 2 of 4 ids replaced" in result.stderr
    _cli(proj, "export", "codings", "--out", "raw.csv", "--dir", str(tmp_path), "--no-pseudonymize")
    assert "amina_farah" in (tmp_path / "raw.csv").read_text(encoding="utf-8-sig")


def test_anonymised_qdpx_renames_cases_and_keeps_their_links(proj, tmp_path):
    proj.set_speakers("intervju-3", [SpeakerEntry("Mentee", "mentee", "amina_farah")])
    result = _cli(proj, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize")
    assert "participant ids pseudonymised: 2 of 4 ids replaced" in result.stderr
    with zipfile.ZipFile(tmp_path / "anon.qdpx") as z:
        qde = z.read("project.qde").decode("utf-8")
    assert _clean(qde)
    root = ET.fromstring(qde)
    sources = {s.get("guid"): s.get("name") for s in root.iter(f"{QDA}TextSource")}
    cases = {c.get("name"): sorted(sources[r.get("targetGUID")] for r in c.iter(f"{QDA}SourceRef"))
             for c in root.iter(f"{QDA}Case")}
    assert cases == {"P01": ["intervju-4"], "M-03": ["intervju-5"], "[Deltaker 1]": ["intervju-3"],
                     "[Deltaker 2]": ["intervju-1", "intervju-2"]}
    with Project.open(tmp_path / "copy.db") as copy:
        import_qdpx(copy, tmp_path / "anon.qdpx", actor="importer")
        people = {p.id: (p.role, p.program) for p in copy.participants()}
        assert people == {"P01": ("mentee", "vest"), "M-03": ("mentor", "vest"),
                          "[Deltaker 1]": ("mentor", "vest"), "[Deltaker 2]": ("mentee", "vest")}
        documents = {d["name"]: d["participant"] for d in copy.documents()}
        assert documents["intervju-2"] == "[Deltaker 2]" and documents["intervju-3"] == "[Deltaker 1]"
        entries = copy.speaker_entries(copy.resolve_document("intervju-3"))
        assert [e.participant for e in entries.values()] == ["[Deltaker 2]"]  # the speaker map follows the case


def test_quotes_compare_waves_and_report_header(proj, tmp_path):
    raw = _cli(proj, "quotes", "--json").stdout
    assert "amina_farah" in raw  # a view of one's own project stays raw unless asked
    result = _cli(proj, "quotes", "--json", "--pseudonymize")
    quotes = json.loads(result.stdout)
    assert _clean(result.stdout) and len(quotes) == 5
    assert {q["document"]: q["participant"] for q in quotes}["intervju-4"] == "P01"
    first = {q["document"]: q for q in quotes}["intervju-1"]
    assert first["participant"] == first["document_participant"] == "[Deltaker 2]"
    waves = _cli(proj, "compare-waves", "--json", "--pseudonymize", "--code", "network").stdout
    assert _clean(waves)
    assert json.loads(waves)["participants_with_both_waves"] == ["[Deltaker 2]"]
    assert "amina_farah" in _cli(proj, "compare-waves", "--json").stdout
    shown = _cli(proj, "compare-waves", "--pseudonymize", "--code", "network")
    assert "== [Deltaker 2] (mentee, vest)" in shown.stdout and _clean(shown.stdout)
    assert "note: participant ids pseudonymised: 1 of 1 id replaced" in shown.stderr
    _cli(proj, "export", "report", "--out", "r.md", "--dir", str(tmp_path), "--no-chart",
         "--participant", "amina_farah", "--participant", "P01")
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert _clean(report) and "deltaker: [Deltaker 2], P01" in report
