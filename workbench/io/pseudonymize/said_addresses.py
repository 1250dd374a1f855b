"""Web addresses and postcodes said aloud in forms the other rules have not met (round 48c).

* A web address said as words: labels joined by `punkt`/`punktum`/`prikk`/`dot`, a top-level domain, and path
  segments after `skråstrek` ("byggmestern punkt no skråstrek jobb", "www punkt fjordror punkt no skråstrek
  om"). Said without `www` and without a path it counts only in a turn, or after a turn, about a web page;
  `punkt` in ordinary speech ("kapittel tre punkt to", "på et punkt") has no top-level domain after it.
* A postcode said digit by digit in a text without case, right after a lower-case street and its house number
  and before a place in lower case ("i granveien 12 fem null tre to bergen"): `readbacks` wants the place
  written with a capital. Numbers in words after a street name with no house number, or before a unit or an
  ordinary word, stay.
* Round 49c: the house number said in words too, with a letter perhaps ("torsnesveien trettien", "kirkegata tolv
  b"), and the postcode said in any grouping of digits and pairs that makes four digits ("seksten null sju",
  "tjuetre seksten", "null fire åttifem") before a place in lower case. A street with a number in words is an
  address when a postcode and place follow, when a letter follows the number, or when the turn or the turn
  before speaks of an address or of where someone lives and the number ends the clause; `gata tre ganger`, `i
  storgata to dager` (a unit or an ordinary word after the number) stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.caseless_numbers import _STREET_TAIL

_DOT = r"(?i:punktum|punkt|prikk|dott|dot)"
_TLD = r"(?i:no|com|org|net|se|dk|fi|uk|de|eu|io|info|edu|app)"
_LABEL = r"[a-zæøåA-ZÆØÅ0-9][\w-]*"
# Round 50c: words joined inside a label or a path segment by `bindestrek`, `understrek` or (in a path) a dot
# ("anil bindestrek kuruvilla", "romerike understrek elektro", "thu punktum kjokken punktum tromso").
# Round 51s: `minus` and `dash` say the hyphen too ("linkedin punktum com skråstrek in skråstrek ola minus nordmann").
_JOIN = r"(?i:bindestrek|understrek|minus|dash)"
_PART = rf"{_LABEL}(?:[ \t]+{_JOIN}[ \t]+{_LABEL})*"
_SENTENCE = ("er var det den dette denne de jeg du han hun vi dere eg me ho dei og eller men at til på i for med av fra om"
             " som her der da jo vel bare også et en ei ett så nå ja nei hvis når")
_NOT_SENTENCE = rf"(?!(?i:{'|'.join(_SENTENCE.split())})(?![\w-]))"
_SEGMENT = rf"[\w-]+(?:[ \t]+(?:{_JOIN}|{_DOT})[ \t]+{_NOT_SENTENCE}[\w-]+)*"
_SPOKEN_URL = re.compile(
    rf"(?<![\w@.-])(?P<www>(?i:www)[ \t]+{_DOT}[ \t]+)?(?P<first>{_PART})(?:[ \t]+{_DOT}[ \t]+{_PART})*?"
    rf"[ \t]+{_DOT}[ \t]+{_TLD}(?P<path>(?:[ \t]+(?i:skråstrek)[ \t]+{_SEGMENT})*)(?![\w@-])")
_WEB_TALK = re.compile(r"(?i)nett(?:side|sted|adresse|butikk)|hjemmeside|\bside[an]?\b|\bweb|\burl\b|lenke|link")
# Words a sentence is made of: no label of a domain ("dette punkt no" in nynorsk says "now").
_SENTENCE_WORDS = frozenset("""
er var det den dette denne de jeg du han hun vi dere eg me ho dei og eller men at til på i for med av fra om som
her der da jo vel bare også et en ei ett kapittel side punkt neste første siste
""".split())


def _public(said: str) -> bool:
    """Whether a web address said as words is a listed public service's (`nav punktum no`): no one's."""
    from workbench.io.pseudonymize.identifiers import _public_domain

    written = re.sub(rf"[ \t]+{_DOT}[ \t]+", ".", said)
    written = re.sub(r"[ \t]+(?i:skråstrek)[ \t]+", "/", written)
    return _public_domain(re.sub(rf"[ \t]+{_JOIN}[ \t]+", "-", written))


def spoken_urls(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of web addresses said as words: with `www`, with a path after `skråstrek`, or in a turn
    about a web page."""
    for m in _SPOKEN_URL.finditer(text):
        if m.group("first").split()[0].casefold() in _SENTENCE_WORDS or _public(m.group(0)):
            continue
        if m.group("www") or m.group("path"):
            yield m.start(), m.end()
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        if _WEB_TALK.search(text, before_start, m.start()):
            yield m.start(), m.end()


_DIGIT = r"(?:null|en|ein|én|to|tre|fire|fem|seks|sju|syv|åtte|ni)"
_STREET_POSTCODE = re.compile(
    rf"(?<![\w-])[a-zæøå][a-zæøå-]*{_STREET_TAIL.pattern}[ \t]+\d{{1,4}}(?:[ \t]+[a-h])?,?[ \t]+"
    rf"(?P<code>{_DIGIT}(?:[ \t]+{_DIGIT}){{3}})[ \t]+(?P<place>[a-zæøå][a-zæøå-]+)(?![\w-])")


def street_postcode_words(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a postcode said digit by digit between a lower-case street with its house number and a
    place in lower case: the four digit words and the place."""
    from workbench.io.pseudonymize import gazetteer as gaz
    from workbench.io.pseudonymize import rules
    from workbench.io.pseudonymize.street_forms import place_like

    for m in _STREET_POSTCODE.finditer(text):
        place = m.group("place")
        if place in gaz.FUNCTION_WORDS or len(place) < 3:
            continue
        if rules.listed(place, gaz.PLACES) or place_like(place):
            yield m.start("code"), m.end("place")


# Round 50c: a house number of three figures said as one compound or as words ("hundreogtolv", "tohundreogsytten",
# "to hundre og fem", "hundre og tjueen").
_ONES = r"(?:en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni)"
_HUNDREDS = rf"(?:{_ONES}[ \t]*)?hundre(?:[ \t]*og[ \t]*[a-zæøå]+)?"
_HUNDREDS_PARTS = re.compile(rf"(?:(?P<ones>{_ONES})[ \t]*)?hundre(?:[ \t]*og[ \t]*(?P<rest>[a-zæøå]+))?")
_ONE_VALUE = {"en": 1, "ett": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7,
              "åtte": 8, "ni": 9}
_ADDRESS_TALK = re.compile(r"(?<![\w-])(?:adresse\w*|bor|bodde|bur|budde|flytta|flyttet|flytter|bosatt|hjemme)(?![\w-])", re.I)
_STREET_WORDS = re.compile(
    rf"(?<![\w-])(?P<street>[a-zæøå][a-zæøå-]*{_STREET_TAIL.pattern}|[a-zæøå][a-zæøå-]+s?[ \t]+(?:gate|vei|veg|allé))"
    rf"[ \t]+(?P<number>{_HUNDREDS}|[a-zæøå]+)(?:[ \t]+(?P<letter>[a-h])(?![\w-]))?(?![\w-])")
_CODE_WORD = re.compile(r"[ \t]*,?[ \t]*([a-zæøå]+)")


def _number_word(word: str) -> str | None:
    """The digits of one number word of one or two digits ("sju", "seksten", "førtifem"), else None."""
    from workbench.io.pseudonymize.spoken_numbers import _said_value

    said = _said_value(word)
    return said[0] if said and len(said[0]) <= 2 else None


def house_number(words: str) -> str | None:
    """The digits of a house number said as one number word, or as hundreds in one word or several."""
    m = _HUNDREDS_PARTS.fullmatch(words)
    if m is None:
        return _number_word(words)
    rest = _number_word(m.group("rest")) if m.group("rest") else "0"
    if rest is None:
        return None
    return str(100 * _ONE_VALUE.get(m.group("ones") or "en", 1) + int(rest))


def _code_in_words(text: str, at: int) -> tuple[int, int, int] | None:
    """(start, end, place end) of a postcode said as digit words and pairs making four digits from `at`, and the
    lower-case place after it."""
    from workbench.io.pseudonymize import gazetteer as gaz
    from workbench.io.pseudonymize.street_forms import place_like as _place_like

    digits, start, end = "", None, at
    for _ in range(4):
        m = _CODE_WORD.match(text, end)
        value = _number_word(m.group(1)) if m else None
        if m is None or value is None:
            break
        start = m.start(1) if start is None else start
        digits, end = digits + value, m.end(1)
        if len(digits) >= 4:
            break
    if len(digits) != 4 or start is None:
        return None
    place = re.compile(r"[ \t]*,?[ \t]*([a-zæøå][a-zæøå-]{2,})(?![\w-])").match(text, end)
    if place is None or place.group(1) in gaz.FUNCTION_WORDS or not _place_like(place.group(1)):
        return None
    return start, end, place.end(1)


def street_number_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "address") of a lower-case street with its house number said in words, and of the postcode
    in words and its place after it; the postcode in words after a house number in figures too."""
    from workbench.io.pseudonymize import rules
    from workbench.io.pseudonymize.caseless_numbers import _UNITS
    from workbench.io.pseudonymize.work_frames import line_around, line_before

    for m in _STREET_WORDS.finditer(text):
        street = m.group("street").split()[0]
        if " " not in m.group("street") and rules.known_word(street) and not rules.compound_of_known(street):
            continue  # the bare noun: "veien to ganger", "gata fire"
        if house_number(m.group("number")) in (None, "0"):
            continue
        code = _code_in_words(text, m.end())
        if code is None:
            after = re.compile(r"[ \t]+([a-zæøå]+)").match(text, m.end())
            if after and after.group(1) in _UNITS:
                continue
            line = line_around(text, m.start())
            talk = _ADDRESS_TALK.search(text, line[0], m.start()) or _ADDRESS_TALK.search(text, *line_before(text, line[0]))
            ends = re.compile(r"[ \t]*(?:[.,;!?\[]|$)", re.M).match(text, m.end())  # round 50c: "[Nesttunvegen 112]"
            if not (m.group("letter") or (talk and ends)):
                continue
        yield m.start(), m.end(), "address"
        if code:
            yield code[0], code[2], "address"
    for m in re.finditer(rf"(?<![\w-])[a-zæøå][a-zæøå-]*{_STREET_TAIL.pattern}[ \t]+\d{{1,4}}(?:[ \t]+[a-h])?(?![\w-])", text):
        code = _code_in_words(text, m.end())
        if code:
            yield code[0], code[2], "address"
