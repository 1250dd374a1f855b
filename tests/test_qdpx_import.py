"""Importing .qdpx projects written by other tools: known deviations, and hostile archives."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.errors import InputError
from workbench.core.exchange import normalise_guid, normalise_with_offsets
from workbench.core.text import normalise_text
from workbench.io.refi.qdpx_import import import_qdpx, read_qdpx
from workbench.store import Project

# A transcript as another tool stores it: CRLF line ends and decomposed å (a + ring).
RAW = ("I: Hvordan gikk det?\r\n"
       "Mentee: Mentoren ga meg kontakter. Det var viktig for a\u030a fa\u030a jobb.\r\n"
       "I: Takk.\r\n")
USER = "{0A1B2C3D-0000-4000-8000-00000000000A}"
CODE_NETWORK = "{B0000000-0000-4000-8000-000000000001}"
CODE_WEAK = "{B0000000-0000-4000-8000-000000000002}"
SOURCE = "{C0000000-0000-4000-8000-000000000001}"


def _span(raw: str, piece: str) -> tuple[int, int]:
    start = raw.index(piece)
    return start, start + len(piece)


def foreign_qde() -> str:
    """A project.qde in the style of NVivo/MAXQDA exports (braced upper-case GUIDs and all)."""
    contacts = _span(RAW, "kontakter")
    job = _span(RAW, "a\u030a fa\u030a jobb")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Mentorevaluering" origin="OtherTool 14">
  <Users><User guid="{USER}" name="Kari N."/></Users>
  <CodeBook><Codes>
    <Code guid="{CODE_NETWORK}" name="Nettverk" isCodable="false">
      <Code guid="{CODE_WEAK}" name="Svake bånd" isCodable="true" color="#123ABC"/>
    </Code>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="{{D0000000-0000-4000-8000-000000000001}}" name="Rolle" typeOfVariable="Text"/>
    <Variable guid="{{D0000000-0000-4000-8000-000000000002}}" name="Bølge" typeOfVariable="Text"/>
    <Variable guid="{{D0000000-0000-4000-8000-000000000003}}" name="Alder" typeOfVariable="Integer"/>
  </Variables>
  <Cases>
    <Case guid="{{E0000000-0000-4000-8000-000000000001}}" name="P07">
      <VariableValue><VariableRef targetGUID="{{D0000000-0000-4000-8000-000000000001}}"/><TextValue>Mentee</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{{D0000000-0000-4000-8000-000000000003}}"/><IntegerValue>34</IntegerValue></VariableValue>
      <SourceRef targetGUID="{SOURCE.lower()}"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="{SOURCE}" name="Intervju P07" plainTextPath="internal://{SOURCE}.txt">
      <PlainTextSelection guid="{{F0000000-0000-4000-8000-000000000001}}" startPosition="{contacts[0]}"
          endPosition="{contacts[1]}" creatingUser="{USER}">
        <Coding guid="{{F1000000-0000-4000-8000-000000000001}}" creatingUser="{USER}">
          <CodeRef targetGUID="{CODE_WEAK.lower().strip('{}')}"/>
        </Coding>
        <NoteRef targetGUID="{{A0000000-0000-4000-8000-000000000001}}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="{{F0000000-0000-4000-8000-000000000002}}" startPosition="{job[0]}" endPosition="{job[1]}">
        <Coding guid="{{F1000000-0000-4000-8000-000000000002}}"><CodeRef targetGUID="{CODE_NETWORK}"/></Coding>
      </PlainTextSelection>
      <VariableValue><VariableRef targetGUID="{{D0000000-0000-4000-8000-000000000002}}"/><TextValue>Nullpunkt</TextValue></VariableValue>
    </TextSource>
    <TextSource guid="{{C0000000-0000-4000-8000-000000000002}}" name="Observasjon" richTextPath="internal://obs.docx">
      <PlainTextSelection guid="{{F0000000-0000-4000-8000-000000000003}}" startPosition="0" endPosition="5" creatingUser="{USER}">
        <Coding guid="{{F1000000-0000-4000-8000-000000000003}}" creatingUser="{USER}"><CodeRef targetGUID="{CODE_WEAK}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="{{C0000000-0000-4000-8000-000000000003}}" name="Notat">
      <PlainTextContent>Kort notat om møtet.</PlainTextContent>
    </TextSource>
    <AudioSource guid="{{C0000000-0000-4000-8000-000000000004}}" name="Lydopptak" path="internal://a.mp3">
      <AudioSelection guid="{{F0000000-0000-4000-8000-000000000004}}" begin="0" end="100">
        <Coding guid="{{F1000000-0000-4000-8000-000000000004}}"><CodeRef targetGUID="{CODE_WEAK}"/></Coding>
      </AudioSelection>
    </AudioSource>
  </Sources>
  <Notes>
    <Note guid="{{A0000000-0000-4000-8000-000000000001}}" name="Memo" creatingUser="{USER}">
      <PlainTextContent>Mentoren åpnet dører.</PlainTextContent>
    </Note>
  </Notes>
  <Sets/>
</Project>
"""


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Mentor og mentee møttes på kafé.")
    document.add_paragraph("De snakket om CV-en.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_qdpx(path: Path, qde: str | bytes, files: dict[str, bytes] | None = None,
              qde_name: str = "project.qde") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(qde_name, qde if isinstance(qde, bytes) else qde.encode("utf-8"))
        for name, data in (files or {}).items():
            zf.writestr(name, data)
    return path


@pytest.fixture
def foreign(tmp_path) -> Path:
    return make_qdpx(tmp_path / "annet.qdpx", foreign_qde(), {
        f"sources/{SOURCE}.txt": b"\xef\xbb\xbf" + RAW.encode("utf-8"),
        "sources/obs.docx": _docx_bytes(),
    }, qde_name="Mentorevaluering.qde")


def test_foreign_project_is_brought_in_with_positions_mapped(foreign, tmp_path):
    with Project.open(tmp_path / "p.db") as project:
        report = import_qdpx(project, foreign, actor="ola")
        text = project.document("Intervju P07").text
        assert "\r" not in text and "å få jobb" in text
        quotes = {(c["code"], c["coder"]): text[c["start"]:c["end"]] for c in project.codings("Intervju P07")}
        assert quotes == {("nettverk/svake_band", "Kari N."): "kontakter", ("nettverk", "ola"): "å få jobb"}
        memo = project.codings("Intervju P07", code="nettverk/svake_band")[0]["memo"]
        assert memo == "Mentoren åpnet dører."
        participant = project.participants()[0]
        assert (participant.id, participant.role, participant.attributes) == ("P07", "mentee", {"Alder": "34"})
        doc = project.document("Intervju P07")
        assert (doc.participant, doc.wave) == ("P07", "baseline")
        assert project.document("Observasjon").text.startswith("Mentor og mentee møttes")
        assert project.document("Notat").text == "Kort notat om møtet."
        assert {c.path: c.colour for c in project.codes()}["nettverk/svake_band"] == "#123abc"
    joined = "\n".join(report.warnings)
    assert "Mentorevaluering.qde" in joined  # inner file not called project.qde
    assert "audio source 'Lydopptak' not brought in" in joined and "1 coding skipped" in joined
    assert "positions assume one line per paragraph" in joined
    assert "1 coding named no known user" in joined
    assert "sets" not in joined  # an empty <Sets/> is no loss


def test_guids_in_braces_or_upper_case_are_one_guid():
    assert normalise_guid("{B0000000-0000-4000-8000-00000000000A}") == "b0000000-0000-4000-8000-00000000000a"
    assert normalise_guid(" b0000000-0000-4000-8000-00000000000a ") == "b0000000-0000-4000-8000-00000000000a"


def test_missing_text_and_unknown_codes_are_reported_not_fatal(tmp_path):
    qde = foreign_qde().replace(f'plainTextPath="internal://{SOURCE}.txt"', 'plainTextPath="internal://gone.txt"')
    qde = qde.replace('<Set', '<Sets><Set guid="{99999999-0000-4000-8000-000000000001}" name="Utvalg"/></Sets><!--')
    qde = qde.replace("</Project>", "--></Project>")
    path = make_qdpx(tmp_path / "x.qdpx", qde, {"sources/obs.docx": _docx_bytes()})
    content = read_qdpx(path, fallback_coder="ola")
    joined = "\n".join(content.warnings)
    assert "source 'Intervju P07' not brought in: its file 'internal://gone.txt' is not in the archive" in joined
    assert "2 codings skipped with it" in joined
    assert "1 set not brought in" in joined
    assert [d.name for d in content.bundle.documents] == ["Observasjon", "Notat"]


@pytest.mark.parametrize("entry, reason", [
    ("../../etc/evil.txt", "escapes the archive folder"),
    ("/etc/evil.txt", "absolute path"),
    ("C:/Windows/evil.txt", "absolute path"),
])
def test_archives_with_escaping_paths_are_refused(tmp_path, entry, reason):
    path = make_qdpx(tmp_path / "bad.qdpx", foreign_qde(), {entry: b"x"})
    with pytest.raises(InputError) as info:
        read_qdpx(path, "ola")
    assert reason in str(info.value) and str(path) in str(info.value) and "evil.txt" in str(info.value)


def test_symlinks_are_refused(tmp_path):
    path = tmp_path / "link.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", foreign_qde())
        link = zipfile.ZipInfo("sources/passwd.txt")
        link.external_attr = 0o120777 << 16
        zf.writestr(link, "/etc/passwd")
    with pytest.raises(InputError, match="symbolic link"):
        read_qdpx(path, "ola")


def test_zip_bombs_are_refused(tmp_path):
    path = make_qdpx(tmp_path / "bomb.qdpx", foreign_qde(), {"sources/zeros.txt": b"\0" * (4 * 1024 * 1024)})
    with pytest.raises(InputError, match="zip bomb"):
        read_qdpx(path, "ola")


def test_not_a_zip_and_entity_expansion_are_refused(tmp_path):
    plain = tmp_path / "plain.qdpx"
    plain.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError, match="zip archive"):
        read_qdpx(plain, "ola")
    laughs = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
              '<Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>')
    with pytest.raises(InputError, match="entit"):
        read_qdpx(make_qdpx(tmp_path / "laughs.qdpx", laughs), "ola")
    with pytest.raises(InputError, match=r"no project\.qde"):
        read_qdpx(make_qdpx(tmp_path / "empty.qdpx", "x", qde_name="readme.txt"), "ola")


def test_a_failed_import_changes_nothing(tmp_path):
    qde = foreign_qde().replace('name="Nettverk" isCodable="false">',
                                f'name="Nettverk" isCodable="false"><Code guid="{CODE_WEAK}" name="Dobbel" '
                                'isCodable="true"/>')
    path = make_qdpx(tmp_path / "dup.qdpx", qde, {f"sources/{SOURCE}.txt": RAW.encode("utf-8")})
    with Project.open(tmp_path / "p.db") as project:
        with pytest.raises(InputError, match="duplicate guid"):
            import_qdpx(project, path, actor="ola")
        assert project.documents() == [] and project.codes() == [] and project.coders() == []


_PIECES = ["a", "x", " ", "\r\n", "\r", "\n", "\u030a", "å", "e\u0301", "\ufeff", "\t", "Ø"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_offset_map_follows_the_normalisation(pieces):
    raw = "".join(pieces)
    text, offsets = normalise_with_offsets(raw)
    assert text == normalise_text(raw)
    mapped = [offsets(i) for i in range(len(raw) + 1)]
    assert mapped[0] == 0 and mapped[-1] == len(text)
    assert mapped == sorted(mapped)
    for i, ch in enumerate(raw):
        if ch == "x":  # a plain letter keeps its identity through the map
            assert text[mapped[i]] == "x" and mapped[i + 1] == mapped[i] + 1
    lead = len(raw) - len(raw.lstrip("\ufeff"))

    def clean(b: int) -> bool:  # not inside a CRLF pair, not before a combining mark
        return not (raw[b - 1:b] == "\r" and raw[b:b + 1] == "\n") and not unicodedata.combining(raw[b:b + 1] or "a")

    for i in range(lead, len(raw)):  # a span of raw text maps onto its own normalised form
        for j in range(i + 1, len(raw) + 1):
            if clean(i) and clean(j):
                expected = unicodedata.normalize("NFC", raw[i:j].replace("\r\n", "\n").replace("\r", "\n"))
                actual = text[mapped[i]:mapped[j]]
                assert expected.startswith(actual) and not expected[len(actual):].strip()


def test_a_taken_document_name_gets_a_suffix(foreign, tmp_path):
    from workbench.core.models import Document

    with Project.open(tmp_path / "p.db") as project:
        project.add_document(Document("Intervju P07", "Noe helt annet.", sha256="other"))
        report = import_qdpx(project, foreign, actor="ola")
        assert "document 'Intervju P07' is stored as 'Intervju P07 (2)' (the name was taken)" in report.warnings
        assert len(project.codings("Intervju P07 (2)")) == 2
