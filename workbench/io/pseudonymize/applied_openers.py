"""Firms listed after an application, the first of them a word at the sentence start (round 38o).

People tell where they applied as a bare list after a sentence about applications: "Jeg har sendt over åtti
søknader. Gjensidige, Eika Gruppen, DNB, Storebrand, alle revisjonsfirmaene.", "Han har sendt tretti søknader.
Posten, Bring, Schenker, …", "Søstera mi har søkt i meieri og kjøtt. Tine, Nortura og Orkla." The word rules
find a listed employer inside such a list, but not the first item when it is also a dictionary word at a
sentence start (`Gjensidige` is an adjective, `Posten` and `Tine` are a noun and a verb), and
`job_frames` reads a list only right after its frame ("søkte på …").

Here a sentence that is only a list (no subject pronoun or finite verb, at most ten words) of two or more
items split by commas or `og`/`eller`, coming after a sentence of the same turn, or the turn before, that
speaks of applications or interviews, has its listed employers and shops (`gazetteer.EMPLOYERS`,
`everyday_names.EMPLOYING`) replaced, the first item included, and, once one is, its capitalised items the
dictionary lacks or writes in capitals (an acronym) too. Common nouns ("Banker, forsikring, regnskap"),
places and given names in such a list stay as the other rules judge them.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.everyday_listed import _CLAUSE_WORDS, _turn_before
from workbench.io.pseudonymize.everyday_names import EMPLOYING
from workbench.io.pseudonymize.sentence_marks import SENTENCE_OR_LINE_END as _END
from workbench.core.turns import find_label

# A sentence start: a line start, a speaker label's colon or a sentence mark, and a space.
_OPENER = re.compile(r"(?:^|(?<=[.!?:])[ \t]+)(?=[A-ZÆØÅ])", re.M)
_ITEM = re.compile(r"[A-ZÆØÅ][\w&-]*(?:[ \t]+[A-ZÆØÅ0-9][\w&-]*){0,3}")
_GAP = re.compile(r"(?:,[ \t]*(?:og[ \t]+|eller[ \t]+)?|[ \t]+(?:og|eller)[ \t]+)")
_APPLIED = re.compile(r"(?<![\w-])(?i:søknad\w*|søkt|søkte|søker|intervju\w*|jobbsøk\w*)(?![\w-])")
_WORDS = re.compile(r"[^\W\d_]+")


def _employer(name: str) -> bool:
    low = " ".join(name.split()).casefold()
    return lexicon.listed(name, gaz.EMPLOYERS) or low in EMPLOYING


def _other_firm(name: str) -> bool:
    """An item beside a listed employer that can be a firm: an acronym or a word the dictionary lacks, no place
    or given name."""
    first = name.split()[0]
    if any(lexicon.listed(first, names) for names in (gaz.PLACES, gaz.GIVEN_NAMES)) \
            or first.casefold() in gaz.FUNCTION_WORDS:
        return False
    return first.isupper() or not lexicon.known_word(first.casefold())


def _items(text: str, at: int) -> tuple[list[tuple[int, int]], int]:
    """The capitalised items of a list starting at `at`, and where the list stops."""
    out: list[tuple[int, int]] = []
    while (item := _ITEM.match(text, at)) is not None:
        out.append((item.start(), item.end()))
        gap = _GAP.match(text, item.end())
        if gap is None:
            return out, item.end()
        at = gap.end()
    return out, at


def _applications_before(text: str, start: int) -> bool:
    """Whether the turn up to `start`, or the turn before, speaks of applications or interviews."""
    line_lo = text.rfind("\n", 0, start) + 1
    label = find_label(text[line_lo:start])
    lo = line_lo + (label.content if label is not None else 0)
    return bool(_APPLIED.search(text, lo, start)) or bool(_APPLIED.search(_turn_before(text, start)))


def applied_openers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:applied-list") for the firms of a bare list after a sentence about applications."""
    out = []
    for m in _OPENER.finditer(text):
        start = m.end()
        line_lo = text.rfind("\n", 0, start) + 1
        label = find_label(text[line_lo:text.find("\n", start) if "\n" in text[start:] else len(text)])
        if label is not None and start < line_lo + label.content:
            continue  # the speaker label itself
        items, stop = _items(text, start)
        if len(items) < 2 or not _employer(text[items[0][0]:items[0][1]]):
            continue
        end = _END.search(text, stop)
        words = [w.casefold() for w in _WORDS.findall(text, start, end.start() if end else len(text))]
        if len(words) > 10 or any(w in _CLAUSE_WORDS for w in words) or not _applications_before(text, start):
            continue
        out += [(s, e, "org", "rule:applied-list") for s, e in items
                if _employer(text[s:e]) or _other_firm(text[s:e])]
    return out
