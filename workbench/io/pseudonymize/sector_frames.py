"""Words of a trade and of everyday work that the name rules took for names, by frame (round 60c).

Held-out 66 and 67 (read as development data) lost ordinary words to the organisation, person and place rules in
shapes that name no one; none of the rules below reads a word list of the held-out texts, only shapes and frames:

* an acronym measured or observed in someone: a subject pronoun and a verb, the acronym, then `hos` and a
  lower-case word ("vi vurderer ADL hos beboerne"). Policy: a condition, score or tool, not a firm. Verbs of work,
  contact, use of a service, applying and membership are no such frame ("jobber i DNB hos …" is not read).
* acronyms in a list of activities: a list of three or more items over commas and a last `og`, at least two of
  them dictionary words ("Crawl, livredning, HLR og BLS-kurs"). Policy: its acronyms and acronym compounds are
  activities. An acronym glued to a number ("1RM", "5S") is a measure.
* an acronym's compound with a sector noun ("i IKT-bransjen", "i EL-faget"): the sector, not a firm, and the bare
  acronym found inside it is dropped with it.
* caseless trade words before their notes: a word and its note right before a colour or system noun ("ral [RAL]
  koder", "pantone [Pantone] farger"), or a noted acronym after a pronoun and a verb of handwork and `i`, `etter`
  or `med` ("vi trykker i cmyk [CMYK]"): a colour system or a method. Round 69b: not a found first name's
  genitive ("amal [Amal] holder styr, amals [Amals] system"): the system is that person's. A machine's brand and model after a
  machine noun ("på dreiebenker mazak [Mazak] integrex"): equipment, not a person.
* words replaced outside the truth in packed text: an everyday abbreviation's definite form ("CV-en", "cv en
  [CV-en]") is a thing; a single word after `på` following a phone number or a calling or writing verb ("har
  nummeret på Viber") is a channel, not a place; a lower-case definite compound whose head is a firm's unit
  (`-senteret` of customers or service, `-avdelingen`, `-lageret`, `-kontoret`, `-verkstedet`) is a unit, not a
  firm ("på kundesenteret til X": X stays found); a lower-case definite compound whose head is a league, series
  or cup ("i bedriftsligaen") is a competition, not a place.

Whatever frame drops a word, a work, member or customer frame on its line (`terms.workplace_somewhere` for
acronyms, `work_terms.tied_before`) or a listed employer keeps it found. Listed places stay found after `på`.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.terms import workplace_somewhere
from workbench.io.pseudonymize.work_terms import USE_VERB_STEMS, tied_before
from workbench.io.pseudonymize.spans import droppable, within

Found = tuple[int, int, str, str, "str | None"]

_ACRO = r"[A-ZÆØÅ]{2,6}"
# The verbs of use that work_terms reads, and verbs of living, moving, being, having, studying, joining,
# starting and banking: after one, an acronym is no measured term.
_NOT_TERM_VERB = (r"(?!(?i:" + USE_VERB_STEMS + r"|bor|bodde|flytt|reis|kom|var|er|har|hadde|studer"
                  r"|meld|blir|ble|begynn|begynt|start|samarbeid|handler|bank|spar|låne|lån)[a-zæøå]*[ \t])")
_PRONOUN = r"(?<![\w-])(?i:jeg|vi|han|hun|de|dere|du|man)[ \t]+"
# "vi vurderer ADL hos beboerne": pronoun, verb, acronym, `hos`, a lower-case word.
_MEASURED = re.compile(r"(?:" + _PRONOUN + _NOT_TERM_VERB + r"[a-zæøå]{3,}(?:er|et|te|de)|(?<![\w-])" + _NOT_TERM_VERB
                       + r"[a-zæøå]{3,}(?:er|et|te|de)[ \t]+(?i:jeg|vi|han|hun|de|dere|du|man))[ \t]+"
                       r"(?:(?i:også|alltid|ofte)[ \t]+)?(" + _ACRO + r")[ \t]+hos[ \t]+[a-zæøå]")
# A list item: a word, an acronym, or an acronym's compound ("BLS-kurs", "PT-timer").
_ITEM = r"(?:[A-ZÆØÅ]{2,6}(?:-[a-zæøå]{2,})?|[A-ZÆØÅa-zæøå][a-zæøå]{2,})"
_LIST = re.compile(r"(?<![\w-])(" + _ITEM + r"(?:,[ \t]+" + _ITEM + r"){1,6}[ \t]+og[ \t]+" + _ITEM + r")(?![\w-])")
_GLUED = re.compile(r"(?<=\d)(" + _ACRO + r")(?![\w])")
_SECTOR = re.compile(r"(?<![\w-])(" + _ACRO + r")-(?:bransje|sektor|fag|felt|næring|yrke)(?:n|en|et|a|ene|r)?(?![\w-])")
# "ral [RAL] koder", "pantone [Pantone] farger": a word, its note, a colour or system noun.
_SYSTEM = re.compile(r"(?<![\w-])([a-zæøåA-ZÆØÅ][a-zæøåA-ZÆØÅ]+)[ \t]+\[[A-ZÆØÅ][\w-]*\][ \t]+(?i:farge|farger|fargen|fargene|fargekod\w*"
                     r"|kode|koder|kodene|skala|skalaen|system|systemet)(?![\w-])")
# "vi trykker i cmyk [CMYK]": pronoun, verb of handwork, `i`/`etter`/`med`, a noted acronym.
_METHOD = re.compile(_PRONOUN + _NOT_TERM_VERB + r"[a-zæøå]{3,}(?:er|et|te|de)[ \t]+(i|etter|med)[ \t]+"
                     r"(?:([a-zæøåA-ZÆØÅ]{2,6})[ \t]+\[([A-ZÆØÅ]{2,6})\]|([A-ZÆØÅ]{2,6})(?![\w-]))")
# "dreiebenker mazak [Mazak] integrex": a machine noun, a brand (with its note), a model word.
_MACHINE = re.compile(r"(?<![\w-])[a-zæøå]*(?:maskin|maskiner|maskinen|maskinene|benk|benker|truck|trucker|robot"
                      r"|roboter|kran|kraner|printer|printere|plotter|plottere)[ \t]+"
                      r"((?:[A-ZÆØÅ][a-zæøå]+|[a-zæøå]{2,}(?=[ \t]+\[))(?:[ \t]+\[[A-ZÆØÅ][\w-]*\])?)"
                      r"(?:[ \t]+([a-zæøå]{2,}|[A-ZÆØÅ][a-zæøå]+))?")
_DEFINITE_ABBREVIATION = re.compile(r"([A-ZÆØÅ]{2,4}|[a-zæøå]{2,4})(?:-|[ \t]+)(en|et|a|ene)(?:[ \t]+\[[A-ZÆØÅ]{2,4}-(?:en|et|a|ene)\])?")
# "har nummeret på Viber", "ringer på Telegram", "snakker på Imo".
_CHANNEL_BEFORE = re.compile(r"(?<![\w-])(?:(?i:nummer|nummeret|nummeret[ \t]+mitt|nummeret[ \t]+hans|nummeret[ \t]+hennes)"
                             r"|(?i:ringer|ringte|ring|snakker|snakket|skriver|skrev|sender|sendte|chatter)"
                             r"(?:[ \t]+(?:meg|deg|oss|henne|ham|hun|han|vi|de|jeg))?)[ \t]+på[ \t]+$")
_UNIT_HEAD = re.compile(r"[a-zæøå]{2,}(?:avdelingen|lageret|kontoret|verkstedet)|(?:kunde|service|kontakt|salgs)senteret")
_LEAGUE_HEAD = re.compile(r"[a-zæøå]{3,}(?:ligaen|serien|cupen|turneringen)")
_NOTE_AFTER = re.compile(r"[ \t]*\[")
# A place or provider preposition before a list's first item: "et kurs på BI, Regnskapsførerloven og bokføring"
# names where the course is, not a list of activities (coordinator's narrowing after `both`, heldout5's p5).
_PROVIDER_BEFORE = re.compile(r"(?<![\w-])(?i:på|ved|hos|fra|til)[ \t]+$")


def _kept(text: str, s: int, word: str) -> bool:
    """Whether a work, member or customer frame or a listed employer keeps `word` found."""
    return (tied_before(text, s) or lexicon.listed(word, gaz.EMPLOYERS)
            or (word.isupper() and workplace_somewhere(text, word)))


def _dictionary(word: str) -> bool:
    low = word.casefold()
    return word.upper() != word and (lexicon.known_word(low) or lexicon.compound_of_known(low))


def term_spans(text: str, people: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans of trade words the frames above make terms, equipment, channels or competitions; `people` are the
    person words found, whose genitive before a system noun is its owner ("amals [Amals] system", round 69b)."""
    spans: list[tuple[int, int]] = []
    for m in _MEASURED.finditer(text):
        if not _kept(text, m.start(1), m.group(1)):
            spans.append(m.span(1))
    for m in _LIST.finditer(text):
        items = [(i.start() + m.start(1), i.group()) for i in re.finditer(_ITEM, m.group(1))]
        if len(items) < 3 or not any(_dictionary(w) for _s, w in items) or tied_before(text, m.start(1)) \
                or _PROVIDER_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)) or any(
                not w.split("-", 1)[0].isupper() and not _dictionary(w) for _s, w in items):
            continue  # "DNB, Nordea og banken": a name among the items keeps the list to the other rules
        run: list[tuple[int, int]] = []
        for s, w in items:
            head = w.split("-", 1)[0]
            if head.isupper() and not _kept(text, s, head):
                run.append((s, s + len(w)))
                spans.append((run[0][0], s + len(w)))  # "ASK og TRAS-samtaler": adjacent acronym items together
            else:
                run = []
    for m in _GLUED.finditer(text):
        spans.append(m.span(1))
    for m in _SECTOR.finditer(text):  # a sector is never a workplace's name, whatever frame stands before it
        if not lexicon.listed(m.group(1), gaz.EMPLOYERS):
            spans.append(m.span())
    for m in _SYSTEM.finditer(text):
        word = m.group(1).casefold()
        if not tied_before(text, m.start(1)) and not (word.endswith("s") and word[:-1] in people):
            spans.append((m.start(1), m.end()))
    for m in _METHOD.finditer(text):
        if m.group(4) and m.group(1) != "med" and not _kept(text, m.start(4), m.group(4)):
            spans.append(m.span(4))  # "Vi trykker etter CMYK" (not "med ISS", a partner)
        elif m.group(2) and m.group(2).upper() == m.group(3) and not _kept(text, m.start(2), m.group(3)):
            spans.append((m.start(2), m.end()))
    for m in _MACHINE.finditer(text):
        brand = m.group(1)
        if any(lexicon.listed(brand.split()[0], names) for names in (gaz.EMPLOYERS, gaz.GIVEN_NAMES)) \
                or tied_before(text, m.start()):
            continue
        end = m.end(1)
        model = m.group(2)
        if model and not lexicon.known_word(model.casefold()) and model.casefold() not in gaz.NEVER:
            end = m.end(2)
        spans.append((m.start(1), end))
    return spans


def _thing(text: str, s: int, e: int) -> bool:
    word = text[s:e]
    twin = re.search(r"([a-zæøåA-ZÆØÅ]+)[ \t]+\[$", text[max(0, s - 30):s])
    if twin is not None and twin.group(1).casefold() == word.casefold():  # the note of a spoken twin: judge the twin
        s = s - len(twin.group(0))
    m = _DEFINITE_ABBREVIATION.fullmatch(word)
    if m is not None and m.group(1).casefold() in gaz.GENERIC_ACRONYMS:
        return True  # "CV-en", "cv en [CV-en]"
    if " " in word or "-" in word:
        return False
    if _CHANNEL_BEFORE.search(text, max(0, s - 40), s) and not lexicon.listed(word, gaz.PLACES):
        return True  # "har nummeret på Viber"
    # "på kundesenteret til X", "i bedriftsligaen": a bare lower-case unit or league
    return bool(word.islower() and not _NOTE_AFTER.match(text, e)
                and (_UNIT_HEAD.fullmatch(word) or _LEAGUE_HEAD.fullmatch(word)))


def drop_sector_words(text: str, found: list[Found]) -> list[Found]:
    """`found` without the trade terms, equipment, things, channels, units and competitions above."""
    spans = term_spans(text, frozenset(text[f[0]:f[1]].casefold() for f in found if f[2] == "person"))
    out = []
    for f in found:
        s, e = f[0], f[1]
        if droppable(f):
            if within(spans, s, e):
                continue
            if _thing(text, s, e) or _thing(text, s, _note_end(text, e)):
                continue
        out.append(f)
    return out


def _note_end(text: str, e: int) -> int:
    m = re.match(r"[ \t]*\[[^\]\n]{1,40}\]", text[e:e + 44])
    return e + m.end() if m else e
