"""Listed everyday names (`everyday_names.py`) are kept unless the document ties them to work or a person.

Round 20b's `everyday.py` keeps a chain, app or site only inside a frame of use or visit ("handler på
Rema"). Everyday talk names these things as subjects ("Europris har alt"), in lists ("Farmen og Kjendis,
og på fredag Lindmo") and in passing, and held-out 17's control lost them all. For a name in the
gazetteer the default is turned round: it identifies nobody unless some mention of it in the document

* stands in a **work frame**, for names that are also workplaces (chains, food producers, transport
  companies, marketplaces): a work word before it and a preposition ("jobber på", "praksis hos", "fikk jobb
  i", "vakter på", "søkt på en stilling hos"), round 20b's employer frames, or after it a workplace noun,
  shifts or days per week, a duration, an employer noun ("på Meny, i kassa, tre dager i uka", "var på
  Biltema, på lageret", "Tine er en god arbeidsgiver", "har vært på Rema i tre år"), a work noun joined to
  it ("Meny-sjefen");
* names a **branch** by a capitalised word after it ("Circle K Lade", "Kiwi Tromsdalen", "Rema 1000 i
  Sandnes"), which is a place someone can be found;
* stands in a **person frame**, for any name, since hosts, brands and apps share names with people: a
  given name before it or a capitalised word after it ("Ingrid Torp", "Storm Idsøe"), a relation noun
  before it ("kollegaen min Skavlan", "naboen vår Lindmo"), an apposition after it ("Nora, datteren
  hennes,"), a verb of speaking with its object ("Lindmo sa til meg", "Torp ringte meg"), or "og jeg"
  ("Finn og jeg").

Every mention of a name is judged together, as `everyday.py` does: one such frame anywhere keeps every
find of it replaced. A sentence-initial first name followed by an object or adverb is a verb ("Finn en
jobb", "Spar litt"), not a mention. A speaker label opening a line ("Intervjuer:", "I:", "Mentor Kari:") says
who speaks and is read as no words (`past_label`), here and in `everyday` and `pastimes`.
"""

from __future__ import annotations

import re

from workbench.core.turns import find_label
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import national_workplaces, rules
from workbench.io.pseudonymize.associations import work_there_before
from workbench.io.pseudonymize.everyday_names import ALL, APPS, EMPLOYING, SECOND_HAND
from workbench.io.pseudonymize.keep import employer_before
from workbench.io.pseudonymize.lexicon import listed
from workbench.io.pseudonymize.public_bodies import work_before
from workbench.io.pseudonymize.work_frames import line_before, sentence_around, work_sentence
from workbench.io.pseudonymize.spans import droppable

_ENTRY = re.compile(
    r"(?<![\wæøåÆØÅ@/.-])(" + "|".join(re.escape(e) for e in sorted(ALL, key=len, reverse=True))
    + r")(?:-[\wæøåÆØÅ]+)?(?![\wæøåÆØÅ@/]|\.[\wæøå]|-[\wæøå])", re.IGNORECASE)
# Work words that put a workplace after them, within a few words, before its preposition.
_WORK_BEFORE = re.compile(
    r"(?<![\w-])(?i:jobb|jobben|jobber|jobbet|jobbe|jobba|arbeid|arbeider|arbeidet|arbeide|praksis\w*|vakt\w*"
    r"|skift\w*|stilling\w*|ansatt\w*|lærling\w*|lærlingplass\w*|sommerjobb\w*|deltid\w*|heltid\w*|vikar\w*"
    r"|kassa\w*|lageret|lagerarbeid\w*|lagerjobb\w*|lagermedarbeider\w*|butikksjef\w*|sjef|sjefen|leder|lederen|kolleg\w*|intervju\w*|arbeidstrening\w*"
    r"|begynte|begynner|sluttet|slutter|ansatte|ansetter)"
    r"(?:[ \t]+[\wæøåÆØÅ-]+){0,4}?[ \t]+(?i:på|hos|i|ved|for|til|fra)[ \t]+$")
# Searching for a job on a site is using it: "søkt jobb på Finn", "fant stillingen på Finn".
_JOB_SEARCH_BEFORE = re.compile(r"(?<![\w-])(?i:søk\w*|fant|finne|finner|annonse\w*|lyst|utlyst\w*)"
                                r"(?:[ \t]+[\wæøåÆØÅ-]+){0,3}?[ \t]+(?i:på|i|via|gjennom)[ \t]+$")
# After the name: a workplace noun in an apposition, shifts or days a week, a duration, an employer noun.
_WORK_AFTER = re.compile(
    r"(?i:,?[ \t]+(?:på|i|bak|ved)[ \t]+(?:lageret|lager|kassa|kassen|gulvet|butikkgulvet|kjøkkenet|disken"
    r"|varemottaket|bakeriet|fryselageret|kundeservice|baksiden|avdelingen|lagerlinja)(?![\w-])"
    r"|(?:,?[ \t]+[\wæøå]+){0,4}?,?[ \t]+(?:\w+[ \t]+)?(?:dager|dag|kvelder|kveld|netter|natt|timer|vakter"
    r"|helger)[ \t]+(?:i|per|hver|pr\.?|om)[ \t]+(?:uka|uken|måneden|måned|helga|helgen|uke)(?![\w-])"
    r"|[ \t]+(?:i|siden)[ \t]+(?:[\wæøå]+[ \t]+){0,2}?(?:år|måneder|måned|uker|\d{4})(?![\w-])"
    r"|[ \t]+(?:er|var|har[ \t]+vært)[ \t]+(?:en[ \t]+)?(?:\w+[ \t]+)?(?:arbeidsgiver|arbeidsplass|jobb)(?![\w-])"
    r"|[ \t]+(?:har|hadde)[ \t]+(?:mange[ \t]+|\d+[ \t]+|\w+[ \t]+)?ansatte(?![\w-]))")
_WORK_COMPOUND = re.compile(r"-(?i:sjef\w*|ansatt\w*|jobb\w*|lager\w*|kasse\w*|butikksjef\w*|kontor\w*)$")
_RELATION_BEFORE = re.compile(
    r"(?<![\w-])(?i:kolleg\w*|mentor\w*|nabo\w*|venn\w*|venninne\w*|sjef\w*|lærer\w*|datter\w*|sønn\w*|bror\w*"
    r"|søster\w*|mann\w*|kona|kone\w*|svoger\w*|svigerinne\w*|tante\w*|onkel\w*|fetter\w*|kusine\w*|kjæreste\w*"
    r"|veileder\w*|saksbehandler\w*|kontaktperson\w*|programleder\w*|leder\w*|herr|fru|frøken)"
    r"(?:[ \t]+(?:min|mi|mitt|mine|vår|vårt|våre|hans|hennes|deres|din|di|ditt))?,?[ \t]+$")
_APPOSITION_AFTER = re.compile(r",[ \t]+(?:[\wæøå]+(?:en|a|et|ren|eren)[ \t]+(?:min|mi|mitt|vår|hans|hennes|deres"
                               r"|din)|(?:min|mi|mitt|vår|hans|hennes|deres|din)[ \t]+[\wæøå]+"
                               r"|en[ \t]+(?:venn|venninne|kollega|nabo|mentor)\w*)[ \t]*[,.]")
_SPEAKS_AFTER = re.compile(r"[ \t]+(?i:sa|sier|fortalte|forteller|spurte|spør|svarte|ringte|ringer|hjalp|hjelper"
                           r"|mente|lærte|viste|skrev|sendte|anbefalte|ba)[ \t]+(?:til|meg|oss|deg|henne|ham|dem)(?![\w-])")
# "Lindmo sa at", "Torp sa:": speech reported, unless an app or service "says" it ("Yr sa at det blir regn").
_REPORTS_AFTER = re.compile(r"[ \t]+(?i:sa|sier|fortalte|forteller|mente|skrev)[ \t]*(?:at(?![\w-])|:)")
_WITH_ME = re.compile(r"[ \t]+(?i:og[ \t]+jeg|og[ \t]+meg)(?![\w-])")
_ME_WITH_BEFORE = re.compile(r"(?<![\w-])(?i:jeg|meg)[ \t]+og[ \t]+$")
# A name given: "en gutt som heter Storm", "hun kalles Lucia".
_NAMED_BEFORE = re.compile(r"(?<![\w-])(?i:heter|het|kalles|kalt|kaller|kalte|navnet|navn)[ \t]+(?:seg[ \t]+|er[ \t]+)?$")
# Going to or from work ("etter jobben går jeg på Rema") is taken out before work words are read.
_COMMUTE = re.compile(r"(?<![\w-])(?i:(?:på|til|fra|etter|før|i)[ \t]+(?:vei[ \t]+)?(?:hjem[ \t]+)?(?:fra[ \t]+)?"
                      r"(?:jobb|jobben|arbeid|arbeidet)|(?:på|til|fra)[ \t]+vakt)(?![\w-])")
# Work done for it: "kjører varer for Rema 1000", "kjører nå for Foodora".
_WORK_FOR_BEFORE = re.compile(r"(?<![\w-])(?i:kjører|kjørte|kjøre|kjørt|leverer|leverte|levere|sykler|syklet|vasker"
                              r"|vasket|gjør|gjorde|jobber|jobbet|jobbe)(?:[ \t]+[\wæøå]+){0,2}?[ \t]+for[ \t]+$")
# A firm called or contacted: "hun ringte Hurtigruten".
_CONTACT_BEFORE = re.compile(r"(?<![\w-])(?i:ringte|ringer|ringe|kontaktet|kontakter|kontakte|mailet|sendte[ \t]+søknad"
                             r"|snakket[ \t]+med)[ \t]+$")
# A landmark where someone can be found: "på kafeen ved siden av Vitusapotek".
_LANDMARK_BEFORE = re.compile(r"(?<![\w-])(?i:ved[ \t]+siden[ \t]+av|rett[ \t]+ved|like[ \t]+ved|overfor|vis-à-vis"
                              r"|bak|utenfor|rett[ \t]+over[ \t]+gata[ \t]+for)[ \t]+$")
# Applying there, called to an interview there, or called by it (round 22b): "søkt på Jysk", "søknad til Normal",
# "intervju hos Clas Ohlson", "de ringte fra Kiwi".
_APPLIED_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:søkt|søker|søkte|søke)(?:[ \t]+(?:jobb|jobber|stilling|stillinger|sommerjobb|deltidsjobb|praksis"
    r"|lærlingplass|også|bare|nå|i[ \t]+går))?[ \t]+(?:på|hos|i|til)|søknad\w*(?:[ \t]+[\wæøå]+){0,2}?[ \t]+(?:til|hos)"
    r"|intervju\w*(?:[ \t]+[\wæøå]+){0,2}?[ \t]+(?:hos|på|i|med)|(?:ringte|ringer|ringt|svarte|svar|mail|e-post|brev)"
    r"[ \t]+fra|innkalt[ \t]+(?:til[ \t]+intervju[ \t]+)?(?:hos|på|i))[ \t]+$")
# A question about where someone applied or worked, in the turn before an answer.
_WORK_QUESTION = re.compile(r"(?i:søkt|søker|søkte|søknad\w*|jobb\w*|stilling\w*|praksis\w*|intervju\w*|arbeid\w*"
                            r"|arbeidsgiver\w*)[^\n?]*\?")
_CLAUSE_WORDS = frozenset("jeg vi du han hun de dere man det den".split()) | (
    gaz.NAME_FOLLOWERS - frozenset("og eller men også alltid aldri selv sin si så".split()))
_CORE = re.compile(r"[^\s,]+")
# Names that people bear as well: dropped only where some mention names the thing.
_BORNE = frozenset(e for e in ALL if " " not in e and (listed(e, gaz.GIVEN_NAMES) or listed(e, gaz.SURNAMES)))
_USE_BEFORE = re.compile(r"(?<![\w-])(?i:bruker|brukte|brukt|bruke|ser|så|sett|spiser|spiste|drikker|drakk|kjøper|kjøpte"
                         r"|kjøpt|selger|solgte|solgt|spiller|spilte|laster[ \t]+ned|lastet[ \t]+ned|åpner|sjekker|sjekket"
                         r"|hører|hørte|stole|stoler|fant|funnet|finner|annonserte|annonsert|har)"
                         r"(?:[ \t]+[\wæøå]+){0,3}?[ \t]+(?:på|via|gjennom|i|med)?[ \t]*$")
_PRODUCT_AFTER = re.compile(r"[ \t]+(?i:ketchup|melk|majones|sjokolade|kaffe|brus|pizza|sennep|syltetøy|yoghurt|ost|is"
                            r"|kjeks|chips|suppe|saus|appen|app|spillet)(?![\w-])|-(?:appen|app|reklame|suppe|sjokolade)")
_LIST_TAIL = re.compile(r",?[ \t]+(?i:og|eller)[ \t]+(?i:sånn|sånt|slikt|slik|alt[ \t]+det|greier|ting)(?![\w-])")
_PERSON_AT = re.compile(r"[ \t]+(?:i|hos|fra|på)[ \t]+")
_LIST_GAP = re.compile(r"(?:,[ \t]*|[ \t]+(?:og|eller)[ \t]+|,[ \t]+(?:og|eller)[ \t]+)")
_NEXT_WORD = re.compile(r"[ \t]+([A-ZÆØÅ][\wæøåÆØÅ-]*)")
_PREVIOUS_WORD = re.compile(r"(?<![\w-])([A-ZÆØÅ][\wæøåÆØÅ-]*)[ \t]+$")
_PLACE_AFTER = re.compile(r",?[ \t]+(?:i|på)[ \t]+([A-ZÆØÅ][\wæøå-]*[a-zæøå][\wæøå-]*)")
# An imperative at a sentence start: a verb followed by an object or an adverb ("Finn en jobb", "Spar litt").
_IMPERATIVE_AFTER = re.compile(r"[ \t]+(?:en|et|ei|litt|noe|det|den|dem|deg|dere|meg|oss|ut|fram|frem|på|penger"
                               r"|krefter|tid|plass|alltid|aldri|gjerne)(?![\w-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:\w+:\s*)?|[«\"]\s*)$")
# How far a mention's sentence reaches each way (`sentence_around`).
_REACH = 200


def _mentions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Every whole-word mention of a listed name, by its entry: span of the name (hyphen tail included)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in _ENTRY.finditer(text):
        out.setdefault(m.group(1).casefold(), []).append((m.start(), m.end()))
    return out


def _imperative(text: str, start: int, end: int) -> bool:
    if not rules.known_word(text[start:end].casefold()) or applied(text, start, end):
        return False  # "Freia på Rodeløkka": no verb; "Jysk på Moa, og Skeidar." answering where one applied
    line_start = max(text.rfind("\n", 0, start) + 1, start - 40)
    return bool(_SENTENCE_START.search(text[line_start:start]) and _IMPERATIVE_AFTER.match(text, end))


def _branch_or_surname(text: str, end: int, entry: str) -> bool:
    """A capitalised word right after the name ("Circle K Lade", "Storm Idsøe"), or a place after i/på
    ("Rema 1000, i Loddefjord", "Boots apotek i Kjeller")."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt:
        word = nxt.group(1).casefold()
        if listed(nxt.group(1), gaz.PLACES) or listed(nxt.group(1), gaz.SURNAMES) or (
                word not in gaz.FUNCTION_WORDS and word not in ALL and not rules.known_word(word.rstrip("s"))):
            return True
    place = _PLACE_AFTER.match(text, end)
    return entry in EMPLOYING and place is not None and place.group(1).casefold() not in ALL


def _person_frame(text: str, start: int, end: int, entry: str) -> bool:
    before = text[max(text.rfind("\n", 0, start) + 1, start - 60):start]
    prev = _PREVIOUS_WORD.search(before)
    if prev and listed(prev.group(1), gaz.GIVEN_NAMES) and prev.group(1).casefold() not in ALL:
        return True  # "Ingrid Torp"
    if entry not in APPS and _REPORTS_AFTER.match(text, end):
        return True
    return bool(_RELATION_BEFORE.search(before) or _APPOSITION_AFTER.match(text, end) or _NAMED_BEFORE.search(before)
                or _SPEAKS_AFTER.match(text, end) or _WITH_ME.match(text, end) or _ME_WITH_BEFORE.search(before))


def past_label(text: str, lo: int, hi: int) -> int:
    """`lo`, or where the speech begins if text[lo:hi] opens a line with a speaker label ("Intervjuer: ",
    "Mentor Kari: ", "[00:01:02] P2: "): a label says who speaks, and its words ("Intervjuer") are no talk of work."""
    if lo and text[lo - 1] != "\n":
        return lo
    label = find_label(text[lo:hi])
    return lo + label.content if label is not None else lo


def _turn_before(text: str, start: int) -> str:
    """The non-empty line before the line holding `start` (the turn answered), without its speaker label."""
    line = text[slice(*line_before(text, text.rfind("\n", 0, start) + 1))]
    label = find_label(line)
    return line[label.content:] if label is not None else line


def _fragment(text: str, start: int, end: int) -> bool:
    """A short sentence without a subject pronoun or finite verb ("Jysk på Moa, og Skeidar.", "Nei, Postnord.")."""
    lo, hi = sentence_around(text, start, end, back=_REACH, ahead=_REACH)
    words = [w.casefold() for w in rules.WORD.findall(text, past_label(text, lo, hi), hi)]  # "Deltaker 2:" says nothing
    return 0 < len(words) <= 8 and not any(w in _CLAUSE_WORDS for w in words)


def applied(text: str, start: int, end: int) -> bool:
    """Whether a listed workplace at text[start:end] is where someone applied, was interviewed or was called from,
    or is named in a verbless answer to a question about applications or work in the turn before."""
    before = text[max(text.rfind("\n", 0, start) + 1, start - 100):start]
    if _APPLIED_BEFORE.search(before):  # "søkte jobb på Finn": a job site searched, not applied to
        return not (text[start:end].casefold() in SECOND_HAND and _JOB_SEARCH_BEFORE.search(before))
    return bool(_WORK_QUESTION.search(_turn_before(text, start))) and _fragment(text, start, end)


# Round 49o: years served there, said before it ("var jeg tre år i Nortura", "har vært seks år i Felleskjøpet",
# "jobbet et par år hos Gilde") or, after `var … i`, after it ("var i Gilde i to år"): a step of someone's working life.
_COUNT = r"(?:\d+|ett|et|ei|en|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|mange|flere|noen|par)"
_SPAN = rf"{_COUNT}(?:[ \t]+(?:par|halvt))?[ \t]+(?:år|måneder|måned|uker|somre|sesonger)"
_SERVED_BEFORE = re.compile(
    r"(?<![\w-])(?i:var|vært|jobbet|jobba|jobber|arbeidet|arbeider)(?:[ \t]+(?:jeg|han|hun|vi|de|du|dere|eg|ho))?"
    rf"(?:[ \t]+(?:også|bare|nesten|over|i))?[ \t]+(?i:{_SPAN})[ \t]+(?i:i|på|hos)[ \t]+$")
_WAS_AT_BEFORE = re.compile(r"(?<![\w-])(?i:var|vært)(?:[ \t]+(?:jeg|han|hun|vi|de|du|dere|eg|ho))?"
                            r"(?:[ \t]+(?:også|bare))?[ \t]+(?i:i|på|hos)[ \t]+$")
_SPAN_AFTER = re.compile(rf",?[ \t]+(?i:i)[ \t]+(?i:{_SPAN})(?![\w-])")


def served(text: str, start: int, end: int) -> bool:
    """Whether the text says how long someone was at the workplace at text[start:end] (see `_SERVED_BEFORE`)."""
    before = text[max(text.rfind("\n", 0, start) + 1, start - 60):start]
    return bool(_SERVED_BEFORE.search(before) or (_WAS_AT_BEFORE.search(before) and _SPAN_AFTER.match(text, end)))


def applied_finds(text: str) -> list[tuple[int, int, str, str]]:
    """Listed workplaces (chains, producers, transport firms) where someone applied, was called from or served for
    a time, and (round 33o, `chain_branches`) every mention of a several-word chain tied to work or a branch
    ("Circle K")."""
    from workbench.io.pseudonymize.chain_branches import branch_chains

    out = []
    for m in _ENTRY.finditer(text):
        entry = m.group(1).casefold()
        if entry in EMPLOYING and m.group(1)[:1].isupper() and (
                applied(text, m.start(1), m.end(1)) or served(text, m.start(1), m.end(1))):
            out.append((m.start(1), m.end(1), "org", "rule:employer"))
    return out + branch_chains(text)


def _work_frame(text: str, start: int, end: int, employing: bool) -> bool:
    line_start = max(text.rfind("\n", 0, start) + 1, start - 100)
    before = text[line_start:start]
    if employing and applied(text, start, end):
        return True  # "søkt på Jysk", "Jysk på Moa, og Skeidar." answering where one applied
    if _JOB_SEARCH_BEFORE.search(before):
        return False  # "søkt jobb på Finn": the site searched, not the employer
    plain = _COMMUTE.sub(" ", before)  # "etter jobben går jeg på Rema": going there after work
    lo, hi = sentence_around(text, start, end, back=_REACH, ahead=_REACH)  # "i butikken, to dager i uka"
    lo = past_label(text, lo, hi)  # "Intervjuer: Handler dere på Rema?": the label is no work word
    return bool(_WORK_BEFORE.search(plain) or employer_before(plain, len(plain)) or work_before(plain, len(plain))
                or work_there_before(plain) or _WORK_AFTER.match(text, end) or _WORK_FOR_BEFORE.search(before)
                or _CONTACT_BEFORE.search(before) or _LANDMARK_BEFORE.search(before) or served(text, start, end)
                or _WORK_COMPOUND.search(text[start:end]) or national_workplaces.tied(text, start, end)
                or (employing and work_sentence(_COMMUTE.sub(" ", text[lo:hi]), kind="employer")))


def core(text: str, f: tuple) -> tuple[int, int]:
    """The find without lower-case words at its edges (a model's span "år Hurtigruten" is "Hurtigruten")."""
    words = [m for m in _CORE.finditer(text, f[0], f[1]) if not m.group(0)[0].islower()]
    return (words[0].start(), words[-1].end()) if words else (f[0], f[1])


def _beside(found: list[tuple], start: int, end: int, text: str) -> bool:
    """A longer find holds the mention ("Idun Strand Aune", "Tine Lena", "Idun Industri"), a person's find
    ends right before it and a preposition ("Ellen Kristiansen i Ruter"), or an organisation the rules keep
    stands beside it in a list ("Bane NOR, Norske Tog, Vy")."""
    for f in found:
        if f[2] not in ("person", "place", "org"):
            continue
        lo, hi = core(text, f)
        if lo <= start and end <= hi and (lo, hi) != (start, end) and not _ENTRY.fullmatch(text, lo, hi):
            return True
        if f[2] == "person" and f[1] < start and _PERSON_AT.fullmatch(text, f[1], start):
            return True
        if f[2] == "org" and not _ENTRY.search(text, f[0], f[1]) and (
                _LIST_GAP.fullmatch(text, f[1], start) or _LIST_GAP.fullmatch(text, end, f[0])):
            return True
    return False


def _as_thing(text: str, entry: str, spans: list[tuple[int, int]], mentions: dict[str, list[tuple[int, int]]]) -> bool:
    """For a name people bear (Nora, Storm, Finn, Lucia): some mention names the thing, in a list beside another
    listed name ("Advent, Lucia og jul") or ending a list of things ("julebord og Lucia og sånn"), after a verb of use ("kjøpt mye brukt på Finn", "bruker Storm"), or
    before its product ("Idun ketchup", "Nora syltetøy")."""
    others = [span for key, found_spans in mentions.items() if key != entry for span in found_spans]
    for start, end in spans:
        line_start = max(text.rfind("\n", 0, start) + 1, start - 80)
        if _USE_BEFORE.search(text[line_start:start]) or _PRODUCT_AFTER.match(text, start + len(entry)) \
                or _LIST_TAIL.match(text, end):
            return True
        if any(_LIST_GAP.fullmatch(text, e, start) or _LIST_GAP.fullmatch(text, end, s) for s, e in others):
            return True
    return False


def _tied(text: str, entry: str, spans: list[tuple[int, int]], found: list[tuple]) -> bool:
    """Whether any mention of the name ties it to someone's work or to a person."""
    for start, end in spans:
        name_end = start + len(entry)
        if _imperative(text, start, name_end):
            continue
        if _person_frame(text, start, name_end, entry) or _branch_or_surname(text, end, entry) \
                or _beside(found, start, end, text):
            return True
        if _work_frame(text, start, end, entry in EMPLOYING):
            return True
    return False


def _tied_word(text: str, f: tuple) -> bool:
    return _person_frame(text, f[0], f[1], "") or _branch_or_surname(text, f[1], "")


def drop_listed(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without the finds inside a listed everyday name that no mention ties to work or a person."""
    mentions = _mentions(text)
    if not mentions:
        return found
    harmless: list[tuple[int, int]] = []
    imperatives: list[tuple[int, int]] = []
    for entry, spans in mentions.items():
        if not _tied(text, entry, spans, found) and (entry not in _BORNE or _as_thing(text, entry, spans, mentions)):
            harmless += spans
        else:
            imperatives += [(s, e) for s, e in spans if _imperative(text, s, s + len(entry))]
    keep_out = harmless + imperatives

    def inside(f: tuple) -> bool:
        # a lower-case find ("er han på kiwi") was found by an employer frame, not in passing
        return droppable(f) \
            and not text[core(text, f)[0]].islower() \
            and any(s <= core(text, f)[0] and core(text, f)[1] <= e for s, e in keep_out)

    dropped = {text[f[0]:f[1]].casefold() for f in found if inside(f)}
    # a name found again only because a dropped find held it ("Sport?" after "Sport 1") goes with it
    return [f for f in found if not inside(f) and not (
        f[3] == "rule:again" and text[f[0]:f[1]].casefold() in dropped and not _tied_word(text, f))]


# Read by `chain_branches` (round 33o): the mentions of listed names, and the branch and work frames.
mentions, branch_or_surname, work_frame = _mentions, _branch_or_surname, _work_frame
