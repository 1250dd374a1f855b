"""Reading transcripts of every format and encoding, and refusing bad files cleanly."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from odf.opendocument import OpenDocumentText
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, P

from workbench.core.errors import InputError
from workbench.io.transcripts.readers import read_transcript
from workbench.io.transcripts.load import load_document

NORSK = "I: Hvordan gikk det?\nMentee: Jeg fikk jobb på sykehuset i Tromsø, på rett hylle."


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def turn_texts(doc):
    return [(s.speaker, doc.text[s.start:s.end]) for s in doc.segments]


# --- plain text and encodings -----------------------------------------------------


@pytest.mark.parametrize("ext", [".txt", ".md"])
def test_plain_utf8(tmp_path, ext):
    raw = read_transcript(write(tmp_path, "p01" + ext, NORSK + "\n"))
    assert (raw.text, raw.encoding, raw.turns) == (NORSK, "utf-8", None)
    assert raw.source.endswith("p01" + ext)


def test_utf8_bom(tmp_path):
    raw = read_transcript(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + NORSK.encode()))
    assert (raw.text, raw.encoding) == (NORSK, "utf-8-sig")


def test_cp1252_keeps_letters_quotes_and_dashes(tmp_path):
    text = "Mentee: “Kompetansegap” – det er ordet. Blåbærsyltetøy og Ærlig Øl."
    raw = read_transcript(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert (raw.text, raw.encoding) == (text, "cp1252")


def test_latin1_keeps_norwegian_letters(tmp_path):
    text = "Mentee: Jeg bor på Ørland, sæter og ålesund. «Sånn.»"
    raw = read_transcript(write(tmp_path, "a.txt", text.encode("latin-1")))
    assert (raw.text, raw.encoding) == (text, "latin-1")


def test_crlf_and_cr_become_lf(tmp_path):
    raw = read_transcript(write(tmp_path, "a.txt", b"I: Hei?\r\nMentee: Ja.\rI: Ok.\r\n"))
    assert raw.text == "I: Hei?\nMentee: Ja.\nI: Ok."


def test_decomposed_letters_are_composed(tmp_path):
    raw = read_transcript(write(tmp_path, "a.txt", "Mentee: Pa\u030a jobb på kafe\u0301en."))
    assert raw.text == "Mentee: På jobb på kaféen."


# --- docx / odt -------------------------------------------------------------------


def test_docx_paragraphs_and_table(tmp_path):
    d = docx.Document()
    d.add_heading("Syntetisk intervju 7", level=1)
    d.add_paragraph("I: Hva forventer du av mentoren?")
    d.add_paragraph("Mentee: At hun kan åpne dører. Og gi råd om CV-en min.")
    d.add_paragraph("")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "I", "Noe mer?"
    table.cell(1, 0).text, table.cell(1, 1).text = "Mentee", "Nei, takk."
    path = tmp_path / "p07.docx"
    d.save(path)
    doc = load_document(path)
    assert doc.encoding == "docx"
    assert doc.text.startswith("Syntetisk intervju 7\nI: Hva forventer")
    assert turn_texts(doc) == [
        (None, "Syntetisk intervju 7"),
        ("I", "Hva forventer du av mentoren?"),
        ("Mentee", "At hun kan åpne dører."),
        ("Mentee", "Og gi råd om CV-en min."),
        ("I", "Noe mer?"),
        ("Mentee", "Nei, takk."),
    ]


def test_odt_paragraphs_headings_and_table(tmp_path):
    odt = OpenDocumentText()
    odt.text.addElement(H(outlinelevel=1, text="Intervju 3"))
    odt.text.addElement(P(text="Intervjuer: Hvem hjalp deg?"))
    odt.text.addElement(P(text="Mentor: Jeg ringte en kollega. Hun svarte."))
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    for value in ("I", "Takk."):
        cell = TableCell()
        cell.addElement(P(text=value))
        row.addElement(cell)
    table.addElement(row)
    odt.text.addElement(table)
    path = tmp_path / "p03.odt"
    odt.save(str(path))
    doc = load_document(path)
    assert doc.encoding == "odt"
    assert turn_texts(doc) == [
        (None, "Intervju 3"),
        ("I", "Hvem hjalp deg?"),
        ("Mentor", "Jeg ringte en kollega."),
        ("Mentor", "Hun svarte."),
        ("I", "Takk."),
    ]


# --- vtt / srt --------------------------------------------------------------------

VTT = """WEBVTT

NOTE syntetisk

1
00:00:01.000 --> 00:00:03.500
<v Intervjuer>Hvordan var første møte?</v>

2
00:03.600 --> 00:00:06.000 align:start
<v Amira>Litt nervøst.

3
00:00:06.000 --> 00:00:08.000
<v Amira>Men hun var &amp; er snill.
"""

SRT = """1
00:00:01,000 --> 00:00:02,000
I: Og nå?

2
00:00:02,500 --> 00:00:05,000
Mentee: Nå jobber jeg.
Som ingeniør – endelig.

3
00:00:05,000 --> 00:00:06,000
<i>Det er på rett hylle.</i>
"""


def test_vtt_voices_merge_into_turns(tmp_path):
    raw = read_transcript(write(tmp_path, "a.vtt", VTT))
    assert raw.text == "Intervjuer: Hvordan var første møte?\n\nAmira: Litt nervøst. Men hun var & er snill."
    assert [(t.speaker, raw.text[t.start:t.end], t.meta) for t in raw.turns] == [
        ("I", "Hvordan var første møte?", {"begin": "00:00:01.000", "end": "00:00:03.500"}),
        ("Amira", "Litt nervøst. Men hun var & er snill.", {"begin": "00:00:03.600", "end": "00:00:08.000"}),
    ]


def test_srt_name_prefix_and_segments_get_times(tmp_path):
    doc = load_document(write(tmp_path, "a.srt", SRT.encode("cp1252")), {"wave": "sluttpunkt"})
    assert doc.encoding == "cp1252" and doc.wave == "endpoint"
    assert doc.text == "I: Og nå?\n\nMentee: Nå jobber jeg. Som ingeniør – endelig. Det er på rett hylle."
    assert turn_texts(doc) == [("I", "Og nå?"), ("Mentee", "Nå jobber jeg."),
                               ("Mentee", "Som ingeniør – endelig."), ("Mentee", "Det er på rett hylle.")]
    assert doc.segments[1].meta == {"begin": "00:00:02.500", "end": "00:00:06.000"}


def test_bad_subtitles(tmp_path):
    with pytest.raises(InputError, match="WEBVTT"):
        read_transcript(write(tmp_path, "a.vtt", "Hei\n\n00:00:01.000 --> 00:00:02.000\nJa"))
    with pytest.raises(InputError, match="timing") as e:
        read_transcript(write(tmp_path, "b.srt", "1\n00:00:01 - 00:00:02\nJa\n"))
    assert e.value.line == 1
    broken = "1\n00:00:01,000 --> 00:00:02,000\nI: Hei?\n\n2\nbroken\n"
    with pytest.raises(InputError, match="cue 2 has no timing line") as e:
        read_transcript(write(tmp_path, "c.srt", broken))
    assert e.value.line == 5


# --- load_document ----------------------------------------------------------------


def test_load_document_metadata_and_hash(tmp_path):
    path = write(tmp_path, "P04-nullpunkt.txt", NORSK)
    doc = load_document(path, {"participant": "P04", "wave": "Nullpunkt", "mode": "Telefon", "date": "2024-02-01"})
    assert (doc.name, doc.participant, doc.wave, doc.mode, doc.date) == (
        "P04-nullpunkt", "P04", "baseline", "telefon", "2024-02-01")
    assert doc.source == str(path) and len(doc.sha256) == 64
    assert load_document(path, {"name": "Annet navn"}).name == "Annet navn"
    with pytest.raises(InputError, match="wave"):
        load_document(path, {"wave": "midtveis"})


# --- refusals ---------------------------------------------------------------------


def _zip_bytes_cut() -> bytes:
    """A real .docx-shaped archive with its last half cut off, as an interrupted copy leaves it.

    The entry has a fixed date, so the bytes (and the test's id) are the same in every pytest-xdist
    worker that collects it."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("word/document.xml", date_time=(2026, 1, 1, 0, 0, 0)), "<w:document/>" * 200)
    whole = buf.getvalue()
    return whole[: len(whole) // 2]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \r\n\t\n", "no text"),
        ("nul.txt", b"I: Hei\x00\x00\x01", "binary"),
        ("controls.txt", bytes(range(1, 9)) * 20 + b"tekst", "binary"),
        ("pdf.txt", b"%PDF-1.7\n...", "PDF"),
        ("zip.md", b"PK\x03\x04rest", "zip"),
        ("png.txt", b"\x89PNG\r\n\x1a\n", "PNG"),
        ("notes.pdf", b"%PDF-1.7", "supported: .txt, .md, .docx, .odt, .vtt, .srt"),
        ("noext", b"I: Hei", "unsupported"),
        ("bad.docx", b"this is not a zip", "not a valid .docx"),
        ("bad.odt", b"this is not a zip", "not a valid .odt"),
        ("renamed.docx", b"this is not a zip", "renamed file"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old binary Word/Office file"),
        ("cut.docx", _zip_bytes_cut(), "damaged or truncated"),
    ],
)
def test_bad_input_is_refused_in_one_line(tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError, match=message) as e:
        read_transcript(path)
    assert "\n" not in str(e.value) and str(e.value).startswith(str(path))


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_corrupt_docx_and_odt(tmp_path):
    with pytest.raises(InputError, match=r"word/document\.xml is missing"):
        read_transcript(write(tmp_path, "a.docx", _zip({"foo.xml": b"<a/>"})))
    with pytest.raises(InputError, match=r"corrupt \.docx"):
        read_transcript(write(tmp_path, "b.docx", _zip({"word/document.xml": b"<not xml"})))
    with pytest.raises(InputError, match=r"content\.xml is missing"):
        read_transcript(write(tmp_path, "c.odt", _zip({"mimetype": b"x"})))
    with pytest.raises(InputError, match=r"corrupt \.odt"):
        read_transcript(write(tmp_path, "d.odt", _zip({"content.xml": b"<x><y></x>"})))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_transcript(tmp_path / "nope.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(InputError, match="directory"):
        read_transcript(tmp_path / "dir.txt")


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("workbench.io.transcripts.readers.MAX_BYTES", 10)
    with pytest.raises(InputError, match="too large"):
        read_transcript(write(tmp_path, "big.txt", "I: " + "ord " * 10))


@given(data=st.binary(max_size=400), ext=st.sampled_from([".txt", ".docx", ".md", ".srt", ".vtt", ".odt"]))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_random_bytes_raise_nothing_but_input_error(tmp_path, data, ext):
    path = tmp_path / ("random" + ext)
    path.write_bytes(data)
    try:
        raw = read_transcript(path)
    except InputError as e:
        assert "\n" not in str(e)
    else:
        assert raw.text.strip()


@given(data=st.binary(max_size=300), part=st.sampled_from(["word/document.xml", "[Content_Types].xml"]))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_random_docx_parts_raise_nothing_but_input_error(tmp_path, data, part):
    path = tmp_path / "random.docx"
    path.write_bytes(_zip({"word/document.xml": data, part: data}))
    try:
        read_transcript(path)
    except InputError:
        pass


def test_subtitle_name_prefixes_are_kept_as_written(tmp_path):
    """`Intervjuer:` in an .srt or .vtt stays `Intervjuer:` in the text (it used to become `I:`);
    the turn's speaker is still the normalised `I`."""
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nIntervjuer: Og nå?\n\n"
           "2\n00:00:02,500 --> 00:00:04,000\n[Amira]: Nå jobber jeg.\n\n"
           "3\n00:00:04,000 --> 00:00:05,000\nInterviewer: Bra.\n")
    raw = read_transcript(write(tmp_path, "a.srt", srt))
    assert raw.text == "Intervjuer: Og nå?\n\n[Amira]: Nå jobber jeg.\n\nInterviewer: Bra."
    assert [(t.speaker, raw.text[t.start:t.end]) for t in raw.turns] == [
        ("I", "Og nå?"), ("Amira", "Nå jobber jeg."), ("I", "Bra.")]
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nIntervjuer: Hei.\n\n00:00:02.000 --> 00:00:03.000\nAH: Hei.\n"
    assert read_transcript(write(tmp_path, "b.vtt", vtt)).text == "Intervjuer: Hei.\n\nAH: Hei."
