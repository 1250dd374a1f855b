"""Which coders take part in each document's agreement, and how much of it they covered.

Agreement treats every unit a taking-part coder left uncoded as their judgement "no code
here". That is right for a coder who went through the document, and wrong for one who
coded two passages of it and stopped: each of their untouched segments would count as a
disagreement with everyone who coded it. So a coder takes part in a document only when
their coding *spans* at least `MIN_COVERAGE` of it, from the start of their first coding
to the end of their last (as a share of the document's characters); with less they count
as missing there, exactly like a coder with no coding in it. The statistics are computed
as before on the units that remain; this module only decides who is in, reports each
coder's coverage, and says in one line per case who was left out of which document (or
took part while spanning little of it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from workbench.analysis.agreement.defaults import LOW_COVERAGE, MIN_COVERAGE
from workbench.analysis.agreement.units import AgreementCorpus
from workbench.core.wording import plural



@dataclass(frozen=True)
class Coverage:
    """One coder in one document: how far their coding reaches and whether they take part."""

    document_id: int
    document: str
    coder: str
    codings: int
    share: float
    takes_part: bool


def coverages(corpus: AgreementCorpus, coders: list[str], min_coverage: float = MIN_COVERAGE) -> list[Coverage]:
    """Every (document, chosen coder) with coding there, in document then coder order."""
    chosen = set(coders)
    reach: dict[tuple[int, str], list[int]] = {}
    for doc_id, coder, _path, start, end in corpus.codings:
        if coder not in chosen:
            continue
        found = reach.get((doc_id, coder))
        if found is None:
            reach[(doc_id, coder)] = [start, end, 1]
        else:
            found[0], found[1], found[2] = min(found[0], start), max(found[1], end), found[2] + 1
    out = []
    for doc in corpus.documents:
        for coder in coders:
            found = reach.get((doc.id, coder))
            if found is None:
                continue
            share = min(1.0, (found[1] - found[0]) / doc.length) if doc.length else 0.0
            out.append(Coverage(doc.id, doc.name, coder, found[2], share, share >= min_coverage))
    return out


def take_part(corpus: AgreementCorpus, coders: list[str],
              min_coverage: float = MIN_COVERAGE) -> tuple[AgreementCorpus, dict[str, Any]]:
    """The corpus without the codings of coders who do not take part in a document, and a summary.

    The summary (JSON-ready) holds the rule, per coder the documents they take part in and their
    lowest and highest coverage, every (document, coder) coverage, and `warnings`: one line per
    coder left out of a document or taking part while spanning less than `LOW_COVERAGE` of it.
    """
    if not 0.0 <= min_coverage <= 1.0:
        raise ValueError("the minimum coverage is a share between 0 and 1")
    found = coverages(corpus, coders, min_coverage)
    out_pairs = {(c.document_id, c.coder) for c in found if not c.takes_part}
    summary = {"min_coverage": min_coverage, "low_coverage": LOW_COVERAGE,
               "coders": {coder: _coder_summary([c for c in found if c.coder == coder]) for coder in coders},
               "documents": [{"document": c.document, "coder": c.coder, "codings": c.codings,
                              "share": round(c.share, 4), "takes_part": c.takes_part} for c in found],
               "warnings": [_warning(c, min_coverage) for c in found
                            if not c.takes_part or c.share < LOW_COVERAGE]}
    if not out_pairs:
        return corpus, summary
    return _without(corpus, out_pairs), summary


def nowhere(corpus: AgreementCorpus, coders: list[str], min_coverage: float = MIN_COVERAGE) -> dict[str, str]:
    """The coders (of `coders`) who take part in no document, each with a line saying why."""
    found = coverages(corpus, coders, min_coverage)
    out = {}
    for coder in coders:
        mine = [c for c in found if c.coder == coder]
        if mine and not any(c.takes_part for c in mine):
            where = ", ".join(f"{c.document} {c.share:.0%}" for c in mine[:3]) + (", …" if len(mine) > 3 else "")
            out[coder] = (f"{coder} is not among the coders compared: their {plural(sum(c.codings for c in mine), 'coding')} "
                          f"span under {min_coverage:.0%} of every document they are in ({where}); name them with "
                          "--coders (or `c` on the Agreement screen) to see them left out per document")
    return out


def _coder_summary(found: list[Coverage]) -> dict[str, Any]:
    shares = [c.share for c in found if c.takes_part]
    return {"documents": len(shares), "left_out": [c.document for c in found if not c.takes_part],
            "lowest": round(min(shares), 4) if shares else None, "highest": round(max(shares), 4) if shares else None}


def _warning(c: Coverage, min_coverage: float) -> str:
    spans = f"{c.coder}'s {plural(c.codings, 'coding')} in {c.document} span {c.share:.0%} of it"
    if not c.takes_part:
        return (f"{c.coder} left out of {c.document}: {spans}, under the {min_coverage:.0%} a coder needs to "
                "take part there (counted as missing, not as 'no code')")
    return f"{c.coder} covers little of {c.document}: {spans}; the rest counts as 'no code' from {c.coder}"


def coverage_line(summary: dict[str, Any]) -> str:
    """One line: each coder's documents and how much of them their coding spans."""
    parts = []
    for coder, s in summary["coders"].items():
        part = f"{coder} {s['documents']}"
        if s["documents"]:
            low, high = round(100 * s["lowest"]), round(100 * s["highest"])
            part += f" ({low}%)" if low == high else f" ({low}–{high}%)"
        if s["left_out"]:
            part += f", left out of {len(s['left_out'])}"
        parts.append(part)
    rule = (f"at least {summary['min_coverage']:.0%} to take part" if summary["min_coverage"]
            else "any coding takes part")
    return ("documents each coder takes part in (the share their coding spans, first coding to last; "
            f"{rule}): " + "; ".join(parts))


def _without(corpus: AgreementCorpus, pairs: set[tuple[int, str]]) -> AgreementCorpus:
    """The same corpus with the codings of the (document id, coder) `pairs` removed."""
    codings = [row for row in corpus.codings if (row[0], row[1]) not in pairs]
    arrays = corpus.arrays
    if arrays is not None:
        position = {d.id: i for i, d in enumerate(corpus.documents)}
        coder_index = {name: i for i, name in enumerate(arrays.coder_names)}
        drop = np.zeros(len(arrays.coding_document), dtype=bool)
        for doc_id, coder in pairs:
            if doc_id in position and coder in coder_index:
                drop |= (arrays.coding_document == position[doc_id]) & (arrays.coding_coder == coder_index[coder])
        keep = ~drop
        arrays = replace(arrays, coding_document=arrays.coding_document[keep], coding_coder=arrays.coding_coder[keep],
                         coding_code=arrays.coding_code[keep], coding_start=arrays.coding_start[keep],
                         coding_end=arrays.coding_end[keep])
    return AgreementCorpus(corpus.documents, corpus.code_paths, codings, set(corpus.exclusive), arrays=arrays)
