"""Words of a trade that the name rules took for names: kinds of work, defined acronyms, levels, skills (round 55f).

Held-out 56 and 57 lost ordinary words to the organisation and person rules in four shapes, none naming anyone:

* a kind of work after a work frame in caseless speech: "sommerjobb på sporvedlikehold", "helgejobb på
  varemottak". The caseless rules read a lower-case word after `jobb på` as a firm said without capitals;
  but an indefinite compound of common words (its first parts common, its head no rarer than a trade word) whose head is no organisation word (`-vedlikehold`, `-mottak`,
  `-drift`) is the work itself. A definite compound ("sykehjemmet", "Kompetansebroen"), a word with a
  capitalised bracket note ("vegbygg [Vegbygg]"), a listed employer and a plain dictionary word stay as found;
* an acronym defined right where it is said: "yrkessjåførkompetansen, YSK,", "kranførerbeviset kfb [KFB]",
  "helse, miljø og sikkerhet, HMS": its letters are the initials of the parts of the lower-case compound (or
  phrase) said right before it, or that compound's start, so it is a term, and the same acronym stays wherever
  the document says it again. A capitalised name before the acronym ("Vestlandske Rekneskap og Lønn, VRL")
  is a firm's, and stays found;
* a language level ending its sentence taken with the next sentence's first word: "B1. Skriftlig er
  vanskelig" (the full pipeline's model);
* software named as a skill: "om jeg kunne Active Directory", "Jeg kan Google Workspace": a capitalised run
  of common English words (or a tool maker's name and the product's words) right after `kan`, `kunne`, `behersker`,
  `kjenner`, `erfaring med` is a product, not a person or firm. A listed given name or surname in the run
  keeps it ("kjenner Anna Berg"), and so does a single word the text names elsewhere as part of a person's
  full name (round 65a: "Eieren er Roar Hauge … da kunne Roar betale lønn").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.keep import TOOL_MAKERS

Found = tuple[int, int, str, str, "str | None"]

_WORK_FRAME = re.compile(
    r"(?<![\w-])(?i:[a-zæøå]*jobb(?:er|et|a|en)?|jobbe|arbeid(?:er|et|e)?|deltid|vikariat|vikar|praksis)"
    r"(?:[ \t]+[a-zæøå]+){0,2}[ \t]+(?:på|i)[ \t]+$")
_NOTE_AFTER = re.compile(r"[ \t]*\[[A-ZÆØÅ]")
_FORM_AFTER = re.compile(r"[ \t]+(?i:as|asa|sa|ans|da|enk)(?![\w-])")
_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,5}|[a-zæøå]{2,5}")
# Between a compound and its acronym: ", ", " (", or a space in caseless speech.
_BEFORE_ACRONYM = re.compile(r"([a-zæøå][\wæøå-]*(?:,?[ \t]+[a-zæøå][\wæøå-]*){0,4})(?:,[ \t]*|[ \t]*\([ \t]*|[ \t]+)$")
_FUNCTION = frozenset("og for i av til med om på".split())
# Endings of a body's name: an acronym spelled out by one names that body ("Den norske tannlegeforening, NTF").
_BODY_ENDINGS = ("forening", "foreningen", "forbund", "forbundet", "laget", "selskap", "selskapet", "rådet",
                 "organisasjon", "organisasjonen", "institutt", "instituttet", "senter", "senteret")
_LEVEL = re.compile(r"[ABC][12]\.[ \t]+([A-ZÆØÅ][a-zæøå]+)$")
_LEVEL_BEFORE = re.compile(r"(?<![\w-])[ABC][12]\.[ \t]+$")
_RUN_BEFORE = re.compile(r"(?<![\w-])[A-ZÆØÅ][\w-]*[ \t]+$")
_RUN = re.compile(r"[A-ZÆØÅ][\w-]*(?:[ \t]+[A-ZÆØÅ][\w-]*)*")
_LIST_SEP = re.compile(r"([A-ZÆØÅ][\w-]*(?:[ \t]+[A-ZÆØÅ][\w-]*)*)(?:,[ \t]*|[ \t]+og[ \t]+)$")
_SKILL = re.compile(r"(?<![\w-])(?i:kan|kunne|behersker|beherske|kjenner|kjente|erfaring[ \t]+med|sertifisert[ \t]+i)"
                    r"(?:[ \t]+(?i:litt|godt|også|mye|bra|om))?[ \t]+$")


def _is_org(f: Found) -> bool:
    return f[2] in ("org", "person", "place") and f[3] not in ("list", "identifier")


@lru_cache(maxsize=20_000)
def _splits(low: str, depth: int = 0) -> tuple[tuple[str, ...], ...]:
    """The ways a word splits into dictionary words (a linking s or e allowed), longest parts first."""
    out: list[tuple[str, ...]] = []
    if lexicon.known_word(low) and len(low) >= 3:
        out.append((low,))
    if depth > 3 or len(low) < 6:
        return tuple(out)
    for i in range(len(low) - 3, 2, -1):
        left, right = low[:i], low[i:]
        if lexicon.known_word(left) or (left[-1] in "se" and len(left) > 3 and lexicon.known_word(left[:-1])):
            out.extend((left, *rest) for rest in _splits(right, depth + 1))
    return tuple(out)


def _initials(words: list[str]) -> set[str]:
    """Every string of initials the words give: each word by the parts of one of its splits, or its first letter."""
    options: set[str] = {""}
    for w in words:
        low = w.casefold().strip(",")
        heads = {"".join(p[0] for p in s) for s in _splits(low)} | {low[:1]}
        if low in _FUNCTION:
            heads.add("")
        options = {o + h for o in options for h in heads}
    return options


def defined_acronym(text: str, start: int, end: int) -> bool:
    """Whether the acronym at text[start:end] is spelled out by the lower-case compound or phrase right before it."""
    word = text[start:end]
    if not _ACRONYM.fullmatch(word):
        return False
    m = _BEFORE_ACRONYM.search(text, max(0, start - 80), start)
    if m is None:
        return False
    letters = word.casefold()
    words = m.group(1).replace(",", " ").split()
    if any(lexicon.listed(w, gaz.PLACES) or lexicon.listed(w, gaz.GIVEN_NAMES) for w in words):
        return False
    if words[-1].casefold().endswith(_BODY_ENDINGS):
        return False  # the acronym of a body, named by its own words
    for n in range(1, len(words) + 1):
        tail = words[-n:]
        if tail[0].casefold() in _FUNCTION:
            continue
        if letters in _initials(tail):
            return True
    last = words[-1].casefold()
    return len(letters) >= 3 and last.startswith(letters) and lexicon.known_word(last)


def _common_part(part: str, zipf: float) -> bool:
    return len(part) >= 3 and (lexicon.frequent(part, zipf) or (part[-1] in "se" and lexicon.frequent(part[:-1], zipf)))


def _work_kind(text: str, f: Found) -> bool:
    word = text[f[0]:f[1]]
    if f[2] not in ("org", "place") or not word.isalpha() or not word.islower() or _NOTE_AFTER.match(text, f[1]) \
            or text[f[1]:f[1] + 1] == "-" or lexicon.listed(word, gaz.PLACES) or lexicon.listed(word, gaz.GIVEN_NAMES):
        return False  # "stavanger-avdelingen": a place in a compound
    if not _WORK_FRAME.search(text, max(0, f[0] - 60), f[0]):
        return False
    if lexicon.definite(word) or lexicon.listed(word, gaz.EMPLOYERS):
        return False
    if any(len(split) > 1 and split[-1] in gaz.NAME_ELEMENTS for split in _splits(word)):
        return False  # "haukeland", "bakkeland": a farm, place or family name's ending, not a kind of work
    if not any(len(split) > 1 and all(_common_part(part, 3.0) for part in split[:-1]) and _common_part(split[-1], 2.5)
               for split in _splits(word)):
        return False  # "nortura", "kvalheimlaks": a firm's name that splits only into a rare scrap ("tura", "kval")
    head = lexicon.compound_head(word)
    return head is not None and not lexicon.org_word(head) and not lexicon.definite(head) \
        and head not in gaz.NAME_ELEMENTS and not _FORM_AFTER.match(text, f[1])


def _level_run(text: str, f: Found) -> bool:
    m = _LEVEL.fullmatch(text, f[0], f[1])
    if m is not None:
        return lexicon.known_word(m.group(1).casefold())
    word = text[f[0]:f[1]]  # "B1. Skriftlig": the model's find trimmed to the second sentence's first word
    return word.isalpha() and bool(_LEVEL_BEFORE.search(text, max(0, f[0] - 6), f[0])) \
        and lexicon.known_word(word.casefold()) and not lexicon.listed(word, gaz.GIVEN_NAMES)


def _product_run(words: list[str]) -> bool:
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if any(lexicon.listed(w, gaz.GIVEN_NAMES) or lexicon.listed(w, gaz.SURNAMES) for w in words):
        return False
    if words[0].casefold() in TOOL_MAKERS:  # "Google Workspace", "Microsoft Intune": the maker's product
        return True
    return all(lexicon.english(w.casefold()) for w in words)


def _software(text: str, f: Found, people: dict[str, list[tuple[int, int]]] | None = None) -> bool:
    """A run of product words after a skill frame, or after such runs listed before it ("kan X, Y og Z").
    A single word the text names as part of a person's full name is that person ("Roar Hauge … kunne Roar
    betale", round 65a)."""
    at = f[0]
    while (prev := _RUN_BEFORE.search(text, max(0, at - 40), at)) is not None:
        at = prev.start()  # "Active Directory" with only "Directory" found: the run starts at "Active"
    run = _RUN.match(text, at)
    if run is None or run.end() < f[1] or not _product_run(run.group(0).split()):
        return False
    if any(e <= run.start() or run.end() <= s for s, e in (people or {}).get(run.group(0).casefold(), ())):
        return False  # "Roar Hauge … kunne Roar": named in full elsewhere
    for _ in range(6):
        frame = _SKILL.search(text, max(0, at - 40), at)
        if frame is not None:
            # one knows people too: a single unmade word after "kjenner" is a person ("Jeg kjenner Jerome.")
            return not (frame.group(0).casefold().startswith("kjen") and len(run.group(0).split()) == 1
                        and run.group(0).casefold() not in TOOL_MAKERS)
        sep = _LIST_SEP.search(text, max(0, at - 80), at)
        if sep is None or not _product_run(sep.group(1).split()):
            return False
        at = sep.start(1)
    return False


def _full_name_words(text: str, found: list[Found]) -> dict[str, list[tuple[int, int]]]:
    """Each word of a person's full name found as capitalised words side by side ("Roar" of "Roar Kvernmo"),
    with the spans of those full names."""
    people = sorted({(f[0], f[1]) for f in found if f[2] == "person" and text[f[0]:f[0] + 1].isupper()})
    names = [(s, e) for s, e in people if len(text[s:e].split()) > 1]
    names += [(s1, e2) for (s1, e1), (s2, e2) in pairwise(people) if text[e1:s2] == " "]
    words: dict[str, list[tuple[int, int]]] = {}
    for s, e in names:
        for word in text[s:e].split():
            words.setdefault(word.casefold(), []).append((s, e))
    return words


def drop_terms(text: str, found: list[Found]) -> list[Found]:
    """`found` without kinds of work, defined acronyms (at every mention), level runs and software skills."""
    defined = {text[f[0]:f[1]].casefold() for f in found if _is_org(f) and defined_acronym(text, f[0], f[1])}
    people = _full_name_words(text, found)
    out = []
    for f in found:
        if _is_org(f) and (text[f[0]:f[1]].casefold() in defined or _work_kind(text, f) or _level_run(text, f)
                           or _software(text, f, people)):
            continue
        out.append(f)
    return out
