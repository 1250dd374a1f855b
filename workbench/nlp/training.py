"""From a project's codings to training examples for the learned suggester.

A segment counts as coded with code X when one coding of X (by any coder) covers at
least half of it; its ancestors count too (`network/weak_ties` is also `network`).
Only documents someone has started coding are used, and only up to the last coding or
decision in each, so the uncoded rest of a half-done transcript is not taken as "none of
the codes apply". A rejected suggestion makes that segment a weighted negative for the
rejected code; an accepted one is a positive. For blind (independent) coding the
examples can be limited to some coders' codings and decisions: the current coder's own
and the consensus, never another coder's.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable

from workbench.nlp.analysis import SegmentAnalysis
from workbench.nlp.features import segment_terms
from workbench.nlp.learned import SNIPPET, Example
from workbench.nlp.rules import RuleSuggester


def ancestors(path: str) -> set[str]:
    """The path and every ancestor path: a/b/c -> {a, a/b, a/b/c}."""
    parts = path.split("/")
    return {"/".join(parts[:i]) for i in range(1, len(parts) + 1)}


def covers_half(seg_start: int, seg_end: int, start: int, end: int) -> bool:
    """True when [start, end) covers at least half of the segment."""
    overlap = min(seg_end, end) - max(seg_start, start)
    return overlap > 0 and 2 * overlap >= seg_end - seg_start


class RuleCache:
    """Rule evidence and feature terms per segment (they depend only on codebook and text).

    Kept in memory, and with a `store` (see the service's `_RuleStore`) also in the
    project beside the document's analysis, so a new process trains without running the
    rules over every coded segment again.
    """

    def __init__(self, rules: RuleSuggester, store=None):
        self.rules = rules
        self.store = store
        self._raw: dict[tuple, tuple[dict[str, float], dict[str, float]]] = {}
        self._terms: dict[tuple, list[str]] = {}
        self._documents: set[int] = set()

    def prefetch(self, document_id: int, analysis, spans: list[tuple[int, int]] | None = None) -> None:
        """Have these segments (default: all) of a document in memory: from the store, else
        computed, and what was computed added to the store."""
        wanted = spans if spans is not None else [(s.start, s.end) for s in analysis.segments]
        if document_id not in self._documents:
            self._documents.add(document_id)
            stored = self.store.load(document_id) if self.store is not None else None
            if stored and len(stored.get("spans", ())) == len(stored.get("raw", ())) == len(stored.get("terms", ())):
                for (start, end), raw, terms in zip(stored["spans"], stored["raw"], stored["terms"], strict=True):
                    key = (document_id, start, end)
                    self._raw.setdefault(key, (raw[0], raw[1]))
                    self._terms.setdefault(key, terms)
        missing = [span for span in wanted if (document_id, *span) not in self._raw
                   or (document_id, *span) not in self._terms]
        if not missing:
            return
        analysed = {(s.start, s.end): s for s in analysis.segments}
        for span in missing:
            key = (document_id, *span)
            seg = analysed.get(span) or analysis.span(*span)
            self.raw(key, seg, analysis.text)
            self.terms(key, seg, analysis.text)
        if self.store is not None:
            keys = sorted(k for k in self._raw if k[0] == document_id and k in self._terms)
            self.store.save(document_id, {"spans": [[k[1], k[2]] for k in keys],
                                          "raw": [list(self._raw[k]) for k in keys],
                                          "terms": [self._terms[k] for k in keys]})

    def terms(self, key: tuple, segment: SegmentAnalysis, text: str) -> list[str]:
        """The learned model's feature terms of one segment."""
        found = self._terms.get(key)
        if found is None:
            found = self._terms[key] = segment_terms(segment, text)
        return found

    def clear(self) -> None:
        """Forget what is in memory (the store keeps its copy)."""
        self._raw.clear()
        self._terms.clear()
        self._documents.clear()

    def raw(self, key: tuple, segment: SegmentAnalysis, text: str) -> tuple[dict[str, float], dict[str, float]]:
        """(evidence per code, evidence per top-level branch) for one segment."""
        found = self._raw.get(key)
        if found is None:
            evidence = self.rules.evidence(segment.words(text), segment.lemmas, segment.pos)
            found = ({p: e.raw for p, e in evidence.items()}, self.rules.group_raw(evidence))
            self._raw[key] = found
        return found


def build_examples(
    rows: dict[str, list[dict]],
    analysis_of: Callable[[int], object],
    rule_cache: RuleCache,
    known_paths: set[str],
    coders: set[str] | None = None,
    sample: tuple[int, int] | None = None,
    release: Callable[[int], None] | None = None,
) -> list[Example]:
    """Training examples from `Project.suggester_training_rows()` output.

    `analysis_of(document_id)` returns the DocumentAnalysis of a document; `coders`, when
    given, keeps only those coders' codings and decisions. With `sample` = (per coded,
    minimum), uncoded segments are sampled before any rule runs on them: each is kept
    when a hash of its document and position falls under the rate that keeps about
    max(minimum, per coded x coded) of them (the same ones every time), and weighs for
    the ones left out. `release(document_id)` is called once a document is done with (to
    drop its analysis from memory).
    """
    by_doc: dict[int, list[dict]] = {}
    for seg in rows["segments"]:
        by_doc.setdefault(seg["document_id"], []).append(seg)
    marks: dict[int, list[tuple[int, int, str, str, str]]] = {}
    for c in rows["codings"]:
        if coders is None or c.get("coder") in coders:
            marks.setdefault(c["document_id"], []).append((c["start"], c["end"], c["code"], "coded", c.get("coder") or ""))
    for d in rows["decisions"]:
        if coders is None or d.get("coder") in coders:
            marks.setdefault(d["document_id"], []).append((d["start"], d["end"], d["code"], d["decision"], ""))
    labelled = []  # per document: (doc_id, segments, labels, rejected, coders)
    for doc_id, segments in by_doc.items():
        doc_marks = marks.get(doc_id)
        if not doc_marks:
            continue
        cutoff = max(m[1] for m in doc_marks)
        segments = [s for s in segments if s["start"] < cutoff]
        labelled.append((doc_id, segments, *_labels(segments, doc_marks, known_paths)))
    rate = 1.0
    if sample is not None:
        coded = sum(1 for _d, segs, lab, rej, _b in labelled for i in range(len(segs)) if lab[i] or rej[i])
        uncoded = sum(len(segs) for _d, segs, *_rest in labelled) - coded
        rate = min(1.0, max(sample[1], sample[0] * coded) / max(1, uncoded))
    examples: list[Example] = []
    for doc_id, segments, labels, rejected, by in labelled:
        kept = [i for i, seg in enumerate(segments)
                if labels[i] or rejected[i] or rate >= 1.0 or _unit_hash(seg["document"], seg["start"]) < rate]
        if not kept:
            continue
        analysis = analysis_of(doc_id)
        rule_cache.prefetch(doc_id, analysis, [(segments[i]["start"], segments[i]["end"]) for i in kept])
        analysed = {(s.start, s.end): s for s in analysis.segments}
        for i in kept:
            seg = segments[i]
            span = (seg["start"], seg["end"])
            part = analysed.get(span) or analysis.span(*span)
            code_raw, group_raw = rule_cache.raw((doc_id, *span), part, analysis.text)
            examples.append(Example(
                document=seg["document"], start=span[0], end=span[1],
                snippet=snippet(analysis.text[span[0]:span[1]]),
                terms=rule_cache.terms((doc_id, *span), part, analysis.text), code_raw=code_raw, group_raw=group_raw,
                labels=labels[i], rejected=rejected[i], coders=by[i],
                weight=1.0 if labels[i] or rejected[i] else 1.0 / rate,
            ))
        if release is not None:
            release(doc_id)
    return examples


def _labels(segments: list[dict], doc_marks, known_paths: set[str]):
    """Per segment: codes (with ancestors), rejected codes and coders, from a document's marks."""
    starts = [s["start"] for s in segments]
    labels: list[set[str]] = [set() for _ in segments]
    rejected: list[set[str]] = [set() for _ in segments]
    by: list[set[str]] = [set() for _ in segments]
    for start, end, code, kind, coder in doc_marks:
        if code not in known_paths:
            continue
        first = max(0, bisect.bisect_right(starts, start) - 1)
        for i in range(first, len(segments)):
            seg = segments[i]
            if seg["start"] >= end:
                break
            if not covers_half(seg["start"], seg["end"], start, end):
                continue
            if kind == "rejected":
                rejected[i].add(code)
            else:
                labels[i] |= ancestors(code) & known_paths
                if coder:
                    by[i].add(coder)
    return labels, rejected, by


def _unit_hash(document: str, start: int) -> float:
    """A fixed number in [0, 1) for a segment, to sample the same segments every time."""
    digest = hashlib.blake2b(f"{document}:{start}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2 ** 64


def snippet(text: str, width: int = SNIPPET) -> str:
    """One line of at most `width` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
