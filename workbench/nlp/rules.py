"""Suggestions from the codebook alone: keywords, token patterns and the codes' own descriptions.

This is what helps before anyone has coded. People rarely say the codebook's words in
the codebook's form, so everything is matched on lemmas (`søknadene` finds `søknad`),
compounds count (`jobbsøknaden` contains `søknad`, `nettverksbygging` starts with
`nettverk`), a keyword shared by several top-level codes weighs less than one that
only one of them has (an idf over the code tree) and an everyday word less than a rare
one (an idf from published word frequencies, see `lexicon`). Words from a code's
definition and examples add weak evidence, so a quote can be placed even when it uses
none of the keywords. Scores roll up from child codes to their top-level code.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.core.codebook import top_level_key
from workbench.core.models import Code
from workbench.nlp.components import is_known_word, lemma_of
from workbench.nlp.lexicon import informativeness, is_everyday

#: Evidence for one word or phrase, by how it matched.
EXACT, COMPOUND_HEAD, COMPOUND_MODIFIER = 1.0, 0.85, 0.6
#: Weight of one matched codebook pattern, and the factor for description words.
PATTERN_WEIGHT = 2.0
PROFILE_FACTOR = 0.35
#: Raw evidence -> prior probability: p = CAP * (1 - exp(-raw / TAU)).
TAU, CAP = 3.0, 0.95
#: Top-level codes that form an optional layer used *in addition to* the framework's
#: branches (the shipped codebook's programme design: "kan brukes i tillegg til en kode
#: fra de fem faktorene"). At cold start their evidence counts this much, so a quote is
#: placed in the framework first and the programme layer offered after it.
SECONDARY_BRANCHES = {"programme": 0.85}
#: Shortest keyword lemma that may be found inside a compound.
MIN_COMPOUND_PART = 4

#: Forms that stand for a whole class in keywords and patterns (`selge seg selv`
#: matches `selge meg selv`; `på sin måte` matches `på min måte`).
_CLASS_KEYS = {
    **{w: "seg" for w in ("meg", "deg", "seg", "oss", "dere", "dem", "jeg", "du")},
    **{w: "sin" for w in ("min", "mi", "mitt", "mine", "din", "di", "ditt", "dine", "sin", "si", "sitt",
                          "sine", "vår", "vårt", "våre", "deres")},
}
#: Definite and plural noun endings, tried when the lemmatiser picks another reading.
_NOUN_ENDINGS = ("ene", "ane", "en", "et", "er", "a")
_WORD_RE = re.compile(r"[^\W_]", re.UNICODE)

#: Function words left out of the description profiles (spaCy's list, minus words that
#: carry meaning in this domain such as `kontakt`, `leder`, `mål`).
_DOMAIN_WORDS = {"kontakt", "leder", "mål", "folk", "plass", "mennesker", "land", "landet", "grunn", "viktig"}


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Bokmål stop words, less the words this domain needs as evidence."""
    from spacy.lang.nb.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) - _DOMAIN_WORDS


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> frozenset[str]:
    """The keys a written word matches by: lower case, its lemma, and its word class key."""
    lower = word.lower()
    keys = {lower, lemma_of(lower).lower(), lemma_of(word).lower()}
    for suffix in _NOUN_ENDINGS:  # `kurset` is also the noun `kurs`, not only the verb `kurse`
        stem = lower[: -len(suffix)]
        if lower.endswith(suffix) and len(stem) >= 3 and is_known_word(stem):
            keys.add(stem)
            break
    if lower in _CLASS_KEYS:
        keys.add(_CLASS_KEYS[lower])
    if "-" in lower.strip("-"):  # `WhatsApp-gruppa`, `B2-prøven`: the last part is the head
        first, head = lower.split("-", 1)[0], lower.rsplit("-", 1)[1]
        if len(head) >= 3:
            keys |= word_keys(head)
        if len(first) >= 2:
            keys.add(first)
    return frozenset(k for k in keys if k)


def _is_word_part(part: str) -> bool:
    """True when `part` is a word on its own, allowing a linking -s- or -e- (arbeids-, barne-)."""
    if len(part) < 3:
        return False
    if is_known_word(part):
        return True
    return part[-1] in "se" and len(part) > 3 and is_known_word(part[:-1])


@dataclass
class Keyword:
    """One keyword or phrase of a code, as lemma keys per word."""

    code: str
    text: str
    keys: list[frozenset[str]]
    weight: float = 1.0


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
        for code in self.codes:
            seen = set()
            for text in code.keywords:
                words = [w for w in str(text).split() if w]
                if not words:
                    continue
                keys = [word_keys(w) for w in words]
                ident = tuple(sorted(keys[0])) if len(keys) == 1 else tuple(tuple(sorted(k)) for k in keys)
                if ident in seen:
                    continue
                seen.add(ident)
                keywords.append(Keyword(code.path, str(text), keys))
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
            for i, pattern in enumerate(code.patterns):
                if not pattern or not isinstance(pattern, list):
                    continue
                pattern = _lower_lemmas(pattern)
                if self._compile([pattern]) is None:  # a malformed pattern in a hand-written codebook
                    continue
                usable.append((code.path, pattern, _required_words(pattern)))
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
    def _compound_parts(key: str) -> tuple[tuple[str, float], ...]:
        """Keyword-sized heads (end of word) and modifiers (start of word) of a compound lemma."""
        parts = []
        for i in range(3, len(key) - MIN_COMPOUND_PART + 1):
            if _is_word_part(key[:i]):
                parts.append((key[i:], COMPOUND_HEAD))
        for j in range(MIN_COMPOUND_PART, len(key) - 2):
            rest = key[j:]
            if _is_word_part(rest) or (rest[0] in "se" and _is_word_part(rest[1:])):
                parts.append((key[:j], COMPOUND_MODIFIER))
        return tuple(parts)

    def evidence(self, words: list[str], lemmas: list[str], pos: list[str] | None = None) -> dict[str, CodeEvidence]:
        """Evidence per code path for one tokenised text (only codes with any evidence)."""
        found: dict[str, CodeEvidence] = {}
        token_keys = [word_keys(w) | {l.lower()} for w, l in zip(words, lemmas)]

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
            for key in keys:
                for kw in self._single.get(key, ()):
                    hit(kw, EXACT, t, t, words[t])
                for kw in self._phrases.get(key, ()):
                    span = self._match_phrase(kw, token_keys, t)
                    if span:
                        hit(kw, EXACT, t, span, " ".join(words[t:span + 1]))
            lemma = lemmas[t].lower()
            if len(lemma) >= MIN_COMPOUND_PART + 3 and lemma.isalpha():
                for part, factor in self._compound_parts(lemma):
                    for kw in self._single.get(part, ()):
                        if len(part) >= MIN_COMPOUND_PART:
                            hit(kw, factor, t, t, f"{words[t]} ({part})")
        if self._patterns and words:
            self._match_patterns(words, lemmas, pos, found)
        self._match_profiles(words, lemmas, found)
        for ev in found.values():
            ev.raw = (sum(ev.tokens.values()) + PATTERN_WEIGHT * len(ev.patterns) + sum(ev.related.values())) \
                * SECONDARY_BRANCHES.get(top_level_key(ev.code), 1.0)
        return found

    @staticmethod
    def _match_phrase(kw: Keyword, token_keys: list[frozenset[str]], t: int) -> int | None:
        """Index of the last token when the phrase starts at token t, else None."""
        n = len(kw.keys)
        if t + n > len(token_keys):
            return None
        for offset in range(1, n):
            if not (kw.keys[offset] & token_keys[t + offset]):
                return None
        return t + n - 1

    def _match_patterns(self, words, lemmas, pos, found) -> None:
        present = {w.lower() for w in words} | {l.lower() for l in lemmas}
        ids = tuple(
            i for i, (_path, _pattern, required) in enumerate(self._patterns)
            if all(present & need for need in required)
        )
        if not ids:
            return
        from spacy.tokens import Doc

        doc = Doc(self._vocab, words=words, lemmas=[l.lower() for l in lemmas])
        if pos and all(pos):
            for token, tag in zip(doc, pos):
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
        for w, l in zip(words, lemmas):
            key = l.lower()
            if len(key) >= 3 and key not in stops and w.lower() not in stops and key.isalpha() and not is_everyday(key):
                content.setdefault(key, w)
        if not content:
            return
        for path, profile in self._profiles.items():
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
        return {g: (sum(tokens[g].values()) + sum(related[g].values()) + extra[g]) * SECONDARY_BRANCHES.get(g, 1.0)
                for g in tokens}


def _lower_lemmas(pattern: list[dict]) -> list[dict]:
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


def _required_words(pattern: list[dict]) -> list[frozenset[str]]:
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
