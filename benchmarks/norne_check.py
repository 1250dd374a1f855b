"""Pseudonymiser recall on real, human-annotated Norwegian text: the NorNE corpus.

Every other evaluation text of the pseudonymiser was written by the team, with the rules in
mind. NorNE (Jørgensen et al., LREC 2020: the Norwegian Dependency Treebank with
named-entity labels) is news, blog and parliament text annotated by others, which none of
the rules were written against, so it gives an independent figure. No NorNE text is in this
repository: get it on a machine with internet with

    git clone https://github.com/ltgoslo/norne

and point this script at one of its CoNLL-U files (e.g. `ud/nob/no_bokmaal-ud-test.conllu`):

    python benchmarks/norne_check.py PATH.conllu [--limit-sentences N] [--full-model DIR] [--show-misses]

The file is parsed (multiword-token ranges `3-4` and empty nodes `3.1` skipped), each
sentence's text is rebuilt from its tokens and `SpaceAfter=No`, sentences are grouped into
documents (`# newdoc` when the file has it, else runs of 20 sentences; `# newpar` becomes a
blank line) and each document is pseudonymised whole, with the pseudonymiser that
`benchmarks/pseudonym_bench.py` builds (`make`): `offline` (blank pipeline and the rules) and
`full` (the model folder, by default `shared/models/nb_udnorne_sm`). That model was trained on
NorNE's training split, so its figures here are not independent; the offline ones are.

Printed as JSON per pipeline:

* recall per NorNE label (PER, ORG, LOC, GPE_LOC, GPE_ORG, PROD, EVT, DRV) and per group:
  names = PER, places = LOC + GPE_LOC, organisations = ORG + GPE_ORG. An entity counts as
  caught when each of its tokens that holds a capital letter or a digit (else every token)
  lies inside a replacement, the bench's rule. Our policy leaves public bodies and national
  institutions (ministries, parliament, national agencies, countries as actors) in place by
  design, so ORG / GPE_ORG recall on news text is expected to be low and is not the measure
  the pseudonymiser is held to; PROD, EVT and DRV are reported but are no targets;
* false replacements: replacements that overlap no entity token, per 1,000 words
  (whitespace tokens) of the sample, and the same counted only in sentences with no entity.

`--show-misses` adds the missed entities and the false replacements as strings, for reading
locally; they are NorNE text and must not be copied into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ("PER", "ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "DRV")
GROUPS = {
    "names": ("PER",),
    "places": ("LOC", "GPE_LOC"),
    "organisations": ("ORG", "GPE_ORG"),
}
DOC_SENTENCES = 20


@dataclass
class Token:
    form: str
    space_after: bool
    label: str  # "O", "B-PER", "I-GPE_LOC", ...


@dataclass
class Sentence:
    sent_id: str
    tokens: list[Token]
    newdoc: bool = False
    newpar: bool = False

    @property
    def text(self) -> str:
        return "".join(t.form + (" " if t.space_after else "") for t in self.tokens).rstrip(" ")


@dataclass
class Entity:
    label: str
    tokens: list[tuple[int, int]] = field(default_factory=list)  # offsets in the document text

    def string(self, text: str) -> str:
        return text[self.tokens[0][0]:self.tokens[-1][1]]


@dataclass
class Document:
    text: str
    entities: list[Entity]
    sentences: list[tuple[int, int, bool]]  # start, end, holds an entity


def _misc(field_: str) -> dict[str, str]:
    """MISC column -> key/value; NorNE separates `SpaceAfter=No` and `name=...` by space or `|`."""
    out: dict[str, str] = {}
    for part in field_.replace("|", " ").split():
        key, _, value = part.partition("=")
        out[key] = value
    return out


def parse_conllu(text: str) -> list[Sentence]:
    """Sentences with their token forms, spacing and name labels; ranges and empty nodes skipped."""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    sent_id, newdoc, newpar = "", False, False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            if tokens:
                sentences.append(Sentence(sent_id, tokens, newdoc, newpar))
            tokens, sent_id, newdoc, newpar = [], "", False, False
            continue
        if line.startswith("#"):
            if line.startswith("# newdoc"):
                newdoc = True
            elif line.startswith("# newpar"):
                newpar = True
            elif line.startswith("# sent_id"):
                sent_id = line.partition("=")[2].strip()
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"line {n}: {len(cols)} tab-separated fields, not 10")
        if "-" in cols[0] or "." in cols[0]:
            continue
        misc = _misc(cols[9])
        tokens.append(Token(cols[1], misc.get("SpaceAfter") != "No", misc.get("name", "O")))
    if tokens:
        sentences.append(Sentence(sent_id, tokens, newdoc, newpar))
    return sentences


def group_documents(sentences: list[Sentence], size: int = DOC_SENTENCES) -> list[list[Sentence]]:
    """`# newdoc` starts a document when the file marks any; else runs of `size` sentences."""
    if any(s.newdoc for s in sentences):
        docs: list[list[Sentence]] = []
        for s in sentences:
            if s.newdoc or not docs:
                docs.append([])
            docs[-1].append(s)
        return docs
    return [sentences[i:i + size] for i in range(0, len(sentences), size)]


def build_document(sentences: list[Sentence]) -> Document:
    """One text: sentences joined by a space, a blank line before `# newpar`; entity offsets."""
    parts: list[str] = []
    pos = 0
    entities: list[Entity] = []
    spans: list[tuple[int, int, bool]] = []
    for i, sentence in enumerate(sentences):
        if i:
            sep = "\n\n" if sentence.newpar else " "
            parts.append(sep)
            pos += len(sep)
        start = pos
        current: Entity | None = None
        for token in sentence.tokens:
            t_start, t_end = pos, pos + len(token.form)
            prefix, _, label = token.label.partition("-")
            if prefix == "B" or (prefix == "I" and (current is None or current.label != label)):
                current = Entity(label)
                entities.append(current)
            elif prefix not in ("I",):
                current = None
            if current is not None:
                current.tokens.append((t_start, t_end))
            parts.append(token.form)
            pos = t_end
            if token.space_after and token is not sentence.tokens[-1]:
                parts.append(" ")
                pos += 1
        spans.append((start, pos, any(t.label != "O" for t in sentence.tokens)))
    return Document("".join(parts), entities, spans)


def required(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tokens that identify: those holding a capital letter or a digit (else all of them)."""
    strong = [(s, e) for s, e in tokens if any(c.isupper() or c.isdigit() for c in text[s:e])]
    return strong or tokens


def caught(entity: Entity, text: str, spans: list[tuple[int, int]]) -> bool:
    return all(any(s <= start and end <= e for s, e in spans) for start, end in required(text, entity.tokens))


def score(documents: list[Document], finds: list[list[tuple[int, int, str]]], show_misses: bool) -> dict:
    """Recall per label and group, false replacements per 1,000 words; `finds` per document:
    (start, end, replacement)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    false: list[str] = []
    words = free_words = n_false = n_free_false = 0
    for doc, reps in zip(documents, finds, strict=True):
        spans = [(s, e) for s, e, _ in reps]
        entity_tokens = [t for ent in doc.entities for t in ent.tokens]
        for ent in doc.entities:
            ok = caught(ent, doc.text, spans)
            counts[ent.label][0] += ok
            counts[ent.label][1] += 1
            if not ok and show_misses:
                misses.append(f"{ent.label} {ent.string(doc.text)!r}")
        words += len(doc.text.split())
        free = [(s, e) for s, e, has in doc.sentences if not has]
        free_words += sum(len(doc.text[s:e].split()) for s, e in free)
        for start, end, replacement in reps:
            if any(s < end and start < e for s, e in entity_tokens):
                continue
            n_false += 1
            in_free = any(s < end and start < e for s, e in free)
            n_free_false += in_free
            if show_misses:
                false.append(f"{doc.text[start:end]!r} -> {replacement}{' (entity-free sentence)' if in_free else ''}")
    result: dict = {
        "recall": {lab: {"caught": counts[lab][0], "of": counts[lab][1],
                         "recall": round(counts[lab][0] / counts[lab][1], 4) if counts[lab][1] else None}
                   for lab in LABELS},
        "groups": {},
        "words": words,
        "false_replacements": n_false,
        "false_per_1000_words": round(1000 * n_false / max(1, words), 2),
        "entity_free_words": free_words,
        "entity_free_false_replacements": n_free_false,
        "entity_free_false_per_1000_words": round(1000 * n_free_false / max(1, free_words), 2),
    }
    for group, labels in GROUPS.items():
        n = sum(counts[lab][0] for lab in labels)
        t = sum(counts[lab][1] for lab in labels)
        result["groups"][group] = {"caught": n, "of": t, "recall": round(n / t, 4) if t else None}
    if show_misses:
        result["misses"] = misses
        result["false"] = false
    return result


def sample_size(sentences: list[Sentence], documents: list[Document]) -> dict:
    per_label: dict[str, int] = defaultdict(int)
    for doc in documents:
        for ent in doc.entities:
            per_label[ent.label] += 1
    return {
        "sentences": len(sentences),
        "documents": len(documents),
        "words": sum(len(d.text.split()) for d in documents),
        "entities": dict(sorted(per_label.items())),
        "entities_per_group": {g: sum(per_label[lab] for lab in labels) for g, labels in GROUPS.items()},
        "entity_free_sentences": sum(not has for d in documents for _, _, has in d.sentences),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu", type=Path, help="A NorNE CoNLL-U file (not in this repository).")
    parser.add_argument("--limit-sentences", type=int, default=None, help="Only the first N sentences.")
    parser.add_argument("--full-model", type=Path, default=None,
                        help="The full pipeline's model folder (default: pseudonym_bench's, nb_udnorne_sm).")
    parser.add_argument("--show-misses", action="store_true",
                        help="List missed entities and false replacements (NorNE text: keep it local).")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    sys.path.insert(0, str(HERE))
    import pseudonym_bench

    sentences = parse_conllu(args.conllu.read_text(encoding="utf-8"))
    if args.limit_sentences is not None:
        sentences = sentences[:args.limit_sentences]
    documents = [build_document(group) for group in group_documents(sentences)]
    full_model = args.full_model or pseudonym_bench.DEFAULT_FULL
    out: dict = {"file": str(args.conllu.name), "sample": sample_size(sentences, documents)}
    for kind in ["offline"] + (["full"] if full_model.is_dir() else []):
        pseudonymizer = pseudonym_bench.make(kind, full_model)
        finds = [[(r.start, r.end, r.replacement) for r in pseudonymizer.find(doc.text)] for doc in documents]
        out[kind] = score(documents, finds, args.show_misses)
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
