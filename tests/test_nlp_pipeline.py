"""The spaCy pipelines: the offline fallback's components, and the full model when it is available."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.nlp.pipeline import FALLBACK_NAME, LoadedPipeline, choose_pipeline, load_pipeline

FULL_MODEL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "models" / "nb_udnorne_sm"


@pytest.fixture(scope="module")
def fallback() -> LoadedPipeline:
    return load_pipeline(choose_pipeline("no_such_model_anywhere"))


@pytest.fixture(scope="module")
def full() -> LoadedPipeline:
    if not FULL_MODEL_DIR.is_dir():
        pytest.skip("full Norwegian pipeline not available in ../shared/models")
    return load_pipeline(choose_pipeline(str(FULL_MODEL_DIR)))


def test_choice_explains_itself(tmp_path):
    missing = choose_pipeline("nb_missing_model")
    assert (missing.kind, missing.name) == ("fallback", FALLBACK_NAME)
    assert "nb_missing_model" in missing.reason
    folder = choose_pipeline(str(tmp_path))
    assert folder.kind == "full" and folder.name == str(tmp_path)


def test_fallback_status_names_the_pipeline(fallback):
    assert fallback.status == "spaCy: blank nb + rules (fallback)"
    assert fallback.nlp.pipe_names == ["workbench_sentencizer", "workbench_lemmatizer", "workbench_names"]


@pytest.mark.parametrize("form, lemma", [
    ("søknadene", "søknad"), ("arbeidsgiverne", "arbeidsgiver"), ("mentoren", "mentor"),
    ("nettverket", "nettverk"), ("jobbintervjuet", "jobbintervju"), ("kolleger", "kollega"),
])
def test_fallback_lemmas_handle_bokmal_inflection(fallback, form, lemma):
    assert fallback.nlp(f"Vi snakket om {form} i går.")[3].lemma_ == lemma


def test_sentences_never_cross_a_speaker_turn(fallback):
    doc = fallback.nlp("I: Hvordan gikk det\nMentee: Bra. Jeg fikk jobb.\n\nI: Fint")
    sentences = [s.text.strip() for s in doc.sents]
    assert "Hvordan gikk det" in sentences
    assert "Bra." in sentences and "Jeg fikk jobb." in sentences
    assert not any("det" in s and "Bra" in s for s in sentences)


def test_ordinary_words_before_a_full_stop_end_the_sentence(fallback):
    doc = fallback.nlp("De så på CV-en min. Så ringte de.")
    assert [t.text for t in doc][4:6] == ["min", "."]
    assert len(list(doc.sents)) == 2


def test_names_places_and_organisations(fallback):
    doc = fallback.nlp("Mentoren min kjente Kari Nordmann i Bergen, og NAV hjalp til.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Kari Nordmann", "PER") in found
    assert ("Bergen", "GPE_LOC") in found
    assert ("NAV", "ORG") in found
    assert not any(e.text == "Mentoren" for e in doc.ents)


def test_sentence_initial_name_unknown_to_the_dictionary(fallback):
    doc = fallback.nlp("Amira ringte meg i går.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Amira", "PER")]


def test_a_word_after_a_transcribers_note_is_not_a_name(fallback):
    doc = fallback.nlp("Ja, (pause) Kanskje det. (ler) Men Amira ringte.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Amira", "PER")]


def test_broken_model_folder_is_a_clean_error(tmp_path):
    from workbench.core.errors import WorkbenchError

    with pytest.raises(WorkbenchError, match="cannot load spaCy pipeline"):
        load_pipeline(choose_pipeline(str(tmp_path)))


# -- the full model (../shared/models/nb_udnorne_sm stands in for nb_core_news_sm) ------------


@pytest.mark.full_model
def test_full_model_status_and_components(full):
    assert full.status == "spaCy: nb_udnorne_sm (full)"
    assert {"ner", "parser"} <= set(full.nlp.pipe_names)
    assert full.cache_key.startswith("nb_")


@pytest.mark.full_model
def test_full_model_finds_a_person(full):
    doc = full.nlp("Jeg traff Kari Nordmann på et møte i Oslo i fjor.")
    assert any(e.label_ == "PER" and "Kari" in e.text for e in doc.ents)


@pytest.mark.full_model
def test_full_model_lemmas(full):
    doc = full.nlp("Jeg snakket med arbeidsgiverne om søknadene.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["søknadene"] == "søknad"
    assert lemmas["arbeidsgiverne"] == "arbeidsgiver"


@pytest.mark.full_model
def test_full_model_drives_the_suggester(full):
    from workbench.core.models import Code
    from workbench.nlp.analysis import analyse_text
    from workbench.nlp.rules import RuleSuggester
    from workbench.nlp.suggester import Suggester

    codes = [Code("signalling", "Signalisering", keywords=["søknad", "CV"]), Code("network", "Nettverk", keywords=["venn"])]
    suggester = Suggester(codes, RuleSuggester(codes, full.nlp.vocab))
    text = "Hun hjalp meg med jobbsøknadene og CV-en."
    found = suggester.rank(analyse_text(full, text), text)
    assert found[0].code == "signalling"
    assert any("søknad" in w for w in found[0].why[0].split(","))
