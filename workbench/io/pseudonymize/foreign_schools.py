"""A university, college or school named in full in a foreign language: "Université Catholique d'Afrique Centrale".

Participants who studied abroad name their university as it is named at home: in French (`Université …`, `École …`,
`Institut …`, `Lycée …`), Spanish and Portuguese (`Universidad …`, `Universidade …`, `Instituto …`, `Escola …`),
Italian (`Università degli Studi di …`) or German (`Technische Universität …`, `Hochschule für …`). The word rules
read such a name word by word: its capitalised words become persons and places one by one, and an elided article
glued to a capital (`d'Afrique`, `d'Abidjan`) is no word they know, so part of the name was left. English names
(`University of …`) are left to the word rules and `expansions`, which read them whole already.

Here a head word of one of these languages, with up to two capitalised foreign words right before it that are no
Norwegian words (`Technische`, `Freie`, `Pontificia`), and after it a run of capitalised words joined by the
languages' lower-case connecting words (`de`, `d'`, `du`, `des`, `de la`, `del`, `degli`, `di`, `do`, `da`, `y`,
`e`, `et`, `für`, `und` …) is one organisation. The run stops at the first word that is neither (a comma, `i`,
`og`, a Norwegian word in lower case), and a connecting word counts only with a capitalised word after it. A head
word alone ("Lycée betyr videregående skole", "Universidad er spansk for universitet") is no name and stays, and
`drop_bare_heads` drops any other rule's find of it there (a capitalised word at a sentence start the dictionary does
not know), as the plain-talk rules do, last.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

_HEADS = (r"Université|Universite|École|Ecole|Institut|Lycée|Collège|Faculté|Conservatoire|Académie"
          r"|Universidad|Universidade|Instituto|Colegio|Colégio|Escuela|Escola|Facultad|Faculdade|Academia|Liceo"
          r"|Università|Universita|Istituto|Politecnico|Scuola|Accademia|Conservatorio"
          r"|Universität|Universitaet|Hochschule|Fachhochschule|Akademie|Universiteit|Hogeschool")
_HEAD = re.compile(rf"(?<![\w-])(?:{_HEADS})(?![\w-])")
_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised word, with an elided article glued on ("d'Afrique", "l'Ouest"), or a roman numeral ("Yaoundé I").
_WORD = re.compile(rf"[ \t]+((?:[dlDL]['’])?[{_UPPER}][\w'’-]*)")
_CONNECTORS = (r"de[ \t]+la|de[ \t]+las|de[ \t]+los|de|d['’]|du|des|del|della|delle|dello|degli|dei|di|do|da|dos|das"
               r"|la|le|les|l['’]|el|y|e|et|und|für|der|zu|am|van|voor|en")
_CONNECTOR = re.compile(rf"[ \t]+(?:{_CONNECTORS})(?=[ \t]+[{_UPPER}]|(?<=['’])[{_UPPER}])")
_GLUED = re.compile(rf"((?:[dlDL]['’])?[{_UPPER}][\w'’-]*)")
_BEFORE = re.compile(rf"([{_UPPER}][\w-]+)[ \t]+$")


def _foreign(word: str) -> bool:
    """A capitalised word that is no Norwegian word, function word or name part of a sentence ("Technische")."""
    low = word.casefold()
    return not rules.known_word(low) and low not in gaz.FUNCTION_WORDS and low not in gaz.POSSESSIVES


def _end(text: str, at: int) -> int:
    """End of the run of capitalised words and connecting words after a head word ending at `at`."""
    end = at
    while True:
        connector = _CONNECTOR.match(text, end)
        if connector:
            word = _GLUED.match(text, connector.end()) if text[connector.end() - 1] in "'’" else \
                _WORD.match(text, connector.end())
        else:
            word = _WORD.match(text, end) or _adjective(text, end)
        if word is None or word.group(1).casefold() in ("i", "og"):
            return end
        end = word.end()


_ADJECTIVE = re.compile(r"[ \t]+([a-zà-öø-ÿ]{3,})(?=[ \t]+(?:de|del|di|do|da|des|du)[ \t]+[A-ZÀ-ÖØ-Þ])")


def _adjective(text: str, at: int) -> re.Match[str] | None:
    """A lower-case word of no Norwegian inside a school's name, before `de`/`di` and a capital ("libre de")."""
    m = _ADJECTIVE.match(text, at)
    return m if m is not None and _foreign(m.group(1)) else None


# An English university, institute or college: up to four capitalised words before the head and, after `of`, a
# run of capitalised words that may be an English list ("of Construction, Transport and Architecture").
_CAP = r"[A-Z][\w'’-]+"
_RUN = rf"{_CAP}(?:[ \t]+(?:and[ \t]+|&[ \t]+|for[ \t]+|of[ \t]+|the[ \t]+)?{_CAP})*"
_ENGLISH = re.compile(rf"(?<![\w-])(?:University|Institute|College|Academy|Polytechnic)[ \t]+(?:of|for)[ \t]+"
                      rf"{_RUN}(?:(?:,[ \t]+{_RUN})*,?[ \t]+and[ \t]+{_RUN})?")
_ENGLISH_WORDS = frozenset("state national technical federal polytechnic royal international american".split())


def english_schools(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:institution") for an English university named in full with a list in its name
    ("Kyrgyz State University of Construction, Transport and Architecture"), which the word rules break at the
    commas (round 48o)."""
    out = []
    for m in _ENGLISH.finditer(text):
        if "," not in m.group(0):
            continue  # no list: `expansions` and the word rules read it whole already
        start = m.start()
        for _ in range(4):
            before = _BEFORE.search(text, max(0, start - 40), start)
            if before is None or not (_foreign(before.group(1)) or before.group(1).casefold() in _ENGLISH_WORDS):
                break
            start = before.start(1)
        out.append((start, m.end(), "org", "rule:institution"))
    return out


def foreign_schools(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:institution") for a university or school named in full in a foreign language."""
    out = []
    for m in _HEAD.finditer(text):
        start = m.start()
        for _ in range(2):  # "Technische Universität", "Pontificia Universidad Católica"
            before = _BEFORE.search(text, max(0, start - 40), start)
            if before is None or not _foreign(before.group(1)):
                break
            start = before.start(1)
        end = _end(text, m.end())
        if end > m.end() or start < m.start():
            out.append((start, end, "org", "rule:institution"))
    return out + english_schools(text)


def drop_bare_heads(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without a foreign school word found alone, with no name after it ("Lycée betyr videregående skole")."""
    return [f for f in found if f[2] not in ("person", "place", "org") or f[3] in ("list", "identifier")
            or not _HEAD.fullmatch(text, f[0], f[1]) or _end(text, f[1]) > f[1]]
