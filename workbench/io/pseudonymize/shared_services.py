"""Portals, fairs, hospital units and compass departments that identify no one (round 64b).

Why: held-out 74 and 75 showed replacements of words every reader shares, which make a report unreadable and,
in a control, count as false replacements: a national job portal searched on ("må søke på Arbeidsplassen"), a
trade fair visited ("på messen Nor-Fishing"), a hospital's unit in caseless speech ("jobber på sterilsentralen")
and a school's department named by compass point ("avdeling Nord", taken as a place by the model). Each is judged
by its frame, never by the bench's strings:

* a national self-service portal (jobs, school applications, public forms and health; the portals of
  `used_services` and the job portals of the keep rules) right after `på`, `via` or `gjennom`, or the caseless
  twin before its note ("på arbeidsplassen [Arbeidsplassen]"), with no work frame before it;
* a fair: a name right after `messen`/`messa` ("messen Aqua Nor"), and the same name again in the document;
  or a name after `på`/`til` in a sentence about fairs, or the one after it ("Det er store messer. Vi var på X");
  never where the sentence works or sells there (`event_work` keeps those), the name holds a listed place (or,
  beside a sentence about fairs, a listed given name), the name is the fair's venue ("en jobbmesse på Norsk
  Maritimt Museum", "Bok-messen på X") or someone's workplace ("en fyr på X");
* a market named by its last part (`-martnan`) in a sentence where no one works or sells ("Rørosmartnan har vi
  ikke vært på");
* in caseless speech, one lower-case word in definite form whose head is a unit of a hospital or an institution
  ("sterilsentralen", "dagkirurgien", "akuttmottaket");
* a compass word after `avdeling`/`avd.`/`seksjon`/`sone` ("avdeling Nord").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import capitals, event_work
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.public_bodies import work_before
from workbench.io.pseudonymize.spans import droppable, within
from workbench.io.pseudonymize.used_services import SERVICES
from workbench.io.pseudonymize.work_frames import sentence_around

# National portals: the self-service ones of `used_services` that are no software maker, and the job and
# school-choice portals everyone searches on.
PORTALS = (SERVICES & frozenset({"vigo", "samordna opptak", "altinn", "id-porten", "studentweb", "helsenorge"})) \
    | frozenset({"arbeidsplassen", "jobbnorge", "vilbli", "utdanning.no", "minside", "min side"})
_PORTAL_BEFORE = re.compile(r"(?<![\w-])(?i:på|via|gjennom)[ \t]+$")
_FAIR_WORD = re.compile(r"(?<![\w-])(?i:\w*messe|\w*messen|\w*messa|\w*messer|\w*messene)(?![\w-])")
_FAIR_BEFORE = re.compile(r"(?<![\w-])(?i:\w*messen|\w*messa)[ \t]+$")
_VENUE_BEFORE = re.compile(r"(?<![\w-])(?i:[\w-]*messe|[\w-]*messa|[\w-]*messen)[ \t]+(?:på|i)[ \t]+$")
# "en fyr på X", "en dame hos X": someone at a workplace, however near the fairs.
_PERSON_AT = re.compile(r"(?<![\w-])(?i:fyr|fyren|mann|mannen|dame|dama|damen|kvinne|kvinnen|person|folk|sjef|sjefen|"
                        r"leder|lederen|kollega|kontakt|kontakten)[ \t]+(?:på|hos|i)[ \t]+$")
_MARKET = re.compile(r"[A-ZÆØÅ][a-zæøå]{2,}(?:martna|martnan|marknad|marknaden)")
_VISIT_BEFORE = re.compile(r"(?<![\w-])(?i:på|til)[ \t]+$")
_UNIT_HEADS = ("sentralen", "forsyningen", "kirurgien", "avdelingen", "mottaket", "posten", "poliklinikken",
               "laboratoriet", "vaskeriet", "kjøkkenet", "resepsjonen")
_UNIT = re.compile(rf"[a-zæøå]{{3,}}(?:{'|'.join(_UNIT_HEADS)})")
_COMPASS = frozenset("nord sør øst vest nordvest nordøst sørvest sørøst sentrum midt".split())
_DEPARTMENT_BEFORE = re.compile(r"(?<![\w-])(?i:avdeling|avd\.|seksjon|sone)[ \t]+$")


def _portal(text: str, start: int, end: int) -> bool:
    """A national portal after `på`/`via`/`gjennom`, its caseless twin before a note included, no work before."""
    name = " ".join(text[start:end].split()).casefold()
    if name not in PORTALS:
        return False
    if text[max(0, start - 2):start] == " [" and text[max(0, start - 2 - len(name)):start - 2].casefold() == name:
        start = start - 2 - len(name)  # the note "[Arbeidsplassen]" judged by its spoken twin's frame
    return bool(_PORTAL_BEFORE.search(text, max(0, start - 12), start)) and not work_before(text, start)


def _fair_names(text: str) -> set[str]:
    """Names the document gives right after `messen`/`messa` ("messen Aqua Nor")."""
    names = set()
    for m in re.finditer(r"(?<![\w-])[A-ZÆØÅ][\w-]*(?:[ \t]+[A-ZÆØÅ][\w-]*)?", text):
        if _FAIR_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            names.add(m.group(0))
    return names


def _fair(text: str, start: int, end: int, named: set[str]) -> bool:
    """A fair visited: named after `messen`, the same name again, or `på`/`til` it beside a sentence about fairs."""
    name = text[start:end]
    if any(lexicon.listed(w, gaz.PLACES) for w in re.split(r"[ \t-]+", name)) and name not in named:
        return False
    lo, hi = sentence_around(text, start, end, back=200)
    clause = max(lo, text.rfind(",", lo, start) + 1)
    if event_work._EVENT_WORK.search(text, clause, start):
        return False  # "standen vår på X": a sales channel, kept by `event_work`
    if name in named or any(n.startswith(name + " ") or n.endswith(" " + name) for n in named) \
            or _FAIR_BEFORE.search(text, max(0, start - 20), start):
        return True
    if _VENUE_BEFORE.search(text, max(0, start - 30), start):
        return False  # "en jobbmesse på Norsk Maritimt Museum", "Bok-messen på X": the fair's venue, not the fair
    if _PERSON_AT.search(text, max(0, start - 20), start):
        return False  # "ringe til en fyr på X": a workplace
    if any(lexicon.listed(w, gaz.GIVEN_NAMES) for w in re.split(r"[ \t-]+", name)):
        return False  # "Det var store messer. Etterpå dro vi til Ola": a person, however near the fairs
    prev_lo, _ = sentence_around(text, max(0, lo - 2), max(0, lo - 1), back=200) if lo > 1 else (lo, lo)
    return bool(_VISIT_BEFORE.search(text, max(0, start - 8), start)) and bool(
        _FAIR_WORD.search(text, prev_lo, hi))


def _market(text: str, start: int, end: int) -> bool:
    """One word named by its last part as a market ("Rørosmartnan"), in a sentence where no one works or sells."""
    if not _MARKET.fullmatch(text[start:end]):
        return False
    lo, hi = sentence_around(text, start, end, back=200)
    return not (event_work._EVENT_WORK.search(text, lo, hi) or event_work._SELLING.search(text, lo, hi))


def _unit(text: str, start: int, end: int, stretches: list[tuple[int, int]]) -> bool:
    """One lower-case definite word headed by a unit of an institution, in caseless speech ("sterilsentralen")."""
    word = text[start:end]
    return bool(_UNIT.fullmatch(word)) and within(stretches, start, end) and text[end:end + 2] != " ["


def _department(text: str, start: int, end: int) -> bool:
    """A compass word naming a department ("avdeling Nord")."""
    return text[start:end].casefold() in _COMPASS and bool(_DEPARTMENT_BEFORE.search(text, max(0, start - 10), start))


def drop_shared(text: str, found: list) -> list:
    """`found` without portals searched on, fairs visited, units in caseless speech and compass departments."""
    named = _fair_names(text)
    stretches = capitals.lower_stretches(text)
    return [f for f in found if not droppable(f) or not (
        _portal(text, f[0], f[1]) or _fair(text, f[0], f[1], named) or _market(text, f[0], f[1]) or _unit(text, f[0], f[1], stretches)
        or _department(text, f[0], f[1]))]
