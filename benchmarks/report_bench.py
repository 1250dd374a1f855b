"""Benchmark: a 100,000-coding matrix and a report of 10,000 quotes, each beside a reference.

Builds a synthetic project (invented Norwegian sentences with names and places in them),
then times:

* the code × wave and code × role matrices (segments and participants) and
  co-occurrence over all codings, against `Project.code_counts()` (one full scan of the
  codings, grouped by code) from the same run;
* a pseudonymised report of 10,000 quotes as Markdown, HTML and DOCX, and the codings
  export as CSV, against fetching the same quotes (`find_quotes`) from the same run.

Prints JSON: each timing, its reference and their ratio.

    python benchmarks/report_bench.py [--codings N] [--quotes M] [--ner]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

SENTENCES = [
    "Jeg fikk hjelp med CV-en av mentoren min {name}.",
    "Vi møttes på en kafé i {place} hver andre uke.",
    "Det tok nesten to år før graden min ble godkjent.",
    "{name} ringte en bekjent som jobbet i et regnskapsbyrå.",
    "Språket er fortsatt det vanskeligste, spesielt på telefon.",
    "Jeg tror arbeidsgiverne er redde for å ta en sjanse.",
    "På jobbintervjuet snakket jeg for lite om meg selv.",
    "Nå har jeg et vikariat, men det er ikke på rett hylle.",
    "Hun sa at jeg måtte følge opp søknaden med en telefon.",
    "Vi hadde gruppesamlinger med andre mentees i {place}.",
]
NAMES = ["Kari", "Ahmed", "Tomasz", "Amina", "Per Olsen", "Siri", "Yonas", "Fatima"]
PLACES = ["Bergen", "Drammen", "Tromsø", "Stavanger", "Grønland"]
ROLES = ["mentee", "mentor", "programleder"]
PROGRAMS = ["master", "entrepreneur", "refugee", "higher_ed"]


def _timed(func, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - started)
    return best, result


def build_project(path: Path, documents: int, segments_per_doc: int, codings: int, seed: int = 7):
    """A synthetic project: `documents` transcripts and `codings` codings on their sentences."""
    from workbench.core.models import Code, Coding, Document, Participant, Segment
    from workbench.store import Project

    rng = random.Random(seed)
    project = Project.open(path)
    codes = []
    for top in ("competence", "signalling", "assessment", "trust", "network"):
        codes.append(Code(top, top.capitalize()))
        codes += [Code(f"sub{i}", f"{top} {i}", parent=top) for i in range(4)]
    project.import_codebook(codes)
    leaf_paths = [c.path for c in codes if c.parent]
    spans_of: list[tuple[int, list[tuple[int, int]]]] = []
    for d in range(documents):
        parts, spans, pos = [], [], 0
        for _ in range(segments_per_doc):
            s = rng.choice(SENTENCES).format(name=rng.choice(NAMES), place=rng.choice(PLACES))
            parts.append(s)
            spans.append((pos, pos + len(s)))
            pos += len(s) + 1
        text = " ".join(parts)
        pid = f"P{d // 2:03d}"
        doc = Document(f"D{d:04d}", text, sha256=f"bench{d}", participant=pid,
                       wave="baseline" if d % 2 == 0 else "endpoint",
                       segments=[Segment(a, b, "Mentee", 0) for a, b in spans])
        added = project.add_document(doc, Participant(pid, ROLES[(d // 2) % 3], PROGRAMS[(d // 2) % 4]))
        spans_of.append((added.id, spans))
    batch = []
    for _ in range(codings):
        doc_id, spans = rng.choice(spans_of)
        i = rng.randrange(len(spans))
        j = min(len(spans) - 1, i + rng.choice((0, 0, 0, 1)))
        batch.append(Coding(doc_id, spans[i][0], spans[j][1], rng.choice(leaf_paths), rng.choice(("ana", "bo"))))
    project.import_codings(batch, actor="bench")
    return project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codings", type=int, default=100_000)
    parser.add_argument("--quotes", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--segments", type=int, default=120, help="sentences per document")
    parser.add_argument("--ner", action="store_true", help="also use the active spaCy pipeline's NER in the report")
    args = parser.parse_args()

    from workbench.analysis.matrices import code_matrix, cooccurrence
    from workbench.analysis.quotes import QuoteFilter, find_quotes
    from workbench.io.reports.codings_table import export_codings
    from workbench.io.reports.build import export_report, make_pseudonymizer
    from workbench.io.reports.model import ReportOptions

    out: dict = {"settings": vars(args)}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        build_s, project = _timed(lambda: build_project(tmp_path / "bench.db", args.documents, args.segments, args.codings))
        out["build_project_seconds"] = round(build_s, 2)

        reference, _ = _timed(project.code_counts, repeat=3)
        matrices = {}
        for by, unit in (("wave", "segments"), ("role", "participants"), ("program", "documents")):
            seconds, m = _timed(lambda: code_matrix(project, by, unit), repeat=2)
            matrices[f"{by}/{unit}"] = {"seconds": round(seconds, 3), "rows": len(m.rows), "total": m.total}
        co_s, co = _timed(lambda: cooccurrence(project), repeat=2)
        matrices["cooccurrence"] = {"seconds": round(co_s, 3), "pairs": len(co.pairs)}
        for entry in matrices.values():
            entry["reference_seconds"] = round(reference, 4)
            entry["ratio"] = round(entry["seconds"] / reference, 1)
        out["matrix"] = {"codings": args.codings, "reference": "Project.code_counts() (full scan of codings)",
                         **matrices}

        # Quotes for the report: the documents whose codings add up to about --quotes.
        counts = {d["name"]: d["codings"] for d in project.documents()}
        chosen, total = [], 0
        for name, n in counts.items():
            if total >= args.quotes:
                break
            chosen.append(name)
            total += n
        flt = QuoteFilter(documents=chosen)
        ref_s, quotes = _timed(lambda: find_quotes(project, flt), repeat=2)
        pseudonymizer_s, (pseudonymizer, ner_name) = _timed(
            lambda: make_pseudonymizer(project, None, use_ner=args.ner))
        reports = {}
        for fmt in ("md", "html", "docx"):
            seconds, result = _timed(lambda: export_report(
                project, f"bench.{fmt}", fmt, flt, ReportOptions(), folder=tmp_path, use_ner=args.ner))
            reports[fmt] = {"seconds": round(seconds, 2), "bytes": result.files[0].stat().st_size,
                            "replacements": len(result.report.replacements)}
        csv_s, (_, rows, _) = _timed(lambda: export_codings(project, "bench.csv", flt=flt, folder=tmp_path,
                                                            pseudonymizer=pseudonymizer))
        reports["codings_csv"] = {"seconds": round(csv_s, 2), "rows": rows}
        for entry in reports.values():
            entry["reference_seconds"] = round(ref_s, 3)
            entry["ratio"] = round(entry["seconds"] / ref_s, 1)
        out["report"] = {"quotes": len(quotes), "ner": ner_name, "load_pseudonymizer_seconds": round(pseudonymizer_s, 2),
                         "reference": "find_quotes() for the same quotes (no pseudonymisation, no writing)",
                         **reports}
        project.close()
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
