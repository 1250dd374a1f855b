"""An acronym beside its expansion, and an unknown acronym where someone studied: one organisation.

"Grafisk design fra KNUST, eh, Kwame Nkrumah University of Science and Technology" names one
university twice; "Høgskolen i Østfold, HiØ" and "NTNU (Norges teknisk-naturvitenskapelige
universitet)" too. When an acronym and a run of capitalised words stand side by side (a comma, a
filler, a bracket or a dash between) and the words' initials hold the acronym's letters in order,
both are the organisation, whatever lists know of either; so are they where the acronym in capitals is
made of the words' beginnings ("University of Port Harcourt, UNIPORT"). An acronym no list knows after `fra`,
`ved` or `på` in a sentence about studying ("bachelor fra KNUST") is a place of study too; a
generic one ("eksamen på PC") stays (see `rules.is_acronym`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

_ACRONYM = r"[A-ZÆØÅ][A-ZÆØÅa-zæøå]{0,2}[A-ZÆØÅ]{1,5}"
# Small words inside a name that carry no initial of the acronym ("of", "and", "i", "es").
_SMALL = r"(?:of|and|for|the|at|in|de|da|des|du|la|le|di|del|es|el|i|og|und|der|y|et|e|van|von)"
_RUN = rf"[A-ZÆØÅ][\w'’-]*(?:[ \t]+(?:{_SMALL}[ \t]+)*[A-ZÆØÅ][\w'’-]*)*"
_BETWEEN = r"(?:[ \t]*,[ \t]*(?:(?:eh|øh|altså|det vil si|dvs\.?|som er)[ \t]*,?[ \t]*)?|[ \t]*\([ \t]*|[ \t]+[—–-][ \t]+)"
_ACRONYM_FIRST = re.compile(rf"(?<![\w@.-])({_ACRONYM})(?![\w-]){_BETWEEN}({_RUN})")
_EXPANSION_FIRST = re.compile(rf"(?<![\w@.-])({_RUN}){_BETWEEN}({_ACRONYM})(?![\w-])")
_STUDY = re.compile(r"(?<![\w-])(?i:studerte|studert|studier|studiet|studere|bachelor\w*|master\w*|utdann\w*|diplom\w*"
                    r"|doktorgrad|phd|ph\.d\.|grad|design|sykepleie|ingeniør\w*|eksamen|semester|universitet\w*)(?![\w-])")
_AT = re.compile(rf"(?<![\w-])(?i:fra|ved|på)[ \t]+({_ACRONYM})(?![\w-])")


def _initials(run: str) -> str:
    """The initials of a run's words and of their hyphenated parts, small words left out."""
    out = []
    for word in run.split():
        if re.fullmatch(_SMALL, word):
            continue
        out.extend(part[:1].upper() for part in word.split("-") if part)
    return "".join(out)


def _spells(acronym: str, run: str) -> bool:
    """Whether the run's initials start with the acronym's first letter and hold most of its letters in order."""
    letters = [c for c in acronym if c.isupper()]
    initials = _initials(run)
    if len(run.split()) < 2 or not initials or initials[0] != letters[0]:
        return False
    i = 0
    for c in initials:
        if i < len(letters) and c == letters[i]:
            i += 1
    return i >= max(2, len(letters) - 1)


def _syllables(acronym: str, run: str) -> bool:
    """Whether an acronym in capitals is made of the beginnings of the run's words in order, the first word's
    and at least one more ("UNIPORT": UNIversity of PORT Harcourt; "UNIMAK": UNIversity of MAKeni)."""
    if len(acronym) < 4 or not acronym.isupper():
        return False
    words = [w.upper() for w in run.split() if not re.fullmatch(_SMALL, w)]

    def fits(rest: str, i: int, used: int) -> bool:
        if not rest:
            return used >= 2
        for k in range(i, len(words)):
            if k == 0 or i > 0:
                for n in range(min(len(rest), len(words[k])), 0, -1):
                    if words[k][:n] == rest[:n] and fits(rest[n:], k + 1, used + 1):
                        return True
            if i == 0:
                return False  # the first word must give the first letters
        return False

    return len(words) >= 2 and fits(acronym, 0, 0)


def _usable(acronym: str) -> bool:
    low = acronym.casefold()
    return low not in gaz.GENERIC_ACRONYMS and low not in gaz.NEVER and not rules.public(low)


def expansion_finds(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for acronyms beside their expansions, both, and unknown acronyms where
    someone studied."""
    out = []
    for pattern, acr, run in ((_ACRONYM_FIRST, 1, 2), (_EXPANSION_FIRST, 2, 1)):
        for m in pattern.finditer(text):
            if _usable(m.group(acr)) and (_spells(m.group(acr), m.group(run)) or _syllables(m.group(acr), m.group(run))) \
                    and not rules.public(m.group(run).casefold()):
                out.append((m.start(acr), m.end(acr), "org", "rule:org"))
                out.append((m.start(run), m.end(run), "org", "rule:org"))
    for m in _AT.finditer(text):
        word = m.group(1)
        if len(word) < 3 or not rules.is_acronym(word):
            continue
        lo = max(text.rfind("\n", 0, m.start()) + 1, *(text.rfind(c, 0, m.start()) + 1 for c in ".!?"))
        if _STUDY.search(text, lo, m.start()):
            out.append((m.start(1), m.end(1), "org", "rule:org"))
    return out
