"""Pilot tests of the retrieval and coding-query screens: keys in, list and project file out.

The project is the shared synthetic sample (conftest) plus a second, synthetic mentor
interview whose participant has a free attribute, so attribute filters have something to
separate.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLE_TEXT, sample_segments
from pilot_support import SIZE, make_app, pilot_test

from workbench.core.models import Document, Participant
from workbench.ui.app import SCREEN_REGISTRY, ensure_screens

SEG = sample_segments(SAMPLE_TEXT)
MENTOR_TEXT = (
    "I: Hva gjorde du for mentee-en din?\n\n"
    "Mentor: Jeg ringte en kollega. Hun trengte folk med fagbrev."
)
MENTOR_SEG = sample_segments(MENTOR_TEXT)


@pytest.fixture
def coded(project):
    """language on segment 4; mentor_network on 1; formal (ola) and network on 2; a mentor's network."""
    project.add_coding(1, SEG[4].start, SEG[4].end, "competence/language", "kari")
    project.add_coding(1, SEG[1].start, SEG[1].end, "network/mentor_network", "kari")
    project.add_coding(1, SEG[2].start, SEG[2].end, "competence/formal", "ola")
    project.add_coding(1, SEG[2].start, SEG[2].end, "network", "kari")
    project.add_document(Document("P02-nullpunkt", MENTOR_TEXT, sha256="mentor", participant="P02", wave="baseline",
                                  segments=MENTOR_SEG),
                         Participant("P02", "mentor", "master", {"sektor": "helse"}))
    project.add_coding(2, MENTOR_SEG[2].start, MENTOR_SEG[2].end, "network", "kari")
    return project


async def go_to(pilot, name: str):
    """Open a screen the way a user does: g, then down the menu to it, enter."""
    ensure_screens()
    await pilot.press("g")
    await pilot.press(*["j"] * list(SCREEN_REGISTRY).index(name), "enter")
    await pilot.pause()
    return next(s for s in reversed(pilot.app.screen_stack) if getattr(s, "screen_name", None) == name)


def listed(screen):
    return [(q.document, q.code, q.start) for q in screen.quotes]


@pilot_test
async def test_retrieval_lists_filters_recodes_uncodes_and_undoes(coded, tmp_path, monkeypatch):
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "retrieval")
        assert screen.screen_name == "retrieval"
        await pilot.press(*"nettverk", "enter")  # the code picker opens first
        await pilot.pause()
        assert screen.code == "network"
        assert listed(screen) == [("P01-nullpunkt", "network/mentor_network", SEG[1].start),
                                  ("P01-nullpunkt", "network", SEG[2].start),
                                  ("P02-nullpunkt", "network", MENTOR_SEG[2].start)]

        await pilot.press("f", "enter", "j", "enter")  # Wave → sluttpunkt: nothing was said at the end-point
        assert screen.filters.waves == ["endpoint"] and screen.quotes == []
        await pilot.press("f", "enter", "j", "enter")  # the same value again takes it away
        assert screen.filters.waves == [] and len(screen.quotes) == 3
        await pilot.press("f", "j", "j", "enter", "enter")  # Programme → master (both participants)
        assert screen.filters.programs == ["master"] and len(screen.quotes) == 3
        await pilot.press("f", "j", "j", "j", "enter", "j", "enter")  # Coder → ola: no network codings
        assert screen.filters.coders == ["ola"] and screen.quotes == []
        await pilot.press("f", *"jjjjj", "enter")  # Clear all filters
        await pilot.press("f", "j", "enter", "j", "enter")  # Role → mentor
        assert screen.filters.roles == ["mentor"]
        assert [d for d, _c, _s in listed(screen)] == ["P02-nullpunkt"]
        await pilot.press("f", *"jjjjj", "enter")  # Clear all filters
        assert len(screen.quotes) == 3
        await pilot.press("f", *"jjjj", "enter", "enter")  # Participant attribute → sektor = helse
        assert screen.filters.attributes == [("sektor", "helse")]
        assert [d for d, _c, _s in listed(screen)] == ["P02-nullpunkt"]
        await pilot.press("t")  # the sentence before the passage
        assert screen.context(screen.current())[0] == "Jeg ringte en kollega."
        assert "Jeg ringte en kollega." in str(screen._passage_text(screen.current()))
        await pilot.press("f", *"jjjjj", "enter")

        await pilot.press("j", "r", *"språk", "enter")  # recode kari's network on segment 2
        recoded = [r for r in coded.codings() if r["start"] == SEG[2].start and r["coder"] == "kari"]
        assert [r["code"] for r in recoded] == ["competence/language"]
        assert coded.audit_log()[-1]["action"] == "coding.update"
        assert len(screen.quotes) == 2

        await pilot.press("k", "x")  # uncode the mentor_network passage
        assert "network/mentor_network" not in [r["code"] for r in coded.codings()]
        assert coded.audit_log()[-1]["action"] == "coding.remove"
        await pilot.press("u")
        assert "network/mentor_network" in [r["code"] for r in coded.codings()]
        assert len(screen.quotes) == 2

        await pilot.press("j", "enter")  # opens the transcript at the passage
        await pilot.pause()
        assert app.screen.screen_name == "coding"
        assert app.screen.session.selection().start == MENTOR_SEG[2].start


@pilot_test
async def test_retrieval_refuses_other_coders_codings_and_writes_a_report(coded, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("workbench.io.reports.build.load_ner", lambda _model: (None, None))
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "retrieval")
        await pilot.press(*"formell", "enter")
        await pilot.pause()
        assert listed(screen) == [("P01-nullpunkt", "competence/formal", SEG[2].start)]
        before = len(coded.audit_log())
        await pilot.press("x")
        await pilot.press("r")
        assert len(coded.audit_log()) == before  # ola's coding: kari can neither remove nor recode it
        assert any("no coding of yours" in str(n.message) for n in app._notifications)

        await pilot.press("p")
        assert app.screen.query_one("Input").value == "competence-formal.md"
        await pilot.press("ctrl+a", "ctrl+k", *"formell.md", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        report = (tmp_path / "exports" / "formell.md").read_text(encoding="utf-8")
        assert report.startswith("# Sitater: Formell kompetanse\n")
        assert "Hun ringte ham for meg." in report and "(Mentee)" in report
        assert coded.audit_log()[-1]["action"] == "export.report"


@pilot_test
async def test_the_report_confirmation_says_why_passages_and_quotes_differ_and_stays_up(coded, tmp_path, monkeypatch):
    """Retrieval listed 2 passages and the toast said "1 quote" and was gone in seconds: two coders'
    overlapping passages of one code are one quote in a report; the confirmation says so and stays up."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("workbench.io.reports.build.load_ner", lambda _model: (None, None))
    coded.add_coding(1, SEG[2].start + 4, SEG[2].end, "competence/formal", "kari")  # overlaps ola's
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "retrieval")
        await pilot.press(*"formell", "enter")
        await pilot.pause()
        assert len(screen.quotes) == 2
        await pilot.press("p", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        done = [n for n in app._notifications if "wrote" in str(n.message)]
        assert [str(n.message) for n in done] == [
            "✓ wrote exports/competence-formal.md: 1 quote from 2 passages: overlapping passages of one code "
            "are printed once, pseudonymised"]
        assert done[0].timeout >= 15


@pilot_test
async def test_the_report_prompt_offers_a_free_name_and_a_taken_one_is_refused_without_cli_advice(
        coded, tmp_path, monkeypatch):
    """A second `p` proposed the same file name, and writing it failed with "add --force", a flag no
    one can add in the workbench."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("workbench.io.reports.build.load_ner", lambda _model: (None, None))
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        await go_to(pilot, "retrieval")
        await pilot.press(*"formell", "enter", "p", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = (tmp_path / "exports" / "competence-formal.md").read_bytes()
        await pilot.press("p")
        assert app.screen.query_one("Input").value == "competence-formal-2.md"
        await pilot.press("ctrl+a", "ctrl+k", *"competence-formal.md", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert any("already exists" in m and "another name" in m for m in said)
        assert not any("--force" in m for m in said)
        assert (tmp_path / "exports" / "competence-formal.md").read_bytes() == first


@pilot_test
async def test_query_screen_runs_changes_unit_saves_and_reruns(coded, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("workbench.io.reports.build.load_ner", lambda *_a, **_k: (None, None))
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "query")
        assert screen.screen_name == "query"
        await pilot.press(*"competence AND network", "enter")
        assert listed(screen) == [("P01-nullpunkt", "competence/formal", SEG[2].start),
                                  ("P01-nullpunkt", "network", SEG[2].start)]
        await pilot.press("w")  # within turn: the mentor_network passage in the same turn joins
        assert screen.within == "turn" and len(screen.quotes) == 3
        await pilot.press("p", "enter")  # the passages found, to a report
        await app.workers.wait_for_complete()
        report = (tmp_path / "exports" / "query.md").read_text(encoding="utf-8")
        assert report.startswith("# Kodespørring: competence AND network (i samme tur)\n")
        assert "Mentoren min kjente en leder." in report
        await pilot.press("s", *"komp-nett", "enter")
        [saved] = coded.saved_queries()
        assert (saved["name"], saved["query"], saved["within"]) == ("komp-nett", "competence AND network", "turn")
        assert coded.audit_log()[-1]["action"] == "query.save"

        await pilot.press("e", "ctrl+a", "ctrl+k", *"competence NOT network", "enter")
        assert [c for _d, c, _s in listed(screen)] == ["competence/language"]
        await pilot.press("e", "ctrl+a", "ctrl+k", *"competence AND (", "enter")  # an error, not a crash
        assert screen.quotes == []
        assert any("at the end: expected a code after (" in str(n.message) or "expected a code" in str(n.message)
                   for n in app._notifications)

        await pilot.press("l", "enter")  # the saved query, with its unit
        assert (screen.query_text, screen.within, len(screen.quotes)) == ("competence AND network", "turn", 3)
        await pilot.press("f", "j", "j", "j", "enter", "j", "enter")  # coder → ola
        assert [c for _d, c, _s in listed(screen)] == []  # ola coded no network
        await pilot.press("question_mark")
        assert app.screen.screen_name == "help"


@pilot_test
async def test_find_in_transcript_steps_through_highlighted_matches(coded):
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # P01-nullpunkt
        await pilot.pause()
        screen = app.screen
        text = screen.session.document.text
        await pilot.press("f", *"HUN", "enter")  # letter case is ignored
        transcript = screen.query_one("#transcript")
        assert screen.found == [(text.index("Hun"), text.index("Hun") + 3)]
        assert transcript._found == screen.found
        assert screen.session.selection().start == SEG[2].start
        await pilot.press("f", "ctrl+a", "ctrl+k", *"en", "enter")  # inside words too
        starts = [a for a, _b in screen.found]
        assert starts == [i for i in range(len(text)) if text[i:i + 2].lower() == "en"]
        first = screen.found_at
        await pilot.press("right_square_bracket")
        assert screen.found_at == (first + 1) % len(starts)
        await pilot.press("f9", "left_square_bracket")  # previous (fallback, then key), twice
        assert screen.found_at == (first - 1) % len(starts)
        assert screen.session.selection().start <= screen.found[screen.found_at][0] < screen.session.selection().end
        await pilot.press("f", "ctrl+a", "ctrl+k", *"zebra", "enter")
        assert screen.found == [] and "not in this transcript" in str(screen.message)
        assert coded.audit_log()[-1]["action"] == "coding.add"  # finding writes nothing


@pilot_test
async def test_search_screen_lists_hits_and_opens_the_transcript_at_one(coded):
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "search")
        assert screen.screen_name == "search"
        await pilot.press(*"kollega OR bergenstesten", "enter")
        assert [h["document"] for h in screen.hits] == ["P01-nullpunkt", "P02-nullpunkt"]
        assert "2 hits in 2 documents" in str(screen.query_one("#settings").render())
        hit_lines = [str(screen.query_one("#hits").get_option_at_index(i).prompt).split("\n")[0] for i in (0, 1)]
        assert hit_lines == ["P01-nullpunkt  Mentee · nullpunkt", "P02-nullpunkt  Mentor · nullpunkt"]
        await pilot.press("slash", "ctrl+a", "ctrl+k", *'"ringte ham', "enter")  # unclosed quote: one line
        assert any("cannot search" in str(n.message) for n in app._notifications)
        assert len(screen.hits) == 2  # the old hits stay
        await pilot.press("down", "enter")  # from the input: down moves in the hits (j would be typed)
        await pilot.pause()
        coding = app.screen
        assert coding.screen_name == "coding" and coding.session.document.name == "P02-nullpunkt"
        assert coding.session.selection().start == MENTOR_SEG[1].start
        assert coding.found == [(MENTOR_TEXT.index("kollega"), MENTOR_TEXT.index("kollega") + 7)]
        await pilot.press("escape")
        assert app.screen is screen


@pilot_test
async def test_memos_browser_reads_writes_searches_and_deletes(coded):
    coded.add_memo("Mentorene i helse ringer oftere.", "ola", code="network")
    coded.update_coding(coded.codings(code="competence/language")[0]["id"], "kari", memo="bergenstesten som signal")
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "memos")
        assert screen.screen_name == "memos"
        assert sorted(r.kind for r in screen.shown) == ["code", "coding"]

        await pilot.press("n", "enter", *"Dag 1: to intervjuer.", "ctrl+s")  # project journal
        journal = [m for m in coded.memos() if m["document"] is None and m["code"] is None]
        assert [(m["text"], m["coder"]) for m in journal] == [("Dag 1: to intervjuer.", "kari")]
        await pilot.press("n", "j", "enter", "j", "enter", *"Rolig intervju.", "f10")  # a document (P02)
        assert [m["document"] for m in coded.memos() if m["text"] == "Rolig intervju."] == ["P02-nullpunkt"]
        await pilot.press("n", "j", "j", "enter", *"språk", "enter", *"Språk som terskel.", "ctrl+s")
        assert [m["code"] for m in coded.memos() if m["text"] == "Språk som terskel."] == ["competence/language"]
        assert len(screen.rows) == 5

        await pilot.press("t", "t")  # only document memos
        assert [r.about for r in screen.shown] == ["P02-nullpunkt"]
        await pilot.press("t", "t", "t")  # code, coding, then all again
        await pilot.press("slash", *"bergens")
        assert [r.kind for r in screen.shown] == ["coding"]
        await pilot.press("enter", "enter", "ctrl+a", "ctrl+k", *"B2-test som signal", "ctrl+s")  # edit the coding's memo
        assert coded.codings(code="competence/language")[0]["memo"] == "B2-test som signal"
        assert coded.audit_log()[-1]["action"] == "coding.update"

        await pilot.press("o")  # the transcript at the coding
        await pilot.pause()
        assert app.screen.screen_name == "coding" and app.screen.session.selection().start == SEG[4].start
        await pilot.press("escape")
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"helse", "enter")
        [row] = screen.shown
        assert row.kind == "code"
        await pilot.press("enter", "ctrl+a", "ctrl+k", "ctrl+s")  # emptied: deleted, audit keeps the text
        assert all(m["text"] != "Mentorene i helse ringer oftere." for m in coded.memos())
        assert coded.audit_log()[-1]["action"] == "memo.delete"
        assert screen.shown == []


@pilot_test
async def test_cases_editor_edits_participants_and_documents_with_undo(coded):
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "cases")
        assert screen.screen_name == "cases"
        people = {p.id: p for p in coded.participants()}
        assert list(people) == ["P01", "P02"]

        await pilot.press("l", "enter", "j", "enter")  # P01's role → mentor
        assert coded.participants()[0].role == "mentor"
        assert coded.audit_log()[-1]["action"] == "participant.edit"
        await pilot.press("l", "enter", "ctrl+a", "ctrl+k", *"høyere utdanning", "enter")  # programme
        assert coded.participants()[0].program == "høyere utdanning"
        await pilot.press("a", *"land", "enter", *"Syria", "enter")  # a new attribute column
        assert coded.participants()[0].attributes == {"land": "Syria"}
        assert "attr:land" in [c.value for c in screen.query_one("DataTable").columns]
        await pilot.press("j", "l", "l", "enter", *"Norge", "enter")  # P02's land (columns: ..., land, sektor)
        assert coded.participants()[1].attributes == {"sektor": "helse", "land": "Norge"}
        await pilot.press("u")
        assert coded.participants()[1].attributes == {"sektor": "helse"}
        await pilot.press("l", "enter", *"-", "enter")  # a lone - removes the attribute
        assert coded.participants()[1].attributes == {}
        await pilot.press("u", "k", "h", "h", "h", "h", "h")  # back to the first row and column

        await pilot.press("tab")  # documents
        assert screen.table_name == "documents"
        await pilot.press("l", "l", "enter", "j", "enter")  # P01-nullpunkt's wave → endpoint
        assert coded.documents()[0]["wave"] == "endpoint"
        await pilot.press("l", "l", "enter", *"2025-13-01", "enter")  # bad date: one line, nothing stored
        assert coded.documents()[0]["date"] is None
        assert any("is not YYYY-MM-DD" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+a", "ctrl+k", *"2025-02-18", "enter")
        assert coded.documents()[0]["date"] is None  # the prompt closed on the error; typing went nowhere
        await pilot.press("enter", "ctrl+a", "ctrl+k", *"2025-02-18", "enter")
        assert coded.documents()[0]["date"] == "2025-02-18"

        await pilot.press("l", "l", "enter")  # Speakers: the speaker-map dialog, first label's role field
        await pilot.pause()
        assert app.screen.__class__.__name__ == "SpeakerDialog"
        labels = [r.label for r in app.screen.rows]
        await pilot.press(*"programleder", "ctrl+s")
        await pilot.pause()
        entry = coded.speaker_entries(1)[labels[0]]
        assert entry.role == "programleder"
        assert "1 mapped" in str(screen.query_one("DataTable").get_cell(str(1), "speakers"))
        assert coded.audit_log()[-1]["action"] == "speaker.set"
        await pilot.press("u")  # the speaker-map entry is on the undo stack too
        assert coded.speaker_entries(1) == {}
        assert "0 mapped" not in str(screen.query_one("DataTable").get_cell(str(1), "speakers"))
        await pilot.press("u", "u")
        assert (coded.documents()[0]["wave"], coded.documents()[0]["date"]) == ("baseline", None)
        await pilot.press("ctrl+r")
        assert coded.documents()[0]["wave"] == "endpoint"
        assert [r["action"] for r in coded.audit_log()][-3:] == ["undo", "undo", "redo"]


@pilot_test
async def test_query_screen_runs_a_query_saved_on_the_command_line_with_its_filters(coded):
    coded.save_query("språk", "competence OR network", "ola", "segment",
                     {"waves": ["nullpunkt"], "participants": ["P01"], "search": "bergenstesten"})
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        screen = await go_to(pilot, "query")
        await pilot.press("escape", "l", "enter")  # no new query; run the saved one
        assert (screen.filters.waves, screen.filters.participants, screen.filters.search) == (
            ["baseline"], ["P01"], "bergenstesten")
        assert [c for _d, c, _s in listed(screen)] == ["competence/language"]
        await pilot.press("f", "j", "j", "j", "j", "j", "enter")  # clear all filters
        assert len(screen.quotes) == 5
