"""Every phrase the suggester's status line is made of has a short form for a narrow panel.

The phrases and their short forms live together in `workbench.nlp.status`; these tests build
each status line from the same phrase functions the service and the coding screen use, so a
change of wording that the short forms no longer match fails here instead of leaving the
80x24 panel's title wrapped over several rows.
"""

from __future__ import annotations

import pytest

from workbench.nlp import status as st

PIPELINES = [st.pipeline_phrase("fallback", "blank"), st.pipeline_phrase("full", "nb_core_news_sm")]
MODELS = [st.rules_only_phrase(), st.examples_phrase(1638), st.behind_phrase(training=False),
          st.behind_phrase(training=True), st.model_phrase("m82-1d3938d1", 1538)]
#: What the side panel's title row has beside "Suggestions · " at 80x24 (the panel is 36 columns).
TITLE_ROOM = 36 - len("Suggestions · ")
EXTRAS = [[], [st.blind_phrase("kari")], [st.layers_phrase(["Programdesign"])]]


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("extra", EXTRAS)
def test_each_status_line_shortens_and_keeps_the_pipeline(pipeline, model, extra):
    line = st.SEPARATOR.join([pipeline, model, *extra])
    forms = st.short_status(line)
    assert forms, f"no short form for {line!r}"
    kind = "fallback" if "(fallback)" in pipeline else "full"
    assert all(f"spaCy {kind}" in form for form in forms), forms
    shortest = forms[-1]
    assert len(shortest) <= TITLE_ROOM, shortest
    assert st.pipeline_part(line) == pipeline


def test_a_part_it_does_not_know_is_kept_whole():
    line = st.SEPARATOR.join([PIPELINES[0], st.model_phrase("m3-abc", 9), "disk full"])
    assert st.short_status(line)[-1] == "spaCy fallback · disk full"
