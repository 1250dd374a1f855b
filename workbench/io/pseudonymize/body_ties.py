"""Organisations named by a tie to a place, a university, a person or a note (round 64a).

Held-out 68, 69, 74 and 75 (read as development data) left organisations whose name the rules read in parts:
the place, the university or the person was found, the body tied to it was not. None of the rules below reads a
word list of those texts, only shapes and frames:

* a title-case compound whose head is an association or a programme in the definite (`-foreningen`, `-programmet`,
  `-prosjektet`, `-nettverket`, `-rådet`, `-forumet`) inside a sentence, before `i`/`på` and a place the rules
  found ("gjennom Næringsforeningen i Drammensregionen og …", "via X og Mentorprogrammet i Østfold"). Policy: the
  body of one region, read as `place_bodies` reads a volunteer centre with its town: the body, the preposition and
  the place are one organisation. A bare head ("Foreningen i byen"), a sentence's first word ("Mentorprogrammet i
  kommunen er gratis", which may be a common noun capitalised) and a body before a common noun stay.
* a title-case compound whose head is a school, faculty or institute in the definite (`-høyskolen`, `-høgskolen`,
  `-skolen`, `-fakultetet`, `-instituttet`, `-akademiet`) before `ved` and an organisation the rules found
  ("Masterstudent, Handelshøyskolen ved UiA"): one institution, as a department is part of its university.
  Nothing found after `ved` ("høgskolen ved universitetet") leaves the words alone.
* a relief or volunteer body (`aid_bodies`' names) right after `fra` and a person the rules found ("snakket med
  Rune Tangen fra Røde Kors"): that person's affiliation, which tells who they are as an employer does. The body
  named as a national body ("Røde Kors driver leksehjelp", "en frivillig fra Røde Kors") stays.
* in caseless speech a listed union followed by its own capitalised note ("fagforbundet [Fagforbundet]") right
  after a frame of attending or joining (`et møte i`, `årsmøtet i`, `meldte meg inn i`, `ble med i`): the union one
  goes to or joins. A caseless line has no sentence marks, so `org_policies` read policy talk across the whole
  line ("hvordan man snakker …", "… tariff") and lost it; policy talk in the frame itself ("et streikemøte i") and
  a frame put to `du`/`dere` still leave it.
* a lower-case union name that is a compound of common words, with no note of its own and a possessive right after
  ("fagforbundet mitt", "fellesforbundet vårt"): the common noun, "my union", which no note names; dropped.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import affiliations, aid_bodies, lexicon, org_policies
from workbench.io.pseudonymize.spans import droppable, overlaps

Found = tuple[int, int, str, str, "str | None"]

_REGION_HEADS = ("foreningen", "programmet", "prosjektet", "nettverket", "rådet", "forumet")
_SCHOOL_HEADS = ("høyskolen", "høgskolen", "skolen", "fakultetet", "instituttet", "akademiet")
# A title-case word before `i`, `på` or `ved` and a word: the head is checked by `_head`.
_TIED = re.compile(r"(?<![\w-])(?P<word>[A-ZÆØÅ][a-zæøå]+)[ \t]+(?P<prep>i|på|ved)[ \t]+(?=\S)")
# Attending or joining, right before a union: "et møte i", "årsmøtet i", "meldte meg inn i", "ble med i".
_JOINED = re.compile(r"(?<![\w-])(?P<frame>\w*møte(?:t|ne)?|meldte[ \t]+(?:meg|seg|oss)[ \t]+inn|ble[ \t]+med"
                     r"|blei[ \t]+med)[ \t]+i[ \t]+(?P<union>[a-zæøå]+)(?=[ \t]+\[)")
_ASKED = re.compile(r"(?<![\w-])(?:du|dere)(?![\w-])")
_POSSESSIVE = re.compile(r"[ \t]+(?:mitt|min|mi|mine|vårt|vår|våre|deres|sitt|sin|sine|hans|hennes)(?![\w-])")


def _head(word: str, heads: tuple[str, ...]) -> bool:
    """Whether `word` is a compound ending in one of `heads` (the bare head is a common noun)."""
    low = word.casefold()
    return any(low.endswith(h) and len(low) >= len(h) + 3 for h in heads)


def tied_bodies(text: str, found: list[Found]) -> list[Found]:
    """A region's association or programme before a found place, a school before `ved` and a found organisation."""
    places = {f[0]: f[1] for f in found if f[2] == "place"}
    orgs = {f[0]: f[1] for f in found if f[2] == "org"}
    out: list[Found] = []
    for m in _TIED.finditer(text):
        word, after = m.group("word"), m.end()
        if m.group("prep") == "ved":
            if _head(word, _SCHOOL_HEADS) and after in orgs:
                out.append((m.start(), orgs[after], "org", "rule:institution", None))
        elif _head(word, _REGION_HEADS) and after in places and not org_policies._sentence_start(text, m.start()):
            out.append((m.start(), places[after], "org", "rule:place-body", None))
    return out


def people_from_aid_bodies(text: str, found: list[Found]) -> list[Found]:
    """A relief or volunteer body right after a found person and `fra`."""
    ends = {f[1] for f in found if f[2] == "person"}
    out: list[Found] = []
    for m in aid_bodies._BODY.finditer(text):
        gap = re.search(r",?[ \t]+fra[ \t]+$", text[max(0, m.start() - 8):m.start()])
        if gap and m.start() - len(gap.group(0)) in ends:
            out.append((m.start(), m.end(), "org", "rule:org", None))
    return out


def joined_unions(text: str) -> list[Found]:
    """A listed union with its own note in caseless speech after a frame of attending or joining, and the note."""
    out: list[Found] = []
    for m in _JOINED.finditer(text):
        s, e = m.span("union")
        if m.group("union") not in org_policies.UNIONS or not affiliations._twinned(text, s, e):
            continue
        if org_policies._POLICY_TALK.search(m.group("frame")) or _ASKED.search(text, max(0, m.start() - 25), m.start()):
            continue  # "et streikemøte i …", "ble du med i …": policy talk, a question
        note = affiliations._note(text, e)
        out += [(s, e, "org", "rule:org", None), (note[0], note[1], "org", "rule:org", None)]
    return out


def _possessed_noun(text: str, f: Found) -> bool:
    """A lower-case union name of common words with no note and a possessive after it: "fagforbundet mitt"."""
    word = text[f[0]:f[1]]
    return (droppable(f) and f[2] == "org" and word.islower() and " " not in word
            and word in org_policies.UNIONS and lexicon.compound_of_known(word)
            and affiliations._note(text, f[1]) is None and _POSSESSIVE.match(text, f[1]) is not None)


def apply(text: str, found: list[Found], keep: list[tuple[int, int]]) -> list[Found]:
    """`found` with the tied bodies above added (none inside `keep`) and possessed union nouns dropped."""
    new = tied_bodies(text, found) + people_from_aid_bodies(text, found) + joined_unions(text)
    new = [n for n in new if not overlaps(keep, n[0], n[1])]
    return [f for f in found if not _possessed_noun(text, f)] + new
