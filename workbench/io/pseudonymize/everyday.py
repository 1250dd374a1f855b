"""Names of what everyone uses, buys from or goes to: they identify nobody unless someone works there.

Held-out 16's control (now development data) lost `NRK-appen`, `Vinmonopolet` visited "bare for å se"
and `Chess.com` where someone plays chess; its transcripts lost a brand in a comparison
(`Smash-lignende ting`) and a food fair visited. No word list holds every app, chain, site and fair a
participant names, and the frame the reference rules read (watching, reading, joining) is not the one
these stand in. Each is judged here by the frame of its own kind:

* the **app of a known service** ("NRK-appen", "Posten-appen", "BankID-appen"): a compound whose first
  part is a listed employer, chain, tool, platform or generic acronym, or a name no person bears;
* a **national chain or shop** someone buys from or visits ("handler på Rema", "kjøpte vin på Polet",
  "var innom Jernia for å kjøpe ..."): a listed chain after a preposition in a sentence about shopping or
  visiting, or any name after `på`/`hos`/`fra`/`innom` in a sentence with a verb of buying, unless goods open
  the sentence before the verb, its subject and `fra` ("Mel kjøper jeg nå fra Lantmännen": a trade's supplier,
  round 62a);
* a **public web service** used ("spiller sjakk på Chess.com", "slår opp på ordbokene.no"): a bare domain
  whose name is a dictionary, compound or English word, after a preposition in a clause with a verb of use;
* a **brand in a comparison** ("Smash-lignende", "IKEA-aktig");
* a **fair or festival visited**, named after its kind ("en messe i Lillestrøm, Matstreif") or visited
  at a time ("var på Gladmat i juli"), or named by a genitive and its kind ("Bondens marked").

What keeps a name replaced is decided over the whole document, as the reference rules do: every find
of the name (its first word, in any case) must stand in such a frame, and no occurrence of it in a work
frame ("jobber på Kiwi"), in a sentence about work, customers or deliveries, or before a branch's place
("Kiwi Tromsdalen", "Rema 1000 i Sandnes"). A listed given name, surname or place is never dropped here,
nor is a web address with a path or a domain named after a name the document finds elsewhere
("Fjordglimt" ... "fjordglimt.no").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.legal_forms import firm_at
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.associations import work_there_before
from workbench.io.pseudonymize.everyday_listed import applied, drop_listed, past_label
from workbench.io.pseudonymize.keep import TOOLS, employer_before
from workbench.io.pseudonymize.lexicon import listed
from workbench.io.pseudonymize.public_bodies import work_before
from workbench.io.pseudonymize.work_frames import sentence_around, work_sentence
from workbench.io.pseudonymize.spans import droppable

# National chains, monopolies and shops everyone buys from (grocery, pharmacy, hardware, electronics,
# sport, furniture, interior, clothes, second hand, kiosks), by the name their customers use.
CHAINS = frozenset("""
rema kiwi coop extra obs prix mega meny bunnpris joker spar europris nille normal biltema jernia
elkjøp power komplett xxl intersport g-sport ikea jysk skeidar bohus plantasjen maxbo byggmakker
montér obs-bygg rusta kremmerhuset fretex vinmonopolet polet vitusapotek boots narvesen 7-eleven
cubus dressmann lindex kappahl zara lefdal expert princess tilbords kid felleskjøpet
""".split()) | {"rema 1000", "coop extra", "coop prix", "coop mega", "coop obs", "clas ohlson", "søstrene grene",
                "apotek 1", "ark bokhandel", "norli", "h&m", "sport 1", "mester grønn", "deli de luca",
                "obs bygg", "europris"}
# Shopping or a visit to a shop in the sentence: the chain named there is where someone buys.
_SHOPPING = re.compile(r"(?<![\w-])(?i:handl\w*|kjøp\w*|shopp\w*|butikk\w*|billig\w*|dyr|dyrt|dyre|tilbud\w*"
                       r"|pris\w*|rabatt\w*|salg|lommebok\w*|innom|handletur\w*)(?![\w-])")
# Verbs of buying: after one, a name after `på`/`hos`/`fra`/`innom` is a shop, listed or not.
_BUYING = re.compile(r"(?<![\w-])(?i:handl(?:er|et|e|a)|kjøp(?:er|te|t|e)|shopp(?:er|et|e))(?![\w-])")
_SHOP_PREPOSITION = re.compile(r"(?<![\w-])(?i:på|hos|fra|innom|til|i)[ \t]+$")
_BUY_PREPOSITION = re.compile(r"(?<![\w-])(?i:på|hos|fra|innom)[ \t]+$")
# Endings of places where people shop: a mall, a square, a quay, a street, a farm or a place name.
_PLACE_SHAPED = re.compile(r"(?:senter|senteret|torg|torget|torvet|gata|gate|veien|vegen|sletta|parken|brygge|bryggen"
                           r"|brygga|kaia|kaien|havna|havnen|plassen|hallen|kjøpesenter\w*"
                           rf"|kvartalet|{'|'.join(e for e in gaz.NAME_ELEMENTS if len(e) >= 3)})$")
_FOR_BEFORE = re.compile(r"(?<![\w-])(?i:for)[ \t]+$")
# Round 62a: goods put first, then a verb of buying or ordering, its subject and `fra` before the name ("Mel
# kjøper jeg nå fra Lantmännen", "Garnet bestiller vi fra …"): what a trade buys in, from its supplier.
_GOODS_FIRST = re.compile(r"[ \t]*(?P<goods>[A-ZÆØÅ][a-zæøå]+)[ \t]+(?i:kjøp(?:er|te)|bestill(?:er|te)|henter|hentet"
                          r"|får|fikk)[ \t]+(?i:jeg|vi|han|hun|de|dere|vi)(?:[ \t]+(?i:nå|mest|alltid|helst|også|stort"
                          r"[ \t]+sett|for[ \t]+det[ \t]+meste))?[ \t]+(?i:fra)[ \t]+$")
# A branch or a local shop: a place after the name ("Rema 1000 i Sandnes", "Europris på Åsane").
_PLACE_AFTER = re.compile(r"[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ]")
# An app: a name and `-appen` ("NRK-appen", "Ruter-appen").
_APP = re.compile(r"-(?:app|appen|appene|apper|appar)(?![\w-])")
# A comparison with a brand: "Smash-lignende", "IKEA-aktig", "Lego-aktige".
_COMPARISON = re.compile(r"-(?:aktig|aktige|aktigt|lignende|liknende|inspirert|inspirerte|style)(?![\w-])")
# Using a web service: a verb of use in the clause, a preposition right before the domain.
_USE = re.compile(r"(?<![\w-])(?i:spill\w*|les(?:er|te|t|e)|ser|så|se|sett|titter|sjekk\w*|slår|slo|sl[åa]tt|fant"
                  r"|finner|funnet|finne|søk\w*|lær\w*|øv\w*|bruk\w*|handl\w*|kjøp\w*|gjør|gjorde|gjort|følger"
                  r"|fulgte|lytter|hører|sender|sendte|sendt)(?![\w-])")
_SITE_PREPOSITION = re.compile(r"(?<![\w-])(?i:på|via|gjennom|fra)[ \t]+$")
# A fair or festival named after its kind: "en messe i Lillestrøm, Matstreif", "festivalen Gladmat".
_EVENT_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?i:messe|messa|messen|festival|festivalen|marked|markedet|matfestival\w*|mattorg\w*"
    r"|konsert|konserten|utstilling|utstillingen)(?:[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ][\wæøå-]+)?[ \t]*,?[ \t]+$")
# Visiting at a time: "var på X i juli", "dro på X i sommer".
_VISIT_BEFORE = re.compile(r"(?<![\w-])(?i:var|vært|dro|drar|gikk|går|reiste|besøkte|skal)"
                           r"(?:[ \t]+(?:vi|jeg|de|han|hun|dere|også|alle))?[ \t]+på[ \t]+$")
_TIME_AFTER = re.compile(r"[ \t]+(?i:i|hver|om|forrige|neste)[ \t]+(?:januar|februar|mars|april|mai|juni|juli|august"
                         r"|september|oktober|november|desember|sommer|sommeren|vinter|vinteren|høst|høsten|vår"
                         r"|våren|fjor|helgen|helga|år|uke|uka|sommerferien|påsken|jula)(?![\w-])")
_DURATION_AFTER = re.compile(r"[ \t]+(?:i|siden)[ \t]+(?:[\wæøå]+[ \t]+){0,2}?(?:år|måned\w*|uke|uker|uka|dager"
                             r"|\d{4})(?![\w-])")
_EVENT_AFTER = re.compile(r"[ \t]+(?:marked|markedet|messe|messa|festival|festivalen|dager|dagene|festuke)(?![\w-])")
_TOKEN_END = re.compile(r"[\wæøå'’.-]*")
# How far a find's sentence reaches back and on (`sentence_around`, where "Chess.com" does not end it).
_BACK, _AHEAD = 160, 200


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the find's sentence (`sentence_around`; "Chess.com" does not end it), less a speaker label
    opening it: "Kunde:" or "Ansatt:" says who speaks, not that someone works there."""
    lo, hi = sentence_around(text, start, end, back=_BACK, ahead=_AHEAD, spaced_dots=True)
    return past_label(text, lo, hi), hi


def _token(text: str, start: int, end: int) -> str:
    """The whole hyphenated token at the find (the find may be only its first part, "Posten" of
    "Posten-appen")."""
    return text[start:_TOKEN_END.match(text, end).end()].rstrip(".")


def _person_or_place(word: str) -> bool:
    return listed(word, gaz.GIVEN_NAMES) or listed(word, gaz.SURNAMES) or listed(word, gaz.PLACES) \
        or rules.dictionary_proper_noun(word.casefold())


def _service_head(head: str) -> bool:
    """A first part that names a service, not someone: a listed employer, chain, tool or platform, a
    generic acronym, an acronym, or a dictionary, compound or English word that no list gives a person."""
    low = head.casefold()
    if _person_or_place(head) and low not in gaz.EMPLOYERS and low not in CHAINS:
        return False
    return (low in gaz.EMPLOYERS or low in CHAINS or low in TOOLS or low in gaz.GENERIC_ACRONYMS
            or low in gaz.PUBLIC_DOMAINS or (head.isupper() and 2 <= len(head) <= 6)
            or rules.known_word(low) or rules.compound_of_known(low) or rules.english(low))


def _chain(name: str) -> str | None:
    """The listed chain a find's words begin with ("Rema 1000", "Coop Extra", "Polet"), if any."""
    words = name.casefold().split()
    for n in (2, 1):
        if len(words) >= n and " ".join(words[:n]) in CHAINS:
            return " ".join(words[:n])
    return None


def _shop(text: str, start: int, end: int, name: str) -> bool:
    """A chain or shop someone buys from or visits, with no branch after it."""
    lo, hi = sentence_around(text, start, end, back=_BACK, ahead=_AHEAD, spaced_dots=True)
    sentence = text[past_label(text, lo, hi):hi]  # `lo` stays the bound for the look-back below
    if work_sentence(sentence, kind="thing"):
        return False
    if _FOR_BEFORE.search(text, max(0, start - 6), start):
        return False  # "kjører varer for Rema 1000": work done for it
    chain = _chain(name)
    after = text[end:end + 40]
    if chain is not None:
        rest = name.casefold()[len(chain):].strip()
        if rest and not rest.isdigit():
            return False  # "Kiwi Tromsdalen": a branch
        if _DURATION_AFTER.match(after):
            return False  # "har vært på Kiwi i tre år": a job, not a visit
        if _PLACE_AFTER.match(after):
            return False  # "Rema 1000 i Sandnes": a branch
        if _SHOPPING.search(sentence):
            return True
        return bool(_SHOP_PREPOSITION.search(text, max(0, start - 10), start) and (
            _SHOPPING.search(text[max(0, lo - 200):hi]) or _VISIT_BEFORE.search(text, max(0, start - 30), start)))
    words = name.split()
    if any(_person_or_place(w) or w.casefold() in rules.COMPANY_FORMS or rules.org_tail_word(w) for w in words) \
            or firm_at(text, start):  # round 34o: "fra Frantoio Bellandi S.r.l.", a supplier with its legal form
        return False
    if len(words) == 1 and (_PLACE_SHAPED.search(name.casefold()) or (
            rules.known_word(name.casefold()) and rules.definite(name.casefold()))):
        return False  # "handler på Lagunen", "på Torget", "på Skårersletta": a mall or a square, a place
    if _PLACE_AFTER.match(after):
        return False  # a shop with its place is a local one
    if _supplier(text, lo, hi, start):
        return False  # round 62a: "Mel kjøper jeg nå fra Lantmännen": a trade's supplier, no shop
    return bool(_BUY_PREPOSITION.search(text, max(0, start - 10), start) and _BUYING.search(sentence))


def _supplier(text: str, lo: int, hi: int, start: int) -> bool:
    """Whether the name at `start` ends a clause that opens its sentence with goods, a verb of buying or ordering,
    its subject and `fra`: goods a trade buys in, the name its supplier."""
    s_lo = past_label(text, lo, hi)
    m = _GOODS_FIRST.match(text[:start], s_lo)
    return m is not None and rules.known_word(m.group("goods").casefold())


def _fair(text: str, start: int, end: int, name: str) -> bool:
    """A fair or festival visited: named after its kind, visited at a time, or a genitive before its kind."""
    if any(_person_or_place(w) for w in name.split()):
        return False
    lo, hi = _sentence(text, start, end)
    if work_sentence(text[lo:hi], kind="thing") or _DURATION_AFTER.match(text, end):
        return False
    if _EVENT_KIND_BEFORE.search(text, max(0, start - 50), start) or _EVENT_AFTER.match(text, end):
        return True
    if any(_PLACE_SHAPED.search(w.casefold()) or w.casefold().endswith(gaz.NAME_ELEMENTS) for w in name.split()):
        return False  # "var på Fløyhaug i august": a farm or a place visited, by its name's ending
    return bool(_VISIT_BEFORE.search(text, max(0, start - 30), start) and _TIME_AFTER.match(text, end))


def _comparison(token: str) -> bool:
    head = token.split("-")[0]
    return bool(_COMPARISON.search(token)) and not (listed(head, gaz.GIVEN_NAMES) or listed(head, gaz.SURNAMES))


def _app(token: str) -> bool:
    head = token.split("-")[0]
    return bool(_APP.search(token)) and len(token.split("-")) == 2 and _service_head(head)


_NEXT_CAPITAL = re.compile(r" (?:[A-ZÆØÅ][\wæøå&-]*|\d{1,4}(?![\d.,:]\d))")
_PREVIOUS_CAPITAL = re.compile(r"(?<![\w-])([A-ZÆØÅ][\wæøå&-]*) $")


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """The find widened to the capitalised words and numbers right after it, and to a chain's first word right
    before it ("Coop Extra", "Søstrene Grene"), as one name."""
    while (m := _NEXT_CAPITAL.match(text, end)) and m.group(0).strip().casefold() not in gaz.FUNCTION_WORDS:
        end = m.end()
    prev = _PREVIOUS_CAPITAL.search(text, max(0, start - 30), start)
    if prev and _chain(" ".join(text[prev.start(1):end].split())) and " " in (_chain(
            " ".join(text[prev.start(1):end].split())) or ""):
        start = prev.start(1)
    return start, end


def _harmless(text: str, f: tuple) -> bool:
    token = _token(text, f[0], f[1])
    if "-" in token and _comparison(token):
        return True
    if "-" in token and _app(token):
        lo, hi = _sentence(text, f[0], f[1])
        return not work_sentence(text[lo:hi], kind="thing")  # "laget Matglede-appen for firmaet": someone's work
    start, end = _run(text, f[0], f[1])
    name = " ".join(text[start:end].split())
    return _shop(text, start, end, name) or _fair(text, start, end, name)


def _worked_at(text: str, key: str) -> bool:
    """Whether some occurrence of the name's first word stands in a work frame."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w])", text, re.IGNORECASE):
        before = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 100):m.start()]
        lo, hi = sentence_around(text, m.start(), m.end())
        if employer_before(text, m.start()) or work_before(text, m.start()) or work_there_before(before) \
                or work_sentence(text[past_label(text, lo, hi):hi]) \
                or applied(text, m.start(), m.end()):  # "på Fretex også, i butikken, to dager i uka"; "søkt på Jysk"
            return True
    return False


def _key(text: str, f: tuple) -> str:
    first = rules.WORD.match(text, f[0])
    word = first.group(0) if first else text[f[0]:f[1]]
    return word.split("-")[0].casefold()


def _public_site(text: str, f: tuple, found_words: set[str]) -> bool:
    """A bare web address of a public service, used ("spiller sjakk på Chess.com")."""
    domain = text[f[0]:f[1]]
    low = domain.casefold()
    if "/" in low or low.startswith(("http", "www.")) or low.count(".") != 1:
        return False
    label = low.split(".")[0]
    if label in found_words or any(len(w) >= 4 and label.startswith(w) for w in found_words):
        return False  # "fjordglimt.no" where Fjordglimt is found: the firm's own site
    if any(listed(label[:n], names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES)
           for n in range(4, len(label) + 1)):
        return False  # "hansenror.no", "karinordmann.no": named after someone or somewhere
    international = low.rsplit(".", 1)[1] in ("com", "org", "net")
    if not (label in TOOLS or (international and rules.english(label) and not rules.known_word(label))):
        return False  # "strikkekroken.no", "blåklokke.no": a Norwegian word is what a small firm's site is named
    lo, _hi = _sentence(text, f[0], f[1])
    return bool(_SITE_PREPOSITION.search(text, max(0, f[0] - 10), f[0]) and _USE.search(text, lo, f[0]))


def drop_everyday(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without apps, chains, shops, public sites, brands in comparisons and fairs that every find
    of the same name puts in such a frame, and that the document never names where someone works; first,
    listed everyday names (`everyday_listed`) that no mention ties to work or a person."""
    found = drop_listed(text, found)
    names = [f for f in found if droppable(f)]
    found_words = {w.casefold() for f in found if f[2] in ("person", "org")
                   for w in rules.WORD.findall(text[f[0]:f[1]])}
    groups: dict[str, list[tuple]] = {}
    for f in names:
        groups.setdefault(_key(text, f), []).append(f)
    drop: set[int] = set()
    for key, finds in groups.items():
        if key and all(_harmless(text, f) for f in finds) and not _worked_at(text, key):
            drop |= {id(f) for f in finds}
    sites = [(f[0], f[1]) for f in found if f[2] == "url" and f[3] == "identifier"
             and _public_site(text, f, found_words)]
    return [f for f in found if id(f) not in drop
            and not any(s <= f[0] and f[1] <= e for s, e in sites)]  # "Chess" of "Chess.com" goes with it
