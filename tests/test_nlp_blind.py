"""The suggestion service in blind (independent) coding, and the suggester process passing on
who codes blind and which optional layers are wanted.

Split from test_nlp_service.py (which keeps the shared fixtures): what blind mode may learn
from, where `n` may jump, and that the child process forwards the coder and the layers.
"""

from __future__ import annotations

from tests.test_nlp_service import TOPICS, coded  # noqa: F401  (fixture)


def test_blind_mode_learns_only_from_the_coders_own_coding(coded):  # noqa: F811
    project, service, (_first, _second, third), _v = coded
    text = project.document(third).text
    target = next(s for s in project.segments(third) if text[s.start:s.end] == "Den første versjonen var altfor lang.")
    shared = service.suggest(third, target.start, target.end, top=3)
    assert shared[0].model_version == service.model_version != "rules"
    own = service.suggest(third, target.start, target.end, top=3, coder="ola")  # ola has coded nothing
    assert all(s.model_version == "rules" for s in own)
    assert not any("kari" in w or w.startswith("like «") for s in own for w in s.why)


def test_blind_next_confident_ignores_other_coders_coding_and_model(coded, monkeypatch):  # noqa: F811
    """`n` in blind mode: another coder's codings must not make a segment count as done (the jump would
    show where they coded), and the scores come from the blind coder's own suggester."""
    project, service, (first, _second, _third), _v = coded
    topic = {s for sentences in TOPICS.values() for s in sentences}
    text = project.document(first).text
    asked = []
    real = service.own_suggester
    monkeypatch.setattr(service, "own_suggester", lambda coder: asked.append(coder) or real(coder))
    found = service.next_confident(first, 0, threshold=0.3, coder="ola")  # kari coded every topic sentence
    assert asked == ["ola"]
    assert found is not None and text[found[0]:found[1]] in topic
    shared = service.next_confident(first, 0, threshold=0.3)
    assert shared is None or text[shared[0]:shared[1]] not in topic  # outside blind mode kari's coding counts


def test_the_suggester_process_passes_the_blind_coder_and_layers_on():
    from types import SimpleNamespace

    from workbench.commands.suggest_server import _answer

    asked = {}

    class Fake:
        def suggest(self, document_id, start, end, top=5, coder=None, layers=()):
            asked["coder"], asked["layers"] = coder, layers
            return [SimpleNamespace(code="network", score=0.6, why=[], start=start, end=end, model_version="own:ola")]

    sent = []
    _answer(Fake(), {"id": 1, "op": "suggest", "args": {"document_id": 1, "start": 0, "end": 5, "coder": "ola"}},
            sent.append)
    assert asked["coder"] == "ola" and sent[0]["result"][0]["model_version"] == "own:ola"
    assert asked["layers"] == ()
    _answer(Fake(), {"id": 2, "op": "suggest", "args": {"document_id": 1, "start": 0, "end": 5,
                                                          "layers": ["programme"]}}, sent.append)
    assert asked["layers"] == ("programme",)  # the workbench's request for the optional layer reaches the service
