"""Pilot tests from a new user's walk through the workbench at 80x24: what was out of view or
unreadable there. Each test presses keys and reads the screen as the terminal shows it.

- The code strip put abbreviations (`C.form`, `C.comp`) in place of every label once the labels
  did not fit; it now shortens the longest labels, never before the letter that tells two apart.
- The codebook tree cut long labels at the right edge, count and all; each line now fits, and
  the details pane beside it gives the highlighted code's label in full.
- With the side panel open the note on the suggestions' order came last, under the code's rules
  and the reasons, below the bottom of the screen; it now comes under the panel's title and the
  code's rules come after the suggestions.
- `<` left "keys 1-9 now apply sub-codes of …" on screen after going back to the top level.
- Opening the side panel left the header drawn for the old width (its wave cut off).
"""

from __future__ import annotations

from pilot_support import (FakeService, FakeSuggestion, make_app, open_first, pilot_test, screen_lines, span,
                           wait_until)

from workbench.core.models import Code
from workbench.ui.widgets.bars import CodeStrip
from workbench.ui.widgets.panels import SuggestionsPanel

LONG = [
    Code("gap", "Kompetansegap hos nyankomne", parent="competence"),
    Code("upskilling", "Kompetanseheving gjennom kurs og praksis", parent="competence"),
    Code("trust_network", "Tillit som vilkår for å dele nettverk med mentee", parent="network"),
]


class OutOfOrderService(FakeService):
    """A sub-code first with its branch scoring higher, as the suggester orders it; long reasons."""

    def suggest(self, document_id, start, end, top=5, coder=None, layers=()):
        why = ["keywords: kurs, praksis, norskkurs, bergenstesten; the sentences around it point here too"]
        return [FakeSuggestion("competence/formal", 0.41, why), FakeSuggestion("network", 0.31, why),
                FakeSuggestion("competence", 0.77, why)][:top]


@pilot_test
async def test_the_code_strip_shortens_long_labels_and_keeps_them_apart(project):
    project.import_codebook(LONG)
    async with make_app(project).run_test(size=(80, 24)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("greater_than_sign", "1")  # into Kompetanse's sub-codes
        await pilot.pause()
        strip = str(screen.query_one(CodeStrip).render())
        assert "C.form" not in strip and "C.gap" not in strip  # not the margin's abbreviations
        assert "1 Formell kompeta" in strip and "2 Språk" in strip  # a short label stays whole
        assert "3 Kompetansegap" in strip and "4 Kompetanseh" in strip  # cut after the letters that differ
        assert "…" in strip and len(strip) <= 80
        assert "3 Kompetansegap" in screen_lines(pilot.app)[-2]  # on screen, above the key bar


@pilot_test
async def test_the_codebook_tree_keeps_counts_in_view_and_the_details_give_the_label_whole(project):
    project.import_codebook(LONG)
    async with make_app(project).run_test(size=(80, 24)) as pilot:
        await open_first(pilot)
        await pilot.press("o")
        await pilot.pause()
        rows = screen_lines(pilot.app)
        row = next(r for r in rows if "Tillit som" in r)
        tree_part = row.split("▏")[0]
        assert "… (0)" in tree_part  # shortened, the count kept
        await pilot.press(*["j"] * 8)  # competence, formal, gap, upskilling, language, network, mentor, trust
        await pilot.pause()
        assert pilot.app.screen.highlighted_path() == "network/trust_network"
        details = " ".join(r.split("▏")[-1].strip() for r in screen_lines(pilot.app))
        assert "Tillit som vilkår for å dele nettverk med mentee" in details


@pilot_test
async def test_at_80x24_the_note_on_the_suggestions_order_is_on_screen_with_the_panel_open(project):
    # SYNTHETIC rules, as long as a real codebook's: coded here, so the panel shows them too
    project.import_codebook([Code("formal", "Formell kompetanse", parent="competence",
                                  definition="Utdanning, sertifikater og godkjenninger som kan dokumenteres. " * 2,
                                  when_to_use="Når personen nevner vitnemål, godkjenning eller kurs med bevis. " * 2,
                                  when_not_to_use="Ikke for erfaring uten papirer (bruk uformell kompetanse). " * 2)])
    project.add_coding(1, *span(1), "competence/formal", "ola")
    app = make_app(project, factory=OutOfOrderService)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j", "e")  # "Mentoren min kjente en leder."
        await wait_until(pilot, lambda: screen._current_suggestions(), "suggestions")
        await pilot.pause()
        side = [r.split("▏", 1)[1] for r in screen_lines(pilot.app) if "▏" in r]
        text = " ".join(" ".join(side).split())
        assert "order: the likeliest top-level codes lead" in text
        assert "a› 0.41 Formell kompetanse" in text
        rules = screen.query_one("#rules-panel")  # the code's rules: after the suggestions (scroll to them)
        assert rules.display and "Utdanning, sertifikater" in str(rules.render())
        assert rules.region.y >= screen.query_one(SuggestionsPanel).region.bottom


@pilot_test
async def test_going_up_a_level_says_where_keys_1_9_are_now(project):
    async with make_app(project).run_test(size=(80, 24)) as pilot:
        await open_first(pilot)
        await pilot.press("greater_than_sign", "1")
        await pilot.pause()
        assert "sub-codes of Kompetanse" in " ".join(screen_lines(pilot.app)[1:3])
        await pilot.press("less_than_sign")
        await pilot.pause()
        shown = " ".join(screen_lines(pilot.app)[1:3])
        assert "sub-codes of Kompetanse" not in shown and "top-level codes" in shown


@pilot_test
async def test_opening_the_side_panel_redraws_the_header_for_its_new_width(project):
    async with make_app(project).run_test(size=(80, 24)) as pilot:
        await open_first(pilot)
        await pilot.press("e")
        await pilot.pause()
        header = screen_lines(pilot.app)[1].split("▏")[0]
        assert "baseline" in header, header
