"""A name spelled letter by letter after it was said: "Dlamini er d-l-a-m-i-n-i", "k o v a l e n k o".

People with names a listener may not know spell them out, in lower case as a transcriber writes the letters,
joined by hyphens, spaces or dots. The spelled letters identify as much as the name, and nothing else in the
rules reads them: the word rules see single letters. Here a run of three or more single letters with one
kind of joint (hyphen, space or dot) whose letters join to a word that the document's other finds hold (a
person's, a place's or an organisation's name) is that name again, of its kind. Letters that join to an
ordinary word ("kalesje, k-a-l-e-s-j-e") or to nothing found stay.

Round 28n: the letters may also be joined by commas ("O, K, O, N, K, W, O"), and the word they spell may stand
in an address or an e-mail address found ("Moafjæra 7 … M-O-A-F-J-Æ-R-A", "s punktum hrytsenko … H-R-Y-T-S-E-N-K-O"):
a street name spelled is the address's, a word of an e-mail's local part spelled is a name (a word the
dictionary knows, as `punktum` or `gmail`, is no such word). After a spelling verb (`staver`, `stavet`, `det
staves`, `stavemåte`), letters that join to no word the dictionary knows (five or more, a vowel among them) are a
name though said nowhere else ("han staver det T-S-H-A-B-A-N-G-U"); an acronym ("A-D-H-D"), an ordinary word
("k-a-f-f-e") and a word misspelled in a lesson (one letter off a word said or spelled in the same turn:
"skjorte … S-J-O-R-T-E", "k-a-k-e, ikke k-a-k-k-e") stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.io.pseudonymize.lexicon import compound_of_known, english, known_word

# One letter, then two or more with the same joint: "d-l-a-m-i-n-i", "k o v a l e n k o", "o.k.o.n.k.w.o",
# "O, K, O, N, K, W, O".
_SPELLED = re.compile(r"(?<![\w.@-])([^\W\d_])(?P<joint>-|[ \t]|\.[ \t]?|,[ \t])[^\W\d_](?:(?P=joint)[^\W\d_]){1,30}"
                      r"(?![\w@-]|\.[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
# A spelling verb before the letters, in the same sentence: "Jeg staver veien:", "det staves", "stavet m-b-e-k-i".
_SPELLING_VERB = re.compile(r"(?<![\w-])(?i:stave[rt]?|staves|stavet|stavelse|stavemåte(?:n)?|bokstavert)(?![\w-])"
                            r"[^.!?\n]{0,40}$")
_VOWELS = frozenset("aeiouyæøå")


def _one_off(a: str, b: str) -> bool:
    """Whether two words differ by one letter left out, added or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _unknown_name(text: str, start: int, letters: str) -> bool:
    """Whether letters spelled after a spelling verb make a name: no dictionary word, no acronym, no misspelling
    of a word said in the same turn."""
    if len(letters) < 5 or not _VOWELS & set(letters) or known_word(letters) or compound_of_known(letters) \
            or english(letters):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _SPELLING_VERB.search(text, max(line_start, start - 60), start) is None:
        return False
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    said = {w.casefold() for w in _WORD.findall(text[line_start:start]) if len(w) >= 4}
    said |= {"".join(c for c in m.group(0) if c.isalpha()).casefold() for m in _SPELLED.finditer(line)
             if line_start + m.start() != start}  # "det staves k-a-k-e, ikke k-a-k-k-e": a spelling put right
    return not any(_one_off(letters, w) for w in said)


def spelled_names(text: str, found: Sequence[tuple]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, "rule:spelled") for letters spelled out that join to a word of a found name, street
    name or e-mail address, or to a name after a spelling verb."""
    kinds: dict[str, str] = {}
    for f in found:
        if f[2] in ("person", "place", "org"):
            for w in _WORD.findall(text[f[0]:f[1]]):
                if len(w) >= 3:
                    kinds.setdefault(w.casefold(), f[2])
    for f in found:  # names inside an address or an e-mail address: after the names found as such
        if f[2] in ("address", "email"):
            for w in _WORD.findall(text[f[0]:f[1]]):
                if len(w) >= 4 and not known_word(w.casefold()):
                    kinds.setdefault(w.casefold(), "address" if f[2] == "address" else "person")
    out = []
    for m in _SPELLED.finditer(text):
        letters = "".join(c for c in m.group(0) if c.isalpha()).casefold()
        kind = kinds.get(letters)
        if kind is None and _unknown_name(text, m.start(), letters):
            kind = "person"
        if kind is not None:
            out.append((m.start(), m.end(), kind, "rule:spelled"))
    return out
