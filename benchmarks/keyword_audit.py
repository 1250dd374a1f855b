"""Which codebook keywords only ever match the development quotes (fitted to the test).

A keyword added because one test quote needed it, and matching nothing in the demo
corpus, is fitting to the test rather than describing the code. This lists, per
keyword, how many demo-corpus turns and how many development quotes it matches; those
with development hits and no corpus hit are candidates for removal. The held-out set
is deliberately not read.

    python benchmarks/keyword_audit.py [--codebook PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV_FILES = ("dev_quotes_a.jsonl", "dev_quotes_b.jsonl")


def turns(folder: Path):
    """Every respondent or interviewer turn of the demo transcripts, as plain text."""
    for path in sorted(folder.glob("*.txt")):
        if path.name.isupper() or path.name == "NAMES.txt":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                yield line.split(":", 1)[1] if ":" in line[:20] else line


def keyword_hits(rules, pipeline, texts) -> Counter:
    """How many texts each (code, keyword) matches."""
    from workbench.nlp.analysis import analyse_text

    counts: Counter = Counter()
    for text in texts:
        a = analyse_text(pipeline, text)
        found = rules.evidence(a.words(text), a.lemmas, a.pos)
        for path, ev in found.items():
            for kw in ev.keywords:
                counts[(path, kw)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codebook", default=str(REPO / "codebooks" / "mentoring.yaml"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from workbench.io.codebooks.yaml_format import load_codebook
    from workbench.nlp.evaluate import read_labelled_passages
    from workbench.nlp.pipeline import choose_pipeline, load_pipeline
    from workbench.nlp.rules import RuleSuggester

    pipeline = load_pipeline(choose_pipeline(None))
    codes = load_codebook(args.codebook)
    rules = RuleSuggester(codes, pipeline.nlp.vocab)
    corpus = keyword_hits(rules, pipeline, turns(REPO / "corpora" / "demo"))
    dev_texts = [r["text"] for f in DEV_FILES for r in read_labelled_passages(REPO / "tests" / "data" / f)[1]]
    dev = keyword_hits(rules, pipeline, dev_texts)
    only_dev = sorted(k for k in dev if not corpus.get(k))
    if args.json:
        print(json.dumps([{"code": c, "keyword": k, "dev_quotes": dev[(c, k)]} for c, k in only_dev],
                         ensure_ascii=False, indent=1))
    else:
        print(f"{pipeline.status}; {len(only_dev)} keywords match development quotes and no demo turn:")
        for code, kw in only_dev:
            print(f"  {code}: {kw!r} ({dev[(code, kw)]} dev quotes)")


if __name__ == "__main__":
    main()
