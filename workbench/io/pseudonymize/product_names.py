"""Names with an exclamation mark, and product models after an article.

* A firm whose name ends in `!` ("Kahoot!", "Sprell!") is found by the word rules without its mark, and the
  mark then stays in the text beside the marker. Where the document writes the name with `!` inside a
  sentence (a lower-case word, a comma or a bracket after it: "hos Kahoot! i Oslo", "Plopp! svarte ikke"),
  the mark is part of the name: every find of that name followed by `!` takes it along, and every other
  mention with the mark is found again ("Sprell! hadde et kontor" at a sentence start, a word otherwise). An
  exclamation ("Flott! Og så …") ends a sentence and is nobody's name.
* A boat, car, machine or tool model is named like a firm or a person, but counted like a thing: after an
  indefinite article or a number and perhaps an adjective of age or size ("en gammel Grand Banks", "to
  Marex", "en ny Juki"); after a bare `en` only with more evidence (a year or decade after it, a second
  model in a list, a word the dictionary or English knows: "en Tesla"), since people are met there too ("ikke
  alle har en Sigrunn"). Such a find is dropped unless its first word is a listed given name ("en Torgeir fra
  Søgne", "ikke alle har en Valentina"), a place or person follows (`fra`/`i`/`hos` and a capitalised word),
  it is glued to a hyphen ("et Equinor-arrangement"), or the same name stands elsewhere in the document
  without such an article (then it is a name, and every mention stays replaced).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_INSIDE = re.compile(r"![ \t]+[a-zæøå0-9]|!,|!\)|!;")
_ARTICLE = re.compile(r"(?<![\w-])(?:(?i:en|ei|et|ett)|(?P<count>(?i:to|tre|fire|fem|seks|sju|noen|flere|et[ \t]+par)))"
                      r"(?:[ \t]+(?P<adjective>(?i:gammel|gamle|gammal|ny|nye|nytt|brukt|brukte|liten|lita|lite|stor"
                      r"|store|stort|eldre|nyere|rusten|rustne|ekte|skikkelig|slik|sånn)))?[ \t]+$")
# A model's year or decade after it ("en Windy fra åttitallet", "en Volvo fra 1987"), or a second model in a
# list ("en Festool og en Makita").
_YEAR_AFTER = re.compile(r"[ \t]+fra[ \t]+(?:\d{4}|[a-zæøå]+tallet)(?![\w-])")
_LIST_AFTER = re.compile(r"[ \t]*(?:,|og)[ \t]+(?:en|ei|et|to)[ \t]+(?:(?:gammel|ny|brukt)[ \t]+)?[A-ZÆØÅ]")
_LIST_BEFORE = re.compile(r"(?:en|ei|et|to)[ \t]+(?:(?:gammel|ny|brukt)[ \t]+)?[A-ZÆØÅ][\w-]*[ \t]*(?:,|og)[ \t]+$")
_AFTER_PERSON = re.compile(r"[ \t]+(?:fra|i|hos|på|som)[ \t]+[A-ZÆØÅ]|[ \t]*,[ \t]+(?:som|han|hun)(?![\w-])")


def with_marks(text: str, found: list[tuple]) -> list[tuple]:
    """The finds, those of a name the document writes with `!` inside a sentence extended over the mark."""
    marked = {text[f[0]:f[1]].casefold() for f in found
              if f[2] in ("org", "person", "place") and _INSIDE.match(text, f[1])}
    if not marked:
        return found
    out = [(f[0], f[1] + 1, *f[2:]) if text[f[1]:f[1] + 1] == "!" and text[f[0]:f[1]].casefold() in marked else f
           for f in found]
    kinds = {text[f[0]:f[1] - 1].casefold(): f[2] for f in out if text[f[1] - 1:f[1]] == "!"}
    for name, kind in kinds.items():  # "Sprell! hadde et kontor": the mark makes a word the same name again
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}!", text, re.IGNORECASE):
            if not any(f[0] < m.end() and m.start() < f[1] for f in out):
                out.append((m.start(), m.end(), kind, "rule:again", None))
    return out


_RUN_BEFORE = re.compile(r"(?:[A-ZÆØÅ][\w-]*[ \t]+){1,2}$")


def _model_at(text: str, start: int, end: int) -> bool:
    before = _RUN_BEFORE.search(text, max(0, start - 40), start)
    if before:  # "Banks" of "en gammel Grand Banks": read from the run's first word
        start = before.start()
    name = text[start:end]
    words = name.split()
    if not words or not words[0][:1].isupper() or words[0].isupper() or text[end:end + 1] == "-":
        return False
    if lexicon.listed(words[0], gaz.GIVEN_NAMES) or _AFTER_PERSON.match(text, end):
        return False
    article = _ARTICLE.search(text, max(0, start - 40), start)
    if article is None:
        return False
    if article.group("count") or article.group("adjective") or _YEAR_AFTER.match(text, end) \
            or _LIST_AFTER.match(text, end) or _LIST_BEFORE.search(text, max(0, article.start() - 40), article.start()):
        return True
    low = words[0].casefold()  # a bare "en X": a word the dictionary or English knows ("en Tesla", "en Nordkapp")
    return lexicon.known_word(low) or lexicon.english(low)


def drop_models(text: str, found: Sequence[tuple]) -> list[tuple]:
    """The finds less product models named after an article ("en gammel Grand Banks")."""
    models = {i for i, f in enumerate(found) if f[2] in ("person", "org", "place") and f[3] not in ("list", "identifier")
              and _model_at(text, f[0], f[1])}
    if not models:
        return list(found)
    named = {text[f[0]:f[1]].casefold() for i, f in enumerate(found) if i not in models and f[2] in ("person", "org", "place")}
    return [f for i, f in enumerate(found) if i not in models or text[f[0]:f[1]].casefold() in named]
