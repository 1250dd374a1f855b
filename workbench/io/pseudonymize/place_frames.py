"""Place names that are also everyday words, found only in a place frame; place names of several words (round 52p).

Policy: a name of `place_words.PLACE_WORDS` (`Lier`, `Gol`, `Vik`, `Porto`, `Røyken`, `Time`, `Sola` ...) is a
place exactly where it stands in a place frame, in text with case and without:

* after a place preposition (`i`, `fra`, `til`, `på`, `ved`, `utenfor`, `rundt`, `gjennom`, `nær`) when no
  noun continues the phrase: the word after it, on the same line with only a space between, must be a
  function word, a verb the name lists know, `kommune`/`sentrum`/`stasjon`, or a listed place; "bor i lier nå",
  "jobber på Gol.", but not "på ski hver helg" or "i sand og grus";
* before `kommune`, `kommunes`, `sentrum` or `stasjon` ("Gran kommune", "ski sentrum");
* after a four-digit postcode ("6891 Vik");
* beside another listed place that is no word, joined by a comma, `og` or `eller` ("Drammen og Lier",
  "hurum, røyken og lier");
* before `i`, `på` or `ved` and a listed place or a county or district (`Mo i Rana`, `Bø i Telemark`, `Time ved
  Bryne`): the whole name is the place, when nothing but a preposition, a line or sentence start, `og` or a
  comma stands before it;
* as the first part of a compound with a place suffix (`Lierstranda`, `Liertoppen`, `lierdialekt`,
  `Røyken-bygda`) that the dictionary does not know.
* round 62b: a district named by a direction and `-bygda`/`-grenda` (`innbygda`, `Nordbygda`, `sørbygda`,
  `Østgrenda`) right after a place preposition ("mannen hennes er fra innbygda", "bor oppe i nordbygda"), in
  text without case too, even where the dictionary knows the word (`innbygd`); not `hjembygda` or `nabobygda`,
  whose first part is no direction, and not `ut-`, `opp-` or `ned-`, which make participles (`utbygd`).

Exceptions, by class:

* Case: in text with case a lower-case place word is the word ("gikk på ski", "betalte porto"); only a
  capital counts there. A capital opening a sentence or a line is no evidence ("Porto har blitt dyrt."), so
  there only the stronger frames count (`kommune`, a postcode, a list, `X i Y`).
* Idioms: a preposition that makes an ordinary phrase with the word is no frame ("på ski", "til ski").
* Everyday nouns (`place_words.ORDINARY`: "i time", "i sola", "på sand", "i dalen", "på stranda"): in text
  without case the preposition alone is no frame for them; the stronger frames still are. In text with case a
  capital after the preposition is ("bor på Sola", "i Time").
* Compounds: only place words that are not everyday nouns form them, and a compound the dictionary knows
  ("sandstrand", "fjelltoppen") stays a word.

Places of several words (`Porto Alegre`, `São Paulo`, `Santa Cruz de la Sierra`, `Vestre Aker`) are found
whole in any case from `world_places`, `world_cities` and `place_words`; a hyphen may stand for a space.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import caseless
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, place_words, world_cities, world_places

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?")
_PREPOSITIONS = frozenset("i fra til på ved utenfor rundt gjennom nær".split())
_IDIOMS = frozenset({("på", "ski"), ("til", "ski")})
_HEADS = frozenset("kommune kommunes sentrum stasjon".split())
_FOLLOWERS = frozenset("""
nå før da der hvor som siden igjen lenger heller også og eller men sammen alene fortsatt ennå enda lenge hjemme
først sist senere etterpå tidligere i dag i fjor hver
""".split())
_SUFFIXES = ("strand", "stranda", "toppen", "byen", "bygda", "bygd", "marka", "dialekt", "dialekten", "sentrum")
# Round 62b: a direction before a settlement word names a district ("Innbygda", "Nordbygda").
_DISTRICT = re.compile(r"(?:nord|sør|syd|øst|vest|inn|midt|ytre|indre|øvre|nedre)-?(?:bygda|bygdi|bygd|grenda|grendi|grend)")
_BEFORE_NAME = frozenset("og eller".split())
_POSTCODE = re.compile(r"(?<!\d)\d{4}[ \t]+$")
_BREAK = re.compile(r"[.!?:;«»\"\n\]\[]")
_PLAIN = gaz.PLACES - place_words.PLACE_WORDS


def _phrase_pattern() -> re.Pattern[str]:
    world = [p.strip().replace("\\.", ".").lower() for p in world_places._PHRASES.replace("\n", "").split("|")]
    names = sorted({p for p in (*world, *world_cities.PHRASES, *place_words.PHRASES) if p}, key=len, reverse=True)
    parts = [r"[ \t-]+".join(re.escape(w) for w in re.split(r"[ -]", n)) for n in names]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?:s)?(?![\w-])", re.IGNORECASE)


_PHRASE = _phrase_pattern()


def _plain_place(word: str) -> bool:
    """A listed place that is no everyday word, or a county or district."""
    low = word.casefold()
    return low in place_words.REGIONS or (lexicon.listed(word, _PLAIN) and low not in gaz.NEVER
                                          and low not in gaz.FUNCTION_WORDS)


def _compound(low: str) -> bool:
    """A place word and a place suffix the dictionary does not know as one word ("lierstranda", "røyken-bygda")."""
    for suffix in _SUFFIXES:
        head = low[:-len(suffix)].rstrip("-")
        if low.endswith(suffix) and head in place_words.PLACE_WORDS and head not in place_words.ORDINARY \
                and not lexicon.known_word(low):
            return True
    return False


def place_finds(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", source) of place words in a place frame and of places of several words."""
    out = [(m.start(), m.end(), "place", "rule:place-phrase") for m in _PHRASE.finditer(text)
           if world_places.PHRASES.fullmatch(m.group(0)) is None]
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    if not words:
        return out
    no_case = caseless.caseless(text)
    low = [w[2].casefold() for w in words]
    n = len(words)

    def gap(i: int, j: int) -> str:
        return text[words[i][1]:words[j][0]]

    def usable(i: int) -> bool:  # a capital, or any case in text without case
        return no_case or words[i][2][:1].isupper()

    def opens(i: int) -> bool:  # first word of the text, of a line or of a sentence
        return i == 0 or _BREAK.search(gap(i - 1, i)) is not None

    def after_preposition(i: int) -> bool:
        return i > 0 and low[i - 1] in _PREPOSITIONS and gap(i - 1, i) == " " and (low[i - 1], low[i]) not in _IDIOMS

    def phrase_ends(i: int) -> bool:  # nothing continues the noun phrase after word i
        if i + 1 >= n or gap(i, i + 1).strip(" \t"):
            return True
        nxt = low[i + 1]
        return nxt in gaz.FUNCTION_WORDS or nxt in gaz.NAME_FOLLOWERS or nxt in _FOLLOWERS or nxt in _HEADS \
            or _plain_place(words[i + 1][2])

    def listed_beside(i: int) -> bool:  # "drammen og lier", "lier, røyken": a plain place next in the list
        others = []
        if i > 0 and gap(i - 1, i).strip() == ",":
            others.append(i - 1)
        if i > 1 and low[i - 1] in _BEFORE_NAME and gap(i - 2, i - 1).strip() in ("", ","):
            others.append(i - 2)
        if i + 1 < n and gap(i, i + 1).strip() == ",":
            others.append(i + 1)
        if i + 2 < n and low[i + 1] in _BEFORE_NAME and gap(i, i + 1).strip() in ("", ","):
            others.append(i + 2)
        return any("\n" not in text[min(words[i][1], words[j][1]):max(words[i][0], words[j][0])]
                   and usable(j) and _plain_place(words[j][2]) for j in others)

    def coordinated_noun(i: int) -> bool:  # "i lier og skog": two bare nouns; "fra porto og broren hennes" is a clause
        return i + 2 < n and low[i + 1] in _BEFORE_NAME and lexicon.known_word(low[i + 2]) \
            and not lexicon.definite(low[i + 2]) \
            and low[i + 2] not in gaz.FUNCTION_WORDS and low[i + 2] not in gaz.NAME_FOLLOWERS \
            and low[i + 2] not in _FOLLOWERS and low[i + 2] not in place_words.PLACE_WORDS \
            and not _plain_place(words[i + 2][2])

    for i in range(n):
        start, end, word = words[i]
        if low[i] in place_words.PLACE_WORDS and usable(i):
            strong = (i + 1 < n and low[i + 1] in _HEADS and gap(i, i + 1) == " ") \
                or _POSTCODE.search(text, max(0, start - 12), start) is not None or listed_beside(i)
            # "Mo i Rana", "bø i telemark", "time ved bryne": the whole name
            if i + 2 < n and low[i + 1] in ("i", "på", "ved") and gap(i, i + 1) == " " == gap(i + 1, i + 2) \
                    and usable(i + 2) and _plain_place(words[i + 2][2]) \
                    and (opens(i) or after_preposition(i) or low[i - 1] in _BEFORE_NAME or gap(i - 1, i).strip() == ","):
                out.append((start, words[i + 2][1], "place", "rule:place-frame"))
                continue
            framed = after_preposition(i) and phrase_ends(i) and not coordinated_noun(i) and (
                word[:1].isupper() if not no_case else low[i] not in place_words.ORDINARY)
            if strong or (framed and not (word[:1].isupper() and opens(i))):
                out.append((start, end, "place", "rule:place-frame"))
            continue
        if _DISTRICT.fullmatch(low[i]) and usable(i) and after_preposition(i):
            out.append((start, end, "place", "rule:place-frame"))  # round 62b: "fra innbygda"
            continue
        if _compound(low[i]):
            out.append((start, end, "place", "rule:place-frame"))
    return out
