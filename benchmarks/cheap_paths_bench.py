"""Two paths made cheaper in issue 14, each beside the way it was done before, in one run.

1. Import's control-character check: one regex (`count_controls`) against the former
   Python loop over every character, on about a million words of synthetic text.
2. compare-waves: the participant × code × wave sets read from the codings' spans
   (`_wave_sets`) against the sets taken from every quote with its text
   (`_sets_from_quotes(find_quotes(...))`), on a project made by `make_corpus.py`.
   Both must give the same sets; the run stops if they do not.

    python benchmarks/make_corpus.py --out /tmp/corpus.db --documents 200 --words 3000 --codings 40000
    python benchmarks/cheap_paths_bench.py --project /tmp/corpus.db > cheap_paths.json

Timings are the best of `--repeat` runs; peak memory is measured by tracemalloc in a run
of its own (it slows what it measures). Texts are synthetic.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.analysis.quotes import QuoteFilter, find_quotes  # noqa: E402
from workbench.analysis.waves import _WAVES, _sets_from_quotes, _wave_sets  # noqa: E402
from workbench.io.transcripts.readers import count_controls  # noqa: E402
from workbench.store import Project  # noqa: E402

WORDS = ("mentoren", "min", "kjente", "en", "leder", "som", "ringte", "arbeidsmarkedstilknytning",
         "kompetansegap", "søknad", "æøå", "nettverk")


def per_character(text: str) -> int:
    """The check as it was: a Python loop over every character."""
    return sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) <= 0x9F)


def best(call: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return min(times), result


def peak_mb(call: Callable[[], Any]) -> float:
    tracemalloc.start()
    call()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return round(peak / 1e6, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", type=Path, required=True, help="A project made by make_corpus.py.")
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    rng = random.Random(14)
    text = " ".join(rng.choice(WORDS) for _ in range(args.words))
    loop_s, loop_n = best(lambda: per_character(text), args.repeat)
    regex_s, regex_n = best(lambda: count_controls(text), args.repeat)
    assert loop_n == regex_n
    controls = {"words": args.words, "characters": len(text), "loop_s": round(loop_s, 3),
                "regex_s": round(regex_s, 4), "ratio_regex_to_loop": round(regex_s / loop_s, 3)}

    with Project.open(args.project, create=False) as project:
        people = project.participants_with_both_waves()
        scoped = QuoteFilter(participants=people)

        def from_quotes() -> dict[str, dict[str, set[str]]]:
            return _sets_from_quotes([q for q in find_quotes(project, scoped) if q.wave in _WAVES])

        def read() -> dict[str, dict[str, set[str]]]:
            return _wave_sets(project, scoped)

        quotes_s, expected = best(from_quotes, args.repeat)
        sets_s, got = best(read, args.repeat)
        assert got == expected, "the sets differ from those of the quotes"
        waves = {"codings": project.query("SELECT count(*) AS n FROM codings")[0]["n"],
                 "participants_with_both_waves": len(people), "codes_with_sets": len(got),
                 "quotes_s": round(quotes_s, 3), "sets_s": round(sets_s, 3),
                 "ratio_sets_to_quotes": round(sets_s / quotes_s, 2),
                 "quotes_peak_mb": peak_mb(from_quotes), "sets_peak_mb": peak_mb(read)}
    print(json.dumps({"control_characters": controls, "compare_waves_sets": waves}, indent=2))


if __name__ == "__main__":
    main()
