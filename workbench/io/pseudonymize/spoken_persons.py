"""First names the word rules leave because they are also words, or sit at a turn's start (round 40o).

* A name set off by a possessive kinship or role word ("Drita, kona mi, visste det", "Sol, sjefen min, ringte",
  "Rune, mannen min, var skeptisk") is a person even when it is a rare dictionary or slang word; a common word
  (an adverb like "Heldigvis, kona mi, …") stays.
* A person found in one form is the same person in another: a name whose genitive was found ("Dritas far")
  is a name where it stands bare and capitalised ("Drita sier aldri igjen."), at a sentence start too.
* A vocative opening a quoted remark ("«José, du kan mer enn meg»", "sa: "Amaru, ta pause nå""), a capitalised
  word that is no dictionary or English word before a comma and a lower-case word, is a name.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_POSSESSIVE_APPOSITION = re.compile(
    r"(?<![\w-])([A-ZÆØÅ][\wæøåÆØÅ'’-]{1,20}),[ \t]+(?:kona|kone|mannen|ektemannen|kjæresten|sjefen|samboeren"
    r"|svigermora|svigermoren|svigerfaren|dattera|datteren|dottera|sønnen|sonen|broren|bror|søsteren|søstera|syster"
    r"|mora|moren|faren|naboen|kollegaen|kollegaen|venninnen|venninna|vennen|mentoren|lederen|leiaren)[ \t]+"
    r"(?:mi|min|mitt|vår|hans|hennes|hennar)[ \t]*,")
_QUOTED_VOCATIVE = re.compile(r"(?:[«\"“„]|['‘](?=[A-ZÆØÅ]))[ \t]*([A-ZÆØÅ][\wæøåÆØÅáéíóúàèìòùâêîôûäëïöüñçÁÉÍÓÚ'’-]{1,20})"
                              r",[ \t]+[a-zæøå]")


def _word(low: str) -> bool:
    return lexicon.known_word(low) or lexicon.compound_of_known(low) or (lexicon.english_zipf(low) or 0.0) >= 4.5


def _not_a_name(word: str) -> bool:
    low = word.casefold()
    return low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS


def possessive_appositions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", "rule:name") for a name before ", kona mi," and the like."""
    out = []
    for m in _POSSESSIVE_APPOSITION.finditer(text):
        word = m.group(1)
        if _not_a_name(word) or (lexicon.frequent(word.casefold(), 4.0) and not lexicon.listed(word, gaz.GIVEN_NAMES)):
            continue
        out.append((m.start(1), m.end(1), "person", "rule:name"))
    return out


def quoted_vocatives(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", "rule:name") for a name addressed at the start of a quoted remark."""
    out = []
    for m in _QUOTED_VOCATIVE.finditer(text):
        word = m.group(1)
        if _not_a_name(word) or (_word(word.casefold()) and not lexicon.listed(word, gaz.GIVEN_NAMES)):
            continue
        out.append((m.start(1), m.end(1), "person", "rule:name"))
    return out


def genitive_bases(text: str, found: list[tuple]) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", "rule:name") for the bare capitalised form of a person found in the genitive."""
    bases = set()
    for f in found:
        original = text[f[0]:f[1]]
        if f[2] == "person" and " " not in original and len(original) > 3 and original.endswith("s") \
                and original[:1].isupper() and original[-2:-1] not in "sxz":
            base = original[:-1]
            if not _not_a_name(base) and not lexicon.frequent(base.casefold(), 4.5):
                bases.add(base)
    out = []
    for base in bases:
        for m in re.finditer(r"(?<![\w-])" + re.escape(base) + r"(?![\w'’-])", text):
            out.append((m.start(), m.end(), "person", "rule:name"))
    return out


def spoken_persons(text: str, found: list[tuple]) -> list[tuple[int, int, str, str]]:
    """The persons of this module: possessive appositions, genitive bases, quoted vocatives."""
    first = possessive_appositions(text) + quoted_vocatives(text)
    return first + genitive_bases(text, list(found) + first)
