"""Reasons cite the passage's own words, and only words that say something.

A suggestion's reasons are read by a researcher deciding whether to accept it. A lemma
shown instead of the word said can read as another word (`heter` "is called" has the lemma
`hete`, which reads as "heat"); an everyday verb form or a part of a company's name
(`Hafslund Energi`) says nothing about a code. `features.cited_words` decides which words a
reason may cite and how; the example model's and the learner's reasons both go through it.
"""

from __future__ import annotations

import numpy as np
import pytest

from workbench.nlp.analysis import analyse_text
from workbench.nlp.example_classifier import ExampleModel
from workbench.nlp.features import cited_words
from workbench.nlp.learned import Example, LearnedModel
from workbench.nlp.pipeline import choose_pipeline, load_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(choose_pipeline("no_such_model_anywhere"))  # the offline pipeline


def _cited(pipeline, text: str) -> dict[str, str]:
    return cited_words(analyse_text(pipeline, text), text)


def test_a_reason_shows_the_word_said_never_an_everyday_form_or_a_name(pipeline):
    words = _cited(pipeline, "Jeg heter Amir og jobber som ingeniør i Hafslund Energi, og jobbsøknaden gikk til NOKUT.")
    assert "hete" not in words and "heter" not in words.values()  # an everyday form
    assert "jobbe" not in words  # `jobber`: everyday
    assert "energi" not in words and "hafslund" not in words and "amir" not in words  # a name inside a sentence
    assert words["ingeniør"] == "ingeniør"
    assert words["nokut"] == "NOKUT"  # an acronym, as written
    assert words["søknad"] == "jobbsøknaden" and words["jobbsøknad"] == "jobbsøknaden"  # a head as its compound


def test_a_capitalised_word_starting_a_sentence_is_no_name(pipeline):
    words = _cited(pipeline, "Mentoren min hjalp meg. Nettverket hennes var stort.")
    assert words.get("mentor") == "mentoren" and words.get("nettverk") == "nettverket"


def _model() -> ExampleModel:
    terms = [["hete", "ingeniør"], ["hete", "sertifikat"], ["hete", "ingeniør", "diplom"],
             ["intervju", "øve"], ["intervju", "rollespill"], ["øve", "rollespill", "søknad"]]
    codes = ["competence", "competence", "competence", "signalling", "signalling", "signalling"]
    model = ExampleModel.fit(terms, codes, {}, ["competence", "signalling"])
    assert model is not None
    return model


def test_the_example_model_cites_only_words_the_passage_may_be_cited_by():
    model = _model()
    terms = ["hete", "ingeniør"]
    assert set(model.driving_words("competence", terms)) == {"hete", "ingeniør"}  # lemmas, unfiltered
    cited = model.driving_words("competence", terms, words={"ingeniør": "ingeniøren"})
    assert cited == ["ingeniøren"]
    # two terms of one word (a compound and its head) cite it once
    assert model.driving_words("competence", terms, words={"ingeniør": "x", "hete": "x"}) == ["x"]


def test_the_learners_reasons_go_through_the_same_words():
    rng = np.random.default_rng(3)
    examples = []
    for d in range(4):
        for i in range(30):
            on = bool(rng.random() < 0.4)
            terms = (["stole", "ærlig"] if on else ["kontor", "lønn"]) + [f"ord{i % 5}"]
            examples.append(Example(f"D{d}", i * 10, i * 10 + 9, "…", terms, {}, {},
                                    labels={"trust"} if on else set(), coders={"kari"}))
    model = LearnedModel.fit(examples, ["trust"])
    model.modes["trust"] = "model"  # the learner's own reasons, whatever the mode choice said
    x_text, x_full = model.design([["stole", "ærlig"]], [({}, {})])
    plain = " ".join(model.explain("trust", x_text, x_full))
    assert "stole" in plain
    said = " ".join(model.explain("trust", x_text, x_full, words={"stole": "stolte"}))
    assert "stolte" in said and "stole" not in said and "ærlig" not in said
    assert "learned from coding" not in " ".join(model.explain("trust", x_text, x_full, words={}))


def test_a_transcribers_note_and_a_number_word_are_never_cited(pipeline):
    words = _cited(pipeline, "Femten år på verkstedet (ler) [pause] med fagbrev.")
    assert "femten" not in words and "ler" not in words and "pause" not in words
    assert words.get("verksted") == "verkstedet" and words.get("fagbrev") == "fagbrev"


def test_the_example_model_cites_no_word_only_one_of_the_codes_examples_uses():
    """`kantine` is in one competence example: that example's word, not the code's."""
    terms = [["ingeniør", "diplom", "kantine"], ["ingeniør", "sertifikat"], ["ingeniør", "diplom"],
             ["intervju", "øve"], ["intervju", "rollespill"], ["øve", "rollespill", "søknad"]]
    codes = ["competence"] * 3 + ["signalling"] * 3
    model = ExampleModel.fit(terms, codes, {}, ["competence", "signalling"])
    assert model is not None
    cited = model.driving_words("competence", ["kantine", "diplom"])
    assert "diplom" in cited and "kantine" not in cited


def test_the_learner_cites_no_word_the_codes_coding_uses_in_one_document_only():
    """`kantine` weighs for trust (every passage with it is coded trust) but only one interview's
    trust passages say it: it is that interview's word, not the code's; `stole` is in every one."""
    rng = np.random.default_rng(3)
    examples = []
    for d in range(4):
        for i in range(30):
            on = bool(rng.random() < 0.4)
            terms = (["stole", "ærlig"] if on else ["kontor", "lønn"]) + [f"ord{i % 5}"]
            if on and d == 0:
                terms.append("kantine")
            examples.append(Example(f"D{d}", i * 10, i * 10 + 9, "…", terms, {}, {},
                                    labels={"trust"} if on else set(), coders={"kari"}))
    model = LearnedModel.fit(examples, ["trust"])
    model.modes["trust"] = "model"
    column = model.vocabulary.index["kantine"]
    assert model.coef[model.row["trust"], column] > 0.05  # it weighs: only the citing rule keeps it out
    x_text, x_full = model.design([["stole", "kantine"]], [({}, {})])
    plain = " ".join(model.explain("trust", x_text, x_full))
    assert "stole" in plain and "kantine" not in plain
    assert model.support("trust")[column] == 1 and model.support("trust")[model.vocabulary.index["stole"]] == 4
