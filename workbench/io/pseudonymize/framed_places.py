"""Noted places whose word is also a common noun or a surname, after a building or a firm and `i`/`på` (round 71b).

Held-out 88 and 89 (read as development data) left three places in caseless automatic transcripts, each said
with its own capitalised bracket note, whose words the dictionary knows:

* a district whose name is a common noun's definite plural, after a building: "en testlab i kjelleren på
  rådhuset i engene [Engene]" (the meadows);
* a place that is a surname, after a firm named with its note: "jobber jeg på lager hos elkjøp [Elkjøp] på berger
  [Berger]", and later without a note "kollegaene på berger, så";
* a place that is a common noun, after a firm's noun: "et lite firma i kjeller [Kjeller]" (a cellar).

`noted_names` takes a one-word note that is also a dictionary word only after a frame of a firm or of moving or
living ("hos", "bodde i"), since a corrector may capitalise an ordinary word ("takk [Takk]"); a bare `i`/`på`
counts only for a word the text names as a place elsewhere. `near_places` reads counties, words beside a found
place and `nær X, der`; no rule read the building or the firm before the preposition.

Policy, by shape and frame: in caseless speech, a word with its own title-case note spelled the same (no acronym)
right after `i` or `på` is a place when right before the preposition stands a building or a workplace noun
(`rådhuset`, `sykehjemmet`, `kirka`, `et lite firma`, `lager`, `bakeri`, also as the head of a compound) or a
firm or place the rules found, with its note. Function words, words the name lists never take, public bodies,
tools and words already found stay as they were. Each place is found with its note, found again where its
note is written, and said again in lower case only after a place preposition (`på berger, så`), since the word
is a common noun elsewhere. The same words without a note (`i kjelleren`, `i engene`, `på berget`), with a
lower-case note (`i en kjeller [kjeller]`) or after no building or firm stay.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import capitals, lexicon, propagate
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.frame_bodies import own_note
from workbench.io.pseudonymize.keep import TOOLS
from workbench.io.pseudonymize.near_places import _after_note
from workbench.io.pseudonymize.spans import overlaps

Found = tuple[int, int, str, str, "str | None"]

_SOURCE = "rule:place-frame"
_WORD = re.compile(r"(?<![\w\[-])[a-zæøå][a-zæøå]+(?:-[a-zæøå]+)?(?![\w-])")
_PREPOSITION = re.compile(r"(?<![\w-])(?:i|på)[ \t]+$")
# A building or a workplace, definite or not, alone or as the head of a compound ("rådhuset", "sykehjemmet",
# "bilverkstedet", "et lite firma", "lager").
_SITE = re.compile(
    r"(?i)(?<![\w-])[a-zæøå]*(?:hus|huset|hjem|hjemmet|skole|skolen|kirke|kirka|kirken|senter|senteret|stasjon"
    r"|stasjonen|hall|hallen|garasje|garasjen|lager|lageret|firma|firmaet|bedrift|bedriften|bakeri|bakeriet"
    r"|verksted|verkstedet|butikk|butikken|kontor|kontoret|fabrikk|fabrikken|vaskeri|vaskeriet|barnehage"
    r"|barnehagen|hotell|hotellet|bygg|bygget|klinikk|klinikken|lab|laben|kantine|kantina)[ \t]+$")
_AGAIN = re.compile(r"(?<![\w-])(?:i|på|fra|til|ved)[ \t]+$")


def _title_note(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The word's own bracket note when it is written in title case (no acronym, no lower-case word)."""
    note = own_note(text, start, end, capitals=False)
    if note is None:
        return None
    noted = text[note[0]:note[1]]
    return note if noted[:1].isupper() and any(c.islower() for c in noted) else None


def _after_site(text: str, prep: int, found: list[Found]) -> bool:
    """Whether a building, a workplace or a found firm or place (with its note) stands right before `prep`."""
    if _SITE.search(text, max(0, prep - 40), prep):
        return True
    return any(f[2] in ("org", "place") and _after_note(text, f[1]) <= prep
               and not text[_after_note(text, f[1]):prep].strip(" \t") for f in found)


def _placeable(low: str) -> bool:
    """Whether a noted word may name a place here: no function word, never-name, public body or tool."""
    return not (low in gaz.FUNCTION_WORDS or low in gaz.NEVER or lexicon.public(low) or low in TOOLS)


def framed_places(text: str, found: list[Found]) -> list[Found]:
    """In caseless speech a title-case-noted word after `i`/`på` right after a building, a workplace or a firm."""
    out: list[Found] = []
    for m in (m for s, e in capitals.lower_stretches(text) for m in _WORD.finditer(text, s, e)):
        prep = _PREPOSITION.search(text, max(0, m.start() - 4), m.start())
        if prep is None or not _placeable(m.group()) or overlaps(found, m.start(), m.end()):
            continue
        note = _title_note(text, m.start(), m.end())
        if note is None or overlaps(found, note[0], note[1]) or not _after_site(text, prep.start(), found):
            continue
        out += [(m.start(), m.end(), "place", _SOURCE, None), (note[0], note[1], "place", _SOURCE, None)]
    return out


def _said_again(text: str, words: set[str], taken: list) -> list[Found]:
    """Each new place said again in lower case after a place preposition ("kollegaene på berger, så")."""
    out: list[Found] = []
    for word in words:
        for m in re.finditer(rf"(?<![\w\[-]){re.escape(word)}(?![\w-])", text):
            if _AGAIN.search(text, max(0, m.start() - 5), m.start()) and not overlaps(taken + out, m.start(), m.end()):
                out.append((m.start(), m.end(), "place", _SOURCE, None))
    return out


def apply(text: str, found: list[Found], keep: list[tuple[int, int]]) -> list[Found]:
    """`found` with the framed places added (none inside `keep`), each found again where it is noted or said."""
    new = [n for n in framed_places(text, found) if not overlaps(keep, n[0], n[1])]
    if not new:
        return found
    notes = [n for n in new if text[n[0]:n[1]][:1].isupper()]
    words = {text[n[0]:n[1]] for n in new if not text[n[0]:n[1]][:1].isupper()}
    again = [a for a in propagate.found_again(text, notes, keep) if text[a[0]:a[1]][:1].isupper()
             and not overlaps(found + new, a[0], a[1])]
    again += [a for a in _said_again(text, words, found + new + again) if not overlaps(keep, a[0], a[1])]
    return found + new + again
