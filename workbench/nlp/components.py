"""The spaCy components of the offline pipeline, for machines without `nb_core_news_sm`.

`spacy.blank("nb")` only tokenises. Suggestions need lemmas (a keyword `søknad` must
find `søknadene`), coders need sentences that never cross a speaker turn, and
pseudonymisation needs names and places. These components add the three on top of the
blank pipeline, using published data rather than hand-made word lists where it exists:
simplemma's Bokmål dictionary for lemmas and for telling proper nouns from ordinary words
(read through `word_tables`, which keeps it in a file that loads in milliseconds).

Importing this module imports spaCy; the rest of workbench imports it only when a
pipeline is actually built.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from workbench.core.segmenter import split_segments
from workbench.core.turns import parse_turns
from workbench.nlp import word_tables

LANG = "nb"

#: Ordinary words that spaCy's `nb` tokenizer exceptions keep together with a following
#: full stop as if they were abbreviations (`min.`, `to.`), which hides the end of a
#: sentence and the word's lemma. Real abbreviations (`bl.a.`, `ca.`, `nr.`) stay.
ORDINARY_WORDS_WITH_DOT = (
    "min.", "sen.", "to.", "ti.", "el.", "sms.", "jul.", "bla.", "lø.", "res.", "temp.",
    "no.", "op.", "org.", "et.", "jan.", "nov.", "Jan.",
)

#: Prepositions after which a proper noun is most likely a place (`i Bergen`, `fra Syria`).
PLACE_PREPOSITIONS = frozenset({"i", "fra", "til", "på", "ved", "utenfor", "rundt", "mot", "nord", "sør", "øst", "vest"})
#: Capitalised words that are not names even inside a sentence (polite pronouns, titles).
NOT_NAMES = frozenset({"de", "dem", "deres", "dere", "jeg", "ja", "nei", "ok", "cv", "i"})


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """simplemma's Bokmål lemma of one word (cached; case as the dictionary has it; the
    dictionary is read from the cache file of `word_tables`)."""
    return word_tables.lemmatize(word)


@lru_cache(maxsize=200_000)
def is_known_word(word: str) -> bool:
    """True when simplemma's Bokmål dictionary knows `word` (lower case) as a form."""
    return word_tables.is_known(word)


@lru_cache(maxsize=50_000)
def is_dictionary_proper_noun(word: str) -> bool:
    """True when the dictionary lemma of the lower-cased word is capitalised (Oslo, Syria)."""
    lemma = lemma_of(word.lower())
    return lemma[:1].isupper()


def fix_abbreviation_trap(nlp: Language) -> None:
    """Drop tokenizer exceptions that glue a sentence-final full stop to an ordinary word."""
    rules = dict(nlp.tokenizer.rules or {})
    changed = False
    for form in ORDINARY_WORDS_WITH_DOT:
        for variant in {form, form.capitalize()}:
            if variant in rules:
                del rules[variant]
                changed = True
    if changed:
        nlp.tokenizer.rules = rules


class SimplemmaLemmatizer:
    """Sets `token.lemma_` from simplemma; a closed-class word keeps its lower-case form."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if not token.is_space:
                token.lemma_ = lemma_of(token.text)
        return doc


@Language.factory("workbench_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> SimplemmaLemmatizer:
    """spaCy factory for the simplemma lemmatiser."""
    return SimplemmaLemmatizer()


class TurnSentencizer:
    """Sentence starts from workbench's own turn and sentence rules (never across a turn).

    The same rules the importer uses to segment transcripts, so a Doc of a whole
    transcript splits exactly where the stored segments do; a speaker label starts a
    sentence of its own.
    """

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        text = doc.text
        turns = parse_turns(text)
        starts = {s.start for s in split_segments(text, turns)} | {t.start for t in turns}
        starts |= {text.rfind("\n", 0, t.start) + 1 for t in turns}  # the speaker label's line
        starts = sorted(starts)
        pointer, pending = 0, False
        for token in doc:
            while pointer < len(starts) and starts[pointer] <= token.idx:
                pending = True
                pointer += 1
            if token.i == 0 or (pending and not token.is_space):
                token.is_sent_start = True
                pending = False
            else:
                token.is_sent_start = False
        return doc


@Language.factory("workbench_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> TurnSentencizer:
    """spaCy factory for the turn-aware sentence splitter."""
    return TurnSentencizer()


class NameRules:
    """Rule-based names and places: PER, GPE_LOC and ORG, the labels nb_core_news_sm uses.

    * a run of capitalised words inside a sentence is a name (Norwegian capitalises
      little else); sentence-initially only when the dictionary does not know the
      lower-cased word, or knows it as a proper noun;
    * a name the dictionary knows as a proper noun (Oslo, Syria), or one right after a
      place preposition (`i`, `fra`, `til` ...), is a place (GPE_LOC); otherwise a person;
    * an all-capitals word of 2-6 letters (NAV, NOKUT, UDI) is an organisation.
    """

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        i, n = 0, len(doc)
        while i < n:
            token = doc[i]
            kind = self._kind(token)
            if kind is None:
                i += 1
                continue
            j = i + 1
            if kind == "name":
                while j < n and self._kind(doc[j]) == "name" and not doc[j].is_sent_start:
                    j += 1
            spans.append(Span(doc, i, j, label=self._label(doc, i, j, kind)))
            i = j
        try:
            doc.ents = spans
        except ValueError:  # overlapping with entities already set: keep those
            pass
        return doc

    @staticmethod
    def _kind(token) -> str | None:
        text = token.text
        if not text[:1].isupper() or not text.replace("-", "").isalpha():
            return None
        if text.lower() in NOT_NAMES:
            return None
        if token.i + 1 < len(token.doc) and token.nbor(1).text == ":" and _starts_line(token):
            return None  # a speaker label (`Mentee:`), not a name in the text
        if text.isupper() and 2 <= len(text) <= 6:
            return "org"
        if not text[1:].islower() and not text[1:].replace("-", "").islower():
            return None
        if token.is_sent_start or _after_opening(token) or _after_sentence_end(token):
            lower = text.lower()
            if is_known_word(lower) and not is_dictionary_proper_noun(lower):
                return None
        return "name"

    @staticmethod
    def _label(doc: Doc, i: int, j: int, kind: str) -> str:
        if kind == "org":
            return "ORG"
        if i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS:
            return "GPE_LOC"
        if j - i == 1 and is_dictionary_proper_noun(doc[i].text):
            return "GPE_LOC"
        return "PER"


def _starts_line(token) -> bool:
    """True for the first token of the text or of a line."""
    if token.i == 0:
        return True
    prev = token.nbor(-1)
    return "\n" in prev.text or "\n" in prev.whitespace_


def _after_sentence_end(token) -> bool:
    """True after `.`, `?`, `!` or `…`, or at the start of a line: where a sentence may begin."""
    if _starts_line(token):
        return True
    prev = token.nbor(-1).text
    return prev[-1:] in {".", "?", "!", "…"}


def _after_opening(token) -> bool:
    """True after a colon, dash, quote or bracket, where Norwegian may capitalise.

    A closing bracket counts too: transcribers' notes such as "(ler)" or "(pause)" often
    end one sentence, and the next begins with a capital.
    """
    if token.i == 0:
        return True
    prev = token.nbor(-1).text
    return prev in {":", "«", "\"", "“", "–", "-", "(", ")", "»"}


@Language.factory("workbench_names")
def make_name_rules(nlp: Language, name: str) -> NameRules:
    """spaCy factory for the rule-based names and places."""
    return NameRules()
