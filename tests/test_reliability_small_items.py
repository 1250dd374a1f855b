"""The smaller items of issue 15: mixed encodings, `demo --db`, `matrix` without `--search`,
`search -jobb`, and a killed bulk import that has already said what it committed.

Transcript text is synthetic.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.io.transcripts.readers import decode_text
from workbench.store import Project

UTF8 = "Jeg går til jobben, og mentoren min er på kontoret. Vi snakker om søknaden.\n"


def run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def test_mixed_utf8_with_stray_bytes_is_not_read_as_latin1():
    data = UTF8.encode() * 4 + b"Hun sa det g" + "år".encode("cp1252") + b" fint.\n"
    text, encoding = decode_text(data, "x.txt")
    assert "går til jobben" in text and "Ã" not in text
    assert text.endswith("Hun sa det går fint.\n")
    assert encoding == "utf-8 (1 stray bytes read as cp1252, first on line 5)"


def test_a_whole_cp1252_file_is_still_cp1252():
    text, encoding = decode_text(UTF8.encode("cp1252") * 3, "x.txt")
    assert encoding == "cp1252" or encoding == "latin-1"
    assert text == UTF8 * 3


def test_importing_mixed_encodings_warns_with_the_line(project, tmp_path):
    source = tmp_path / "blandet.txt"
    source.write_bytes(("Mentee: " + UTF8).encode() * 3 + b"Mentee: Det g\xe5r bra.\n")
    result = run(project.path, "import", str(source))
    assert result.exit_code == 0, result.output
    assert "warning:" in result.stderr and "mixed encodings" in result.stderr and "line 4" in result.stderr
    assert "Det går bra." in project.document("blandet", with_segments=False).text


def test_importing_a_file_that_is_not_utf8_says_how_it_was_read(project, tmp_path):
    source = tmp_path / "gammel.txt"
    source.write_bytes(("Mentee: " + UTF8).encode("cp1252") * 2)
    result = run(project.path, "import", str(source))
    assert result.exit_code == 0, result.output
    assert "not UTF-8: read as cp1252" in result.stdout or "not UTF-8: read as latin-1" in result.stdout
    utf8 = tmp_path / "ny.txt"
    utf8.write_text("Mentee: " + UTF8, encoding="utf-8")
    assert "not UTF-8" not in run(project.path, "import", str(utf8)).output


def test_demo_accepts_db_after_the_command(tmp_path):
    target = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(target), "--no-tui"])
    assert result.exit_code == 0, result.output
    assert str(target) in result.output and target.is_file()


def test_matrix_has_no_search_option_it_would_ignore(project):
    result = run(project.path, "matrix", "--by", "wave", "--search", "jobb")
    assert result.exit_code == 2 and "No such option '--search'" in result.stderr
    assert "--search" in run(project.path, "quotes", "--help").output


def test_search_for_a_word_starting_with_a_hyphen(project):
    for args in (["search", "-mentoren"], ["search", "--", "-mentoren"], ["search", "--limit", "5", "-mentoren"]):
        result = run(project.path, *args)
        assert result.exit_code == 0, (args, result.output)
        assert "«Mentoren»" in result.output
    hyphenated = run(project.path, "search", "norsk-kurs")
    assert hyphenated.exit_code == 0 and "no such column" not in hyphenated.output + hyphenated.stderr


def test_a_killed_bulk_import_has_said_which_files_are_in(tmp_path):
    db = tmp_path / "p.db"
    assert run(db, "init").exit_code == 0
    folder = tmp_path / "t"
    folder.mkdir()
    files = []
    for n in range(200):
        path = folder / f"P{n:03d}.txt"
        path.write_text("".join(f"I: Spørsmål {n} {k}?\n\nMentee: Svar nummer {n} {k}. " * 3 + "\n\n"
                                for k in range(40)), encoding="utf-8")
        files.append(str(path))
    proc = subprocess.Popen([sys.executable, "-m", "workbench.cli", "--db", str(db), "import", *files],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    said = []
    for line in proc.stdout:
        if line.startswith("imported "):
            said.append(line.split()[1])
        if len(said) >= 3:
            break
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert len(said) >= 3
    with Project.open(db, create=False) as p:
        stored = {d["name"] for d in p.documents()}
    assert {Path(f).stem for f in said} <= stored
    assert len(stored) < len(files), "the import finished before it was killed: nothing tested"
