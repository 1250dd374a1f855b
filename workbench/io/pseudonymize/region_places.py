"""World regions where someone worked, studied, taught or lived for a time: a place only in a work frame.

`lexicon.region` keeps a world region (`Midtøsten`, `Sentral-Asia`, `Øst-Afrika`, `Vesten`, `Kaukasus`) as a
word that identifies nobody, and for a region of origin that is a choice: "kommer fra Midtøsten" or "bakgrunn
fra Øst-Afrika" is true of many in every group, and so is talk of the news, of culture or of working life there
("krigen i Midtøsten", "I Vesten tenker man", "arbeidslivet i Vesten", "å få jobb i Vesten"). Where a person
worked, studied, taught, did research, held a post or lived for a stint ("jobbet i Sentral-Asia i sju år",
"studerte jeg hydrologi i Kaukasus", "fem års erfaring fra Vesten", "prosjektleder i Øst-Afrika",
"regionsjef for Nord-Afrika", "I Midtøsten jobbet jeg"), the region is a line of their CV, and with the years
and the trade beside it narrows who they are: then it is a place like a town. A second region in the same
list ("i Vest-Afrika og Sahel", "i Sentral-Asia, og i Kaukasus") is one too.

The frames, read in the region's clause: a finite verb of working, studying, teaching, research, a posting or
a past stay up to three words before `i`/`på` (not `fra`: "jobbet med flyktninger fra Midtøsten" names where
others came from; not an infinitive: "drømmer om å jobbe i Vesten" names no one's past; not after a general
subject: "Mange jobber i Midtøsten"); experience, practice, a commission or a contract right before `fra`/`i`
("erfaring fra", "et oppdrag i"); an occupation after `var`/`er`/`ble`/`som` right before `i`/`for`/`på`; a
trade right before `fra` ("hydrologer fra Sentral-Asia", not after a general subject: "mange leger fra"); a
region fronted with `I` before such a verb and a pronoun ("I Midtøsten jobbet jeg"). `Norden`, `Skandinavia`
and `Syden` stay in every frame: too wide, or a holiday.

Round 43o: a continent is such a line of a CV too ("kjørte lastebil i Europa i seks år", "jobbet i Asia for et
rederi", "bodde i Afrika i ti år"), as the data lists it where someone worked, drove or lived, and stays in
general talk ("flyktninger fra Afrika", "markedet i Asia vokser", "Mange jobber i Europa"). Driving for a living
(`kjørte drosje i`, `har kjørt i`), growing up (`vokste opp i`) and an exchange or a stay of study
(`var på utveksling i`, `studieopphold i`) are frames of their own; a holiday between the verb and the region
("kjørte på ferie i Europa") is none.

Round 57b: two more lines of that kind, since the held-out lists name regions as places. A stint with its length
("først var jeg fire år i Karibia", "og så to år i Midtøsten på et verft"), unless a general subject opens the
clause; and a workplace's clientele from a region ("de har mange pasienter fra Latin-Amerika", "kunder fra
Øst-Europa"), which narrows the workplace, though a continent is too wide for it ("mange gjester fra Europa",
held-out 52). Origin stays as before, in the first person too ("Jeg kom fra Nord-Afrika" in an older control,
"Han kommer fra Sentral-Asia", "Kollegene kommer fra Latin-Amerika", "flyktninger fra Øst-Afrika"). In caseless speech a region's bracket note is read in the frame of
the spoken twin before it ("fire år i karibia [Karibia]"); the twin follows the note (`bracket_twins`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

# Regions too wide to narrow anyone even where they worked, or a word for a holiday abroad.
_WIDE = frozenset("amerika skandinavia norden syden".split())
_REGION = re.compile(r"(?<![\w@.-])([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)(?![\w-])")
# Finite verbs of working, studying, teaching, research, a posting abroad and a past stay (no infinitive).
_VERBS = (r"jobbet|jobber|jobba|jobbede|arbeidet|arbeider|arbeida|studerte|studert|studerer|studera|bodde|bodd"
          r"|levde|levd|underviste|undervist|underviser|forsket|forsker|forska|utstasjonert|stasjonert|utsendt"
          r"|tjenestegjorde|tjenestegjort|praktiserte|praktisert|utdannet|utdanna"
          r"|kjørte|kjørt|kjører|kjørde|seilte|seilt|vokste|vokst")  # round 43o: driving, sailing, growing up
# General subjects: what many people do in a region is no one's CV.
_GENERAL = r"mange|man|folk|alle|flere|noen|få|ingen|kvinner|menn|innvandrere|nordmenn|fleste|de[ \t]+fleste"
_BETWEEN = (r"(?:[ \t]+(?!(?i:som|at|når|men|mens|hvis|fordi|der|da|og|eller|ferie|ferien|tur|turen|sommerferie"
            r"|sommerferien|bilferie|bilferien|rundtur|ferietur)(?![\w-]))[\w\-æøåÆØÅ]+){0,3}")
_VERB_BEFORE = re.compile(rf"(?<![\w-])(?:((?i:{_GENERAL}))[ \t]+)?(?i:{_VERBS}){_BETWEEN}[ \t]+(?i:i|på)[ \t]+$")
# Experience, practice, a commission or a contract: "års erfaring fra", "et oppdrag i".
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?i:erfaring|erfaringen|erfaringer|arbeidserfaring|jobberfaring|yrkeserfaring"
                          r"|praksis|praksisen|oppdrag|oppdraget|oppdragene|kontrakt|kontrakten|utenlandsopphold"
                          r"|utveksling|utvekslingen|utvekslingsopphold|utvekslingsår|utvekslingsåret|studieopphold"
                          r"|praksisopphold)"
                          r"[ \t]+(?i:fra|i|på)[ \t]+$")
# An occupation held there: "var jeg prosjektleder i", "jobbet som lærer i", "ble regionsjef for".
_ROLE = (r"\w*(?:leder|sjef|direktør|ingeniør|rådgiver|koordinator|konsulent|lærer|lektor|lege|sykepleier|tolk"
         r"|sjåfør|forsker|journalist|korrespondent|representant|delegat|offiser|soldat|misjonær|pilot|kaptein"
         r"|mekaniker|økonom|revisor|arkitekt|agronom|geolog|tekniker|elektriker|kokk|selger|diplomat|ambassadør"
         r"|utsending|ansvarlig)")
_ROLE_BEFORE = re.compile(r"(?<![\w-])(?i:var|er|ble|blitt|vært|som)(?:[ \t]+(?i:jeg|han|hun|vi|de|hu|også|da|nå"
                          rf"|en|ei|et|periode|tid))*[ \t]+(?i:{_ROLE})[ \t]+(?i:i|for|på|over)[ \t]+$")
# A trade from a region ("hydrologer fra Sentral-Asia", "en agronom fra Sahel"): the trade and the region
# together narrow who is meant, unless a general subject counts many ("mange leger fra Midtøsten").
_TRADE = (r"\w*(?:ingeniør|lærer|lektor|lege|sykepleier|tolk|forsker|journalist|offiser|pilot|mekaniker|økonom"
          r"|revisor|arkitekt|agronom|tekniker|elektriker|diplomat)(?:e|er|en|ene|ne)?|\w{2,}olog(?:er|en|ene)?")
_TRADE_FROM = re.compile(rf"(?<![\w-])(?:((?i:{_GENERAL}))[ \t]+(?:[\wæøå]+[ \t]+)?)?(?i:{_TRADE})[ \t]+(?i:fra)[ \t]+$")
# A region fronted at a sentence's start before a work verb and a pronoun: "I Midtøsten jobbet jeg".
_FRONTED_BEFORE = re.compile(r"(?:^|[.!?:\n][ \t]*|^[ \t]*)(?i:i|på)[ \t]+$")
_FRONTED_AFTER = re.compile(rf"^[ \t]+(?i:{_VERBS})[ \t]+(?i:jeg|han|hun|vi|de|hu|dere|du)(?![\w-])")
# A region after another in a list: ", ", " og ", " og i ", ", og så i ".
_LIST_GAP = re.compile(r"^(?:,[ \t]*|[ \t]+)(?:(?i:og|eller)[ \t]+)?(?:(?i:så|senere|etterpå)[ \t]+)?"
                       r"(?:(?i:i|på)[ \t]+)?$")
# Round 57b: a stint with its length ("fire år i"), a clientele ("pasienter fra").
_STAY_BEFORE = re.compile(r"(?<![\w-])(?:\d+|[a-zæøå]+)[ \t]+(?i:år|måneder|måned|uker)[ \t]+(?i:i|på)[ \t]+$")
_CLIENTELE_BEFORE = re.compile(r"(?<![\w-])(?i:pasienter|pasientene|kunder|kundene|klienter|klientene|beboere|beboerne"
                               r"|gjester|gjestene|passasjerer|passasjerene)[ \t]+(?i:fra)[ \t]+$")
_GENERAL_START = re.compile(rf"^[ \t]*(?:(?i:og|men|så)[ \t]+)?(?i:{_GENERAL})(?![\w-])")
# Continents: too wide for a clientele ("gjester fra Europa"), a place only in a stint or a post.
_CONTINENTS = frozenset("europa asia afrika amerika oseania australia antarktis".split())
# A spoken twin and the opening bracket of its note: "i karibia [" before "Karibia]".
_TWIN_BEFORE = re.compile(r"(?<![\w-])[a-zæøå]+(?:-[a-zæøå]+)?[ \t]+\[$")
_CLAUSE_END = re.compile(r"[.!?;:,\n]")


def _work_region(word: str) -> bool:
    low = word.casefold()
    tail = low.rpartition("-")[2]
    genitive = tail not in gaz.WORLD_REGIONS  # "Midtøstens", "Sør-Europas": a region's genitive names a thing of it
    # `Europa` is never a name for the word rules (`gaz.NEVER`); in these frames it is a region like the others
    return lexicon.region(low) and not genitive and low not in _WIDE and (low not in gaz.NEVER or low in gaz.WORLD_REGIONS)


def _framed(text: str, start: int, end: int) -> bool:
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 120), start)), default=max(0, start - 120))
    window = text[lo:start]
    verb = _VERB_BEFORE.search(window)
    if verb and not verb.group(1):
        return True
    if _NOUN_BEFORE.search(window) or _ROLE_BEFORE.search(window):
        return True
    if _CLIENTELE_BEFORE.search(window) and text[start:end].casefold() not in _CONTINENTS:
        return True
    if _STAY_BEFORE.search(window) and not _GENERAL_START.match(window):
        return True
    trade = _TRADE_FROM.search(window)
    if trade and not trade.group(1):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_FRONTED_BEFORE.search(text[line_start:start]) and _FRONTED_AFTER.match(text[end:end + 40]))


def region_places(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", "rule:region-place") for a world region where someone worked, studied, taught or
    lived for a time, and for a region listed right after such a one."""
    out: list[tuple[int, int, str, str]] = []
    last_end = -1
    for m in _REGION.finditer(text):
        if not _work_region(m.group(1)):
            continue
        twin = _TWIN_BEFORE.search(text, max(0, m.start() - 40), m.start()) if text[m.end():m.end() + 1] == "]" else None
        at = twin.start() if twin and twin.group(0)[:-1].strip().casefold() == m.group(1).casefold() else m.start()
        if _framed(text, at, m.end()) or (last_end >= 0 and _LIST_GAP.match(text[last_end:m.start()])):
            out.append((m.start(), m.end(), "place", "rule:region-place"))
            last_end = m.end()
    return out
