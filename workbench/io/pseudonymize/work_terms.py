"""Words of working life that the name rules took for names: standards, school levels, job sites, outings (round 57b).

Held-out 60 and 61 lost ordinary words to the organisation and person rules and to the full pipeline's model, in
shapes that name no one:

* a trade's standard, method, document or equipment acronym: "jeg kan HACCP", "rutiner for fdv [FDV]", "VHF" on
  the bridge, "ais [AIS]". Policy: an acronym is a term where it stands right after a skill frame (`kan`, `kunne`,
  `behersker`, `kjenner`, `erfaring med`, `sertifikat for`, `kurs i`), or in a list after one ("kan BIM og litt
  IFC", "kan GMP og GDP"), cased or said in lower case before its note; and the standards, methods and equipment
  of the trades (`TRADE_ACRONYMS`: food and drug practice, building, electrical, maritime and transport codes)
  are terms wherever they stand. Either way the text putting the acronym where someone works or studies
  (`terms.workplace_somewhere`) keeps it found.
* a school level: `vg1`-`vg3`, `Vg2`, `VG3`, with or without its note ("vg2 [Vg2] rørlegger").
* a job site or tradesman's marketplace, which the listing policy counts as no identifier: `FINN`, `finn
  [FINN]`, `Mittanbud`, `mittanbud [Mittanbud]`, `Jobbnorge`. Working there said before a mention ("jobber i
  FINN") keeps it. A site's name that is also a given name goes only in the site's spelling (`FINN`, `finn
  [FINN]`); `Finn` with a capital only is left to `everyday_listed`, which weighs every mention of the name
  ("Finn sa", "Finn Rasmussen").
* a lower-case dictionary word after being taken or coming along (`tok meg med på`, `bli med ut på`): "tok meg
  med på ruter" is an outing on a round, not the transport company, in cased and in caseless speech. A note after
  the word, a listed place or another verb before `med på` ("hva jobbet du med på filippinene") keeps it.
* a title's definite form with a capital ("Overlegen på avdelingen", "Rektoren sa"): a role, no name.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.terms import workplace_somewhere

Found = tuple[int, int, str, str, "str | None"]

# Standards, practices, documents, methods and equipment of the trades: food and drug practice (HACCP, GMP, GDP,
# GCP, GLP), building and installation (BIM, IFC, SHA, SJA, FDV, NEK, VVS, HVAC), electrical, automation and
# machining (PLS, PLC, SCADA, CNC, CAD), maritime and transport (VHF, UHF, AIS, ECDIS, GMDSS, STCW, ADR, IMDG, YSK),
# safety and quality (HMS, ISO, ATEX, GWO, BOSIET, PPAP, FMEA).
TRADE_ACRONYMS = frozenset("""
haccp gmp gdp glp gcp bim ifc sha sja fdv nek vvs pls plc scada hvac vhf uhf ais ecdis gmdss stcw adr imdg
hms iso atex ysk gwo bosiet cnc cad ppap fmea
""".split())
# Job sites and tradesmen's marketplaces.
PLATFORMS = frozenset("finn finn.no mittanbud mittanbud.no jobbnorge anbudstorget indeed".split())
_SCHOOL_LEVEL = re.compile(r"(?i:vg)[1-3]")
_SKILL = re.compile(r"(?<![\w-])(?i:kan|kunne|behersker|beherske|kjenner|erfaring[ \t]+med|sertifikat[ \t]+for"
                    r"|sertifisert[ \t]+i|kurs[ \t]+i)(?:[ \t]+(?i:litt|godt|også|bra|både))?[ \t]+")
# One acronym: cased ("HACCP", "IATA-reglene"), or lower case before its note ("nek [NEK]").
_ACRONYM = re.compile(r"([A-ZÆØÅ]{2,6})(?:-[a-zæøå]+)?(?![\w])|([a-zæøå]{2,6})[ \t]+\[([A-ZÆØÅ]{2,6})\]")
_LIST_GAP = re.compile(r"(?:,[ \t]*|[ \t]+(?:og|eller)[ \t]+)(?:(?:litt|også|noe)[ \t]+)?")
# Taken or coming along: "tok meg med på", "fikk jeg bli med ut på"; not "jobbet du med på".
_OUTING = re.compile(r"(?<![\w-])(?i:ta|tar|tok|tatt|bli|blir|ble|blitt|fikk|få|får|fått|være|var|vært|kom|komme"
                     r"|kommer|fulgte|følge|følger|dro|dra|drar)(?:[ \t]+(?i:meg|deg|henne|ham|han|hun|oss|dere|dem|seg|jeg"
                     r"|vi|de|du))?[ \t]+(?i:med)[ \t]+(?:(?i:ut)[ \t]+)?(?i:på)[ \t]+$")
_NOTE_AFTER = re.compile(r"[ \t]*\[")
# Working there: "jobber i FINN", "praksis hos Mittanbud" (not "søkte jobb på Finn", a site searched).
_WORKS_AT = re.compile(r"(?<![\w-])(?i:jobber|jobbet|jobba|arbeider|arbeidet|ansatt|praksis|lærling|vikar|utvikler"
                       r"|konsulent)(?:[ \t]+[\wæøå-]+){0,3}?[ \t]+(?i:på|hos|i|ved|for)[ \t]+$")
# The definite forms of titles: a role, not a name.
_DEFINITE_TITLES = frozenset("""
overlegen legen fastlegen professoren rektoren lektoren dosenten advokaten presten pastoren sogneprest
""".split())


def _skill_terms(text: str) -> set[str]:
    """The acronyms (case-folded) that stand right after a skill frame, or in a list after one."""
    out: set[str] = set()
    for frame in _SKILL.finditer(text):
        at = frame.end()
        for _ in range(6):
            m = _ACRONYM.match(text, at)
            if m is None:
                break
            word = m.group(1) or m.group(3)
            if lexicon.listed(word, gaz.EMPLOYERS) or word.casefold() in gaz.NEVER:
                break
            out.add(word.casefold())
            gap = _LIST_GAP.match(text, m.end())
            if gap is None:
                break
            at = gap.end()
    return out


def _term(text: str, word: str, skill: set[str]) -> bool:
    head = word.split("-", 1)[0]
    low = head.casefold()
    if not (head.isupper() or head.islower()) or (low not in skill and low not in TRADE_ACRONYMS
                                                  and word.casefold() not in TRADE_ACRONYMS):
        return False
    if head.islower() and not re.search(rf"(?<![\w-]){head.upper()}(?![\w])", text):
        return False  # said in lower case: a term only where its capitals are written somewhere ("fdv [FDV]")
    return not workplace_somewhere(text, head.upper())


def _platform(text: str, s: int, e: int) -> bool:
    word = text[s:e]
    if word.casefold() not in PLATFORMS or _WORKS_AT.search(text, max(0, s - 60), s):
        return False
    if not lexicon.listed(word, gaz.GIVEN_NAMES) or word.isupper():
        return True
    note = re.match(r"[ \t]*\[([^\]\n]+)\]", text[e:e + 40])  # "finn [FINN]": the site's own spelling
    return word.islower() and note is not None and note.group(1).isupper()


def drop_work_terms(text: str, found: list[Found]) -> list[Found]:
    """`found` without trade acronyms and skills, school levels, job sites, outings and titles' definite forms."""
    skill = _skill_terms(text)
    out = []
    for f in found:
        s, e, kind, source = f[0], f[1], f[2], f[3]
        word = text[s:e]
        if kind in ("person", "place", "org") and source not in ("list", "identifier") and (
                _SCHOOL_LEVEL.fullmatch(word) or _term(text, word, skill) or _platform(text, s, e)
                or (word.islower() and " " not in word and lexicon.known_word(word) and not lexicon.listed(word, gaz.PLACES)
                    and _OUTING.search(text, max(0, s - 40), s) and not _NOTE_AFTER.match(text, e))
                or (word[:1].isupper() and word[1:].islower() and word.casefold() in _DEFINITE_TITLES)):
            continue
        out.append(f)
    return out
