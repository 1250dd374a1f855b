"""Speaker maps travel in a .qdpx (the source variable `speakers`), plain and pseudonymised.

A group interview whose labels are names (`Amina:`, `[Yusuf Rahimi]:`) and initials goes
out and comes back in; every turn keeps its role and participant and every quote its
speaker_role, also when the names have become markers.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.test_qdpx_roundtrip import SCHEMA
from workbench.core.models import Code
from workbench.core.speakers import SpeakerEntry, decode_speaker_map, encode_speaker_map
from workbench.io.refi.qdpx_import import import_qdpx
from workbench.store import Project
from cli_support import run_cli


# SYNTHETIC: written for this test; the names are invented and belong to nobody.
GROUP = (
    "# Gruppeintervju (syntetisk)\n\n"
    "Intervjuer: Velkommen. Hva har programmet gitt dere?\n\n"
    "Amina: Jeg fikk en kontakt i bransjen gjennom Amina sin mentor.\n\n"
    "Mentor: Jeg har lært å forklare hvordan norske arbeidsplasser fungerer.\n\n"
    "[Yusuf Rahimi]: For meg var språket det vanskeligste.\n\n"
    "Programleder: Vi matcher på fagfelt når vi kan.\n\n"
    "AH: Jeg tør ikke si så mye på møtene ennå.\n\n"
    "Intervjuer: Hva vil dere ta med videre?\n\n"
    "Amina: At det er lov å spørre om hjelp.\n\n"
    "[Yusuf Rahimi]: Nettverket, helt klart.\n\n"
    "Leder: Vi tar med oss det dere sier inn i neste runde.\n\n"
    "Leder: Takk for i dag.\n"
)
MAP = "Amina=mentee:P31; Mentor=:M30; Yusuf Rahimi=mentee:P32; Programleder=programleder:L30; AH=mentee:P33"
CODED = {  # phrase -> code
    "kontakt i bransjen": "network", "forklare hvordan": "competence", "språket det vanskeligste": "language",
    "matcher på fagfelt": "matching", "tør ikke si": "language", "lov å spørre": "network",
    "Nettverket, helt klart": "network", "Hva vil dere": "network", "neste runde": "matching",
}


@pytest.fixture
def group(tmp_path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "g.txt").write_text(GROUP, encoding="utf-8")
    (tmp_path / "in" / "m.csv").write_text(
        f"file,name,participant,role,wave,speakers\ng.txt,G31,G31,mentee,baseline,{MAP}\n", encoding="utf-8")
    db = tmp_path / "p.db"
    run_cli(db, "init")
    with Project.open(db) as p:
        p.import_codebook([Code("network", "Nettverk"), Code("competence", "Kompetanse"),
                           Code("language", "Språk"), Code("matching", "Matching")])
    run_cli(db, "import", "--manifest", str(tmp_path / "in" / "m.csv"))
    run_cli(db, "speakers", "label", "Leder", "--role", "programleder")  # the project's own label list
    with Project.open(db) as p:
        text = p.document("G31").text
        for phrase, code in CODED.items():
            start = text.index(phrase)
            p.add_coding("G31", start, start + len(phrase), code, "kari")
    return db


def _turns(db: Path) -> list[tuple[str | None, str | None]]:
    """(role, participant) of every turn of G31, in order."""
    with Project.open(db) as p:
        doc_id = p.resolve_document("G31")
        runs = p.speaker_runs([doc_id])[doc_id].runs
        return [(sp.role, sp.participant) for _s, _e, sp in runs]


def _quotes(db: Path) -> list[tuple[str, str, str | None, str]]:
    """Every quote in text order: code, speaker_role, participant and the quote's last word
    (the words quoted here hold no names, so they read the same after pseudonymisation)."""
    quotes = sorted(json.loads(run_cli(db, "quotes", "--json")), key=lambda q: (q["start"], q["code"]))
    assert len(quotes) == len(CODED)
    return [(q["code"], q["speaker_role"], q["participant"], q["text"].split()[-1]) for q in quotes]


def _speakers(db: Path) -> list[tuple[str, str | None, str | None, int]]:
    return [(r["label"], r["role"], r["participant"], r["turns"]) for r in json.loads(run_cli(db, "speakers", "G31",
                                                                                           "--json"))]


def _reimport(tmp_path: Path, qdpx: Path, name: str) -> tuple[Path, str]:
    db = tmp_path / f"{name}.db"
    run_cli(db, "init")
    out = run_cli(db, "import", str(qdpx))
    return db, out


def test_the_map_as_one_line_round_trips_any_label():
    entries = [SpeakerEntry("Mentor", "mentor", "M5"), SpeakerEntry("A;H=x:y\\z|", "mentee", "G:21"),
               SpeakerEntry("I", "interviewer"), SpeakerEntry("BK", None, "P2")]
    text = encode_speaker_map(entries)
    assert text.startswith("Mentor=mentor:M5; A\\;H\\=x\\:y\\\\z\\|=mentee:G\\:21; I=interviewer; BK=:P2")
    assert decode_speaker_map(text, "src") == (entries, [])


def test_a_damaged_map_keeps_its_sound_entries_and_names_the_others():
    entries, problems = decode_speaker_map("Amina=sjef:P1; rubbish; =mentor; Zed=; AH=mentee:P2; ah=mentor", "where")
    assert entries == [SpeakerEntry("AH", "mentee", "P2")]
    assert problems == [
        "where: speaker 'Amina': unknown role 'sjef' (use mentee, mentor, programleder, interviewer); left out",
        "where: speaker entry 'rubbish' is not LABEL=ROLE:PARTICIPANT; left out",
        "where: speaker entry '=mentor' has no label before '='; left out",
        "where: speaker 'Zed' needs a role or a participant; left out",
        "where: speaker 'ah' is given twice; left out",
    ]


def test_plain_round_trip_keeps_every_speaker(group, tmp_path):
    before = _speakers(group)
    assert ("Amina", "mentee", "P31", 2) in before and ("Mentor", "mentor", "M30", 1) in before
    run_cli(group, "export", "qdpx", "--out", "plain", "--dir", str(tmp_path))
    with zipfile.ZipFile(tmp_path / "plain.qdpx") as zf:
        qde = zf.read("project.qde").decode("utf-8")
    assert 'name="speakers" typeOfVariable="Text"' in qde and "<TextValue>Amina=mentee:P31; " in qde
    copy, out = _reimport(tmp_path, tmp_path / "plain.qdpx", "copy")
    assert "warning" not in out
    assert ("Leder", "programleder", "G31", 2) in before
    assert _speakers(copy) == before
    assert json.loads(run_cli(copy, "speakers", "labels", "--json")) == [{"label": "Leder", "role": "programleder"}]
    assert _turns(copy) == _turns(group)
    assert _quotes(copy) == _quotes(group)
    run_cli(copy, "export", "qdpx", "--out", "again", "--dir", str(tmp_path))
    with zipfile.ZipFile(tmp_path / "again.qdpx") as zf:
        assert zf.read("project.qde").decode("utf-8") == qde  # out, in and out again: the same file
    with Project.open(copy) as p:  # the map is the map, not a guess: `speakers` shows it as set
        assert {r["label"] for r in p.document_speakers("G31") if r["mapped"]} == {
            "Amina", "Mentor", "Yusuf Rahimi", "Programleder", "AH"}


@pytest.mark.parametrize("consistent", [False, True])
def test_pseudonymised_round_trip_keeps_every_turns_speaker(group, tmp_path, consistent):
    args = ["--consistent"] if consistent else []
    run_cli(group, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize", *args)
    copy, out = _reimport(tmp_path, tmp_path / "anon.qdpx", "anon")
    assert "warning" not in out
    with Project.open(copy) as p:
        text = p.document("G31").text
    assert "Amina" not in text and "Yusuf" not in text and "Rahimi" not in text
    labels = [label for label, *_rest in _speakers(copy)]
    # Amina, Yusuf Rahimi and AH read apart, each mapped under the label it now has
    named = [lb for lb in labels if lb not in ("I", "Mentor", "Programleder", "Leder")]
    assert named == (["Person 1", "Person 2", "Person 3"] if consistent else ["X 1", "X 2", "X 3"])
    assert _turns(copy) == _turns(group)
    assert _quotes(copy) == _quotes(group)
    roles = {label: (role, participant, turns) for label, role, participant, turns in _speakers(copy)}
    assert [roles[lb] for lb in named] == [("mentee", "P31", 2), ("mentee", "P32", 2), ("mentee", "P33", 1)]


def test_written_files_are_valid_and_other_readers_still_read_them(group, tmp_path):
    run_cli(group, "export", "qdpx", "--out", "plain", "--dir", str(tmp_path))
    run_cli(group, "export", "qdpx", "--out", "anon", "--dir", str(tmp_path), "--pseudonymize")
    if SCHEMA.exists():
        import xmlschema

        schema = xmlschema.XMLSchema(str(SCHEMA))
        for name in ("plain", "anon"):
            with zipfile.ZipFile(tmp_path / f"{name}.qdpx") as zf:
                schema.validate(zf.read("project.qde").decode("utf-8"))
    pyrefiqda = pytest.importorskip("pyrefiqda", reason="pyrefiqda is a test dependency ([test] extra)")
    project = pyrefiqda.RefiProject.load(tmp_path / "anon.qdpx", extract_dir=str(tmp_path / "x"))
    names = {v.guid: v.name for v in project.variables.variable}
    source = project.sources.text_source[0]
    values = {names[v.variable_ref.target_guid]: v.text_value for v in source.variable_value}
    assert values["speakers"].startswith("X 1=mentee:P31; Mentor=:M30; X 2=mentee:P32")
    assert sum(len(s.coding) for s in source.plain_text_selection) == len(CODED)
    qdpxlib = pytest.importorskip("qdpxlib", reason="qdpxlib is a test dependency ([test] extra)")
    assert sorted(qdpxlib.QDPXFile(str(tmp_path / "plain.qdpx")).codes.values()) == [
        "Kompetanse", "Matching", "Nettverk", "Sprk"]


def _rewrite_speakers(src: Path, dst: Path, value: str) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "project.qde":
                text = data.decode("utf-8")
                start = text.index("<TextValue>Amina=")
                end = text.index("</TextValue>", start)
                text = text[:start] + f"<TextValue>{value}" + text[end:]
                data = text.replace('{"Leder": "programleder"}', '{"Leder": "sjef"}').encode("utf-8")
            zout.writestr(item, data)


def test_a_malformed_speakers_value_is_a_warning_naming_source_and_value(group, tmp_path):
    run_cli(group, "export", "qdpx", "--out", "plain", "--dir", str(tmp_path))
    bad = "Amina=sjef:P31; bare tull; Mentor=mentor:M30; ZZ=mentee; AH=:P99"
    _rewrite_speakers(tmp_path / "plain.qdpx", tmp_path / "bad.qdpx", bad)
    with Project.open(tmp_path / "bad.db") as p:
        report = import_qdpx(p, tmp_path / "bad.qdpx", actor="kari")
        warnings = "\n".join(report.warnings)
        assert f"source 'G31': speakers '{bad}': speaker 'Amina': unknown role 'sjef'" in warnings
        assert "speaker entry 'bare tull' is not LABEL=ROLE:PARTICIPANT; left out" in warnings
        assert "speaker label 'ZZ' does not occur in the text; left out" in warnings
        assert "speaker 'AH' names participant 'P99', who is no case in the file; created if new" in warnings
        assert p.speaker_entries(p.resolve_document("G31")) == {
            "Mentor": SpeakerEntry("Mentor", "mentor", "M30"), "AH": SpeakerEntry("AH", None, "P99")}
        assert "P99" in {x.id for x in p.participants()}
        assert "project speaker label 'Leder' = 'sjef' left out" in warnings
        assert p.speaker_entries(None) == {}


def test_importing_into_a_project_with_its_own_map_keeps_that_map(group, tmp_path):
    run_cli(group, "export", "qdpx", "--out", "plain", "--dir", str(tmp_path))
    run_cli(group, "speakers", "set", "G31", "AH", "--role", "mentor", "--participant", "M33")
    with Project.open(group) as p:
        report = import_qdpx(p, tmp_path / "plain.qdpx", actor="kari")
        assert any("speaker 'AH' is mentee/P33 in the file but mentor/M33 here; kept as it is here" in w
                   for w in report.warnings)
        assert p.speaker_entries(p.resolve_document("G31"))["AH"] == SpeakerEntry("AH", "mentor", "M33")



def test_a_label_is_replaced_whole_and_never_reads_like_another_speaker():
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, replace_spans
    from workbench.io.pseudonymize.speakers import fix_label_replacements

    # only the surname is on the list: the whole bracket goes, and `X` is already another speaker's label
    text = "I: Hei.\n\n[Yusuf Rahimi]: Ja.\n\n[X]: Nei.\n\nA.H.: Kanskje.\n\n[Yusuf Rahimi]: Rahimi er mitt navn.\n"
    finder = Pseudonymizer([("Rahimi", "[X]"), ("A.H", "[X]")], rules=False)
    out = replace_spans(text, fix_label_replacements(text, finder.find(text)))
    assert out == "I: Hei.\n\n[X 1]: Ja.\n\n[X]: Nei.\n\n[X 2]: Kanskje.\n\n[X 1]: [X] er mitt navn.\n"


def test_a_pseudonymised_quote_over_two_turns_names_the_speakers_as_the_file_does(group):
    with Project.open(group) as p:
        text = p.document("G31").text
        start = text.index("At det er lov")
        p.add_coding("G31", start, text.index("helt klart.") + len("helt klart."), "competence", "kari")
    quote = next(q for q in json.loads(run_cli(group, "quotes", "--json", "--pseudonymize", "--code", "competence"))
                 if "Nettverket" in q["text"])
    assert quote["text"] == "At det er lov å spørre om hjelp.\n\n[X 2]: Nettverket, helt klart."
    # the speakers are named as in the anonymised file, never by their names
    assert (quote["speaker"], quote["speaker_role"]) == ("X 1 / X 2", "mentee / mentee")
    assert [(s["label"], s["participant"]) for s in quote["speakers"]] == [("X 1", "P31"), ("X 2", "P32")]
    run_cli(group, "export", "codings", "--out", "c.csv", "--dir", str(group.parent))
    table = (group.parent / "c.csv").read_text(encoding="utf-8-sig")
    assert "X 1 / X 2" in table and "Amina" not in table and "Yusuf" not in table
    plain = json.loads(run_cli(group, "quotes", "--json", "--code", "competence"))
    assert any(q["speaker"] == "Amina / Yusuf Rahimi" for q in plain)  # without --pseudonymize: as written


def test_a_name_label_the_rules_leave_is_replaced_with_its_mentions_and_role_words_stay():
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, replace_spans
    from workbench.io.pseudonymize.speakers import fix_label_replacements

    # synthetic: a first name that is also a word at a sentence start, and dotted initials
    text = ("I: Hei.\n\nSaid: Jeg jobber i kantina. Saids sjef er snill.\n\nA.H.: Jeg også, sa A.H.\n\n"
            "Tolk: Hun sier ja.\n\nTolk: Ok.\n\nDeltaker 2: Nei.\n\nP1: Ja.\n\nSaid: Takk.\n")
    finder = Pseudonymizer(rules=False)  # finds nothing itself: only the label rule acts
    out = replace_spans(text, fix_label_replacements(text, finder.find(text), finder))
    assert out == ("I: Hei.\n\n[X 1]: Jeg jobber i kantina. [X] sjef er snill.\n\n[X 2]: Jeg også, sa [X]\n\n"
                   "Tolk: Hun sier ja.\n\nTolk: Ok.\n\nDeltaker 2: Nei.\n\nP1: Ja.\n\n[X 1]: Takk.\n")
    consistent = Pseudonymizer(rules=False, consistent=True)
    out = replace_spans(text, fix_label_replacements(text, consistent.find(text), consistent))
    assert out.startswith("I: Hei.\n\n[Person 1]: Jeg jobber i kantina. [Person 1] sjef er snill.\n\n"
                          "[Person 2]: Jeg også, sa [Person 2]\n\n")
