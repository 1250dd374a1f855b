"""English in turns that switch between Norwegian and English (round 40o).

* A Norwegian body named inside an English sentence ("I joined Norsk Sykepleierforbund", "a member of Den norske
  tannlegeforening", "an intern at Norsk Folkehjelp", "I work for Norges Bondelag"): the English frame
  (`joined`, `member of`, `work for/at`, `intern at`, `volunteer at`, `employed by`) is read like the Norwegian
  ones, and the name is its capitalised words with the Norwegian lower-case words among them. A name that is all
  English words ("the union", "Facebook") or a place stays. A bare acronym standing as its own sentence or in
  brackets right after it, with the same first letter ("… as a student member. NAL."), is its short form.
* English grammar taken for a name: a lower-case everyday English word right after an English subject pronoun
  ("I said yes", "she said okay", "we told them") is a verb, never a name written in lower case; a discourse
  opener standing as its own sentence or before a comma ("R: Good. Jeg prøver norsk …", "Fine, vi får se") is
  no surname.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_FRAME = re.compile(
    r"(?<![\w-])(?:joined|join|joining|(?:a[ \t]+)?members?[ \t]+of|work(?:s|ed|ing)?[ \t]+(?:for|at|in|with)"
    r"|intern(?:ed|ing)?[ \t]+(?:at|with|for|in)|internship[ \t]+(?:at|with|in)|volunteer(?:s|ed|ing)?[ \t]+"
    r"(?:at|for|with|in)|employed[ \t]+(?:by|at)|job[ \t]+(?:at|with|in))[ \t]+(?:the[ \t]+)?(?=[A-ZÆØÅ])")
_TOKEN = re.compile(r"[ \t]*([\wæøåÆØÅ'’-]+)")
_ACRONYM = re.compile(r"(?:[.!?][ \t]+|[ \t]*\([ \t]*)([A-ZÆØÅ]{2,6})(?=[.,!?)]|[ \t]*$)", re.M)


def _norwegian_only(low: str) -> bool:
    """A Norwegian word, or its genitive ("arkitekters"), that English does not have."""
    return any(lexicon.known_word(w) or lexicon.compound_of_known(w) for w in (low, low[:-1] if low.endswith("s") else low)) \
        and not lexicon.english(low)


def _run_end(text: str, start: int) -> tuple[int, int]:
    """The end of a body's name from `start` and how many of its words are no English words."""
    end, norwegian = start, 0
    for count, m in enumerate(_TOKEN.finditer(text, start)):
        if m.start() != end or count >= 6:
            break
        word = m.group(1)
        low = word.casefold()
        if not (word[:1].isupper() and word != "I") \
                and not (word.islower() and low not in gaz.FUNCTION_WORDS and not lexicon.english(low)
                         and (_norwegian_only(low) or count > 0)):  # "Kirkens bymisjon": a word English lacks
            break
        end = m.end()
        norwegian += not lexicon.english(low)
    return end, norwegian


def english_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a Norwegian body in an English join or work frame, and its
    acronym said right after it."""
    out = []
    for frame in _FRAME.finditer(text):
        start = frame.end()
        end, norwegian = _run_end(text, start)
        name = text[start:end]
        if not norwegian or (" " not in name and (lexicon.listed(name, gaz.PLACES) or name.isupper())):
            continue  # "the Union", "Facebook": English; "Oslo", "NAV": a place or an acronym other rules read
        out.append((start, end, "org", "rule:definite-body"))
        short = _ACRONYM.match(text, end)
        if short is None:
            short = _ACRONYM.match(text, text.find(".", end)) if 0 <= text.find(".", end) - end < 40 else None
        if short is not None and short.group(1)[0] == name[0]:
            out.append((short.start(1), short.end(1), "org", "rule:definite-body"))
    return out


_PRONOUN = re.compile(r"(?<![\w-])(?:I|(?i:you|he|she|we|they|who)|(?i:and|then)[ \t]+I)[ \t]+$")
_OPENERS = frozenset("good fine great nice sure right well okay ok cool exactly perfect true yes yeah absolutely "
                     "definitely sorry thanks wow".split())
_OPENER_AFTER = re.compile(r"[ \t]*[.,!]")


def _english_verb(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    return word.islower() and (lexicon.english_zipf(word) or 0.0) >= 4.5 \
        and _PRONOUN.search(text, max(0, start - 12), start) is not None


def _opener(text: str, start: int, end: int) -> bool:
    from workbench.io.pseudonymize.propagate import at_sentence_start
    word = text[start:end]
    return word.casefold() in _OPENERS and word[:1].isupper() and at_sentence_start(text, start) \
        and _OPENER_AFTER.match(text, end) is not None


def drop_english(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without English verbs after an English pronoun and English openers taken for names."""
    return [f for f in found if f[3] in ("list", "identifier") or f[2] not in ("person", "place", "org")
            or not (_english_verb(text, f[0], f[1]) or _opener(text, f[0], f[1]))]
