"""A label of a role word and a first name (`Mentor Kari:`) is a speaker label: role mentor, the
whole label (name included) telling two mentors apart. The name identifies a person, so a
pseudonymised report, `quotes --pseudonymize` and an anonymised `.qdpx` never print it.
The transcript is synthetic, written for this test; the names belong to nobody.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from workbench.core.models import Code
from workbench.core.speakers import label_default_role
from workbench.core.turns import find_label, label_word, parse_turns, uncounted_labels
from workbench.store import Project
from cli_support import run_cli


# SYNTHETIC: written for this test.
TEXT = (
    "I: Hvordan har samarbeidet vært?\n\n"
    "Mentee: Hun har hjulpet meg mye med CV-en og søknadene.\n\n"
    "Mentor Kari: Vi har jobbet med søknader hver uke siden august.\n\n"
    "Mentee: Ja, og hun ringte en bedrift for meg.\n\n"
    "Mentor Kari: Det var en tidligere kollega av meg.\n"
)


@pytest.mark.parametrize("line, speaker", [
    ("Mentor Kari: Vi har jobbet med søknader.", "Mentor Kari"),
    ("Programleder Ola: Vi matcher på fagfelt.", "Programleder Ola"),
    ("**Mentee Amina:** Jeg fikk jobb.", "Mentee Amina"),
    ("[00:01:02] Mentor Jon-Erik: Ja.", "Mentor Jon-Erik"),
    ("Mentor [X]: Vi har jobbet med søknader.", "Mentor X"),  # as a pseudonymised file writes it
    ("Mentor [Person 2]: Ja.", "Mentor Person 2"),
    ("Mentor kari: ja", None), ("Kollega Kari: ja", None), ("I Oslo: det var fint", None),
])
def test_a_role_word_and_a_name_is_a_label(line, speaker):
    found = find_label(line)
    assert (found.speaker if found else None) == speaker
    if found:
        assert found.kind == "known"


def test_the_role_comes_from_the_role_word_and_the_name_is_the_labels_word():
    assert [label_default_role(lb) for lb in ("Mentor Kari", "Programleder Ola", "Mentee Person 2",
                                              "Intervjuer Ola", "Deltaker Kari", "Kari")] == [
        "mentor", "programleder", "mentee", "interviewer", None, None]
    line = "Mentor Kari: Vi har jobbet."
    start, end, bracketed = label_word(line)
    assert (line[start:end], bracketed) == ("Kari", False)
    assert [t.speaker for t in parse_turns(TEXT)] == ["I", "Mentee", "Mentor Kari", "Mentee", "Mentor Kari"]
    assert uncounted_labels(TEXT) == []  # no longer warned about as an unread label form


@pytest.fixture
def db(tmp_path) -> Path:
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "p.db"
    run_cli(path, "init")
    with Project.open(path) as p:
        p.import_codebook([Code("network", "Nettverk"), Code("signalling", "Signalisering")])
    run_cli(path, "import", str(tmp_path / "t.txt"), "--name", "P02-null", "--participant", "P02", "--role", "mentee",
         "--wave", "baseline")
    with Project.open(path) as p:
        text = p.document("P02-null").text
        start = text.index("Ja, og hun ringte")
        p.add_coding("P02-null", start, text.index("kollega av meg.") + len("kollega av meg."), "network", "kari")
        start = text.index("Vi har jobbet")
        p.add_coding("P02-null", start, start + len("Vi har jobbet med søknader"), "signalling", "kari")
    return path


def test_speakers_and_quotes_give_the_mentor_their_role(db):
    rows = {r["label"]: (r["role"], r["participant"], r["source"])
            for r in json.loads(run_cli(db, "speakers", "P02-null", "--json"))}
    assert rows["Mentor Kari"] == ("mentor", None, "label")
    assert rows["Mentee"] == ("mentee", "P02", "document")
    quotes = {q["code"]: q for q in json.loads(run_cli(db, "quotes", "--json"))}
    assert (quotes["signalling"]["speaker"], quotes["signalling"]["speaker_role"]) == ("Mentor Kari", "mentor")
    assert quotes["network"]["speaker_role"] == "mentee / mentor"


def test_no_pseudonymised_output_prints_the_name(db, tmp_path):
    run_cli(db, "export", "report", "--out", "r.md", "--dir", str(tmp_path))
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Kari" not in report
    assert "Mentor [X]: Det var en tidligere kollega av meg. (Mentee / Mentor)" in " ".join(report.split())
    quotes = json.loads(run_cli(db, "quotes", "--json", "--pseudonymize"))
    assert "Kari" not in json.dumps(quotes, ensure_ascii=False)
    assert {q["speaker"] for q in quotes} == {"Mentor X", "Mentee / Mentor X"}
    run_cli(db, "export", "codings", "--out", "c.csv", "--dir", str(tmp_path))
    assert "Kari" not in (tmp_path / "c.csv").read_text(encoding="utf-8")

    run_cli(db, "export", "qdpx", "--pseudonymize", "--out", "anon", "--dir", str(tmp_path))
    with zipfile.ZipFile(tmp_path / "anon.qdpx") as zf:
        assert not any("Kari" in zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    copy = tmp_path / "copy.db"
    run_cli(copy, "init")
    run_cli(copy, "import", str(tmp_path / "anon.qdpx"))
    rows = {r["label"]: (r["role"], r["participant"]) for r in json.loads(run_cli(copy, "speakers", "P02-null", "--json"))}
    assert rows["Mentor X"] == ("mentor", None)  # the anonymised label is still read as the mentor


# SYNTHETIC: two mentors named in full, written for this test.
FULL_NAMES = (
    "I: Hvordan gikk det?\n\n"
    "Mentee: Bra, Kari hjalp meg med søknadene.\n\n"
    "Mentor Kari Nordmann: Hun jobbet hardt hele høsten.\n\n"
    "Mentor Per Olav Hansen: Ja, det stemmer.\n\n"
    "Mentor Kari Nordmann: Og hun fikk jobb til slutt.\n"
)


def test_a_role_word_and_a_full_name_is_a_label_too_and_the_two_mentors_stay_apart_when_pseudonymised():
    """Before, `Mentor Kari Nordmann:` was read as text of the mentee's turn before (the mentor's words
    cited as the mentee's), with a warning that gave the wrong reason ('a name must start two lines')."""
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, replace_spans
    from workbench.io.pseudonymize.speakers import fix_label_replacements

    assert [t.speaker for t in parse_turns(FULL_NAMES)] == [
        "I", "Mentee", "Mentor Kari Nordmann", "Mentor Per Olav Hansen", "Mentor Kari Nordmann"]
    assert uncounted_labels(FULL_NAMES) == []
    assert label_default_role("Mentor Per Olav Hansen") == "mentor"
    line = "Mentor Per Olav Hansen: Ja."
    start, end, _bracketed = label_word(line)
    assert line[start:end] == "Per Olav Hansen"
    assert find_label("Mentor Kari og Per: ja") is None and find_label("Mentee A B C D: ja") is None
    pseudonymizer = Pseudonymizer(())
    out = replace_spans(FULL_NAMES, fix_label_replacements(FULL_NAMES, pseudonymizer.find(FULL_NAMES), pseudonymizer))
    assert "Kari" not in out and "Nordmann" not in out and "Hansen" not in out
    labels = [t.speaker for t in parse_turns(out)]
    assert labels[2] == labels[4] != labels[3] and labels[3].startswith("Mentor ")  # still two mentors
