"""Places named in a list beside a found place, and cemeteries by their name (round 30o).

* A neighbourhood is often a definite noun of the dictionary ("Solsiden", "Skansen", "Nøstet", "Marken"), and at a
  sentence's start the word rules take it for the word. Named in a comma or `og` list of capitalised words that ends
  its sentence, where another item is a place a rule found (not the model alone), or an unknown word the rules took
  for a name in a list that is a whole sentence ("Solsiden, Bakklandet."), it is a place too. Only a rare Norwegian
  word counts, a definite noun or a word the dictionary does not know, and no role ("Jordmoren, Bertrand, var …"
  is an apposition); a frequent word is the thing ("Fjellet, Hytta"). A list of lower-case words ("epler, pærer"),
  a list with no found item and a list running on after a comma ("i Lillestrøm, Matstreif, nei, …") stay, and so
  does `solsiden` as the sunny side.
* A route is named by its ends joined by an en dash ("på sambandet Stavanger–Tau", "rutebuss på strekningen
  Kristiansund–Bud", round 62b): where one end is a place a rule found (not the model alone), every other
  capitalised end is a place too, even a dictionary word ("Tau", "Bud", "Vik"); weekdays and months ("Mandag–Fredag")
  and lower-case ranges ("mottak–lager") stay, and so does a spaced dash, which joins clauses.
* A cemetery is named by a capitalised word and `gravlund`, `kirkegård` or `gravplass` ("Alfaset gravlund",
  "Grønnåsen kirkegård"): the two words are one place, and the name alone again follows (`propagate`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_ITEM = r"[A-ZÆØÅ][\wæøå-]+"
_LIST = re.compile(rf"(?<![\w@.&-])({_ITEM}(?:(?:,[ \t]+|[ \t]+og[ \t]+){_ITEM})+)(?=[ \t]*(?:[.!?,;]|$))", re.M)
_ITEMS = re.compile(_ITEM)
# The unknown-word rules: what a name the rules took for a person or firm by its form alone came from.
_UNKNOWN = frozenset({"rule:unknown", "rule:capital"})
_CEMETERY = re.compile(r"(?<![\w@.&-])([A-ZÆØÅ][\wæøå-]+)[ \t]+(?:gravlund|kirkegård|gravplass)(?![\w-])")


# A list that is a whole sentence: after a sentence's end or a turn's label, and up to a full stop.
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+|^[^\s:][^:\n]{0,40}:[ \t]+)$", re.M)
_SENTENCE_END = re.compile(r"[ \t]*[.!?]")
# Roles in the definite: "Jordmoren, Bertrand, var …", "Programlederen, Kari," are appositions, no lists of places.
_ROLE_ENDINGS = ("lederen", "lederne", "sjefen", "moren", "faren", "mannen", "kona", "ansvarlig", "rådgiveren",
                 "læreren", "legen", "mentoren")


def _place_word(word: str) -> bool:
    """A rare definite noun or an unknown word: a neighbourhood's form ("Solsiden", "Nøstet"), not "Fjellet"."""
    low = word.casefold()
    if low in gaz.FUNCTION_WORDS or lexicon.frequent(low, 3.5) or lexicon.english(low) or low.endswith(_ROLE_ENDINGS):
        return False  # "Fjellet"; "Indeed og Karrierestart": a site named in English
    return not lexicon.known_word(low) or lexicon.definite(low)


def list_places(text: str, found: Sequence[tuple]) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", "rule:place-run") for a rare word in a list beside a found place or unknown name."""
    out = []
    for m in _LIST.finditer(text):
        items = [(w.start(), w.end()) for w in _ITEMS.finditer(m.group(1))]
        items = [(m.start(1) + s, m.start(1) + e) for s, e in items]
        covered = {}
        for s, e in items:
            kinds = [f for f in found if f[0] <= s and e <= f[1]]
            if kinds:
                covered[(s, e)] = kinds
        if not _SENTENCE_END.match(text, m.end(1)):
            continue  # "i Lillestrøm, Matstreif, nei, …", "Telenor, Telia og Nkom, og så": no list of places
        alone = _SENTENCE_START.search(text, 0, m.start(1)) is not None
        anchor = any((f[2] == "place" and f[3] != "ner")
                     or (alone and f[2] in ("person", "org") and f[3] in _UNKNOWN and f[0] == s and f[1] == e)
                     for (s, e), fs in covered.items() for f in fs)
        if not anchor:
            continue
        for s, e in items:
            if (s, e) not in covered and _place_word(text[s:e]):
                out.append((s, e, "place", "rule:place-run"))
    return out


_ROUTE = re.compile(rf"(?<![\w@.&–—-])({_ITEM}(?:[–—]{_ITEM})+)(?![\w–—-])")


def routes(text: str, found: Sequence[tuple]) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", "rule:place-run") for each end of a dashed route beside an end a rule found as a place."""
    out = []
    for m in _ROUTE.finditer(text):
        ends = [(m.start(1) + w.start(), m.start(1) + w.end()) for w in _ITEMS.finditer(m.group(1))]
        placed = [(s, e) for s, e in ends
                  if any(f[0] <= s and e <= f[1] and f[2] == "place" and f[3] != "ner" for f in found)]
        if not placed:
            continue
        for s, e in ends:
            low = text[s:e].casefold()
            if (s, e) not in placed and low not in gaz.FUNCTION_WORDS and low not in lexicon.CALENDAR:
                out.append((s, e, "place", "rule:place-run"))
    return out


def cemeteries(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", "rule:place-run") for a named cemetery ("Tilthaug gravlund")."""
    return [(m.start(), m.end(), "place", "rule:place-run") for m in _CEMETERY.finditer(text)
            if m.group(1).casefold() not in gaz.FUNCTION_WORDS and m.group(1).casefold() not in _DETERMINERS]


_DETERMINERS = frozenset("den denne det dette en ei et hver vår vårt min mitt din ditt hans hennes deres ny nye gamle".split())


def place_list_finds(text: str, found: Sequence[tuple]) -> list[tuple[int, int, str, str]]:
    """Every find of this module, for the late place rules."""
    return list_places(text, found) + cemeteries(text) + routes(text, found)
