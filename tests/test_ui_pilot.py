"""Pilot tests of the coding workbench: keys in, rows in the project file out.

Each test drives the real app headless on a temporary project and asserts what the
store holds afterwards (codings and audit log), not only what the screen shows.
"""

from __future__ import annotations

import sqlite3
from typing import ClassVar

import pytest
from conftest import sample_segments
from pilot_support import SEGMENTS, SIZE, FakeService, FakeSuggestion, make_app, open_first, pilot_test, press_settled, span, wait_until

from workbench.core.models import Document, Participant
from workbench.settings import Settings
from workbench.ui.app import create_app
from workbench.ui.screens.coding import CodingScreen
from workbench.ui.suggestions import SuggestionBridge


def rows(project):
    return project.codings()


def actions(project):
    return [r["action"] for r in project.audit_log()]


@pilot_test
async def test_coding_session_writes_every_step(project):
    """Open, move, code, undo, redo, memo, picker, remove, extend: the store after each step."""
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)

        await pilot.press("j", "1")
        [row] = rows(project)
        assert (row["start"], row["end"]) == span(1)
        assert (row["code"], row["coder"], row["origin"]) == ("competence", "kari", "manual")
        assert actions(project)[-1] == "coding.add"
        other = sqlite3.connect(project.path)  # committed: another connection sees it at once
        assert other.execute("SELECT count(*) FROM codings").fetchone()[0] == 1
        other.close()

        await pilot.press("u")
        assert rows(project) == []
        assert actions(project)[-1] == "undo"
        await pilot.press("ctrl+r")
        assert [(r["start"], r["end"], r["code"]) for r in rows(project)] == [(*span(1), "competence")]
        assert actions(project)[-1] == "redo"

        await pilot.press("m", *"viktig", "ctrl+s")
        assert rows(project)[0]["memo"] == "viktig"
        assert actions(project)[-1] == "coding.update"

        await pilot.press("j", "c", *"mentors", "enter")
        assert [(r["start"], r["end"], r["code"]) for r in rows(project)][-1] == (*span(2), "network/mentor_network")

        await pilot.press("x")
        assert len(rows(project)) == 1
        assert actions(project)[-1] == "coding.remove"

        await pilot.press("k", "J", "2")  # segments 1-2 as one span
        assert (*span(1, 2), "network") in [(r["start"], r["end"], r["code"]) for r in rows(project)]

        await pilot.press("x", "enter")  # two codings here: a list asks which
        assert len(rows(project)) == 1

        await pilot.press("9")  # no such code: one line, no crash, nothing written
        assert len(rows(project)) == 1
        assert "no code number 9" in str(screen.message)

        await pilot.press("down", "end", "up", "m")  # arrows, not the view's scrolling; nothing of mine here
        assert screen is app.screen and screen.session.cursor == len(SEGMENTS) - 2
        assert "no coding of yours here" in str(screen.message)


@pilot_test
async def test_levels_precise_coder_switch_blind_and_remaps(project):
    app = make_app(project, keys={"undo": "z", "next_segment_alt": "f9"})
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("greater_than_sign", "1", "2")  # into competence, then its second child
        assert rows(project)[-1]["code"] == "competence/language"
        await pilot.press("less_than_sign", "f9", "2")  # back up; remapped fallback moves down
        assert (rows(project)[-1]["code"], rows(project)[-1]["start"]) == ("network", span(1)[0])

        await pilot.press("u")  # remapped away: nothing happens
        assert len(rows(project)) == 2
        await pilot.press("z")
        assert len(rows(project)) == 1
        await pilot.press("ctrl+z")  # the fallback still undoes
        assert rows(project) == []

        await pilot.press("v", "H", "h", "h", "1")  # precise: start one left, end two left
        start, end = span(1)
        assert (rows(project)[-1]["start"], rows(project)[-1]["end"]) == (start - 1, end - 2)
        await pilot.press("escape")  # leaves precise mode, stays here
        assert app.screen is screen and screen.session.precise_span is None

        await pilot.press("C", "ctrl+a", "ctrl+k", *"ola", "enter")
        assert app.coder == "ola"
        await pilot.press("j", "2")
        assert [(r["coder"], r["code"]) for r in rows(project)] == [("kari", "competence"), ("ola", "network")]
        await pilot.press("b")
        assert {r["coder"] for r in screen.session.codings()} == {"ola"}
        await pilot.press("z")  # undo is per coder
        assert [r["coder"] for r in rows(project)] == ["kari"]
        await pilot.press("escape")
        assert app.screen.screen_name == "corpus"


@pilot_test
async def test_corpus_filter_compare_and_help(project):
    text = "I: Og nå?\n\nMentee: Nå har jeg jobb."
    project.add_document(Document("P01-sluttpunkt", text, sha256="end", participant="P01", wave="endpoint",
                                  segments=sample_segments(text)))
    project.add_document(Document("P02-sluttpunkt", "I: Hei.\n\nMentor: Hei igjen.", sha256="p2",
                                  participant="P02", wave="endpoint"), Participant("P02", "mentor", "gründer"))
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        assert app.screen.screen_name == "compare"
        assert app.screen.document_ids == (1, 2)
        await pilot.press("escape", "question_mark")
        assert app.screen.screen_name == "help"
        await pilot.press("escape", *"mentor")
        corpus = app.screen
        assert [r["name"] for r in corpus.shown] == ["P02-sluttpunkt"]
        await pilot.press("enter")
        assert isinstance(app.screen, CodingScreen)
        assert app.screen.session.document.name == "P02-sluttpunkt"


@pilot_test
async def test_corpus_shows_and_filters_every_role_that_speaks_in_a_group_interview(project):
    """A group interview (synthetic) stored under a mentee, where a mentor and a programme leader
    speak too: its Role cell names all three and `/mentor` finds it; a one-to-one interview keeps its role."""
    from workbench.core.speakers import SpeakerEntry

    text = "I: Velkommen.\n\nAmir: Takk.\n\nKari: Jeg er mentor.\n\nLise: Jeg leder programmet.\n\nAmir: Ja."
    project.add_document(Document("G1-gruppe", text, sha256="g1", participant="P05", wave="endpoint",
                                  segments=sample_segments(text)),
                         Participant("P05", "mentee", "master"))
    project.set_speakers("G1-gruppe", [SpeakerEntry("Amir", "mentee"), SpeakerEntry("Kari", "mentor"),
                                       SpeakerEntry("Lise", "programleder")])
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        corpus = app.screen
        table = corpus.query_one("DataTable")
        roles = {r["name"]: r["role"] for r in corpus.rows}
        assert roles == {"P01-nullpunkt": "mentee", "G1-gruppe": "mentee, mentor, programleder"}
        await press_settled(pilot, "slash", *"mentor")
        assert [r["name"] for r in corpus.shown] == ["G1-gruppe"]
        assert str(table.get_cell_at((0, corpus.plan.fields.index("role")))).startswith("mentee, me")
        await press_settled(pilot, "escape", "slash", *"programleder")
        assert [r["name"] for r in corpus.shown] == ["G1-gruppe"]
        await press_settled(pilot, "escape", "slash", *"mentee")
        assert [r["name"] for r in corpus.shown] == ["P01-nullpunkt", "G1-gruppe"]


def test_help_tables_show_remaps_and_fallbacks():
    from rich.console import Console

    from workbench.ui.keys import CODING_KEYS
    from workbench.ui.screens.help import key_table

    console = Console(width=120, record=True)
    console.print(key_table("Coding", CODING_KEYS, {"undo": "z"}))
    text = console.export_text()
    undo = next(line for line in text.splitlines() if line.rstrip().endswith(" undo"))
    assert undo.split()[:2] == ["z", "ctrl+z"]
    assert "remove_coding" in text and "Code picker" in text


@pytest.fixture
def fake_service():
    FakeService.instances.clear()
    yield FakeService
    FakeService.instances.clear()


@pilot_test
async def test_suggestions_accept_reject_next(project, fake_service):
    app = make_app(project, factory=fake_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j")
        await wait_until(pilot, screen._current_suggestions, "suggestions")
        await pilot.press("a")
        [row] = rows(project)
        assert (row["code"], row["origin"]) == ("network/mentor_network", "suggestion")
        service = fake_service.instances[0]
        await wait_until(pilot, lambda: service.decisions, "the decision to be stored")
        assert service.decisions == [(*span(1), "network/mentor_network", "kari", True, "fake-1")]
        await pilot.press("d")  # reject the next one (competence)
        await wait_until(pilot, lambda: len(service.decisions) == 2, "the rejection to be stored")
        assert service.decisions[-1][2:5] == ("competence", "kari", False)
        assert len(rows(project)) == 1
        await pilot.press("n")
        await wait_until(pilot, lambda: screen.session.cursor == 4, "the jump to the next confident suggestion")
        await pilot.press("n")  # none after it: the header says coded text is skipped (the demo is all coded)
        await wait_until(pilot, lambda: screen.message is not None and screen.message.plain
                         == "no suggestion scoring 0.70 or more further on for uncoded text", "the reason nothing was found")


@pilot_test
async def test_codebook_screen_edits(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await press_settled(pilot, "1", "o")  # code something, then open the codebook
        assert app.screen.screen_name == "codebook"
        # the cursor starts on 'competence': add a child (key, label, then the parent it offers), then rename it
        await press_settled(pilot, "a", *"informal", "enter", *"Uformell kompetanse", "enter", "enter")
        assert "competence/informal" in [c.path for c in project.codes()]
        await press_settled(pilot, "r", "ctrl+a", "ctrl+k", *"Uformell", "enter")
        assert next(c for c in project.codes() if c.path == "competence/informal").label == "Uformell"
        # move it under network, then merge it into network/mentor_network
        await press_settled(pilot, "m", *"netw", "enter")  # the move dialog filters like the code picker
        assert "network/informal" in [c.path for c in project.codes()]
        await press_settled(pilot, "i", *"mentors", "enter", "y")
        assert "network/informal" not in [c.path for c in project.codes()]
        assert [a for a in actions(project) if a.startswith("code.")][-4:] == \
            ["code.add", "code.rename", "code.move", "code.merge"]
        # retiring a used code asks first: 'n' keeps it, 'y' retires it, its coding stays
        app.screen.reload("competence")
        await press_settled(pilot, "d", "n")
        assert "competence" in [c.path for c in project.codes()]
        await press_settled(pilot, "d", "y")
        assert "competence" not in [c.path for c in project.codes()]
        assert len(rows(project)) == 1
        assert actions(project)[-1] == "code.retire"
        await press_settled(pilot, "d")  # and back
        assert "competence" in [c.path for c in project.codes()]
        assert actions(project)[-1] == "code.restore"
        # codebook edits join the coder's undo stack: back on the coding screen, u undoes the restore
        await press_settled(pilot, "escape")
        assert app.screen.screen_name == "coding"
        await press_settled(pilot, "u")
        assert "competence" not in [c.path for c in project.codes()]
        assert str(app.screen.message) == "✓ undone: restored code competence"
        await press_settled(pilot, "ctrl+r")
        assert "competence" in [c.path for c in project.codes()]
        assert str(app.screen.message) == "✓ redone: restored code competence"


def keybar_text(screen) -> str:
    from workbench.ui.widgets.keybar import KeyBar

    bar = screen.query_one(KeyBar)
    bar.redraw()
    # as read: the bar pads keys with a space more when it has the room
    return " ".join(f"{e.key} {e.description}" for e in bar.entries()), " ".join(str(bar.render()).split())


@pilot_test
async def test_corpus_at_80_columns_shows_every_column_and_the_open_key(project):
    project.add_document(Document("P01-sluttpunkt", "I: Og nå?\n\nMentee: Nå har jeg jobb.", sha256="end",
                                  participant="P01", wave="endpoint"))
    project.add_coding(1, *span(1), "competence", "ola")
    project.add_coding(1, *span(2), "network", "kari")
    app = make_app(project)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        corpus = app.screen
        assert corpus.plan.fields == ("participant", "name", "role", "program", "wave", "codings")
        table = corpus.query_one("DataTable")
        first = [str(c) for c in table.get_row_at(0)]
        assert first == ["P01", "P01-nullpunkt", "mentee", "master", "baseline", "kari 1, ola 1"]
        _entries, shown = keybar_text(corpus)
        assert "Open document" in shown and "Help" in shown  # the table's own enter does not hide it
        await pilot.resize_terminal(140, 30)
        await pilot.pause()
        assert "words" in corpus.plan.fields


@pilot_test
async def test_key_bar_in_precise_mode_shows_how_to_move_the_ends(project):
    app = make_app(project)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(pilot)
        _entries, shown = keybar_text(screen)
        assert "Pick code" in shown and "End ±char" not in shown
        await pilot.press("v")
        _entries, shown = keybar_text(screen)
        assert "h/l End ±char" in shown and "Leave precise" in shown and "Pick code" not in shown
        await pilot.press("escape")
        assert screen.session.precise_span is None and "Pick code" in keybar_text(screen)[1]


@pilot_test
async def test_undo_says_what_it_undid(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j", "1", "u")
        assert str(screen.message) == "✓ undone: coded Kompetanse"
        await pilot.press("ctrl+r", "r", *"mentors", "enter", "u")
        assert str(screen.message) == "✓ undone: recoded Kompetanse as Mentors nettverk"


@pilot_test
async def test_agreement_keys_come_from_the_table_remappable_with_key_bar_and_help(project):
    from textual.widgets import Footer

    project.add_coding(1, *span(1), "competence", "kari")
    project.add_coding(1, *span(1), "network", "ola")
    app = make_app(project, keys={"agreement_unit": "x", "analysis_view_alt": "f9"})
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_screen("agreement")
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        assert not screen.query(Footer)
        entries, _shown = keybar_text(screen)
        assert "⏎ Passages" in entries and "x Unit" in entries
        await pilot.press("x")
        await app.workers.wait_for_complete()
        assert screen.unit == "document"
        await pilot.press("C")  # the app's switch-coder key is not taken by the screen
        assert app.screen.title_text == "Switch coder"
        await pilot.press("escape", "question_mark")
        help_screen = app.screen
        assert help_screen.screen_name == "help" and help_screen.section == "Agreement"
        first = help_screen.query_one("#section-0").content
        assert first.title == "Agreement (this screen)"
        from rich.console import Console

        console = Console(width=120, record=True)
        for static in help_screen.query("VerticalScroll Static"):
            console.print(static.content)
        text = console.export_text()
        for name in ("agreement_unit", "accept_1", "only_unresolved", "analysis_view", "drill_down"):
            assert name in text
        await pilot.press("escape")
        app.show_screen("analysis")
        await pilot.pause()
        await pilot.press("f9")
        assert app.screen.view == "role"


@pilot_test
async def test_a_quote_opens_its_document_with_the_quote_selected(tmp_path):
    from analysis_project import build

    project = build(tmp_path / "small.db")
    app = make_app(project, coder="ana")
    async with app.run_test(size=(100, 30)) as pilot:
        app.show_screen("analysis")
        await pilot.pause()
        await pilot.press("j", "l", "enter")  # competence/formal x baseline
        await pilot.pause()
        quote = app.screen.quotes[1]
        await pilot.press("j", "enter")
        await pilot.pause()
        coding = app.screen
        assert isinstance(coding, CodingScreen)
        sel = coding.session.selection()
        assert (coding.session.document.id, sel.start, sel.end) == (quote.document_id, quote.start, quote.end)
    project.close()


@pilot_test
async def test_warnings_from_opening_the_project_are_shown_in_the_workbench(project):
    settings = Settings(db=project.path, coder="kari")
    bridge = SuggestionBridge(project, settings, enabled=False)
    app = create_app(project, settings, suggestions=bridge,
                     notices=["the project file is on a network drive (nfs)"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("network drive" in str(n.message) for n in app._notifications)


class FakeTwoModels(FakeService):
    """The shared model suggests network (citing ola's passage), the coder's own model competence."""

    asked: ClassVar[list] = []

    def suggest(self, document_id, start, end, top=5, coder=None):
        FakeTwoModels.asked.append(coder)
        if coder is None:
            return [FakeSuggestion("network", 0.9, ["like «…» (P05, coded by ola, similarity 0.80)"])][:top]
        return [FakeSuggestion("competence", 0.4, ["keywords: kurs"])][:top]

    def next_confident(self, document_id, after_offset, threshold, coder=None):
        FakeTwoModels.asked.append(("next", coder))
        return None


@pilot_test
async def test_blind_mode_asks_for_suggestions_from_the_coders_own_coding(project):
    FakeTwoModels.asked.clear()
    app = make_app(project, factory=FakeTwoModels)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j")
        await wait_until(pilot, screen._current_suggestions, "suggestions")
        assert FakeTwoModels.asked[-1] is None  # shared model outside blind mode
        await pilot.press("b", "j")
        await wait_until(pilot, lambda: FakeTwoModels.asked[-1] == "kari", "a blind request")
        await wait_until(pilot, lambda: screen._current_suggestions(), "blind suggestions")
        assert all("ola" not in w for s in screen._current_suggestions() for w in s.why)
        from workbench.ui.widgets.panels import SuggestionsPanel

        assert screen.panel_shown  # 100 columns: the side panel is there
        await wait_until(pilot, lambda: "blind: learned from kari" in str(screen.query_one(SuggestionsPanel).render()),
                         "the panel to say whose coding blind suggestions learned from")


@pilot_test
async def test_blind_mode_switched_on_in_place_drops_the_shared_suggestions(project):
    """`b` without moving the cursor: the panel must not keep the shared model's suggestion (another
    coder's passage) and `a` must not accept it; the blind one is fetched at once."""
    FakeTwoModels.asked.clear()
    app = make_app(project, factory=FakeTwoModels)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j")
        await wait_until(pilot, screen._current_suggestions, "shared suggestions")
        assert screen._current_suggestions()[0].code == "network"
        await pilot.press("b")
        assert not any("ola" in w for s in screen._current_suggestions() or [] for w in s.why)
        await wait_until(pilot, lambda: FakeTwoModels.asked[-1] == "kari", "a blind request without moving")
        await wait_until(pilot, screen._current_suggestions, "blind suggestions")
        await pilot.press("a")
        await pilot.pause()
        assert [(r["code"], r["coder"]) for r in project.codings()] == [("competence", "kari")]
        await pilot.press("n")  # the next confident segment, judged by kari's own suggester and coding
        await wait_until(pilot, lambda: ("next", "kari") in FakeTwoModels.asked, "a blind 'next confident'")
