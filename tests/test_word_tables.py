"""The stored word tables give exactly what simplemma and wordfreq give (`nlp.word_tables`).

The keyword index and the rules read lemmas and word frequencies from files in the user
cache folder instead of the packages' own tables (which cost a second and 100 MB to load
in every process). These tests compare the two on samples of each package's own words,
inflected and capitalised forms, hyphenated compounds and unseen words, and check that a
damaged file is written again rather than trusted.
"""

from __future__ import annotations

import random

import pytest

from workbench.nlp import word_tables

simplemma = pytest.importorskip("simplemma")


def _dictionary():
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    return DEFAULT_DICTIONARY_FACTORY.get_dictionary("nb")


def test_stored_dictionary_holds_every_form_with_its_lemma(tmp_path):
    original = _dictionary()
    stored = word_tables.stored_dictionary(tmp_path)
    assert len(stored) == len(original)
    keys = list(original)[::37]
    assert [stored.get(k) for k in keys] == [original.get(k) for k in keys]
    assert stored.get("ikke-et-ord-xq") is None and "ikke-et-ord-xq" not in stored
    from simplemma.__metadata__ import __version__  # a new simplemma gets a file of its own

    assert [p.name for p in tmp_path.iterdir()] == [f"lemmas-nb-simplemma{__version__}-f{word_tables.FORMAT}.bin"]


def test_lemmas_and_known_words_are_simplemmas():
    keys = list(_dictionary())
    rng = random.Random(11)
    sample = rng.sample(keys, 3000)
    words = (sample + [w.capitalize() for w in sample[:500]] + [w.upper() for w in sample[500:800]]
             + [w + "ene" for w in sample[800:1300]] + [a + b for a, b in zip(sample[1300:1600], sample[1600:1900],
                                                                             strict=True)]
             + ["jobbsøknaden", "programlederen", "WhatsApp-gruppa", "B2-prøven", "lovet", "får", "Oslo", "x", "12"])
    for word in words:
        assert word_tables.lemmatize(word) == simplemma.lemmatize(word, lang="nb"), word
        assert word_tables.is_known(word) == simplemma.is_known(word, lang="nb"), word


def test_zipf_values_are_wordfreqs():
    wordfreq = pytest.importorskip("wordfreq")
    rng = random.Random(12)
    known = [w for w in wordfreq.get_frequency_dict("nb") if word_tables.PLAIN_WORD.fullmatch(w)]
    sample = rng.sample(known, 3000)
    unseen = [w for w in rng.sample(list(_dictionary()), 3000) if word_tables.PLAIN_WORD.fullmatch(w)]
    hyphened = [f"{a}-{b}" for a, b in zip(sample[:400], unseen[:400], strict=True)]
    hyphened += [f"{a}-{b}" for a, b in zip(sample[400:800], sample[800:1200], strict=True)]
    words = sample + unseen + hyphened + ["e-post", "b2", "c1", "cv-en", "nav-veilederen", "xqzvb"]
    for word in words:
        assert word_tables.plain_zipf(word) == wordfreq.zipf_frequency(word, "nb"), word
    for other in ("B2-prøven", "b12", "hei du", "ǆ", "-a", ""):
        assert word_tables.plain_zipf(other) is None  # left to wordfreq itself


def test_a_damaged_table_is_written_again(tmp_path):
    path = tmp_path / "table.bin"
    built = []

    def build():
        built.append(1)
        return {"b": "2", "a": "1", "æ": "3"}

    table = word_tables._stored(path, build)
    assert dict(table.items()) == {"a": "1", "b": "2", "æ": "3"} and len(built) == 1
    assert word_tables._stored(path, build).get("æ") == "3" and len(built) == 1  # read, not built
    path.write_bytes(path.read_bytes()[:-2])  # cut short
    assert word_tables._stored(path, build).get("æ") == "3" and len(built) == 2
    path.write_bytes(b"something else entirely")
    assert word_tables._stored(path, build).get("a") == "1" and len(built) == 3


def test_a_table_is_released_once_written_and_used_as_it_is_where_nothing_can_be_written(tmp_path):
    released = []
    table = word_tables._stored(tmp_path / "t.bin", lambda: {"a": "1"}, lambda: released.append(1))
    assert table.get("a") == "1" and released == [1] and (tmp_path / "t.bin").exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    plain = {"b": "2"}
    assert word_tables._stored(blocker / "t.bin", lambda: plain, lambda: released.append(2)) is plain
    assert released == [1]  # nothing written, so the package keeps its own table



def test_a_simplemma_before_2_is_used_directly(monkeypatch):
    import importlib.metadata

    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "1.1.0" if name == "simplemma" else real(name))
    word_tables._tools.cache_clear()
    try:
        lemmatize, known = word_tables._tools()
        asked = []
        monkeypatch.setattr(simplemma, "lemmatize", lambda word, lang: asked.append(word) or "x")
        assert lemmatize("søknadene") == "x" and asked == ["søknadene"]
    finally:
        word_tables._tools.cache_clear()
