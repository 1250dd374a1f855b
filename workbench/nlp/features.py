"""Turning analysed segments into the numbers the learned suggester trains on.

Features are lemmas (so `søknaden` and `søknader` are one feature) and the heads of
compounds (`jobbsøknad` also counts as `søknad`, which a team that coded `søknad` has
taught the model), weighted by tf-idf over the project's own segments. Pairs of
neighbouring lemmas were tried and left out: on the demo coding they lowered
cross-validated F1 slightly and made retraining slower. Built by hand on a plain vocabulary rather
than with a fitted vectorizer object so a stored model is a few arrays, not a pickle.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from functools import lru_cache

from workbench.nlp.analysis import SegmentAnalysis
from workbench.nlp.components import is_known_word
from workbench.nlp.rules import MIN_COMPOUND_PART, RuleSuggester, is_content_word

#: A feature must occur in at least this many training segments.
MIN_DF = 2


def segment_terms(segment: SegmentAnalysis, text: str) -> list[str]:
    """The feature terms of one segment: content lemmas and compound heads (no function words)."""
    lemmas = []
    for offset, length, lemma in zip(segment.offsets, segment.lengths, segment.lemmas, strict=True):
        word = text[offset:offset + length]
        if not any(ch.isalpha() for ch in word):
            continue
        lemmas.append((lemma or word).lower())
    terms = []
    for lemma in lemmas:
        if not is_content_word(lemma):
            continue
        terms.append(lemma)
        head = compound_head(lemma)
        if head and is_content_word(head):
            terms.append(head)
    return terms


#: Characters after which a capitalised word starts a sentence (or a quoted turn), not a name.
_OPENERS = ".!?:;«\"'([–—-…"


def cited_words(segment: SegmentAnalysis, text: str) -> dict[str, str]:
    """Term -> the word the passage says for it, for the terms worth citing as a reason.

    A reason shows the passage's own word (`heter`, never its lemma `hete`, which reads as
    another word), and only a word that says something: not an everyday word form
    (`heter`, `jobber`; the lemma is checked where the reason is made), not part of a name
    (a capitalised word inside a sentence, `Hafslund Energi`, or one the pipeline tags as a
    proper noun); an acronym (`NOKUT`, `CV`) is cited as written. A compound's head
    (`søknad` of `jobbsøknaden`) is cited as the compound. Never cited: a word in brackets,
    `(ler)`, `[pause]` (the transcriber's note, not what was said), and a number written as a
    word (`femten`), which says how many, never what about.
    """
    from workbench.nlp.lexicon import is_everyday, is_number_word

    out: dict[str, str] = {}
    pos = segment.pos if segment.pos and len(segment.pos) == len(segment.lemmas) else [""] * len(segment.lemmas)
    for offset, length, lemma, tag in zip(segment.offsets, segment.lengths, segment.lemmas, pos, strict=True):
        word = text[offset:offset + length]
        if not any(ch.isalpha() for ch in word):
            continue
        acronym = len(word) >= 2 and word.isupper()
        before = text[:offset].rstrip()
        inside = bool(before) and before[-1] not in _OPENERS and not before.endswith("\n")
        if not acronym and (tag == "PROPN" or (word[:1].isupper() and inside)):
            continue
        if is_everyday(word) or is_number_word(word) or _bracketed(text, offset):
            continue
        shown = word if acronym else word.lower()
        key = (lemma or word).lower()
        for term in (key, compound_head(key)):
            if term and is_content_word(term):
                out.setdefault(term, shown)
    return out


def _bracketed(text: str, offset: int) -> bool:
    """Whether the word at `offset` stands inside round or square brackets opened on its line."""
    line = text[text.rfind("\n", 0, offset) + 1:offset]
    return any(line.rfind(o) > line.rfind(c) for o, c in ("()", "[]"))


@lru_cache(maxsize=100_000)
def compound_head(lemma: str) -> str | None:
    """The longest dictionary word ending a compound lemma (`jobbsøknad` -> `søknad`), or None."""
    if len(lemma) < MIN_COMPOUND_PART + 3 or not lemma.isalpha():
        return None
    heads = [part for part in RuleSuggester._compound_heads(lemma) if is_known_word(part)]
    return max(heads, key=len) if heads else None


class Vocabulary:
    """Term -> column, with the idf of each column."""

    def __init__(self, terms: Sequence[str], idf: Sequence[float]):
        self.terms = list(terms)
        self.index = {t: i for i, t in enumerate(self.terms)}
        self.idf = list(idf)

    @classmethod
    def fit(cls, documents: Sequence[list[str]], min_df: int = MIN_DF) -> Vocabulary:
        df: dict[str, int] = {}
        for terms in documents:
            for term in set(terms):
                df[term] = df.get(term, 0) + 1
        n = len(documents)
        kept = sorted(t for t, c in df.items() if c >= min_df)
        return cls(kept, [math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept])

    def __len__(self) -> int:
        return len(self.terms)

    def transform(self, documents: Sequence[list[str]]):
        """A CSR matrix of sublinear tf-idf rows, each scaled to unit length.

        Counting is done by numpy; each value is the same float the per-term loop gave
        ((1 + log count) x idf, over the root of the row's sum of squares added in column
        order), so the matrix is byte for byte what it was (tests/test_suggestion_cost.py)."""
        from itertools import pairwise

        import numpy as np
        from scipy import sparse

        get = self.index.get
        found = [[c for c in map(get, terms) if c is not None] for terms in documents]
        width = max(len(self.terms), 1)
        rows = np.repeat(np.arange(len(found), dtype=np.int64), [len(f) for f in found])
        keys = rows * width + np.fromiter((c for f in found for c in f), dtype=np.int64, count=len(rows))
        del found, rows
        pairs, counts = np.unique(keys, return_counts=True)  # sorted: by row, then column
        row_of, indices = np.divmod(pairs, width)
        most = int(counts.max()) if len(counts) else 0
        tf = np.array([0.0] + [1.0 + math.log(k) for k in range(1, most + 1)])
        values = tf[counts] * np.asarray(self.idf, dtype=np.float64)[indices]
        indptr = np.zeros(len(documents) + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_of, minlength=len(documents)), out=indptr[1:])
        squares, bounds = (values * values).tolist(), indptr.tolist()
        # Python's sum, row by row, as before: numpy's would add in another order
        norms = np.array([math.sqrt(sum(squares[a:b])) or 1.0 for a, b in pairwise(bounds)])
        data = values / np.repeat(norms, np.diff(indptr)) if len(values) else values
        return sparse.csr_matrix((data, indices.astype(np.int32), indptr), shape=(len(documents), len(self.terms)))
