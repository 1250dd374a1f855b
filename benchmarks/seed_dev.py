"""Development figures for the cold-start example model (development data only).

Prints, as JSON, how often the right top-level code is ranked first / in the first two
(five analytic codes) by the rules alone, the example model alone, the cold start as
the workbench computes it (`cold_start`: the learned stack of the two) and, for
comparison, fixed mixtures r + (1 - r) x w x e at several example weights w, on:

* the codebook's example passages themselves, cross-validated (5 folds);
* the development quotes (tests/data/dev_quotes_a.jsonl, dev_quotes_b.jsonl and the
  keyword-blind dev_quotes_c.jsonl), the
  example model trained on all example passages;
* the demo project's coded segments (corpora/demo), likewise.

It never reads a held-out file: those are for `nlp_bench.py`, once a version is final.

`--examples a.jsonl,b.jsonl` trains on those examples files (beside the codebook) instead
of the ones the codebook names, to compare them; the cross-validation folds are fixed per
passage (by a hash of its text), so passages both runs share are tested in the same fold,
and `examples_cv_first_file` reports those of the first file alone.

    python benchmarks/seed_dev.py [--spacy-model NAME_OR_PATH] [--weights 0.4,0.6,0.8]
                                  [--examples mentoring.examples.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ANALYTIC = ["competence", "signalling", "assessment", "trust", "network"]


def _consistent(paths, scores):
    """Parents raised to their best child, as the suggester ranks them."""
    from workbench.nlp.evaluate import _consistent as raise_parents

    return raise_parents(paths, scores.copy())


def hits(scores: np.ndarray, gold: list[str], paths: list[str]) -> dict:
    """First / first-two hit rates over the analytic top-level codes, overall and per code."""
    cols = [paths.index(p) for p in ANALYTIC]
    order = np.argsort(-scores[:, cols], axis=1, kind="stable")
    per: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        ranked = [ANALYTIC[k] for k in order[i]]
        row = per.setdefault(g, [0, 0, 0])
        row[0] += 1
        row[1] += ranked[0] == g
        row[2] += g in ranked[:2]
    n = max(1, len(gold))
    return {"n": len(gold), "first": round(sum(r[1] for r in per.values()) / n, 3),
            "first_two": round(sum(r[2] for r in per.values()) / n, 3),
            "per_code": {c: f"{r[1] / r[0]:.2f}/{r[2] / r[0]:.2f}" for c, r in sorted(per.items())}}


def variants(cold, terms, raws, gold, paths, shares) -> dict:
    rules = cold.rule_scores(raws, paths)
    examples = cold.example_scores(terms, paths)
    out = {"rules": hits(rules, gold, paths), "examples": hits(examples, gold, paths),
           "cold_start": hits(_consistent(paths, cold.scores(terms, raws, paths)), gold, paths)}
    for share in shares:
        out[f"cold_{share}"] = hits(rules + (1 - rules) * share * examples, gold, paths)
    return out


def analysed(pipeline, rules, texts):
    from workbench.nlp.analysis import analyse_texts
    from workbench.nlp.features import segment_terms

    terms, raws = [], []
    for text, seg in analyse_texts(pipeline, texts):
        terms.append(segment_terms(seg, text))
        ev = rules.evidence(seg.words(text), seg.lemmas, seg.pos)
        raws.append(({p: e.raw for p, e in ev.items()}, rules.group_raw(ev)))
    return terms, raws


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spacy-model", default=None)
    parser.add_argument("--weights", default="0.4,0.6,0.8")
    parser.add_argument("--no-demo", action="store_true")
    parser.add_argument("--examples", default=None, help="examples files (comma-separated, beside the codebook)")
    args = parser.parse_args()
    shares = [float(s) for s in args.weights.split(",")]

    from workbench.io.codebooks.yaml_format import attach_examples, examples_files, load_codebook, parse_codebook
    from workbench.nlp.evaluate import read_labelled_passages
    from workbench.nlp.example_model import fit_cold_start, seed_passages
    from workbench.nlp.pipeline import choose_pipeline, load_pipeline
    from workbench.nlp.rules import RuleSuggester

    pipeline = load_pipeline(choose_pipeline(args.spacy_model))
    codebook = REPO / "codebooks" / "mentoring.yaml"
    meta, codes = parse_codebook(codebook.read_text(encoding="utf-8"), str(codebook))
    files = args.examples.split(",") if args.examples else examples_files(meta)
    first_file = set()
    for n, name in enumerate(files):
        attach_examples(codes, codebook.parent / name)
        if n == 0:
            first_file = {(t, c.path) for c in codes for t in [*c.seed_examples, *c.examples]}
    if not args.examples:
        assert codes == load_codebook(codebook)
    rules = RuleSuggester(codes, pipeline.nlp.vocab)
    paths = [c.path for c in codes if not c.retired]
    passages = seed_passages(codes) or [(t, c.path) for c in codes for t in c.examples]
    report: dict = {"pipeline": pipeline.status, "examples_files": files, "passages": len(passages)}

    began = time.perf_counter()
    cold = fit_cold_start(codes, pipeline, rules, passages)
    report["fit_seconds"] = round(time.perf_counter() - began, 3)

    # cross-validation on the example passages (top-level gold = the branch written for)
    import hashlib

    fold = np.array([int(hashlib.blake2b(t.encode(), digest_size=4).hexdigest(), 16) % 5 for t, _p in passages])
    terms_all, raws_all = analysed(pipeline, rules, [t for t, _p in passages])
    gold_all = [p.split("/")[0] for _t, p in passages]
    cv_scores = {"rules": [], "examples": [], "cold_start": []}
    idx_all = []
    for k in range(5):
        train = [passages[i] for i in range(len(passages)) if fold[i] != k]
        test = [i for i in range(len(passages)) if fold[i] == k and gold_all[i] in ANALYTIC]
        inner = fit_cold_start(codes, pipeline, rules, train)
        cv_scores["rules"].append(inner.rule_scores([raws_all[i] for i in test], paths))
        cv_scores["examples"].append(inner.example_scores([terms_all[i] for i in test], paths))
        cv_scores["cold_start"].append(_consistent(paths, inner.scores([terms_all[i] for i in test],
                                                                        [raws_all[i] for i in test], paths)))
        idx_all += test
    gold = [gold_all[i] for i in idx_all]
    r, e = np.vstack(cv_scores["rules"]), np.vstack(cv_scores["examples"])
    c = np.vstack(cv_scores["cold_start"])
    report["examples_cv"] = {"rules": hits(r, gold, paths), "examples": hits(e, gold, paths),
                             "cold_start": hits(c, gold, paths),
                             **{f"cold_{s}": hits(r + (1 - r) * s * e, gold, paths) for s in shares}}
    mine = [n for n, i in enumerate(idx_all) if passages[i] in first_file]
    report["examples_cv_first_file"] = {"rules": hits(r[mine], [gold[n] for n in mine], paths),
                                        "examples": hits(e[mine], [gold[n] for n in mine], paths),
                                        "cold_start": hits(c[mine], [gold[n] for n in mine], paths)}

    for name in ("dev_quotes_a", "dev_quotes_b", "dev_quotes_c"):
        _meta, rows = read_labelled_passages(REPO / "tests" / "data" / f"{name}.jsonl")
        rows = [row for row in rows if row["code"] in ANALYTIC]
        terms, raws = analysed(pipeline, rules, [row["text"] for row in rows])
        report[name] = variants(cold, terms, raws, [row["code"] for row in rows], paths, shares)

    if not args.no_demo:
        from workbench.io.demo import build_demo
        from workbench.nlp.service import SuggestionService
        from workbench.nlp.trainer import training_examples
        from workbench.settings import Settings
        from workbench.store import Project

        with tempfile.TemporaryDirectory() as tmp:
            project = Project.open(Path(tmp) / "demo.db")
            build_demo(project, coder="demo")
            service = SuggestionService(project, Settings(spacy_model=args.spacy_model), background=False)
            service.load()
            examples, _paths = training_examples(project, service.analyses, service.rule_cache)
            coded = [e for e in examples if any(p in ANALYTIC for p in e.labels)]
            # a segment with several analytic codes counts as right for any of them: first gold by rank
            terms = [e.terms for e in coded]
            raws = [(e.code_raw, e.group_raw) for e in coded]
            out = {}
            rules_s, ex_s = cold.rule_scores(raws, paths), cold.example_scores(terms, paths)
            for name, s in [("rules", rules_s), ("examples", ex_s), ("cold_start", _consistent(paths, cold.scores(terms, raws, paths))),
                            *[(f"cold_{sh}", rules_s + (1 - rules_s) * sh * ex_s) for sh in shares]]:
                cols = [paths.index(p) for p in ANALYTIC]
                order = np.argsort(-s[:, cols], axis=1, kind="stable")
                first = np.mean([ANALYTIC[o[0]] in e.labels for o, e in zip(order, coded, strict=True)])
                two = np.mean([bool({ANALYTIC[o[0]], ANALYTIC[o[1]]} & e.labels) for o, e in zip(order, coded, strict=True)])
                out[name] = f"{first:.3f}/{two:.3f}"
            report["demo_coded_segments"] = {"n": len(coded), **out}
            project.close()
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
