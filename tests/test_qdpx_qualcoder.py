"""QualCoder and the workbench, both ways (synthetic files written for these tests).

QualCoder itself is a Qt application and cannot run here, so these tests hold the
workbench to what QualCoder's REFI-QDA importer and exporter (its `refi.py`) do, as
facts: it reads a date from every Note and stops when there is none; it reads and
writes a coding's memo as `PlainTextSelection/Description`; it turns a Note with a name
and a `plainTextPath` into a journal unless a source refers to it (then it is taken for
a text annotation); it writes source texts as UTF-8 with a BOM; it gives everything new
GUIDs on export; the project name it writes ends in `.qda`; the project memo is the
Project's `Description`.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from tests.test_qdpx_roundtrip import SCHEMA, rich  # noqa: F401  (fixture)
from workbench.io.refi.qdpx_export import export_qdpx
from workbench.io.refi.qdpx_import import import_qdpx, read_qdpx
from workbench.store import Project

NS = "{urn:QDA-XML:project:1.0}"
USER = "5c94bc9e-db8c-4f1d-9cd6-e900c7440860"
CAT, CODE_A, CODE_B = ("2dfba8c9-59f5-4424-99d6-ea9bce18134b", "a3825924-8bf7-47c1-a51b-be9196147a56",
                       "0bd904ef-7dff-47d6-a94e-f47e9134a596")
SRC_A, SRC_B = "a2b94468-80a5-412f-92d6-e900d97b55a6", "8e7fddfe-db36-48dc-b464-80c3a4decd90"
TXT_A, TXT_B, JOURNAL = ("33663939-2d3f-4c41-9a7e-5e3c3a2c1b01", "intervju_07",
                         "4691a8a0-d67c-4dcc-91d6-e9075dc230cc")
# Synthetic texts; each ends the way QualCoder's files often do (a newline, a space).
TEXT_A = "Styremøte 2017.\nMentor: Vi åpnet nettverket for henne.\nMentee: Det ga meg en jobb.\n"
TEXT_B = "I: Hvordan var kurset?\nMentee: Språkkurset hjalp, men tilliten kom seinere. "


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def qualcoder_qde() -> str:
    a1, b1 = _span(TEXT_A, "Vi åpnet nettverket"), _span(TEXT_B, "Språkkurset hjalp")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="styre.qda" origin="QualCoder 3.5" creatingUserGUID="{uuid.uuid4()}" creationDateTime="2024-03-01T09:00:00Z" xmlns="urn:QDA-XML:project:1.0">
<Users>
<User guid="{USER}" name="kari" />
</Users>
<CodeBook>
<Codes>
<Code guid="{CAT}" name="Nettverk" isCodable="false">
<Description>Alt om kontakter.</Description>
<Code guid="{CODE_A}" name="Døråpner" isCodable="true" color="#FFAA7F">
<Description>Mentoren åpner dører.</Description>
</Code>
</Code>
<Code guid="{CODE_B}" name="Språk" isCodable="true" color="#AAFF7F">
</Code>
</Codes>
</CodeBook>
<Sources>
<TextSource plainTextPath="internal://{TXT_A}.txt" creatingUser="{USER}" creationDateTime="2024-03-01T09:10:00Z" guid="{SRC_A}" name="board_2017">
<Description>Referat, ikke intervju.</Description>
<PlainTextSelection guid="{uuid.uuid4()}" name="board_2017" startPosition="{a1[0]}" endPosition="{a1[1]}" creatingUser="{USER}" creationDateTime="2024-03-02T10:00:00Z">
<Description>Typisk døråpner.</Description>
<Coding guid="{uuid.uuid4()}" creatingUser="{USER}" creationDateTime="2024-03-02T10:00:00Z">
<CodeRef targetGUID="{CODE_A}"/>
</Coding>
</PlainTextSelection>
</TextSource>
<TextSource plainTextPath="internal://{TXT_B}.txt" creatingUser="{USER}" creationDateTime="2024-03-01T09:11:00Z" guid="{SRC_B}">
<PlainTextSelection guid="{uuid.uuid4()}" startPosition="{b1[0]}" endPosition="{b1[1]}" creatingUser="{USER}" creationDateTime="2024-03-02T10:05:00Z">
<Coding guid="{uuid.uuid4()}" creatingUser="{USER}" creationDateTime="2024-03-02T10:05:00Z">
<CodeRef targetGUID="{CODE_B}"/>
</Coding>
</PlainTextSelection>
</TextSource>
</Sources>
<Notes>
<Note guid="{JOURNAL}" creatingUser="{USER}" creationDateTime="2024-03-03T08:00:00Z" name="Feltlogg"  plainTextPath="internal://{JOURNAL}.txt" >
<Description /></Note>
</Notes>
<Description>Prosjektmemo: styret og mentorene.</Description>
</Project>"""


def make_qualcoder_qdpx(path: Path) -> Path:
    """A .qdpx laid out as QualCoder writes one (texts UTF-8 with a BOM)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qualcoder_qde())
        zf.writestr(f"sources/{TXT_A}.txt", ("\ufeff" + TEXT_A).encode("utf-8"))
        zf.writestr(f"sources/{TXT_B}.txt", ("\ufeff" + TEXT_B).encode("utf-8"))
        zf.writestr(f"sources/{JOURNAL}.txt", ("\ufeff" + "Første runde ferdig.").encode("utf-8"))
    return path


def _read(path: Path) -> tuple[ET.Element, dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return ET.fromstring(zf.read("project.qde")), {n: zf.read(n) for n in zf.namelist()}


def qualcoder_round_trip(src: Path, dst: Path) -> Path:
    """What a trip through QualCoder does to a .qdpx, as far as identity goes: every GUID
    new, processing instructions gone, notes on codes kept only as journals, texts with a BOM."""
    root, files = _read(src)
    fresh: dict[str, str] = {}

    def new(value: str) -> str:
        return fresh.setdefault(value.lower(), str(uuid.uuid4()))

    for el in root.iter():
        for attr in ("guid", "targetGUID", "creatingUser"):
            if el.get(attr):
                el.set(attr, new(el.get(attr)))
        if el.get("plainTextPath"):
            el.set("plainTextPath", f"internal://{new(el.get('plainTextPath')[11:-4])}.txt")
        for ref in [r for r in el if el.tag == f"{NS}Code" and r.tag == f"{NS}NoteRef"]:
            el.remove(ref)
    with zipfile.ZipFile(dst, "w") as zf:
        zf.writestr("project.qde", ET.tostring(root, encoding="unicode"))
        for name, data in files.items():
            if name.startswith("sources/"):
                zf.writestr(f"sources/{new(name[8:-4])}.txt", b"\xef\xbb\xbf" + data)
    return dst


# -- QualCoder into the workbench ------------------------------------------------------

def test_a_qualcoder_project_comes_in_whole(tmp_path):
    with Project.open(tmp_path / "p.db") as project:
        report = import_qdpx(project, make_qualcoder_qdpx(tmp_path / "styre.qdpx"), actor="ola")
        assert sorted(d["name"] for d in project.documents()) == ["board_2017", "intervju_07"]
        assert project.setting("name") == "styre"
        assert project.setting("description") == "Prosjektmemo: styret og mentorene."
        assert project.document("board_2017").text == TEXT_A.rstrip()
        codings = {c["code"]: c for c in project.codings()}
        start, end = _span(TEXT_A, "Vi åpnet nettverket")
        assert (codings["nettverk/dorapner"]["start"], codings["nettverk/dorapner"]["end"]) == (start, end)
        assert codings["nettverk/dorapner"]["memo"] == "Typisk døråpner."
        assert codings["nettverk/dorapner"]["coder"] == "kari"
        memos = {(m["document"], m["title"]): m["text"] for m in project.query(
            "SELECT d.name AS document, m.title, m.text FROM memos m LEFT JOIN documents d ON d.id = m.document_id")}
        assert memos == {("board_2017", None): "Referat, ikke intervju.", (None, "Feltlogg"): "Første runde ferdig."}
        assert report.result.codings_added == 2 and not [w for w in report.warnings if "GUID" in w]


def test_importing_a_qualcoder_project_twice_adds_nothing(tmp_path):
    path = make_qualcoder_qdpx(tmp_path / "styre.qdpx")
    with Project.open(tmp_path / "p.db") as project:
        import_qdpx(project, path, actor="ola")
        again = import_qdpx(project, path, actor="ola").result
        assert (again.codes_added, again.codings_added, again.memos_added) == (0, 0, 0)
        assert not any(created for _name, _id, created in again.documents)


def test_exporting_back_keeps_guids_text_and_only_what_the_user_made(tmp_path):
    with Project.open(tmp_path / "p.db") as project:
        import_qdpx(project, make_qualcoder_qdpx(tmp_path / "styre.qdpx"), actor="ola")
        export_qdpx(project, tmp_path / "back.qdpx")
    root, files = _read(tmp_path / "back.qdpx")
    assert root.get("name") == "styre"
    assert root.find(f"{NS}Description").text == "Prosjektmemo: styret og mentorene."
    sources = {s.get("name"): s for s in root.iter(f"{NS}TextSource")}
    assert (sources["board_2017"].get("guid"), sources["intervju_07"].get("guid")) == (SRC_A, SRC_B)
    for name, text in (("board_2017", TEXT_A), ("intervju_07", TEXT_B)):
        path = sources[name].get("plainTextPath").replace("internal://", "sources/")
        assert files[path].decode("utf-8") == text  # character for character, last newline or space too
    assert [u.get("guid") for u in root.iter(f"{NS}User")] == [USER]
    codes = {c.get("name"): c for c in root.iter(f"{NS}Code")}
    assert {n: c.get("guid") for n, c in codes.items()} == {"Nettverk": CAT, "Døråpner": CODE_A, "Språk": CODE_B}
    descriptions = {n: (c.find(f"{NS}Description").text if c.find(f"{NS}Description") is not None else None)
                    for n, c in codes.items()}
    assert descriptions["Døråpner"] == "Mentoren åpner dører."
    assert descriptions["Språk"] is None and codes["Nettverk"].get("color") is None  # nothing invented
    assert codes["Døråpner"].get("color") == "#ffaa7f"


def test_exporting_back_and_importing_again_adds_nothing(tmp_path):
    with Project.open(tmp_path / "p.db") as project:
        import_qdpx(project, make_qualcoder_qdpx(tmp_path / "styre.qdpx"), actor="ola")
        export_qdpx(project, tmp_path / "back.qdpx")
        again = import_qdpx(project, qualcoder_round_trip(tmp_path / "back.qdpx", tmp_path / "qc.qdpx"), "ola")
        r = again.result
        assert (r.codes_added, r.codings_added, r.memos_added) == (0, 0, 0)
        assert not any(created for _name, _id, created in r.documents)


# -- the workbench into QualCoder ------------------------------------------------------

def test_export_meets_what_qualcoders_importer_needs(rich, tmp_path):  # noqa: F811
    export_qdpx(rich, tmp_path / "p.qdpx")
    root, files = _read(tmp_path / "p.qdpx")
    users = {u.get("guid") for u in root.iter(f"{NS}User")}
    notes = list(root.iter(f"{NS}Note"))
    assert len(notes) == 4
    names = Counter(n.get("name") for n in notes)
    for note in notes:  # a date, a user, and a journal text file on every note
        assert note.get("creationDateTime") and note.get("modifiedDateTime")
        assert note.get("creatingUser") in users
        assert note.get("name") and names[note.get("name")] == 1
        path = note.get("plainTextPath")
        assert path.startswith("internal://") and files[f"sources/{path[11:]}"]
        assert note.find(f"{NS}PlainTextContent") is None  # either the path or the content, not both
    referenced_from_sources = {r.get("targetGUID") for s in root.iter(f"{NS}TextSource") for r in s.findall(f"{NS}NoteRef")}
    assert not referenced_from_sources  # QualCoder would take those notes for annotations and drop them
    texts = {files[f"sources/{n.get('plainTextPath')[11:]}"].decode("utf-8") for n in notes}
    assert {"Andre runde ferdig kodet.\nNeste: enighet.", "Kort intervju, tydelig om språk."} <= texts
    memos = {s.find(f"{NS}Description").text for s in root.iter(f"{NS}PlainTextSelection")
             if s.find(f"{NS}Description") is not None}
    assert memos == {"Døråpner – «svake bånd».", "Tillit → nettverk"}
    for source in root.iter(f"{NS}TextSource"):
        assert files[source.get("plainTextPath").replace("internal://", "sources/")]
    qde = ET.tostring(root, encoding="unicode")
    assert "Kortnavn" not in qde and "workbench-namespace" not in qde and "spaCy" not in qde


@pytest.mark.skipif(not SCHEMA.exists(), reason="REFI-QDA schema not available")
def test_everything_written_validates(rich, tmp_path):  # noqa: F811
    xmlschema = pytest.importorskip("xmlschema")
    schema = xmlschema.XMLSchema(str(SCHEMA))
    export_qdpx(rich, tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as zf:
        schema.validate(zf.read("project.qde").decode("utf-8"))
    with Project.open(tmp_path / "q.db") as project:  # and what goes back out after a QualCoder file came in
        import_qdpx(project, make_qualcoder_qdpx(tmp_path / "styre.qdpx"), actor="ola")
        export_qdpx(project, tmp_path / "back.qdpx")
    with zipfile.ZipFile(tmp_path / "back.qdpx") as zf:
        schema.validate(zf.read("project.qde").decode("utf-8"))


def test_a_trip_through_qualcoder_and_back_adds_nothing(rich, tmp_path):  # noqa: F811
    before = {t: rich.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "codes", "codings", "memos", "coders")}
    export_qdpx(rich, tmp_path / "p.qdpx")
    back = qualcoder_round_trip(tmp_path / "p.qdpx", tmp_path / "qc.qdpx")
    report = import_qdpx(rich, back, actor="importer")
    after = {t: rich.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    assert after == before, report.warnings
    keywords = {c.path: c.keywords for c in rich.codes(include_retired=True)}
    assert keywords["trust"] == ["tillit", "stole på"]  # workbench-only fields are not wiped by the trip
    assert [c.path for c in rich.codes(include_retired=True) if c.retired] == ["network/old_network"]


def test_workbench_export_read_back_by_the_workbench_keeps_memo_targets(rich, tmp_path):  # noqa: F811
    export_qdpx(rich, tmp_path / "p.qdpx")
    memos = {(m.document, m.code, m.title): m.text for m in read_qdpx(tmp_path / "p.qdpx", "x").bundle.memos}
    assert memos[("P01-nullpunkt", None, "Inntrykk")] == "Kort intervju, tydelig om språk."
    assert memos[("P02-sluttpunkt", "trust", "Tillit i P02")] == "Se slutten av intervjuet."
    assert memos[(None, "trust", None)] == "Skill tillit til personen fra tillit til programmet."


NOT_GUIDS = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="eksempel">
<Users><User guid="u1" name="kari"/></Users>
<CodeBook><Codes><Code guid="c001" name="Nettverk" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="s1" name="doc" plainTextPath="internal://s1.txt">
<PlainTextSelection guid="p1" startPosition="0" endPosition="5" creatingUser="u1">
<Coding guid="k1" creatingUser="u1"><CodeRef targetGUID="c001"/></Coding></PlainTextSelection>
</TextSource></Sources>
</Project>"""


def test_ids_that_are_not_guids_are_read_with_a_warning_and_written_as_guids(tmp_path):
    path = tmp_path / "ids.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", NOT_GUIDS)
        zf.writestr("sources/s1.txt", "Hallo verden.")
    with Project.open(tmp_path / "p.db") as project:
        report = import_qdpx(project, path, actor="ola")
        assert [(c["code"], c["coder"], c["start"], c["end"]) for c in project.codings()] == [("nettverk", "kari", 0, 5)]
        assert any("not GUIDs" in w and "c001" in w for w in report.warnings)
        export_qdpx(project, tmp_path / "out.qdpx")
    qde = _read(tmp_path / "out.qdpx")[0]
    guids = [el.get(a) for el in qde.iter() for a in ("guid", "targetGUID", "creatingUser") if el.get(a)]
    assert guids and all(re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", g) for g in guids)
    if SCHEMA.exists():  # strict out
        xmlschema = pytest.importorskip("xmlschema")
        with zipfile.ZipFile(tmp_path / "out.qdpx") as zf:
            xmlschema.XMLSchema(str(SCHEMA)).validate(zf.read("project.qde").decode("utf-8"))


def test_a_pseudonymised_export_pseudonymises_the_project_description_too(tmp_path):
    from workbench.io.pseudonymize.project import pseudonymize_bundle
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer

    with Project.open(tmp_path / "p.db") as project:
        import_qdpx(project, make_qualcoder_qdpx(tmp_path / "styre.qdpx"), actor="ola")
        project.db.execute("UPDATE project SET value = 'Intervjuer i Drammen.' WHERE key = 'description'")
        bundle, _ = pseudonymize_bundle(project.exchange_bundle(), Pseudonymizer([("Drammen", "[…]")]))
    assert bundle.description == "Intervjuer i […]."


@pytest.mark.parametrize("attrs, expected", [
    ('name="board_2017" plainTextPath="internal://{g}.txt"', "board_2017"),
    ('plainTextPath="internal://board_2017.txt"', "board_2017"),
    ('name="{g}" plainTextPath="internal://{g}.txt" richTextPath="internal://board_2017.docx"', "board_2017"),
    ('plainTextPath="internal://{g}.txt"', "{g}"),
])
def test_a_source_is_named_by_its_name_else_its_file(tmp_path, attrs, expected):
    g = str(uuid.uuid4())
    qde = (f'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>'
           f'<TextSource guid="{g}" {attrs.format(g=g)}/></Sources></Project>')
    path = tmp_path / "n.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", qde)
        zf.writestr(f"sources/{g}.txt", "Tekst.\n")
        zf.writestr("sources/board_2017.txt", "Tekst.\n")
    assert [d.name for d in read_qdpx(path, "x").bundle.documents] == [expected.format(g=g)]
