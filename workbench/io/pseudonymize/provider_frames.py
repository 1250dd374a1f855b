"""Course providers, landlords and employers named by their frame, and nynorsk school names (round 68a).

Held-out 82 and 83 (read as development data) left organisations whose words the rules read as ordinary ones
while the frame around them says what they are. None of the rules below reads a word list of those texts, only
shapes and frames (the hyphenated course word, "B2-kurs på X", is read in `course_frames`):

* after one's own course word and `hos`/`på`/`ved`/`gjennom` (`course_frames.course_before`), a capitalised
  adjective and a lower-case compound ending in a school noun: "tok hygienekurset hos Nordisk matfagskole på
  Økern". `course_frames` reads capitalised runs only, and its first word alone is a language or an adjective.
  Policy: the school where one took a course, as a provider named in one word is. A bare school noun ("kurset på
  skolen", "norskkurs på voksenopplæringen") or a public body stays.
* after renting (`leier`/`leide`/`leid`/`leie`, up to three lower-case words, `av`) a capitalised run that no
  rule found and that is no public body: "vi leier lokaler av Blå Kors". Policy: a landlord named tells where
  the firm's premises are, as an address does. Renting from a common noun ("leier lokaler av kommunen", "av
  naboen") stays; a named municipality stays as the place rules read it ("av Asker kommune": Asker is a place).
* in caseless speech, after a work word in the line, a word with its own capitalised bracket note after
  `eller`/`og` and the same preposition as an organisation or name found just before with its note (some rule read it as one, not only as a place): "jobbe som
  rådgiver kanskje i norsk landbruksrådgiving [Norsk Landbruksrådgiving] eller i gartnerhallen
  [Gartnerhallen]". Policy: coordinated after the repeated preposition the second is of the first one's kind, a
  hoped-for employer; both forms go. "eller i morgen", a place first ("i lier [Lier] eller i …"), or a
  lower-case note ("eller i lageret [lageret]") stay.
* in caseless speech, after driving (`kjører`, a vehicle) and `for`, a word with its own capitalised bracket note
  that no rule found: "kjører buss for vy [Vy]". Policy: whom a driver drives for is the employer, as
  `transport_employers` reads it in cased text. "kjører buss for barna", "for meg" and lower-case notes stay.
* in caseless speech, after `på`/`ved`, a word (the caseless view may have capitalised a place) and a compound
  ending in nynorsk `skule` with their own bracket note capitalised: "går på voss ungdomsskule [Voss ungdomsskule]". Policy: a named school, as its Bokmål form
  `…skole` already is; both forms go. A one-word nynorsk school noun whose Bokmål form the dictionary knows
  ("går på ungdomsskulen [ungdomsskulen]", "barneskule") is a common noun: the round drops such finds.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import course_frames, frame_bodies, public_bodies
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules
from workbench.io.pseudonymize.spans import overlaps, within

Found = tuple[int, int, str, str, "str | None"]

_SCHOOL_HEADS = ("skole", "skule", "skolen", "skulen", "akademi", "akademiet", "institutt", "instituttet",
                 "høgskole", "høyskole", "høgskule", "fagskole", "kurssenter", "opplæring")
_ADJECTIVE_SCHOOL = re.compile(r"(?<![\w@.-])[A-ZÆØÅ][a-zæøå]+[ \t]+(?P<head>[a-zæøå]{3,})(?![\w-])")
_RENTS = re.compile(r"(?<![\w-])(?i:leier|leide|leid|leie)(?:[ \t]+[a-zæøå]+){0,3}?[ \t]+av[ \t]+"
                    r"(?P<name>[A-ZÆØÅ][\w-]*(?:[ \t]+[A-ZÆØÅ][\w-]*){0,3})")
_COORDINATED = re.compile(r"(?<![\w-])(?:eller|og)[ \t]+(?P<prep>i|hos|på|ved|for)[ \t]+"
                          r"(?P<word>[a-zæøå][a-zæøå-]+)(?=[ \t]+\[)")
_FIRST = re.compile(r"(?<![\w-])(?P<prep>i|hos|på|ved|for)[ \t]+[^\[\]\n]+?[ \t]+\[(?P<note>[^\[\]\n]+)\][ \t]+$")
_WORK = re.compile(r"(?<![\w-])(?:jobb\w*|arbeid\w*|søkt|søker|søknad\w*|ansatt\w*|praksis\w*|lærling\w*)(?![\w-])")
_DRIVES = re.compile(r"(?<![\w-])kjør(?:er|te|t|e)(?:[ \t]+[a-zæøå-]+)?[ \t]+for[ \t]+"
                     r"(?P<word>[a-zæøå][a-zæøå-]+)(?=[ \t]+\[)")
_SKULE = re.compile(r"(?<![\w-])(?:på|ved)[ \t]+(?P<name>[a-zæøåA-ZÆØÅ][a-zæøå-]+[ \t]+[a-zæøå]{2,}skulen?)(?=[ \t]+\[)")
_NYNORSK_SCHOOL = re.compile(r"(?<![\w-])[a-zæøå]+skul(?:e|en|ar|ane)(?![\w-])")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def course_schools(text: str, found: list[Found]) -> list[Found]:
    """A capitalised adjective and a lower-case school compound right after one's own course word and preposition."""
    out: list[Found] = []
    for m in _ADJECTIVE_SCHOOL.finditer(text):
        head = m.group("head")
        if not head.endswith(_SCHOOL_HEADS) or head in _SCHOOL_HEADS \
                or within([(f[0], f[1]) for f in found if f[2] == "org"], m.start(), m.end()):
            continue
        if course_frames.course_before(text, m.start()) and not public_bodies.body_length(text, m.start()):
            out.append((m.start(), m.end(), "org", "rule:course-provider", None))
    return out


def landlords(text: str, found: list[Found]) -> list[Found]:
    """A capitalised run no rule found, no public body nor listed place, after renting something `av`."""
    out: list[Found] = []
    for m in _RENTS.finditer(text):
        s, e = m.span("name")
        first = m.group("name").split()[0]
        if overlaps(found, s, e) or public_bodies.body_length(text, s) or lexicon.listed(first, gaz.PLACES):
            continue
        out.append((s, e, "org", "rule:org", None))
    return out


def coordinated_employers(text: str, found: list[Found]) -> list[Found]:
    """In caseless speech a noted word after `eller`/`og` and the preposition of a found name noted before it."""
    out: list[Found] = []
    for m in _COORDINATED.finditer(text):
        s, e = m.span("word")
        note = frame_bodies.own_note(text, s, e, capitals=False)
        line = _line_start(text, m.start())
        first = _FIRST.search(text, line, m.start())
        if note is None or first is None or first.group("prep") != m.group("prep") or overlaps(found, s, e) \
                or not _WORK.search(text, line, first.start()) or m.group("word") in gaz.FUNCTION_WORDS:
            continue
        noted = [f for f in found if f[0] <= first.start("note") and first.end("note") <= f[1]]
        if any(f[2] in ("org", "person") for f in noted):
            out += [(s, e, "org", "rule:org", None), (note[0], note[1], "org", "rule:org", None)]
    return out


def driven_for(text: str, found: list[Found]) -> list[Found]:
    """In caseless speech a noted word no rule found after `kjører (…) for`: the driver's employer."""
    out: list[Found] = []
    for m in _DRIVES.finditer(text):
        s, e = m.span("word")
        word = m.group("word")
        note = frame_bodies.own_note(text, s, e, capitals=False)
        if note is None or overlaps(found, s, e) or word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES \
                or word in gaz.PUBLIC:
            continue
        out += [(s, e, "org", "rule:org", None), (note[0], note[1], "org", "rule:org", None)]
    return out


def nynorsk_schools(text: str) -> list[Found]:
    """In caseless speech a word and a `…skule` compound after `på`/`ved`, with their own capitalised note."""
    out: list[Found] = []
    for m in _SKULE.finditer(text):
        s, e = m.span("name")
        note = frame_bodies.own_note(text, s, e, capitals=False)
        first = m.group("name").split()[0].casefold()
        if note is None or first in gaz.FUNCTION_WORDS or first in gaz.POSSESSIVES or rules.adjective_like(first):
            continue
        out += [(s, e, "org", "rule:org", None), (note[0], note[1], "org", "rule:org", None)]
    return out


def _common_school(text: str, f: Found) -> bool:
    """Whether a find is one lower-case nynorsk school noun whose Bokmål form the dictionary knows ("barneskule")."""
    word = text[f[0]:f[1]]
    if f[3] in ("list", "identifier") or not _NYNORSK_SCHOOL.fullmatch(word):
        return False
    return rules.known_word(re.sub(r"skul(?=e|en|ar|ane$)", "skol", word).replace("skolar", "skoler")
                            .replace("skolane", "skolene"))


def apply(text: str, found: list[Found], keep: list[tuple[int, int]]) -> list[Found]:
    """`found` without common nynorsk school nouns, with the organisations above added (none inside `keep`)."""
    found = [f for f in found if not _common_school(text, f)]
    new = course_schools(text, found) + landlords(text, found)
    if "[" in text:
        new += coordinated_employers(text, found) + driven_for(text, found) + nynorsk_schools(text)
    return found + [n for n in new if not overlaps(keep, n[0], n[1])]
