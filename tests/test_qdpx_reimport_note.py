"""Importing a .qdpx whose participants the project already has says how many of them are new:
before, a second import of the same file said "15 participants" though none was added. The
transcript is synthetic, written for this test."""

from __future__ import annotations

from cli_support import run_cli

# SYNTHETIC: written for this test.
TEXT = "I: Hva har du lært?\n\nMentee: Jeg har lært mye om nettverk.\n\nI: Takk.\n\nMentee: Takk selv.\n"


def test_a_second_import_says_no_participant_is_new(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    run_cli(a, "init")
    run_cli(a, "import", str(tmp_path / "t.txt"), "--participant", "P01", "--role", "mentee")
    run_cli(a, "export", "qdpx", "--out", str(tmp_path / "a.qdpx"))
    run_cli(b, "init")
    first = run_cli(b, "import", str(tmp_path / "a.qdpx"))
    assert "; 1 participant; " in first  # all of them new: said as before
    second = run_cli(b, "import", str(tmp_path / "a.qdpx"))
    assert "; 1 participant (0 new); " in second
