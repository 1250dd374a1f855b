"""Clubs supported, providers and job sites used, approval schemes held: names that put nobody anywhere.

Fresh controls lost everyday words of four kinds that no earlier keep rule reads:

* **sports clubs someone supports or watches** ("holder med Tottenham", "fan av Everton og Vålerenga",
  "ser på kampene til Inter", "Galatasaray spiller mot Fenerbahçe"): a listed club (`CLUBS`, general
  knowledge: the clubs people in Norway follow) kept unless some mention ties it to someone, and any
  name no list gives a person after a supporter's frame ("heier på", "fan av", "holder med", "kampene
  til"); `everyday_names` leaves clubs out because a club is also where someone plays or works, so the
  ties here are those: playing, training or working there ("spiller håndball i", "trener for", "jobber
  i"), a place reading ("bor på", "flyttet til", "kommer fra"), a person reading ("Liverpool sa");
* **phone, internet and power providers** a customer names (`PROVIDERS`: "hadde Lycamobile", "byttet
  til Talkmore", "Telenor i tjue år" after "har hatt"), kept unless someone works there ("vikariat i
  Talkmore", "jobber i Telia") or it names a shop with its place;
* **job sites and marketplaces** named where work is looked for (`JOB_SITES`: "Gjennom Indeed og
  Karrierestart", "stillinger vi ser på Finn og Indeed"), kept unless someone works there; one that is
  also a first name (`Finn`) only where every mention names the site (after `på`/`via`/`gjennom`, beside
  another site, or an imperative: "Finn fram papirene");
* **public approval schemes and labels** (`SCHEMES`: "Miljøfyrtårn", "Nøkkelhullet", "Grønt Flagg"), and
  a scheme by its form, an approval participle and a lower-case noun ("Godkjent renholdsvirksomhet",
  "Sentral godkjenning", "Autorisert regnskapsfører"), kept unless an employer frame stands right before.

Two repairs of a find's edges help the everyday keep (`everyday_listed`) judge a name by itself:
`trim_openers` takes a sentence-initial adverb off a run it was glued to ("Mest Bunnpris." → "Bunnpris"),
and a lower-case particle inside a kept event name ("de" of "Tour de France") goes with the name.

Every mention of a name is judged together: one tie anywhere keeps every find of it replaced. The word
lists are in `pastime_names`; this module holds the frames that read them.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.appositions import apposition
from workbench.io.pseudonymize.associations import work_there_before
from workbench.io.pseudonymize.everyday_listed import core, past_label
from workbench.io.pseudonymize.everyday_names import ALL as EVERYDAY
from workbench.io.pseudonymize.keep import employer_before
from workbench.io.pseudonymize.lexicon import listed, person_before
from workbench.io.pseudonymize.pastime_names import CLUBS, JOB_SITES, NEEDS_SPORT, OPENERS, PARTICLES, PROVIDERS, SCHEMES
from workbench.io.pseudonymize.public_bodies import work_before
from workbench.io.pseudonymize.spans import droppable
from workbench.io.pseudonymize.work_frames import sentence_around
from workbench.io.pseudonymize.work_words import (
    CONTRACT_STEMS,
    CUSTOMERS,
    EMPLOYED_STEMS,
    EMPLOYMENT_STEMS,
    JOB,
    WORK_STEMS,
    alternatives,
    word_pattern,
)

# An approval participle and a lower-case noun: a scheme by its form ("Godkjent renholdsvirksomhet").
_APPROVAL = re.compile(r"(?<![\w-])(?:Godkjent|Autorisert|Sertifisert|Sentral|Statsautorisert|Registrert)"
                       r"[ \t]+([a-zæøå]{4,})(?![\w-])")

_WORD_TAIL = r"(?:-[\wæøåÆØÅ]+)?(?![\wæøåÆØÅ@/]|\.[\wæøå]|-[\wæøå])"


def _pattern(names: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(e) for e in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\wæøåÆØÅ@/.-])((?i:{alternatives})){_WORD_TAIL}")


_CLUB = _pattern(CLUBS)
_PROVIDER = _pattern(PROVIDERS)
_JOB_SITE = _pattern(JOB_SITES)
_SCHEME = _pattern(SCHEMES)
_EVERYDAY = _pattern(frozenset(e for e in EVERYDAY if " " in e))

# A supporter's frame right before a name: "holder med", "fan av", "heier på", "supporter av", "tilhenger av",
# "kampene til", "kampen mellom", "en med" continuing a list of supporters ("en holder med X, en med Y").
_GAP = r"(?:[ \t]+(?:også|mest|bare|alltid|fortsatt|egentlig|jo|vel|litt|sterkt))*"
_SUPPORTS = re.compile(
    rf"(?<![\w-])(?i:(?:holder|holdt|heier|heiet|heia|heiar){_GAP}[ \t]+(?:med|på)"
    rf"|(?:fan|fans|supporter|supportere|supporterne|tilhenger|tilhengere){_GAP}[ \t]+(?:av|til)"
    r"|(?:kampen|kampene|kamper|kampane|matchen|matchene|derbyet)[ \t]+(?:til|mellom|med|mot))[ \t]+$")
# "X mot Y", "X spiller mot Y": a match.
_AGAINST_BEFORE = re.compile(r"(?<![\w-])(?i:mot|vs\.?|versus)[ \t]+$")
_AGAINST_AFTER = re.compile(r"(?:[ \t]+(?:spiller|spilte|møter|møtte|slo|vant[ \t]+over|tapte[ \t]+for))?"
                            r"[ \t]+(?:mot|vs\.?|versus)[ \t]+[A-ZÆØÅ]")
# Sport in the sentence: matches, teams, results, kits, stadiums, leagues, supporters.
_SPORT = re.compile(
    r"(?<![\w-])(?i:\w*kamp\w*|lag|laget|lagene|lagets|\w*fotball\w*|\w*håndball\w*|hockey\w*|ishockey\w*"
    r"|basket\w*|drakt\w*|stadion\w*|tribune\w*|vant|vinner|vinne|vunnet|tapte|taper|tape|tapt|uavgjort"
    r"|scoret|scorer|mål|målet|serien|seriegull|ligaen|liga|tabell\w*|cup\w*|derby\w*|supporter\w*|fan|fans"
    r"|heier|heiet|spillere|spilleren|spillerne|trener(?:en|ne)|keeper\w*|straffe\w*|seier\w*|sesong\w*"
    r"|premier[ \t]+league|champions[ \t]+league|eliteserien)(?![\w-])")
_SPORT_TAIL = re.compile(r"-(?i:drakt\w*|supporter\w*|fan\w*|kamp\w*|spiller\w*|skjerf\w*|lue\w*|trøye\w*)$")
# Playing, training, coaching or signing there, or a member: "spiller håndball i X", "trener for X".
_PLAYS_THERE = re.compile(
    r"(?<![\w-])(?i:spiller|spilte|spilt|spille|trener|trente|trent|trene|coacher|coachet|begynte|begynt|startet"
    r"|signerte|signert|kontrakt|medlem|medlemmer|aktiv|keeper|lagleder|oppmann|materialforvalter|dommer)"
    r"(?:,?[ \t]+[a-zæøå]+){0,6}?,?[ \t]+(?i:i|på|for|hos|med)[ \t]+$")
# A place reading: living, moving, coming from, born there.
_PLACE_THERE = re.compile(
    r"(?<![\w-])(?i:bor|bodde|bur|budde|bosatt|flyttet|flytta|flytte|flytter|kom|kommer|født|vokste[ \t]+opp"
    r"|oppvokst|reiste|reiser|dro|drar|besøkte|ferie|studerte|studerer|jobbet|jobber)"
    r"(?:[ \t]+[a-zæøå]+){0,2}?[ \t]+(?i:i|på|til|fra|ved)[ \t]+$")
_FROM = re.compile(r"(?<![\w-])(?i:fra)[ \t]+$")
_PLAYER_FROM = re.compile(r"(?<![\w-])(?i:spiller|spilleren|spillere|spillerne|trener|treneren|keeper|keeperen"
                          r"|supporter|supportere|supporterne|fans|laget)[ \t]+fra[ \t]+$")
# Work there: a work word a few words back and its preposition ("fikk et vikariat i", "jobber på kontoret til").
_WORK_BEFORE_WORDS = alternatives(
    {"kontoret", "sluttet", "begynte", "søkt", "søkte"},
    (*WORK_STEMS, *EMPLOYMENT_STEMS, *CONTRACT_STEMS, "ansette", "kundesenter", "butikksjef", "sjef", "kolleg",
     "søknad", "intervju"))
_WORK_BEFORE = re.compile(rf"(?<![\w-])(?i:{_WORK_BEFORE_WORDS}|kunde\w*service)"
                          r"(?:[ \t]+[\wæøå-]+){0,4}?[ \t]+(?i:i|på|hos|for|ved|til|fra)[ \t]+$")
# Looking for work on a site: a work word before it names the jobs found there, not the site's staff
# ("ledige jobber på Indeed", "stillinger vi ser på Finn"). Applying stays a work frame, as round 14 ruled
# ("søkte på ledige stillinger på Finn": applying there may be applying to a workplace).
_JOB_SEARCH = re.compile(r"(?<![\w-])(?i:ledige|annonse\w*|utlys\w*|stilling\w*|finne|finner|fant|leter"
                         r"|lette|ser[ \t]+etter|så[ \t]+etter|jobbsøk\w*)(?![\w-])")
_APPLYING = re.compile(r"(?<![\w-])(?i:søkte|søker|søkt|søke|søknad\w*)(?![\w-])")
# A person reading after the name: speech, or "og jeg".
_PERSON_AFTER = re.compile(r"[ \t]+(?i:sa|sier|fortalte|forteller|spurte|ringte|hjalp|mente|lovet|og[ \t]+jeg"
                           r"|og[ \t]+meg)(?![\w-])")
_RELATION_BEFORE = re.compile(
    r"(?<![\w-])(?i:kolleg\w*|nabo\w*|venn\w*|venninne\w*|sjef\w*|datter\w*|sønn\w*|bror\w*|søster\w*|mann"
    r"|mannen|kona|kone\w*|svoger\w*|svigersønn\w*|svigerdatter\w*|tante\w*|onkel\w*|fetter\w*|kusine\w*"
    r"|veileder\w*|leder\w*|eier\w*|heter|het|kalles)(?:[ \t]+(?:min|mi|mitt|vår|hans|hennes|deres|din))?,?[ \t]+$")
# A site named as where work is looked for or things are bought: after på/via/gjennom/i, or opening a list.
_SITE_BEFORE = re.compile(r"(?<![\w-])(?i:på|via|gjennom|i|fra|og|eller)[ \t]+$")
_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:og[ \t]+|eller[ \t]+)?|[ \t]+(?:og|eller)[ \t]+)(?:(?:på|via|gjennom)[ \t]+)?")
_AT = re.compile(r"(?<![\w-])(?i:i|hos|for|ved|på|fra)[ \t]+$")
# A customer's words before a provider: "abonnementet hos", "byttet til", "dekning", "mobilen min fra".
_SERVICE = re.compile(r"(?<![\w-])(?i:abonnement\w*|kunde|byttet|bytte|bytter|mobil\w*|dekning\w*|regning\w*"
                      r"|data|strøm\w*|internett\w*|bredbånd\w*|fiber\w*|tv-pakke\w*|simkort\w*|kontantkort\w*)"
                      r"(?![\w-])")
_IMPERATIVE_AFTER = re.compile(r"[ \t]+(?:fram|frem|ut|en|et|ei|det|den|dem|noe|litt|deg|meg|oss)(?![\w-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[\wÆØÅæøå ]{1,20}:\s*)?)$")
_PLACE_AFTER = re.compile(r",?[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ][a-zæøå]")
_NEXT_CAPITAL = re.compile(r"[ \t]+([A-ZÆØÅ][\wæøåÆØÅ-]*)")
_PREVIOUS_WORD = re.compile(r"(?<![\w-])([A-ZÆØÅ][\wæøåÆØÅ-]*)[ \t]+$")
# How far a mention's sentence reaches each way (`sentence_around`).
_REACH = 200


def _line_before(text: str, start: int, width: int = 80) -> str:
    return text[max(text.rfind("\n", 0, start) + 1, start - width):start]


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], less a speaker label opening it ("Kunde:" says who speaks)."""
    lo, hi = sentence_around(text, start, end, back=_REACH, ahead=_REACH)
    return text[past_label(text, lo, hi):hi]


def _turn(text: str, start: int, end: int) -> str:
    """The turn (line) holding text[start:end], at most 300 characters either side, less its speaker label."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 300)
    hi = text.find("\n", end)
    hi = min(hi if hi >= 0 else len(text), end + 300)
    return text[past_label(text, lo, hi):hi]


def _person_reading(text: str, start: int, end: int) -> bool:
    """A given name right before it, a relation or naming word before it, speech after it."""
    before = _line_before(text, start, 60)
    prev = _PREVIOUS_WORD.search(before)
    if prev and listed(prev.group(1), gaz.GIVEN_NAMES) and prev.group(1).casefold() not in EVERYDAY:
        return True
    return bool(_RELATION_BEFORE.search(before) or _PERSON_AFTER.match(text, end) or person_before(text, start))


def _worked_there(text: str, start: int, site: bool = False) -> bool:
    before = _line_before(text, start, 100)
    clause = before[max(before.rfind(c) for c in ".!?,:") + 1:]
    if site and _JOB_SEARCH.search(clause) and not _APPLYING.search(clause):
        return False
    return bool(employer_before(text, start) or work_before(text, start) or work_there_before(before)
                or _WORK_BEFORE.search(before))


def _branch(text: str, end: int) -> bool:
    """A capitalised word no dictionary knows, or a listed place, right after the name, or a place after
    i/på ("Telia-butikken på Lade"): a shop or an office someone can be found at."""
    nxt = _NEXT_CAPITAL.match(text, end)
    if nxt:
        word = nxt.group(1)
        low = word.casefold()
        if listed(word, gaz.PLACES) or listed(word, gaz.SURNAMES) or (
                low not in gaz.FUNCTION_WORDS and low not in EVERYDAY and not rules.known_word(low)):
            return True
    return _PLACE_AFTER.match(text, end) is not None


def _club_tied(text: str, start: int, end: int, supported: bool) -> bool:
    before = _line_before(text, start, 100)
    if _PLAYS_THERE.search(before) or _worked_there(text, start) or _person_reading(text, start, end):
        return True
    if _PLACE_THERE.search(before) or (_FROM.search(before) and not _PLAYER_FROM.search(before)):
        return True  # "bor på Kolstad", "kom fra Liverpool"; "en spiller fra Kolstad" is the club's
    if _CUSTOMER_SENTENCE.search(_sentence(text, start, end)):
        return True  # "draktene til X, de vasker de", "en avtale med X": a firm's customer
    return not supported and _work_sentence(text, start, end)


# Work for or with a club in a mention's sentence: a job, staff, customers and deliveries, a sponsor, a contract,
# a commission, a kit manager. Not `work_frames.work_sentence`, whose kinds read a shop's or a firm's work: this
# adds a club's own ties (sponsor, contract, commission, kit manager), and leaves out the frame kind's shop-floor
# words (the till, the warehouse, sorting, shifts, colleagues) and the employer kind's compounds and firm words
# (firms, departments, hiring); reading either kind would change which clubs stay.
_DELIVERS = frozenset({"leverer", "leverte"})
_WORK_SENTENCE = word_pattern(JOB | CUSTOMERS | _DELIVERS,
                              (*EMPLOYED_STEMS, *CONTRACT_STEMS, "vikar", "sponsor", "materialforvalter"))


# A firm's customer in a mention's sentence ("draktene til X, de vasker de", "en avtale med X"): customers,
# agreements, contracts, deliveries, a sponsor, washing. No `work_sentence` kind reads this set, and it ties a
# club even where a supporter's frame names it, where the wider set above does not.
_CUSTOMER_SENTENCE = word_pattern(CUSTOMERS | _DELIVERS | {"vasker", "vasket"}, (*CONTRACT_STEMS, "avtale", "sponsor"))


def _work_sentence(text: str, start: int, end: int) -> bool:
    return _WORK_SENTENCE.search(_sentence(text, start, end)) is not None


def _mentions(pattern: re.Pattern, text: str) -> dict[str, list[tuple[int, int]]]:
    """Capitalised mentions of listed names, by entry: (start of the name, end with any hyphen tail)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in pattern.finditer(text):
        if m.group(1)[:1].isupper():
            out.setdefault(m.group(1).casefold(), []).append((m.start(1), m.end()))
    return out


def _clubs(text: str) -> list[tuple[int, int]]:
    """Spans of club names that no mention ties to someone, listed or named in a supporter's frame."""
    groups = _mentions(_CLUB, text)
    # any capitalised name after a supporter's frame is a club too ("heier på Brøndby"), people aside
    for m in re.finditer(r"(?<![\w-])[A-ZÆØÅ][\wæøåÆØÅ'’.-]*(?:[ \t]+[A-ZÆØÅ][\wæøåÆØÅ'’.-]*){0,2}", text):
        name = m.group(0).rstrip(".")
        if not _SUPPORTS.search(_line_before(text, m.start(), 40)):
            continue
        if any(listed(w, names) for w in name.split()
               for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS)) or name.casefold() in groups:
            continue
        spans = [(x.start(), x.end()) for x in re.finditer(rf"(?<![\w-]){re.escape(name)}{_WORD_TAIL}", text)]
        groups[name.casefold()] = spans
    kept: list[tuple[int, int]] = []
    for entry, spans in groups.items():
        supported = [s for s in spans if _SUPPORTS.search(_line_before(text, s[0], 40))]
        if any(_club_tied(text, s, e, (s, e) in supported) for s, e in spans):
            continue
        sport = supported or [
            (s, e) for s, e in spans
            if _AGAINST_BEFORE.search(text, max(0, s - 10), s) or _AGAINST_AFTER.match(text, s + len(entry))
            or _SPORT.search(_turn(text, s, e)) or _SPORT_TAIL.search(text[s:e])
            or _PLAYER_FROM.search(_line_before(text, s, 40))]
        if entry not in CLUBS and not supported:
            continue
        if (entry in NEEDS_SPORT or listed(entry, gaz.PLACES)) and len(sport) < len(spans):
            continue  # a club named like a town or a word: every mention must read as sport ("ved kai i X" is the town)
        kept += spans
    return kept


# A work noun glued to the name: "Telenor-jobben", "Telia-sjefen", "Ice-kollegaene".
_WORK_TAIL = re.compile(r"-(?i:jobb\w*|sjef\w*|ansatt\w*|kolleg\w*|kontor\w*|folk\w*|lønn\w*|vakt\w*)$")
_ITEM_BEFORE = re.compile(r"(?<![\w-])[A-ZÆØÅ][\wæøåÆØÅ.&-]*(?:[ \t]+[A-ZÆØÅ0-9][\wæøåÆØÅ.&-]*)?"
                          r"(?:[ \t]*,[ \t]*|[ \t]+(?:og|eller)[ \t]+)$")


def _list_head(text: str, start: int) -> int:
    """Where the list holding the name at `start` begins ("DNB og Telenor" → the start of "DNB")."""
    for _ in range(5):
        m = _ITEM_BEFORE.search(text, max(0, start - 60), start)
        if not m:
            break
        start = m.start()
    return start


def _imperative(text: str, start: int, end: int) -> bool:
    return bool(_SENTENCE_START.search(_line_before(text, start, 40)) and _IMPERATIVE_AFTER.match(text, end))


def _sites(text: str) -> list[tuple[int, int]]:
    """Spans of job sites and providers that no mention ties to someone's work or to a person."""
    kept: list[tuple[int, int]] = []
    for pattern, is_site in ((_JOB_SITE, True), (_PROVIDER, False)):
        groups = _mentions(pattern, text)
        others = [span for spans in groups.values() for span in spans]
        for entry, spans in groups.items():
            borne = " " not in entry and (listed(entry, gaz.GIVEN_NAMES) or listed(entry, gaz.SURNAMES))
            tied = False
            for s, e in spans:
                name_end = s + len(entry)
                if is_site and borne and _imperative(text, s, name_end):
                    continue
                head = _list_head(text, s)  # "søkte i DNB og Telenor": the list takes its first item's frame
                if _worked_there(text, s, is_site) or _person_reading(text, s, name_end) or _branch(text, e) \
                        or (borne and apposition(text, e) == "person") \
                        or (head != s and _worked_there(text, head, is_site)) or _WORK_TAIL.search(text[s:e]):
                    tied = True
                    break
                if not is_site and _AT.search(text, max(0, head - 6), head) \
                        and not _SERVICE.search(_line_before(text, s, 100)):
                    tied = True  # "i DNB eller i Telenor", "svarer telefonen for Ice": someone's workplace
                    break
                if borne and not (_SITE_BEFORE.search(text, max(0, s - 10), s) or any(
                        _LIST_GAP.fullmatch(text, oe, s) or _LIST_GAP.fullmatch(text, e, os_)
                        for os_, oe in others if (os_, oe) != (s, e))):
                    tied = True  # "Finn" alone at a sentence start may be someone
                    break
            if not tied:
                kept += spans
    return kept


def _schemes(text: str) -> list[tuple[int, int]]:
    """Spans of approval schemes and labels, listed or by their form, with no employer frame before."""
    spans = [(s, e) for spans in _mentions(_SCHEME, text).values() for s, e in spans]
    spans += [(m.start(), m.end()) for m in _APPROVAL.finditer(text)
              if rules.known_word(m.group(1)) or rules.compound_head(m.group(1)) is not None]
    return [(s, e) for s, e in spans if not employer_before(text, s)]


def trim_openers(text: str, found: list[tuple]) -> list[tuple]:
    """Finds that begin with a sentence-initial adverb glued to a name ("Mest Bunnpris") without it."""
    out = []
    for f in found:
        if droppable(f):
            if text[f[0]:f[1]].casefold() in OPENERS and _SENTENCE_START.search(_line_before(text, f[0], 40)):
                continue  # the adverb alone, as a model's entity ended before the name
            m = re.match(r"([A-ZÆØÅ][a-zæøå]+)[ \t]+(?:sett[ \t]+)?(?=[A-ZÆØÅ])", text[f[0]:f[1]])
            if m and m.group(1).casefold() in OPENERS and _SENTENCE_START.search(_line_before(text, f[0], 40)):
                f = (f[0] + m.end(), *f[1:])
        out.append(f)
    return out


def drop_pastimes(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without clubs supported, providers and job sites used and schemes held (module docstring), and
    without a lower-case particle left alone inside a listed event name ("de" of "Tour de France")."""
    kept = _clubs(text) + _sites(text) + _schemes(text)

    def inside(f: tuple) -> bool:
        lo, hi = core(text, f)
        return droppable(f) \
            and any(s <= lo and hi <= e for s, e in kept)

    found = [f for f in found if not inside(f)]
    out = []
    for f in found:
        word = text[f[0]:f[1]].strip().casefold()
        if f[2] == "person" and f[3] not in ("list", "identifier") and word in PARTICLES:
            event = next((m for m in _EVERYDAY.finditer(text, max(0, f[0] - 40), min(len(text), f[1] + 40))
                          if m.start() <= f[0] and f[1] <= m.end() + 1), None)
            if event is not None and not any(g[0] < event.end() and event.start() < g[1] and g[2] in (
                    "person", "place", "org") and any(c.isupper() for c in text[g[0]:g[1]]) for g in found):
                continue
        out.append(f)
    return out
