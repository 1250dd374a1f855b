"""Firms of a family name and a trade, and names that are also words, in text without case (round 29a).

`caseless` finds a firm in lower-case recogniser output by a word the dictionary lacks or by a company form.
A small firm is more often called by its owner's family name and its trade, and that family name is often a
word as well (a headland, a miller): "praksis hos <name> bil og dekk", "verkstedleder på <name> bil", and
then the family name alone ("bra på <name>"). This module adds, only where `caseless` holds:

* a firm of a name-like word and one or two trade words joined by `og` ("<name> dekk og felg"); with one trade
  word only after `hos` or `på` and a word of work shortly before, or when the name is rare; two family names
  joined by a recogniser's `o` for `&` ("<name> o <name>"); the name alone comes again in the document;
* the shopping centre or site after `på` right behind a firm found so ("hos <firm> på <centre>"): a place,
  but not a part of the workplace, a neuter noun in the definite ("på <firm> på slakteriet");
* a listed first name that is also a word after a family noun and its possessive ("kona mi <name> og …",
  "søsteren min <name> hun …"), when nothing but a conjunction, a pronoun or a verb follows it; it comes
  again only at a clause's start before a verb (also after `ja` or `nei`);
* a surname with a particle that the frame ended before ("heter <given> el <surname>"): the particle and the
  surname join the name, and the two written together ("elsurname") count as the name too.

Ordinary trade talk stays: "bil og dekk er det meste", "brukt bil og nye dekk", "med bil og dekk": the word
before the trade is a function word, a frequent word or an adjective.
"""

from __future__ import annotations

import itertools

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

# Trades a small firm is named by, besides the gazetteer's organisation tails.
TRADES = frozenset("""
bil biler bilsenter bilservice bilpleie bilutleie bilverksted karosseri lakk dekk dekkservice felg felger
redningstjeneste bergingstjeneste berging bilberging slep sko skotøy glass maling tapet interiør blomster
optikk optiker gull ur sport fisk kjøtt møbler trevare tre snekkeri murer rørlegger elektriker maskiner
""".split())
# Words that open a firm's trade talk but are none of its name: adjectives and amounts before a trade.
_NOT_NAMES = frozenset("""ny nye nytt gammel gamle gammelt egen eget egne brukt brukte stor store stort liten lite
lille små annen annet andre samme hele mye mange noen flere alle ingen vanlig vanlige god gode bra billig billige
dyr dyre""".split())
_WORK_HEADS = ("sjef", "leder", "mester", "mekaniker", "lærling", "arbeider", "praksis", "jobb", "jobber", "jobbet", "ansatt",
               "vikar", "montør", "lærer", "selger")
_FIRM_PREPS = frozenset("hos på".split())
_TIME_WORDS = frozenset("""mandag tirsdag onsdag torsdag fredag lørdag søndag mandager tirsdager onsdager torsdager
fredager lørdager søndager dagtid kveldstid natta kvelden morgenen helga helgene""".split())


def _excluded(word: str) -> bool:
    return (word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in rules.FILLERS or word in gaz.NEVER
            or word in _NOT_NAMES or word in TRADES or len(word) < 3)


def _name_like(word: str) -> bool:
    """A family name by itself: listed, unknown to the dictionary, a proper noun to it, or a rare word."""
    if _excluded(word):
        return False
    return rules.listed(word, gaz.SURNAMES) or not rules.known_word(word) or rules.dictionary_proper_noun(word) \
        or not rules.frequent(word, 4.0)


def _part_of_work(word: str) -> bool:
    """A neuter noun in the definite ("slakteriet", "lageret", "kontoret"): a part of the workplace, no centre."""
    return word.endswith("et") and (rules.known_word(word[:-2]) or rules.known_word(word[:-1]))


def _work_before(low: list[str], i: int) -> bool:
    return any(w.endswith(_WORK_HEADS) for w in low[max(0, i - 7):i - 1])


def firm_finds(text: str, words, low: list[str], out: list[tuple[int, int, str, str]],
               trade_tails: frozenset[str], family: frozenset[str], possessive: frozenset[str],
               verbs: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """`out` with the firms, places and people above added and person spans with a particle lengthened."""
    n = len(words)
    trades = TRADES | trade_tails

    def joined(i: int, j: int) -> bool:
        return i >= 0 and j < n and text[words[i][1]:words[j][0]] == " "

    new: list[tuple[int, int, str, str]] = []
    for i in range(n):
        word = low[i]
        prev = low[i - 1] if i and joined(i - 1, i) else ""
        # a family name and its trade: "<name> bil og dekk", "på <name> bil"
        if joined(i, i + 1) and low[i + 1] in trades and not _excluded(word):
            j = i + 1
            double = j + 2 < n and joined(j, j + 1) and low[j + 1] == "og" and joined(j + 1, j + 2) \
                and low[j + 2] in trades
            framed = prev in _FIRM_PREPS and _work_before(low, i)
            if double and (_name_like(word) or framed):
                new.append((words[i][0], words[j + 2][1], "org", "rule:caseless"))
                continue
            if prev in _FIRM_PREPS and (framed or (_name_like(word) and not rules.frequent(word, 3.0))):
                new.append((words[i][0], words[j][1], "org", "rule:caseless"))
                continue
        # two family names joined by "o" for "&": "<name> o <name>"
        if i + 2 < n and low[i + 1] == "o" and joined(i, i + 1) and joined(i + 1, i + 2) \
                and _name_like(word) and _name_like(low[i + 2]):
            new.append((words[i][0], words[i + 2][1], "org", "rule:caseless"))
            continue
        # a listed first name that is also a word after a family noun and its possessive: "kona mi <name> og"
        if i >= 2 and joined(i - 2, i - 1) and prev and (
                (low[i - 2] in family and prev in possessive) or (low[i - 2] in possessive and prev in family)) \
                and rules.listed(word, gaz.GIVEN_NAMES) and not _excluded(word) and word not in verbs \
                and word not in family and not rules.adjective_like(word):
            nxt = low[i + 1] if joined(i, i + 1) else ""
            if nxt in ("", "og", "hun", "han", "som") or nxt in verbs:
                new.append((words[i][0], words[i][1], "person", "rule:caseless"))
    found = out + new
    # the centre or site after "på" behind a firm: "hos <firm> på <centre>"
    for _start, end, kind, _source in list(found):
        if kind != "org":
            continue
        k = next((x for x in range(n) if words[x][0] > end), None)
        if k is None or low[k] != "på" or text[end:words[k][0]] != " " or not joined(k, k + 1):
            continue
        place = low[k + 1]
        if not _excluded(place) and place not in _TIME_WORDS and len(place) >= 4 and not rules.frequent(place, 3.0) \
                and rules.compound_head(place) is None and not _part_of_work(place):
            found = [f for f in found if not (f[0] == words[k + 1][0] and f[2] == "org")]  # "på <centre> tre dager"
            found.append((words[k + 1][0], words[k + 1][1], "place", "rule:caseless"))
    # a surname with a particle after a person found: "omar" + "el amrani"
    for x, (start, end, kind, source) in enumerate(found):
        if kind != "person":
            continue
        k = next((y for y in range(n) if words[y][0] > end), None)
        if k is not None and k + 1 < n and text[end:words[k][0]] == " " and low[k] in gaz.NAME_PARTICLES \
                and joined(k, k + 1) and len(low[k + 1]) >= 3 and not rules.known_word(low[k + 1]) \
                and low[k + 1] not in gaz.FUNCTION_WORDS:
            found[x] = (start, words[k + 1][1], kind, source)
    return found


def again_forms(text: str, found) -> tuple[dict[str, str], dict[str, str]]:
    """Forms and phrases to find again: a trade firm's family name alone, a surname with its particle, and the
    two written together."""
    forms: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for start, end, kind, *_rest in found:
        span = text[start:end]
        if span != span.lower() or kind not in ("org", "person"):
            continue
        parts = span.split()
        if kind == "org" and len(parts) >= 2 and (parts[1] in TRADES or parts[1] == "o" or parts[-1] in TRADES) \
                and _name_like(parts[0]):
            forms[parts[0]] = "org"
            if parts[1] == "o" and _name_like(parts[-1]):
                forms[parts[-1]] = "org"
        if kind == "person":
            for a, b in itertools.pairwise(parts):
                if a in gaz.NAME_PARTICLES and len(b) >= 3 and not rules.known_word(b):
                    phrases[f"{a} {b}"] = "person"
                    forms[a + b] = "person"
    return forms, phrases
