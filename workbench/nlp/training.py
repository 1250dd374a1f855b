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

import base64
import bisect
import hashlib
import math
import sys
from collections.abc import Callable

from workbench.core.codebook import ancestors_and_self
from workbench.nlp.analysis import SegmentAnalysis
from workbench.nlp.features import segment_terms
from workbench.nlp.learned import SNIPPET, Example
from workbench.nlp.rules import RuleSuggester


def ancestors(path: str) -> set[str]:
    """The path and every ancestor path: a/b/c -> {a, a/b, a/b/c}."""
    return set(ancestors_and_self(path))


def covers_half(seg_start: int, seg_end: int, start: int, end: int) -> bool:
    """True when [start, end) covers at least half of the segment."""
    overlap = min(seg_end, end) - max(seg_start, start)
    return overlap > 0 and 2 * overlap >= seg_end - seg_start


class RuleCache:
    """Rule evidence and feature terms per segment (they depend only on codebook and text).

    Kept in memory for the segments suggested on, and with a `store` (see
    `rule_store.RuleStore`) in the project beside the document's analysis: for every segment once
    the document is prepared (`prepare`, run with the analysis), else for the segments
    training needed. So a new process trains without running the rules again, and
    training reads what it needs without keeping it in memory.
    """

    def __init__(self, rules: RuleSuggester, store=None):
        self.rules = rules
        self.store = store
        self._raw: dict[tuple, tuple[dict[str, float], dict[str, float]]] = {}
        self._terms: dict[tuple, list[str]] = {}

    def lookup(self, document_id: int, spans: list[tuple[int, int]], analysis_of: Callable[[int], object]
               ) -> dict[tuple[int, int], tuple[tuple[dict[str, float], dict[str, float]], list[str]]]:
        """((evidence per code, per branch), terms) of these spans of a document: from memory,
        else the store, else computed from `analysis_of(document_id)` and added to the store.
        What came from the store or was computed here is not kept in memory."""
        found = {}
        for span in spans:
            key = (document_id, *span)
            raw, terms = self._raw.get(key), self._terms.get(key)
            if raw is not None and terms is not None:
                found[span] = (raw, terms)
        if len(found) == len(spans):
            return found
        wanted = {span for span in spans if span not in found}
        stored, _complete = self._stored(document_id, wanted)
        missing = []
        for span in spans:
            if span not in found:
                if span in stored:
                    found[span] = stored[span]
                else:
                    missing.append(span)
        if missing:
            stored, _complete = self._stored(document_id)  # all of it, to store it again with the rest
            analysis = analysis_of(document_id)
            analysed = {(s.start, s.end): s for s in analysis.segments}
            for span in missing:
                seg = analysed.get(span) or analysis.span(*span)
                found[span] = stored[span] = (self._evidence(seg, analysis.text), segment_terms(seg, analysis.text))
            self._save(document_id, stored, set(analysed))
        return found

    def prepare(self, document_id: int, analysis) -> int:
        """Evidence and terms of every segment of an analysed document into the store (those
        not there yet); returns how many segments were computed."""
        if self.store is None:
            return 0
        stored, complete = self._stored(document_id)
        if complete:
            return 0
        computed = 0
        for seg in analysis.segments:
            span = (seg.start, seg.end)
            if span not in stored:
                stored[span] = (self._evidence(seg, analysis.text), segment_terms(seg, analysis.text))
                computed += 1
        self._save(document_id, stored, {(s.start, s.end) for s in analysis.segments})
        return computed

    def prepared_documents(self) -> set[int]:
        """Documents whose every segment has its evidence in the store."""
        return self.store.complete_documents() if self.store is not None else set()

    def _stored(self, document_id: int, wanted: set[tuple[int, int]] | None = None):
        """({span: (raw, terms)} of the `wanted` spans (default all), whether the store covers
        the whole document) from the store."""
        data = self.store.load(document_id) if self.store is not None else None
        if not data or data.get("format") != STORE_FORMAT:
            return {}, False
        try:
            return decode_evidence(data, wanted), bool(data.get("complete"))
        except (KeyError, ValueError, IndexError):
            return {}, False

    def _save(self, document_id: int, stored: dict, segments: set[tuple[int, int]]) -> None:
        if self.store is not None:
            self.store.save(document_id, encode_evidence(stored), complete=segments <= set(stored))

    def _evidence(self, segment: SegmentAnalysis, text: str) -> tuple[dict[str, float], dict[str, float]]:
        evidence = self.rules.evidence(segment.words(text), segment.lemmas, segment.pos)
        return {p: e.raw for p, e in evidence.items()}, self.rules.group_raw(evidence)

    def terms(self, key: tuple, segment: SegmentAnalysis, text: str) -> list[str]:
        """The learned model's feature terms of one segment (kept in memory)."""
        found = self._terms.get(key)
        if found is None:
            found = self._terms[key] = segment_terms(segment, text)
        return found

    def clear(self) -> None:
        """Forget what is in memory (the store keeps its copy)."""
        self._raw.clear()
        self._terms.clear()

    def raw(self, key: tuple, segment: SegmentAnalysis, text: str) -> tuple[dict[str, float], dict[str, float]]:
        """(evidence per code, evidence per top-level branch) for one segment (kept in memory)."""
        found = self._raw.get(key)
        if found is None:
            found = self._raw[key] = self._evidence(segment, text)
        return found


#: Layout of the evidence kept in the store (see `encode_evidence`); other layouts are recomputed.
STORE_FORMAT = 2
_SEGMENTS, _TERMS = "\x1e", "\x1f"


def encode_evidence(stored: dict) -> dict:
    """{span: ((evidence per code, per branch), terms)} as compact arrays: spans, per segment
    how many evidence values it has, their columns into `names` (code paths, then branch
    keys from `codes` on) and values, and the terms as one string. Decoding costs a fifth
    of parsing the same as JSON lists of dicts, and takes a third of the room."""
    import numpy as np

    spans = sorted(stored)
    code_names = sorted({p for s in spans for p in stored[s][0][0]})
    group_names = sorted({g for s in spans for g in stored[s][0][1]})
    column = {p: i for i, p in enumerate(code_names)}
    gcolumn = {g: len(code_names) + i for i, g in enumerate(group_names)}
    counts, cols, vals = [], [], []
    for span in spans:
        (code_raw, group_raw), _terms = stored[span]
        counts.append(len(code_raw) + len(group_raw))
        for p, v in code_raw.items():
            cols.append(column[p])
            vals.append(v)
        for g, v in group_raw.items():
            cols.append(gcolumn[g])
            vals.append(v)
    return {"format": STORE_FORMAT, "names": code_names + group_names, "codes": len(code_names),
            "spans": _b64(np.asarray(spans, dtype="<i4").reshape(-1, 2)), "counts": _b64(np.asarray(counts, "<u2")),
            "cols": _b64(np.asarray(cols, "<u2")), "vals": _b64(np.asarray(vals, "<f8")),
            "terms": _SEGMENTS.join(_TERMS.join(stored[s][1]) for s in spans)}


def decode_evidence(data: dict, wanted: set[tuple[int, int]] | None = None) -> dict:
    """The spans (`wanted`, default all) of what `encode_evidence` made, as it was given."""
    import numpy as np

    names, n_codes = data["names"], data["codes"]
    spans = _from_b64(data["spans"], "<i4").reshape(-1, 2).tolist()
    counts = _from_b64(data["counts"], "<u2").astype(np.int64)
    ends = np.cumsum(counts).tolist()
    starts = (np.cumsum(counts) - counts).tolist()
    cols = _from_b64(data["cols"], "<u2").tolist()
    vals = _from_b64(data["vals"], "<f8").tolist()
    terms = data["terms"].split(_SEGMENTS) if spans else []
    if len(terms) != len(spans) or (ends and ends[-1] != len(cols)) or len(cols) != len(vals):
        raise ValueError("stored evidence does not add up")
    intern = sys.intern  # one string per distinct term, not one per occurrence
    out = {}
    for i, (a, b) in enumerate(spans):
        if wanted is not None and (a, b) not in wanted:
            continue
        code_raw, group_raw = {}, {}
        for c, v in zip(cols[starts[i]:ends[i]], vals[starts[i]:ends[i]], strict=True):
            if c < n_codes:
                code_raw[names[c]] = v
            else:
                group_raw[names[c]] = v
        out[(a, b)] = ((code_raw, group_raw), [intern(t) for t in terms[i].split(_TERMS)] if terms[i] else [])
    return out


def _b64(array) -> str:
    return base64.b64encode(array.tobytes()).decode("ascii")


def _from_b64(text: str, dtype: str):
    import numpy as np

    return np.frombuffer(base64.b64decode(text), dtype=dtype)


def build_examples(
    rows: dict[str, list[dict]],
    analysis_of: Callable[[int], object],
    rule_cache: RuleCache,
    known_paths: set[str],
    coders: set[str] | None = None,
    sample: tuple[int, int] | None = None,
    release: Callable[[int], None] | None = None,
    text_of: Callable[[int], str] | None = None,
    reuse: dict | None = None,
) -> list[Example]:
    """Training examples from `Project.suggester_training_rows()` output.

    `analysis_of(document_id)` returns the DocumentAnalysis of a document; `coders`, when
    given, keeps only those coders' codings and decisions. With `sample` = (per coded,
    minimum), uncoded segments are sampled before any rule runs on them: each is kept
    when a hash of its document and position falls under the rate that keeps about
    max(minimum, per coded x coded) of them (the same ones every time), and weighs for
    the ones left out. A third number in `sample` caps the coded segments the same way
    (about that many kept, each weighing for the coded ones left out); segments with a
    rejected suggestion are always kept. `release(document_id)` is called once a document is done with (to
    drop its analysis from memory). `text_of(document_id)`, when given, reads a
    document's text for the coded passages' snippets, so a document whose rule evidence
    is stored is never analysed again.

    `reuse` (a dict the caller keeps between calls, one per codebook and set of coders)
    makes the update incremental: a document whose segments and marks are as last time
    gives the same examples again without being read, so retraining as coding goes on
    rebuilds only the documents coded since. The sampling rate moves in steps of about
    9% (RATE_STEPS), so a little more coding does not resample every document.
    """
    by_doc: dict[int, list[tuple[int, int]]] = {}  # segments (start, end) in order
    names: dict[int, str] = {}
    if "spans" in rows:  # Project.suggester_training_rows(grouped=True)
        for doc_id, (name, spans) in rows["spans"].items():
            by_doc[doc_id], names[doc_id] = spans, name
    else:
        for seg in rows["segments"]:
            by_doc.setdefault(seg["document_id"], []).append((seg["start"], seg["end"]))
            names[seg["document_id"]] = seg["document"]
    codings, decisions = rows["codings"], rows["decisions"]
    if "spans" not in rows:  # dicts: as tuples in the grouped layout
        codings = [(c["document_id"], c["start"], c["end"], c["code"], c.get("coder")) for c in codings]
        decisions = [(d["document_id"], d["start"], d["end"], d["code"], d["decision"], d.get("coder"))
                     for d in decisions]
    # each document's marks are made when it is labelled and dropped after (200,000 codings
    # as mark tuples all at once are about 60 MB): codings and decisions by document
    coded_rows, decided_rows = _by_document(codings), _by_document(decisions)
    shared: dict[frozenset, frozenset] = {}  # one frozenset per distinct set of labels or coders
    ancestry: dict[str, set[str]] = {}  # each code with its ancestors that are known codes
    labelled = []  # per document: (doc_id, segments, labels, rejected, coders)
    known: dict[int, tuple] = {}  # per document: (signature, examples, the rate they were sampled at, labels)
    for doc_id, segments in by_doc.items():
        doc_marks = [(start, end, code, "coded", coder or "") for _d, start, end, code, coder
                     in coded_rows.get(doc_id, ()) if coders is None or coder in coders]
        doc_marks += [(start, end, code, decision, "") for _d, start, end, code, decision, coder
                      in decided_rows.get(doc_id, ()) if coders is None or coder in coders]
        if not doc_marks:
            continue
        cutoff = max(m[1] for m in doc_marks)
        segments = [s for s in segments if s[0] < cutoff]
        # what a later call compares to reuse this document's examples (kept only for one)
        signature = (tuple(segments), tuple(doc_marks)) if reuse is not None else None
        before = reuse.get(doc_id) if reuse is not None else None
        if before is not None and before[0] == signature:
            known[doc_id] = before
            labelled.append((doc_id, segments, *before[3]))
        else:
            labelled.append((doc_id, segments, *_labels(segments, doc_marks, known_paths, shared, ancestry)))
            known[doc_id] = (signature, None, None, labelled[-1][2:])
    rate = coded_rate = 1.0
    if sample is not None:
        coded = sum(len(lab.keys() | rej.keys()) for _d, _segs, lab, rej, _b in labelled)
        uncoded = sum(len(segs) for _d, segs, *_rest in labelled) - coded
        if len(sample) > 2 and coded > sample[2]:  # so much coding that coded segments are sampled too
            coded_rate = _on_grid(sample[2] / coded)
        rate = _on_grid(max(sample[1], sample[0] * coded * coded_rate) / max(1, uncoded))
    rates = (rate, coded_rate)
    examples: list[Example] = []
    nothing: frozenset[str] = frozenset()  # shared by the many uncoded examples
    for doc_id, segments, marked, refused, who in labelled:
        signature, done, done_rate, label_sets = known[doc_id]
        if done is not None and done_rate == rates:
            examples.extend(done)  # nothing changed in this document since the last call
            continue
        first, name = len(examples), names[doc_id]
        labels = [marked.get(i, nothing) for i in range(len(segments))]
        rejected = [refused.get(i, nothing) for i in range(len(segments))]
        by = [who.get(i, nothing) for i in range(len(segments))]
        kept = [i for i, seg in enumerate(segments)
                if rejected[i] or _sampled(name, seg[0], coded_rate if labels[i] else rate)]
        known[doc_id] = (signature, examples[first:], rates, label_sets)
        if not kept:
            continue
        spans = [segments[i] for i in kept]
        found = rule_cache.lookup(doc_id, spans, analysis_of)
        text = ""
        if any(labels[i] for i in kept):  # snippets are kept for coded passages only
            text = text_of(doc_id) if text_of is not None else analysis_of(doc_id).text
        for i, span in zip(kept, spans, strict=True):
            (code_raw, group_raw), terms = found[span]
            examples.append(Example(
                document=name, start=span[0], end=span[1],
                snippet=snippet(text[span[0]:span[1]]) if labels[i] else "",
                terms=terms, code_raw=code_raw, group_raw=group_raw,
                labels=labels[i], rejected=rejected[i], coders=by[i],
                weight=1.0 if rejected[i] else 1.0 / (coded_rate if labels[i] else rate),
            ))
        known[doc_id] = (signature, examples[first:], rates, label_sets)
        if release is not None:
            release(doc_id)
    if reuse is not None:
        reuse.clear()
        reuse.update(known)
    return examples


#: Steps per doubling of the sampling rate of uncoded segments (2 ** (1/8): about 9%).
RATE_STEPS = 8


def _sampled(document: str, start: int, rate: float) -> bool:
    """Whether a segment is in a sample taken at `rate` (always at 1; the same ones every time)."""
    return rate >= 1.0 or _unit_hash(document, start) < rate


def _on_grid(rate: float) -> float:
    """The rate rounded up to the next step of a fixed grid (1 at most)."""
    if rate >= 1.0:
        return 1.0
    return min(1.0, 2.0 ** (math.ceil(math.log2(max(rate, 1e-9)) * RATE_STEPS) / RATE_STEPS))


def _by_document(rows: list[tuple]) -> dict[int, list[tuple]]:
    """Rows whose first field is a document id, grouped by it (the rows themselves, not copies)."""
    out: dict[int, list[tuple]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(row)
    return out


def _labels(segments: list[tuple[int, int]], doc_marks, known_paths: set[str], shared: dict | None = None,
            up: dict[str, set[str]] | None = None):
    """Per segment: codes (with ancestors), rejected codes and coders, from a document's marks.

    With `shared` (a dict kept across documents) each set comes back as a frozenset, one
    object per distinct set: a large project has a few hundred distinct sets of labels
    for tens of thousands of coded segments. `up` (likewise kept across documents, for
    the same `known_paths`) holds each code with its ancestors that are known codes."""
    starts = [s[0] for s in segments]
    labels: dict[int, set[str]] = {}  # by segment index; a segment without marks is not in them
    rejected: dict[int, set[str]] = {}
    by: dict[int, set[str]] = {}
    up = {} if up is None else up
    for start, end, code, kind, coder in doc_marks:
        if code not in known_paths:
            continue
        if kind != "rejected" and code not in up:
            up[code] = ancestors(code) & known_paths
        first = max(0, bisect.bisect_right(starts, start) - 1)
        for i in range(first, len(segments)):
            seg_start, seg_end = segments[i]
            if seg_start >= end:
                break
            # covers_half, written out (this loop runs once per coding and segment it touches)
            overlap = (seg_end if seg_end < end else end) - (seg_start if seg_start > start else start)
            if overlap <= 0 or 2 * overlap < seg_end - seg_start:
                continue
            if kind == "rejected":
                rejected.setdefault(i, set()).add(code)
            else:
                labels.setdefault(i, set()).update(up[code])
                if coder:
                    by.setdefault(i, set()).add(coder)
    if shared is not None:
        for table in (labels, rejected, by):
            for i, found in table.items():
                frozen = frozenset(found)
                table[i] = shared.setdefault(frozen, frozen)
    return labels, rejected, by


def _unit_hash(document: str, start: int) -> float:
    """A fixed number in [0, 1) for a segment, to sample the same segments every time."""
    digest = hashlib.blake2b(f"{document}:{start}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2 ** 64


def snippet(text: str, width: int = SNIPPET) -> str:
    """One line of at most `width` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
