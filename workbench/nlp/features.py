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
        """A CSR matrix of sublinear tf-idf rows, each scaled to unit length."""
        import numpy as np
        from scipy import sparse

        indptr, indices, data = [0], [], []
        index, idf = self.index, self.idf
        for terms in documents:
            counts: dict[int, int] = {}
            for term in terms:
                col = index.get(term)
                if col is not None:
                    counts[col] = counts.get(col, 0) + 1
            cols = sorted(counts)
            values = [(1.0 + math.log(counts[c])) * idf[c] for c in cols]
            norm = math.sqrt(sum(v * v for v in values)) or 1.0
            indices.extend(cols)
            data.extend(v / norm for v in values)
            indptr.append(len(indices))
        return sparse.csr_matrix(
            (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
            shape=(len(documents), len(self.terms)),
        )
