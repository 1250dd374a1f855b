"""Magazines, TV shows, films, races and games named as titles, and products with a model number (round 33b).

Controls lost titles that the reference rules (`references`) leave to the name rules because one of their words is a
name or because the verb is one they do not read: a magazine read ("Sønnen min leser Illustrert Vitenskap"), a
talent show or a film to see ("jeg vil se Norske Talenter", "barna vil se Toy Story 4"), a paper read online
("leser Eritrea Profile på nett"), and a games console with its model number, which the address rules read as a
street and its house number ("spiller på PlayStation 5"). A title names nobody; the same words name a workplace
where someone works there ("journalist i Illustrert Vitenskap", "produsent for Farmen Kjendis").

A run of capitalised words is kept here when every mention of it in the document stands after a verb of reading,
watching, playing or wanting (`leser`, `ser`, `så`, `vil se`, `spiller på`, `vil ha`; adverbs, a subject pronoun
after the verb and earlier items of a list between: "leser Vi Menn og Donald Duck"), is shaped like a title, not a person (two or more words the
Norwegian or English dictionary or the place list knows and no listed given name or surname among them, or any
run ending in a model or sequel number: "Frost 2", "PlayStation 4", which then is no street address either), and no
mention is tied to someone (`plain_frames.tied`: a work word before it, a place after it). One word alone ("så
Amira i går", "ser Tesfaye") stays a name, a bank with a number ("SpareBank 1") outside such a frame stays an
organisation, and after a verb of seeing `på` is "looking into" ("har sett på Human-Etisk Forbund"), no frame.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, stated_ties
from workbench.io.pseudonymize.plain_frames import clause_before, drop_runs

# "ser på" is also "looks into" ("har sett på Human-Etisk Forbund"): after a verb of seeing, no `på`.
_VERB = (r"leser|leste|lese|lest|abonnerer[ \t]+på|ser|så|se|sett|titter[ \t]+på|følger[ \t]+med[ \t]+på"
         r"|hører[ \t]+på|spiller(?:[ \t]+på)?|spilte(?:[ \t]+på)?|spille(?:[ \t]+på)?|spilt(?:[ \t]+på)?"
         r"|vil(?:[ \t]+(?:de|vi|jeg|han|hun|du|dere))?[ \t]+ha|ville[ \t]+ha|ønsker[ \t]+seg|ønsket[ \t]+seg")
_ADVERB = r"alltid|ofte|mest|bare|litt|også|gjerne|helst|aldri|hver|dag|kveld|uke|vi|jeg|de|han|hun|du|dere"
_ITEM = r"[A-ZÆØÅ][\wæøåÆØÅ'’-]*(?:[ \t]+[A-ZÆØÅ\d][\wæøåÆØÅ'’-]*){0,3}"
_FRAME = re.compile(rf"(?<![\w-])(?i:{_VERB})(?:[ \t]+(?:{_ADVERB}))*"
                    rf"(?:[ \t]+{_ITEM}(?:[ \t]*,|[ \t]+og|[ \t]+eller)){{0,3}}[ \t]+$")
_NUMBER_END = re.compile(r"[ \t]\d{1,2}$")


def _word_of_title(word: str) -> bool:
    low = word.casefold().strip("'’")
    return (lexicon.known_word(low) or lexicon.english(low) or lexicon.listed(word, gaz.PLACES)) \
        and not lexicon.listed(word, gaz.GIVEN_NAMES) and not lexicon.listed(word, gaz.SURNAMES)


def title_shaped(name: str) -> bool:
    """A title or model, not a person: a model or sequel number at its end, or two or more dictionary words."""
    if _NUMBER_END.search(name):
        return True
    words = [w for w in name.split() if w[:1].isupper()]
    return len(words) >= 2 and all(_word_of_title(w) for w in words)


def _plain(text: str, start: int, end: int) -> bool:
    return title_shaped(text[start:end]) and _FRAME.search(clause_before(text, start)) is not None \
        and not stated_ties.applied_firm(text, start)  # round 51o: "Så Helsehuset Kalbakken, der venter jeg på svar"


def drop_titles_watched(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without the titles read, watched or played and the models of products that nothing ties to someone."""
    return drop_runs(text, found, _plain)
