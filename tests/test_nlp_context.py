"""A segment leaning on the sentences around it, as far as the project's coding shows (nlp/context.py).

Synthetic data, written for these tests: each respondent turn says one thing about a topic
and then something with no content word at all ("Sånn var det bare."). A team that codes the
whole turn teaches the suggester that such a sentence belongs with its neighbours; a
team that codes single sentences does not, and nothing changes for it.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from tests.test_nlp_service import CODES, add_document
from workbench.nlp.context import MIN_CODED, fit_weight, lift, neighbours
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project

TOPIC = {
    "signalling/cv": ["Vi skrev om CV-en min sammen.", "Jeg sendte mange søknader i fjor."],
    "network/weak_ties": ["Naboen min visste om en jobb.", "Jeg fikk vite om stillingen fra en bekjent."],
    "competence/language": ["Jeg tok norskkurs i to år.", "Jeg besto bergenstesten i vår."],
}
FILLERS = ["Det var det.", "Sånn var det bare.", "Ja, akkurat.", "Ja, det var det."]  # no content word at all


def transcript(rounds: int, offset: int = 0) -> str:
    parts = []
    for i in range(rounds):
        for k, sentences in enumerate(TOPIC.values()):
            parts.append(f"I: Og hva skjedde da?\n\nMentee: {sentences[(i + offset) % 2]} "
                         f"{FILLERS[(i + k + offset) % len(FILLERS)]}")
            # small talk nobody codes: most sentences without a content word are not about a topic
            parts.append("I: Ja, akkurat.\n\nMentee: Det var det. Sånn var det bare.")
    return "\n\n".join(parts)


def code(project: Project, doc_id: int, coder: str, whole_turn: bool) -> int:
    """Code each topic sentence with its code: with `whole_turn`, the filler after it too."""
    text = project.document(doc_id).text
    segments = project.segments(doc_id)
    n = 0
    for seg, after in pairwise(segments):
        for path, sentences in TOPIC.items():
            if text[seg.start:seg.end] in sentences:
                end = after.end if whole_turn and text[after.start:after.end] in FILLERS else seg.end
                project.add_coding(doc_id, seg.start, end, path, coder)
                n += 1
    return n


def build(folder, whole_turn: bool, blind_coder: str | None = None):
    project = Project.open(folder / "context.db")
    project.import_codebook(CODES)
    docs = [add_document(project, f"D{i}", transcript(5, offset=i)) for i in range(3)]
    for doc_id in docs[:2]:
        assert code(project, doc_id, "kari", whole_turn) >= MIN_CODED // 2
    if blind_coder:
        code(project, docs[0], blind_coder, whole_turn=False)
        code(project, docs[1], blind_coder, whole_turn=False)
    service = SuggestionService(project, Settings(db=folder / "context.db"), background=False)
    service.load()
    service.retrain()
    return project, service, docs[2]


def filler_after(project: Project, doc_id: int, sentence: str):
    text = project.document(doc_id).text
    segments = project.segments(doc_id)
    at = next(i for i, s in enumerate(segments) if text[s.start:s.end] == sentence)
    assert text[segments[at + 1].start:segments[at + 1].end] in FILLERS
    assert segments[at + 1].turn == segments[at].turn
    return segments[at + 1]


@pytest.fixture(scope="module")
def passages(tmp_path_factory):
    project, service, new = build(tmp_path_factory.mktemp("passages"), whole_turn=True, blind_coder="ola")
    yield project, service, new
    project.close()


def test_a_team_that_codes_whole_turns_gets_the_turns_code_on_a_sentence_that_says_nothing(passages):
    project, service, new = passages
    assert service.suggester.context > 0
    listed = service.document_suggestions(new, top=3)  # the document view lifts the same way
    starts = [s.start for s in project.segments(new)]
    for path, sentences in TOPIC.items():  # alone, every filler scores the same: one code first for all
        for sentence in sentences:
            seg = filler_after(project, new, sentence)
            found = service.suggest(new, seg.start, seg.end, top=3)
            assert found and found[0].code.split("/")[0] == path.split("/")[0], (sentence, found)
            assert any("sentences around it point here" in why for why in found[0].why)
            assert listed[starts.index(seg.start)][0].code.split("/")[0] == path.split("/")[0]


def test_a_team_that_codes_single_sentences_keeps_each_sentence_to_itself(tmp_path):
    project, service, new = build(tmp_path, whole_turn=False)
    assert service.suggester.model is not None and service.suggester.context == 0
    seg = filler_after(project, new, "Jeg tok norskkurs i to år.")
    found = service.suggest(new, seg.start, seg.end, top=3)
    assert not any("sentences around it point here" in why for s in found for why in s.why)
    project.close()


def test_blind_mode_learns_the_habit_from_the_coders_own_coding_only(passages):
    """kari codes whole turns, ola single sentences: ola's own suggester must not lean on
    neighbours because kari's coding does."""
    project, service, new = passages
    own = service.own_suggester("ola")
    assert own.model is not None and own.context == 0
    seg = filler_after(project, new, "Naboen min visste om en jobb.")
    found = service.suggest(new, seg.start, seg.end, top=3, coder="ola")
    assert not any("sentences around it point here" in why for s in found for why in s.why)


def test_the_weight_is_stored_with_the_model(passages):
    from workbench.nlp.learned import LearnedModel

    _project, service, _new = passages
    model = service.suggester.model
    assert LearnedModel.from_bytes(model.to_bytes()).context == model.context > 0


def test_neighbours_are_the_sentences_next_to_it_in_the_same_turn():
    # one turn "A. B." (one space apart), then a new turn after a line break and a label
    spans = [("d", 0, 2), ("d", 3, 5), ("d", 12, 14), ("e", 6, 8)]
    assert neighbours(spans) == [[1], [0], [], []]


def test_lift_only_raises_and_keeps_a_parent_above_its_child():
    scores = np.array([[0.6, 0.1], [0.9, 0.9], [0.2, 0.0]])  # columns: parent, child
    near = [[1], [0, 2], []]
    for weight in (0.3, 0.8, 1.0):
        lifted = lift(scores, near, weight)
        assert (lifted >= scores).all() and (lifted[:, 0] >= lifted[:, 1]).all()
        assert (lifted[2] == scores[2]).all()  # no neighbours: unchanged
    assert (lift(scores, near, 0.0) == scores).all()


def test_no_weight_is_learned_from_too_little_coding_or_when_lifting_does_not_rank_better():
    few = np.eye(2)[[0, 1] * 5]
    assert fit_weight(few, few.astype(bool), [[] for _ in few])[0] == 0.0  # ten coded rows
    many = np.tile([[0.9, 0.1], [0.1, 0.9]], (15, 1))
    truth = many > 0.5
    near = [[i + 1] if i % 2 == 0 else [i - 1] for i in range(len(many))]  # each pair disagrees
    assert fit_weight(many, truth, near)[0] == 0.0
