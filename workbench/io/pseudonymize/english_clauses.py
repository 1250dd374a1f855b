"""English function words and English clauses taken for names (round 37).

A rule that reads a name after a title ("your mentor can help") or the model reading a run of words as an
organisation ("Sometimes I use a translator on the phone and") takes English for a name. Two shapes are
dropped whichever rule found them:

* a find that is one lower-case English function word (`can`, `will`, `may`, `and`) in a turn said in
  English: a name is written with a capital there, and these words are English grammar, not given names;
* a find of four or more words that is an English clause: at most two capitalised words (the opener and
  `I`), two or more lower-case words of three letters or more (not letters spelt out), all its lower-case
  words English, and two or more English function words (`I` among them). The model's find may come with a sentence's
  opening word already trimmed off ("I use a dictionary"); it is dropped as it comes in, before a run
  of capitals (`Sometimes I`) can widen it again. A
  name of several capitalised words with `of`/`and` between them ("Norwegian University of Science and
  Technology") keeps its capitals and stays.
"""

from __future__ import annotations

from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.model_words import _ENGLISH_FUNCTION, _LETTERS, _english_turn

_CLAUSE_FUNCTION = _ENGLISH_FUNCTION | frozenset("on in at to of for with from by it is are be have has".split())


def english_clause(text: str, start: int, end: int) -> bool:
    """Whether the find text[start:end] is English grammar rather than a name."""
    words = _LETTERS.findall(text[start:end])
    if len(words) == 1:
        word = words[0]
        return len(word) > 1 and word.islower() and word in _ENGLISH_FUNCTION and _english_turn(text, start)
    lower = [w for w in words if w.islower()]
    if len(words) < 4 or len(words) - len(lower) > 2 or sum(1 for w in lower if len(w) > 2) < 2:  # not spelt letters
        return False
    return all(lexicon.english(w) or w in _CLAUSE_FUNCTION for w in lower) \
        and sum(1 for w in words if w.casefold() in _CLAUSE_FUNCTION) >= 2  # "I use a dictionary"
