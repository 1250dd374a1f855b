"""Local bodies said without case: a municipality's service, a place's office, a destination company, a parish,
and a noted firm's first word said alone later (round 62a).

Held-out 70 and 71 (now development data) lost organisations in automatic transcripts, where no capital marks
a name and the word rules take only the place inside it, or nothing:

* a municipality's service by its genitive ("bergen kommunes voksenopplæring [Bergen kommune]"): the word
  rules find `bergen kommunes` or only `bergen`, and the service noun is left. Policy: a found place or
  municipality before `kommunes` and a service noun (a noun ending in `opplæring`, `senter`, `tjeneste`,
  `kontor`, `skole` and their definite forms) is one organisation, the municipality's unit; `kommunens
  voksenopplæring` names no place and stays, and so does the municipality as a rule-giver without a service
  noun (`bergen kommunes regler`, existing policy);
* a place's office or centre ("trysil turistkontor"): a found place right before such a service noun is one
  organisation with it;
* a destination company ("i destinasjon trysil"): `destinasjon` or `visit` right before a found place names the
  place's tourism company; `destinasjon` alone ("en populær destinasjon") stays;
* a parish or church by its saint ("sankt olav menighet", "st. mikael kirke"): `sankt`/`st.`/`hellige`, one
  word and `menighet`/`kirke`/`sokn` is one organisation, the saint's name no person; `sankt hans` stays;
* a firm named in full before its note ("skistar trysil [SkiStar Trysil]") and later by its first word alone
  ("hvordan vurderer dere søkere i skistar"): where the first word is no dictionary word, no listed place and
  no given name, and the note writes it capitalised, its other lower-case occurrences are the firm too.

Only lower-case text in a caseless document or passage is read here; cased text keeps the word rules.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import capitals, lexicon, propagate
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.spans import overlaps, within

Find = tuple[int, int, str, str, "str | None"]
_SOURCE = "rule:caseless-body"

# A service or office noun: a compound ending in a unit's head, indefinite or definite.
_SERVICE = r"[a-zæøå]*(?:opplæring(?:a|en)?|senter(?:et)?|tjeneste(?:n)?|kontor(?:et)?|skole(?:n)?)"
_MUNICIPAL = re.compile(rf"(?<![\w-])(?P<place>[a-zæøå][a-zæøå-]+)[ \t]+kommunes[ \t]+(?P<noun>{_SERVICE})(?![\w-])")
_PLACE_OFFICE = re.compile(rf"(?<![\w-])(?P<place>[a-zæøå][a-zæøå-]+)[ \t]+(?P<noun>{_SERVICE})(?![\w-])")
_DESTINATION = re.compile(r"(?<![\w-])(?:destinasjon|visit)[ \t]+(?P<place>[a-zæøå][a-zæøå-]+)(?![\w-])")
_PARISH = re.compile(r"(?<![\w-])(?:sankt|st\.|hellige)[ \t]+[a-zæøå][a-zæøå-]+[ \t]+"
                     r"(?:menighet(?:en)?|kirke(?:n|a)?|sokn)(?![\w-])")
_NOTE = re.compile(r"[ \t]*\[([^\]\n]+)\]")


def _covering(found, start: int, end: int, kinds=("place", "org")):
    return next((f for f in found if f[2] in kinds and f[0] <= start and end <= f[1]), None)


def _widened(text: str, found) -> list[Find]:
    """A municipality's service, a place's office and a destination company, each around a found place."""
    out: list[Find] = []
    for m in _MUNICIPAL.finditer(text):
        if _covering(found, m.start("place"), m.end("place")) is not None:
            out.append((m.start(), m.end(), "org", _SOURCE, None))
    for m in _PLACE_OFFICE.finditer(text):
        place = _covering(found, m.start("place"), m.end("place"), ("place",))
        if place is not None and place[1] == m.end("place"):
            out.append((place[0], m.end(), "org", _SOURCE, None))
    for m in _DESTINATION.finditer(text):
        place = _covering(found, m.start("place"), m.end("place"), ("place",))
        if place is not None and place[0] == m.start("place"):
            out.append((m.start(), max(m.end(), place[1]), "org", _SOURCE, None))
    return out


def _first_words(text: str, found) -> list[Find]:
    """A noted firm's first word said alone: its other lower-case whole-word occurrences."""
    out: list[Find] = []
    for org in found:
        words = text[org[0]:org[1]].split()
        note = _NOTE.match(text, org[1])
        if org[2] != "org" or len(words) < 2 or note is None:
            continue
        first, note_first = words[0].casefold(), note.group(1).split()[0]
        if note_first.casefold() != first or not note_first[:1].isupper() or not first.isalpha():
            continue
        if lexicon.known_word(first) or lexicon.listed(first, gaz.PLACES) or lexicon.listed(first, gaz.GIVEN_NAMES):
            continue
        for again in re.finditer(rf"(?<![\w@.-]){re.escape(first)}(?![\w@-])", text):  # lower case only
            if not overlaps(found, again.start(), again.end()):
                out.append((again.start(), again.end(), "org", _SOURCE, None))
    return out


def apply(text: str, found: list[Find], keep: list[tuple[int, int]]) -> list[Find]:
    """`found` with the local bodies above added in lower-case text; new names are found again in the text."""
    spans = capitals.lower_stretches(text)
    if not spans:
        return found
    new = _widened(text, found) + [(m.start(), m.end(), "org", _SOURCE, None) for m in _PARISH.finditer(text)]
    new += _first_words(text, found + new)
    new = [f for f in new if within(spans, f[0], f[1]) and not overlaps(keep, f[0], f[1])]
    if not new:
        return found
    return found + new + propagate.found_again(text, new, keep)
