"""Taguette and the workbench, checked with Taguette's own code (synthetic data).

Taguette 1.5.2 is a test dependency: its codebook reader reads the CSV the workbench
writes, its exporters write the CSV codebook, the `.qdc` and the project file the
workbench reads, and its `extract` confirms which text each highlight offset points at.
Without Taguette installed these tests are skipped.
"""

from __future__ import annotations

import io
import logging

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Code
from workbench.io.codebooks.csv_format import read_codebook_csv, write_codebook_csv
from workbench.io.refi.qdc import read_qdc
from workbench.io.taguette import read_taguette
from workbench.store import Project
from workbench.store.taguette_file import read_taguette_rows

taguette = pytest.importorskip("taguette", reason="Taguette is a test dependency ([test] extra)")
from taguette import database  # noqa: E402
from taguette.database import models as M  # noqa: E402
from taguette.export import codebook_csv, codebook_xml  # noqa: E402
from taguette.extract import extract  # noqa: E402
from taguette.import_codebook import list_tags  # noqa: E402

logging.getLogger("alembic").setLevel(logging.WARNING)
logging.getLogger("taguette").setLevel(logging.WARNING)

CODES = [
    Code("network", "Nettverk", definition="Kontakter som kan føre til jobb.", keywords=["nettverk"]),
    Code("weak_ties", "Svake bånd", parent="network", when_to_use="Bekjente, ikke venner.",
         examples=["En venn av en venn."], patterns=[[{"LOWER": "bekjent"}]]),
    Code("dr", "Dr. Hansen-saken", parent="network"),
    Code("trust", "Tillit", colour="#aa0000"),
]

# Synthetic documents as Taguette stores them: HTML, entities, Norwegian letters, whitespace between blocks.
DOC_A = ("<p>I: Hvordan fikk du jobben?</p>\n<p>Mentee: Mentoren min kjente en leder &amp; "
         "hun ringte ham.</p>\n<p>I: Og språket?</p>\n<p>Mentee: Jeg tok norskkurs på "
         "<strong>Rosenhof</strong>.<br/>Det hjalp.</p>")
DOC_B = "<h1>Observasjon</h1><p>Møtet handlet om tillit – og om CV-en.</p>"


def _taguette_offsets(html: str, phrase: str) -> tuple[int, int]:
    """Byte offsets of `phrase` in the text of `html`, as Taguette counts them; checked with Taguette's extract."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html5lib")
    text = "".join(str(s) for s in soup.body.find_all(string=True))
    start = len(text[: text.index(phrase)].encode("utf-8"))
    end = start + len(phrase.encode("utf-8"))
    assert "".join(BeautifulSoup(extract(html, start, end), "html5lib").body.strings) == phrase
    return start, end


@pytest.fixture
def taguette_file(tmp_path):
    """A project made with Taguette's models, exported with Taguette's own project export."""
    src = database.connect(f"sqlite:///{tmp_path / 'taguette.sqlite3'}")()
    src.add(M.User(login="admin"))
    project = M.Project(name="Mentorprogram", description="Syntetisk prosjekt for tester.")
    src.add(project)
    docs = [M.Document(name=name, description=desc, filename=f"{name}.html", project=project,
                       text_direction=M.TextDirection.LEFT_TO_RIGHT, contents=html)
            for name, desc, html in (("P01", "Første intervju.", DOC_A), ("Obs", "", DOC_B))]
    src.add_all(docs)
    tags = {path: M.Tag(project=project, path=path, description=desc) for path, desc in (
        ("nettverk", "Kontakter."), ("nettverk.svake bånd", "Bekjente."), ("språk", ""), ("Dr. Hansen", ""))}
    src.add_all(tags.values())
    src.commit()
    for doc, html, phrase, tag_paths in (
        (docs[0], DOC_A, "Mentoren min kjente en leder & hun ringte ham.", ["nettverk", "nettverk.svake bånd"]),
        (docs[0], DOC_A, "norskkurs på Rosenhof.Det hjalp", ["språk"]),
        (docs[1], DOC_B, "tillit – og om CV-en", ["Dr. Hansen"]),
    ):
        start, end = _taguette_offsets(html, phrase)
        src.add(M.Highlight(document=doc, start_offset=start, end_offset=end, snippet=extract(html, start, end),
                            tags=[tags[p] for p in tag_paths]))
    src.commit()
    out = tmp_path / "2026-12-03_mentorprogram.sqlite3"
    dest = database.connect(f"sqlite:///{out}")()
    dest.add(M.User(login="admin"))
    dest.commit()
    database.copy_project(src, dest, project.id, "admin")
    dest.commit()
    return out, src, project


def test_taguette_reads_the_codebook_the_workbench_writes(tmp_path):
    path = tmp_path / "codebook.csv"
    write_codebook_csv(CODES, path)
    with open(path, "rb") as fh:
        tags = list_tags(fh)  # Taguette's own codebook import
    described = {t["path"]: t["description"] for t in tags}
    assert list(described) == ["Nettverk", "Nettverk.Dr. Hansen-saken", "Nettverk.Svake bånd", "Tillit"]
    assert described["Nettverk"] == "Kontakter som kan føre til jobb."
    assert described["Nettverk.Svake bånd"] == "Bruk når: Bekjente, ikke venner.\n\nEksempler:\n- En venn av en venn."
    assert described["Tillit"] == ""


def test_the_workbench_reads_back_its_csv_codebook_whole(tmp_path):
    path = tmp_path / "codebook.csv"
    write_codebook_csv(CODES, path)
    back = {c.path: c for c in read_codebook_csv(path)}
    assert list(back) == ["network", "trust", "network/weak_ties", "network/dr"]
    weak = back["network/weak_ties"]
    assert (weak.label, weak.when_to_use, weak.examples, weak.patterns) == \
        ("Svake bånd", "Bekjente, ikke venner.", ["En venn av en venn."], [[{"LOWER": "bekjent"}]])
    assert back["network"].keywords == ["nettverk"] and back["network/dr"].label == "Dr. Hansen-saken"


def test_the_workbench_reads_taguettes_codebook_exports(taguette_file, tmp_path):
    _path, src, project = taguette_file
    tags = src.query(M.Tag).filter(M.Tag.project_id == project.id).order_by(M.Tag.path).all()
    csv_path, qdc_path = tmp_path / "taguette.csv", tmp_path / "taguette.qdc"
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        codebook_csv(tags, fh)
    codebook_xml(tags, str(qdc_path))
    from_csv = {c.path: c for c in read_codebook_csv(csv_path)}
    assert set(from_csv) == {"dr_hansen", "nettverk", "nettverk/svake_band", "sprak"}
    assert from_csv["nettverk/svake_band"].label == "svake bånd" and from_csv["nettverk"].definition == "Kontakter."
    from_qdc = read_qdc(qdc_path)  # Taguette's .qdc: flat, upper-case GUIDs, no descriptions
    assert sorted(c.label for c in from_qdc) == ["Dr. Hansen", "nettverk", "nettverk.svake bånd", "språk"]


def test_a_taguette_project_file_comes_in_with_positions_mapped(taguette_file, tmp_path):
    path, _src, _project = taguette_file
    content = read_taguette(read_taguette_rows(path), str(path), coder="kari")
    assert content.warnings == []
    assert any("3 highlights mapped" in n and "3 of 3 match" in n for n in content.notes)
    with Project.open(tmp_path / "p.db") as project:
        result = project.import_bundle(content.bundle, "kari", source=str(path))
        assert (result.codes_added, result.codings_added) == (4, 4)
        assert project.setting("name") == "Mentorprogram"
        assert project.setting("description") == "Syntetisk prosjekt for tester."
        texts = {(c["document"], c["code"]): project.document(c["document"]).text[c["start"]:c["end"]]
                 for c in project.codings()}
        assert texts == {
            ("P01", "nettverk"): "Mentoren min kjente en leder & hun ringte ham.",
            ("P01", "nettverk/svake_band"): "Mentoren min kjente en leder & hun ringte ham.",
            ("P01", "sprak"): "norskkurs på Rosenhof.\nDet hjalp",
            ("Obs", "dr_hansen"): "tillit – og om CV-en",
        }
        assert project.document("P01").text.startswith("I: Hvordan fikk du jobben?\n\nMentee: Mentoren")
        assert {c["coder"] for c in project.codings()} == {"kari"}
        memos = project.query("SELECT text FROM memos")
        assert [m["text"] for m in memos] == ["Første intervju."]


def test_importing_a_taguette_project_via_the_cli_twice_adds_nothing(taguette_file, tmp_path, monkeypatch):
    path, _src, _project = taguette_file
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    db = str(tmp_path / "p.db")
    assert runner.invoke(main, ["--db", db, "init"]).exit_code == 0
    first = runner.invoke(main, ["--db", db, "--coder", "kari", "import", str(path)])
    assert first.exit_code == 0, first.output
    assert "3 highlights mapped" in first.output and "3 of 3 match" in first.output
    again = runner.invoke(main, ["--db", db, "--coder", "kari", "import", str(path)])
    assert again.exit_code == 0, again.output
    with Project.open(tmp_path / "p.db") as project:
        assert len(project.codings()) == 4 and len(project.documents()) == 2


def test_codebook_csv_through_the_cli_and_back_adds_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    db = str(tmp_path / "p.db")
    with Project.open(tmp_path / "p.db") as project:
        project.import_codebook(CODES)
    out = runner.invoke(main, ["--db", db, "codebook", "export", "codebook.csv"])
    assert out.exit_code == 0, out.output
    # the file as it comes back from Taguette's own CSV export: the workbench column is gone, keys with it
    with open(tmp_path / "exports" / "codebook.csv", "rb") as fh:
        tags = list_tags(fh)

    class Tag:  # what codebook_csv needs from Taguette's Tag rows
        def __init__(self, t):
            self.path, self.description, self.highlights_count, self.documents_count = t["path"], t["description"], 0, 0

    buf = io.StringIO()
    codebook_csv([Tag(t) for t in tags], buf)
    (tmp_path / "from_taguette.csv").write_text(buf.getvalue(), encoding="utf-8")
    back = runner.invoke(main, ["--db", db, "codebook", "import", "from_taguette.csv"])
    assert back.exit_code == 0, back.output
    assert "0 codes added" in back.output
    with Project.open(tmp_path / "p.db") as project:
        codes = {c.path: c for c in project.codes()}
        assert sorted(codes) == ["network", "network/dr", "network/weak_ties", "trust"]
        assert codes["network"].keywords == ["nettverk"]  # Taguette did not carry them; they are not wiped
        assert codes["network/weak_ties"].patterns == [[{"LOWER": "bekjent"}]]
        assert codes["trust"].colour == "#aa0000"


@pytest.mark.parametrize("data, reason", [
    (b"not a database", "not a Taguette project file"),
    (None, "no table 'projects'"),
])
def test_files_that_are_not_taguette_projects_are_refused(tmp_path, data, reason):
    from workbench.core.errors import InputError

    path = tmp_path / "x.sqlite3"
    if data is None:
        Project.open(path).close()  # a workbench project is SQLite too
    else:
        path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_taguette(read_taguette_rows(path), str(path), "kari")
    assert reason in err.value.reason
