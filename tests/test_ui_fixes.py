"""Pilot tests of the workbench fixes from issue 13: each presses the keys a user would
and asserts what landed (on screen, and in the project file where anything is written)."""

from __future__ import annotations

import asyncio

from pilot_support import SIZE, make_app, open_first, pilot_test, press_settled, span

from workbench.core.models import Document, Participant


@pilot_test
async def test_typing_into_the_corpus_filter_keeps_the_first_letter(project):
    """P, 0, 5 typed with pauses (the focus change lands in between) filter by "P05", not "05"."""
    project.add_document(Document("P05-nullpunkt", "I: Hei.\n\nMentee: Hei.", sha256="p5", participant="P05",
                                  wave="baseline"), Participant("P05", "mentee", "master"))
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        for key in "P05":
            await pilot.press(key)
            await pilot.pause(0.05)  # a human's gap between keys: the input's focus event runs here
        corpus = app.screen
        assert corpus.query_one("#filter").value == "P05"
        assert [r["name"] for r in corpus.shown] == ["P05-nullpunkt"]


def test_agreement_columns_keep_their_width_after_choosing_coders(project, monkeypatch):
    """c → kari, ola → enter while the first report is still computing: every column stays as
    wide as its widest cell (they used to collapse to their headers until the table was re-sorted)."""
    import time

    from rich.text import Text
    from test_agreement_ui import code_two_coders, settle_until_idle
    from test_agreement_ui import make_app as agreement_app

    import workbench.ui.screens.agreement as agreement

    code_two_coders(project)
    real = agreement.agreement_report

    def slow_report(*args, **kwargs):
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(agreement, "agreement_report", slow_report)

    async def scenario():
        app = agreement_app(project)
        async with app.run_test(size=(110, 32)) as pilot:
            app.show_screen("agreement")
            await pilot.pause()
            screen = app.screen
            await pilot.press("c")
            await pilot.pause(0.05)
            await pilot.press(*"kari, ola", "enter")
            await settle_until_idle(app, pilot)
            assert screen.coders == ["kari", "ola"] and screen.report["coders"] == ["kari", "ola"]
            table = screen.query_one("DataTable")
            for column in table.columns.values():
                cells = [table.get_cell(row, column.key) for row in table.rows]
                widest = max(c.cell_len if isinstance(c, Text) else len(str(c)) for c in cells)
                assert column.width >= widest, column.label
            assert "competence" in table.render_line(1).text and "1.000" in table.render_line(1).text

    asyncio.run(scenario())


def _two_coders_in_network(project) -> None:
    """ola codes two segments under Nettverk (one with a child code), kari one: 3 in all, 1 kari's."""
    project.add_coding(1, *span(1), "network", "ola")
    project.add_coding(1, *span(2), "network/mentor_network", "ola")
    project.add_coding(1, *span(3), "network", "kari")


@pilot_test
async def test_blind_mode_counts_only_the_current_coders_codings(project):
    """The side panel's counts: every coder's codings normally, only kari's in blind mode."""
    _two_coders_in_network(project)
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        panel = screen.query_one("CodebookPanel")
        assert screen.counts["network"] == 2 and "Nettverk (3)" in str(panel.render())
        await pilot.press("b")
        assert screen.session.blind
        assert screen.counts["network"] == 1 and screen.counts["network/mentor_network"] == 0
        assert "Nettverk (1)" in str(panel.render())
        await pilot.press("j", "2")  # coding in blind mode: the count follows the coder's own codings
        assert "Nettverk (2)" in str(panel.render())
        assert [r["coder"] for r in project.codings(code="network")].count("kari") == 2


@pilot_test
async def test_the_codebook_opened_from_blind_coding_counts_only_the_coders_codings(project):
    """`o` from a blind coding session: the tree's counts were every coder's, which blind mode hides."""
    _two_coders_in_network(project)
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("o")
        await pilot.pause()
        labels = lambda: [str(n.label) for n in app.screen.query_one("Tree").root.children]  # noqa: E731
        assert any(label.startswith("■ Nettverk (3)") for label in labels())
        await pilot.press("escape", "b", "o")
        await pilot.pause()
        assert app.screen.screen_name == "codebook"
        assert any(label.startswith("■ Nettverk (1)") for label in labels())
        assert "blind" in app.screen.query_one("TopBar").flags


@pilot_test
async def test_k_after_a_multi_segment_selection_moves_from_its_start(project):
    """J J selects segments 2-4; k goes to segment 1 (before the selection), j to the one after it."""
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j", "J", "J")
        assert (screen.session.anchor, screen.session.cursor) == (1, 3)
        await pilot.press("k")
        assert (screen.session.anchor, screen.session.cursor) == (0, 0)
        await pilot.press("j", "j", "j", "K", "K")  # selection 1-3 made upwards: the cursor is at its start
        assert sorted((screen.session.anchor, screen.session.cursor)) == [1, 3]
        await pilot.press("j")
        assert screen.session.cursor == 4
        await pilot.press("K", "K", "1")  # and what is coded is still the whole selection
        assert [(r["start"], r["end"]) for r in project.codings()] == [span(2, 4)]


@pilot_test
async def test_corpus_summary_says_one_participant(project):
    project.add_document(Document("P01-sluttpunkt", "I: Og nå?\n\nMentee: Nå har jeg jobb.", sha256="end",
                                  participant="P01", wave="endpoint"))
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        summary = str(app.screen.query_one("#summary").render())
        assert "2 documents, 1 participant" in summary and "participants" not in summary
        await pilot.press("slash", *"slutt")
        assert "1 of 2 documents, 1 participant" in str(app.screen.query_one("#summary").render())


@pilot_test
async def test_new_code_dialog_starts_at_the_key_and_says_what_is_wrong_with_it(project):
    from textual.widgets import Input

    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        app.show_screen("codebook")
        await pilot.pause()
        await press_settled(pilot, "a")
        dialog = app.screen
        inputs = [w.id for w in dialog.query(Input)]
        assert inputs == ["key", "label", "parent"] and dialog.focused.id == "key"  # the first field has the focus
        assert dialog.query_one("#parent", Input).value == "competence"
        error = dialog.query_one("#key-error")
        await press_settled(pilot, *"Ny kode")
        assert error.display and "not a valid key" in str(error.render())
        await press_settled(pilot, "enter")  # refused: still in the key field, nothing stored
        assert dialog.focused.id == "key" and app.screen is dialog
        await press_settled(pilot, "ctrl+a", "ctrl+k", *"formal")  # competence/formal exists already
        assert "already exists" in str(error.render())
        await press_settled(pilot, "ctrl+a", "ctrl+k", *"sertifisering")
        assert not error.display
        await press_settled(pilot, "enter", *"Sertifisering", "enter", "enter")
        assert app.screen.screen_name == "codebook"
        added = next(c for c in project.codes() if c.path == "competence/sertifisering")
        assert added.label == "Sertifisering"
        assert project.audit_log()[-1]["action"] == "code.add"


def test_the_store_refuses_an_invalid_code_key(project):
    import pytest

    from workbench.core.errors import WorkbenchError
    from workbench.core.models import Code

    before = [c.path for c in project.codes()]
    with pytest.raises(WorkbenchError, match="invalid code key"):
        project.add_code(Code("Ny kode", "Ny kode"), "kari")
    assert [c.path for c in project.codes()] == before


@pilot_test
async def test_the_move_dialog_filters_and_offers_the_top_level(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        app.show_screen("codebook")
        await pilot.pause()
        app.screen.reload("network/mentor_network")
        await pilot.pause()
        await press_settled(pilot, "m", *"språ", "enter")  # typed letters filter the targets: Språk
        assert "competence/language/mentor_network" in [c.path for c in project.codes()]
        app.screen.reload("competence/language/mentor_network")
        await pilot.pause()
        await press_settled(pilot, "m", *"top", "enter")
        assert "mentor_network" in [c.path for c in project.codes()]
        assert [a["action"] for a in project.audit_log()][-2:] == ["code.move", "code.move"]


@pilot_test
async def test_the_suggester_starts_only_after_the_first_screen_is_drawn(project):
    """The default suggester runs in its own process, and is started once the corpus is on screen."""
    from workbench.ui.suggestions import _default_factory

    assert getattr(_default_factory(), "remote", False)
    seen = []

    def factory(project_, settings):
        screen = app.screen
        seen.append((screen.screen_name, screen.query_one("DataTable").row_count, project_ is project))
        raise RuntimeError("no suggester in this test")

    factory.remote = True  # like the real one: it gets the workbench's project, not a second connection
    app = make_app(project, factory=factory)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(40):
            if seen:
                break
            await pilot.pause(0.05)
        assert seen == [("corpus", 1, True)]
        assert "no suggester in this test" in app.suggestions.status


@pilot_test
async def test_the_first_document_is_drawn_while_the_real_suggester_loads(project):
    """With the real suggester starting (its own process), enter on the corpus draws the transcript
    at once: the pane is never left empty while spaCy loads."""
    app = make_app(project, enabled=True)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(40):  # the suggester has been started (after the first paint)
            if app.suggestions.service is not None:
                break
            await pilot.pause(0.05)
        service = app.suggestions.service
        assert service is not None and getattr(service, "remote", False)
        screen = await open_first(pilot)
        transcript = screen.query_one("Transcript")
        assert transcript.lines and "Hvordan fikk du jobben?" in transcript.render_line(0).text
        process = service._proc
    assert process.poll() is not None or process.wait(5) is not None  # quitting ends the child


@pilot_test
async def test_a_transcript_drawn_before_its_resize_event_shows_its_text(project):
    """The first paint of a newly opened document can come before the Resize event that used to
    wrap the text (a real terminal showed an empty pane for a moment): drawing wraps it then."""
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        transcript = screen.query_one("Transcript")
        transcript.lines, transcript._starts, transcript._wrap_width = [], [], 0  # as loaded before it had a size
        assert "Hvordan fikk du jobben?" in transcript.render_line(0).text
        assert transcript.lines


@pilot_test
async def test_a_subtitle_transcript_shows_labels_as_written_and_cue_times(project, tmp_path):
    """An .srt imported and opened: `Intervjuer:` as written, and the header gives the selected
    segments' cue times (j moves on, J stretches the span)."""
    from workbench.io.transcripts.load import load_document

    srt = tmp_path / "S01.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nIntervjuer: Hvordan gikk det?\n\n"
                   "2\n00:00:02,500 --> 00:00:05,000\nMentee: Det gikk fint. Jeg fikk jobb.\n\n"
                   "3\n00:01:05,000 --> 00:01:09,000\nMentee: Som ingeniør.\n", encoding="utf-8")
    doc = project.add_document(load_document(srt, {"participant": "P00", "wave": "endpoint"}))
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)  # P00 sorts first
        assert screen.session.document.id == doc.id
        assert screen.query_one("Transcript").render_line(0).text.startswith("Intervjuer: Hvordan gikk det?")
        header = lambda: str(screen.query_one("#doc-header").render())  # noqa: E731
        assert "00:00:01–00:00:02" in header()
        await pilot.press("j", "J", "J")
        assert "00:00:02–00:01:09" in header()
        await pilot.press("1")
        [row] = project.codings(document=doc.id)
        assert project.document(doc.id).text[row["start"]:row["end"]].endswith("Som ingeniør.")


def shown_marks(screen) -> set[tuple[str, str]]:
    """(code, coder) of every coding the transcript draws."""
    by_id = {r["id"]: r for r in screen.app.project.codings()}
    transcript = screen.query_one("Transcript")
    marks = transcript._runs.marks_between(0, len(transcript.text))
    return {(m.code, by_id[m.coding_id]["coder"]) for m in marks}


@pilot_test
async def test_the_coding_screen_filters_by_code_and_by_coder(project):
    project.add_coding(1, *span(1), "network/mentor_network", "ola")
    project.add_coding(1, *span(2), "competence", "ola")
    project.add_coding(1, *span(3), "network", "kari")
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        assert shown_marks(screen) == {("network/mentor_network", "ola"), ("competence", "ola"), ("network", "kari")}
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("down", "down", "down", "space")  # competence, formal, language, network: tick network
        await pilot.press("enter")
        await pilot.pause()
        assert shown_marks(screen) == {("network/mentor_network", "ola"), ("network", "kari")}  # with sub-codes
        assert "[filtered]" in str(screen.query_one("#doc-header").render())
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("tab", "down", "space", "enter")  # coders kari, ola: tick ola as well
        await pilot.pause()
        assert screen.session.show_coders == {"ola"} and screen.session.show_codes == {"network"}
        assert shown_marks(screen) == {("network/mentor_network", "ola")}
        await pilot.press("1")  # coding still lands while filtered (competence: not shown)
        assert ("competence", "kari") in {(r["code"], r["coder"]) for r in project.codings()}
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("ctrl+u", "enter")  # untick everything: all is shown again
        await pilot.pause()
        assert screen.session.filter_text() is None
        assert ("competence", "kari") in shown_marks(screen)


@pilot_test
async def test_coding_stripes_in_the_margin_for_chosen_codes(project):
    project.add_coding(1, *span(1), "network/mentor_network", "ola")
    project.add_coding(1, *span(4), "competence/language", "kari")
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        transcript = screen.query_one("Transcript")
        await pilot.press("y")
        await pilot.pause()
        await pilot.press("space", "down", "down", "down", "space", "enter")  # competence and network
        await pilot.pause()
        assert transcript.stripes == ["competence", "network"]
        margin_start = transcript.text_width + 1
        rows = [transcript.render_line(y).text[margin_start:margin_start + 2] for y in range(len(transcript.lines))]
        lines_of = lambda s, e: {transcript.line_of(s), transcript.line_of(e - 1)}  # noqa: E731
        network_lines = lines_of(*span(1))
        language_lines = lines_of(*span(4))
        for y, stripes in enumerate(rows):
            assert stripes == ("┃" if y in language_lines else " ") + ("┃" if y in network_lines else " "), y
        header = str(screen.query_one("#doc-header").render())
        assert "┃COM" in header and "┃NET" in header


def test_the_analysis_matrix_offers_counts_per_interview_and_the_chart_uses_them(tmp_path):
    """One unit per table (said in the settings line), an interviews row, `i` for counts per
    interview; the wave chart compares per-interview figures and says how many interviews."""
    from analysis_project import build

    project = build(tmp_path / "small.db")
    app = make_app(project, coder="ana")

    async def scenario():
        async with app.run_test(size=(110, 40)) as pilot:
            app.show_screen("analysis")
            await pilot.pause()
            screen = app.screen
            await pilot.press("u")  # count segments
            table = screen.query_one("DataTable")
            m = screen.data
            assert m.unit == "segments" and m.interviews == {"baseline": 3, "endpoint": 3}
            row = [str(c) for c in table.get_row("(interviews)")]
            assert row[1:3] == ["3", "3"]
            assert "coded segments" in str(screen.query_one("#settings").render())
            raw = [str(c) for c in table.get_row("network")]
            chart = str(screen.query_one("#chart").render())
            assert "per interview, of 3 and 3 interviews" in chart
            await pilot.press("i")
            assert screen.per_interview and "per interview" in str(screen.query_one("#settings").render())
            per = [str(c) for c in screen.query_one("DataTable").get_row("network")]
            assert per[1] == f"{m.cell('network', 'baseline') / 3:.2f}" and per[1] != raw[1]
            assert per[-1] == raw[-1]  # the total stays a count of distinct segments

    asyncio.run(scenario())
    project.close()


@pilot_test
async def test_ticked_lists_narrow_by_typing_and_show_ticks_without_colour(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("y")
        await pilot.pause()
        dialog = app.screen
        await pilot.press("space")  # tick the first (Kompetanse)
        first = dialog.query_one("#list-0")
        assert str(first.get_option_at_index(0).prompt).startswith("✓ ")  # the tick is in the text too
        await pilot.press(*"mentors")  # letters narrow the list: only Mentors nettverk is left
        await pilot.pause()
        assert first.option_count == 1
        await pilot.press("down", "space", "enter")
        await pilot.pause()
        assert screen.query_one("Transcript").stripes == ["competence", "network/mentor_network"]


@pilot_test
async def test_a_one_line_prompt_says_its_keys_like_every_other_dialog(project):
    """Every other dialog names its keys at the bottom; the one-line prompt (find, report name, rename)
    said nothing, so a new user had to guess enter and escape."""
    app = make_app(project)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(pilot)
        await pilot.press("f")
        await pilot.pause()
        hints = " ".join(str(label.render()) for label in app.screen.query(".hint"))
        assert "enter: OK" in hints and "esc or ctrl+g: cancel" in hints
        await pilot.press("escape")
