"""The codebook's own words in pseudonymised output: labels, definitions, examples, keys, keywords.

A code is the researchers' writing, not a transcript's, yet an in-vivo code (`Praksis hos Hagen
Regnskap AS`, key `invivo_hagen`), a definition that names a participant, an example passage
copied from an interview or a keyword that is a name identifies as surely as a quote. Every field
of a code that can hold such words leaves an anonymised output through here:

- label, English label, definition and the two rules (`TERSE`): short texts, where the name rules
  would take ordinary terms for names (`Kompetansegap`), so only what cannot be mistaken is
  replaced: identifiers by form (phone, e-mail, ID numbers, addresses), the project's term list,
  and every form the project's transcripts had replaced (whole, or a word of a person's name
  written with its capital), by the very marker the text shows;
- examples and the suggester's example passages (`seed_examples`): running text, like a
  transcript, so the whole pseudonymiser reads them (after the forms the transcripts replaced);
- keywords and token patterns: lemmas and phrases the suggester matches; one holding a name word
  (see `name_word`) is left out, since a marker in its place would match nothing;
- the key (and so every path below it): a part of it (`_`, `-` split) that is a name word, or the
  ASCII form of a word the label lost, becomes the marker's (`invivo_hagen` -> `invivo_x`,
  `invivo_organisasjon_1` with --consistent), kept apart from its siblings.

The transcripts are all read once, when a text needs them (a capitalised word inside a sentence,
or the first key), so a name from a document the output leaves out is known too.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Iterable
from typing import Any

from workbench.core.models import Code
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.attributes import AttributePseudonymizer
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, Replacement, replace_spans

_WORD = re.compile(r"[^\W\d_]{2,}")
_KEY_PARTS = re.compile(r"[_-]+")


def ascii_word(word: str) -> str:
    """A word as a code key spells it: `Bodø` -> `bodo`, `Ærlig` -> `aerlig` (see refi.qdc.slugify)."""
    import unicodedata

    text = word.casefold()
    for src, dst in (("æ", "ae"), ("ø", "o"), ("œ", "oe"), ("ß", "ss"), ("đ", "d"), ("ł", "l"), ("þ", "th")):
        text = text.replace(src, dst)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


class CodebookText:
    """Codes as one pseudonymised output gives them (see the module's note)."""

    TERSE = ("label", "label_en", "definition", "when_to_use", "when_not_to_use")

    def __init__(self, pseudonymizer: Pseudonymizer, attributes: AttributePseudonymizer,
                 learn_all: Callable[[], None] | None = None):
        self.full = pseudonymizer
        self.forms = copy.copy(pseudonymizer)  # its terms, markers and numbering, without the name rules
        self.forms.rules = False
        self.forms.nlp = None
        self.attributes = attributes
        self._learn_all = learn_all
        self._done: dict[str, str] = {}
        self._passages: dict[str, tuple[str, int]] = {}
        self._paths: dict[str, str] | None = None
        self._words: tuple[tuple[int, int], dict[str, dict[str, str]]] | None = None
        #: keywords and token patterns `code` left out, for the output's note
        self.left_out = 0

    # -- texts -------------------------------------------------------------------------

    def code(self, code: Code) -> Code:
        """`code` with its label, rules, examples, keywords and patterns as this output gives them
        (its key and parent stay: `paths` renames them, over the whole codebook at once)."""
        changes: dict[str, Any] = {f: self.text(getattr(code, f)) for f in self.TERSE if getattr(code, f)}
        for name in ("examples", "seed_examples"):
            if getattr(code, name):
                changes[name] = self.passages(getattr(code, name))
        if code.keywords:
            changes["keywords"] = [k for k in code.keywords if not self._names_in(str(k))]
            self.left_out += len(code.keywords) - len(changes["keywords"])
        if code.patterns:
            changes["patterns"] = [p for p in code.patterns if not any(self._names_in(s) for s in _strings(p))]
            self.left_out += len(code.patterns) - len(changes["patterns"])
        return dataclasses.replace(code, **changes)

    def text(self, value: str) -> str:
        """A short text of the codebook (label, definition ...): only what cannot be mistaken is replaced."""
        if value not in self._done:
            if self._learn_all is not None and re.search(r"\w[,;]?\s+[A-ZÆØÅ]", value):
                self.learn_all()
            known = self._known(value)
            found = [r for r in self.forms.find(value) if not _overlaps(r, known)]
            self._done[value] = replace_spans(value, sorted(known + found, key=lambda r: r.start))
        return self._done[value]

    def passage(self, value: str) -> str:
        """An example passage or a memo: the forms the transcripts replaced, then the whole pseudonymiser."""
        return self.passage_found(value)[0]

    def passages(self, values: list[str]) -> list[str]:
        """`passage` of each value, the pipeline's entities found in one batch (hundreds of example
        passages one by one through the full pipeline took half a minute)."""
        todo = [v for v in dict.fromkeys(values) if v not in self._passages]
        if todo and self.full.nlp is not None:
            for value, doc in zip(todo, self.full.parse_many(todo, light=False), strict=True):
                self.passage_found(value, doc)
        return [self.passage(v) for v in values]

    def passage_found(self, value: str, doc: Any = None) -> tuple[str, int]:
        """`passage`, and how many replacements it made. A capitalised word the dictionary does not know
        (`Kvalsvik ble nevnt.`) has every transcript read first, so a surname alone is known."""
        if value not in self._passages:
            if self._learn_all is not None and _may_name(value):
                self.learn_all()
            known = self._known(value)
            found = [r for r in self.full.find(value, doc) if not _overlaps(r, known)]
            reps = sorted(known + found, key=lambda r: r.start)
            self._passages[value] = (replace_spans(value, reps), len(reps))
        return self._passages[value]

    def name(self, value: str) -> str:
        """A name made of words (the project's, often its file's: `sigrun_tveitane`): as a short text,
        and then each word that names someone (see `name_word`) by its marker, in any case."""
        text = self.text(value)

        def swap(m: re.Match[str]) -> str:
            return self.name_word(m.group()) or m.group()

        parts = re.split(r"(\[[^\]]*\])", text)  # markers already in place stay
        text = "".join(p if i % 2 else _WORD.sub(swap, p) for i, p in enumerate(parts))
        return re.sub(r"(\[[^\]]+\])(?:[ _-]+\1)+", r"\1", text)

    def learn_all(self) -> None:
        """Read every transcript of the project (once), so what any of them replaced is known."""
        if self._learn_all is not None:
            learn, self._learn_all = self._learn_all, None
            learn()

    def _known(self, value: str) -> list[Replacement]:
        known = self.attributes.known(value)
        for m in re.finditer(r"(?<![^\W_])[A-ZÆØÅ][^\W\d_]+", value):  # `_` parts words, as in file names
            word = m.group().casefold()
            marker = self.attributes.people.get(word) or (
                self.attributes.people.get(word[:-1]) if word.endswith("s") else None) or self._form_word(word)
            if marker and not any(k.start < m.end() and m.start() < k.end for k in known):
                known.append(Replacement(m.start(), m.end(), m.group(), marker, "person", "text"))
        return known

    # -- words: keywords, patterns, keys --------------------------------------------------

    def name_word(self, word: str) -> str | None:
        """The marker for `word` (any case, or its ASCII form in a key) when it names someone or
        something in this output, else None: a word of the project's term list; else, unless the
        dictionary knows it (a keyword is a lemma: `endre` stays, whoever is called Endre), a word
        of a name the transcripts replaced, or a listed given name or surname."""
        from workbench.io.pseudonymize.lexicon import english, everyday, known_word

        low = word.casefold()
        words = self._word_markers()
        if low in words["terms"]:
            return words["terms"][low]
        if known_word(low) or everyday(low) or english(low):
            return None
        marker = words["people"].get(low) or words["forms"].get(low)
        if marker:
            return marker
        if low in gaz.GIVEN_NAMES or low in gaz.SURNAMES:
            return self.full.markers["person"]
        return None

    def _form_word(self, low: str) -> str | None:
        """The marker of a word of a name the transcripts replaced (`Brattvoll` of `Brattvoll Regnskap
        AS`), written with its capital, when the dictionary does not know the word."""
        from workbench.io.pseudonymize.lexicon import everyday, known_word

        marker = self._word_markers()["forms"].get(low)
        return marker if marker and not known_word(low) and not everyday(low) else None

    def _word_markers(self) -> dict[str, dict[str, str]]:
        """Name words as found (case-blind) and in their ASCII form, by where they come from (kept
        until the output's texts have replaced more)."""
        stamp = (len(self.attributes.people), self.attributes.forms_learned)
        if self._words is not None and self._words[0] == stamp:
            return self._words[1]
        people = dict(self.attributes.people)
        forms = self.attributes.word_markers()
        terms = {w.casefold(): r for t, r in self.full.terms.items() for w in _WORD.findall(t)}
        out: dict[str, dict[str, str]] = {}
        for name, table in (("people", people), ("forms", forms), ("terms", terms)):
            out[name] = {**{ascii_word(w): m for w, m in table.items() if ascii_word(w)}, **table}
        self._words = (stamp, out)
        return out

    def _names_in(self, value: str) -> bool:
        """Whether a keyword or pattern string holds an identifier, a listed term or a name word."""
        if self.forms.find(value):
            return True
        return any(self.name_word(w) for w in _WORD.findall(value))

    def paths(self, codes: Iterable[Code]) -> dict[str, str]:
        """Each code's path (of `codes`, the whole codebook) -> its path in this output: a key
        part that names someone becomes its marker's, numbered apart among its siblings."""
        if self._paths is not None:
            return self._paths
        self.learn_all()
        codes = list(codes)
        out: dict[str, str] = {}
        taken: dict[str | None, set[str]] = {}
        for code in sorted(codes, key=lambda c: c.path.count("/")):
            parent = out.get(code.parent, code.parent) if code.parent else None
            siblings = taken.setdefault(parent, set())
            key = self._key(code)
            if key != code.key:
                n, candidate = 2, key
                while candidate in siblings or candidate in {c.key for c in codes if c.parent == code.parent
                                                             and c.key != code.key}:
                    candidate, n = f"{key}_{n}", n + 1
                key = candidate
            siblings.add(key)
            out[code.path] = f"{parent}/{key}" if parent else key
        self._paths = out
        return out

    def _key(self, code: Code) -> str:
        lost = {ascii_word(w) for f in ("label", "label_en") if getattr(code, f)
                for w in _WORD.findall(getattr(code, f)) if w not in self.text(getattr(code, f))}
        parts: list[str] = []
        changed = False
        for part in _KEY_PARTS.split(code.key):
            marker = self.name_word(part) if part else None
            if marker is None and part and part in lost:  # a word the label lost (`hagen`): the marker it shows
                marker = self._word_markers()["forms"].get(part) or self.full.markers["person"]
            if marker is None:
                parts.append(part)
                continue
            changed, new = True, ascii_word(marker) or "x"
            if not parts or parts[-1] != new:  # `hagen_regnskap`: one marker, not two
                parts.append(new)
        return "_".join(parts) if changed else code.key


def _may_name(value: str) -> bool:
    """Whether a text has a capitalised word inside a sentence, or one no everyday word."""
    from workbench.io.pseudonymize.lexicon import everyday

    return bool(re.search(r"\w[,;]?\s+[A-ZÆØÅ]", value)) or any(
        not everyday(m.group().casefold()) for m in re.finditer(r"(?<!\w)[A-ZÆØÅ][^\W\d_]+", value))


def _overlaps(r: Replacement, known: list[Replacement]) -> bool:
    return any(k.start < r.end and r.start < k.end for k in known)


def _strings(value: Any) -> Iterable[str]:
    """Every string inside a token pattern (dicts, lists, values)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)
