"""What `speakers set` and `speakers label` print. `speakers set DOC LABEL --participant P` printed
"Mentor = -, M9": a dash for the role the map entry leaves out, though `speakers DOC` lists the
label with its participant's role. The line now names the label, its role and its participant in
words, as the listing resolves them. The transcript is synthetic, written for this test."""

from __future__ import annotations

import json

from cli_support import run_cli

# SYNTHETIC: written for this test; a mentee's interview where the mentor speaks too.
TEXT = ("I: Hvordan gikk det første møtet?\n\n"
        "Mentee: Vi snakket om søknader.\n\n"
        "Mentor: Jeg ga henne noen navn å ringe.\n")


def _project(tmp_path):
    path = tmp_path / "p.db"
    (tmp_path / "p01.txt").write_text(TEXT, encoding="utf-8")
    run_cli(path, "init")
    run_cli(path, "import", str(tmp_path / "p01.txt"), "--name", "P01", "--participant", "P01",
            "--role", "mentee", "--wave", "baseline")
    (tmp_path / "m9.txt").write_text("I: Hva gjorde du?\n\nMentor: Jeg lyttet mest.\n", encoding="utf-8")
    run_cli(path, "import", str(tmp_path / "m9.txt"), "--name", "M9", "--participant", "M9",
            "--role", "mentor", "--wave", "baseline")  # M9's own interview: their role is mentor
    return path


def _listed(path, label: str) -> tuple[str, str | None]:
    row = next(r for r in json.loads(run_cli(path, "speakers", "P01", "--json")) if r["label"] == label)
    return row["role"], row["participant"]


def test_a_participant_alone_prints_the_role_the_listing_shows(tmp_path):
    path = _project(tmp_path)
    out = run_cli(path, "speakers", "set", "P01", "Mentor", "--participant", "M9")
    assert "= -" not in out
    assert out == "P01: Mentor: role mentor (participant M9's role), participant M9\n"
    assert _listed(path, "Mentor") == ("mentor", "M9")


def test_a_role_alone_and_the_interviewer_say_there_is_no_participant(tmp_path):
    path = _project(tmp_path)
    assert run_cli(path, "speakers", "set", "P01", "I", "--role", "interviewer") == \
        "P01: I: role interviewer, no participant\n"
    assert _listed(path, "I") == ("interviewer", None)


def test_project_labels_print_a_sentence_and_clearing_one_says_so(tmp_path):
    path = _project(tmp_path)
    assert run_cli(path, "speakers", "label", "Leder", "--role", "programleder") == \
        "Leder: role programleder in every group interview\n"
    assert run_cli(path, "speakers", "label", "Leder", "--clear") == "Leder: removed from the project's labels\n"
    assert json.loads(run_cli(path, "speakers", "labels", "--json")) == []


def test_a_document_given_by_number_is_named_in_the_line(tmp_path):
    path = _project(tmp_path)
    assert run_cli(path, "speakers", "set", "1", "Mentor", "--participant", "M9") == (
        "P01: Mentor: role mentor (participant M9's role), participant M9\n")
    assert run_cli(path, "speakers", "set", "1", "Mentor", "--clear") == "P01: Mentor back to the defaults\n"
