"""A line that starts like a speaker with a name (`Leder Ola:`, `Kari (mentor):`) but is read as
text of the turn before gets an import warning even when it occurs once.

Found on a new user's walk of issue 10: in a group interview `Leder Ola:` (a role word the
workbench does not know, and a name) started one turn; the programme leader's words became the
mentee's before them, and import said nothing (a form it does not read was only reported from
its second line). Ordinary lines with a colon stay quiet. The transcripts are synthetic,
written for this test.
"""

from __future__ import annotations

from workbench.core.turns import uncounted_labels

GROUP = (
    "I: Hvordan har samarbeidet vært?\n\n"
    "Mentee: Det har vært bra.\n\n"
    "Leder Ola: Vi matcher etter bransje.\n\n"
    "Mentor: Ja, det har fungert.\n"
)


def test_a_role_word_and_a_name_once_is_reported():
    assert uncounted_labels(GROUP) == [(5, "Leder Ola")]


def test_a_name_with_a_role_in_brackets_once_is_reported():
    text = GROUP.replace("Leder Ola:", "Kari (programleder):")
    assert uncounted_labels(text) == [(5, "Kari (programleder)")]


def test_ordinary_lines_with_a_colon_stay_quiet():
    text = GROUP.replace("Leder Ola: Vi matcher etter bransje.",
                         "Det jeg mener er: vi matcher etter bransje.\nMerk: pause i opptaket.\n"
                         "Kl. 10: pause.\nJa Ola, sa hun: kom igjen.")
    assert uncounted_labels(text) == []


def test_import_names_the_line(tmp_path):
    from cli_support import run_cli

    db = tmp_path / "p.db"
    run_cli(db, "init")
    (tmp_path / "g.txt").write_text(GROUP, encoding="utf-8")
    out = run_cli(db, "import", str(tmp_path / "g.txt"), "--participant", "G1", "--role", "mentee", "--mode", "gruppe")
    assert "line 5: 'Leder Ola:': read as text of the turn before, not as a speaker label" in out
    assert "such as [Leder Ola]:" in out  # the whole name in brackets, not the role word alone
