"""Pilot tests of the coding workbench: keys in, rows in the project file out.

Each test drives the real app headless on a temporary project and asserts what the
store holds afterwards (codings and audit log), not only what the screen shows.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
from dataclasses import dataclass, field

import pytest

from workbench.core.models import Document, Participant
from workbench.settings import Settings
from workbench.ui.app import create_app
from workbench.ui.screens.coding import CodingScreen
from workbench.ui.suggestions import SuggestionBridge

from conftest import SAMPLE_TEXT, sample_segments

SIZE = (100, 30)


def pilot_test(func):
    """Run an async pilot scenario as a plain (synchronous) pytest test."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        asyncio.run(func(*args, **kwargs))

    return wrapper


def make_app(project, coder: str = "kari", keys: dict | None = None, factory=None, enabled: bool = False):
    settings = Settings(db=project.path, coder=coder, keys=keys or {})
    bridge = SuggestionBridge(project, settings, factory=factory, enabled=enabled or factory is not None)
    return create_app(project, settings, suggestions=bridge)


def rows(project):
    return project.codings()


def actions(project):
    return [r["action"] for r in project.audit_log()]


SEGMENTS = sample_segments(SAMPLE_TEXT)


def span(i: int, j: int | None = None) -> tuple[int, int]:
    return SEGMENTS[i].start, SEGMENTS[j if j is not None else i].end


async def open_first(pilot) -> CodingScreen:
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CodingScreen)
    return screen


@pilot_test
async def test_apply_undo_redo(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("j", "1")
        [row] = rows(project)
        assert (row["start"], row["end"]) == span(1)
        assert (row["code"], row["coder"], row["origin"]) == ("competence", "kari", "manual")
        assert actions(project)[-1] == "coding.add"
        # committed: another connection sees it at once
        other = sqlite3.connect(project.path)
        assert other.execute("SELECT count(*) FROM codings").fetchone()[0] == 1
        other.close()

        await pilot.press("u")
        assert rows(project) == []
        assert actions(project)[-1] == "undo"

        await pilot.press("ctrl+r")
        assert [(r["start"], r["end"], r["code"]) for r in rows(project)] == [(*span(1), "competence")]
        assert actions(project)[-1] == "redo"


@pilot_test
async def test_move_and_extend_by_segments(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("j", "j", "k", "J", "2")
        [row] = rows(project)
        assert (row["start"], row["end"], row["code"]) == (*span(1, 2), "network")
        # a plain move collapses the extension again
        await pilot.press("j", "1")
        assert [(r["start"], r["end"]) for r in rows(project)] == [span(1, 2), span(3)]


@pilot_test
async def test_memo_dialog_stores_memo(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("1", "m")
        await pilot.pause()
        await pilot.press(*"viktig sitat")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [row] = rows(project)
        assert row["memo"] == "viktig sitat"
        assert actions(project)[-1] == "coding.update"


@pilot_test
async def test_memo_without_coding_says_so(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("m")
        await pilot.pause()
        assert screen is app.screen  # no dialog opened
        assert "no coding of yours here" in str(screen.message)


@pilot_test
async def test_code_picker_fuzzy(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("j", "c")
        await pilot.pause()
        await pilot.press(*"mentors")
        await pilot.press("enter")
        await pilot.pause()
        [row] = rows(project)
        assert row["code"] == "network/mentor_network"
        assert (row["start"], row["end"]) == span(1)


@pilot_test
async def test_remove_coding_and_choose_among_several(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("1", "x")
        assert rows(project) == []
        assert actions(project)[-1] == "coding.remove"
        await pilot.press("1", "2", "x")
        await pilot.pause()
        await pilot.press("enter")  # first in the list
        await pilot.pause()
        assert len(rows(project)) == 1
        await pilot.press("u")  # undo the removal
        assert len(rows(project)) == 2


@pilot_test
async def test_number_out_of_range_is_one_line_not_a_crash(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("9")
        assert rows(project) == []
        assert "no code number 9" in str(screen.message)


@pilot_test
async def test_level_down_applies_sub_codes(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("greater_than_sign", "1", "2")  # into competence, then its 2nd child
        [row] = rows(project)
        assert row["code"] == "competence/language"
        await pilot.press("less_than_sign", "j", "2")
        assert rows(project)[-1]["code"] == "network"


@pilot_test
async def test_precise_span(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("j", "v", "H", "h", "h", "1")  # start one left, end two left
        [row] = rows(project)
        start, end = span(1)
        assert (row["start"], row["end"]) == (start - 1, end - 2)
        await pilot.press("escape")  # leaves precise mode, stays on the screen
        assert isinstance(app.screen, CodingScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, CodingScreen)


@pilot_test
async def test_switch_coder_and_blind_mode(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("1")
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k", *"ola", "enter")
        await pilot.pause()
        assert app.coder == "ola"
        await pilot.press("j", "2")
        assert [(r["coder"], r["code"]) for r in rows(project)] == [("kari", "competence"), ("ola", "network")]
        screen = app.screen
        await pilot.press("b")
        assert screen.session.blind
        assert {r["coder"] for r in screen.session.codings()} == {"ola"}
        # undo is per coder: ola's undo leaves kari's coding alone
        await pilot.press("u")
        assert [r["coder"] for r in rows(project)] == ["kari"]


@pilot_test
async def test_remapped_key_and_fallback(project):
    app = make_app(project, keys={"undo": "z", "next_segment_alt": "f9"})
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("f9", "1")
        assert (rows(project)[0]["start"], rows(project)[0]["end"]) == span(1)
        await pilot.press("u")  # no longer undo
        assert len(rows(project)) == 1
        await pilot.press("z")
        assert rows(project) == []
        await pilot.press("1", "ctrl+z")  # the fallback still works
        assert rows(project) == []


@pilot_test
async def test_help_lists_bindings_with_fallbacks(project):
    app = make_app(project, keys={"undo": "z"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.screen_name == "help"
        text = str(app.screen.query_one("#keys").render())
        for expected in ("ctrl+z", "remove_coding", "Code picker"):
            assert expected in text or expected in repr(app.screen.query_one("#keys").renderable)
        await pilot.press("escape")
        assert app.screen.screen_name == "corpus"


@pilot_test
async def test_corpus_filter_by_typing(project):
    project.add_document(Document("P02-sluttpunkt", "I: Hei.\n\nMentor: Hei igjen.", sha256="p2",
                                  participant="P02", wave="endpoint"), Participant("P02", "mentor", "gründer"))
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"mentor")
        await pilot.pause()
        screen = app.screen
        assert [r["name"] for r in screen.shown] == ["P02-sluttpunkt"]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        assert app.screen.session.document.name == "P02-sluttpunkt"


@dataclass
class FakeSuggestion:
    code: str
    score: float
    why: list = field(default_factory=list)


class FakeService:
    """Stands in for workbench.nlp.service.SuggestionService."""

    instances: list["FakeService"] = []

    def __init__(self, project, settings):
        self.status = "fake pipeline"
        self.ready = True
        self.model_version = "fake-1"
        self.decisions = []
        FakeService.instances.append(self)

    def suggest(self, document_id, start, end, top=5):
        return [FakeSuggestion("network/mentor_network", 0.9, ["mentoren", "kjente"]),
                FakeSuggestion("competence", 0.4, ["kurs"])][:top]

    def record_decision(self, document_id, start, end, code, coder, accepted, score, model_version):
        self.decisions.append((start, end, code, coder, accepted, model_version))

    def next_confident(self, document_id, after_offset, threshold):
        seg = SEGMENTS[4]
        return (seg.start, seg.end) if after_offset < seg.start else None


async def wait_for_suggestions(pilot, screen):
    for _ in range(50):
        await pilot.pause(0.05)
        if screen._current_suggestions():
            return
    raise AssertionError("no suggestions arrived")


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
        await wait_for_suggestions(pilot, screen)
        await pilot.press("a")
        [row] = rows(project)
        assert (row["code"], row["origin"]) == ("network/mentor_network", "suggestion")
        service = fake_service.instances[0]
        assert service.decisions == [(*span(1), "network/mentor_network", "kari", True, "fake-1")]
        await pilot.press("d")  # reject the next one (competence)
        assert service.decisions[-1][2:5] == ("competence", "kari", False)
        assert len(rows(project)) == 1
        await pilot.press("n")
        for _ in range(50):
            await pilot.pause(0.05)
            if screen.session.cursor == 4:
                break
        assert screen.session.cursor == 4


@pilot_test
async def test_no_suggester_shows_nothing_invented(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.pause(0.3)
        await pilot.press("a")
        assert rows(project) == []
        assert "no suggester is ready" in str(screen.message)


@pilot_test
async def test_codebook_screen_edits(project):
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("1", "o")  # code something, then open the codebook
        await pilot.pause()
        assert app.screen.screen_name == "codebook"
        # the cursor starts on 'competence': add a child
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"informal", "enter", *"Uformell kompetanse", "enter")
        await pilot.pause()
        assert "competence/informal" in [c.path for c in project.codes()]
        # rename it
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k", *"Uformell", "enter")
        await pilot.pause()
        assert next(c for c in project.codes() if c.path == "competence/informal").label == "Uformell"
        # retiring a used code asks first; 'n' keeps it
        app.screen.reload("competence")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert "competence" in [c.path for c in project.codes()]
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "competence" not in [c.path for c in project.codes()]
        assert len(rows(project)) == 1  # its coding is kept
        assert actions(project)[-1] == "code.retire"
        await pilot.press("d")  # restore
        await pilot.pause()
        assert "competence" in [c.path for c in project.codes()]


@pilot_test
async def test_compare_baseline_and_endpoint(project):
    text = "I: Og nå?\n\nMentee: Nå har jeg jobb."
    project.add_document(Document("P01-sluttpunkt", text, sha256="end", participant="P01", wave="endpoint",
                                  segments=sample_segments(text)))
    app = make_app(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert app.screen.screen_name == "compare"
        assert app.screen.document_ids == (1, 2)
        await pilot.press("escape")
        assert app.screen.screen_name == "corpus"
