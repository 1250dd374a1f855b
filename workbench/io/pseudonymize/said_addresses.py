"""Web addresses and postcodes said aloud in forms the other rules have not met (round 48c).

* A web address said as words: labels joined by `punkt`/`punktum`/`prikk`/`dot`, a top-level domain, and path
  segments after `skråstrek` ("byggmestern punkt no skråstrek jobb", "www punkt fjordror punkt no skråstrek
  om"). Said without `www` and without a path it counts only in a turn, or after a turn, about a web page;
  `punkt` in ordinary speech ("kapittel tre punkt to", "på et punkt") has no top-level domain after it.
* A postcode said digit by digit in a text without case, right after a lower-case street and its house number
  and before a place in lower case ("i granveien 12 fem null tre to bergen"): `readbacks` wants the place
  written with a capital. Numbers in words after a street name with no house number, or before a unit or an
  ordinary word, stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.caseless_numbers import _STREET_TAIL

_DOT = r"(?i:punktum|punkt|prikk|dott|dot)"
_TLD = r"(?i:no|com|org|net|se|dk|fi|uk|de|eu|io|info|edu|app)"
_LABEL = r"[a-zæøåA-ZÆØÅ0-9][\w-]*"
_SPOKEN_URL = re.compile(
    rf"(?<![\w@.-])(?P<www>(?i:www)[ \t]+{_DOT}[ \t]+)?(?P<first>{_LABEL})(?:[ \t]+{_DOT}[ \t]+{_LABEL})*?"
    rf"[ \t]+{_DOT}[ \t]+{_TLD}(?P<path>(?:[ \t]+(?i:skråstrek)[ \t]+[\w-]+)*)(?![\w@-])")
_WEB_TALK = re.compile(r"(?i)nett(?:side|sted|adresse|butikk)|hjemmeside|\bside[an]?\b|\bweb|\burl\b|lenke|link")
# Words a sentence is made of: no label of a domain ("dette punkt no" in nynorsk says "now").
_SENTENCE_WORDS = frozenset("""
er var det den dette denne de jeg du han hun vi dere eg me ho dei og eller men at til på i for med av fra om som
her der da jo vel bare også et en ei ett kapittel side punkt neste første siste
""".split())


def spoken_urls(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of web addresses said as words: with `www`, with a path after `skråstrek`, or in a turn
    about a web page."""
    for m in _SPOKEN_URL.finditer(text):
        if m.group("first").casefold() in _SENTENCE_WORDS:
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
