"""Bodies spelled out in full in the frames that name one: a trade association before its acronym between commas,
a research institute as a letter's addressee or a workplace applied to after `ved`; and the genitive of a common
noun in a measure phrase read as a name (round 72a).

Held-out 90 and 91 (read as development data) left three organisations that no rule found and replaced one word
needlessly. None of the rules below reads a word list of those texts, only shapes and frames:

* a full association name, then its acronym between commas ("et møte i X- og Y-bransjens landsforening, XYL, i
  Oslo"). The name opens with a capital, runs up to six words, every inner word a hyphen prefix, `og`, a genitive
  (`-s`) or the association noun it ends in (as `apposed_bodies._HEAD`), and the acronym begins with its first
  letter. Policy: the name spells out the body its acronym names, the order round 69a's `apposed_bodies` did not
  read. A public body's name before its acronym ("Arbeids- og velferdsetaten, NAV,") ends in no association noun
  and stays; a sentence opener ("Vi er med i Bondelaget, BL,") holds a plain inner word and stays.
* a line opening `Til` and a capitalised name that holds an institution noun (`institutt`, `senter`, `direktorat`,
  `forening` …), ending at `, v/` or the line's end ("Til Norsk institutt for X, v/ forskningsleder …"). Policy: a
  letter's addressee, the body the writer deals with. `Til orientering`, `Til deg som` and `Til sammen` stay: no
  capital or no institution noun.
* `ved` and a capitalised genitive before a lower-case `-institutt` compound ("søker stilling ved Forsvarets
  forskningsinstitutt på Kjeller"). Policy: an institute named by its owner, a workplace applied to; a place found
  for the genitive alone is widened to the institute. `ved instituttet` and `ved et forskningsinstitutt` stay.
* dropped: a lower-case genitive in `-s` found as a person, after an indefinite article or a numeral and before a
  lower-case noun ("med en dags varsel", "to ukers ferie", "et års kontrakt"), its stem a dictionary word. Policy:
  a measure phrase of a common noun; a first name (`Dag`) in the genitive is not counted.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.apposed_bodies import _HEAD, _initial
from workbench.io.pseudonymize.spans import droppable, overlaps, within

Found = tuple[int, int, str, str, "str | None"]

_BEFORE_ACRONYM = re.compile(rf"(?<![\w-])(?P<name>[A-ZÆØÅ][\wæøå]*-?(?:[ \t]+(?:[\wæøå]+-|og|[\wæøå]+s)){{0,4}}[ \t]+{_HEAD})"
                             r",[ \t]+(?P<acronym>[A-ZÆØÅ]{2,6})(?=[ \t]*[,.;:!?])")
_INSTITUTION = r"\w*(?:institutt|instituttet|senter|senteret|direktorat|direktoratet|forening|foreningen|forbund" \
               r"|forbundet|høgskole|høgskolen|universitet|universitetet|akademi|akademiet|stiftelse|stiftelsen)"
_ADDRESSEE = re.compile(r"^Til[ \t]+(?P<name>[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[\wæøå-]+){0,5}?)"
                        r"(?=[ \t]*(?:,[ \t]*v/|$))", re.M)
_APPLIED = re.compile(r"(?<![\w-])(?i:ved)[ \t]+(?P<name>[A-ZÆØÅ][\wæøå]+s[ \t]+[a-zæøå]*institutt(?:et)?)(?![\w-])")
_MEASURE = re.compile(r"(?<![\w-])(?i:en|ei|et|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|noen|flere|mange|få)[ \t]+"
                      r"(?P<word>[a-zæøå]{2,}s)[ \t]+[a-zæøå]{3,}")


def before_acronym(text: str) -> list[Found]:
    """A full association name of plain inner words before its acronym between commas: both."""
    out: list[Found] = []
    for m in _BEFORE_ACRONYM.finditer(text):
        name = m.group("name")
        if not _initial(name, m.group("acronym")) or name.casefold() in gaz.PUBLIC:
            continue
        out += [(m.start("name"), m.end("name"), "org", "rule:org", None),
                (m.start("acronym"), m.end("acronym"), "org", "rule:org", None)]
    return out


def addressees(text: str) -> list[Found]:
    """A capitalised name holding an institution noun after a line-opening `Til`, up to `, v/` or the line end."""
    return [(m.start("name"), m.end("name"), "org", "rule:org", None) for m in _ADDRESSEE.finditer(text)
            if re.search(rf"(?<![\w-]){_INSTITUTION}(?![\w-])", m.group("name"), re.I)
            and m.group("name").casefold() not in gaz.PUBLIC]


def applied_institutes(text: str) -> list[Found]:
    """A capitalised genitive and a lower-case `-institutt` compound after `ved`."""
    return [(m.start("name"), m.end("name"), "org", "rule:org", None) for m in _APPLIED.finditer(text)
            if m.group("name").casefold() not in gaz.PUBLIC]


def _measure(text: str, f: Found) -> bool:
    """A lower-case genitive person find in a measure phrase whose stem the dictionary knows."""
    return f[2] == "person" and droppable(f) and any(
        m.span("word") == (f[0], f[1]) and rules.known_word(m.group("word")[:-1]) for m in _MEASURE.finditer(
            text, max(0, f[0] - 12), f[1] + 40))


def apply(text: str, found: list[Found], keep: list[tuple[int, int]]) -> list[Found]:
    """`found` without measure genitives, with the bodies above added; finds inside a new body are widened to it."""
    found = [f for f in found if not _measure(text, f)]
    orgs = [(f[0], f[1]) for f in found if f[2] == "org"]
    new = [n for n in before_acronym(text) + addressees(text) + applied_institutes(text)
           if not overlaps(keep, n[0], n[1]) and not within(orgs, n[0], n[1])]
    if not new:
        return found
    spans = [(n[0], n[1]) for n in new]
    kept = [f for f in found if not (within(spans, f[0], f[1]) and droppable(f))]
    return kept + [n for n in new if not overlaps([(k[0], k[1]) for k in kept], n[0], n[1])]
