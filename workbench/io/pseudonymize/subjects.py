"""Where the grammar says a word is someone: a bare name as a clause's subject, an apposition saying who.

Norwegian puts a determiner or a definite ending on a common noun that is a subject ("siven er høy",
"en dag kan"); a name stands bare. So a word written in lower case right after a clause opener (a
conjunction, an adverb, a verb of thinking) and right before a finite verb ("så kanskje hilde kan
være ...", "Men mari fra Cochabamba er kjemiker", "Jeg tror lise har rett") is a person where the
same text names that person with a capital: the dictionary may know the word ("mari", "hilde"), and
Norwegian text may use it often, as a name.

A capitalised word at a sentence start set off by an apposition of the kind "one of the drivers"
and followed by a verb of saying ("Ion, en av de faste, sa at ...", "Lin, en av sjåførene der,
spurte om ...") is someone too, though the dictionary knows it as a word ("ion", "lin"): a thing
is not introduced as one of a group of people and then made to speak.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

# Words after which a clause's subject comes: conjunctions, clause adverbs, verbs of thinking and saying
# that take a clause without `at` ("Jeg tror lise har rett").
_OPENERS = frozenset("""
og men så at da når fordi hvis om mens selv også kanskje nok jo vel derfor dessuten plutselig heldigvis
ellers altså bare tror trodde mener mente synes syntes vet visste sa sier håper håpet tenkte tenker
""".split())
# Finite verbs a person is the subject of; conjunctions and pronoun-like followers are left out, and so are
# the copulas, which a mass noun takes too ("og sol er fint"): they count only after "fra <place>".
_COPULAS = frozenset("er var blir ble".split())
_FINITE = gaz.NAME_FOLLOWERS - _COPULAS - frozenset("og eller men sin si sitt sine selv også alltid aldri ikke".split())
# "mari fra Cochabamba er ...": a name with where the person comes from before the verb.
_FROM_PLACE = re.compile(r"[ \t]+fra[ \t]+[A-ZÆØÅ][\w-]*(?:[ \t]+[A-ZÆØÅ][\w-]*)?[ \t]+([a-zæøå]+)")
# A subject right after the verb: the word before it was fronted, not the subject.
_SUBJECT_AFTER = re.compile(r"[ \t]+(?:jeg|vi|du|dere|han|hun|de|man|det|den)(?![\w-])")
_WORD_AFTER = re.compile(r"[ \t]+([a-zæøå]+)")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s,.!?:;«\"]))([A-Za-zÆØÅæøå]+)[ \t]+$")
_CLAUSE_BREAK_BEFORE = re.compile(r"(?:^|[,.!?:;«\"\n])[ \t]*$")


def word_in_text(text: str, low: str, taken, copulas: bool = False) -> bool:
    """Whether the text writes `low` in lower case somewhere it is no subject of a clause ("det mye siv",
    "en ide"): then the text uses it as a word, and its bare lower-case subjects are no names either.
    With `copulas`, a subject of a copula counts as a subject too."""
    for m in re.finditer(rf"(?<![\w@.-]){re.escape(low)}(?![\w@-])", text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if not (subject_slot(text, m.start(), m.end()) or (copulas and copula_subject_slot(text, m.start(), m.end()))):
            return True
    return False


def subject_slot(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a bare word, stands as the subject of a clause: after a clause opener or a
    clause break, before a finite verb (a place of origin may come between)."""
    window = text[max(0, start - 40):start]
    before = _WORD_BEFORE.search(window)
    if not (_CLAUSE_BREAK_BEFORE.search(window) or (before and before.group(1).casefold() in _OPENERS)):
        return False
    origin = _FROM_PLACE.match(text, end)
    after = origin or _WORD_AFTER.match(text, end)
    if after is None or not (after.group(1) in _FINITE or (origin and after.group(1) in _COPULAS)):
        return False
    return not _SUBJECT_AFTER.match(text, after.end())  # "og sol har vi nok av": the word is fronted, no subject


def copula_subject_slot(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a bare word, is the subject of a copula at a clause's start ("hilde er veldig
    snill"): a mass noun stands so too ("og sol er fint"), so callers ask for the person named just before."""
    window = text[max(0, start - 40):start]
    before = _WORD_BEFORE.search(window)
    if not (_CLAUSE_BREAK_BEFORE.search(window) or (before and before.group(1).casefold() in _OPENERS)):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in _COPULAS and not _SUBJECT_AFTER.match(text, after.end())


# ", en av de faste,", ", en av sjåførene der,", ", ei av dem jeg jobber med,": one of a group.
_ONE_OF = re.compile(
    r",[ \t]+(?:en|ei|et|én|ett)[ \t]+av[ \t]+[a-zæøå][^\n,.!?:;]{1,40},[ \t]+([a-zæøå]+)(?![\w-])")
_SENTENCE_START_WORD = re.compile(r"(?:^[ \t]*|(?<=[.!?:])[ \t]+)([A-ZÆØÅ][a-zæøåäöüéè]{1,15})(?=,)", re.M)
# Verbs of saying and asking: only someone does them.
_SAYING = frozenset("""
sa sier fortalte forteller spurte spør svarte svarer mente mener lo smilte ropte lurte foreslo
""".split())


def one_of_group_speaking(text: str) -> list[tuple[int, int, str, str]]:
    """A capitalised word at a sentence start, an apposition "en av <group>", then a verb of saying:
    a person ("Ion, en av de faste, sa at ...")."""
    out = []
    for m in _SENTENCE_START_WORD.finditer(text):
        word = m.group(1)
        low = word.casefold()
        if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS or low in gaz.POSSESSIVES \
                or low in rules.FILLERS or rules.public(low) or rules.frequent(low, 5.0):
            continue  # "Men, en av dem, sa ...": a function word; "Sjefen": a role, no name
        apposition = _ONE_OF.match(text, m.end())
        if apposition and apposition.group(1) in _SAYING \
                and not _SUBJECT_AFTER.match(text, apposition.end()):  # "Heldigvis, en av dem, sa jeg ja til"
            out.append((m.start(1), m.end(1), "person", "rule:name"))
    return out


# A turn that opens with a sentence of two or three capitalised words and nothing else ("Mentee 2: Bo
# Lindgren. Jeg er ..."): a speaker saying their name, as people introduce themselves in a round.
_NAME_SENTENCE = re.compile(
    r"^[^\S\n]*(?:[^\W\d_][\w ]{0,30}?:[^\S\n]+)?"
    r"([A-ZÆØÅ][\w'’-]+(?:[^\S\n][A-ZÆØÅ][\w'’-]+){1,2})(?=[.!?](?:\s|$))", re.M)


def introduced_names(text: str, found) -> list[tuple[int, int, str, str, None]]:
    """Every word of a turn's first sentence that is only a name of two or three capitalised words, when one
    of them was found as a person ("Bo Lindgren." with "Lindgren" found): the first name too, though it is
    also a word."""
    people = [(f[0], f[1]) for f in found if f[2] == "person"]
    out: list[tuple[int, int, str, str, None]] = []
    for m in _NAME_SENTENCE.finditer(text):
        words = list(rules.WORD.finditer(text, m.start(1), m.end(1)))
        if not any(s <= w.start() and w.end() <= e for w in words for s, e in people):
            continue
        lows = [w.group(0).casefold() for w in words]
        if any(low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS or rules.public(low)
               or w.group(0).isupper() for low, w in zip(lows, words, strict=True)):
            continue  # "Takk Kari.", "NAV Hamar.": a greeting or a body, no name alone
        out.extend((w.start(), w.end(), "person", "rule:name", None) for w in words
                   if not any(s <= w.start() and w.end() <= e for s, e in people))
    return out


# Two capitalised words joined by `og`, as Norwegian counties and regions are named ("Møre og Romsdal",
# "Troms og Finnmark", "Vestfold og Telemark").
_JOINED_PLACE = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]{2,})[ \t]+og[ \t]+([A-ZÆØÅ][a-zæøå]{2,})(?![\w-])")


_PLACE_ENDINGS = tuple(e for e in gaz.NAME_ELEMENTS if len(e) >= 3)
# A place element in its definite or plural form ends a landscape's name too ("Fjordane", "Vikane", "Dalene").
_PLACE_ENDINGS_DEFINITE = tuple(e + s for e in _PLACE_ENDINGS for s in ("ane", "ene", "a", "en") if not e.endswith(s))


def _place_shaped(word: str) -> bool:
    """Whether a word ends like a place name: "-dal", "-mark", or a place element made definite ("Fjordane")."""
    low = word.casefold()
    return low.endswith(_PLACE_ENDINGS) or low.endswith(_PLACE_ENDINGS_DEFINITE)


def joined_places(text: str, found) -> list[tuple[int, int, str, str, None]]:
    """A place name of two capitalised words joined by `og` where one of them was found as a place (or as a
    person, ending like a place: "-dal", "-mark", "-fjordane") and the other was not found at all ("Møre og Romsdal" at a sentence start, where "Møre" is also a word): the
    whole name, one place."""
    places = [(f[0], f[1]) for f in found if f[3] != "rule:capital" and (f[2] == "place" or (
        f[2] == "person" and _place_shaped(text[f[0]:f[1]])))]  # "Romsdal", "Fjordane" taken for a person
    taken = [(f[0], f[1]) for f in found]
    out: list[tuple[int, int, str, str, None]] = []
    for m in _JOINED_PLACE.finditer(text):
        spans = [(m.start(k), m.end(k)) for k in (1, 2)]
        hit = [any(s <= a and b <= e for s, e in places) for a, b in spans]
        free = [not any(s < b and a < e for s, e in taken) for a, b in spans]
        for k in (0, 1):
            other = m.group(2 - k).casefold()
            if hit[k] and free[1 - k] and not (other in gaz.FUNCTION_WORDS or other in gaz.NEVER
                                                or other in gaz.ROLE_NOUNS or rules.public(other)):
                out.append((m.start(), m.end(), "place", "rule:place", None))
                break
    return out
