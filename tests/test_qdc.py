"""REFI-QDA codebook (.qdc) export and import."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from workbench.core.codebook import code_guid
from workbench.core.errors import InputError
from workbench.core.models import Code
from workbench.io.codebooks.yaml_format import load_codebook
from workbench.io.refi.qdc import (
    NOT_CODABLE_NOTE, format_description, parse_description, read_qdc, slugify, write_qdc,
)

HERE = Path(__file__).resolve()
MENTORING = HERE.parents[1] / "codebooks" / "mentoring.yaml"


def _schema_dir() -> Path | None:
    for parent in HERE.parents:  # the repository or a worktree of it, next to shared/
        if (parent / "shared" / "refi-qda" / "Codebook.xsd").exists():
            return parent / "shared" / "refi-qda"
    return None


def _with_guids(codes: list[Code], namespace="urn:test") -> list[Code]:
    return [replace(c, guid=c.guid or code_guid(c.path, namespace)) for c in codes]


def test_written_file_validates_against_schema(tmp_path):
    schema_dir = _schema_dir()
    if schema_dir is None:
        pytest.skip("shared/refi-qda not present")
    xmlschema = pytest.importorskip("xmlschema")
    path = tmp_path / "mentoring.qdc"
    write_qdc(load_codebook(MENTORING), path)
    xmlschema.XMLSchema(str(schema_dir / "Codebook.xsd")).validate(str(path))


def test_utf8_without_bom_and_stable_guids(tmp_path):
    codes = load_codebook(MENTORING)
    a, b = tmp_path / "a.qdc", tmp_path / "b.qdc"
    write_qdc(codes, a, namespace="urn:test")
    write_qdc(codes, b, namespace="urn:test")
    data = a.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.startswith(b"<?xml") and b"Kompetanse" in data
    assert b'xmlns="urn:QDA-XML:codebook:1.0"' in data and b'origin="workbench ' in data
    assert data == b.read_bytes()
    c = tmp_path / "c.qdc"
    write_qdc(codes, c, namespace="urn:other")
    assert c.read_bytes() != data


def test_read_back_equals(tmp_path):
    codes = load_codebook(MENTORING)
    path = tmp_path / "m.qdc"
    write_qdc(codes, path, namespace="urn:test")
    back = read_qdc(path)
    assert back == _with_guids(codes)  # keys, keywords and patterns come back from the PI
    again = io.BytesIO()
    write_qdc(back, again, namespace="urn:ignored")  # kept guids win over the namespace
    assert read_qdc(io.BytesIO(again.getvalue())) == back


def test_explicit_guid_and_text_stream():
    code = Code("a", "A", guid="6f1c2a3b-0000-4000-8000-00000000000a")
    out = io.StringIO()
    write_qdc([code], out)
    assert 'guid="6f1c2a3b-0000-4000-8000-00000000000a"' in out.getvalue()


HAND_WRITTEN = """\ufeff<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Another Tool 2.0">
  <Codes>
    <Code guid="{0B9F5A4C-1D2E-4F30-9A8B-7C6D5E4F3A2B}" name="Svake bånd / løse kontakter" isCodable="false">
      <Description>Folk man kjenner litt.</Description>
      <Code guid="1A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D" name="Tips fra bekjente" isCodable="true" color="#FFAA00"/>
      <Code guid="{2a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d}" name="Tips  fra bekjente!" isCodable="true"/>
    </Code>
    <Code guid="3a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d" name="Ærlighet og Åpenhet" isCodable="true" color="#0af"/>
  </Codes>
  <Sets>
    <Set guid="4a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d" name="Utvalg"/>
  </Sets>
</CodeBook>
"""


def test_reads_hand_written_qdc(tmp_path):
    path = tmp_path / "other.qdc"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    codes = read_qdc(path)
    assert [c.path for c in codes] == [
        "svake_band_lose_kontakter",
        "svake_band_lose_kontakter/tips_fra_bekjente",
        "svake_band_lose_kontakter/tips_fra_bekjente_2",
        "aerlighet_og_apenhet",
    ]
    top, kid, kid2, last = codes
    assert top.guid == "0b9f5a4c-1d2e-4f30-9a8b-7c6d5e4f3a2b"
    assert kid.guid == "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"
    assert kid2.guid == "2a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"
    assert top.label == "Svake bånd / løse kontakter" and top.definition == "Folk man kjenner litt."
    assert NOT_CODABLE_NOTE in top.when_not_to_use
    assert (top.colour, kid.colour, last.colour) == (None, "#ffaa00", "#00aaff")
    assert [c.order for c in codes] == [0, 0, 1, 1]


@pytest.mark.parametrize("name, key", [
    ("Svake bånd", "svake_band"), ("Kjønn/Alder", "kjonn_alder"), ("ÆØÅ æøå", "aeoa_aeoa"),
    ("  --  ", "code"), ("Café Noël 2", "cafe_noel_2"),
])
def test_slugify(name, key):
    assert slugify(name) == key


def test_description_round_trip():
    code = Code("weak_ties", "Svake bånd", label_en="Weak ties", definition="Første.\n\nAndre.",
                when_to_use="Når det gjelder\nto linjer.", when_not_to_use="Aldri.",
                examples=["Ja, sånn.", "Nei."], keywords=["bekjent", "venn av venn"],
                exclusive=True, retired=True)
    text = format_description(code)
    info = parse_description(text)
    for name in ("definition", "when_to_use", "when_not_to_use", "examples"):
        assert info[name] == getattr(code, name), name
    for detail in ("Kortnavn", "Nøkkelord", "Engelsk navn", "Utgått", "weak_ties", "bekjent"):
        assert detail not in text  # workbench fields stay out of what other tools show


def test_older_detail_lines_are_still_read():
    info = parse_description("Def.\n\nEngelsk navn: Weak ties\nNøkkelord: a; b\nKortnavn: weak\nUtgått: ja")
    assert (info["definition"], info["label_en"], info["keywords"], info["key"], info["retired"]) == \
        ("Def.", "Weak ties", ["a", "b"], "weak", True)


def test_nothing_invented_for_a_bare_code_and_workbench_fields_in_a_pi():
    out = io.BytesIO()
    write_qdc([Code("bare", "Bar kode", keywords=["ord"], patterns=[[{"LOWER": "a>b"}]], retired=True)], out)
    xml = out.getvalue().decode("utf-8")
    assert "<Description" not in xml and "color=" not in xml
    assert "<?workbench " in xml and "?>" in xml
    back = read_qdc(io.BytesIO(out.getvalue()))[0]
    assert (back.key, back.keywords, back.patterns, back.retired) == ("bare", ["ord"], [[{"LOWER": "a>b"}]], True)


LENIENT = b"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="c001" name="Nettverk" isCodable="true"><Code guid="c002" name="Svake b\xc3\xa5nd" isCodable="true"/></Code>
</Codes></CodeBook>
"""


def test_ids_that_are_not_guids_get_stable_guids_with_a_warning():
    warnings: list[str] = []
    codes = read_qdc(io.BytesIO(LENIENT), warnings)
    again = read_qdc(io.BytesIO(LENIENT))
    assert [c.path for c in codes] == ["nettverk", "nettverk/svake_band"]
    assert [c.guid for c in codes] == [c.guid for c in again]
    assert all(str(uuid.UUID(c.guid)) == c.guid for c in codes) and codes[0].guid != codes[1].guid
    assert len(warnings) == 1 and "2 code ids are not GUIDs" in warnings[0] and "c001" in warnings[0]
    schema_dir = _schema_dir()
    if schema_dir is not None:  # strict out: what is written from them validates
        xmlschema = pytest.importorskip("xmlschema")
        out = io.BytesIO()
        write_qdc(codes, out)
        xmlschema.XMLSchema(str(schema_dir / "Codebook.xsd")).validate(out.getvalue().decode("utf-8"))


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="3a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d" name="&lol3;" isCodable="true"/>
</Codes></CodeBook>
"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="3a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d" name="&ext;" isCodable="true"/>
</Codes></CodeBook>
"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL])
def test_entity_attacks_refused(tmp_path, data):
    path = tmp_path / "evil.qdc"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_qdc(path)
    assert "entit" in err.value.reason and err.value.source == str(path)


@pytest.mark.parametrize("data, line, field, reason", [
    (b"<CodeBook>\n<Codes>\n<Code name='a'", 3, None, "malformed XML"),
    (b"<Project/>", None, None, "no CodeBook"),
    (b"<Other/>", 1, None, "not a REFI-QDA codebook"),
    (b"<CodeBook origin='x'/>", 1, "CodeBook", "missing <Codes>"),
    (b"<CodeBook><Codes>\n<Code guid='3a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d' isCodable='true'/>"
     b"</Codes></CodeBook>", 2, "Codes/Code[1]@name", "no name"),
    (b"<CodeBook><Codes>\n<Code guid='3a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d' name='a'/>\n"
     b"<Code guid='{3A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D}' name='b'/></Codes></CodeBook>", 3,
     "Codes/Code[2]@guid", "duplicate guid (also at line 2)"),
])
def test_bad_files_give_input_errors(data, line, field, reason):
    with pytest.raises(InputError) as err:
        read_qdc(io.BytesIO(data))
    assert (err.value.line, err.value.field) == (line, field)
    assert reason in err.value.reason


def test_reads_codebook_inside_project_file():
    data = (b'<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>'
            b'<Code guid="3a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d" name="Nettverk" isCodable="true"/>'
            b'</Codes></CodeBook></Project>')
    assert [c.key for c in read_qdc(io.BytesIO(data))] == ["nettverk"]


def test_arbitrary_bytes_only_raise_input_error():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    prefix = st.sampled_from([b"", b"<?xml version='1.0' encoding='bogus'?>", b"<CodeBook><Codes>",
                              b"<CodeBook><Codes><Code guid='x' name='a'>"])

    @settings(max_examples=200, deadline=None)
    @given(prefix, st.binary(max_size=200))
    def run(head, tail):
        try:
            read_qdc(io.BytesIO(head + tail))
        except InputError:
            pass

    run()
