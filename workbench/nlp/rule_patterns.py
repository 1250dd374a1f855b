"""The codebook's token patterns as the rules run them, in the other usual word orders of speech.

A pattern written `mentoren kjente` should also find `min mentor kjente`, `mentoren min
kjente` and `da kjente mentoren`; `word_order_variants` writes those variants. The rules
also need each pattern's LEMMA values in lower case and the literal words it cannot match
without (to run only the patterns a text can match). Split out of `rules` so that module
keeps to the scoring itself.
"""

from __future__ import annotations

from workbench.nlp.components import is_known_word, lemma_of

#: Possessives that may stand before a noun (`min mentor`) or after its definite form
#: (`mentoren min`) where a codebook pattern names the definite form (`mentoren`).
POSSESSIVES = ("min", "mi", "mitt", "mine", "din", "di", "ditt", "dine", "hans", "hennes", "vår", "vårt", "våre",
               "deres", "sin", "si", "sitt", "sine")
_PERSONAL_PRONOUNS = frozenset({"jeg", "du", "han", "hun", "vi", "dere", "de", "man", "en"})


def _definite_nouns(words: list[str]) -> dict[str, str]:
    """Definite singular noun forms among `words`, with their lemma (`mentoren` -> mentor)."""
    out = {}
    for word in words:
        lower = str(word).lower()
        for suffix in ("en", "et", "a"):
            stem = lower[: -len(suffix)]
            if lower.endswith(suffix) and len(stem) >= 3 and lemma_of(lower).lower() == stem and is_known_word(stem):
                out[lower] = stem
                break
    return out


def _literal_words(spec: dict) -> tuple[str, list[str]] | None:
    """(attribute, words) of a token spec that names literal lower-case words."""
    for attr in ("LOWER", "ORTH", "TEXT"):
        value = spec.get(attr)
        if isinstance(value, str):
            return attr, [value]
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            return attr, [str(v) for v in value["IN"]]
    return None


def word_order_variants(pattern: list[dict]) -> list[list[dict]]:
    """The same pattern in the usual other word orders of spoken Bokmål.

    * a token naming a definite noun (`mentoren`) also matches a possessive before the
      indefinite noun (`min mentor`) and the definite noun with a possessive after it
      (`mentoren min`);
    * a pattern starting subject, verb (`mentoren kjente`, `hun kjente`) also matches
      verb, subject (`da kjente mentoren`, `så kjente hun`), as after a fronted adverb.
    """
    variants: list[list[dict]] = []
    for i, spec in enumerate(pattern):
        literal = _literal_words(spec) if not spec.get("OP") else None
        if literal is None:
            continue
        nouns = _definite_nouns(literal[1])
        if not nouns:
            continue
        before = [{"LOWER": {"IN": list(POSSESSIVES)}}, {"LEMMA": {"IN": sorted(set(nouns.values()))}}]
        after = [{"LOWER": {"IN": sorted(nouns)}}, {"LOWER": {"IN": list(POSSESSIVES)}}]
        variants.append(pattern[:i] + before + pattern[i + 1:])
        variants.append(pattern[:i] + after + pattern[i + 1:])
    if len(pattern) >= 2 and not pattern[0].get("OP") and "LEMMA" in pattern[1] and not pattern[1].get("OP"):
        literal = _literal_words(pattern[0])
        if literal and any(w.lower() in _PERSONAL_PRONOUNS or w.lower() in _definite_nouns([w]) for w in literal[1]):
            variants.append([pattern[1], pattern[0], *pattern[2:]])
    return variants


def lower_lemmas(pattern: list[dict]) -> list[dict]:
    """A Matcher pattern with LEMMA values lower-cased (our lemmas are lower case)."""
    out = []
    for spec in pattern:
        spec = dict(spec)
        if "LEMMA" in spec:
            value = spec["LEMMA"]
            if isinstance(value, str):
                spec["LEMMA"] = value.lower()
            elif isinstance(value, dict):
                spec["LEMMA"] = {k: ([str(x).lower() for x in v] if isinstance(v, list) else v) for k, v in value.items()}
        out.append(spec)
    return out


_LITERAL_ATTRS = ("LOWER", "LEMMA", "ORTH", "TEXT", "NORM")


def required_words(pattern: list[dict]) -> list[frozenset[str]]:
    """For each token a pattern must match, the lower-case words allowed there (when literal)."""
    required = []
    for spec in pattern:
        if spec.get("OP") in ("?", "*", "!"):
            continue
        for attr in _LITERAL_ATTRS:
            value = spec.get(attr)
            if isinstance(value, str):
                required.append(frozenset({value.lower()}))
                break
            if isinstance(value, dict) and isinstance(value.get("IN"), list):
                required.append(frozenset(str(v).lower() for v in value["IN"]))
                break
    return required
