"""Pseudonymisation of quotes before they leave the project.

Reports replace a person's name with `[X]`, a place with `[…]`, and the study's own
identifying terms (home countries, programme names) with what the project's list says.
Three sources find them, and any of them suffices:

* the project's term list (`workbench pseudonyms import CSV`), which always wins;
* the named-entity recogniser of the active spaCy pipeline (PER → person,
  LOC/GPE_LOC → place), when one is given;
* rules that need no model: known given names, surnames and places capitalised inside a
  sentence, a capitalised word after a role noun ("mentoren min Kari") or a naming verb
  ("hun heter Amina"), a run of capitalised words after a name ("Per Olsen"), a
  capitalised word inside a sentence that the Bokmål dictionary (simplemma) does not
  know, and initials used as speaker labels ("AH:").

Every replacement is returned with where it was found, so a researcher can check a
preview before sharing anything.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from workbench.core.errors import InputError
from workbench.io.pseudonymize import gazetteer as gaz

PERSON, PLACE = "[X]", "[…]"
_PRIORITY = {"list": 0, "rule:initials": 1, "rule:title": 1, "ner": 2, "rule:name": 3, "rule:place": 3,
             "rule:unknown": 4}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_INITIALS = re.compile(r"(?m)^[ \t]*([A-ZÆØÅ]{2,3})(?=[ \t]*:)")
_SENTENCE_BREAK = re.compile(r"[.!?:;\n«»\"“”()–]")
_NER_LABELS = {"PER": "person", "PERSON": "person", "LOC": "place", "GPE_LOC": "place", "GPE": "place"}


@dataclass(frozen=True)
class Replacement:
    """One span of the original text and what replaces it, with why."""

    start: int
    end: int
    original: str
    replacement: str
    kind: str  # person, place or term
    source: str  # list, ner, rule:name, rule:place, rule:title, rule:initials

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "original": self.original,
                "replacement": self.replacement, "kind": self.kind, "source": self.source}


def read_pseudonym_csv(path: Path | str) -> list[tuple[str, str]]:
    """Read `term,replacement` rows (`;` also accepted, header required); errors name the line."""
    src = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(src, f"cannot read file ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";" if first.count(";") > first.count(",") else ",")
    rows = list(reader)
    if not rows or [c.strip().lower() for c in rows[0][:2]] != ["term", "replacement"]:
        raise InputError(src, "expected a header row 'term,replacement'", line=1)
    terms: list[tuple[str, str]] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise InputError(src, "each row needs a term and its replacement", line=line)
        terms.append((" ".join(row[0].split()), row[1].strip()))
    return terms


def load_ner(spacy_model: str | None = None) -> tuple[Any, str | None]:
    """The active spaCy pipeline (for its named entities) and a line naming it; (None, None) if it fails."""
    try:
        from workbench.nlp.pipeline import choose_pipeline, load_pipeline
    except ImportError:  # pragma: no cover - the NLP layer is part of the package
        return None, None
    try:
        loaded = load_pipeline(choose_pipeline(spacy_model))
    except Exception:  # a missing or broken model must not stop an export; rules still run
        return None, None
    return loaded.nlp, getattr(loaded, "status", None) or "spaCy"


class Pseudonymizer:
    """Finds and replaces identifying words in texts (terms list, NER if given, rules)."""

    def __init__(self, terms: Sequence[tuple[str, str]] = (), nlp: Any = None, rules: bool = True):
        self.terms = {_key(t): r for t, r in terms}
        terms_by_key = {_key(t): t for t, _ in terms}
        self.nlp = nlp
        self.rules = rules
        ordered = sorted(self.terms, key=len, reverse=True)
        self._term_re = (
            re.compile(r"(?<!\w)(" + "|".join(_term_pattern(terms_by_key[t]) for t in ordered) + r")(s)?(?!\w)")
            if ordered else None
        )

    @property
    def uses_ner(self) -> bool:
        return self.nlp is not None

    def find(self, text: str, doc: Any = None) -> list[Replacement]:
        """Every replacement for `text`, left to right, overlapping finds merged."""
        found: list[Replacement] = []
        if self._term_re is not None:
            for m in self._term_re.finditer(text):
                found.append(Replacement(m.start(), m.end(), m.group(0), self.terms[_key(m.group(1))],
                                         "term", "list"))
        if doc is None and self.nlp is not None:
            doc = self.nlp(text)
        if doc is not None:
            for ent in doc.ents:
                kind = _NER_LABELS.get(ent.label_)
                if kind and ent.text.casefold() not in gaz.NEVER and ent.text.casefold() not in self.terms:
                    found.append(_make(text, ent.start_char, ent.end_char, kind, "ner"))
        if self.rules:
            found.extend(_rule_finds(text))
        return _merge(text, found)

    def apply(self, text: str, doc: Any = None) -> tuple[str, list[Replacement]]:
        """The pseudonymised text and the replacements made."""
        reps = self.find(text, doc)
        return replace_spans(text, reps), reps

    def apply_many(self, texts: Sequence[str]) -> list[tuple[str, list[Replacement]]]:
        """Pseudonymise many texts (NER runs batched through `nlp.pipe`)."""
        if self.nlp is None:
            return [self.apply(t) for t in texts]
        skip = {"parser", "morphologizer", "tagger", "attribute_ruler", "lemmatizer",
                "trainable_lemmatizer", "workbench_lemmatizer"}
        disable = [name for name in self.nlp.pipe_names if name in skip]
        docs = self.nlp.pipe(texts, batch_size=64, disable=disable)
        return [self.apply(t, d) for t, d in zip(texts, docs)]


def _key(term: str) -> str:
    return " ".join(term.split()).casefold()


def _term_pattern(term: str) -> str:
    """A list term as a pattern: written in lower case it matches any case, else exactly."""
    escaped = re.escape(term).replace("\\ ", r"\s+")
    return f"(?i:{escaped})" if term == term.lower() else escaped


def replace_spans(text: str, reps: Iterable[Replacement]) -> str:
    """`text` with each (non-overlapping, sorted) replacement applied."""
    out, pos = [], 0
    for r in reps:
        out.append(text[pos:r.start])
        out.append(r.replacement)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def _make(text: str, start: int, end: int, kind: str, source: str) -> Replacement:
    return Replacement(start, end, text[start:end], PERSON if kind == "person" else PLACE, kind, source)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() or (len(word) == 1 and word.isupper())


def _known(word: str, names: frozenset[str]) -> bool:
    """Whether a word (or each part of a hyphenated one, or it without a genitive s) is listed."""
    low = word.casefold().replace("’", "'")
    if low in names:
        return True
    if "-" in low and all(part in names for part in low.split("-")):
        return True
    return low.endswith("s") and len(low) > 3 and (low[:-1] in names or low[:-2] in names and low.endswith("'s"))


def _rule_finds(text: str) -> list[Replacement]:
    """Names and places found by the offline rules."""
    found = [_make(text, m.start(1), m.end(1), "person", "rule:initials") for m in _INITIALS.finditer(text)]
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    prev_end = None
    starts_sentence: list[bool] = []
    for start, end, _w in words:
        gap = text[prev_end:start] if prev_end is not None else "."
        starts_sentence.append(prev_end is None or bool(_SENTENCE_BREAK.search(gap)))
        prev_end = end
    person_at: set[int] = set()
    for i, (start, end, word) in enumerate(words):
        low = word.casefold()
        if not _is_capitalised(word) or low in gaz.NEVER or word.split("-")[0].isupper():
            continue
        at_start = starts_sentence[i]
        kind = source = None
        if not at_start and _after_role(words, i, text):
            kind, source = "person", "rule:title"
        elif _known(word, gaz.GIVEN_NAMES) or _known(word, gaz.SURNAMES):
            if not at_start or low not in gaz.AMBIGUOUS:
                kind, source = "person", "rule:name"
        elif _known(word, gaz.PLACES) and (not at_start or low not in gaz.AMBIGUOUS):
            kind, source = "place", "rule:place"
        elif i - 1 in person_at and not at_start and text[words[i - 1][1]:start] == " ":
            kind, source = "person", "rule:name"  # a surname after a name
        elif not _known_word(low) and (not at_start or _stands_alone(text, end)):
            # not a dictionary word: inside a sentence, or alone before , ? ! ("Khaled, har du ...")
            after_place_word = i > 0 and words[i - 1][2].casefold() in gaz.PLACE_PREPOSITIONS
            kind, source = ("place" if after_place_word else "person"), "rule:unknown"
        if kind:
            found.append(_make(text, start, end, kind, source))
            if kind == "person":
                person_at.add(i)
    return found


def _stands_alone(text: str, end: int) -> bool:
    """Whether a word is followed directly by , ? ! or . (a name said on its own, or in address)."""
    return text[end:end + 1] in (",", "?", "!", ".")


@lru_cache(maxsize=100_000)
def _known_word(low: str) -> bool:
    """Whether simplemma's Bokmål dictionary knows the word (or each part of a hyphenated one)."""
    import simplemma

    parts = [p for p in low.replace("’", "'").split("-") if p]
    return bool(parts) and all(simplemma.is_known(p, lang="nb") for p in parts)


def _after_role(words: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether word i follows a role noun (+ possessive, + comma) or a naming verb."""
    j = i - 1
    if j < 0 or text[words[j][1]:words[i][0]].strip(" ,") != "":
        return False
    prev = words[j][2].casefold()
    if prev in gaz.NAMING_VERBS or prev in gaz.ROLE_NOUNS:
        return True
    if prev in gaz.POSSESSIVES and j >= 1 and text[words[j - 1][1]:words[j][0]].strip() == "":
        return words[j - 1][2].casefold() in gaz.ROLE_NOUNS
    return False


def _merge(text: str, found: list[Replacement]) -> list[Replacement]:
    """Merge overlapping finds (and a person next to a person) into one replacement each.

    The merged span takes its replacement from its strongest source: the project list,
    then the title and initials rules, then NER, then the word lists.
    """
    if not found:
        return []
    found.sort(key=lambda r: (r.start, -r.end))
    groups: list[list[Replacement]] = [[found[0]]]
    end = found[0].end
    for r in found[1:]:
        last = groups[-1]
        adjacent_people = (r.kind == "person" and all(x.kind == "person" for x in last)
                           and text[end:r.start] == " ")
        if r.start < end or adjacent_people:
            last.append(r)
            end = max(end, r.end)
        else:
            groups.append([r])
            end = r.end
    merged = []
    for group in groups:
        best = min(group, key=lambda r: _PRIORITY.get(r.source, 9))
        start, stop = min(r.start for r in group), max(r.end for r in group)
        merged.append(Replacement(start, stop, text[start:stop], best.replacement, best.kind, best.source))
    return merged


def unreplaced_capitals(text: str, reps: Sequence[Replacement]) -> list[str]:
    """Capitalised words inside sentences that were left as they are: worth a look in a preview."""
    covered = [(r.start, r.end) for r in reps]
    out = []
    prev_end = None
    for m in _WORD.finditer(text):
        gap = text[prev_end:m.start()] if prev_end is not None else "."
        prev_end = m.end()
        word = m.group(0)
        if _SENTENCE_BREAK.search(gap) or not word[:1].isupper() or word.casefold() in gaz.NEVER:
            continue
        if word.split("-")[0].isupper():  # acronyms (CV-en, HR-sjefen) are left alone on purpose
            continue
        if any(s <= m.start() < e for s, e in covered):
            continue
        out.append(word)
    return out
