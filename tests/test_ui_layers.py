"""Pilot test: the codebook's optional layer (a top-level code marked on_request) is suggested in the
workbench only when the coder asks for it, as `suggest --layer` does on the command line."""

from __future__ import annotations

from typing import ClassVar

from pilot_support import SIZE, FakeService, FakeSuggestion, make_app, open_first, pilot_test, wait_until

from workbench.core.models import Code
from workbench.ui.widgets.panels import SuggestionsPanel


class FakeLayerService(FakeService):
    """Suggests the optional layer's code only when asked for it by name."""

    asked: ClassVar[list] = []

    def suggest(self, document_id, start, end, top=5, coder=None, layers=()):
        FakeLayerService.asked.append(tuple(layers))
        found = [FakeSuggestion("competence", 0.4, ["keywords: kurs"])]
        if "programme" in layers:
            found.insert(0, FakeSuggestion("programme/matching", 0.8, ["keywords: matching"]))
        return found[:top]


@pilot_test
async def test_the_optional_layer_is_suggested_on_request_and_accepted_from_the_keyboard(project):
    project.import_codebook([Code("programme", "Programdesign", on_request=True),
                             Code("matching", "Matching", parent="programme")])
    FakeLayerService.asked.clear()
    app = make_app(project, factory=FakeLayerService)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        await pilot.press("j")
        await wait_until(pilot, screen._current_suggestions, "suggestions")
        assert FakeLayerService.asked[-1] == ()  # not asked for: the layer stays out
        await pilot.press("i")  # also suggest the optional layers
        await wait_until(pilot, lambda: FakeLayerService.asked[-1] == ("programme",), "a request with the layer")
        await wait_until(pilot, lambda: (screen._current_suggestions() or [None])[0] is not None
                         and screen._current_suggestions()[0].code == "programme/matching", "the layer's suggestion")
        assert "optional layer" in str(screen.query_one(SuggestionsPanel).render())
        assert "[layers]" in str(screen.query_one("#doc-header").render())
        await pilot.press("a")
        await pilot.pause()
        assert [(r["code"], r["coder"]) for r in project.codings()] == [("programme/matching", "kari")]
        await pilot.press("I", "j")  # the fallback key turns it off again
        await wait_until(pilot, lambda: FakeLayerService.asked[-1] == (), "a request without the layer")
