"""Leak benchmark: how much identifying text pseudonymisation lets through, and how much it breaks.

Reads the synthetic transcripts in `benchmarks/pseudonym_data/` (a development half and
ninety-three held-out halves, `heldout` to `heldout93`, each with a ground-truth list and an
identifier-free control text),
pseudonymises each transcript whole, as an export does, and prints JSON:

* recall per category (`phone`, `email`, ... `person`, `place`, `org`) and per target
  group (contact details, ID numbers, names, places, organisations): a ground-truth
  string counts as caught when every token of it that holds a capital letter or a digit
  lies inside a replacement;
* false replacements per 1,000 words of the control text (every replacement there is
  false), and replacements in the packed transcripts that touch no ground-truth string.

Both pipelines run: `offline` (the blank pipeline with workbench's rules, what a machine
without a Norwegian model gets) and `full` (the folder given by `--full-model`, skipped
when it does not exist).

    python benchmarks/pseudonym_bench.py [--half dev|heldout|...|heldout93|both|all] [--show-misses]

`both` reports dev and heldout to heldout93 side by side (the halves already measured, now
development data: heldout3 was measured once at the end of session 3 and joined them in the
eighth rule round; heldout4 was measured once with that round's final rules and joined them
when heldout5 was written; heldout5 was measured once and joined them when heldout6 was
written; heldout6 was measured once and joined them when heldout7 was written; heldout7 was
measured once and joined them when heldout8 was written; heldout8 was measured once, figures
in e5e8a52, and joined them when heldout9 was written; heldout9 was measured once in session 5,
at 183d8c2, and joined them when heldout10 was written; heldout10 was measured once at add37f1,
rules as in b3cf7b9, and joined them when heldout11 was written; heldout11 was measured once at
b8f2a92 and joined them at once; heldout12 was measured once at 3e21353, heldout13 once at
b6c3d3b, heldout14 once at 74ec61c, heldout15 once at 58cbfa4, heldout16 once at 0b08fba and
heldout17 once at ed374a9, heldout18 once at 6792efb, heldout19 once at 5bb1a98, heldout20
once at 1019d42, heldout21 once at 0174dca, heldout22 once at 9e3c42b, heldout23 once at
fbf07fd, heldout24 once at aef5b4f, heldout25 once at 52885c0, heldout26 once at 8f3c1ed and
heldout27 once at 7391e1e, heldout28 once at 572a311, heldout29 once at 5de6e5f and
heldout30 once at 2088b5e, heldout31 once at 46b0aa6, heldout32 once at 26ca7c4, heldout33 once
at 5c02f3d, heldout34 once at 4d9b840, heldout35 once at 23778b9, heldout36 once at 286092a,
heldout37 once at 458b6f7, heldout38 once at f5d8f72, heldout39 once at b4f74fa, heldout40 once
at 6f6a6ce, heldout41 once at 568ff8a, heldout42 once at 4c8aae7, heldout43 once at d1b60c2,
heldout44 once at b0e722e, heldout45 once at 050034c, heldout46 once at 3faf8db, heldout47 once at
e8b9715, heldout48 once at 00e57ec, heldout49 once at aef3f21, and heldout50
and heldout51 once each at 0b0d9d6, heldout52 and heldout53 once each at f735cbe, heldout54 and heldout55 once each at e7d6d93, heldout56 and heldout57 once each at 3874baa, heldout58 and heldout59 once each at 514570d, heldout60 and heldout61 once each at 69e45d4, heldout62 and heldout63 once each at 5cbc86a, heldout64 and heldout65 once each at dff6353, heldout66 and heldout67 once each at 604f202, heldout68 and heldout69 once each at dd059d8, heldout70 and heldout71 once each at 90b7528, heldout72 and heldout73 once each at cd649dd, heldout74 and heldout75 once each at d3fbc2d, heldout76 and heldout77 once each at 8245165, heldout78 and heldout79 once each at 25e27b7, heldout80 and heldout81 once each at b1e8f23, heldout82 and heldout83 once each at 3e54865, heldout84 and heldout85 once each at 80bc9fa, heldout86 and heldout87 once each at 1d63719, heldout88 and heldout89 once each at fe22a8f, heldout90 and heldout91 once each at 1c3f343, heldout92 and heldout93 once each at 36006cc, each joining
them at once);
`all` is `both` until a new half is written and kept out of it for its single measurement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "pseudonym_data"
DEFAULT_FULL = next((p / "shared" / "models" / "nb_udnorne_sm" for p in HERE.parents
                     if (p / "shared" / "models" / "nb_udnorne_sm").is_dir()), HERE / "no-full-model")
HALVES = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
          "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
          "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27",
          "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
          "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41",
          "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48",
          "heldout49", "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55",
          "heldout56", "heldout57", "heldout58", "heldout59", "heldout60", "heldout61", "heldout62",
          "heldout63", "heldout64", "heldout65", "heldout66", "heldout67", "heldout68", "heldout69",
          "heldout70", "heldout71", "heldout72", "heldout73", "heldout74", "heldout75", "heldout76",
          "heldout77", "heldout78", "heldout79", "heldout80",
          "heldout81", "heldout82", "heldout83", "heldout84", "heldout85", "heldout86",
          "heldout87", "heldout88", "heldout89", "heldout90", "heldout91", "heldout92",
          "heldout93")
# `both`: every half but those kept for a single final measurement.
BOTH = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
        "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
        "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
        "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27",
        "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
        "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41",
        "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48",
        "heldout49", "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55",
        "heldout56", "heldout57", "heldout58", "heldout59", "heldout60", "heldout61", "heldout62",
        "heldout63", "heldout64", "heldout65", "heldout66", "heldout67", "heldout68", "heldout69",
        "heldout70", "heldout71", "heldout72", "heldout73", "heldout74", "heldout75", "heldout76",
        "heldout77", "heldout78", "heldout79", "heldout80", "heldout81",
        "heldout82", "heldout83", "heldout84", "heldout85", "heldout86", "heldout87", "heldout88",
        "heldout89", "heldout90", "heldout91", "heldout92", "heldout93")
GROUPS = {
    "contact": ("phone", "email", "url", "address", "postcode"),
    "id_numbers": ("fnr", "dnr", "birthdate", "passport", "hpr", "casenr", "account", "orgnr"),
    "names": ("person",),
    "places": ("place",),
    "organisations": ("org",),
}
_WORDS = re.compile(r"[^\W_]+(?:[-'’.@/][^\W_]+)*")


def read_truth(half: Path) -> dict[str, list[tuple[str, str]]]:
    """file name -> [(category, string)] from `truth.tsv`."""
    truth: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in (half / "truth.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, category, string = line.split("\t")
        truth[name].append((category, string))
    return truth


def body(path: Path) -> str:
    """The transcript without its `# SYNTETISK ...` header line."""
    return "".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                   if not line.startswith("# "))


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def required_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Tokens of text[start:end] that identify: those with a capital or a digit (else all)."""
    tokens = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    strong = [(s, e) for s, e in tokens if any(c.isupper() or c.isdigit() for c in text[s:e])]
    return strong or tokens


def score_half(half: Path, pseudonymizer, show_misses: bool) -> dict:
    truth = read_truth(half)
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    extra, packed_words = [], 0
    for name, items in sorted(truth.items()):
        text = body(half / name)
        reps = pseudonymizer.find(text)
        spans = [(r.start, r.end) for r in reps]
        truth_spans = []
        for category, string in items:
            for m in re.finditer(rf"(?<!\w){re.escape(string)}(?!\w)", text):
                truth_spans.append((m.start(), m.end()))
                ok = all(covered(spans, s, e) for s, e in required_tokens(text, m.start(), m.end()))
                caught[category][0] += ok
                caught[category][1] += 1
                if not ok:
                    misses.append(f"{name}: {category} {string!r}")
        packed_words += len(_WORDS.findall(text))
        extra += [f"{name}: {r.original!r} -> {r.replacement}" for r in reps
                  if not any(s < r.end and r.start < e for s, e in truth_spans)]
    control_false, control_words = [], 0
    for path in sorted(half.glob("control_*.txt")):
        text = body(path)
        control_words += len(_WORDS.findall(text))
        control_false += [f"{path.name}: {r.original!r} -> {r.replacement}" for r in pseudonymizer.find(text)]
    result = {
        "recall": {c: {"caught": n, "of": t, "recall": round(n / t, 4)} for c, (n, t) in sorted(caught.items())},
        "groups": {},
        "control_words": control_words,
        "control_false_replacements": len(control_false),
        "control_false_per_1000_words": round(1000 * len(control_false) / max(1, control_words), 2),
        "packed_words": packed_words,
        "packed_replacements_outside_truth": len(extra),
    }
    for group, cats in GROUPS.items():
        n = sum(caught[c][0] for c in cats if c in caught)
        t = sum(caught[c][1] for c in cats if c in caught)
        result["groups"][group] = {"caught": n, "of": t, "recall": round(n / t, 4) if t else None}
    if show_misses:
        result["misses"] = misses
        result["control_false"] = control_false
        result["packed_outside_truth"] = extra
    return result


def make(kind: str, full_model: Path):
    """A pseudonymiser as an export builds it: no term list, the pipeline's NER, the rules."""
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, load_ner

    nlp, _name = load_ner("blank:none" if kind == "offline" else str(full_model))
    return Pseudonymizer((), nlp=nlp)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=[*HALVES, "both", "all"], default="dev",
                        help="One half; `both` for dev and heldout to heldout93 side by side (each measured "
                             "once, now development data); `all` adds any half kept out of `both` for "
                             "its one measurement (none now: every half written has had it).")
    parser.add_argument("--full-model", type=Path, default=DEFAULT_FULL)
    parser.add_argument("--show-misses", action="store_true", help="List every miss and false replacement.")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    halves = {"both": list(BOTH), "all": list(HALVES)}.get(args.half, [args.half])
    pipelines = ["offline"] + (["full"] if args.full_model.is_dir() else [])
    out = {}
    for kind in pipelines:
        pseudonymizer = make(kind, args.full_model)
        for half in halves:
            out.setdefault(half, {})[kind] = score_half(DATA / half, pseudonymizer, args.show_misses)
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
