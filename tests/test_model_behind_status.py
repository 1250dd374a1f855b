"""The suggester's status line after a codebook edit: a model exists but is behind the codebook.

Before, the line said "(no model trained yet)" once the codebook was edited, as if nothing had
ever been trained; it now says the model is behind the edited codebook, that suggestions come
from the codebook alone until it is retrained, and how it gets retrained. The project is
synthetic (the topic sentences of test_nlp_service).
"""

from __future__ import annotations

import pytest
from pilot_support import SIZE, make_app, open_first, pilot_test, wait_until
from test_nlp_service import CODES, add_document, code_topics, transcript

import workbench.nlp.service as service_module
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project
from workbench.ui.widgets.panels import SuggestionsPanel

BEHIND = "model behind the edited codebook: suggestions from the codebook alone until it is retrained"


@pytest.fixture
def trained(tmp_path):
    """A coded project with a current model."""
    path = tmp_path / "behind.db"
    project = Project.open(path)
    project.import_codebook(CODES)
    for name, offset in (("D1", 0), ("D2", 1)):
        code_topics(project, add_document(project, name, transcript(6, offset=offset)))
    service = SuggestionService(project, Settings(db=path), background=False)
    service.load()
    assert service.retrain() is not None
    yield project
    project.close()


def test_after_a_codebook_edit_the_status_says_the_model_is_behind_not_missing(trained, monkeypatch):
    monkeypatch.setattr(service_module, "CHECK_EVERY", 0.0)
    service = SuggestionService(trained, Settings(db=trained.path), background=False)
    service.load()
    assert "coded segments" in service.status  # the stored model is current
    trained.rename_code("network", "Nettverk og kontakter", "kari")  # an edit: the model is behind now
    doc = trained.resolve_document("D1")
    seg = trained.segments(doc)[1]
    service.suggest(doc, seg.start, seg.end)  # looks at the project, finds the edit
    assert BEHIND in service.status and "`workbench suggest --train`" in service.status
    assert "no model trained yet" not in service.status
    assert service.retrain() is not None
    assert "coded segments" in service.status and "behind" not in service.status


def test_a_project_opened_after_an_edit_says_the_same(trained):
    trained.rename_code("network", "Nettverk og kontakter", "kari")
    service = SuggestionService(trained, Settings(db=trained.path), background=False)
    service.load()
    assert BEHIND in service.status


@pilot_test
async def test_the_workbench_panel_says_the_model_is_behind_after_a_codebook_edit(trained, monkeypatch):
    monkeypatch.setattr(service_module, "CHECK_EVERY", 0.0)

    def in_process(project, settings):
        return SuggestionService(project, settings, background=False)  # no retraining thread: the line stays

    app = make_app(trained, factory=in_process)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(pilot)
        panel = screen.query_one(SuggestionsPanel)
        await pilot.press("j")
        await wait_until(pilot, lambda: "coded segments" in str(panel.render()), "the current model", timeout=60)
        trained.rename_code("network", "Nettverk og kontakter", "kari")  # as the codebook screen does
        await pilot.press("j")
        await wait_until(pilot, lambda: BEHIND in str(panel.render()), "the line after the edit", timeout=60)
        assert "no model trained yet" not in str(panel.render())
