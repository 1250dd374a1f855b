"""Names the earlier rules find in part or lose to a later drop, where the frame leaves no doubt (round 58c).

Policies stated here:

* A union or association named in full with a hyphenated coordination (`Norsk Post- og Kommunikasjonsforbund`),
  ending in `forbund`/`forening`/`organisasjon` (since round 63b also `lag`: `Norsk Fjørfe- og Eggprodusentlag`),
  is one organisation when a membership frame stands right before it
  (`fagforeningen,`, `Forbundet heter`, `medlem i`, `tillitsvalgt i`, `inn i`); one further on in the sentence
  (`medlem av X sammen med faren min, og Norges Jeger- og Fiskerforbund har kurs`) is no frame, and departments
  (`Kommunal- og distriktsdepartementet`) have no such ending and stay.
* A capitalised run after a first-person joining verb (`melde meg inn i`, `meldte meg inn i`, `jeg ble medlem i`,
  `er jeg medlem av`) is the organisation joined, judged like a course provider (`course_frames.provider`): public
  bodies and national services (`NAV`, `Skatteetaten`), large volunteer bodies, places, given names, tools and
  frequent words stay, and so does a run opening with a word the dictionary knows (`Naturvernforbundet`) or with a
  club's head (`Strikkeklubben`, `Turgruppa`); the run stops before `og` (`Naturvernforbundet og Norsk Folkehjelp`);
  lower-case
  words (`folkeregisteret`, `kor`) are never taken. Advice and generic subjects (`du burde melde deg inn i`, `man
  kan bli medlem av`, `mange her er medlem i`) are no joining and stay, as earlier rounds keep them.
* An organisation of two words or more found once is replaced whole wherever the same words recur and something
  there was found in part (`«Eventyrskogen barnehage AS, org.nr.` after `Eventyrskogen barnehage AS`).
* A capitalised word coordinated with a found place after a place preposition (`rundt Lørenskog og Lillestrøm`,
  `mellom Drammen og Mjøndalen`) is a place too, when the place list holds it (`i Planica og Tour of Norway`
  stays); public bodies stay.
* An English title (`Mr.`, `Mrs.`, `Ms.`, `Miss`, `Dr.`) right before a found person is part of the name
  (`Ms. Dela Cruz`, `Mr. Van Wyk`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.course_frames import provider
from workbench.io.pseudonymize.public_bodies import body_length

Find = tuple[int, int, str, str, "str | None"]
_CAP = r"[A-ZÆØÅ][\wæøåÆØÅ]*"
_HYPHENED = re.compile(
    rf"(?<![\w-])(?:{_CAP}[ \t]+){{0,2}}{_CAP}-[ \t]+(?:og|eller)[ \t]+[\wæøåÆØÅ]*?"
    r"(?:forbund|forening|organisasjon|lag)(?:et|en)?(?![\w-])")  # round 63b: "-lag"
_MEMBERSHIP = re.compile(
    r"(?<![\w-])(?i:fagforening(?:en)?|forbundet(?:[ \t]+heter)?|heter|medlem[ \t]+(?:i|av)|inn[ \t]+i"
    r"|tillitsvalgt[ \t]+(?:i|for))[,:]?[ \t]+$")
_JOINED = re.compile(
    r"(?<![\w-])(?i:meld(?:e|er|te|t)[ \t]+meg[ \t]+inn"
    r"|(?:jeg|eg)[ \t]+(?:er|var|ble|har[ \t]+vært|har[ \t]+blitt)[ \t]+(?:(?:nå|også|blitt)[ \t]+)?medlem"
    r"|(?:er|var|ble)[ \t]+(?:jeg|eg)[ \t]+(?:(?:nå|også)[ \t]+)?medlem)"
    rf"[ \t]+(?i:i|av|hos)[ \t]+(?P<n>{_CAP}(?:-{_CAP})?(?:[ \t]+{_CAP}){{0,3}})")
_PASTIME_HEAD = re.compile(r"(?:klubb|klubben|koret|gruppa|gruppen|gjengen|ringen)$")
_PAIRED = re.compile(
    rf"(?<![\w-])(?i:i|rundt|mellom|på|fra|til|nær|ved|omkring)[ \t]+(?P<a>{_CAP})[ \t]+(?:og|eller)[ \t]+"
    rf"(?P<b>{_CAP})(?![\w-])")
_TITLE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+$")


def _covered(found: list[Find], start: int, end: int, kinds: tuple[str, ...]) -> bool:
    return any(f[0] <= start and end <= f[1] and f[2] in kinds for f in found)


def _hyphened(text: str) -> list[Find]:
    return [(m.start(), m.end(), "org", "rule:union-name", None) for m in _HYPHENED.finditer(text)
            if _MEMBERSHIP.search(text, max(0, m.start() - 40), m.start())]


def _joined(text: str) -> list[Find]:
    out: list[Find] = []
    for m in _JOINED.finditer(text):
        start, end = m.span("n")
        one = m.group("n").split()[0].casefold()
        if lexicon.known_word(one) or _PASTIME_HEAD.search(one):
            continue  # "medlem i Strikkeklubben", "av Naturvernforbundet": a club or cause named by common nouns
        if provider(text, start, end):
            out.append((start, end, "org", "rule:joined", None))
    return out


def _refound(text: str, found: list[Find]) -> list[Find]:
    out: list[Find] = []
    names = {text[f[0]:f[1]] for f in found if f[2] == "org" and len(text[f[0]:f[1]].split()) > 1}
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            s, e = m.span()
            if _covered(found, s, e, ("org",)):
                continue
            if any(f[0] < e and s < f[1] for f in found):
                out.append((s, e, "org", "rule:again", None))
    return out


def _paired(text: str, found: list[Find]) -> list[Find]:
    out: list[Find] = []
    for m in _PAIRED.finditer(text):
        a, b = m.span("a"), m.span("b")
        if not _covered(found, a[0], a[1], ("place",)) or _covered(found, b[0], b[1], ("place", "org", "person")):
            continue
        word = m.group("b")
        if body_length(text, b[0]) or lexicon.listed(word, gaz.GIVEN_NAMES):
            continue
        if lexicon.listed(word, gaz.PLACES):
            out.append((b[0], b[1], "place", "rule:place", None))
    return out


def _titled(text: str, found: list[Find]) -> list[Find]:
    out: list[Find] = []
    for f in found:
        if f[2] != "person":
            continue
        m = _TITLE.search(text, max(0, f[0] - 8), f[0])
        if m is not None:
            out.append((m.start(), f[1], "person", f[3], f[4]))
    return out


def apply(text: str, found: list[Find], keep: list[tuple[int, int]]) -> list[Find]:
    """`found` with the round's unions, joined bodies, re-found names, paired places and English titles added."""
    free = [f for f in _hyphened(text) + _joined(text) if not any(a < f[1] and f[0] < b for a, b in keep)]
    found = found + free
    more = _refound(text, found) + _paired(text, found)
    found = found + [f for f in more if not any(a < f[1] and f[0] < b for a, b in keep)]
    return found + _titled(text, found)
