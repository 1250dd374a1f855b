"""Camps, villages and small towns abroad named by their frame: "R: Mae La, i Thailand." (round 40i).

The place lists name countries and large cities; the word rules take an unknown capitalised word after `i` or
`fra` as a place. A refugee camp, a village or a small town where someone was born, grew up or lived is often
named another way: as a bare answer, with the country or a known city after a comma (`Mae La, i Thailand.`,
`Tal Afar, nord i Irak.`, `Sag Bo, utenfor Mogadishu.`), or right after the word for the kind of place
(`flyktningleiren Tham Hin`, `i leiren Um Rakuba`, `landsbyen Lang Ha`). Such names are often short foreign
words that are also Norwegian words (`La`, `Bo`, `Lang`, `Ha`, `Kule`), so the word rules leave them, or take
only the part that is no word (`Po` of `Nu Po`), or take them for a person.

Here, these are places:

* at the start of a turn, one to four capitalised words, then a comma and `i`/`på` (a compass word before it
  allowed: `nord i`, `helt sør i`) or `utenfor`/`ved`/`nær`/`like ved`, then a listed country, city, Norwegian
  place or world region, ending the clause. A single word that is in the dictionary (`Kule`) counts only when
  one of the three lines before asks where (`Hvor vokste du opp?`, `Og foreldrene dine?` after it) or names the
  kind of place (`Leiren?`); a function word (`Ja, i Thailand.`, `Først, i Tyrkia`), a definite noun
  (`Skolen, i Kabul`), a kin word (`Mamma, i Eritrea`), a very common word (`Hjemme`) and a listed given name
  alone stay.
* right after `leiren`, `flyktningleiren`, `landsbyen`, `bygda`, `grenda`, `småbyen`, `hjembyen` and their
  kin, a run of capitalised words (particles such as `al-` allowed), the first no function word and no listed
  given name alone.

The country of the study is in none of the lists, and no rule here reads it.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, world_places

_TOKEN = r"(?:(?:al|el|ad|as|ar|an|at|es|ed|um|umm|abu|bin|ibn)-)?[A-ZÆØÅ][\w'’]*(?:-[\w'’]+)*"
_PARTICLE = r"(?:al|el|es|de|la|di|da|do|du|dos|das|del|ul|bin|ibn|abu)"
_RUN = rf"{_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_TOKEN}){{0,3}}"
_COMPASS = r"(?:(?:helt|langt|lengst)[ \t]+)?(?:nord|sør|øst|vest|nordøst|nordvest|sørøst|sørvest|sentralt|midt)[ \t]+"
_WHERE = (rf"(?:{_COMPASS})?(?:i|på)|(?:like|rett|helt)[ \t]+(?:ved|utenfor)|utenfor|ved|nær"
          r"|(?:nord|sør|øst|vest)[ \t]+for|i[ \t]+nærheten[ \t]+av")
# A turn's start: a speaker label ("R:", "Mentee:", "IP 2:") or a line's start, a dash after it or not.
_TURN = r"(?m:^)[ \t]*(?:[A-ZÆØÅ][\wÆØÅæøå.]{0,20}(?:[ \t]\d{1,2})?[ \t]*:[ \t]*)?(?:[–-][ \t]*)?"
ANSWER_PLACE = re.compile(
    rf"{_TURN}({_RUN}),[ \t]+(?:{_WHERE})[ \t]+([A-ZÆØÅ][\w'’]*(?:-[\w'’]+)*)(?=[ \t]*(?:[.!?,;:)»]|[–-][ \t]|$))",
    re.M)
# The word for the kind of place, then its name.
_KIND = (r"(?:flyktning|transitt|mottaks|asyl|telt|grense)?leir(?:en|a)?|landsby(?:en)?|hjemlandsbyen|fiskeværet"
         r"|bygda|grenda|småbyen|hjembyen|hjembygda|hjemstedet|slummen|forstaden")
FRAMED_PLACE = re.compile(rf"(?<![\w-])(?i:{_KIND})[ \t]+({_RUN})(?![\w'’-])")
# A question of where, or the kind of place asked back ("Leiren?"), in the lines before an answer.
_WHERE_QUESTION = re.compile(
    r"(?i:(?<![\w])(?:hvor|hvilken[ \t]+(?:by|leir|landsby|bygd|del|region|provins)|hvilket[ \t]+(?:sted|land|område)"
    r"|hva[ \t]+het[ \t]+(?:leiren|landsbyen|byen|stedet|bygda))(?![\w])"
    r"|(?<![\w])(?:leiren|landsbyen|byen|stedet|bygda|hjembyen|hjemstedet)[ \t]*\?)")
# Common words that open an answer before a place without naming one.
_COMMON = 5.3
# Kin who live somewhere ("Mamma, i Eritrea."): people, not places.
_KIN = frozenset("""
mamma pappa mor mora moren far faren bror broren søster søstera søsteren tante tanta tanten onkel onkelen
fetter fetteren kusine kusina kusinen bestemor bestemora bestefar bestefaren besteforeldrene foreldrene
kona mannen datter dattera datteren sønn sønnen barna familien slekta slekten svigermor svigerfar
""".split())


def _known_anchor(word: str) -> bool:
    """A listed country, city, Norwegian place or world region."""
    low = word.casefold()
    return (lexicon.listed(word, world_places.COUNTRIES) or lexicon.listed(word, world_places.CITIES)
            or lexicon.listed(word, gaz.PLACES) or lexicon.region(low) or low in gaz.REGION_COUNTRIES)


def _function_word(word: str) -> bool:
    low = word.casefold()
    return low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.POSSESSIVES


def _asked_where(text: str, start: int) -> bool:
    """Whether one of the three lines before `start` asks where, or asks back the kind of place."""
    lines = text[:start].rstrip("\n").split("\n")
    before = [line for line in lines[:-1] if line.strip()][-3:]
    return any(_WHERE_QUESTION.search(line) for line in before)


def _answer_run(text: str, run: str, start: int) -> bool:
    """Whether the words opening an answer name a place (see the module docstring)."""
    words = run.split()
    if _function_word(words[0]):
        return False
    if len(words) > 1:
        return not (lexicon.listed(words[0], gaz.GIVEN_NAMES) and lexicon.listed(words[-1], gaz.SURNAMES))
    low = run.casefold()
    if lexicon.listed(run, gaz.GIVEN_NAMES) or lexicon.listed(run, gaz.SURNAMES):
        return False
    if not lexicon.known_word(low):
        return True
    return (_asked_where(text, start) and not lexicon.definite(low) and low not in gaz.ROLE_NOUNS
            and low not in _KIN and not lexicon.frequent(low, _COMMON))


def camp_places(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", "rule:origin-place") for a camp, village or small town given as an answer with its
    country or city after a comma, or named after the word for its kind."""
    out = []
    for m in ANSWER_PLACE.finditer(text):
        if _known_anchor(m.group(2)) and _answer_run(text, m.group(1), m.start(1)):
            out.append((m.start(1), m.end(1), "place", "rule:origin-place"))
    for m in FRAMED_PLACE.finditer(text):
        words = m.group(1).split()
        if _function_word(words[0]) or (len(words) == 1 and lexicon.listed(words[0], gaz.GIVEN_NAMES)):
            continue
        out.append((m.start(1), m.end(1), "place", "rule:origin-place"))
    return out
