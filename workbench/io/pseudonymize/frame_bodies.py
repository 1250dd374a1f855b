"""Organisations named by their frame alone: joined, a mentor's employer, a university's acronym, a farm's customer
(round 67a).

Held-out 80 (read as development data) left four organisations that no rule read, each in a frame that tells what
it is though its words do not. None of the rules below reads a word list of those texts, only shapes and frames:

* after joining (`melde meg inn i`, `medlem av`, `bli med i`) a capitalised name whose last word before an
  association noun (`forening`, `forbund`, `selskap`, `lag`) is a genitive plural (`-ers`, `-eres`): "inn i Kliniske
  ernæringsfysiologers forening". Offline the words read as an adjective and common nouns; the model reads a
  place. Policy: the association one joins is an organisation, as `affiliations` reads one named by its head.
  An association noun without the capitalised genitive ("inn i en forening for kjemikere") and the genitive
  opening a sentence of its own ("Medisinske laboratorieteknikeres hverdag") stay.
* a listed public body (`public_bodies`) right after a person the rules found and `fra`: "en annen mentor, Tone
  Wiik fra Statsbygg". Policy: the person's affiliation, which tells who they are as an employer does (round 64a
  read relief bodies so in `body_ties`; `history_frames` counts a public body in someone's own work history). A
  body after `fra` and no person ("en frivillig fra NAV", "reglene fra Mattilsynet") stays a rule-giver or service.
* in caseless speech `altså` and a word with its own bracket note in capitals, after a university, college or
  institute in the same line: "fra det litauiske helsevitenskapelige universitetet altså lsmu [LSMU]". Policy:
  the acronym restates the institution, which is where the person studied; both forms go. A lower-case note
  ("altså ja [ja]", "altså en høyskole [høyskole]") is a plain word.
* in caseless speech a word with its own capitalised bracket note right after `leverer (…) til` and before `på`/`i`
  and a place the rules found: "leverer til tine [Tine] på hamar [Hamar]". Policy: a farm's customer, a firm or
  cooperative with a branch in that place; both forms go. Without the note the word stays ("la det tine på
  benken", "leverer til butikken [butikken] på torget").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import affiliations, public_bodies
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.spans import overlaps, within

Found = tuple[int, int, str, str, "str | None"]

_JOINED = re.compile(
    r"(?<![\w-])(?:(?i:meld(?:e|er|te|t))[ \t]+(?:meg|deg|seg|oss|dere|dem|ham|henne)[ \t]+inn[ \t]+i"
    r"|medlem[ \t]+(?:av|i)|(?:bli|ble|blitt|blir)[ \t]+med[ \t]+i)[ \t]+"
    r"(?P<name>[A-ZÆØÅ][a-zæøå-]+(?:[ \t]+[a-zæøå-]+){0,2}?[ \t]+"
    r"(?:forening|forbund|landsforening|fagforening|selskap|lag))(?![\w-])")
_GENITIVE_PLURAL = ("ers", "eres")
_FROM = re.compile(r"[ \t]+fra[ \t]+(?=[A-ZÆØÅ])")  # no comma: "Hege Strand, fra X kom det" is fronted
# A noted word in caseless speech may read in its note's case ("altså LSMU [LSMU]").
_ALTSÅ = re.compile(r"(?<![\w-])altså[ \t]+(?P<word>[a-zæøåA-ZÆØÅ]{2,8})(?=[ \t]+\[)")
_SCHOOLS = re.compile(r"(?<![\w-])\w*(?:universitet(?:et)?|høyskolen?|høgskolen?|institutt(?:et)?|akademi(?:et)?"
                      r"|fakultet(?:et)?)(?![\w-])")
_DELIVERS = re.compile(r"(?<![\w-])lever(?:er|te|t|e)(?:[ \t]+[a-zæøå]+){0,2}?[ \t]+til[ \t]+"
                       r"(?P<word>[a-zæøåA-ZÆØÅ][a-zæøåA-ZÆØÅ-]+)(?=[ \t]+\[)")
_PLACE_AFTER = re.compile(r"[ \t]+(?:på|i)[ \t]+")


def joined_associations(text: str) -> list[Found]:
    """An association named by a capitalised genitive plural and its noun after a frame of joining."""
    out: list[Found] = []
    for m in _JOINED.finditer(text):
        words = m.group("name").split()
        if words[-2].endswith(_GENITIVE_PLURAL) and len(words[-2]) >= 6:
            out.append((m.start("name"), m.end("name"), "org", "rule:org", None))
    return out


def mentors_bodies(text: str, found: list[Found]) -> list[Found]:
    """A listed public body right after a found person and `fra`: that person's employer."""
    out: list[Found] = []
    for f in found:
        if f[2] != "person":
            continue
        m = _FROM.match(text, f[1])
        length = public_bodies.body_length(text, m.end()) if m else 0
        if length:
            out.append((m.end(), m.end() + length, "org", "rule:org", None))
    return out


def own_note(text: str, start: int, end: int, capitals: bool) -> tuple[int, int] | None:
    """The bracket note right after `start:end` naming the same word, in capitals if asked; else None."""
    note = affiliations._note(text, end)
    if note is None or text[note[0]:note[1]].casefold() != text[start:end].casefold():
        return None
    noted = text[note[0]:note[1]]
    if capitals and sum(c.isupper() for c in noted) < 2:
        return None
    return note


def acronyms_after_altså(text: str) -> list[Found]:
    """In caseless speech an acronym after `altså` with its note in capitals, after a school in the same line."""
    out: list[Found] = []
    for m in _ALTSÅ.finditer(text):
        s, e = m.span("word")
        line_start = text.rfind("\n", 0, m.start()) + 1
        note = own_note(text, s, e, capitals=True)
        if note and m.group("word").casefold() not in gaz.PUBLIC and _SCHOOLS.search(text, max(line_start, m.start() - 80), m.start()):
            out += [(s, e, "org", "rule:org", None), (note[0], note[1], "org", "rule:org", None)]
    return out


def farm_customers(text: str, found: list[Found]) -> list[Found]:
    """In caseless speech a noted word after `leverer (…) til`, before `på`/`i` and a found place."""
    places = {f[0] for f in found if f[2] == "place"}
    out: list[Found] = []
    for m in _DELIVERS.finditer(text):
        s, e = m.span("word")
        note = own_note(text, s, e, capitals=False)
        after = _PLACE_AFTER.match(text, note[1] + 1) if note else None
        if note and after and after.end() in places and m.group("word").casefold() not in gaz.PUBLIC:
            out += [(s, e, "org", "rule:org", None), (note[0], note[1], "org", "rule:org", None)]
    return out


def apply(text: str, found: list[Found], keep: list[tuple[int, int]]) -> list[Found]:
    """`found` with the bodies above added, none inside `keep` nor already found as an organisation."""
    orgs = [(f[0], f[1]) for f in found if f[2] == "org"]
    new = (joined_associations(text) + mentors_bodies(text, found) + acronyms_after_altså(text)
           + farm_customers(text, found))
    new = [n for n in new if not overlaps(keep, n[0], n[1]) and not within(orgs, n[0], n[1])]
    return found + new
