"""Where only a person stands, so that a first name a hurried transcriber wrote in lower case is the name.

"Det begynte med at gro tok meg med", "Så det var rune som ringte", "spør etter gro", "meg og stein og
Kai": where the same document names Gro, Rune or Stein with a capital, these lower-case words are the
person, although the dictionary knows them as a verb or a noun. The frames are the ones a thing
rarely takes: a clause's bare subject before a finite verb (see `subjects`), the focus of a cleft
("det var rune som ringte"), the object of asking for, staying with or working for someone
("spør etter", "hos", "sammen med", "bror til", "jobber for"), and a list beside other people.

The verb and noun stay where they stand as such: "plantene gro", "det kan gro", "gro fast", "en rune på
steinen", "leter etter stein" (looking for a stone is no person frame).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import subjects

_FINITE = gaz.NAME_FOLLOWERS - frozenset("og eller men sin si sitt sine selv også alltid aldri ikke".split())
# "det var rune som ringte", "var det gro som sa": the focus of a cleft, before `som` and a finite verb.
_CLEFT_BEFORE = re.compile(r"(?<![\w-])(?i:det|da|så)[ \t]+(?:var|er|blir|ble)[ \t]+$|(?<![\w-])(?i:var|er)[ \t]+det[ \t]+$")
_SOM_VERB = re.compile(r"[ \t]+som[ \t]+(?:(?:også|bare|alltid|først|da|nå)[ \t]+)?([a-zæøå]+)")
# Prepositions whose object is someone, with the word before that makes them so.
_PERSON_PREPOSITION = re.compile(
    r"(?<![\w-])(?i:(?:spør|spurte|spørre|spurt|ringte|ringer|ringe|sendte|sender)[ \t]+etter"
    r"|(?:[\wæøå]+[ \t]+)hos"
    r"|(?:sammen|gift|snakket|snakker|snakke|pratet|prater|prate|var|reiste|bor|bodde|bo|møte|møtet|avtale|avtalt)[ \t]+med"
    r"|(?:bror|broren|søster|søsteren|søstera|mor|moren|mora|far|faren|kone|kona|mann|mannen|datter|dattera|sønn|sønnen"
    r"|venn|vennen|venninne|venninna|kollega|kollegaen|nabo|naboen|sjef|sjefen|svoger|svigerinne|sa|ringte|skrev"
    r"|hilsen|hilse|gikk|kom|snakke|snakket)[ \t]+til"
    r"|(?:jobber|jobbet|jobbe|arbeider|arbeidet|vikarierer|vikarierte|tolket|tolker|kjører|kjørte)[ \t]+for)[ \t]+$")
_PEOPLE_PRONOUNS = frozenset("meg deg ham han henne hun oss jeg du vi dere dem".split())
_JOINED_BEFORE = re.compile(r"([^\W\d_]+)(?:[ \t]+(?:og|eller)[ \t]+|,[ \t]+)$")
_JOINED_AFTER = re.compile(r"(?:[ \t]+(?:og|eller)[ \t]+|,[ \t]+)([^\W\d_]+)")


def cleft_focus(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the focus of a cleft before `som` and a finite verb ("det var rune som ringte")."""
    if not _CLEFT_BEFORE.search(text, max(0, start - 20), start):
        return False
    after = _SOM_VERB.match(text, end)
    return after is not None and after.group(1) in _FINITE


def person_object(text: str, start: int) -> bool:
    """Whether a preposition that takes someone stands right before `start` ("spør etter ", "bror til ")."""
    return _PERSON_PREPOSITION.search(text, max(0, start - 40), start) is not None


def listed_with_people(text: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] stands in a list (`og`, `eller`, a comma) next to a found person or a personal
    pronoun ("meg og stein og Kai")."""
    before = _JOINED_BEFORE.search(text, max(0, start - 40), start)
    after = _JOINED_AFTER.match(text, end)
    for m in (before, after):
        if m is None:
            continue
        if m.group(1).casefold() in _PEOPLE_PRONOUNS and m.group(1) not in ("Du", "De"):
            return True
        if any(s <= m.start(1) and m.end(1) <= e for s, e in people):
            return True
    return False


def person_frame(text: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """Whether a bare lower-case word at text[start:end] stands where only a person stands."""
    return (subjects.subject_slot(text, start, end) or cleft_focus(text, start, end)
            or person_object(text, start) or listed_with_people(text, start, end, people))


def used_as_word(text: str, low: str, taken, people: list[tuple[int, int]]) -> bool:
    """Whether the text writes `low` in lower case somewhere outside every person frame ("plantene gro"):
    then the text uses it as a word, and its lower-case forms are left alone throughout."""
    for m in re.finditer(rf"(?<![\w@.-]){re.escape(low)}(?![\w@-])", text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if not person_frame(text, m.start(), m.end(), people):
            return True
    return False
