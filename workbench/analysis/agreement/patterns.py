"""Presence data for every code of a corpus at once, as counts of rating patterns.

For presence (is code X on this unit?) every coefficient, and the bootstrap over units,
depends on the units x coders ratings only through how many units show each pattern of
values (kari 1, ola 0, nadia missing, ...). Most units of a code are touched by no
coder's span of it; their pattern is fixed by which coders coded the document. So
instead of a ratings matrix per code (770,000 segments x 4 coders, for each of 34 codes,
at study size) this module, in a few vectorised passes over all codings:

1. merges each coder's overlapping spans per code (or code with its sub-codes) and
   document, as `merge_overlapping` does;
2. finds what those spans cover: for segments, the segments each merged span overlaps
   (a binary search in the document's sorted segments) and the characters it covers
   there; for characters, the stretches between span boundaries (a sweep over them);
   for documents, whether there is a span at all;
3. counts patterns: touched units by their pattern, every other unit of a document
   under the document's base pattern (its coders absent, the others missing).

A pattern is the integer key `sum((value + 1) * 3**coder)`, the same key and order as
`stats.distinct_rows`, so the counts are exactly what `distinct_rows` gives
for the matrix `units.presence_data` builds, and the figures are identical.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from workbench.analysis.agreement.stats import Figures, Makeup, figures_from_patterns

if TYPE_CHECKING:
    from workbench.analysis.agreement.units import AgreementCorpus, AgreementDocument

BASE = 3  # values per coder in a key: missing, absent (0), present (1)
UNITS = ("segment", "document", "character")

Target = tuple[str, bool]  # (code path, with its sub-codes)


def fits(n_coders: int) -> bool:
    """Whether pattern keys for this many coders fit in 64 bits (as in `distinct_rows`)."""
    return bool(BASE ** n_coders < 2 ** 62)


def decode(keys: np.ndarray, n_coders: int) -> np.ndarray:
    """Pattern keys back to rows of values (-1 missing, 0 absent, 1 present)."""
    powers = BASE ** np.arange(n_coders, dtype=np.int64)
    return (np.asarray(keys, dtype=np.int64)[:, None] // powers) % BASE - 1


def merge_spans(group: np.ndarray, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Merge overlapping spans within each group (spans that only touch stay apart).

    The vectorised `merge_overlapping`: sorted by group and start, a span opens a new
    merged span when it starts at or after the furthest end seen so far in its group.
    """
    if not len(group):
        return group, start, end
    order = np.lexsort((start, group))
    group, start, end = group[order], start[order], end[order]
    width = int(max(end.max(), start.max())) + 1
    rank = np.concatenate([[0], np.cumsum(group[1:] != group[:-1])])
    offset = rank * width  # groups laid end to end, so one running maximum serves all
    reach = np.maximum.accumulate(end + offset)
    opens = np.ones(len(group), dtype=bool)
    opens[1:] = start[1:] + offset[1:] >= reach[:-1]
    first = np.flatnonzero(opens)
    last = np.concatenate([first[1:], [len(group)]]) - 1
    return group[first], start[first], reach[last] - offset[first]


def _sum_by(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct keys (sorted) and the integer sum of `values` for each."""
    if not len(keys):
        return keys, values
    if len(keys) > 1 and not (keys[1:] >= keys[:-1]).all():
        order = np.argsort(keys)
        keys, values = keys[order], values[order]
    first = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    return keys[first], np.add.reduceat(values, first)


class PatternTables:
    """Pattern counts of presence for chosen codes, per document, for one unit of analysis.

    `targets` lists (path, subtree) pairs: the code with its sub-codes (as the per-code
    rows count) or alone (as pooled figures count each code on its own).
    """

    def __init__(self, corpus: AgreementCorpus, coders: list[str], unit: str, targets: list[Target]) -> None:
        if unit not in UNITS:
            raise ValueError(f"unit must be one of {', '.join(UNITS)}")
        self.unit = unit
        self.n_coders = m = len(coders)
        docs = corpus.documents
        self.n_docs = nd = len(docs)
        arrays = corpus.corpus_arrays()
        chosen_coder = np.full(len(arrays.coder_names), -1, dtype=np.int64)
        for j, name in enumerate(coders):
            if name in arrays.coder_names:
                chosen_coder[arrays.coder_names.index(name)] = j
        j = chosen_coder[arrays.coding_coder]
        keep = j >= 0
        coding = np.column_stack([arrays.coding_document[keep], j[keep], arrays.coding_code[keep],
                                  arrays.coding_start[keep], arrays.coding_end[keep]]).astype(np.int64).reshape(-1, 5)
        paths = arrays.code_paths
        self._segment_offset, self._segment_bounds = arrays.segment_offset, arrays.segments

        present = np.zeros((nd, m), dtype=bool)
        present[coding[:, 0], coding[:, 1]] = True
        if unit == "segment":
            n_units = np.diff(arrays.segment_offset).astype(np.int64)
        elif unit == "document":
            n_units = np.ones(nd, dtype=np.int64)
        else:
            n_units = np.array([d.length for d in docs], dtype=np.int64)
        included = present.any(axis=1) & (n_units > 0)
        self.n_units = np.where(included, n_units, 0)
        self.unit_offset = np.concatenate([[0], np.cumsum(self.n_units)])
        self.base_key = (present * BASE ** np.arange(m, dtype=np.int64)).sum(axis=1).astype(np.int64)
        self.present_count = present.sum(axis=1)
        self.doc_ids = np.array([d.id for d in docs], dtype=np.int64)
        self.included = included
        coding = coding[included[coding[:, 0]]] if len(coding) else coding

        # Targets: each distinct set of codes whose spans count once.
        self._target: dict[Target, int] = {}
        sets: dict[frozenset[int], int] = {}
        members: list[list[int]] = [[] for _ in paths]
        for path, subtree in targets:
            prefix = path + "/"
            chosen = frozenset(i for i, p in enumerate(paths) if p == path or (subtree and p.startswith(prefix)))
            if chosen not in sets:
                sets[chosen] = len(sets)
                for i in chosen:
                    members[i].append(sets[chosen])
            self._target[(path, subtree)] = sets[chosen]
        self.n_targets = nt = len(sets)
        per_code = np.array([len(t) for t in members], dtype=np.int64)
        pointer = np.concatenate([[0], np.cumsum(per_code)])
        flat = np.array([t for ts in members for t in ts], dtype=np.int64)
        times = per_code[coding[:, 2]] if len(coding) else np.zeros(0, dtype=np.int64)
        row = np.repeat(np.arange(len(coding)), times)
        within = np.arange(len(row)) - np.repeat(np.cumsum(times) - times, times)
        tid = flat[pointer[coding[row, 2]] + within] if len(row) else np.zeros(0, dtype=np.int64)
        doc, coder = coding[row, 0], coding[row, 1]
        group = (tid * nd + doc) * max(m, 1) + coder
        group, start, end = merge_spans(group, coding[row, 3], coding[row, 4])
        coder = group % max(m, 1)
        doc = (group // max(m, 1)) % nd if nd else group
        tid = group // max(m, 1) // max(nd, 1)

        if unit == "segment":
            t_tid, t_doc, t_unit, t_key = self._segments(docs, tid, doc, coder, start, end)
            t_weight = np.ones(len(t_tid), dtype=np.int64)
        elif unit == "document":
            once = np.concatenate([[True], group[1:] != group[:-1]]) if len(group) else np.zeros(0, dtype=bool)
            t_tid, t_unit, t_key = _sum_units(tid[once], self.unit_offset[doc[once]], BASE ** coder[once], nt)
            t_doc = _doc_of(t_unit, self.unit_offset)
            t_key = t_key + self.base_key[t_doc]
            t_weight = np.ones(len(t_tid), dtype=np.int64)
        else:
            t_tid, t_doc, t_key, t_weight = self._characters(docs, tid, doc, coder, start, end)
            t_unit = None
        self.t_tid, self.t_doc, self.t_unit, self.t_key, self.t_weight = t_tid, t_doc, t_unit, t_key, t_weight

        # Cells: (target, document, pattern key) -> units, touched ones and the untouched rest.
        touched_tid, touched = _sum_by(t_tid * nd + t_doc, t_weight)
        rest = np.repeat(self.n_units[None, :], nt, axis=0).ravel()
        np.subtract.at(rest, touched_tid, touched)
        cell = np.arange(nt * nd)
        keep = rest > 0
        k_tid, k_doc = cell[keep] // max(nd, 1), cell[keep] % max(nd, 1)
        self.c_tid = np.concatenate([t_tid, k_tid])
        self.c_doc = np.concatenate([t_doc, k_doc])
        self.c_key = np.concatenate([t_key, self.base_key[k_doc]])
        self.c_weight = np.concatenate([t_weight, rest[keep]])

    # -- building ---------------------------------------------------------------------

    def _segments(self, docs: list[AgreementDocument], tid: np.ndarray, doc: np.ndarray, coder: np.ndarray, start: np.ndarray,
                  end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Touched segments: (target, document, unit, pattern key) for each segment a coder's
        merged spans cover at least half of."""
        offset = self.unit_offset
        empty = np.zeros(0, dtype=np.int64)
        seg_doc = _doc_of(np.arange(len(self._segment_bounds)), self._segment_offset)
        seg = self._segment_bounds[self.included[seg_doc]] if len(seg_doc) else self._segment_bounds.reshape(-1, 2)
        if not len(start) or not len(seg):
            return empty, empty, empty, empty
        seg_doc = _doc_of(np.arange(len(seg)), offset)
        width = int(max(seg.max(), end.max())) + 1
        s_start, s_end = seg[:, 0] + seg_doc * width, seg[:, 1] + seg_doc * width
        if (s_start[1:] >= s_start[:-1]).all():  # as the segmenter writes them
            order = np.arange(len(seg))
        else:  # by document, then start
            order = np.argsort(s_start, kind="stable")
            s_start, s_end = s_start[order], s_end[order]
        reach = np.maximum.accumulate(s_end)  # segments may overlap: the furthest end so far
        start, end = start + doc * width, end + doc * width
        lo = np.searchsorted(reach, start, side="right")
        hi = np.searchsorted(s_start, end, side="left")
        count = np.maximum(hi - lo, 0)
        which = np.repeat(np.arange(len(lo)), count)
        position = np.repeat(lo, count) + np.arange(len(which)) - np.repeat(np.cumsum(count) - count, count)
        overlap = np.minimum(end[which], s_end[position]) - np.maximum(start[which], s_start[position])
        hit = overlap > 0
        which, position, overlap = which[hit], position[hit], overlap[hit]
        # One coder's merged spans of a target are disjoint: their overlaps with a segment add up.
        group = tid * self.n_coders + coder
        key, covered = _sum_by(group[which] * len(seg) + position, overlap)
        group, unit = key // len(seg), order[key % len(seg)]
        on = 2 * covered >= seg[unit, 1] - seg[unit, 0]
        group, unit = group[on], unit[on]
        t_tid, t_unit, delta = _sum_units(group // self.n_coders, unit, BASE ** (group % self.n_coders), self.n_targets)
        t_doc = _doc_of(t_unit, offset)
        return t_tid, t_doc, t_unit, self.base_key[t_doc] + delta

    def _characters(self, docs: list[AgreementDocument], tid: np.ndarray, doc: np.ndarray, coder: np.ndarray, start: np.ndarray,
                    end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Touched stretches of characters: (target, document, pattern key, length), from a
        sweep over every coder's span boundaries."""
        lengths = np.array([d.length for d in docs], dtype=np.int64)
        start = np.minimum(np.maximum(start, 0), lengths[doc])
        end = np.minimum(end, lengths[doc])
        keep = end > start
        tid, doc, coder, start, end = tid[keep], doc[keep], coder[keep], start[keep], end[keep]
        empty = np.zeros(0, dtype=np.int64)
        if not len(start):
            return empty, empty, empty, empty
        block = np.concatenate([tid * self.n_docs + doc] * 2)
        where = np.concatenate([start, end])
        step = np.concatenate([BASE ** coder, -(BASE ** coder)])
        order = np.lexsort((where, block))
        block, where, step = block[order], where[order], step[order]
        level = np.cumsum(step)  # each block's steps sum to 0, so no reset is needed
        length = where[1:] - where[:-1]
        keep = (block[1:] == block[:-1]) & (length > 0) & (level[:-1] > 0)
        block, level, length = block[:-1][keep], level[:-1][keep], length[keep]
        key = self.base_key[block % self.n_docs] + level
        distinct, kind = np.unique(key, return_inverse=True)  # keys can be large: number them
        cell, weight = _sum_by(block * len(distinct) + kind.ravel(), length)
        block, key = cell // len(distinct), distinct[cell % len(distinct)]
        return block // self.n_docs, block % self.n_docs, key, weight

    # -- reading ----------------------------------------------------------------------

    def target_ids(self, targets: list[Target]) -> list[int]:
        return [self._target[t] for t in targets]

    def counts(self, targets: list[Target], document: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Distinct patterns (sorted keys) and their units, over the targets (and one document)."""
        chosen = np.isin(self.c_tid, self.target_ids(targets))
        if document is not None:
            chosen &= self.c_doc == document
        return _sum_by(self.c_key[chosen], self.c_weight[chosen])

    def counts_per_document(self, targets: list[Target]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        """`counts` for every document position at once."""
        chosen = np.isin(self.c_tid, self.target_ids(targets))
        doc, key, weight = self.c_doc[chosen], self.c_key[chosen], self.c_weight[chosen]
        order = np.lexsort((key, doc))
        doc, key, weight = doc[order], key[order], weight[order]
        cut = np.flatnonzero(np.concatenate([[True], doc[1:] != doc[:-1]])) if len(doc) else np.zeros(0, dtype=np.int64)
        ends = np.concatenate([cut[1:], [len(doc)]]) if len(doc) else cut  # no coding at all: no document
        return {int(doc[a]): _sum_by(key[a:b], weight[a:b]) for a, b in zip(cut.tolist(), ends.tolist(), strict=True)}

    def _makeup(self, targets: list[Target], keys: np.ndarray, clusters: str) -> Makeup:
        """The bootstrap's clusters: units (a segment across codes) or documents."""
        ids = self.target_ids(targets)

        def makeup() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            if clusters == "documents":
                chosen = np.isin(self.c_tid, ids)
                doc, key, weight = self.c_doc[chosen], self.c_key[chosen], self.c_weight[chosen]
                rank = np.searchsorted(np.unique(self.doc_ids[self.included]), self.doc_ids[doc])
                return _as_makeup(rank, np.searchsorted(keys, key), weight)
            assert self.t_unit is not None, "unit clusters exist for segments and documents, not characters"
            chosen = np.isin(self.t_tid, ids)
            unit, key = self.t_unit[chosen], self.t_key[chosen]
            touched_units, touched = _sum_by(unit, np.ones(len(unit), dtype=np.int64))
            total = int(self.unit_offset[-1])
            rest = np.full(total, len(set(ids)), dtype=np.int64)
            rest[touched_units] -= touched
            every = np.arange(total)
            base = self.base_key[_doc_of(every, self.unit_offset)]
            all_units = np.concatenate([unit, every])
            all_keys = np.concatenate([key, base])
            weight = np.concatenate([np.ones(len(unit), dtype=np.int64), rest])
            return _as_makeup(all_units, np.searchsorted(keys, all_keys), weight)

        return makeup

    def figures(self, targets: list[Target], bootstrap: int, seed: int, clusters: str | None = None,
                document: int | None = None) -> Figures:
        """The figures over the targets pooled (each counted on its own), as `figures` would
        give them for the stacked matrix; `clusters` ("units" or "documents") makes the
        bootstrap resample those."""
        keys, weights = self.counts(targets, document)
        makeup = self._makeup(targets, keys, clusters) if clusters and bootstrap > 0 else None
        return figures_from_patterns(decode(keys, self.n_coders), weights, 2, bootstrap, seed, makeup)

    def documents_with_pairs(self) -> list[int]:
        """Positions of the documents that at least two of the coders coded."""
        return np.flatnonzero(self.present_count >= 2).tolist()


def _doc_of(unit: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """The document position of each unit index."""
    return np.searchsorted(offset, unit, side="right") - 1


def _sum_units(
    tid: np.ndarray, unit: np.ndarray, delta: np.ndarray, n_targets: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(target, unit) pairs with their summed key deltas."""
    key, total = _sum_by(unit.astype(np.int64) * max(n_targets, 1) + tid, delta.astype(np.int64))
    return key % max(n_targets, 1), key // max(n_targets, 1), total


def _as_makeup(cluster: np.ndarray, kind: np.ndarray, count: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(cluster, kind, count) summed and sorted by cluster, then kind; empty counts left out."""
    some = count > 0
    cluster, kind, count = cluster[some], kind[some], count[some]
    width = int(kind.max()) + 1 if len(kind) else 1
    key, total = _sum_by(cluster.astype(np.int64) * width + kind, count.astype(np.int64))
    return key // width, key % width, total
