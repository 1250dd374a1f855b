"""What the command-line tests share: one run of `workbench` on a test project, offline.

The runs use the blank spaCy pipeline (`blank:none`), so no test needs the Norwegian model,
and coder `kari`, so codings have a known owner.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main


def run_cli(db: Path, *args: str) -> str:
    """Run `workbench --db DB ARGS…` as kari; its output, after asserting it exited 0."""
    result = CliRunner().invoke(main, ["--db", str(db), "--coder", "kari", "--spacy-model", "blank:none", *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output
