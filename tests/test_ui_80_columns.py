"""Pilot tests of three screens at 80x24, read as the terminal shows them, with no mouse.

- The key bar dropped keys from its end when short of room, so the coding screen lost
  `esc Back` and `g Screens` and the disagreements screen `esc Back`; the way back, the
  go-to menu and help now stay, and other keys give way.
- The agreement table was wider than 80 columns: its last columns (B–P κ, Units) were cut
  and no key scrolled sideways. The code column and the whole columns that fit are shown,
  `h`/`l` (or the arrows) move along the others a column at a time, the line above the
  table names those out of view and the key bar offers the keys while there are any.
- The side panel's title gave the suggester's whole status line and wrapped over four
  rows; the title now gives a short form that still says which spaCy pipeline is active
  (fallback or full), and the whole line follows the suggestions and heads the help.
"""

from __future__ import annotations

from conftest import SAMPLE_TEXT, sample_segments
from pilot_support import FakeService, make_app, open_first, pilot_test, screen_lines, wait_until

from workbench.core.models import Code
from workbench.ui.screens.agreement import HEADERS

SEGMENTS = sample_segments(SAMPLE_TEXT)
FALLBACK = "spaCy: blank nb + rules (fallback) · model m82-1d3938d1 (1538 coded segments)"
FULL = "spaCy: nb_core_news_md (full) · model m82-1d3938d1 (1538 coded segments)"
def code_two_coders(project) -> None:
    """Two coders on the sample document, one code with a key as long as a real codebook's."""
    project.import_codebook([Code("employer_gatekeeping", "Arbeidsgivere som portvoktere", parent="network")])
    first, second, fourth = SEGMENTS[1], SEGMENTS[2], SEGMENTS[4]
    for coder in ("kari", "ola"):
        project.add_coding("P01-nullpunkt", first.start, first.end, "network/employer_gatekeeping", coder)
    project.add_coding("P01-nullpunkt", second.start, second.end, "network/mentor_network", "kari")
    project.add_coding("P01-nullpunkt", fourth.start, fourth.end, "competence/language", "kari")
    project.add_coding("P01-nullpunkt", fourth.start, fourth.end, "competence/formal", "ola")


def header_row(app) -> str:
    return next(r for r in screen_lines(app) if r.lstrip().startswith("Code "))


def bar(app) -> str:
    return screen_lines(app)[-1]


async def show_agreement(app, pilot) -> None:
    app.show_screen("agreement")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@pilot_test
async def test_at_80_columns_the_coding_key_bar_keeps_back_and_screens(project):
    app = make_app(project)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(pilot)
        shown = bar(app)
        for key in ("esc Back", "g Screens", "? Help", "1-9 Apply", "c Pick code", "u Undo"):
            assert key in shown, shown
        await pilot.press("e")  # with the side panel open too
        await pilot.pause()
        assert "esc Back" in bar(app) and "g Screens" in bar(app)


@pilot_test
async def test_at_80_columns_the_disagreements_key_bar_keeps_back(project):
    code_two_coders(project)
    app = make_app(project, coder="lead")
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_screen("disagreements")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = bar(app)
        for key in ("esc Back", "g Screens", "? Help", "1-9 Coder's codes", "a Union", "e Choose"):
            assert key in shown, shown


@pilot_test
async def test_every_agreement_column_can_be_brought_into_view_at_80_columns(project):
    code_two_coders(project)
    app = make_app(project, coder="lead")
    async with app.run_test(size=(80, 24)) as pilot:
        await show_agreement(app, pilot)
        first = header_row(app)
        assert not all(h in first for h in HEADERS)  # the table is wider than the screen
        assert "h/l Columns" in bar(app)  # and the key bar says how to see the rest
        assert "→ B–P κ, Units" in screen_lines(app)[1]  # the line above names what is out of view
        seen = set()
        for _ in range(len(HEADERS)):
            row = header_row(app)
            seen |= {h for h in HEADERS if h in row}
            assert row.lstrip().startswith("Code")  # the code column stays in place
            assert any("employer_gatekeeping" in r for r in screen_lines(app))
            await pilot.press("l")
            await pilot.pause()
        assert seen == set(HEADERS)
        assert "Units" in header_row(app)
        await pilot.press(*["left"] * len(HEADERS))  # the fallback keys go back
        await pilot.pause()
        assert header_row(app) == first
        await pilot.resize_terminal(160, 30)  # all in view: the key bar leaves the key out
        await pilot.pause()
        await pilot.pause()
        assert all(h in header_row(app) for h in HEADERS)
        assert "Columns" not in bar(app)


@pilot_test
async def test_sorting_by_a_column_out_of_view_brings_it_into_view(project):
    code_two_coders(project)
    app = make_app(project, coder="lead")
    async with app.run_test(size=(80, 24)) as pilot:
        await show_agreement(app, pilot)
        assert "Units" not in header_row(app)
        await pilot.press(*["s"] * (len(HEADERS) - 1))  # sorted by Units
        await pilot.pause()
        assert app.screen.sort_column == "n_units"
        assert "Units" in header_row(app)


class FallbackService(FakeService):
    def __init__(self, project, settings):
        super().__init__(project, settings)
        self.status = FALLBACK

    def suggest(self, document_id, start, end, top=5, coder=None):  # blind mode passes the coder
        return super().suggest(document_id, start, end, top)


class FullService(FakeService):
    def __init__(self, project, settings):
        super().__init__(project, settings)
        self.status = FULL


def side(app) -> list[str]:
    return [r.split("▏", 1)[1].strip() for r in screen_lines(app) if "▏" in r]


async def open_panel(pilot):
    screen = await open_first(pilot)
    await pilot.press("j", "e")
    await wait_until(pilot, lambda: screen._current_suggestions(), "suggestions")
    await pilot.pause()
    return screen


@pilot_test
async def test_at_80x24_the_panel_title_takes_one_row_and_names_the_fallback_pipeline(project):
    app = make_app(project, factory=FallbackService)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_panel(pilot)
        rows = side(app)
        title = next(i for i, r in enumerate(rows) if r.startswith("Suggestions"))
        assert "spaCy fallback" in rows[title], rows[title]
        assert rows[title + 1].startswith("a› 0.90 Mentors nettverk"), rows[title:title + 3]
        below = " ".join(" ".join(rows[title + 1:]).split())
        assert f"suggester: {FALLBACK}" in below  # the whole line, under the suggestions
        await pilot.press("question_mark")  # the help gives the status in full
        await pilot.pause()
        assert FALLBACK in " ".join(" ".join(screen_lines(app)).split())


@pilot_test
async def test_at_80x24_the_panel_title_names_the_full_pipeline(project):
    app = make_app(project, factory=FullService)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_panel(pilot)
        rows = side(app)
        title = next(i for i, r in enumerate(rows) if r.startswith("Suggestions"))
        assert "spaCy full" in rows[title], rows[title]
        assert rows[title + 1].startswith("a› "), rows[title:title + 3]


@pilot_test
async def test_blind_mode_still_says_which_pipeline_is_active(project):
    app = make_app(project, factory=FallbackService)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_panel(pilot)
        await pilot.press("b")
        await wait_until(pilot, lambda: screen.session.blind and screen._current_suggestions(), "blind suggestions")
        await pilot.pause()
        rows = side(app)
        title = next(r for r in rows if r.startswith("Suggestions"))
        assert "spaCy fallback" in title, title
        below = " ".join(" ".join(rows[rows.index(title):]).split())  # the whole line, under the list
        assert "spaCy: blank nb + rules (fallback) · blind: learned from kari's coding" in below


def test_short_status_forms():
    """Each part of the status line in short; anything it does not know is kept whole."""
    from workbench.nlp.status import short_status

    assert short_status(FALLBACK) == ["spaCy fallback · model m82", "spaCy fallback · m82", "spaCy fallback"]
    assert short_status(FULL)[0] == "spaCy full · model m82"
    training = "spaCy: blank nb + rules (fallback) · rules only (no model trained yet), retraining…"
    assert short_status(training)[0] == "spaCy fallback · rules only, retraining…"
    examples = "spaCy: nb_core_news_sm (full) · rules and 40 example passages (no model trained yet)"
    assert short_status(examples)[0] == "spaCy full · rules + 40 examples"
    failed = "spaCy: blank nb + rules (fallback) · model m3-abc (9 coded segments) · disk full"
    assert short_status(failed)[0] == "spaCy fallback · model m3 · disk full"
    blind = "spaCy: blank nb + rules (fallback) · blind: learned from kari's coding and the consensus only"
    assert short_status(blind) == ["spaCy fallback · blind: kari + consensus", "spaCy fallback · blind: kari",
                                   "spaCy fallback · blind", "spaCy fallback"]
    assert "spaCy fallback · retraining…" in short_status(training)  # the model goes, its state stays
    assert short_status("loading…") == []  # nothing to shorten
