"""Generate a synthetic national-scale study as a workbench project, for the scale benchmarks.

The default size is what a large evaluation might reach: 1,000 transcripts of about
5,000 words (5 million words), 4 coders and 200,000 codings. Texts are built from a
small Norwegian vocabulary of the mentoring domain with interviewer/respondent turns;
they are plausible in shape, not in meaning, and contain no real persons. Everything
goes through the store API (documents segmented by the real segmenter, one transaction
per document; codings in bulk through `Project.import_codings`), so the file is what
the workbench itself would have written.

Every document is coded by two of the four coders, who agree on most passages and
differ on the rest, so agreement statistics have something to chew on.

    python benchmarks/make_corpus.py --out /tmp/study.db                  # full size
    python benchmarks/make_corpus.py --out /tmp/small.db --documents 50   # quick
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.core.models import Coding, Document, Participant  # noqa: E402
from workbench.core.segmenter import split_segments  # noqa: E402
from workbench.core.text import normalise_text, text_sha256  # noqa: E402
from workbench.core.turns import parse_turns  # noqa: E402

CODERS = ("kari", "ola", "nadia", "tomas")
PROGRAMS = ("master", "grunder", "spor3", "hoyere")
ROLES = (("mentee", 0.6), ("mentor", 0.3), ("programleder", 0.1))
RESPONDENT = {"mentee": "Mentee", "mentor": "Mentor", "programleder": "Programleder"}

SUBJECTS = ("jeg", "mentoren min", "vi", "arbeidsgiveren", "lederen", "hun", "han", "kollegaene",
            "programlederen", "de andre deltakerne", "saksbehandleren på NAV", "familien min")
VERBS = ("snakket om", "ringte til", "hjalp meg med", "forklarte", "lærte meg", "viste meg", "savnet",
         "trengte", "fikk", "søkte på", "skrev", "øvde på", "stolte på", "delte", "åpnet", "ventet på")
OBJECTS = ("CV-en", "søknaden", "jobbintervjuet", "nettverket sitt", "kompetansegapet", "norskkurset",
           "praksisplassen", "bransjen", "kontaktene", "språket", "arbeidsmarkedet", "tilliten",
           "rollespillet", "en jobb på rett hylle", "godkjenningen av utdanningen", "kulturkodene",
           "e-postene", "referansene", "mentorprogrammet", "traineeplassen", "en fast stilling")
TAILS = ("i fjor", "etter noen måneder", "hver uke", "før intervjuet", "i starten", "til slutt",
         "sammen med mentoren", "på møtene", "i gruppen", "uten å få svar", "flere ganger", "")
QUESTIONS = ("Hvordan har det gått siden sist?", "Hva betydde mentoren for deg?", "Kan du fortelle mer om det?",
             "Hva skjedde da?", "Hvordan opplevde du intervjuet?", "Hva tenker du om nettverket ditt nå?",
             "Fikk du hjelp med CV-en?", "Hvordan var det å søke jobb i Norge?")


def sentence(rng: random.Random) -> str:
    tail = rng.choice(TAILS)
    words = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}" + (f" {tail}" if tail else "")
    return words[0].upper() + words[1:] + rng.choice((".", ".", ".", "!", "?"))


def transcript(rng: random.Random, words: int, role: str) -> str:
    """About `words` words of alternating interviewer and respondent turns."""
    label = RESPONDENT[role]
    turns, count = [], 0
    while count < words:
        question = rng.choice(QUESTIONS)
        answer = " ".join(sentence(rng) for _ in range(rng.randint(2, 9)))
        turns.append(f"I: {question}\n\n{label}: {answer}")
        count += len(question.split()) + len(answer.split())
    return "SYNTETISK TRANSKRIPSJON (ingen virkelige personer)\n\n" + "\n\n".join(turns) + "\n"


def leaf_codes(project) -> list[str]:
    codes = project.codes()
    parents = {c.parent for c in codes if c.parent}
    return [c.path for c in codes if c.path not in parents]


def document_codings(rng: random.Random, doc_id: int, segments: list[tuple[int, int]], coders: tuple[str, str],
                     per_coder: int, codes: list[str], agreement: float) -> list[Coding]:
    """Codings of one document by two coders: the second follows the first on `agreement` of them."""
    out: list[Coding] = []
    chosen = [rng.randrange(len(segments)) for _ in range(per_coder)]
    for index in chosen:
        first = rng.randrange(len(segments) - 1) if index == len(segments) - 1 and len(segments) > 1 else index
        start, end = segments[first][0], segments[min(first + rng.choice((0, 0, 0, 1)), len(segments) - 1)][1]
        code = rng.choice(codes)
        out.append(Coding(doc_id, start, end, code, coders[0], None, "import"))
        if rng.random() < agreement:
            out.append(Coding(doc_id, start, end, code, coders[1], None, "import"))
        elif rng.random() < 0.5:  # same passage, another code
            out.append(Coding(doc_id, start, end, rng.choice(codes), coders[1], None, "import"))
        else:  # another passage, same code
            s2, e2 = segments[rng.randrange(len(segments))]
            out.append(Coding(doc_id, s2, e2, code, coders[1], None, "import"))
    return out


def build(out: Path, documents: int, words: int, codings: int, seed: int, agreement: float,
          progress: bool = True) -> dict:
    """Create the project at `out` and return what was made, with timings."""
    from workbench.io.codebooks.yaml_format import load_codebook
    from workbench.store import Project

    if out.exists():
        raise SystemExit(f"{out} exists; remove it first")
    rng = random.Random(seed)
    started = time.perf_counter()
    project = Project.open(out)
    project.import_codebook(load_codebook(REPO / "codebooks" / "mentoring.yaml"), coder="generator")
    codes = leaf_codes(project)
    participants = max(1, round(documents / 1.7))
    people = []
    for n in range(participants):
        role = rng.choices([r for r, _ in ROLES], [w for _, w in ROLES])[0]
        people.append(Participant(f"S{n:04d}", role, PROGRAMS[n % len(PROGRAMS)], {"synthetic": "ja"}))
    per_doc_coder = max(1, codings // (2 * documents))
    pending: list[Coding] = []
    total_words = made_codings = 0
    for d in range(documents):
        person = people[d % participants]
        wave = "baseline" if d < participants else "endpoint"
        text = normalise_text(transcript(rng, words, person.role))
        doc = Document(f"{person.id}-{'nullpunkt' if wave == 'baseline' else 'sluttpunkt'}", text,
                       sha256=text_sha256(text), participant=person.id, wave=wave, mode="phone",
                       date=f"202{4 if wave == 'baseline' else 5}-0{1 + d % 9}-1{d % 10}",
                       source="synthetic", encoding="utf-8", segments=split_segments(text, parse_turns(text)))
        added = project.add_document(doc, person, coder="generator")
        total_words += len(text.split())
        pair = (CODERS[d % len(CODERS)], CODERS[(d + 1 + d // len(CODERS)) % len(CODERS)])
        if pair[0] == pair[1]:
            pair = (pair[0], CODERS[(CODERS.index(pair[0]) + 1) % len(CODERS)])
        spans = [(s.start, s.end) for s in doc.segments]
        pending += document_codings(rng, added.id, spans, pair, per_doc_coder, codes, agreement)
        if len(pending) >= 20_000 or d == documents - 1:
            made_codings += project.import_codings(pending, actor="generator")
            pending = []
        if progress and (d + 1) % 50 == 0:
            print(f"\r{d + 1}/{documents} documents, {made_codings} codings", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    project.close()
    return {
        "file": str(out), "documents": documents, "participants": participants, "words": total_words,
        "coders": len(CODERS), "codings": made_codings, "codes": len(codes),
        "megabytes": round(out.stat().st_size / 2**20, 1), "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="Project file to create.")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--words", type=int, default=5000, help="Words per transcript (about).")
    parser.add_argument("--codings", type=int, default=200_000, help="Codings in all (about).")
    parser.add_argument("--agreement", type=float, default=0.8, help="Share of passages coded alike.")
    parser.add_argument("--seed", type=int, default=20240101)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    summary = build(args.out, args.documents, args.words, args.codings, args.seed, args.agreement, not args.quiet)
    print(json.dumps(summary, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
