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

Round 58a: held-out 62 and 63 lost acronyms of sectors no list holds (hotels, fish farming, electrical work,
recycling). A list cannot follow every trade, so the SHAPE and FRAME of the mention decide (`sector_terms`):

* a mixed-case acronym ("RevPAR", "qPCR"): a trade's measure, not a firm's name;
* an acronym defined right after it by lower-case words ("MTB, maksimalt tillatt biomasse", "ROV, det er
  undervannsroboten"), unless the definition names a firm, bank, union or school ("NTL, det er fagforeningen");
* an acronym coordinated with a known term ("HMS, FSC og PEFC"), or before a skill frame ("FEL og FSE må man
  kunne"); a skill frame's list runs on over ordinary words ("kan PMS-systemer, overbooking, RevPAR");
* a caseless acronym said before its note ("pet [PET]", "ee avfall [EE-avfall]") with no employer, member or
  customer frame before it;
* the spoken twin of a public body's note ("låne kassen [Lånekassen]", "brønnøysund registrene
  [Brønnøysundregistrene]") and the body's written mentions, unless the text names the body as a workplace.

Working, membership and customer frames anywhere in the text (`jobber i DNB`, `ansatt hos ISS`, `medlem av NTL`,
`kunde hos X`) keep an acronym found, and so does a listed employer's name.

Round 59b: held-out 64 and 65's controls lost a trade's methods, a caseless skill and spelled labels:

* a trade verb's objects: a subject pronoun, a verb of handwork and a degree word (`mest`, `helst`, `stort sett`)
  before acronyms ("vi lodder mest SMD og THT, litt BGA"): methods, not firms. Verbs of use, choice, contact,
  driving and work (`bruker`, `velger`, `ringer`, `kjører`, `jobber`) are no such frame: "bruker mest DNB" is a bank.
* a learning verb is a skill frame (`å lære`, `lærte`, `øve på`), and a skill list runs from an ordinary item over
  `og` to a final acronym ("å lære dosering og EPJ").
* in a caseless skill list, a lower-case dictionary word or compound whose note is only its capitalised form
  ("kan felleskatalogen [Felleskatalogen] og atc [ATC]") is a term too (round 58a read only acronym notes); not a
  listed name, place or employer ("kjenner ingrid [Ingrid]").
* a label spelled letter by letter before a label noun and its note ("h p r nummer [HPR-nummer]", "d u f nummer
  [DUF-nummer]"): a number's label, not a firm, unless a work or member frame stands before it. Spelled letters
  alone ("n t n u [NTNU]") stay what the other rules make them: a school or firm is often spelled so.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.public_bodies import named_as_workplace, public_body, work_before
from workbench.io.pseudonymize.terms import workplace_somewhere
from workbench.io.pseudonymize.spans import droppable, within

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
_ACRONYM = re.compile(r"([A-ZÆØÅ]{2,6}|[A-ZÆØÅ][a-zæøå]{1,3}[A-ZÆØÅ]{2,5}|[a-z]{1,2}[A-ZÆØÅ]{2,5})(?:-[a-zæøå]+)?(?![\w])"
                      r"|([a-zæøå]{2,6})[ \t]+\[([A-ZÆØÅ]{2,6})\]")
# An ordinary item in a skill list: a lower-case word or an acronym's compound ("overbooking", "PMS-systemer").
_PLAIN_ITEM = re.compile(r"(?:[a-zæøå]{3,}|[A-ZÆØÅ]{2,6}-[a-zæøå]{3,})(?![\w-])")
_COMMA_GAP = re.compile(r",[ \t]*(?:og[ \t]+)?")
# A learning frame is a skill frame too: "å lære", "lærte", "øve på" (round 59b).
_LEARN = re.compile(r"(?<![\w-])(?:(?i:å)[ \t]+(?i:lære)|(?i:lærte|lært|øve|øvde|øver|trene|trent|trente)(?:[ \t]+(?i:mer|mye|litt))?[ \t]+(?i:på))"
                    r"(?:[ \t]+(?i:litt|godt|også|mer|både))?[ \t]+")
# A trade verb's objects: a subject pronoun, a verb and a degree word before the first acronym ("vi lodder mest
# SMD"); not verbs of use, choice, contact, travel or work, whose objects may be firms ("bruker mest DNB").
# Verbs of using, choosing, contacting, working, liking, seeking, paying, hearing, seeing, reading and asking
# (read with any ending): after one, an acronym is something used or dealt with, not a term of the trade.
# `sector_frames` reads these and more.
USE_VERB_STEMS = (r"bruk|velg|valg|ring|kontakt|handl|kjør|jobb|arbeid|likt?e|foretrekk|anbefal|søk|besøk|betal|hør"
                  r"|ser|så|lese|leser|leste|spør")
_TRADE_VERB = re.compile(r"(?<![\w-])(?i:jeg|vi|han|hun|de|dere|du|man)[ \t]+(?!(?i:" + USE_VERB_STEMS + r")"
                         r"[a-zæøå]*[ \t])([a-zæøå]{3,}(?:er|et|te|de))[ \t]+(?i:mest|helst|stort[ \t]+sett"
                         r"|for[ \t]+det[ \t]+meste|oftest)[ \t]+")
# A caseless term before its note, the note only its capitalised form: "felleskatalogen [Felleskatalogen]".
_TWIN_TERM = re.compile(r"([a-zæøåA-ZÆØÅ][a-zæøå]{3,})[ \t]+\[([A-ZÆØÅ][a-zæøå]{3,})\]")
# A label spelled letter by letter before a label noun and its note: "h p r nummer [HPR-nummer]".
_SPELLED_LABEL = re.compile(r"(?<![\w-])((?:[a-zæøå][ \t]+){1,5}[a-zæøå])[ \t]+(nummer|nummeret|kode|koden|kort|kortet)"
                            r"[ \t]+\[([A-ZÆØÅ]{2,6})[- ]?(?i:nummer|nummeret|nr\.?|kode|koden|kort|kortet)\]")
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
    return _skill_walk(text)[0]


def _term_twin(word: str, note: str) -> bool:
    """A lower-case dictionary word or compound whose note is only its capitalised form, no listed name."""
    low = word.casefold()
    if note.casefold() != low or not (lexicon.known_word(low) or lexicon.compound_of_known(low)):
        return False
    return not any(lexicon.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS))


def _skill_walk(text: str) -> tuple[set[str], list[tuple[int, int]]]:
    """The acronyms (case-folded) after a skill, learning or trade-verb frame or in a list after one, and the
    spans of caseless terms before their capitalised notes in such a list ("felleskatalogen [Felleskatalogen]")."""
    out: set[str] = set()
    spans: list[tuple[int, int]] = []
    frames = [f.end() for f in _SKILL.finditer(text)] + [f.end() for f in _LEARN.finditer(text)] \
        + [f.end() for f in _TRADE_VERB.finditer(text)]
    for at in frames:
        for _ in range(6):
            m = _ACRONYM.match(text, at)
            if m is None:
                twin = _TWIN_TERM.match(text, at)
                if twin is not None and _term_twin(twin.group(1), twin.group(2)):
                    spans.append((twin.start(), twin.end()))
                    gap = _LIST_GAP.match(text, twin.end())
                    if gap is None:
                        break
                    at = gap.end()
                    continue
                plain = _PLAIN_ITEM.match(text, at)  # "kan PMS-systemer, overbooking, RevPAR": ordinary items
                comma = _COMMA_GAP.match(text, plain.end()) if plain else None
                if comma is None and plain is not None:  # "å lære dosering og EPJ": a last acronym after `og`
                    joined = _LIST_GAP.match(text, plain.end())
                    comma = joined if joined and _ACRONYM.match(text, joined.end()) else None
                if comma is None:
                    break
                at = comma.end()
                continue
            word = m.group(1) or m.group(3)
            if lexicon.listed(word, gaz.EMPLOYERS) or word.casefold() in gaz.NEVER:
                break
            out.add(word.casefold())
            gap = _LIST_GAP.match(text, m.end())
            if gap is None:
                break
            at = gap.end()
    return out, spans


def spelled_labels(text: str) -> list[tuple[int, int]]:
    """Spans of labels spelled letter by letter before a label noun and their notes ("h p r nummer
    [HPR-nummer]"), with no work or member frame before them."""
    out = []
    for m in _SPELLED_LABEL.finditer(text):
        if re.sub(r"\s", "", m.group(1)).upper() != m.group(3):
            continue
        if _TIED_BEFORE.search(text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60), m.start()):
            continue
        out.append((m.start(), m.end()))
    return out


def _term(text: str, word: str, skill: set[str]) -> bool:
    head = word.split("-", 1)[0]
    low = head.casefold()
    if _MIXED.fullmatch(head) and low in skill:
        return not workplace_somewhere(text, head)
    if not (head.isupper() or head.islower()) or (low not in skill and low not in TRADE_ACRONYMS
                                                  and word.casefold() not in TRADE_ACRONYMS):
        return False
    if head.islower() and not re.search(rf"(?<![\w-]){head.upper()}(?![\w])", text):
        return False  # said in lower case: a term only where its capitals are written somewhere ("fdv [FDV]")
    return not workplace_somewhere(text, head.upper())


# A mixed-case acronym: a trade's measure or method ("RevPAR", "qPCR"), not a firm's name ("PwC", "TietoEVRY").
_MIXED = re.compile(r"[A-ZÆØÅ][a-zæøå]{1,3}[A-ZÆØÅ]{2,5}|[a-z]{1,2}[A-ZÆØÅ]{2,5}")
_ACRO = r"(?<![\w-])([A-ZÆØÅ]{2,6}|[A-ZÆØÅ][a-zæøå]{1,3}[A-ZÆØÅ]{2,5}|[a-z]{1,2}[A-ZÆØÅ]{2,5})(?:-[a-zæøå]+)?(?![\w])"
_WORD = r"(?:[a-zæøå][\wæøå-]*|[A-ZÆØÅ]{2,6})"
# Defined right after: "MTB, maksimalt tillatt biomasse." / "ROV, det er undervannsroboten." (to the sentence's end).
_DEFINED = re.compile(_ACRO + r",[ \t]+(?:(?:det[ \t]+er|altså|som[ \t]+betyr|dvs\.?|betyr)[ \t]+("
                      + _WORD + r"(?:[ \t]+" + _WORD + r"){0,13})|(" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,7}))"
                      r"(?=[ \t]*(?:[.;!?\n]|$))")
# A first word that starts a clause, not a definition ("DNB, men de svarte ikke").
_CLAUSE_WORDS = frozenset("""
og men så da der her som for fordi hvis når at jeg du han hun vi de dere det ikke også bare jo vel nå hvor
eller mens selv sier sa er var har hadde kan skal vil må fikk får gikk kom ble blir etter før med til fra på i
""".split())
_PRONOUN = re.compile(r"(?<![\w-])(?:jeg|du|han|hun|vi|de|dere|meg|deg|ham|henne|oss|dem|man)(?![\w-])")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?i:fra|i|til|hos|på|ved|av|med|mot|for)[ \t]+$")
# A definition that names a workplace, bank, union or school keeps the acronym a name.
# (A whole word or a compound's last part: "logistikkfirma", "fagforeningen".)
_ORG_NOUN = re.compile(r"(?i:firma|bedrift|selskap|forening|forbund|bank|butikk|sykehus|klinikk|skole|kommune"
                       r"|organisasjon|arbeidsgiver|konsern|byrå|foretak|leverandør|kunde|universitet|høgskole"
                       r"|høyskole|arbeidsplass|klubb|senter|kontor)(?:en|et|a|er|ene|ets|ens|ar)?(?![\w])")
# A skill frame after the acronyms: "FEL og FSE må man kunne", "ADR kan jeg".
_SKILL_AFTER = re.compile(r"[ \t]+(?:(?:må|skal|bør)[ \t]+(?:man|du|jeg|vi|alle|dere)[ \t]+(?:kunne|kjenne|lære|ha)"
                          r"|(?:kan|kjenner|behersker)[ \t]+(?:jeg|vi|du|man))(?![\w])")
_CHAIN = re.compile(_ACRO + r"(?:(?:,[ \t]*|[ \t]+(?:og|eller)[ \t]+)" + _ACRO[:-len(r"(?![\w])")] + r"(?![\w]))*")
# A member, customer or employer frame before a mention: "medlem av NTL", "kunde hos X", "ansatt i gfh".
_TIED_BEFORE = re.compile(r"(?<![\w-])(?i:medlem\w*|tillitsvalgt\w*|organisert|meldt\w*|melde\w*|kunde\w*|lever\w*"
                          r"|kontrakt\w*|avtale\w*|søk\w*|jobb\w*|arbeid\w*|ansatt\w*|praksis\w*|lærling\w*"
                          r"|vikar\w*|sjef\w*|begynt\w*|sluttet|startet|eier\w*|vært|var)(?:[ \t]+[\wæøå-]+){0,3}?"
                          r"[ \t]+(?i:i|hos|på|av|for|til|ved|med|inn[ \t]+i)[ \t]+$")
# A caseless acronym before its note: "pet [PET]", "ee avfall [EE-avfall]".
# (The pipeline may have cased the spoken run after its note already: "PET [PET]".)
_NOTED = re.compile(r"(?:(?<![\w-])([a-zæøåA-ZÆØÅ]{1,6})[ \t]+)?(?<![\w-])([a-zæøåA-ZÆØÅ]{1,10})[ \t]+"
                    r"\[([A-ZÆØÅ]{2,6}(?:-[a-zæøå]+)?)\]")
# A spoken run of one to three words before its note: "låne kassen [Lånekassen]".
_SPOKEN_NOTE = re.compile(r"(?<![\w-])([a-zæøå-]+(?:[ \t]+[a-zæøå-]+){0,2})[ \t]+\[([^\]\n]{2,60})\]")


def _tied(text: str, acronym: str) -> bool:
    """Whether the text puts the acronym where someone works, is a member or a customer, anywhere."""
    if workplace_somewhere(text, acronym) or lexicon.listed(acronym, gaz.EMPLOYERS):
        return True
    for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w])", text, re.IGNORECASE):
        line = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60)
        if _TIED_BEFORE.search(text, line, m.start()):
            return True
    return False


def tied_before(text: str, start: int) -> bool:
    """Whether a member, customer, applying or work frame ends right before `start` on its line ("søkte jobb i ")."""
    return _TIED_BEFORE.search(text, max(text.rfind("\n", 0, start) + 1, start - 60), start) is not None


def noted_acronyms(text: str) -> list[tuple[str, int, int]]:
    """Acronyms said in lower case before their note, as (case-folded acronym, start of the spoken run, end of
    the note): "pet [PET]", "ee avfall [EE-avfall]"; not right after a preposition ("bachelor på rust [RUST]")."""
    out = []
    for m in _NOTED.finditer(text):
        note = m.group(3)
        for start in (m.start(2), m.start(1) if m.group(1) else -1):
            if start >= 0 and re.sub(r"[\s-]", "", text[start:m.end(2)]).casefold() == re.sub(r"-", "", note).casefold():
                if not _PLACE_BEFORE.search(text, max(0, start - 12), start):  # "master fra hale [HALE]": a school
                    out.append((note.split("-", 1)[0].casefold(), start, m.end()))
                break
    return out


def sector_terms(text: str) -> set[str]:
    """The acronyms (case-folded) that the text's shapes and frames make trade terms: mixed case, defined right
    after, coordinated with a known term or before a skill frame, or said in lower case before their note."""
    found: set[str] = set()
    for m in re.finditer(_ACRO, text):
        if _MIXED.fullmatch(m.group(1)):
            found.add(m.group(1).casefold())
    for m in _DEFINED.finditer(text):
        gloss = m.group(2) or m.group(3)
        if _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or (m.group(3) and (
                gloss.split()[0].casefold() in _CLAUSE_WORDS or _PRONOUN.search(gloss))):
            continue  # "fra UAE, tror jeg": a clause after a place, not a definition
        if not _ORG_NOUN.search(gloss):
            found.add(m.group(1).casefold())
    found.update(acronym for acronym, _s, _e in noted_acronyms(text))
    known = found | TRADE_ACRONYMS
    for chain in _CHAIN.finditer(text):
        words = [w.casefold() for w in re.findall(_ACRO, chain.group())]
        if any(w in known for w in words) or _SKILL_AFTER.match(text, chain.end()):
            found.update(words)
    return {w for w in found if not _tied(text, w.upper()) and not _tied(text, w)}


def twin_spans(text: str) -> list[tuple[int, int]]:
    """Spans to leave: the spoken twin and its note of a public body the text does not name as a workplace
    ("låne kassen [Lånekassen]"), and the body's written mentions elsewhere."""
    spans: list[tuple[int, int]] = []
    work = None
    for m in _SPOKEN_NOTE.finditer(text):
        note = m.group(2).strip()
        key = note.casefold()
        if not public_body(key):
            continue
        # the run may take words before the twin ("selv låne kassen"): the shortest tail that spells the note
        words = list(re.finditer(r"[a-zæøå-]+", m.group(1)))
        tails = [m.start(1) + w.start() for i, w in enumerate(words)
                 if re.sub(r"[\s-]", "", m.group(1)[w.start():]) == re.sub(r"[\s-]", "", key)]
        work = named_as_workplace(text) if work is None else work
        if not tails or key in work or work_before(text, tails[-1]) or _TIED_BEFORE.search(
                text, max(text.rfind("\n", 0, tails[-1]) + 1, tails[-1] - 60), tails[-1]):
            continue
        spans.append((tails[-1], m.end()))
        spans.extend((w.start(), w.end()) for w in re.finditer(rf"(?<![\w-]){re.escape(note)}(?![\w-])", text))
    return spans


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
    walked, twin_terms = _skill_walk(text)
    skill = walked | sector_terms(text)
    spans = twin_spans(text) + [(s, e) for word, s, e in noted_acronyms(text) if word in skill]
    spans += twin_terms + spelled_labels(text)  # round 59b
    out = []
    for f in found:
        s, e = f[0], f[1]
        word = text[s:e]
        if droppable(f) and (
                within(spans, s, e) or
                _SCHOOL_LEVEL.fullmatch(word) or _term(text, word, skill) or _platform(text, s, e)
                or (word.islower() and " " not in word and lexicon.known_word(word) and not lexicon.listed(word, gaz.PLACES)
                    and _OUTING.search(text, max(0, s - 40), s) and not _NOTE_AFTER.match(text, e))
                or (word[:1].isupper() and word[1:].islower() and word.casefold() in _DEFINITE_TITLES)):
            continue
        out.append(f)
    return out
