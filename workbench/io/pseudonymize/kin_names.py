"""A first name that is also a Norwegian word, opening a sentence beside a kinship noun (round 42a).

Asked about the family ("Du sa at du ventet på kona di"), people answer "Ja. Hun kom i mai! Ruta og gutten,
…": the wife's name opens the sentence, joined by `og` to a kinship noun (`og gutten`, `og mannen hennes`,
`og jentene`) or to another first name, or set off by one (`Liv, søsteren min`). When that name is also a
word (`ruta`, `liv`, `dag`, `sol`), the word checks drop it. So in a turn about family — a kinship word in
the turn before or earlier in the same turn — a capitalised word at a sentence start in one of those frames
is a person when it is a listed first name (or one of a few first names that are words, listed here). Ordinary nouns at a sentence start ("Huset og hagen", "Jenta og
gutten") are no listed first names, and a word joined to a thing ("Ruta og tidene") has no kinship frame.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.work_frames import line_around, line_before

# Family nouns, mostly definite: who is named beside the person in a family turn.
_KIN_NOUNS = frozenset("""
gutten guttene jenta jenten jentene barna ungene ungen babyen tvillingene sønnen sønnene datteren dattera døtrene
mannen kona konen broren brødrene søsteren søstera søstrene moren mora faren foreldrene besteforeldrene
svigermor svigermora svigermoren svigerfar svigerfaren bestemor bestemora bestefar bestefaren tante tanta
onkel onkelen fetteren kusinen niesen nevøen minstemann eldstemann yngstemann lillebror lillesøster storebror
storesøster mamma pappa mor far bror søster
""".split())
# Given names that are also words and so kept out of `gaz.GIVEN_NAMES`, where the word rules would take every
# capitalised "Ruta" for a person: an Eritrean, Ethiopian and Baltic name (`ruta`, a pane), a Hebrew and
# Eritrean one (`eden`), an Arabic one (`rim`, a rhyme).
_WORD_NAMES = frozenset("ruta eden rim".split())
_POSSESSIVE = r"(?:min|mi|mitt|mine|hans|hennes|vår|våre|deres|sin|si|sine)"
_FRAME = re.compile(
    rf"(?:^[ \t]*|(?<=[.!?:])[ \t]+)([A-ZÆØÅ][a-zæøå]{{1,15}})(?:[ \t]+og[ \t]+(?:{_POSSESSIVE}[ \t]+)?([a-zæøå]+)"
    rf"|[ \t]+og[ \t]+([A-ZÆØÅ][a-zæøå]{{1,15}})(?![\w-])|,[ \t]+([a-zæøå]+)[ \t]+{_POSSESSIVE}(?![\w-]))", re.M)
_KIN_WORD = re.compile(r"(?<![\w-])(?i:kon[ae]n?|mannen|mann|barn\w*|sønn\w*|datter\w*|dattera|døtre\w*|gutt\w*"
                       r"|jent\w*|unge\w*|familie\w*|søster\w*|søstr\w*|bror|broren|brødre\w*|mor|moren|mora|far"
                       r"|faren|foreldr\w*|samboer\w*|kjæreste\w*|svigerm\w*|svigerf\w*|gjenforen\w*)(?![\w-])")


def _family_turn(text: str, start: int) -> bool:
    """Whether the turn holding `start`, before it, or the turn before that one names a family member."""
    line_start, _end = line_around(text, start)
    if _KIN_WORD.search(text, line_start, start):
        return True
    before = line_before(text, line_start)
    return before[0] != before[1] and _KIN_WORD.search(text, *before) is not None


def _name(word: str) -> bool:
    low = word.casefold()
    return ((rules.listed(word, gaz.GIVEN_NAMES) or low in _WORD_NAMES) and low not in _KIN_NOUNS and low not in gaz.FUNCTION_WORDS
            and low not in gaz.NEVER)


def kin_names(text: str) -> list[tuple[int, int, str, str]]:
    """A listed first name opening a sentence in a family turn, joined by `og` to a kinship noun or a
    first name, or set off by a kinship noun with a possessive ("Ruta og gutten", "Liv, søsteren min")."""
    out = []
    for m in _FRAME.finditer(text):
        word = m.group(1)
        kin = m.group(2) or m.group(4)
        other = m.group(3)
        if kin is not None and kin not in _KIN_NOUNS:
            continue
        if other is not None and not (_name(other) and not rules.known_word(other.casefold())):
            continue
        if _name(word) and _family_turn(text, m.start(1)):
            out.append((m.start(1), m.end(1), "person", "rule:name"))
    return out
