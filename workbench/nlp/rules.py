"""Suggestions from the codebook alone: keywords, token patterns and the codes' own descriptions.

This is what helps before anyone has coded. People rarely say the codebook's words in
the codebook's form, so everything is matched on lemmas (`søknadene` finds `søknad`).
A keyword counts inside a compound only as its head, the part that says what the
thing is (`jobbsøknaden` is a `søknad`; `nettverksbygging` is not a `nettverk`), and
not when the compound is a word in its own right: one the codebook lists itself
(`programleder`) or one common enough in published Bokmål to carry its own meaning
(`prosjektleder` is a role, not the employer's `leder`). A keyword written in a form
that belongs to two lemmas (`lovet`: `love` "promise" or `lov` "law, permission")
only matches its own form and unambiguous forms of its main lemma, so `får lov til`
and `lover` (laws or promises) stay apart from it. Patterns also match the usual other
word orders: a definite noun also as possessive + noun (`mentoren kjente`,
`min mentor kjente`, `mentoren min kjente`) and a subject-verb start also inverted
(`da kjente mentoren`). A keyword shared by several top-level codes weighs less than one that
only one of them has (an idf over the code tree) and an everyday word less than a rare
one (an idf from published word frequencies, see `lexicon`). Words from a code's
definition and examples add weak evidence, so a quote can be placed even when it uses
none of the keywords. Scores roll up from child codes to their top-level code.

How one written word matches a keyword lives in `rule_words`; how a pattern is widened to
other word orders, in `rule_patterns`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.core.codebook import top_level_key
from workbench.core.models import Code
from workbench.nlp.components import lemma_of
from workbench.nlp.lexicon import informativeness, is_everyday, zipf
from workbench.nlp.rule_patterns import lower_lemmas, required_words, word_order_variants

# Re-exported: other modules and tests ask `rules.stop_words`, `rules.is_content_word` ...
from workbench.nlp.rule_words import CLOSED_CLASS as CLOSED_CLASS
from workbench.nlp.rule_words import Keyword, is_word_part, keyword_word, stop_words, word_keys
from workbench.nlp.rule_words import is_content_word as is_content_word
from workbench.nlp.rule_words import lemma_readings as lemma_readings

#: Evidence for one word or phrase, by how it matched.
EXACT, COMPOUND_HEAD = 1.0, 0.85
#: Weight of one matched codebook pattern, and the factor for description words.
PATTERN_WEIGHT = 2.0
PROFILE_FACTOR = 0.35
#: Raw evidence -> prior probability: p = CAP * (1 - exp(-raw / TAU)).
TAU, CAP = 3.0, 0.95
#: Changes whenever matching changes, so evidence stored in projects is computed again.
RULES_VERSION = "2"
#: Shortest keyword lemma that may be found inside a compound.
MIN_COMPOUND_PART = 4
#: A compound at least this frequent in published Bokmål (Zipf: about 3 per million
#: words) is a word in its own right and is not taken apart (`prosjektleder`).
LEXICALISED_ZIPF = 3.5
_WORD_RE = re.compile(r"[^\W_]", re.UNICODE)


@dataclass
class CodeEvidence:
    """What the rules found for one code in one text."""

    code: str
    raw: float = 0.0
    words: dict[str, float] = field(default_factory=dict)  # matched text -> weight
    patterns: list[str] = field(default_factory=list)
    related: dict[str, float] = field(default_factory=dict)  # description words -> weight
    tokens: dict[int, float] = field(default_factory=dict)  # token index -> best keyword weight
    keywords: set[str] = field(default_factory=set)  # the codebook keywords that matched

    def reasons(self, limit: int = 4) -> list[str]:
        """What was found, as lines a researcher reads: the strongest `limit` keywords, up to
        two patterns, the strongest description words."""
        out = []
        if self.words:
            out.append("keywords: " + ", ".join(sorted(self.words, key=lambda w: -self.words[w])[:limit]))
        if self.patterns:
            out.append("pattern: " + "; ".join(f"«{p}»" for p in self.patterns[:2]))
        if self.related:
            out.append("like the code's description: " + ", ".join(sorted(self.related, key=lambda w: -self.related[w])[:limit]))
        return out


def prior_probability(raw: float) -> float:
    """The uncalibrated cold-start probability for raw rule evidence (monotone, < CAP)."""
    return CAP * (1.0 - math.exp(-max(0.0, raw) / TAU))


def prior_probabilities(raw):
    """`prior_probability` for a numpy array of raw rule evidence (element by element)."""
    import numpy as np

    return CAP * (1.0 - np.exp(-np.maximum(raw, 0.0) / TAU))


class RuleSuggester:
    """Scores codes for a tokenised text from the codebook's keywords, patterns and descriptions."""

    def __init__(self, codes: list[Code], vocab=None):
        self.codes = [c for c in codes if not c.retired]
        self.paths = [c.path for c in self.codes]
        self.groups = sorted({top_level_key(p) for p in self.paths})
        self._single: dict[str, list[Keyword]] = {}
        self._phrases: dict[str, list[Keyword]] = {}
        self._profiles: dict[str, dict[str, float]] = {}
        self._build_keywords()
        self._build_profiles()
        self._patterns = self._build_patterns(vocab)

    # -- building -------------------------------------------------------------------

    def _build_keywords(self) -> None:
        keywords: list[Keyword] = []
        self._keyword_words: set[str] = set()
        for code in self.codes:
            seen = set()
            for text in code.keywords:
                words = [w for w in str(text).split() if w]
                if not words:
                    continue
                parsed = [keyword_word(w) for w in words]
                keys = [k for k, _s in parsed]
                ident = tuple(sorted(keys[0])) if len(keys) == 1 else tuple(tuple(sorted(k)) for k in keys)
                if ident in seen:
                    continue
                seen.add(ident)
                keywords.append(Keyword(code.path, str(text), keys, strict=[s for _k, s in parsed]))
                self._keyword_words.update(w.lower() for w in words if len(words) == 1)
        groups_with: dict[frozenset[str] | tuple, set[str]] = {}
        for kw in keywords:
            ident = kw.keys[0] if len(kw.keys) == 1 else tuple(kw.keys)
            groups_with.setdefault(ident, set()).add(top_level_key(kw.code))
        n_groups = max(1, len(self.groups))
        for kw in keywords:
            ident = kw.keys[0] if len(kw.keys) == 1 else tuple(kw.keys)
            shared = len(groups_with[ident])
            rarity = max(informativeness(w) for w in kw.text.split())
            kw.weight = math.log(1.0 + n_groups / shared) * (1.0 + 0.5 * (len(kw.keys) - 1)) * rarity
            index = self._single if len(kw.keys) == 1 else self._phrases
            for key in kw.keys[0]:
                index.setdefault(key, []).append(kw)

    def _build_profiles(self) -> None:
        stops = stop_words()
        bags: dict[str, set[str]] = {}
        for code in self.codes:
            text = " ".join([code.label, code.label_en or "", code.definition, code.when_to_use, *code.examples])
            bag = set()
            for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
                lower = word.lower()
                if len(lower) < 3 or lower in stops or is_everyday(lower):
                    continue
                lemma = lemma_of(lower).lower()
                if lemma in stops or len(lemma) < 3:
                    continue
                bag.add(lemma)
            bags[code.path] = bag
        group_of: dict[str, set[str]] = {}
        for path, bag in bags.items():
            for lemma in bag:
                group_of.setdefault(lemma, set()).add(top_level_key(path))
        n_groups = max(1, len(self.groups))
        for path, bag in bags.items():
            self._profiles[path] = {
                lemma: math.log(1.0 + n_groups / len(group_of[lemma])) * PROFILE_FACTOR * informativeness(lemma)
                for lemma in bag
                if len(group_of[lemma]) < n_groups  # a word in every branch says nothing
            }
        self._profile_index: dict[str, set[str]] = {}
        for path, profile in self._profiles.items():
            for lemma in profile:
                self._profile_index.setdefault(lemma, set()).add(path)

    def _build_patterns(self, vocab) -> list[tuple[str, list[dict], list[frozenset[str]]]]:
        """Keep the codebook's patterns with the literal words each one needs.

        spaCy's Matcher costs milliseconds per text with all patterns loaded, and most
        texts can match none of them, so only the patterns whose required words occur
        in a text are run, with a small Matcher built for that subset and kept for reuse.
        """
        if vocab is None:
            import spacy

            vocab = spacy.blank("nb").vocab
        self._vocab = vocab
        self._matchers: dict[tuple[int, ...], object] = {}
        usable = []
        for code in self.codes:
            for pattern in code.patterns:
                if not pattern or not isinstance(pattern, list):
                    continue
                pattern = lower_lemmas(pattern)
                if self._compile([pattern]) is None:  # a malformed pattern in a hand-written codebook
                    continue
                for variant in [pattern, *word_order_variants(pattern)]:
                    usable.append((code.path, variant, required_words(variant)))
        # which patterns a word may let through (by the pattern's first required token), so
        # a text is checked only against patterns it can possibly match
        self._pattern_index: dict[str, list[int]] = {}
        self._unindexed: list[int] = []
        for i, (_path, _variant, required) in enumerate(usable):
            if not required:
                self._unindexed.append(i)
            for word in (required[0] if required else ()):
                self._pattern_index.setdefault(word, []).append(i)
        return usable

    def _compile(self, patterns: list[list[dict]]):
        from spacy.matcher import Matcher

        matcher = Matcher(self._vocab)
        try:
            for n, pattern in enumerate(patterns):
                matcher.add(str(n), [pattern])
        except Exception:
            return None
        return matcher

    def _matcher_for(self, ids: tuple[int, ...]):
        matcher = self._matchers.get(ids)
        if matcher is None:
            if len(self._matchers) > 512:
                self._matchers.clear()
            matcher = self._compile([self._patterns[i][1] for i in ids])
            self._matchers[ids] = matcher
        return matcher

    # -- scoring --------------------------------------------------------------------

    @staticmethod
    @lru_cache(maxsize=100_000)
    def _compound_heads(key: str) -> tuple[str, ...]:
        """Keyword-sized heads (ends of the word after a modifier that is a word) of a compound lemma.

        Nothing for a compound that is a word in its own right (see LEXICALISED_ZIPF).
        """
        frequency = zipf(key)
        if frequency is not None and frequency >= LEXICALISED_ZIPF:
            return ()
        return tuple(key[i:] for i in range(3, len(key) - MIN_COMPOUND_PART + 1) if is_word_part(key[:i]))

    def evidence(self, words: list[str], lemmas: list[str], pos: list[str] | None = None) -> dict[str, CodeEvidence]:
        """Evidence per code path for one tokenised text (only codes with any evidence)."""
        found: dict[str, CodeEvidence] = {}
        token_keys = [word_keys(w) | {lemma.lower()} for w, lemma in zip(words, lemmas, strict=True)]
        forms = [w.lower() for w in words]

        def hit(kw: Keyword, factor: float, first: int, last: int, label: str) -> None:
            ev = found.setdefault(kw.code, CodeEvidence(kw.code))
            ev.keywords.add(kw.text)
            weight = kw.weight * factor
            if weight > ev.words.get(label, 0.0):
                ev.words[label] = weight
            share = weight / (last - first + 1)
            for t in range(first, last + 1):
                if share > ev.tokens.get(t, 0.0):
                    ev.tokens[t] = share

        for t, keys in enumerate(token_keys):
            if not _WORD_RE.search(words[t]):
                continue
            form = words[t].lower()
            whole = False
            for key in keys:
                for kw in self._single.get(key, ()):
                    if kw.word_matches(0, keys, form):
                        hit(kw, EXACT, t, t, words[t])
                        whole = True
                for kw in self._phrases.get(key, ()):
                    span = self._match_phrase(kw, token_keys, forms, t)
                    if span:
                        hit(kw, EXACT, t, span, " ".join(words[t:span + 1]))
            lemma = lemmas[t].lower()
            if not whole and len(lemma) >= MIN_COMPOUND_PART + 3 and lemma.isalpha() \
                    and not (keys & self._keyword_words):
                for part in self._compound_heads(lemma):
                    for kw in self._single.get(part, ()):
                        hit(kw, COMPOUND_HEAD, t, t, f"{words[t]} ({part})")
        if self._patterns and words:
            self._match_patterns(words, lemmas, pos, found)
        self._match_profiles(words, lemmas, found)
        for ev in found.values():
            ev.raw = sum(ev.tokens.values()) + PATTERN_WEIGHT * len(ev.patterns) + sum(ev.related.values())
        return found

    @staticmethod
    def _match_phrase(kw: Keyword, token_keys: list[frozenset[str]], forms: list[str], t: int) -> int | None:
        """Index of the last token when the phrase starts at token t, else None."""
        n = len(kw.keys)
        if t + n > len(token_keys):
            return None
        for offset in range(n):
            if not kw.word_matches(offset, token_keys[t + offset], forms[t + offset]):
                return None
        return t + n - 1

    def _match_patterns(self, words, lemmas, pos, found) -> None:
        present = {w.lower() for w in words} | {lemma.lower() for lemma in lemmas}
        index = self._pattern_index
        candidates = set(self._unindexed)
        for word in present:
            candidates.update(index.get(word, ()))
        ids = tuple(
            i for i in sorted(candidates)
            if all(present & need for need in self._patterns[i][2])
        )
        if not ids:
            return
        from spacy.tokens import Doc

        doc = Doc(self._vocab, words=words, lemmas=[lemma.lower() for lemma in lemmas])
        if pos and all(pos):
            for token, tag in zip(doc, pos, strict=True):
                token.pos_ = tag
        seen = set()
        for match_id, start, end in self._matcher_for(ids)(doc):
            path = self._patterns[ids[int(self._vocab.strings[match_id])]][0]
            if (path, start) in seen:
                continue
            seen.add((path, start))
            ev = found.setdefault(path, CodeEvidence(path))
            ev.patterns.append(" ".join(words[start:end]))

    def _match_profiles(self, words, lemmas, found) -> None:
        stops = stop_words()
        content = {}
        for w, lemma in zip(words, lemmas, strict=True):
            key = lemma.lower()
            if len(key) >= 3 and key not in stops and w.lower() not in stops and key.isalpha() and not is_everyday(key):
                content.setdefault(key, w)
        if not content:
            return
        index = self._profile_index
        touched = {path for key in content for path in index.get(key, ())}
        for path, profile in self._profiles.items():
            if path not in touched:
                continue  # none of the text's content words is in this code's description
            ev = None
            for key, word in content.items():
                weight = profile.get(key)
                if weight is None:
                    continue
                if ev is None:
                    ev = found.get(path) or CodeEvidence(path)
                if word in ev.words or any(word in k for k in ev.words):
                    continue
                ev.related[word] = weight
            if ev is not None and (ev.related or ev.words or ev.patterns):
                found[path] = ev

    def group_raw(self, found: dict[str, CodeEvidence]) -> dict[str, float]:
        """Raw evidence per top-level key: each token counted once at its best weight."""
        tokens: dict[str, dict[int, float]] = {}
        extra: dict[str, float] = {}
        related: dict[str, dict[str, float]] = {}
        for path, ev in found.items():
            group = top_level_key(path)
            best = tokens.setdefault(group, {})
            for t, w in ev.tokens.items():
                if w > best.get(t, 0.0):
                    best[t] = w
            rel = related.setdefault(group, {})
            for word, w in ev.related.items():
                rel[word] = max(rel.get(word, 0.0), w)
            extra[group] = extra.get(group, 0.0) + PATTERN_WEIGHT * len(set(ev.patterns))
        return {g: sum(tokens[g].values()) + sum(related[g].values()) + extra[g] for g in tokens}
