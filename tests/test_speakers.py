"""Speakers of turns: label defaults, per-document speaker maps, and quotes, matrices and
reports that cite each quote in its speaker's role (group interviews with mixed roles).

The group transcript in tests/data/group_mixed_roles_synthetic.txt is synthetic, written
for these tests.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.analysis.matrices import code_matrix
from workbench.analysis.quotes import QuoteFilter, find_quotes
from workbench.analysis.waves import compare_waves
from workbench.cli import main
from workbench.core.errors import InputError, WorkbenchError
from workbench.core.models import Code
from workbench.core.speakers import (
    SpeakerEntry, attribution_label, label_default_role, parse_speaker_spec, resolve_speakers,
)
from workbench.io.transcripts.batch import import_files
from workbench.store import Project
from workbench.store.migrations import SCHEMA_VERSION

DATA = Path(__file__).parent / "data"
GROUP = DATA / "group_mixed_roles_synthetic.txt"
TEXT = GROUP.read_text(encoding="utf-8")
INDIVIDUAL = "I: Hvordan går det nå?\n\nMentee: Jeg har fått jobb som ingeniør.\n"


# -- core: label → role -----------------------------------------------------------

@pytest.mark.parametrize("label, role", [
    ("I", "interviewer"), ("Intervjuer", "interviewer"), ("Moderator", "interviewer"),
    ("Mentor", "mentor"), ("Mentor 2", "mentor"), ("mentee", "mentee"), ("Programleder", "programleder"),
    ("Programleiar", "programleder"), ("AH", None), ("Deltaker 2", None), (None, None),
    ("Mentee B", "mentee"), ("Deltaker A", None),
])
def test_label_default_roles(label, role):
    assert label_default_role(label) == role


def test_individual_interview_keeps_the_documents_participant():
    got = resolve_speakers([None, "I", "Mentee"], "P02", "mentor")
    assert (got["Mentee"].role, got["Mentee"].participant, got["Mentee"].source) == ("mentor", "P02", "document")
    assert (got["I"].role, got["I"].participant) == ("interviewer", None)
    assert got[None].role == "mentor"


def test_group_interview_uses_labels_project_list_and_map_in_that_order():
    got = resolve_speakers(
        ["I", "Mentor", "Mentee", "Leder", "AH", "BK"], "G1", "mentee",
        entries={"BK": SpeakerEntry("BK", None, "M7")}, project_roles={"leder": "programleder"},
        participant_roles={"M7": "mentor"})
    assert got["Mentor"].role == "mentor" and got["Mentor"].source == "label"
    assert got["Leder"].role == "programleder" and got["Leder"].source == "project"
    assert got["AH"].role == "mentee" and got["AH"].source == "guess"
    assert (got["BK"].role, got["BK"].participant, got["BK"].source) == ("mentor", "M7", "map")
    assert got["I"].role == "interviewer"


def test_attribution_names_every_speaker():
    assert attribution_label(["mentor"]) == "Mentor"
    assert attribution_label(["mentee", "mentor"]) == "Mentee / Mentor"
    assert attribution_label(["interviewer"]) == "Intervjuer"


def test_speaker_spec_parses_and_names_the_fault():
    assert parse_speaker_spec(" AH=mentee:P07; BK=Mentor ;I=intervjuer|CD=:P09", "m.csv", 3) == [
        SpeakerEntry("AH", "mentee", "P07"), SpeakerEntry("BK", "mentor", None),
        SpeakerEntry("I", "interviewer", None), SpeakerEntry("CD", None, "P09")]
    for bad, words in (("AH", "LABEL=ROLE"), ("AH=boss", "unknown role 'boss'"), ("=mentee", "no label"),
                       ("AH=", "needs a role or a participant"), ("AH=mentee;ah=mentor", "given twice")):
        with pytest.raises(InputError) as err:
            parse_speaker_spec(bad, "m.csv", 3)
        assert str(err.value).startswith("m.csv:3: speakers:") and words in str(err.value)


# -- store ------------------------------------------------------------------------

@pytest.fixture
def group(tmp_path) -> Project:
    """The synthetic group interview (document G21, role mentee) with codings on every speaker."""
    manifest = tmp_path / "manifest.csv"
    shutil.copy(GROUP, tmp_path / "group.txt")
    (tmp_path / "solo.txt").write_text(INDIVIDUAL, encoding="utf-8")
    manifest.write_text(
        "file,name,participant,role,program,wave,speakers\n"
        "group.txt,G21,G21,mentee,refugee,baseline,AH=mentee:P21; BK=mentor:M21\n"
        "solo.txt,P21-slutt,P21,mentee,refugee,endpoint,\n", encoding="utf-8")
    p = Project.open(tmp_path / "g.db")
    p.import_codebook([Code("network", "Nettverk"), Code("language", "Språk"), Code("trust", "Tillit"),
                       Code("matching", "Matching")])
    report = import_files(p, [], manifest, coder="kari")
    assert report.ok, report.failed

    def code(doc, phrase, code, until=None):
        text = p.document(doc).text
        start = text.index(phrase)
        end = text.index(until) + len(until) if until else start + len(phrase)
        p.add_coding(doc, start, end, code, "kari")

    code("G21", "For meg har det vært viktig å få en kontakt i bransjen.", "network")
    code("G21", "Jeg trodde at en utenlandsk grad var et problem, men det er det ikke.", "trust")
    code("G21", "Vi matcher på fagfelt når vi kan.", "matching")
    code("G21", "Og hva har vært vanskeligst?", "language")
    code("G21", "Jeg forstår møtene, men jeg tør ikke si så mye.", "language")
    code("G21", "Som mentor merker jeg at det tar tid å bygge tillit.", "trust")
    code("G21", "Ja, min mentor introduserte meg", "network", until="den åpnet en dør.")
    code("P21-slutt", "Jeg har fått jobb som ingeniør.", "network")
    yield p
    p.close()


def test_speaker_map_from_the_manifest_and_the_defaults(group):
    rows = {r["label"]: r for r in group.document_speakers("G21")}
    assert list(rows) == ["I", "Mentee", "Mentor", "Programleder", "AH", "BK"]
    assert {k: (r["role"], r["participant"], r["source"]) for k, r in rows.items()} == {
        "I": ("interviewer", None, "interviewer"), "Mentee": ("mentee", "G21", "label"),
        "Mentor": ("mentor", "G21", "label"), "Programleder": ("programleder", "G21", "label"),
        "AH": ("mentee", "P21", "map"), "BK": ("mentor", "M21", "map")}
    assert {p.id: p.role for p in group.participants()}["M21"] == "mentor"


def test_set_speaker_is_audited_and_checked(group):
    group.set_speakers("G21", [SpeakerEntry("programleder", None, "L1")], "bo")
    row = {r["label"]: r for r in group.document_speakers("G21")}["Programleder"]
    assert (row["role"], row["participant"], row["source"]) == ("programleder", "L1", "map")
    audit = group.query("SELECT coder, action, after FROM audit WHERE action LIKE 'speaker.%' ORDER BY id")
    assert audit[-1]["coder"] == "bo" and json.loads(audit[-1]["after"])["label"] == "Programleder"
    with pytest.raises(WorkbenchError, match="speaker label 'CD' does not occur in document 'G21'"):
        group.set_speakers("G21", [SpeakerEntry("CD", "mentor")])
    with pytest.raises(WorkbenchError, match="unknown role 'sjef'"):
        group.set_speakers("G21", [SpeakerEntry("AH", "sjef")])
    assert group.clear_speaker("G21", "programleder", "bo")
    assert not group.clear_speaker("G21", "programleder", "bo")
    last = group.query("SELECT before FROM audit ORDER BY id DESC LIMIT 1")[0]
    assert json.loads(last["before"])["participant"] == "L1"


def test_migration_brings_an_old_project_file_forward(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(DATA / "project_v1.db", old)
    with Project.open(old) as p:
        assert p.schema_version == SCHEMA_VERSION
        doc = p.documents()[0]["name"]
        labels = [lb for lb, _n in p.speaker_labels(p.resolve_document(doc)) if lb]
        p.set_speakers(doc, [SpeakerEntry(labels[0], "mentor")], "kari")
        assert p.speaker_entries(p.resolve_document(doc))[labels[0]].role == "mentor"
    with sqlite3.connect(old) as conn, pytest.raises(sqlite3.IntegrityError):  # one row per label and document
        conn.execute("INSERT INTO speaker_map(document_id, label, role) SELECT document_id, label, role "
                     "FROM speaker_map")


# -- analysis -----------------------------------------------------------------------

def _quote(quotes, phrase):
    return next(q for q in quotes if phrase in q.text)


def test_quotes_carry_the_speakers_role(group):
    quotes = find_quotes(group, QuoteFilter())
    assert _quote(quotes, "utenlandsk grad").attribution() == "(Mentor)"
    assert _quote(quotes, "fagfelt").attribution() == "(Programleder)"
    assert _quote(quotes, "kontakt i bransjen").attribution() == "(Mentee)"
    assert _quote(quotes, "tar tid å bygge tillit").attribution() == "(Mentor)"
    asked = _quote(quotes, "vanskeligst")
    assert asked.attribution() == "(Intervjuer)" and asked.participant is None
    both = _quote(quotes, "introduserte meg")
    assert both.attribution(wave=True) == "(Mentee / Mentor, nullpunkt)"
    assert (both.speaker, both.speaker_role) == ("Mentee / Mentor", "mentee / mentor")
    bk = _quote(quotes, "tar tid").as_dict()
    assert (bk["speaker"], bk["speaker_role"], bk["role"], bk["participant"], bk["document_role"]) == (
        "BK", "mentor", "mentor", "M21", "mentee")
    solo = _quote(quotes, "ingeniør")
    assert solo.attribution() == "(Mentee)" and solo.participant == "P21"


def test_role_and_participant_filters_follow_the_speaker(group):
    mentor = find_quotes(group, QuoteFilter.build(roles=["mentor"]))
    assert sorted(q.speaker for q in mentor) == ["BK", "Mentee / Mentor", "Mentor"]
    assert [q.speaker for q in find_quotes(group, QuoteFilter.build(roles=["intervjuer"]))] == ["I"]
    p21 = find_quotes(group, QuoteFilter.build(participants=["P21"]))
    assert sorted(q.document for q in p21) == ["G21", "P21-slutt"]


def test_matrix_by_role_counts_the_speakers(group):
    m = code_matrix(group, "role", "segments")
    assert m.cell("trust", "mentor") == 2 and m.cell("trust", "mentee") == 0
    assert m.cell("matching", "programleder") == 1
    assert m.cell("language", "interviewer") == 1 and m.cell("language", "mentee") == 1
    assert m.cell("network", "mentee") == 3 and m.cell("network", "mentor") == 1
    # segments are the unit: the two-speaker span's two sentences count once each, in their speaker's column
    assert m.row_totals["network"] == 4 == m.cell("network", "mentee") + m.cell("network", "mentor")
    assert m.bases["interviewer"] == 5  # the interviewer's sentences: four in G21, one in P21-slutt
    people = code_matrix(group, "role", "participants")
    assert people.cell("trust", "mentor") == 2  # the Mentor label (G21) and BK (M21)
    by_wave = code_matrix(group, "wave", "segments", QuoteFilter.build(roles=["mentor"]))
    assert by_wave.cell("trust", "baseline") == 2 and by_wave.cell("network", "endpoint") == 0


def test_compare_waves_finds_a_speaker_of_a_group_interview(group):
    result = compare_waves(group, QuoteFilter(codes=["network"]))
    assert "P21" in result.participants
    pair = next(p for p in result.pairs if p.participant == "P21")
    assert [q.text for q in pair.endpoint] == ["Jeg har fått jobb som ingeniør."]
    assert pair.baseline == []  # AH's words are language, not network; the group's mentee lines are G21's


# -- reports --------------------------------------------------------------------------

def test_reports_cite_each_quote_by_its_speaker(group, tmp_path):
    import docx

    from workbench.io.reports.build import export_report
    from workbench.io.reports.model import ReportOptions

    opts = ReportOptions(chart=False)
    md = export_report(group, "r.md", folder=tmp_path, use_ner=False, options=opts, pseudonymize=False)
    text = md.files[0].read_text(encoding="utf-8")
    assert "men det er det ikke. (Mentor)" in text
    assert "når vi kan. (Programleder)" in text
    assert "vanskeligst? (Intervjuer)" in text
    assert "(Mentee / Mentor)" in text
    assert "det ikke. (Mentee)" not in text
    html = export_report(group, "r.html", folder=tmp_path, use_ner=False, options=opts, pseudonymize=False)
    assert "(Programleder)" in html.files[0].read_text(encoding="utf-8")
    out = export_report(group, "r.docx", folder=tmp_path, use_ner=False, options=opts, pseudonymize=False)
    paragraphs = "\n".join(p.text for p in docx.Document(str(out.files[0])).paragraphs)
    assert "(Mentor)" in paragraphs and "(Mentee / Mentor)" in paragraphs


# -- CLI ------------------------------------------------------------------------------

def _cli(db: Path, *args: str, code: int = 0):
    result = CliRunner().invoke(main, ["--db", str(db), "--coder", "kari", *args], catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.output


def test_cli_speakers_list_set_and_errors(group):
    db = group.path
    group.close()
    out = _cli(db, "speakers", "G21")
    table = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:]}
    assert table["BK"][:3] == ["mentor", "M21", "1"] and "speaker map" in out
    rows = json.loads(_cli(db, "speakers", "G21", "--json"))
    assert [r["label"] for r in rows][:2] == ["I", "Mentee"]
    _cli(db, "speakers", "set", "G21", "programleder", "--participant", "L9", "--role", "programleder")
    assert {r["label"]: r["participant"] for r in json.loads(_cli(db, "speakers", "--json", "G21"))}[
        "Programleder"] == "L9"
    err = _cli(db, "speakers", "set", "G21", "XY", "--role", "mentor", code=1)
    assert "speaker label 'XY' does not occur in document 'G21'" in err
    assert "unknown role 'boss'" in _cli(db, "speakers", "set", "G21", "AH", "--role", "boss", code=1)
    assert "no document named" in _cli(db, "speakers", "set", "nope", "AH", "--role", "mentor", code=1)
    assert "give --role and/or --participant" in _cli(db, "speakers", "set", "G21", "AH", code=1)
    _cli(db, "speakers", "label", "Leder", "--role", "programleder")
    assert json.loads(_cli(db, "speakers", "labels", "--json")) == [{"label": "Leder", "role": "programleder"}]
    quotes = json.loads(_cli(db, "quotes", "--role", "programleder", "--json"))
    assert [(q["speaker"], q["speaker_role"], q["participant"]) for q in quotes] == [
        ("Programleder", "programleder", "L9")]


def test_manifest_speakers_errors_name_file_line_and_field(tmp_path):
    db = tmp_path / "p.db"
    shutil.copy(GROUP, tmp_path / "group.txt")
    _cli(db, "init")
    bad = tmp_path / "bad.csv"
    bad.write_text("file,participant,role,speakers\ngroup.txt,G21,mentee,AH=sjef\n", encoding="utf-8")
    assert f"{bad}:2: speakers: speaker 'AH': unknown role 'sjef'" in _cli(db, "import", "--manifest", str(bad), code=1)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("file,participant,role,speakers\ngroup.txt,G21,mentee,ZZ=mentor\n", encoding="utf-8")
    out = _cli(db, "import", "--manifest", str(wrong), code=1)
    assert f"{wrong}:2: speakers: speaker label 'ZZ' does not occur in document 'group'" in out
    assert json.loads(_cli(db, "documents", "--json")) == []  # nothing half-imported


def test_cooccurrence_and_codings_export_follow_the_speaker(group, tmp_path):

    from workbench.analysis.matrices import cooccurrence
    from workbench.io.reports.codings_table import coding_table

    # the coding over the mentee's and the mentor's turns is kept whole: both its segments count
    assert cooccurrence(group, QuoteFilter.build(roles=["mentor"])).totals == {"network": 2, "trust": 2}
    assert cooccurrence(group, QuoteFilter.build(roles=["programleder"])).totals == {"matching": 1}
    columns, rows, _n = coding_table(group, QuoteFilter.build(roles=["programleder", "interviewer"]))
    assert [(r["speaker"], r["speaker_role"], r["role"], r["participant"]) for r in rows] == [
        ("Programleder", "programleder", "programleder", "G21"), ("I", "interviewer", "interviewer", None)]
    assert {"speaker", "speaker_role"} <= set(columns)
    _c, everything, _n = coding_table(group)
    both = next(r for r in everything if r["speaker"] == "Mentee / Mentor")
    assert (both["role"], both["speaker_role"]) == ("mentee", "mentee / mentor")


def test_import_warns_about_group_labels_that_take_the_documents_role(tmp_path):
    db = tmp_path / "p.db"
    shutil.copy(GROUP, tmp_path / "group.txt")
    _cli(db, "init")
    result = CliRunner().invoke(main, ["--db", str(db), "import", str(tmp_path / "group.txt"),
                                       "--participant", "G21", "--role", "mentee"])
    assert result.exit_code == 0
    assert "speaker labels AH, BK are not in its speaker map" in result.output
    assert "workbench speakers group" in result.output


def test_report_frequencies_count_respondents_not_the_interviewer(group):
    from workbench.io.reports.model import ReportOptions, build_report

    rows = {r.code: r for r in build_report(group, options=ReportOptions(chart=False)).frequencies}
    # the interviewer's question and AH's answer: two quotes, one participant (P21)
    assert (rows["language"].quotes, rows["language"].participants) == (2, 1)
    assert rows["network"].participants == 2  # G21 (the Mentee/Mentor labels) and P21


def test_labels_as_written_in_the_transcript_are_found_and_one_off_names_explained(tmp_path):
    """A new user's two surprises: `P91:` was stored as `P 91` so `speakers set DOC P91` failed, and
    a name that starts a line only once (`Sara:`) is no label, with an error that did not say why."""
    db = tmp_path / "p.db"
    _cli(db, "init")
    one = tmp_path / "P91.txt"
    one.write_text("I: Hvordan går det?\nP91: Bra, takk.\nI: Og jobben?\nP91: Den går fint.\n", encoding="utf-8")
    _cli(db, "import", str(one), "--participant", "P91", "--role", "mentee")
    _cli(db, "speakers", "set", "P91", "P91", "--role", "mentee")
    assert [r["label"] for r in json.loads(_cli(db, "speakers", "P91", "--json"))] == ["I", "P91"]
    group = tmp_path / "G.txt"
    group.write_text("I: Velkommen.\nMentor: Takk.\nMentee: Takk.\nSara: Jeg er også mentee.\n", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,participant,role,speakers\nG.txt,G1,mentee,Sara=mentee:P7\n", encoding="utf-8")
    out = _cli(db, "import", "--manifest", str(manifest), code=1)
    assert f"{manifest}:2: speakers: speaker label 'Sara' does not occur in document 'G'" in out
    assert "'Sara:' starts a line only once" in out and "[Sara]:" in out


def test_a_one_off_label_typed_without_its_space_gets_the_same_explanation(tmp_path):
    """`DeltakerB:` once beside `Deltaker A:` turns (synthetic): mapping `Deltaker B` fails, and the
    error says why as it does for `Sara:`, because labels compare by label_key (case and spaces aside)."""
    from workbench.core.turns import uncounted_label

    text = "I: Velkommen.\nDeltaker A: Takk.\nI: Og du?\nDeltaker A: Bra.\nDeltakerB: Jeg også.\n"
    assert uncounted_label(text, "Deltaker B") and uncounted_label(text, "deltakerb")
    assert not uncounted_label(text, "DeltakerA")  # counted (as `Deltaker A`), so no explanation
    db = tmp_path / "p.db"
    _cli(db, "init")
    (tmp_path / "G.txt").write_text(text, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,participant,role,speakers\nG.txt,G1,mentee,Deltaker B=mentee:P7\n", encoding="utf-8")
    out = _cli(db, "import", "--manifest", str(manifest), code=1)
    assert "speaker label 'Deltaker B' does not occur in document 'G'" in out
    assert "'Deltaker B:' starts a line only once" in out and "[Deltaker B]:" in out


def test_importing_a_stored_transcript_again_fills_its_speaker_map_but_keeps_edits(tmp_path):
    """The run says the file was skipped: its manifest row may add labels the map lacks, but must not
    overwrite what a researcher has set since (it did, silently); the run says what it kept."""
    db = tmp_path / "p.db"
    shutil.copy(GROUP, tmp_path / "group.txt")
    _cli(db, "init")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,participant,role,speakers\ngroup.txt,G21,mentee,BK=mentor:M21\n", encoding="utf-8")
    _cli(db, "import", "--manifest", str(manifest))
    _cli(db, "speakers", "set", "group", "BK", "--role", "programleder", "--participant", "L1")
    manifest.write_text("file,participant,role,speakers\ngroup.txt,G21,mentee,BK=mentor:M21; AH=mentee:P21\n",
                        encoding="utf-8")
    again = _cli(db, "import", "--manifest", str(manifest))
    assert "skipped" in again and "kept BK = programleder, L1" in again and "workbench speakers set" in again
    rows = {r["label"]: (r["role"], r["participant"]) for r in json.loads(_cli(db, "speakers", "group", "--json"))}
    assert rows["BK"] == ("programleder", "L1") and rows["AH"] == ("mentee", "P21")  # AH was not in the map: added


def test_importing_again_keeps_an_edit_whatever_the_manifest_spells_the_label(tmp_path):
    """`speakers set` finds `Deltaker 2` when typed `deltaker2`; the second import's manifest must
    match it the same way, or it overwrites the edit it promises to keep (it did, silently)."""
    db = tmp_path / "p.db"
    (tmp_path / "g.txt").write_text("I: Velkommen.\nDeltaker 2: Takk.\nI: Og?\nDeltaker 2: Ja.\n", encoding="utf-8")
    _cli(db, "init")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,participant,role,speakers\ng.txt,G1,mentee,Deltaker 2=mentee:P2\n", encoding="utf-8")
    _cli(db, "import", "--manifest", str(manifest))
    _cli(db, "speakers", "set", "g", "deltaker2", "--role", "mentor", "--participant", "M9")
    manifest.write_text("file,participant,role,speakers\ng.txt,G1,mentee,Deltaker2=mentee:P2\n", encoding="utf-8")
    again = _cli(db, "import", "--manifest", str(manifest))
    assert "kept Deltaker 2 = mentor, M9" in again
    rows = {r["label"]: (r["role"], r["participant"]) for r in json.loads(_cli(db, "speakers", "g", "--json"))}
    assert rows["Deltaker 2"] == ("mentor", "M9")

def test_import_warns_about_a_line_that_looks_like_a_label_but_is_read_as_text(tmp_path):
    """`Sara:` once in a group interview joins the turn before (the mentee's); say so at import."""
    db = tmp_path / "p.db"
    _cli(db, "init")
    group = tmp_path / "G.txt"
    group.write_text("I: Velkommen.\nMentor: Takk.\nMentee: Takk.\nSara: Jeg er også mentee.\n", encoding="utf-8")
    out = _cli(db, "import", str(group), "--participant", "G1", "--role", "mentee")
    assert "line 4: 'Sara:': read as text of the turn before" in out and "[Sara]:" in out
    assert "(a name must start two lines)" in out  # the reason for a plain name used once
    named = tmp_path / "N.txt"  # a form the rules do not read: every answer would join the interviewer's turn
    named.write_text("I: Hei.\nKari (mentor): Hei.\nI: Og?\nKari (mentor): Ja.\n", encoding="utf-8")
    out = _cli(db, "import", str(named), "--participant", "G2", "--role", "mentee")
    assert "line 2: 'Kari (mentor):': read as text" in out and "[Kari]:" in out
    # it starts two lines already: the reason is its form (before, the warning blamed a name used once)
    assert "(not a label form the workbench reads)" in out and "start two lines" not in out
    assert "Mentor Kari:" in out
    plain = tmp_path / "P.txt"
    plain.write_text("I: Hei.\nAmira: Ja.\nI: Og?\nAmira: Nei.\n", encoding="utf-8")
    assert "read as text" not in _cli(db, "import", str(plain), "--participant", "P1", "--role", "mentee")
