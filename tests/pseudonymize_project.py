"""Set-up shared by the pseudonymisation output tests: one synthetic transcript in a project.

The exports test and the organisation-rules test each build a project around one
transcript, code sentences of it and run CLI commands; only the text, codes and codings differ.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.core.models import Code, Document, Participant
from workbench.store import Project
from tests.conftest import sample_segments


def span(text: str, sentence: str) -> tuple[int, int]:
    """(start, end) of `sentence` in `text`."""
    start = text.index(sentence)
    return start, start + len(sentence)


def one_transcript(tmp_path: Path, text: str, codes: list[Code], name: str, sha256: str,
                   participant: Participant, wave: str) -> tuple[Project, int]:
    """A project at tmp_path/p.db with the codebook and one document of `text` (segmented like
    the samples) by `participant` in `wave`; the project and the document's id."""
    p = Project.open(tmp_path / "p.db")
    p.import_codebook(codes)
    p.add_document(Document(name, text, sha256=sha256, participant=participant.id, wave=wave,
                            segments=sample_segments(text)), participant)
    return p, p.resolve_document(name)


def run(proj: Project, *args: str) -> str:
    """The CLI's output for `args` on proj (with a blank spaCy model); it must succeed."""
    result = CliRunner().invoke(main, ["--db", str(proj.path), "--spacy-model", "blank:none", *args])
    assert result.exit_code == 0, result.output
    return result.output
