"""Pilot test: the header, the panel and `a` agree on which suggestion is first and what it scores.

The suggester leads with a branch's most specific likely code, which can score below its own
top-level code (a sub-code at 0.63 in a branch at 0.77). `n` stops where a code scores 0.70 or
more, so a header naming only the sub-code at 0.63 contradicted the jump. Both are named now,
each with its own score; `a` applies the one named first, and then its top-level code (implied
by the sub-code's coding) is not offered again.
"""

from __future__ import annotations

from pilot_support import FakeService, FakeSuggestion, make_app, open_first, pilot_test, wait_until

from workbench.core.models import Code
from workbench.ui.widgets.panels import SuggestionsPanel


class SubCodeFirstService(FakeService):
    """As the suggester orders it: the branch's sub-code first, the branch itself scoring higher."""

    def suggest(self, document_id, start, end, top=5, coder=None, layers=()):
        return [FakeSuggestion("competence/upskilling", 0.63, ["keywords: kurs"]),
                FakeSuggestion("network", 0.31, ["keywords: kjente"]),
                FakeSuggestion("competence", 0.77, ["keywords: kurs"]),
                FakeSuggestion("competence/formal", 0.54, [])][:top]


def _header(screen) -> str:
    return str(screen.query_one("#doc-header").render())


@pilot_test
async def test_header_names_what_a_applies_and_the_higher_score_n_judged_by_at_80x24(project):
    project.import_codebook([Code("upskilling", "Kompetanseheving", parent="competence")])
    app = make_app(project, factory=SubCodeFirstService)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j")
        await wait_until(pilot, screen._current_suggestions, "suggestions")
        await wait_until(pilot, lambda: "a› " in _header(screen), "the hint")
        assert "a› Kompetanseheving 0.63 in Kompetanse 0.77" in _header(screen)
        await pilot.press("a")
        await pilot.pause()
        sel = screen.session.selection()
        assert [(r["code"], r["coder"], r["start"], r["end"]) for r in project.codings()] == [
            ("competence/upskilling", "kari", sel.start, sel.end)]
        # Kompetanse is implied by the sub-code's coding: the next `a` offers another branch
        assert [s.code for s in screen._current_suggestions()] == ["network", "competence/formal"]
        screen.message = None
        screen._redraw_header()
        assert "a› Nettverk 0.31" in _header(screen) and "Kompetanse 0.77" not in _header(screen)


@pilot_test
async def test_a_long_code_name_is_shortened_never_the_scores(project):
    project.import_codebook([Code("upskilling", "Kompetanseheving gjennom kurs, praksis og videreutdanning",
                                  parent="competence")])
    app = make_app(project, factory=SubCodeFirstService)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j")
        await wait_until(pilot, lambda: "a› " in _header(screen), "the hint")
        header = _header(screen)
        assert "a› Kompetanseheving" in header and "… 0.63 in Kompetanse 0.77" in header
        assert len(header) <= 80


@pilot_test
async def test_panel_names_the_branch_score_beside_the_first_suggestion(project):
    project.import_codebook([Code("upskilling", "Kompetanseheving", parent="competence")])
    app = make_app(project, factory=SubCodeFirstService)
    async with app.run_test(size=(110, 30)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j")
        await wait_until(pilot, screen._current_suggestions, "suggestions")
        lines = str(screen.query_one(SuggestionsPanel).render()).splitlines()
        assert lines[1].startswith("order: ")  # why the list is not in score order, before the list
        assert lines[2] == "a› 0.63 Kompetanseheving in Kompetanse 0.77"
