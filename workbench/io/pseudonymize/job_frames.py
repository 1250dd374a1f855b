"""Workplaces the keep rules would leave: platforms driven for, firms applied to, associations worked at.

The keep rules leave a name that every participant could use: an app, a food brand, a union, a council.
Some frames turn it into someone's workplace, and then it narrows who they are:

* a platform or firm someone drives, cycles or delivers for, and every name listed after it ("sykler for
  Foodora og Wolt", "kjører for Instabox, og litt for Tiptapp"); an app used is no workplace ("bestiller
  fra Foodora" reads no driving);
* firms in a list after an application ("søkte på Orkla, på Mills, og på Nofima", "søkt hos Nortura, Gilde
  og Fatland"), but not a job site applied through (Finn, LinkedIn), a public body or service applied to
  for a benefit ("søkte hos Lånekassen", "søkte om bostøtte hos Husbanken"), a place or a country ("sykler
  for Norge"), or a degree ("søkte på Bachelor i sykepleie");
* an association, union or council named by its head word (`forbund`, `forening`, `lag`, `råd`,
  `organisasjon`) where someone works ("ansatt i Innvandrerrådet") or in a turn about work where someone
  looked at it ("Jeg har også sett på Astmaforbundet, de har en ledig stilling", after "Hva tenker du om
  arbeidsmarkedet?"), not its web page read for advice ("sett på Fagforbundet sin side"). Joining,
  volunteering and giving stay with `associations`;
* an organisation named as the other choice after a kind of workplace in a work or application frame ("vil
  jobbe med logistikk i et rederi, eller i Frelsesarmeen", "som sykepleier på et sykehjem eller hos Blå Kors",
  "søkte sommerjobb i en barnehage og hos Redd Barna"; round 43o): a charity or church body hoped for as a
  workplace is one, though the keep rules leave it where it is joined or given to ("er med i et kor, og i
  Natteravnene", "gir klær til en bruktbutikk eller til Blå Kors" have no work word, and volunteering stays);
  round 49o: also in a verbless sentence after the one with the work word in the same turn ("Jeg vil ha en jobb
  der jeg skriver. Kanskje kommunikasjon i en kommune, eller i Kirkens Bymisjon.").

These finds are added after the keep rules have run (see `pseudonymizer`), so a list or an ending that keeps
the name elsewhere does not drop them, and every other mention of the same name is found again.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, world_places
from workbench.io.pseudonymize.applied_openers import applied_openers
from workbench.io.pseudonymize.work_frames import line_around, line_before, sentence_around

# Driving, cycling or delivering for: "sykler for ", "kjører bud for ", "leverer mat for ".
_DRIVES_FOR = re.compile(
    r"(?<![\w-])(?i:kjører|kjørte|kjørt|kjøre|sykler|syklet|sykla|sykle|leverer|leverte|levert|levere|bud|budbil"
    r"|sjåfør|syklist|kurer)(?:[ \t]+(?i:bud|mat|pakker|pakke|også|bare|mest|litt|nå|fast|deltid|i[ \t]+helgene"
    r"|om[ \t]+kvelden|på[ \t]+kveldene)){0,2}[ \t]+(?i:for)[ \t]+$")
# An application: "søkte på ", "søkt jobb hos ", "sendt søknad til ", "søknader til ".
_APPLIED_TO = re.compile(
    r"(?<![\w-])(?i:søkte|søkt|søker|søke|søknad|søknader|søknaden|søknadene)(?:[ \t]+(?i:også|jobb|jobber|stilling"
    r"|stillinger|fast|deltid|sommerjobb|meg|bare|først|nå|allerede|en|et|ei|to|tre|fire|fem)){0,2}"
    r"[ \t]+(?i:på|hos|til)[ \t]+$")  # not `i`: "søker jobb i Norge" names where, not whom
# The next item of a list: ", ", " og ", ", og ", with the preposition again and a filler ("og litt for").
_NEXT = re.compile(r"(?:,[ \t]*(?:og[ \t]+|eller[ \t]+)?|[ \t]+(?:og|eller)[ \t]+)"
                   r"(?:(?i:også|litt|bare|så)[ \t]+)?(?:(?i:på|hos|til|for|i)[ \t]+)?(?=[A-ZÆØÅ])")
_NAME = re.compile(r"[A-ZÆØÅ][\w&-]*(?:[ \t]+[A-ZÆØÅ0-9][\w&-]*){0,3}")
# Looking at a body for work: "sett på ", "så også på ", "vurderer ", "tenkt på ".
_LOOKED_AT = re.compile(r"(?<![\w-])(?i:sett|så|ser|kikket|kikka|sjekket|sjekka|tenkt|tenker|vurdert|vurderer)"
                        r"(?:[ \t]+(?i:også|litt|jo|nå|faktisk))*(?:[ \t]+(?i:på))?[ \t]+$")
_JOB_WORD = re.compile(r"(?<![\w-])(?i:jobb\w*|stilling\w*|arbeidsmarked\w*|arbeidsgiver\w*|arbeidsplass\w*|ledig\w*"
                       r"|søke|søkte|søknad\w*|ansett\w*|ansatt\w*|karriere\w*|vikariat\w*|praksis\w*)(?![\w-])")
# Association, union and council heads, as the last part of a compound or as a word of their own.
_HEADS = ("forbundet", "forbund", "foreningen", "forening", "laget", "lag", "rådet", "råd", "organisasjonen",
          "organisasjon")
# A body's web page read for advice, not the body looked at as a workplace: "sett på Fagforbundet sin side".
_ITS_PAGE = re.compile(r"(?:[ \t]+(?i:sin|sine)[ \t]+(?:\w*side\w*|sider)|-(?:siden|sidene|sida|nettsiden))(?![\w-])")
# How far back a name's sentence is read for its frame.
_BACK = 120
# A work or application word, a kind of workplace (with an indefinite article, or a definite noun), then
# `eller`/`og` and a preposition: "jobbe med logistikk i et rederi, eller i ", "på et sykehjem eller hos ",
# "i en barnehage og hos ", "jobbe med kommunikasjon, helst i kommunen, eller i ".
_WORK_WORD = (r"jobb\w*|arbeid\w*|ansatt\w*|ansettelse|stilling\w*|praksis\w*|sommerjobb\w*|deltidsjobb\w*"
              r"|vikar\w*|søke|søker|søkte|søkt|søknad\w*")
_ALTERNATIVE = re.compile(
    rf"(?<![\w-])(?i:{_WORK_WORD})(?![\w-])(?:[ \t]*[,–][ \t]*|[ \t]+[\wæøå-]+){{0,8}}?[ \t]+(?i:i|på|hos|ved|for)"
    r"[ \t]+(?:(?i:en|et|ei)(?:[ \t]+[\wæøå-]+){1,4}?|[a-zæøå]{3,}(?:en|et|a))[ \t]*[,–]?[ \t]+(?i:eller|og)"
    r"(?:[ \t]+(?i:kanskje|helst|gjerne|også|heller))?[ \t]+(?i:i|på|hos|ved|for)[ \t]+$")
# Round 49o: the choice said in a verbless sentence after the work word's sentence in the same turn ("Jeg vil ha en
# jobb der jeg skriver. Kanskje kommunikasjon i en kommune, eller i "); the work word is read in the turn before it.
_FRAGMENT_ALTERNATIVE = re.compile(
    r"[ \t]*(?i:kanskje|helst|gjerne|eller|og)(?:[ \t]+[\wæøå-]+){0,3}?[ \t]+(?i:i|på|hos|ved|for)"
    r"[ \t]+(?:(?i:en|et|ei)(?:[ \t]+[\wæøå-]+){1,4}?|[a-zæøå]{3,}(?:en|et|a))[ \t]*[,–]?[ \t]+(?i:eller|og)"
    r"(?:[ \t]+(?i:kanskje|helst|gjerne|også|heller))?[ \t]+(?i:i|på|hos|ved|for)[ \t]+$")
_WORK_IN_TURN = re.compile(rf"(?<![\w-])(?i:{_WORK_WORD})(?![\w-])")
_UNPAID = re.compile(r"(?<![\w-])(?i:frivillig\w*|dugnad\w*|ulønnet)(?![\w-])")


def _firm(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], an item after a work or application frame, can be a firm: not a place, a
    given name, a job site, a public body or service, a weekday or a function word."""
    from workbench.io.pseudonymize.public_bodies import body_length
    from workbench.io.pseudonymize.reference_names import PLATFORMS

    words = text[start:end].split()
    low = words[0].casefold()
    if low in gaz.FUNCTION_WORDS or low in lexicon.CALENDAR or low in PLATFORMS or low in gaz.PUBLIC:
        return False
    if lexicon.public(low) or body_length(text, start) or low in ("nav", "udi", "imdi", "kommunen"):
        return False
    if len(words) == 1 and any(lexicon.listed(words[0], names) for names in (gaz.PLACES, gaz.GIVEN_NAMES)):
        return False
    if low in ("norge", "noreg") or low in world_places.COUNTRIES or low in world_places.CITIES \
            or lexicon.common_noun(words[0]):
        return False  # "sykler for Norge", "søkte til Norge", "søkte på Bachelor i sykepleie"
    return not (len(words) == 1 and lexicon.known_word(low) and lexicon.definite(low) and low.endswith(
        ("en", "et", "a")) and not low[:1].isupper() and lexicon.compound_head(low) is None)


def _listed_after(text: str, end: int) -> list[tuple[int, int]]:
    """The names of a list that starts right at `end` (after its frame), as spans."""
    out = []
    at = end
    while True:
        name = _NAME.match(text, at)
        if name is None:
            return out
        out.append((name.start(), name.end()))
        more = _NEXT.match(text, name.end())
        if more is None:
            return out
        at = more.end()


def _list_finds(text: str, frame: re.Pattern, source: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in re.finditer(r"(?<![\w@.-])[A-ZÆØÅ]", text):
        if out and m.start() < out[-1][1]:
            continue
        lo = sentence_around(text, m.start(), m.start(), back=_BACK)[0]
        if not frame.search(text, lo, m.start()):
            continue
        for s, e in _listed_after(text, m.start()):
            if _firm(text, s, e):
                out.append((s, e, "org", source))
    return out


def _association(name: str) -> bool:
    """Whether a name ends in an association's, union's or council's head ("Innvandrerrådet", "Human-Etisk
    Forbund", "Beboerforeningen Solhøgda" aside: a name after the head is a run the word rules find)."""
    words = name.split()
    last = words[-1].casefold()
    if len(words) > 1:
        return last in _HEADS
    for head in _HEADS:
        stem = last[:-len(head)].rstrip("-")
        if last.endswith(head) and len(stem) > 3:
            return True
    return False


def _association_finds(text: str) -> list[tuple[int, int, str, str]]:
    from workbench.io.pseudonymize.keep import _VOLUNTEERING, employer_before

    out = []
    for m in re.finditer(r"(?<![\w@.-])[A-ZÆØÅ]", text):
        if out and m.start() < out[-1][1]:
            continue
        name = _NAME.match(text, m.start())
        if name is None or not _association(name.group(0)):
            continue
        start = m.start()
        if _VOLUNTEERING.search(text, max(0, start - 30), start):
            continue
        lo = sentence_around(text, start, start, back=_BACK)[0]
        work = employer_before(text, start)
        if not work and _LOOKED_AT.search(text, lo, start) and not _ITS_PAGE.match(text, name.end()):
            line_lo, line_hi = line_around(text, start)
            work = bool(_JOB_WORD.search(text, line_lo, line_hi) or _JOB_WORD.search(text, *line_before(text, line_lo)))
        if work:
            out.append((start, name.end(), "org", "rule:association-work"))
    return out


def _alternative_finds(text: str) -> list[tuple[int, int, str, str]]:
    """Organisations named as the other choice after a kind of workplace in a work frame (see the module)."""
    out = []
    for m in re.finditer(r"(?<![\w@.-])[A-ZÆØÅ]", text):
        start = m.start()
        lo, hi = sentence_around(text, start, start, back=_BACK)
        frame = _ALTERNATIVE.search(text, lo, start)
        while frame is not None and (later := _ALTERNATIVE.search(text, frame.start() + 1, start)) is not None:
            frame = later  # the work word nearest the name: "har jobbet frivillig, og vil jobbe med … i en …"
        if frame is None and _FRAGMENT_ALTERNATIVE.match(text, lo, start) is not None:
            turn_start = max(text.rfind("\n", 0, lo) + 1, lo - 200)
            frame = _WORK_IN_TURN.search(text, turn_start, lo)  # "… en jobb der jeg skriver. Kanskje …, eller i"
        if frame is None or _UNPAID.search(text, frame.start(), start):  # "jobber frivillig i en forening, eller i"
            continue
        name = _NAME.match(text, start)
        if name is not None and _firm(text, start, name.end()) and not _UNPAID.search(text, name.end(), hi):
            out.append((start, name.end(), "org", "rule:association-work"))  # not "…, eller i X som frivillig"
    return out


def job_finds(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for platforms driven for, firms applied to in a list and associations or
    councils worked at or looked at for work."""
    return (_list_finds(text, _DRIVES_FOR, "rule:driven-for") + _list_finds(text, _APPLIED_TO, "rule:applied-list")
            + _association_finds(text) + applied_openers(text)  # round 38o: "… søknader. Gjensidige, DNB, …"
            + _alternative_finds(text))  # round 43o: "i et rederi, eller i Frelsesarmeen"
