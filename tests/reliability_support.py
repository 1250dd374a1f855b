"""What the fault-injection tests share: running the CLI on a project file, the one-line error
they all expect, and a small synthetic project to damage (test_reliability_edges,
test_reliability_os)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Code, Document, Participant
from workbench.core.segmenter import split_segments
from workbench.core.turns import parse_turns
from workbench.store import Project

from conftest import SAMPLE_TEXT


def run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def assert_one_line(result, *words: str) -> str:
    """The command failed with exactly one `error:` line on stderr containing `words`."""
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert "Traceback" not in result.output + result.stderr
    for word in words:
        assert word.lower() in errors[0].lower(), errors[0]
    return errors[0]


def make_project(path: Path, text: str = SAMPLE_TEXT) -> Path:
    with Project.open(path) as p:
        p.import_codebook([Code("competence", "Kompetanse"), Code("formal", "Formell", parent="competence"),
                           Code("network", "Nettverk")])
        p.add_document(Document("P01", text, sha256="x", participant="P01", wave="baseline",
                                segments=split_segments(text, parse_turns(text))),
                       Participant("P01", "mentee", "master"))
        p.add_coding("P01", 0, 10, "network", "kari", memo="første")
    return path


def codings(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM codings").fetchone()[0]
