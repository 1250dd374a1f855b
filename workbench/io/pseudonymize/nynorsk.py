"""Nynorsk and dialect speech: ordinary words that the Bokmål dictionary does not know.

Transcripts write programme leaders and mentors as they speak, in Nynorsk or in a western or
northern dialect ("Eg trur ikkje det", "Ein side, sa eg. Ikkje tre.", "Nokon må jo det",
"Korleis skal ein vite kva?", "Ho sa at …", "Kem skulle trudd det?"). The name rules ask the
Bokmål dictionary whether a capitalised word is ordinary language, so a Nynorsk pronoun,
function word or verb opening a sentence was taken for a name, and every lower-case `ikkje`,
`ein` and `eg` after it was replaced as the same name.

Here a second lexicon answers: simplemma's Nynorsk dictionary (`nn`), as installed with the
package. A word counts as ordinary Nynorsk when that dictionary knows it, its lemma is no proper
noun there ("Sigrid", "Olav", "Seljord" are) and no word list names it as a given name, surname,
place or employer (Nynorsk word forms such as `einar`, `kari`, `steinar`, `frode` are names too).
The personal pronouns of Nynorsk and the dialects are a closed class and count whatever the lists
say ("Ho", which the rules also read as a name, "Æ", "Dokker").

The lexicon is asked only in a Nynorsk or dialect passage: the line (a speaker's turn), or the line
with text right before or after it, must hold another word that only the Nynorsk dictionary knows, in
lower case or opening a sentence, and that is no common English word or compound of Bokmål words; a
Nynorsk or dialect pronoun that Bokmål does not share ("eg", "ho", "æ", "dei") counts whatever the
dictionaries say. In a Bokmål turn a name that is also a
Nynorsk word form ("Bjarte", "Ottar", "Roar") is judged as before, and inside a sentence nothing
changes: a capitalised word there is still a name. Names said in a Nynorsk turn are still found
where their frames say so (after `heiter`, a role noun, a first name, `på`/`i`), and again
wherever they were found once. In such a passage a lower-case word that a list names but the Nynorsk
dictionary knows as an ordinary word ("me vera ærlege", `vera` "to be") is no name either, as long as
the line has capitals at all (raw speech recognition without them keeps its lower-case name rules).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.lexicon import compound_of_known, english, known_word, listed

# Personal pronouns of Nynorsk and the western and northern dialects (subject and object forms):
# a closed class, never a name when it opens a sentence in such a turn.
PRONOUNS = frozenset("""
eg æ meg mæ me oss ho hu henne dei dæm døm dokker dokk dåkker dykk
""".split())
# Those Bokmål shares, which say nothing about the passage.
_SHARED_PRONOUNS = frozenset("meg oss henne hu".split())
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_OPENER_GAP = re.compile(r"(?:^|[.!?:;«»\"“”()\[\]–]\s*|\n)$")
_VOWELS = frozenset("aeiouyæøå")


@lru_cache(maxsize=1)
def _dictionary() -> Mapping[str, str] | None:
    """simplemma's Nynorsk dictionary (form -> lemma), or None where it cannot be loaded."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

        return DEFAULT_DICTIONARY_FACTORY.get_dictionary("nn")
    except Exception:  # pragma: no cover - an older simplemma or a missing table: Bokmål alone, as before
        return None


@lru_cache(maxsize=50_000)
def ordinary(low: str) -> bool:
    """A word of Nynorsk or dialect speech that names nobody: a personal pronoun, or a word the
    Nynorsk dictionary knows whose lemma is no proper noun and that no list names."""
    if low in PRONOUNS:
        return True
    table = _dictionary()
    lemma = table.get(low) if table is not None else None
    if lemma is None or lemma[:1].isupper():
        return False
    return not any(listed(low, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS))


@lru_cache(maxsize=50_000)
def _only_nynorsk(low: str) -> bool:
    """Evidence of a Nynorsk or dialect passage: an ordinary Nynorsk word (`ikkje`, `eg`, `kva`) that the
    Bokmål dictionary does not know, and that is no common English word ("of", "told") or Bokmål compound."""
    if low in PRONOUNS:
        return low not in _SHARED_PRONOUNS  # "eg", "ho", "æ", "dokker"; English "me" and "eg" too, but a pronoun here
    return (len(low) > 1 and any(c in _VOWELS for c in low) and ordinary(low) and not known_word(low)
            and not english(low) and not compound_of_known(low))


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _neighbours(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines with text right before and after the line text[start:end] (blank lines skipped)."""
    out = []
    before = text[:start].rstrip()
    if before:
        out.append(_line(text, len(before) - 1))
    after = len(text) - len(text[end:].lstrip())
    if after < len(text):
        out.append(_line(text, after))
    return out


@lru_cache(maxsize=4_096)
def _evidence(line: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the words in a line that only Nynorsk knows, in lower case or opening a sentence."""
    out = []
    for m in _WORD.finditer(line):
        word = m.group(0)
        if not (word.islower() or _OPENER_GAP.search(line, 0, m.start())):
            continue
        if _only_nynorsk(word.casefold()):
            out.append((m.start(), m.end()))
    return tuple(out)


def nynorsk_passage(text: str, start: int, end: int) -> bool:
    """Whether the line around text[start:end], or the line with text before or after it, holds another
    word that only Nynorsk knows (a question of a pasted form is one line, its answer the next)."""
    a, b = _line(text, start)
    if any(not (s == start - a and e == end - a) for s, e in _evidence(text[a:b])):
        return True
    return any(_evidence(text[c:d]) for c, d in _neighbours(text, a, b))


def ordinary_opener(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end], opening a sentence, is ordinary Nynorsk or dialect speech in a
    Nynorsk or dialect passage ("Ikkje tre.", "Nokon må jo det.", "Ho sa at …", "Eg trur det")."""
    low = text[start:end].casefold()
    return ordinary(low) and nynorsk_passage(text, start, end)


def lowercase_word(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word that a list names ("vera", "kari") is a Nynorsk word in a cased Nynorsk
    or dialect passage ("Det må me vera ærlege om": `vera` is "to be"): there names are capitalised, and
    the Nynorsk dictionary knows the word with a lemma that is no proper noun. Text without capitals (raw
    speech recognition) is left to the lower-case name rules."""
    word = text[start:end]
    if not word.islower():
        return False
    table = _dictionary()
    lemma = table.get(word) if table is not None else None
    if lemma is None or lemma[:1].isupper():
        return False
    a, b = _line(text, start)
    return any(c.isupper() for c in text[a:b]) and nynorsk_passage(text, start, end)

