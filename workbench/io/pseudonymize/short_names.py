"""The short form of a first name used as a name anywhere in a sentence: "da hadde jeg Valentina. Vale er seks nå" (round 34o).

`clues.short_forms` takes a word that begins a first name found in the text only before a verb of speech
or contact ("Ale ringte meg"), and `short_vocatives` only as a vocative or a name asked about, since such a
word is often a word as well (`Flo`, `Sole`, `Mal`). A short form that is no word at all is a name however
it is used: as the subject of any verb ("Santi er fem"), as an object ("jeg henter Santi"), in the genitive
("Catas lærer").

Here a capitalised word of three or more letters that begins a first name found for sure in the same text
(the name at least two letters longer and going on in lower case, as in `short_forms`), or that word with a
genitive -s, is that person when it is no ordinary word: unknown to the Norwegian dictionary, rare in
English (below Zipf 4), no function word, role, filler, public body or listed place. At a sentence start it
must be followed by a word in lower case (a sentence, not a heading). "Sant nok" beside "Santiago", "Kan du"
beside "Kanwal" and "Mal for søknaden" beside "Malika" stay: they are words.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_CANDIDATE = re.compile(r"(?<![\w@.'’-])([A-ZÆØÅ][a-zæøåäöüéèáíóúñ]{2,8})(?![\w'’-])")
_NEXT_LOWER = re.compile(r"[ \t]+[a-zæøå]")


def _word(low: str) -> bool:
    """Whether `low` is an ordinary word or a word no name is made of."""
    return low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS or low in gaz.POSSESSIVES \
        or lexicon.public(low) or low in gaz.GENERIC_ACRONYMS or lexicon.known_word(low) \
        or lexicon.compound_of_known(low) or (lexicon.english_zipf(low) or 0.0) >= 4.0 \
        or lexicon.frequent(low, 3.5)


def _begins(word: str, names: set[str]) -> bool:
    return any(n.startswith(word) and len(n) >= len(word) + 2 and n[len(word)].islower() for n in names)


def short_name_uses(text: str, names: set[str]) -> list[tuple[int, int, str, str, None]]:
    """A capitalised word (or its genitive) that begins one of `names` (first names found for sure) and is no
    word: that person, wherever it stands."""
    out: list[tuple[int, int, str, str, None]] = []
    if not names:
        return out
    for m in _CANDIDATE.finditer(text):
        word = m.group(1)
        stem = word[:-1] if word.endswith("s") and len(word) > 3 and not _begins(word, names) else word
        low = stem.casefold()
        if word in names or stem in names or not _begins(stem, names) or _word(low) \
                or lexicon.listed(stem, gaz.PLACES) or low in gaz.AMBIGUOUS:
            continue
        if _opens_sentence(text, m.start()) and not _NEXT_LOWER.match(text, m.end()):
            continue  # "Santi." alone on a line, "Cata:" a label: no sentence to read it in
        out.append((m.start(), m.end(), "person", "rule:name", None))
    return out


def _opens_sentence(text: str, start: int) -> bool:
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] in ".!?:\n»\"«"
