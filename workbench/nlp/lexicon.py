"""How informative a Norwegian word is, from published word frequencies.

A keyword that people say all the time (`jobb`, `venner`, `vet`) is weaker evidence for
a code than a rare one (`hijab`, `fagbrev`), and a common word in a code's description
(`egentlig`, `sånn`) is no evidence at all. The wordfreq package carries Bokmål word
frequencies from large public corpora; this module turns them into an idf-like weight.
Without wordfreq installed every word weighs the same and only spaCy's stop words are
left out, which is weaker but still works.
"""

from __future__ import annotations

from functools import lru_cache

#: Zipf frequency (log10 per billion words) at and above which a word is "everyday".
EVERYDAY_ZIPF = 5.0
#: Zipf value at which a word counts fully; rarer words count a little more.
_FULL_AT, _SPREAD, _LOW, _HIGH = 4.5, 2.5, 0.45, 1.25


@lru_cache(maxsize=1)
def _zipf_function():
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return None
    return zipf_frequency


@lru_cache(maxsize=1)
def frequencies_available() -> bool:
    """True when word frequencies (wordfreq) are installed (found, not imported: importing
    it costs more than half a second)."""
    import importlib.util

    return importlib.util.find_spec("wordfreq") is not None


@lru_cache(maxsize=100_000)
def zipf(word: str) -> float | None:
    """Zipf frequency of a lower-case Bokmål word (0 when unseen), or None without wordfreq.

    A plain word is looked up in the stored table (`word_tables.plain_zipf`, the same
    value without loading wordfreq); any other is asked of wordfreq."""
    if not frequencies_available():
        return None
    from workbench.nlp.word_tables import plain_zipf

    value = plain_zipf(word)
    if value is not None:
        return value
    function = _zipf_function()
    if function is None:
        return None
    return function(word, "nb")


def informativeness(word: str) -> float:
    """An idf-like factor around 1: below 1 for everyday words, above 1 for rare ones."""
    value = zipf(word.lower())
    if value is None:
        return 1.0
    if value == 0.0:  # unseen: a compound or a name, informative
        return _HIGH
    return max(_LOW, min(_HIGH, 1.0 + (_FULL_AT - value) / _SPREAD))


def is_everyday(word: str) -> bool:
    """True for words too common to say anything about a code (needs wordfreq)."""
    value = zipf(word.lower())
    return value is not None and value >= EVERYDAY_ZIPF


#: Norwegian cardinal numbers are built from these (`femten`, `tjuefem`, `hundreogtjue`): a
#: closed class, like the function words, that says how many, never what about.
_NUMBER_PARTS = ("null", "en", "ett", "én", "ei", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni",
                 "ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten",
                 "tjue", "tyve", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti", "hundre",
                 "tusen", "og")


@lru_cache(maxsize=10_000)
def is_number_word(word: str) -> bool:
    """True for a cardinal number written as a word (`femten`, `tjuefem`, `hundre`), never a reason."""
    rest = word.lower()
    if not rest or rest == "og":
        return False
    parts = sorted(_NUMBER_PARTS, key=len, reverse=True)
    while rest:
        part = next((p for p in parts if rest.startswith(p)), None)
        if part is None:
            return False
        rest = rest[len(part):]
    return not word.lower().endswith("og")
