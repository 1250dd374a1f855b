"""The inter-coder agreement report: figures per code and overall, at the chosen unit.

This is what `workbench agree`, the agreement screen and `export agreement` show. It
turns the project's codings into reliability data (units), computes the
coefficients (stats, unitizing) and says in words what it computed,
so a table can go into a report's method section unchanged.

Overall figures:
- no code chosen: every code pooled, each counted on its own (a parent only where it was
  applied directly, so a sub-code never counts twice), unit x code pairs as units;
- a leaf code: that code's figures;
- a parent code: the nominal figures of the domain, the category being which child.
For `character` units figures are given pooled over all documents' characters and as
the mean of per-document figures; the bootstrap there resamples whole documents, as
characters of one document are not independent.

For segment, document and character units the report counts rating patterns for every
code in one pass (agreement_patterns) rather than building a units x coders matrix per
code; the figures are the same (tests/test_agreement_patterns.py compares the two), at
study size in seconds and a few hundred MB instead of a minute and 2.7 GB. Domains
(`--code` with a parent) and unitizing still work per document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from workbench.analysis.agreement.coverage import coverage_line, nowhere, take_part
from workbench.analysis.agreement.defaults import BOOTSTRAP_SEED, MIN_COVERAGE
from workbench.analysis.agreement.patterns import PatternTables, Target, decode, fits
from workbench.analysis.agreement.stats import Figures, figures, figures_from_patterns
from workbench.analysis.agreement.units import (
    AgreementCorpus, AgreementDocument, CorpusArrays, Reliability, SpanArray, domain_data, presence_data,
    unitized_spans,
)
from workbench.analysis.agreement.unitizing import (
    UnitizingTally, tally, unitizing_alpha, unitizing_bootstrap, unitizing_reason,
)
from workbench.analysis.source import AgreementSource
from workbench.core.errors import WorkbenchError
from workbench.core.wording import plural

UNITS = ("segment", "document", "character", "unitized")
CONSENSUS = "consensus"
STATISTIC_LABELS = {
    "percent_agreement": "% agreement",
    "cohen_kappa": "Cohen's κ",
    "fleiss_kappa": "Fleiss' κ",
    "krippendorff_alpha": "Krippendorff's α",
    "krippendorff_alpha_ci": "α 95% CI",
    "brennan_prediger": "Brennan–Prediger κ",
    "n_units": "units",
}
_NOT_FOR_UNITIZING = "not defined for unitizing; see krippendorff_alpha (|uα)"


def load_corpus(project: AgreementSource) -> AgreementCorpus:
    """Everything agreement needs from a project, read in a few bulk queries.

    Segments and codings also go into the corpus as integer arrays (at study size:
    770,000 segments and 200,000 codings), read without a Python object per segment.
    """
    records = project.agreement_documents()
    doc_ids = np.array([r["id"] for r in records], dtype=np.int64)
    per_doc = {}
    for doc_id, idx, starts, ends in project.agreement_segment_lists():
        columns = [np.fromstring(text, dtype=np.int64, sep=",") for text in (idx, starts, ends)]
        order = np.argsort(columns[0], kind="stable")
        per_doc[doc_id] = np.column_stack([columns[1][order], columns[2][order]])
    empty = np.zeros((0, 2), dtype=np.int64)
    bounds = [per_doc.get(doc_id, empty) for doc_id in doc_ids.tolist()]
    documents = [AgreementDocument(r["id"], r["name"], r["text"], SpanArray(b)) for r, b in zip(records, bounds, strict=True)]
    paths = [c.path for c in project.codes(include_retired=True)]
    coder_names, code_paths = project.agreement_names()
    coder_ids = np.array(sorted(coder_names), dtype=np.int64)
    code_ids = np.array(sorted(code_paths), dtype=np.int64)
    table = np.array(project.agreement_coding_rows(), dtype=np.int64).reshape(-1, 6)
    table = table[np.lexsort((table[:, 5], table[:, 4], table[:, 3], table[:, 0]))]  # document, start, end, id
    which_coder = np.searchsorted(coder_ids, table[:, 1])
    which_code = np.searchsorted(code_ids, table[:, 2])
    codings = list(zip(
        table[:, 0].tolist(),
        np.array([coder_names[i] for i in coder_ids.tolist()], dtype=object)[which_coder].tolist(),
        np.array([code_paths[i] for i in code_ids.tolist()], dtype=object)[which_code].tolist(),
        table[:, 3].tolist(), table[:, 4].tolist(), strict=True,
    ))
    every_path = paths + sorted(set(code_paths.values()) - set(paths))
    position = {p: i for i, p in enumerate(every_path)}
    code_position = np.array([position[code_paths[i]] for i in code_ids.tolist()], dtype=np.int64)
    mine = np.isin(table[:, 0], doc_ids)
    arrays = CorpusArrays(
        np.concatenate([[0], np.cumsum([len(b) for b in bounds])]).astype(np.int64),
        np.concatenate(bounds) if bounds else empty,
        np.searchsorted(doc_ids, table[mine, 0]), which_coder[mine], code_position[which_code[mine]],
        table[mine, 3], table[mine, 4], [coder_names[i] for i in coder_ids.tolist()], every_path,
    )
    return AgreementCorpus(documents, paths, codings, project.exclusive_codes(), arrays=arrays)


def default_coders(all_coders: list[str], corpus: AgreementCorpus, min_coverage: float = MIN_COVERAGE) -> list[str]:
    """Every coder with codings, except the consensus coder and a coder who takes part in no
    document (`coverage.nowhere`: their coding spans under `min_coverage` of each)."""
    with_codings = {coder for _d, coder, *_ in corpus.codings}
    found = [c for c in all_coders if c in with_codings and c != CONSENSUS]
    left = nowhere(corpus, found, min_coverage)
    return [c for c in found if c not in left]


def _ratings_figures(data: Reliability, bootstrap: int, seed: int, cluster_by_document: bool) -> Figures:
    clusters = data.clusters if cluster_by_document else None
    return figures(data.ratings, data.n_categories, bootstrap=bootstrap, clusters=clusters, seed=seed)


def _per_document_mean(corpus: AgreementCorpus, coders: list[str],
                       build: Callable[[list[AgreementDocument]], Reliability]) -> dict[str, Any]:
    """Mean of per-document figures over the documents where each figure is defined."""
    collected: dict[str, list[float]] = {name: [] for name in ("percent_agreement", "cohen_kappa",
                                                               "fleiss_kappa", "krippendorff_alpha",
                                                               "brennan_prediger")}
    documents = 0
    for doc in corpus.documents:
        if len(corpus.coders_of(doc.id, coders)) < 2:
            continue
        documents += 1
        data = build([doc])
        result = figures(data.ratings, data.n_categories)
        for name, values in collected.items():
            value = getattr(result, name)
            if value is not None:
                values.append(value)
    out: dict[str, Any] = {name: (float(np.mean(v)) if v else None) for name, v in collected.items()}
    out["n_documents"] = documents
    return out


def _unitized_figures(corpus: AgreementCorpus, coders: list[str], paths: list[str], domain_parent: str | None,
                      bootstrap: int, seed: int, subtree: bool = True) -> dict[str, Any]:
    """|uα for one code (with its sub-codes) or pooled codes (each on its own, `subtree`
    False), or nominal uα over a domain's children."""
    n_values = len(corpus.children(domain_parent)) + 1 if domain_parent else 2
    binary = domain_parent is None
    by_document: dict[int, UnitizingTally] = {}
    for doc in corpus.documents:
        present = corpus.coders_of(doc.id, coders)
        if len(present) < 2:
            continue
        for path in ([domain_parent] if domain_parent else paths):
            units = [unitized_spans(corpus, doc, coder, path, domain=not binary, subtree=subtree) for coder in present]
            counted = tally(units, doc.length, n_values)
            by_document[doc.id] = by_document.get(doc.id, UnitizingTally.empty(n_values)) + counted
    total = UnitizingTally.empty(n_values)
    for counted in by_document.values():
        total = total + counted
    alpha = unitizing_alpha(total, binary=binary)
    reasons = {name: _NOT_FOR_UNITIZING for name in ("percent_agreement", "cohen_kappa", "fleiss_kappa",
                                                      "brennan_prediger")}
    ci = None
    if alpha is None:
        reasons["krippendorff_alpha"] = unitizing_reason(total)
        reasons["krippendorff_alpha_ci"] = "α is undefined"
    elif bootstrap > 0:
        rows = np.array([t.as_row() for t in by_document.values()])
        ci = unitizing_bootstrap(rows, n_values, bootstrap, seed, binary=binary)
        if ci is None:
            reasons["krippendorff_alpha_ci"] = "too few documents to resample"
    else:
        reasons["krippendorff_alpha_ci"] = "no bootstrap requested"
    if len(coders) < 2:
        reasons["krippendorff_alpha"] = "needs at least two coders"
    return {
        "percent_agreement": None, "cohen_kappa": None, "fleiss_kappa": None,
        "krippendorff_alpha": alpha, "krippendorff_alpha_ci": ci, "brennan_prediger": None,
        "n_units": total.units, "continuum": total.length, "reasons": reasons,
        "statistic": "uα (nominal)" if domain_parent else "|uα (binary)",
    }


def _tables(corpus: AgreementCorpus, coders: list[str], unit: str, targets: list[Target]) -> PatternTables | None:
    """Pattern counts for every target in one pass, where the unit allows it."""
    if unit not in ("segment", "document", "character") or not fits(len(coders)):
        return None
    return PatternTables(corpus, coders, unit, targets)


def _tables_per_document_mean(tables: PatternTables, targets: list[Target]) -> dict[str, Any]:
    """`_per_document_mean` from pattern counts: the same documents, values and order."""
    collected: dict[str, list[float]] = {name: [] for name in ("percent_agreement", "cohen_kappa",
                                                               "fleiss_kappa", "krippendorff_alpha",
                                                               "brennan_prediger")}
    documents = tables.documents_with_pairs()
    counts = tables.counts_per_document(targets)
    empty = np.zeros(0, dtype=np.int64)
    for position in documents:
        keys, weights = counts.get(position, (empty, empty))
        result = figures_from_patterns(decode(keys, tables.n_coders), weights, 2)
        for name, values in collected.items():
            value = getattr(result, name)
            if value is not None:
                values.append(value)
    out: dict[str, Any] = {name: (float(np.mean(v)) if v else None) for name, v in collected.items()}
    out["n_documents"] = len(documents)
    return out


def _code_row(corpus: AgreementCorpus, coders: list[str], path: str, unit: str, bootstrap: int, seed: int,
              tables: PatternTables | None = None) -> dict[str, Any]:
    if unit == "unitized":
        row = _unitized_figures(corpus, coders, [path], None, bootstrap, seed)
    elif tables is not None:
        targets = [(path, True)]
        row = tables.figures(targets, bootstrap, seed, "documents" if unit == "character" else None).as_dict()
        if unit == "character":
            row["per_document_mean"] = _tables_per_document_mean(tables, targets)
    else:
        data = presence_data(corpus, coders, path, unit)
        row = _ratings_figures(data, bootstrap, seed, unit == "character").as_dict()
        if unit == "character":
            row["per_document_mean"] = _per_document_mean(
                corpus, coders, lambda docs: presence_data(corpus, coders, path, unit, documents=docs))
    return {"code": path, **row}


def _pooled(corpus: AgreementCorpus, coders: list[str], paths: list[str], unit: str, bootstrap: int, seed: int,
            tables: PatternTables | None = None) -> dict[str, Any]:
    """Overall figures over many codes, each on its own (no sub-codes), stacked.

    A segment (or document) is one cluster across codes for the bootstrap; for
    characters a document is.
    """
    if unit == "unitized":
        return _unitized_figures(corpus, coders, paths, None, bootstrap, seed, subtree=False)
    if tables is not None:
        targets = [(p, False) for p in paths]
        out = tables.figures(targets, bootstrap, seed, "documents" if unit == "character" else "units").as_dict()
        if unit == "character":
            out["per_document_mean"] = _tables_per_document_mean(tables, targets)
        return out

    def build(docs: list[AgreementDocument] | None = None) -> Reliability:
        parts = [presence_data(corpus, coders, p, unit, subtree=False, documents=docs) for p in paths]
        stacked = Reliability.stack(parts, len(coders), 2)
        if unit != "character" and parts:  # a segment (or document) is one cluster across codes
            stacked.clusters = np.tile(np.arange(len(parts[0].clusters)), len(parts))
        return stacked

    data = build()
    out = figures(data.ratings, 2, bootstrap=bootstrap, clusters=data.clusters, seed=seed).as_dict()
    if unit == "character":
        out["per_document_mean"] = _per_document_mean(corpus, coders, lambda docs: build(docs))
    return out


def _domain(corpus: AgreementCorpus, coders: list[str], parent: str, unit: str, bootstrap: int,
            seed: int) -> dict[str, Any]:
    if unit == "unitized":
        return _unitized_figures(corpus, coders, [], parent, bootstrap, seed)
    data = domain_data(corpus, coders, parent, unit)
    out = _ratings_figures(data, bootstrap, seed, unit == "character").as_dict()
    if unit == "character":
        out["per_document_mean"] = _per_document_mean(
            corpus, coders, lambda docs: domain_data(corpus, coders, parent, unit, documents=docs))
    return out


def agreement_report(
    corpus: AgreementCorpus,
    coders: list[str],
    unit: str = "segment",
    code: str | None = None,
    bootstrap: int = 1000,
    seed: int = BOOTSTRAP_SEED,
    min_coverage: float = MIN_COVERAGE,
) -> dict[str, Any]:
    """The full report as a JSON-ready dict: unit, coders, overall, codes, coverage, method.

    A coder takes part in a document only when their coding spans at least `min_coverage` of it
    (`coverage.take_part`; 0 lets any coding take part); `coverage` says who took part where."""
    if unit not in UNITS:
        raise WorkbenchError(f"unknown unit '{unit}' (use one of {', '.join(UNITS)})")
    if bootstrap < 0:
        raise WorkbenchError("--bootstrap must be 0 or more")
    if code is not None and code not in corpus.code_paths:
        raise WorkbenchError(f"no code '{code}' in the codebook")
    original = corpus
    try:
        corpus, participation = take_part(corpus, coders, min_coverage)
    except ValueError as exc:
        raise WorkbenchError(f"--min-coverage: {exc}") from exc
    listed = corpus.subtree(code) if code else list(corpus.code_paths)
    used_directly = corpus.paths_used(coders)
    applied = [p for p in listed if any(u == p or u.startswith(p + "/") for u in used_directly)]
    not_applied = [p for p in listed if p not in applied]
    pooled_paths = [p for p in listed if p in used_directly] if not code else []
    tables = _tables(corpus, coders, unit, [(p, True) for p in applied] + [(p, False) for p in pooled_paths])
    rows = [_code_row(corpus, coders, path, unit, bootstrap, seed, tables) for path in applied]
    notes: list[str] = [coverage_line(participation), *participation["warnings"]] if coders else []
    others = sorted({c for _d, c, *_ in original.codings} - set(coders) - {CONSENSUS})
    notes += nowhere(original, others, min_coverage).values()  # why a coder who coded is not compared
    if code and corpus.children(code):
        overall = _domain(corpus, coders, code, unit, bootstrap, seed)
        overall["aggregation"] = f"domain '{code}': the category is which of its {plural(len(corpus.children(code)), 'sub-code')} was applied"
        if code not in corpus.exclusive:
            notes.append(f"'{code}' is not marked exclusive: where a coder applied several of its sub-codes "
                         "to one unit, the one covering most of it counts")
    elif code:
        overall = dict(rows[0]) if rows else _empty_overall("no chosen coder applied this code")
        overall.pop("code", None)
        overall["aggregation"] = f"the code '{code}' alone"
    else:
        overall = _pooled(corpus, coders, pooled_paths, unit, bootstrap, seed, tables)
        overall["aggregation"] = (
            f"pooled over {plural(len(pooled_paths), 'code')}, each counted on its own, "
            + ("their coincidences summed" if unit == "unitized" else "as unit x code pairs"))
    if tables is not None:
        documents = len(tables.documents_with_pairs())
    else:
        documents = sum(1 for d in corpus.documents if len(corpus.coders_of(d.id, coders)) >= 2)
    report = {
        "unit": unit,
        "coders": list(coders),
        "code": code,
        "documents": documents,
        "overall": overall,
        "codes": rows,
        "not_applied": not_applied,
        "coverage": participation,
        "bootstrap": {"samples": bootstrap, "seed": seed, "level": 0.95,
                      "resampled": "documents" if unit in ("character", "unitized") else f"{unit}s"},
        "notes": notes,
    }
    report["method"] = method_sentence(report)
    return report


def _empty_overall(reason: str) -> dict[str, Any]:
    out = Figures(n_units=0).as_dict()
    out["reasons"] = {name: reason for name in Figures.STATISTICS}
    return out


def method_sentence(report: dict[str, Any]) -> str:
    """A paragraph for a method section stating unit, statistics and aggregation."""
    coders = report["coders"]
    who = " and ".join([", ".join(coders[:-1]), coders[-1]]) if len(coders) > 1 else (coders[0] if coders else "no coders")
    unit = report["unit"]
    boot = report["bootstrap"]
    docs = report["documents"]
    doc_words = f"{docs} document{'s' if docs != 1 else ''} coded by at least two of them"
    if unit == "unitized":
        text = (f"Agreement between {who} in unitizing was measured over {doc_words}, each document's text "
                "a continuum, with Krippendorff's |uα (binary: marked vs. unmarked text, per code; "
                "Krippendorff et al. 2016); a coder's overlapping spans of a code were merged first, spans "
                "that only touch stay separate units.")
        if report.get("code") and report["overall"].get("statistic", "").startswith("uα"):
            text += " The domain's overall figure is the nominal uα, the values being its sub-codes."
    else:
        unit_words = {
            "segment": ("segments (sentences within speaker turns) as units: a coder has a code on a segment "
                        "when their codings of it or its sub-codes cover at least half the segment"),
            "document": ("whole documents as units: a coder has a code on a document when they applied it or "
                         "a sub-code anywhere in it"),
            "character": ("single characters as units (every character of a document; figures pooled over all "
                          "characters and, separately, as the mean of per-document figures)"),
        }[unit]
        text = (f"Agreement between {who} was computed over {doc_words}, with {unit_words}. A coder's "
                "overlapping codings of one code were merged before counting, and a coder who had not "
                "coded a document counts as missing there. Statistics: percent agreement, Cohen's κ "
                "(two coders), Fleiss' κ (Gwet's form for missing ratings), Krippendorff's α (nominal) "
                "and Brennan–Prediger κ.")
    share = report.get("coverage", {}).get("min_coverage", 0)
    if share:
        left = sum(len(s["left_out"]) for s in report["coverage"]["coders"].values())
        text += (f" A coder took part in a document only when their coding spans at least {share:.0%} of it "
                 "(from the start of their first coding to the end of their last); with less, they count as "
                 f"missing there, not as having found no code ({left} coder–document "
                 f"{'pair' if left == 1 else 'pairs'} left out).")
    if boot["samples"]:
        text += (f" The 95% interval for α is a percentile bootstrap of {boot['samples']} resamples of "
                 f"{boot['resampled']} (seed {boot['seed']}).")
    text += f" Overall: {report['overall'].get('aggregation', '')}."
    return text
