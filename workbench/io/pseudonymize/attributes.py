"""Participant attributes in pseudonymised output: the same pseudonymiser as the text, per value.

A participant's free attributes (the manifest's `attr_*` columns: employer, home country,
education ...) leave the project as `attr_*` columns of `export codings` and as case
variables of an anonymised `.qdpx`. An employer written there identifies as surely as one
said in a transcript, so each value goes through the output's own pseudonymiser, with its
markers and its `--consistent` numbering. A value is a few words with no sentence round
it, which the rules read less surely than a transcript, so a word the output's texts had
replaced is replaced in a value too, by the very marker the text shows (`Equinor` is
`[Organisasjon 1]` in the quote and in `attr_employer` alike). What the pseudonymiser
leaves (`master`, `3`, `kvinne`, `høyere utdanning`) stays. Attributes the researcher has
judged safe are named to be kept raw (`--keep-attribute`, `pseudonyms keep-attribute`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.core.models import Participant
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, Replacement, replace_spans


def attribute_key(name: str) -> str:
    """An attribute's name as compared: case-blind, without the `attr_` of a column name."""
    key = " ".join(str(name).split()).casefold()
    return key[5:] if key.startswith("attr_") and len(key) > 5 else key


class AttributePseudonymizer:
    """Attribute values as one pseudonymised output gives them, with what was replaced and kept."""

    def __init__(self, pseudonymizer: Pseudonymizer, keep: Iterable[str] = ()):
        self.pseudonymizer = pseudonymizer
        self.keep = {attribute_key(k): str(k) for k in keep if str(k).strip()}
        self._seen: dict[str, str] = {}  # a form the output's texts replaced -> the marker they show
        #: each word of a person's name the output's texts replaced (case-blind) -> the marker they show
        self.people: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        self._done: dict[tuple[str, str], tuple[Any, bool]] = {}  # (name, value) -> (as given, changed)
        self.names: set[str] = set()  # attribute names the output holds
        self.kept: set[str] = set()  # of those, the ones kept raw

    def learn(self, replacements: Sequence[Replacement]) -> None:
        """Remember what a text of this output had replaced, and by which marker."""
        for r in replacements:
            original = r.original.strip()
            if len(original) > 1 and original not in self._seen:
                self._seen[original] = r.replacement
                self._pattern = None
            if r.kind == "person":
                for word in re.findall(r"[^\W\d_]{2,}", original):
                    self.people.setdefault(word.casefold(), r.replacement)

    def value(self, name: str, value: Any) -> Any:
        """`value` of attribute `name` as the output gives it (itself if kept, empty or left alone)."""
        self.names.add(str(name))
        if attribute_key(name) in self.keep:
            self.kept.add(str(name))
            return value
        if value is None or isinstance(value, bool) or not str(value).strip():
            return value
        key = (attribute_key(name), str(value))
        if key not in self._done:
            new = self._pseudonymize(str(value))
            self._done[key] = (value, False) if new == str(value) else (new, True)
        return self._done[key][0]

    def participants(self, participants: Iterable[Participant]) -> list[Participant]:
        """Copies of `participants` with their attributes pseudonymised."""
        return [dataclasses.replace(p, attributes={k: self.value(k, v) for k, v in p.attributes.items()})
                for p in participants]

    @property
    def replaced(self) -> int:
        """How many distinct (attribute, value) pairs were changed."""
        return sum(1 for _out, changed in self._done.values() if changed)

    @property
    def forms_learned(self) -> int:
        """How many forms the output's texts have replaced so far (grows with `learn`)."""
        return len(self._seen)

    @property
    def values(self) -> int:
        """How many distinct (attribute, value) pairs went through the pseudonymiser."""
        return len(self._done)

    def replaced_names(self) -> list[str]:
        """The attributes (as the output names them) with at least one value changed."""
        changed = {name for (name, _value), (_out, was) in self._done.items() if was}
        return sorted(n for n in self.names if attribute_key(n) in changed)

    def missing(self, asked: Iterable[str]) -> list[str]:
        """The names in `asked` (to be kept) that no attribute of this output has."""
        present = {attribute_key(n) for n in self.names}
        return sorted({str(a) for a in asked if attribute_key(a) not in present})

    def _pseudonymize(self, value: str) -> str:
        if value.strip() in self._seen:  # the whole value is a name the text replaced
            return self._seen[value.strip()]
        known = self._known(value)
        found = [r for r in self.pseudonymizer.find(value)
                 if not any(k.start < r.end and r.start < k.end for k in known)]
        return replace_spans(value, sorted(known + found, key=lambda r: r.start))

    def word_markers(self) -> dict[str, str]:
        """Each capitalised word of a form the output's texts replaced (case-blind) -> the marker
        they show, so a word that names nothing alone (`Hagen` of `Hagen Regnskap AS`) is known."""
        out: dict[str, str] = {}
        for original, marker in self._seen.items():
            for word in re.findall(r"[^\W\d_]{2,}", original):
                if word[0].isupper():
                    out.setdefault(word.casefold(), marker)
        return out

    def known(self, value: str) -> list[Replacement]:
        """Forms the output's texts replaced, found whole in `value`, each with the marker the text shows."""
        return self._known(value)

    def _known(self, value: str) -> list[Replacement]:
        """Forms the output's texts replaced, found whole in `value` (longest first)."""
        if not self._seen:
            return []
        if self._pattern is None:
            forms = sorted(self._seen, key=len, reverse=True)
            self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
        return [Replacement(m.start(), m.end(), m.group(), self._seen[m.group()], "known", "text")
                for m in self._pattern.finditer(value)]
