"""Hostile and broken input: every importer answers with one clear error line, never a traceback.

Random bytes, truncated and bit-flipped DOCX/ODT zips, mangled YAML and XML, entity
attacks, zip-slip archives, malformed CSV and full-text queries. What the other
engineers' own tests already cover (random bytes per transcript format, random YAML
structures, random .qdc bytes) is not repeated here.
"""

from __future__ import annotations

import io
import os
import stat
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.errors import InputError, InputErrors
from workbench.io.codebooks.yaml_format import load_codebook_text
from workbench.io.refi.qdc import read_qdc, write_qdc
from workbench.io.transcripts.readers import read_transcript
from workbench.store import SearchError

from conftest import REPO

FIXTURE_OK = [HealthCheck.function_scoped_fixture]
SECRET = "HEMMELIG-PASSORD-42"


def one_line(exc: BaseException) -> None:
    """One line per fault: several bad rows of one file (InputErrors) are one line each."""
    for fault in exc.errors if isinstance(exc, InputErrors) else [exc]:
        assert "\n" not in str(fault) and str(fault).strip()
    assert len(str(exc).splitlines()) == len(getattr(exc, "errors", [exc]))


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    for line in ("I: Hvordan fikk du jobben?", "Mentee: Mentoren min ringte en leder.", "I: Og så?"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def odt_bytes() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for line in ("I: Hvordan gikk det?", "Mentee: Det gikk bra."):
        document.text.addElement(P(text=line))
    buf = io.BytesIO()
    document.write(buf)
    return buf.getvalue()


DOCX, ODT = docx_bytes(), odt_bytes()


def rezip(original: bytes, part: str, transform) -> bytes:
    """A copy of a zip with one member's text changed."""
    src = zipfile.ZipFile(io.BytesIO(original))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, transform(data.decode("utf-8")) if info.filename == part else data)
    return out.getvalue()


def read_or_error(path: Path) -> str | None:
    """The text read, or None after checking the InputError is one line."""
    try:
        return read_transcript(path).text
    except InputError as exc:
        one_line(exc)
        return None


# --- transcripts: truncated and damaged office files ---------------------------------


@given(kind=st.sampled_from(["docx", "odt"]), cut=st.floats(0.0, 0.999))
@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_OK)
def test_truncated_office_files_give_one_error_line(tmp_path, kind, cut):
    data = DOCX if kind == "docx" else ODT
    path = tmp_path / f"cut.{kind}"
    path.write_bytes(data[: int(len(data) * cut)])
    assert read_or_error(path) is None  # a zip without its central directory is never accepted


@given(kind=st.sampled_from(["docx", "odt"]), flips=st.lists(st.tuples(st.floats(0, 0.999), st.integers(1, 255)),
                                                              min_size=1, max_size=8))
@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_OK)
def test_bit_flipped_office_files_give_text_or_one_error_line(tmp_path, kind, flips):
    data = bytearray(DOCX if kind == "docx" else ODT)
    for where, mask in flips:
        data[int(len(data) * where)] ^= mask
    path = tmp_path / f"flipped.{kind}"
    path.write_bytes(bytes(data))
    read_or_error(path)


BILLION_LAUGHS = (
    '<!DOCTYPE r [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
    '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>'
)


def external_entity(secret_file: Path) -> str:
    return f'<!DOCTYPE r [<!ENTITY x SYSTEM "{secret_file.as_uri()}">]>'


def attack(xml: str, dtd: str, marker: str, entity: str) -> str:
    """Insert a DTD after the XML declaration and an entity reference in place of `marker`."""
    head, _, rest = xml.partition("?>")
    return head + "?>" + dtd + rest.replace(marker, marker + entity, 1)


@pytest.mark.parametrize("kind", ["billion_laughs", "external_entity"])
@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_entity_attacks_in_office_files_are_refused(tmp_path, kind, fmt):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    dtd, ref = (BILLION_LAUGHS, "&h;") if kind == "billion_laughs" else (external_entity(secret), "&x;")
    if fmt == "docx":
        data = rezip(DOCX, "word/document.xml", lambda x: attack(x, dtd, "Mentoren", ref))
    else:
        data = rezip(ODT, "content.xml", lambda x: attack(x, dtd, "Det gikk", ref))
    path = tmp_path / f"attack.{fmt}"
    path.write_bytes(data)
    started = time.perf_counter()
    with pytest.raises(InputError) as info:
        read_transcript(path)
    one_line(info.value)
    assert time.perf_counter() - started < 2  # refused up front, not after expanding
    assert SECRET not in str(info.value)


# --- codebooks: mangled YAML, unsafe tags, malformed and hostile XML ---------------------

def small_real_codebook() -> str:
    from workbench.io.codebooks.yaml_format import dump_codebook

    codes = load_codebook_text((REPO / "codebooks" / "mentoring.yaml").read_text(encoding="utf-8"), "mentoring.yaml")
    return dump_codebook(codes[:3])


SMALL_YAML = small_real_codebook()


@given(st.data())
@settings(max_examples=30, deadline=None)
def test_mangled_real_codebook_gives_codes_or_one_error_line(data):
    text = SMALL_YAML
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 40))
        insert = data.draw(st.sampled_from(["", ":", "- ", "  ", "\t", "{", "[", "'", '"', "&a", "*a", "!!str", "\n", "#"]))
        text = text[:at] + insert + text[at + cut:]
    try:
        load_codebook_text(text, "mangled.yaml")
    except InputError as exc:
        one_line(exc)


@pytest.mark.parametrize("tag", [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
    "!!python/name:os.system",
    "!!binary aGVp",
    "!custom x",
])
def test_yaml_tags_never_build_objects(tag, tmp_path):
    marker = tmp_path / "pwned"
    try:
        codes = load_codebook_text(f"codes:\n  - key: a\n    label: {tag.format(marker=marker)}\n", "tags.yaml")
    except InputError as exc:
        one_line(exc)
    else:
        assert all(type(c.label) is str for c in codes)  # a tag is only ever read as plain text
    assert not marker.exists()


def sample_qdc() -> bytes:
    from workbench.core.models import Code

    buf = io.BytesIO()
    write_qdc([Code("network", "Nettverk"), Code("weak_ties", "Svake bånd", parent="network",
                                                   definition="Bekjente som åpner dører")], buf)
    return buf.getvalue()


QDC = sample_qdc()


@given(st.data())
@settings(max_examples=50, deadline=None)
def test_mangled_qdc_gives_codes_or_one_error_line(data):
    xml = QDC
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(xml)))
        cut = data.draw(st.integers(0, 30))
        insert = data.draw(st.sampled_from([b"", b"<", b">", b"/>", b"</Code>", b"<Code>", b'"', b"&", b"&amp;",
                                            b"\x00", b"\xff", b"guid=\"x\"", b"<!--"]))
        xml = xml[:at] + insert + xml[at + cut:]
    try:
        read_qdc(io.BytesIO(xml))
    except InputError as exc:
        one_line(exc)


@pytest.mark.parametrize("dtd", [
    '<!DOCTYPE CodeBook SYSTEM "http://example.invalid/codebook.dtd">',
    '<!DOCTYPE CodeBook [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]>',
])
def test_qdc_external_dtds_are_not_fetched(dtd, block_network):
    head, _, rest = QDC.decode("utf-8").partition("?>")
    try:
        read_qdc(io.BytesIO((head + "?>" + dtd + rest).encode("utf-8")))
    except InputError as exc:
        one_line(exc)
    assert block_network == []  # no connection was even attempted


@pytest.fixture
def block_network(monkeypatch):
    """Record and refuse every attempt to open a connection or resolve a name."""
    import socket

    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise OSError("network access attempted in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


# --- manifest and codings CSV ----------------------------------------------------------


@given(data=st.binary(max_size=600))
@settings(max_examples=50, deadline=None, suppress_health_check=FIXTURE_OK)
def test_random_manifest_bytes_give_rows_or_one_error_line(tmp_path, data):
    from workbench.io.transcripts.manifest import read_manifest

    path = tmp_path / "manifest.csv"
    path.write_bytes(b"file,participant,role,wave\n" + data)
    try:
        read_manifest(path)
    except InputError as exc:
        one_line(exc)


@given(data=st.binary(max_size=400))
@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
def test_random_codings_csv_gives_codings_or_one_error_line(project, tmp_path, data):
    from workbench.io.codings_csv import read_codings_csv

    path = tmp_path / "codings.csv"
    path.write_bytes(b"document,coder,code,start,end,memo\n" + data)
    try:
        read_codings_csv(path, project, "kari")
    except InputError as exc:
        one_line(exc)


def test_oversized_csv_field_is_an_input_error(project, tmp_path):
    from workbench.io.codings_csv import read_codings_csv

    path = tmp_path / "huge.csv"
    path.write_bytes(b"document,code,start,end\n" + b"x" * 200_000 + b",network,0,5\n")
    with pytest.raises(InputError, match="malformed CSV"):
        read_codings_csv(path, project, "kari")


# --- full-text search: arbitrary query strings -------------------------------------------

FTS_PIECES = st.sampled_from(['"', "*", "(", ")", ":", "^", "+", "-", "NEAR", "NEAR(", "AND", "OR", "NOT", " ",
                              "{", "}", ",", "'", "\\", "\x00", "\udcff", "mentor", "jobb", "æøå", "text:", "%", ";"])


@given(st.lists(st.one_of(FTS_PIECES, st.text(max_size=4)), max_size=12).map("".join))
@settings(max_examples=100, deadline=None, suppress_health_check=FIXTURE_OK)
def test_any_search_string_gives_hits_or_a_search_error(project, query):
    try:
        hits = project.search(query)
    except SearchError as exc:
        one_line(exc)
    else:
        assert isinstance(hits, list)


def test_search_input_is_never_sql(project):
    before = project.query("SELECT count(*) AS n FROM codings")[0]["n"]
    for query in ("'; DROP TABLE codings; --", '") OR 1=1 --', "x' UNION SELECT text FROM documents --"):
        with pytest.raises(SearchError):
            project.search(query)
    assert project.query("SELECT count(*) AS n FROM codings")[0]["n"] == before


# --- the CLI: a folder of junk gives one error line per file -------------------------------


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """Run `workbench --db tmp/p.db ARGS...` in-process; the umask the CLI sets is put back after."""
    from click.testing import CliRunner

    from workbench.cli import main

    monkeypatch.setenv("WORKBENCH_CODER", "kari")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old_umask = os.umask(0o022)
    runner = CliRunner()
    yield lambda *args: runner.invoke(main, ["--db", str(tmp_path / "p.db"), *args])
    os.umask(old_umask)


def assert_one_error_line(result) -> None:
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr


def test_import_command_reports_each_bad_file_in_one_line(tmp_path, cli):
    junk = {
        "random.txt": os.urandom(2000).replace(b"\n", b""),
        "truncated.docx": DOCX[: len(DOCX) // 2],
        "laughs.docx": rezip(DOCX, "word/document.xml", lambda x: attack(x, BILLION_LAUGHS, "Mentoren", "&h;")),
        "empty.odt": b"",
        "pdf.md": b"%PDF-1.4 binary",
        "good.txt": b"I: Hei.\n\nMentee: Hallo, jeg fikk jobb.\n",
    }
    for name, data in junk.items():
        (tmp_path / name).write_bytes(data)
    assert cli("init").exit_code == 0
    result = cli("import", *[str(tmp_path / n) for n in junk])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    errors = result.stderr.strip().splitlines()
    assert all(e.startswith("error: ") for e in errors)
    assert len(errors) >= 4  # random.txt may decode as Latin-1 text and be imported
    assert "good.txt" in result.stdout


@pytest.mark.parametrize("content, suffix", [
    (b"codes:\n  - key: a\n    label: [unclosed\n", ".yaml"),
    (b"\xff\xfe\x00garbage", ".yaml"),
    (b"<?xml version='1.0'?><CodeBook><Codes><Code name='x'", ".qdc"),
    (b"<?xml version='1.0'?>" + BILLION_LAUGHS.encode() + b"<CodeBook>&h;</CodeBook>", ".qdc"),
])
def test_codebook_import_command_gives_one_error_line(tmp_path, cli, content, suffix):
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    assert_one_error_line(cli("codebook", "import", str(path)))


def test_non_utf8_arguments_give_one_error_line(cli):
    assert cli("init").exit_code == 0
    for args in (["search", b"\xff".decode("utf-8", "surrogateescape")],
                 ["text", b"P\xf801".decode("utf-8", "surrogateescape")],
                 ["--coder", b"\xe6".decode("utf-8", "surrogateescape"), "undo"]):
        assert_one_error_line(cli(*args))


def test_files_written_by_the_cli_are_private(tmp_path, cli):
    steps = [
        ("init", "--codebook", str(REPO / "codebooks" / "mentoring.yaml")),
        ("codebook", "export", str(tmp_path / "book.qdc")),
        ("codebook", "export", str(tmp_path / "book.yaml")),
        ("codings", "export", str(tmp_path / "codings.csv")),
        ("backup", "--out", str(tmp_path / "copy.db")),
    ]
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, result.output
    for name in ("p.db", "p.db-wal", "book.qdc", "book.yaml", "codings.csv", "copy.db"):
        path = tmp_path / name
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, name


def test_search_hits_come_in_document_and_text_order(project):
    from workbench.core.models import Document, Participant

    from conftest import SAMPLE_TEXT, sample_segments

    second = SAMPLE_TEXT.replace("Mentoren", "Mentoren hennes")
    project.add_document(Document("P02-nullpunkt", second, sha256="second", segments=sample_segments(second)),
                         Participant("P02", "mentee"))
    hits = project.search("mentoren OR norskkurs OR jobben")
    keys = [(h["document_id"], h["offset"]) for h in hits]
    assert len({k[0] for k in keys}) == 2 and keys == sorted(keys)
