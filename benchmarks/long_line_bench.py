"""A transcript that is one unpunctuated line, against ordinary text of the same size.

Automatic transcription sometimes delivers a whole interview as one line without
punctuation. Before segments were bounded, a 2 MB such file became one segment of 2.1
million characters and `search` on a 45 MB line ran for more than 11 minutes. This
benchmark imports the same number of megabytes twice into fresh projects, once as
ordinary text (turns and sentences) and once as a single line with no punctuation, and
searches each for a common and a rare word. Each long-line timing is reported beside the
ordinary-text timing of the same run and their ratio: bounded segmenting should keep
the ratio near 1.

    python benchmarks/long_line_bench.py --megabytes 45 > long_line.json

Texts are synthetic (a small Norwegian vocabulary of the mentoring domain).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.io.transcripts.batch import import_files  # noqa: E402
from workbench.store import Project  # noqa: E402

WORDS = ("jeg", "mentoren", "min", "snakket", "om", "jobb", "nettverk", "og", "det", "var", "kurs", "søknad",
         "arbeidsgiver", "intervju", "språket", "norsk", "hjalp", "meg", "med", "cv", "praksis", "bransjen")
RARE = "kompetansegapet"


def ordinary(rng: random.Random, size: int) -> str:
    parts, total, turn = [], 0, 0
    while total < size:
        speaker = "I" if turn % 2 == 0 else "Mentee"
        sentences = " ".join(
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize() + "."
            for _ in range(rng.randint(1, 5))
        )
        part = f"{speaker}: {sentences}"
        parts.append(part)
        total += len(part) + 2
        turn += 1
    text = "\n\n".join(parts)
    return text[: len(text) // 2] + f" {RARE} " + text[len(text) // 2:]


def one_line(rng: random.Random, size: int) -> str:
    words, total = [], 0
    while total < size:
        word = rng.choice(WORDS)
        words.append(word)
        total += len(word) + 1
    words.insert(len(words) // 2, RARE)
    return " ".join(words)


def measure(folder: Path, name: str, text: str) -> dict:
    source = folder / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    with Project.open(folder / f"{name}.db") as project:
        started = time.perf_counter()
        report = import_files(project, [source])
        imported = time.perf_counter() - started
        assert report.imported, report.failed
        segments = project.query("SELECT count(*) AS n, max(\"end\" - start) AS longest FROM segments")[0]
        out = {"megabytes": round(len(text.encode()) / 2**20, 1), "import_s": round(imported, 2),
               "segments": segments["n"], "longest_segment": segments["longest"]}
        for label, query in (("search_common_s", "mentoren"), ("search_rare_s", RARE)):
            started = time.perf_counter()
            hits = project.search(query, 200)
            out[label] = round(time.perf_counter() - started, 4)
            out[label.replace("_s", "_hits")] = len(hits)
            out[label.replace("_s", "_context_max")] = max((len(h["context"]) for h in hits), default=0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=45.0)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    size = int(args.megabytes * 2**20)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ordinary_run = measure(folder, "ordinary", ordinary(rng, size))
        line_run = measure(folder, "one_line", one_line(rng, size))
    ratios = {key: round(line_run[key] / ordinary_run[key], 2) if ordinary_run[key] else None
              for key in ("import_s", "search_common_s", "search_rare_s")}
    print(json.dumps({"ordinary": ordinary_run, "one_line": line_run, "ratio_one_line_to_ordinary": ratios},
                     indent=2))


if __name__ == "__main__":
    main()
