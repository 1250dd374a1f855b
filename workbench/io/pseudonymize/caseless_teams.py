"""Clubs, customers and parts of towns in text without case (round 50n).

`caseless` keeps chains, brands and clubs everyone knows as words (`tine` thaws, `brann` burns, one
`heier på rosenborg`), and wants a word the dictionary does not know after `på`. Three forms still place
or name someone in recogniser text, and this module takes them, only where the text carries no case:

* the club someone plays for or trains with (`spiller håndball på <lyn>`, `spiller fotball for <levanger
  fk>`), a local club cheered for that is no national one (`heier på <ham-kam>`), and a name with a club's
  letters (`<lier il>`);
* the customers in a list after `kunde`/`kundene`, `leverer til` or `vasker for` (in the turn or the
  question before it): a chain or brand, a name the dictionary lacks, a place with a trade (`<bergen
  taxi>`, `<trondheim havn>`), with or without its own place (`<tine> på voss`);
* a part of a town after `på`/`i`/`fra`/`til` (`på skøyen`, `på moholt`), and a town after `i`/`fra`/`til`
  that also names a club (`fra molde`).

Ordinary talk stays: `spiller fotball på skolen`, `heier på laget`, `lyn og torden`, `la frysevarene
tine`, `kundene er mest borettslag og skoler`.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import caseless as cl
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.caseless_names import TOKEN as _TOKEN
from workbench.io.pseudonymize.caseless_names import token_words
from workbench.io.pseudonymize.norway_places import MUNICIPALITIES
from workbench.io.pseudonymize.pastime_names import CLUBS

_SOURCE = "rule:caseless"
_SPORTS = frozenset("""fotball håndball basket basketball volleyball hockey ishockey bandy innebandy friidrett
svømming sjakk turn bryting boksing judo karate taekwondo tennis badminton orientering langrenn skøyter""".split())
_PLAYS = frozenset("spiller spilte spilt spille trener trente trene".split())
_CHEERS = frozenset("heier heiet heia holder holdt".split())
_CLUB_LETTERS = frozenset("fk il bk ik ff tif ifk sk".split())
_NOT_CLUBS = frozenset("""laget lagene klubben skolen banen hallen fritida fritiden trening treningen kamp kampen
kamper kampene lørdag søndag lørdager søndager kveld kvelden dag dagen tv nett nettet mobilen""".split())
_CUSTOMER_WORDS = ("kunde", "kunder", "kunden", "kundene", "kundane", "oppdragsgiver", "oppdragsgivere")
_SERVING = frozenset("leverer leverte levere vasker vasket vaske kjører kjørte frakter fraktet rydder ryddet".split())
_LEADERS = frozenset("mest også så men og noen blant annet er var for til bare særlig".split())
# A firm's trade after a place ("bergen taxi", "trondheim havn", "hitra kysthotell").
_TRADES = frozenset("taxi drosje parkering havn hotell energi kraft transport renovasjon bilsenter".split())
# Parts of towns that are no municipality (Oslo, Bergen, Trondheim, Stavanger, Kristiansand, Tromsø).
NEIGHBOURHOODS = frozenset("""
skøyen majorstuen frogner grünerløkka tøyen grønland gamlebyen sagene torshov bislett bjølsen nydalen storo
sinsen carl-berner helsfyr bryn økern alnabru furuset stovner romsås vestli grorud haugerud tveita hellerud
lambertseter manglerud bøler oppsal ulsrud skullerud holmlia mortensrud bjørndal hauketo ljan nordstrand
ekeberg kampen vålerenga etterstad ensjø løren hasle ulven linderud veitvet rødtvet kalbakken ammerud
smestad røa hovseter holmenkollen vinderen ullern lysaker bygdøy montebello tåsen korsvoll nordberg kjelsås
grefsen årvoll bjerke risløkka lindeberg trosterud tonsenhagen
laksevåg loddefjord fyllingsdalen fana nesttun paradis minde landås sandviken åsane arna ytrebygda kronstad
møhlenpris nordnes sandsli rådal
moholt tiller heimdal ranheim byåsen lade leangen nardo saupstad kattem flatåsen sjetnemarka charlottenlund
strindheim østbyen lerkendal singsaker valentinlyst ila
madla hillevåg tasta hundvåg eiganes storhaug hinna gausel kvernevik
lund vågsbygd randesund hånes tinnheia slettheia grim
tromsdalen kroken kvaløysletta
""".split()) - frozenset("kampen lund grim ila paradis minde lade".split())


def _club_word(word: str) -> bool:
    """A word that can name a club after a frame: no function word, generic noun, sport or frequent word."""
    if word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in gaz.NEVER or word in _NOT_CLUBS \
            or word in _SPORTS or len(word) < 3 or cl._noun_form(word) or ("-" not in word and cl.common_compound(word)):
        return False
    return not rules.known_word(word) or not rules.frequent(word, 4.5) or word in CLUBS


def _customer(words: list[str]) -> bool:
    """Whether the words of a list item name a customer: a chain or brand, a listed employer, a name the
    dictionary lacks, or a place with a trade."""
    if len(words) == 1:
        w = words[0]
        if w in gaz.FUNCTION_WORDS or w in _LEADERS or rules.public(w):
            return False
        return w in cl._EVERYDAY or w in gaz.EMPLOYERS or (
            cl._unknown(w) and not cl.common_compound(w) and not cl._noun_form(w))
    if len(words) == 2:
        return cl._place_word(words[0]) and (words[1] in _TRADES or words[1].endswith("hotell")
                                             or words[1] in cl._TRADE_TAILS)
    return False


def teams(text: str, found) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, source) of the clubs, customers and places above; `found`: what was found so far."""
    words, low = token_words(text)
    n = len(words)
    out: list[tuple[int, int, str, str]] = []

    def joined(i: int, j: int) -> bool:
        return text[words[i][1]:words[j][0]] == " "

    def club_end(i: int) -> int:
        """The last word of a club's name from i: its letters (`fk`) or a place after it (`dynamo kyiv`)."""
        if i + 1 < n and joined(i, i + 1) and (low[i + 1] in _CLUB_LETTERS or (
                cl._place_word(low[i + 1]) and low[i + 1] not in gaz.FUNCTION_WORDS)):
            return i + 1
        return i

    for i in range(1, n):
        word, prev = low[i], low[i - 1]
        if not joined(i - 1, i):
            continue
        # "spiller håndball på lyn", "spiller fotball for levanger fk", "trener på kolstad"
        k = i - 2
        if k >= 0 and low[k] in _SPORTS and joined(k, k + 1):
            k -= 1
        plays = prev in ("på", "for") and k >= 0 and low[k] in _PLAYS and joined(k, k + 1)
        cheers = prev in ("på", "med") and i >= 2 and low[i - 2] in _CHEERS and joined(i - 2, i - 1) \
            and (prev == "på") == (low[i - 2] in ("heier", "heiet", "heia"))
        if (plays or (cheers and word not in CLUBS and not rules.listed(word, gaz.PLACES))) and _club_word(word):
            out.append((words[i][0], words[club_end(i)][1], "org", _SOURCE))
            continue
        # "lier il", "levanger fk": a club by its letters
        if word in _CLUB_LETTERS and word != "sk" and not cl._clause_start(text, words, low, i) \
                and prev not in gaz.FUNCTION_WORDS and (cl._place_word(prev) or cl._unknown(prev)
                                                        or rules.dictionary_proper_noun(prev) or not rules.frequent(prev, 4.0)):
            out.append((words[i - 1][0], words[i][1], "org", _SOURCE))
            continue
        # "på skøyen", "fra molde": a part of a town, a town that also names a club
        if cheers:
            continue  # "heier på vålerenga": the club, cheered for, not the part of town
        town = word in CLUBS and (rules.listed(word, gaz.PLACES) or word in MUNICIPALITIES
                                  or rules.dictionary_proper_noun(word))
        if (prev in ("på", "i", "fra", "til") and word in NEIGHBOURHOODS) or (prev in ("i", "fra", "til") and town):
            out.append((words[i][0], words[i][1], "place", _SOURCE))
    out += _customers(text, words, low)
    return out


def _customers(text: str, words, low) -> list[tuple[int, int, str, str]]:
    """The customers named in a list after a customer word or a verb of service, in the turn or the question
    before it."""
    out: list[tuple[int, int, str, str]] = []
    lines = text.split("\n")
    pos = 0
    cue_before = False
    for line in lines:
        line_words = [(m.start() + pos, m.end() + pos, m.group(0).casefold()) for m in _TOKEN.finditer(line)]
        start = 0 if cue_before else None
        for k, (_s, _e, w) in enumerate(line_words):
            nxt = line_words[k + 1][2] if k + 1 < len(line_words) else ""
            if w in _CUSTOMER_WORDS or (w in _SERVING and nxt in ("til", "for")):
                start = k + 1
                break
        if start is not None:
            out += _list_items(text, line_words[start:])
        cue_before = any(w in _CUSTOMER_WORDS for _s, _e, w in line_words)
        pos += len(line) + 1
    return out


def _list_items(text: str, words) -> list[tuple[int, int, str, str]]:
    """The items of a caseless list ("a, b og c på <place>") that name customers."""
    out: list[tuple[int, int, str, str]] = []
    item: list[tuple[int, int, str]] = []

    def close() -> None:
        names = list(item)
        while names and (names[0][2] in _LEADERS or names[0][2] in cl._POSSESSIVE):
            names.pop(0)
        for cut, (_s, _e, w) in enumerate(names):
            if w in ("på", "i"):
                names = names[:cut]
                break
        if names and _customer([w for _s, _e, w in names]):
            out.append((names[0][0], names[-1][1], "org", _SOURCE))

    for idx, (s, e, w) in enumerate(words):
        gap = text[words[idx - 1][1]:s] if idx else " "
        if idx and (re.search(r"[.!?;:,]", gap) or w in ("og", "eller", "men")):
            close()
            item = []
            if w in ("og", "eller", "men"):
                continue
        item.append((s, e, w))
    close()
    return out
