"""Cue words before names, places, firms, unions and numbers in text without case (round 33a).

`caseless`, `caseless_frames` and `caseless_firms` find names in lower-case recogniser output (and in
capitals read in lower case, `capitals`) mostly by a word the dictionary does not know. Recogniser text
often names a place, a boat or a school by a word the dictionary does know (a headland, a sea eagle, a
grove), puts a short place phrase between a role noun and the name, splits a union from its `forbundet`,
and says the last digits of a telephone number again in words. Where the text (or passage) carries no
case, this module adds:

* a person after a role or family noun and a short place phrase (`sjefen på <site> <name> <surname>`,
  `naboen her oppe <name>`, `venninne her i byen <name>`): a name unknown to the dictionary or listed, or
  any rare word before such a surname;
* a place that is a rare dictionary word after a verb of dwelling (`bor på <word>`, `bodde i <word>`,
  `flyttet til <word>`), but no dwelling, room or area (`underetasjen`, `hybelen`, `internatet`, `landet`);
* a school after a class in it (`går i femte klasse på <word>`), but not `skolen`, `samme skole`;
* a vessel, firm or farm named after `som heter` by a word (`en tråler som heter <word>`, `et bakeri som
  heter <word>`); and the reverse: a word after `som heter` whose subject is a word, course, app or dish
  (`et ord som heter dugnad`, `et kurs som heter <word>`) is no person;
* a union written apart after joining it or being its representative (`meldt meg inn i <word> og <word>
  forbundet`, `tillitsvalgt i <words> forbund`), but not `i forbundet`, `forbundet med`;
* a firm someone rings at a place (`ringer <unknown word> i <place>`), but not `ringer mamma i kveld`;
* three or four digits said in number words right after a telephone number in figures, as its tail said
  again or put right (`917 42 380 på slutten tre åtte sju`), and the same words read back on a next line.

Ordinary words after the same cues stay: they are frequent, known as dwellings, places or rooms, function
words or verbs, or have no cue before them.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import caseless as cl
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")
_SOURCE = "rule:caseless"

_ROLES = cl._FAMILY | frozenset("""skipper skipperen kaptein kapteinen rektor rektoren eier eieren bestevenninne
bestevenninna bestevenn bestevennen""".split())
_HERE = frozenset("her der".split())
_WHERE = frozenset("oppe nede inne ute borte hjemme nord sør".split())
_DWELL = frozenset("bor bodde bodd bo flyttet flytta flytte flytter".split())
_SUBJECTS = frozenset("jeg vi de han hun du dere".split())
# A time said between a verb of dwelling and its place ("bodde vi ett år på", "bor fortsatt i").
_TIME_WORDS = frozenset("ett et en to tre fire fem år måned måneder uke uker først lenge også fortsatt nå da alltid".split())
# Dwellings, rooms, buildings and areas one lives in: stems, each also as a compound's tail ("rekkehuset").
_HOMES = ("hybel", "internat", "brakk", "etasj", "hus", "kjeller", "sokkel", "loft", "kollektiv", "mottak", "hjem",
          "heim", "bolig", "leilighet", "blokk", "vogn", "telt", "rom", "hotell", "pensjonat", "hytt", "gård", "kant",
          "land", "bygd", "by", "sentrum", "senter", "strøk", "nabolag", "område", "kvartal", "grend", "øy", "fjell",
          "hav", "kai", "båt", "skip", "gat", "vei", "veg", "topp", "campus", "fengsel", "institusjon", "sykehus",
          "sjukehus", "tomt", "nærhet", "utkant", "omegn", "distrikt", "sone", "leir", "bu", "hjørne", "side",
          "plass", "bil", "seter", "setr", "sæter", "kott", "koie", "stue", "stu", "kammer", "celle", "cell", "lag",
          "tun", "bruk", "ferj", "ferg", "kontor", "lager", "verksted", "fabrikk", "anlegg", "rigg", "plattform",
          "slott", "kirke", "skole", "skule", "bakke", "bakk", "dal", "skog", "strand", "kyst", "elv", "sjø")
_HOME_ENDINGS = ("", "e", "en", "et", "a", "er", "ene", "ane", "i", "en")
_TIMES = frozenset("""morgenen formiddagen ettermiddagen kvelden natta natten dagen dagtid kveldstid høsten våren
vinteren sommeren""".split())
_CLASS = frozenset("klasse klassen trinn trinnet klassetrinn".split())
_ORDINALS = frozenset("""første andre tredje fjerde femte sjette sjuende syvende åttende niende tiende
1 2 3 4 5 6 7 8 9 10""".split())
# Things named after `som heter`: vessels, firms and farms (an organisation) and places.
_NAMED_ORGS = ("båt", "skip", "skute", "ferje", "ferja", "ferge", "tråler", "sjark", "snekke", "fartøy", "rederi",
               "firma", "bedrift", "selskap", "butikk", "bakeri", "kafé", "kafe", "restaurant", "hotell", "pensjonat",
               "verksted", "salong", "kiosk", "kro", "klinikk", "barnehage", "skole", "skule", "fabrikk", "sykehjem")
_NAMED_PLACES = ("gård", "gårdsbruk", "bygd", "bygda", "grend", "landsby", "tettsted", "øy", "plass", "sted")
# Subjects of `som heter` that are words, courses, apps, dishes or songs: what follows names nobody.
_NAMED_THINGS = frozenset("""ord ordet uttrykk uttrykket begrep begrepet kurs kurset fag faget emne emnet modul
modulen app appen program programmet sang sangen film filmen bok boka boken serie serien rett retten matrett
spill spillet system systemet metode metoden skjema skjemaet øvelse øvelsen lek leken dans dansen
tradisjon""".split())
_UNION_TAILS = frozenset("forbundet forbund".split())
_JOINING = frozenset("inn medlem tillitsvalgt organisert meldt meldte innmeldt".split())
_NOT_UNION = frozenset("nye gamle store lille lokale hele eget vårt det".split())
_CALLS = frozenset("ringer ringte ringe ringt kontakter kontaktet kontakte".split())
_DIGITS = {"null": "0", "en": "1", "én": "1", "ett": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5",
           "seks": "6", "sju": "7", "syv": "7", "åtte": "8", "ni": "9"}
# A telephone number in figures: eight digits in groups (a +47 before them allowed).
_PHONE = re.compile(r"(?<![\w+/.,-])(?:\+?47 ?)?[2-9]\d{1,3}(?: ?\d{1,4}){1,4}(?![\w/-]|[.,]\d)")
# Words that hand over the tail of a number: "på slutten (er det)", "siste er", "de siste", "til slutt".
_TAIL_CUE = re.compile(r"(?:(?:på|til) slutt(?:en)?(?: er(?: det)?)?|(?:de |det )?siste(?: er| tre| fire)?)[ ]$")


def cues(text: str, found) -> list:
    """`found` (what the caseless rules found in `text`) less a person named by a thing's `som heter`, plus the
    finds above, as (start, end, kind, source)."""
    words = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    low = [w[2].casefold() for w in words]
    n = len(words)
    out: list[tuple[int, int, str, str]] = []

    def joined(i: int, j: int) -> bool:
        return 0 <= i < j < n and text[words[i][1]:words[j][0]] == " "

    def add(i: int, j: int, kind: str) -> None:
        out.append((words[i][0], words[j][1], kind, _SOURCE))

    places = [(s, e) for s, e, k, *_r in found if k == "place"]
    things: list[tuple[int, int]] = []
    for i in range(n):
        word = low[i]
        if word in _ROLES:
            k = _after_place_phrase(low, i, joined)
            if k is not None:
                end = _name_at(low, k, joined)
                if end is not None:
                    add(k, end, "person")
        elif word in _DWELL and (p := _dwelling_prep(low, i, joined)) is not None and joined(p, p + 1) \
                and _rare_place(low[p + 1]) and not _noun_after(low, p + 2, joined):
            add(p + 1, p + 1, "place")
        elif word in _CLASS and joined(i, i + 1) and low[i + 1] == "på" and joined(i + 1, i + 2) \
                and i and low[i - 1] in _ORDINALS and _school_word(low[i + 2]):
            add(i + 2, i + 2, "place")
        elif word in ("heter", "het") and i >= 2 and low[i - 1] == "som" and joined(i, i + 1) \
                and joined(i - 2, i - 1) and joined(i - 1, i):
            subject = low[i - 2]
            if subject in _NAMED_THINGS:
                things.append((words[i][1] + 1, words[i + 1][1]))
            elif _named_word(low[i + 1]):
                kind = "org" if _ends(subject, _NAMED_ORGS) else "place" if _ends(subject, _NAMED_PLACES) else ""
                if kind:
                    add(i + 1, i + 1, kind)
        elif word in _UNION_TAILS and i:
            start = _union_start(low, i, joined)
            if start is not None:
                add(start, i, "org")
        elif word in _CALLS and joined(i, i + 1) and joined(i + 1, i + 2) and joined(i + 2, i + 3) \
                and low[i + 2] in ("i", "på") and cl._unknown(low[i + 1]) and not cl._given(low[i + 1]) \
                and (cl._place_word(low[i + 3]) or rules.listed(low[i + 3], gaz.PLACES)
                     or any(s == words[i + 3][0] for s, _e in places)):
            add(i + 1, i + 1, "org")
    kept = [f for f in found if not (f[2] == "person" and any(s <= f[0] < e for s, e in things))]
    return kept + out + _number_tails(text)


def _ends(word: str, stems) -> bool:
    """Whether a word is one of the nouns, or a compound ending in one, in any form ("brønnbåt", "ferja", "båten")."""
    return any(word.endswith(stem + ending) for stem in stems for ending in ("", "en", "et", "a", "er", "ene"))


def _after_place_phrase(low, i: int, joined) -> int | None:
    """The index after a role noun's short place phrase ("på fabrikken", "her oppe", "her i byen"), or None."""
    j = i + 1
    if joined(i, j) and low[j] in gaz.POSSESSIVES:
        j += 1
    if not joined(j - 1, j):
        return None
    if low[j] in _HERE:
        j += 1
        if joined(j - 1, j) and low[j] in _WHERE:
            j += 1
        if joined(j - 1, j) and low[j] in ("i", "på") and joined(j, j + 1) and _site(low[j + 1]):
            j += 2
        return j if joined(j - 1, j) else None
    if low[j] in ("i", "på") and joined(j, j + 1) and _site(low[j + 1]) and joined(j + 1, j + 2):
        return j + 2
    return None


def _site(word: str) -> bool:
    """A place of work or living in the definite ("fabrikken", "ferja", "byen"): a known noun, no name."""
    return len(word) >= 3 and rules.known_word(word) and word not in gaz.FUNCTION_WORDS \
        and word not in gaz.POSSESSIVES and word.endswith(("en", "et", "a", "ene"))


def _name_at(low, k: int, joined) -> int | None:
    """The last index of a person's name opening at k after a role's place phrase, or None."""
    if k >= len(low):
        return None
    word = low[k]
    if word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in gaz.NEVER or word in cl._CLAUSE_VERBS:
        return None
    if cl._strict_name(word) or cl._given(word):
        end = k
        while joined(end, end + 1) and end - k < 2 and cl._strict_name(low[end + 1]):
            end += 1
        return end
    # a first name that is also a word before a surname the dictionary lacks ("arve mjøs")
    if joined(k, k + 1) and cl._strict_name(low[k + 1]) and not rules.frequent(word, 4.5) \
            and not rules.adjective_like(word) and len(word) >= 3:
        return k + 1
    return None


def _dwelling_prep(low, i: int, joined) -> int | None:
    """The index of the preposition after a verb of dwelling (`bor på`, `flyttet til`), its subject and a time
    between them allowed (`bodde vi ett år på`), or None."""
    j = i + 1
    if joined(i, j) and low[j] in _SUBJECTS:
        j += 1
    while joined(j - 1, j) and j - i < 5 and low[j] in _TIME_WORDS:
        j += 1
    if not joined(j - 1, j):
        return None
    prep = low[j]
    return j if prep in ("i", "på") or (prep == "til" and low[i].startswith("flytt")) else None


def _noun_after(low, j: int, joined) -> bool:
    """Whether a noun continues the phrase at j ("bor i lunden skole"): then it is no bare place."""
    return j < len(low) and joined(j - 1, j) and low[j] in cl._INSTITUTIONS


def _rare_place(word: str) -> bool:
    """A rare dictionary word that is no dwelling, room or area ("kvernes", "svelgen"; not "hybelen")."""
    if len(word) < 3 or word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in gaz.NEVER \
            or not rules.known_word(word) or rules.frequent(word, 3.2) or rules.adjective_like(word) \
            or rules.english(word):
        return False
    return not _home(word)


def _home(word: str) -> bool:
    """A dwelling, room, building or area, or a compound ending in one ("rekkehuset", "bobil", "rorbua")."""
    return any(word.endswith(stem + ending) for stem in _HOMES for ending in _HOME_ENDINGS)


def _school_word(word: str) -> bool:
    """A school's name after `klasse på`: no function word, adjective, school noun or frequent word."""
    if len(word) < 3 or word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in gaz.NEVER \
            or rules.adjective_like(word) or rules.frequent(word, 5.0):
        return False
    return word not in _TIMES and not word.endswith(("skole", "skolen", "skule", "skulen", "barnehage", "barnehagen",
                                                      "gymnas", "vgs"))


def _named_word(word: str) -> bool:
    """A word that can be a vessel's, firm's or farm's name after `som heter`."""
    return len(word) >= 3 and word not in gaz.FUNCTION_WORDS and word not in gaz.POSSESSIVES \
        and word not in gaz.NEVER and not rules.frequent(word, 5.0) and not rules.adjective_like(word)


def _union_start(low, i: int, joined) -> int | None:
    """The first index of a union's name written before its `forbundet` after a joining word, or None."""
    k = i
    while k - 1 >= 0 and i - k < 4 and joined(k - 1, k):
        word = low[k - 1]
        if word == "og" and k < i:
            k -= 1
            continue
        if word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in cl._CLAUSE_VERBS or word in _NOT_UNION:
            break
        k -= 1
    if k == i or low[k] == "og" or k < 2 or low[k - 1] not in ("i", "av", "for") or low[k - 2] not in _JOINING:
        return None
    return k


def _number_tails(text: str) -> list[tuple[int, int, str, str]]:
    """Digits said in words after a telephone number in figures: its tail again or put right, and read back."""
    out: list[tuple[int, int, str, str]] = []
    runs = _digit_runs(text)
    said: dict[str, int] = {}  # digits of a tail found -> the end of its line
    for start, end, digits in runs:
        line_start = text.rfind("\n", 0, start) + 1
        before_line = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        phones = [m for m in _PHONE.finditer(text, before_line, start)
                  if len(re.sub(r"\D", "", m.group(0)).removeprefix("47")) == 8]
        if phones and 3 <= len(digits) <= 4:
            phone = re.sub(r"\D", "", phones[-1].group(0))
            if phone.endswith(digits) or _TAIL_CUE.search(text[max(0, start - 24):start]):
                out.append((start, end, "phone", _SOURCE))
                line_end = text.find("\n", end)
                said[digits] = len(text) if line_end < 0 else line_end
                continue
        opening = re.fullmatch(r"(?:[^\W\d_]+(?: \d{1,2})?: ?)?", text[line_start:start])
        if digits in said and opening is not None and said[digits] < start <= _line_after(text, said[digits]):
            out.append((start, end, "phone", _SOURCE))
    return out


def _line_after(text: str, end: int) -> int:
    """The end of the line after the one ending at `end`."""
    nxt = text.find("\n", end + 1)
    return len(text) if nxt < 0 else nxt


def _digit_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of three or more digits in words, one space apart: (start, end, digits)."""
    runs = []
    for m in re.finditer(rf"(?<![\w-])(?:{'|'.join(_DIGITS)})(?: (?:{'|'.join(_DIGITS)})){{2,}}(?![\w-])", text,
                         re.IGNORECASE):
        runs.append((m.start(), m.end(), "".join(_DIGITS[w.casefold()] for w in m.group(0).split())))
    return runs
