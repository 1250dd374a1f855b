"""Whose quote is it: a one-to-one interview where a second role speaks, and group documents.

A mentee's interview (participant P01) where the mentor says a few words under `Mentor:`:
the mentor's turns are the mentor's, with no participant, not P01's. A document whose mode
says group (`gruppe`, `phone-group`) keeps its code for every speaker the map does not name,
whatever roles speak. The transcripts are synthetic, written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.core.models import Code
from workbench.core.speakers import SpeakerEntry, mode_group, resolve_speakers
from workbench.store import Project
from cli_support import run_cli


# SYNTHETIC: written for this test.
BASELINE = (
    "I: Hvordan var det første møtet med mentoren?\n\n"
    "Mentee: Hun hjalp meg å få en kontakt i bransjen allerede første uka.\n\n"
    "Mentor: Jeg ringte en tidligere kollega og ba ham om et kort møte med henne.\n\n"
    "I: Og hva skjedde da?\n\n"
    "Mentee: Jeg fikk komme på besøk og hilse på folk der.\n"
)
ENDPOINT = (
    "I: Hva har du med deg fra programmet?\n\n"
    "Mentee: Nettverket. Nå har jeg jobb hos kollegaen til mentoren min.\n"
)
PAIR = (
    "Intervjuer: Fortell litt om samarbeidet deres.\n\n"
    "Mentee: Vi møtes hver andre uke på en kafé.\n\n"
    "Mentor: Vi snakker mest om søknader og om hvordan arbeidsplassen fungerer.\n"
)
CODED = [("P01-null", "kontakt i bransjen", "network"), ("P01-null", "ringte en tidligere kollega", "network"),
         ("P01-slutt", "Nettverket.", "network"), ("G05", "snakker mest om søknader", "network")]


@pytest.fixture
def db(tmp_path) -> Path:
    for name, text in (("b.txt", BASELINE), ("e.txt", ENDPOINT), ("g.txt", PAIR)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "m.csv").write_text(
        "file,name,participant,role,program,wave,mode\n"
        "b.txt,P01-null,P01,mentee,master,baseline,telefon\n"
        "e.txt,P01-slutt,P01,mentee,master,endpoint,\n"
        "g.txt,G05,G05,mentee,master,baseline,gruppe\n", encoding="utf-8")
    path = tmp_path / "p.db"
    run_cli(path, "init")
    with Project.open(path) as p:
        p.import_codebook([Code("network", "Nettverk")])
    run_cli(path, "import", "--manifest", str(tmp_path / "m.csv"))
    with Project.open(path) as p:
        for doc, phrase, code in CODED:
            start = p.document(doc).text.index(phrase)
            p.add_coding(doc, start, start + len(phrase), code, "kari")
    return path


def test_mode_says_group_individual_or_nothing():
    assert [mode_group(m) for m in ("gruppe", "phone-group", "Fokusgruppe", "telefon, gruppeintervju")] == [True] * 4
    assert [mode_group(m) for m in ("individuelt", "en-til-en", "one-to-one")] == [False] * 3
    assert [mode_group(m) for m in (None, "", "telefon", "video")] == [None] * 4


def test_a_second_role_in_a_one_to_one_interview_is_not_the_documents_participant():
    got = resolve_speakers([None, "I", "Mentee", "Mentor"], "P01", "mentee")
    assert (got["Mentee"].role, got["Mentee"].participant, got["Mentee"].source) == ("mentee", "P01", "document")
    assert (got["Mentor"].role, got["Mentor"].participant, got["Mentor"].source) == ("mentor", None, "label")
    named = resolve_speakers(["I", "Kari", "Mentor"], "P01", "mentee")  # a name label is the interviewee
    assert (named["Kari"].role, named["Kari"].participant) == ("mentee", "P01")
    assert named["Mentor"].participant is None
    project = resolve_speakers(["I", "Mentee", "Leder"], "P01", "mentee", project_roles={"Leder": "programleder"})
    assert (project["Leder"].role, project["Leder"].participant, project["Leder"].source) == (
        "programleder", None, "project")


def test_the_map_still_decides_and_a_group_keeps_its_code():
    mapped = resolve_speakers(["I", "Mentee", "Mentor"], "P01", "mentee", group=False,
                              entries={"Mentor": SpeakerEntry("Mentor", None, "M02")}, participant_roles={"M02": "mentor"})
    assert (mapped["Mentor"].role, mapped["Mentor"].participant, mapped["Mentor"].source) == ("mentor", "M02", "map")
    pair = resolve_speakers(["I", "Mentee", "Mentor"], "G05", "mentee", group=True)
    assert (pair["Mentor"].role, pair["Mentor"].participant) == ("mentor", "G05")
    assert (pair["Mentee"].role, pair["Mentee"].participant) == ("mentee", "G05")


def test_speakers_quotes_matrix_report_and_waves_give_the_mentor_no_participant(db, tmp_path):
    speakers = {r["label"]: (r["role"], r["participant"], r["source"])
                for r in json.loads(run_cli(db, "speakers", "P01-null", "--json"))}
    assert speakers == {"I": ("interviewer", None, "interviewer"), "Mentee": ("mentee", "P01", "document"),
                        "Mentor": ("mentor", None, "label")}
    group = {r["label"]: (r["role"], r["participant"]) for r in json.loads(run_cli(db, "speakers", "G05", "--json"))}
    assert group == {"I": ("interviewer", None), "Mentee": ("mentee", "G05"), "Mentor": ("mentor", "G05")}

    quotes = {q["text"]: q for q in json.loads(run_cli(db, "quotes", "--json"))}
    mentor = quotes["ringte en tidligere kollega"]
    assert (mentor["speaker"], mentor["speaker_role"], mentor["role"], mentor["participant"]) == (
        "Mentor", "mentor", "mentor", None)
    assert (mentor["document_participant"], mentor["document_role"]) == ("P01", "mentee")
    assert quotes["kontakt i bransjen"]["participant"] == "P01"
    p01 = [q["text"] for q in json.loads(run_cli(db, "quotes", "--participant", "P01", "--json"))]
    assert sorted(p01) == ["Nettverket.", "kontakt i bransjen"]

    by_role = json.loads(run_cli(db, "matrix", "--by", "role", "--count", "participants", "--json"))
    assert _cell(by_role, "network", "mentor") == 2  # P01's mentor (no participant) and G05
    assert _cell(by_role, "network", "mentee") == 1  # P01, in two documents
    by_wave = json.loads(run_cli(db, "matrix", "--by", "wave", "--count", "participants", "--json"))
    assert _cell(by_wave, "network", "baseline") == 3  # P01, P01's mentor and G05

    waves = json.loads(run_cli(db, "compare-waves", "--code", "network", "--json"))
    assert waves["participants_with_both_waves"] == ["P01"]
    pair = next(p for p in waves["quotes"] if p["participant"] == "P01")
    assert [q["text"] for q in pair["baseline"]] == ["kontakt i bransjen"]

    run_cli(db, "export", "report", "--out", "r.md", "--dir", str(tmp_path))
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "> ringte en tidligere kollega (Mentor)" in report
    # people per code: P01, P01's mentor (counted apart, no participant) and G05
    assert "| Nettverk | 4 | 3 | 3 | 1 |" in report


def _cell(matrix: dict, code: str, column: str) -> int:
    return next(int(row["cells"][column]) for row in matrix["rows"] if row["code"] == code)


def test_a_new_role_in_the_map_becomes_the_role_of_a_participant_the_map_made(db):
    run_cli(db, "speakers", "set", "G05", "Mentor", "--role", "mentee", "--participant", "M33")  # a slip
    with Project.open(db) as p:
        assert {x.id: x.role for x in p.participants()}["M33"] == "mentee"
    out = run_cli(db, "speakers", "set", "G05", "Mentor", "--role", "mentor", "--participant", "M33")
    assert out == "G05: Mentor: role mentor, participant M33\n"
    with Project.open(db) as p:
        assert {x.id: x.role for x in p.participants()}["M33"] == "mentor"
        assert p.undo("kari")["action"] == "speaker.set"  # one step takes back the map entry and the role
        assert {x.id: x.role for x in p.participants()}["M33"] == "mentee"
        assert p.speaker_entries(p.resolve_document("G05"))["Mentor"] == SpeakerEntry("Mentor", "mentee", "M33")
        p.redo("kari")
        assert {x.id: x.role for x in p.participants()}["M33"] == "mentor"


def test_a_participant_with_an_interview_of_their_own_keeps_its_role_and_says_why(db):
    out = run_cli(db, "speakers", "set", "G05", "Mentor", "--role", "mentor", "--participant", "P01")
    assert out.splitlines()[-1] == ("note: participant P01 keeps role mentee, the role of their own interview "
                                    "(P01-null, P01-slutt); this label is cited as mentor")
    with Project.open(db) as p:
        assert {x.id: x.role for x in p.participants()}["P01"] == "mentee"
        speakers = {r["label"]: (r["role"], r["participant"]) for r in p.document_speakers("G05")}
    assert speakers["Mentor"] == ("mentor", "P01")


def test_speakers_says_how_the_document_is_read_and_how_to_change_it(db):
    assert run_cli(db, "speakers", "P01-null").splitlines()[-1] == (
        "one-to-one interview of P01 (by its labels): other roles get no participant unless mapped; "
        "mode 'gruppe' makes it a group")
    assert run_cli(db, "speakers", "P01-slutt").splitlines()[-1] == "one-to-one interview of P01 (by its labels)"
    assert run_cli(db, "speakers", "G05").splitlines()[-1] == (
        "group interview of G05 (mode 'gruppe'): labels not in the map count for G05")
    with Project.open(db) as p:
        p.edit_document("P01-null", "kari", mode="gruppeintervju")
        assert p.document_interview("P01-null") == {"group": True, "by": "mode", "mode": "gruppeintervju",
                                                    "participant": "P01", "role": "mentee"}
        assert {r["label"]: r["participant"] for r in p.document_speakers("P01-null")}["Mentor"] == "P01"


# SYNTHETIC: written for this test. Two mentors say a few words in a mentee's one-to-one interview.
TWO_MENTORS = (
    "I: Hvordan fant dere arbeidsgiveren?\n\n"
    "Mentee: Vi gikk gjennom kontaktene deres sammen.\n\n"
    "Mentor Kari: Jeg kjente en leder i et regnskapsbyrå.\n\n"
    "Mentor Per: Og jeg sendte navnet hennes videre til en tidligere kollega.\n"
)


def test_two_mentors_without_a_participant_in_one_interview_count_as_two_people(tmp_path):
    """Before, every speaker of a document with no participant of their own counted as one person
    of that document, so 'Mentor Kari' and 'Mentor Per' made one mentor in the matrix."""
    path = tmp_path / "p.db"
    (tmp_path / "t.txt").write_text(TWO_MENTORS, encoding="utf-8")
    run_cli(path, "init")
    with Project.open(path) as p:
        p.import_codebook([Code("network", "Nettverk")])
    run_cli(path, "import", str(tmp_path / "t.txt"), "--participant", "P03", "--role", "mentee", "--wave", "baseline",
         "--name", "P03-null")
    with Project.open(path) as p:
        for phrase in ("kontaktene deres", "kjente en leder", "sendte navnet hennes"):
            start = p.document("P03-null").text.index(phrase)
            p.add_coding("P03-null", start, start + len(phrase), "network", "kari")
    by_role = json.loads(run_cli(path, "matrix", "--by", "role", "--count", "participants", "--json"))
    assert _cell(by_role, "network", "mentor") == 2 and _cell(by_role, "network", "mentee") == 1
    by_wave = json.loads(run_cli(path, "matrix", "--by", "wave", "--count", "participants", "--json"))
    assert _cell(by_wave, "network", "baseline") == 3  # P03 and the two mentors
    run_cli(path, "export", "report", "--out", "r.md", "--dir", str(tmp_path))
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "| Nettverk | 3 | 3 | 3 | 0 |" in report  # three quotes of three people, as the matrix counts


def test_a_group_with_no_participant_code_counts_its_speakers_apart_in_every_matrix(tmp_path):
    """Two named respondents in a document imported without a participant: two people by role, and
    (before, one) by wave too, since the wave matrix now also counts by turn there."""
    path = tmp_path / "p.db"
    (tmp_path / "g.txt").write_text("I: Velkommen.\n\nAmira: Jeg fikk jobb gjennom en venn.\n\n"
                                    "Kari: Jeg fikk jobb gjennom naboen.\n\nI: Flott.\n\nAmira: Ja.\n\nKari: Ja.\n",
                                    encoding="utf-8")
    run_cli(path, "init")
    with Project.open(path) as p:
        p.import_codebook([Code("network", "Nettverk")])
    run_cli(path, "import", str(tmp_path / "g.txt"), "--wave", "baseline", "--name", "G")
    with Project.open(path) as p:
        for phrase in ("gjennom en venn", "gjennom naboen"):
            start = p.document("G").text.index(phrase)
            p.add_coding("G", start, start + len(phrase), "network", "kari")
        assert p.has_turns_of_other_people()
    by_wave = json.loads(run_cli(path, "matrix", "--by", "wave", "--count", "participants", "--json"))
    assert _cell(by_wave, "network", "baseline") == 2
    by_role = json.loads(run_cli(path, "matrix", "--by", "role", "--count", "participants", "--json"))
    assert sum(row["cells"][c] for row in by_role["rows"] if row["code"] == "network" for c in row["cells"]) == 2


def test_a_one_to_one_interview_with_no_participant_code_is_still_counted_by_document(tmp_path):
    path = tmp_path / "p.db"
    (tmp_path / "o.txt").write_text("I: Velkommen.\n\nMentee: Jeg fikk jobb gjennom en venn.\n", encoding="utf-8")
    run_cli(path, "init")
    run_cli(path, "import", str(tmp_path / "o.txt"), "--wave", "baseline", "--name", "O")
    with Project.open(path) as p:
        assert not p.has_turns_of_other_people()


# SYNTHETIC: written for this test. A group with no participant code whose title line is coded.
TITLED_GROUP = ("# Gruppeintervju om nettverk\n\nI: Velkommen.\n\nAmira: Jeg fikk jobb gjennom en venn.\n\n"
                "Kari: Jeg fikk jobb gjennom naboen.\n\nI: Flott.\n\nAmira: Ja.\n\nKari: Ja.\n")


def test_a_coded_heading_in_a_document_with_no_participant_code_counts_as_no_one(tmp_path):
    """Before, the heading (outside every turn) counted as a third person of the group: 3 people
    by wave, role and programme, and 3 in the report's participants column."""
    path = tmp_path / "p.db"
    (tmp_path / "g.txt").write_text(TITLED_GROUP, encoding="utf-8")
    (tmp_path / "o.txt").write_text("# Intervju\n\nI: Velkommen.\n\nMentee: Jeg fikk jobb gjennom en venn.\n",
                                    encoding="utf-8")
    run_cli(path, "init")
    with Project.open(path) as p:
        p.import_codebook([Code("network", "Nettverk")])
    run_cli(path, "import", str(tmp_path / "g.txt"), "--wave", "baseline", "--name", "G")
    with Project.open(path) as p:
        for phrase in ("Gruppeintervju om nettverk", "gjennom en venn", "gjennom naboen"):
            start = p.document("G").text.index(phrase)
            p.add_coding("G", start, start + len(phrase), "network", "kari")
    for by, column in (("wave", "baseline"), ("program", "")):  # no participant, so no programme
        matrix = json.loads(run_cli(path, "matrix", "--by", by, "--count", "participants", "--json"))
        assert _cell(matrix, "network", column) == 2, by  # Amira and Kari, not the heading
    by_role = json.loads(run_cli(path, "matrix", "--by", "role", "--count", "participants", "--json"))
    assert sum(row["cells"][c] for row in by_role["rows"] if row["code"] == "network" for c in row["cells"]) == 2
    run_cli(path, "export", "report", "--out", "r.md", "--dir", str(tmp_path))
    assert "| Nettverk | 3 | 2 | 3 | 0 |" in (tmp_path / "r.md").read_text(encoding="utf-8")  # 3 quotes, 2 people
    # a one-to-one interview with no participant code: its heading is still its one respondent's
    run_cli(path, "import", str(tmp_path / "o.txt"), "--wave", "endpoint", "--name", "O")
    with Project.open(path) as p:
        for phrase in ("Intervju", "gjennom en venn"):
            start = p.document("O").text.index(phrase)
            p.add_coding("O", start, start + len(phrase), "network", "kari")
    by_wave = json.loads(run_cli(path, "matrix", "--by", "wave", "--count", "participants", "--json"))
    assert _cell(by_wave, "network", "endpoint") == 1


def test_the_interviewer_is_no_participant_by_wave_but_keeps_a_column_by_role(tmp_path):
    """Before, a coded question made the interviewer one more 'participant with the code' by wave
    and programme wherever people are counted by turn, and every interviewer was one more in the
    column's base, while the report's participants column counts them for no one."""
    path = tmp_path / "p.db"
    (tmp_path / "g.txt").write_text(TITLED_GROUP, encoding="utf-8")
    run_cli(path, "init")
    with Project.open(path) as p:
        p.import_codebook([Code("network", "Nettverk")])
    run_cli(path, "import", str(tmp_path / "g.txt"), "--wave", "baseline", "--name", "G")
    with Project.open(path) as p:
        for phrase in ("Velkommen.", "gjennom en venn", "gjennom naboen"):
            start = p.document("G").text.index(phrase)
            p.add_coding("G", start, start + len(phrase), "network", "kari")
    by_wave = json.loads(run_cli(path, "matrix", "--by", "wave", "--count", "participants", "--json"))
    assert _cell(by_wave, "network", "baseline") == 2 and by_wave["bases"]["baseline"] == 2  # Amira and Kari
    by_role = json.loads(run_cli(path, "matrix", "--by", "role", "--count", "participants", "--json"))
    assert _cell(by_role, "network", "interviewer") == 1 and by_role["bases"]["interviewer"] == 1
    asked = json.loads(run_cli(path, "matrix", "--by", "wave", "--count", "participants", "--role", "interviewer",
                               "--json"))
    assert _cell(asked, "network", "baseline") == 1  # asked for by role: the interviewer counts


# SYNTHETIC: written for this test; a one-to-one interview whose only respondent is the document's
# participant, so people are counted one per document.
ONE_TO_ONE = ("I: Hvordan fikk du kontakt med bedriften?\n\n"
              "Mentee: Mentoren min kjente lederen der og ringte henne.\n")


def test_an_interviewers_coding_counts_for_no_participant_when_people_are_counted_by_document(tmp_path):
    """Before, in a project whose people are counted one per document (every respondent is their
    document's participant), a coded question counted for the document's participant, while
    counting by turn counted the interviewer for no one (as the report does)."""
    path = tmp_path / "p.db"
    (tmp_path / "o.txt").write_text(ONE_TO_ONE, encoding="utf-8")
    run_cli(path, "init")
    with Project.open(path) as p:
        p.import_codebook([Code("network", "Nettverk"), Code("trust", "Tillit")])
    run_cli(path, "import", str(tmp_path / "o.txt"), "--wave", "baseline", "--name", "O",
            "--participant", "P01", "--role", "mentee")
    with Project.open(path) as p:
        assert not p.has_turns_of_other_people()  # counted one per document
        text = p.document("O").text
        for phrase, code in (("Hvordan fikk du kontakt", "network"), ("kjente lederen", "trust")):
            start = text.index(phrase)
            p.add_coding("O", start, start + len(phrase), code, "kari")
    for by in ("wave", "program"):
        matrix = json.loads(run_cli(path, "matrix", "--by", by, "--count", "participants", "--json"))
        column = "baseline" if by == "wave" else ""
        assert not any(row["code"] == "network" and any(row["cells"].values()) for row in matrix["rows"])
        assert _cell(matrix, "trust", column) == 1  # the participant's own turn still counts
        assert matrix["bases"][column] == 1
    asked = json.loads(run_cli(path, "matrix", "--by", "wave", "--count", "participants", "--role", "interviewer",
                               "--json"))
    assert _cell(asked, "network", "baseline") == 1  # asked for by role: the interviewer counts, as by turn
