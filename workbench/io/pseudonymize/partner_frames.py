"""Case numbers after their authority's acronym, partners of a programme and chains in customers' compounds
(round 61a).

Policies stated here:
* **A case number after its authority's acronym.** A number of the archive shape (a year of two or four
  digits, a slash and a serial of three to eight digits, a document number after a hyphen or not) right after
  an acronym in capitals (`UNE 24/06631`, `HK-dir 25/01934-4`) is a case number written the way the authority
  writes it; the acronym is its prefix and is replaced with the number, and a serial of seven or eight digits
  is read here too (`identifiers.CASE_NUMBER` stops at six). The authority named alone (`hos UNE`) stays a
  public body, and so do numbers of other shapes after an acronym (`NAV 24/7`, `UDI 2 ganger`).
* **A programme's partner.** A run of capitalised words between `samarbeider/samarbeidet med` and `om`
  (`samarbeidet med X Y om leksehjelp`) names the partner of a programme: an organisation, when it is not a
  public body, a place or a dictionary word alone (`samarbeidet med NAV om`, `med Statsforvalteren om`,
  `med kommunen om` stay).
* **A chain in a customers' compound.** A capitalised first part before `-hotell`, `-hotellet`, `-hoteller`,
  `-hotellene` inside a sentence (`for tre X-hoteller`) names the hotel chain served: an organisation. Lower-case
  first parts (`spa-hoteller`, `flyplass-hoteller`), a compound opening a sentence, and first parts that are
  dictionary words, public bodies or places stay.
A name found here is found again elsewhere in the text (`propagate.found_again`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import lexicon, propagate
from workbench.io.pseudonymize import gazetteer as gaz

Find = tuple[int, int, str, str, "str | None"]
_SOURCE = "rule:org"

_ACRONYM_CASE = re.compile(r"(?<![\w-])(?P<acr>[A-ZÆØÅ]{2,6}(?:-[A-Za-zæøå]{2,5})?)[ \t]+"
                           r"(?P<num>(?:19|20)?\d{2}/\d{3,8}(?:-\d{1,3})?)(?![\w/])")
_CAP = r"[A-ZÆØÅ][\wæøåÆØÅ&'’-]*"
_PARTNER = re.compile(rf"(?<![\w-])(?i:samarbeid(?:er|et|a|e))[ \t]+(?:(?i:også|òg|tett)[ \t]+)?(?i:med)[ \t]+"
                      rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]+om(?![\w-])")
_HOTEL = re.compile(r"(?<=[\wæøå,][ \t])(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&'’]*)-(?:hotell|hotellet|hoteller|hotellene)(?![\w-])")


def _plain(word: str) -> bool:
    """A word naming nothing of its own: the dictionary's, a public body's, a place's or a calendar word."""
    low = word.casefold()
    return lexicon.known_word(low) or lexicon.public(low) or low in lexicon.CALENDAR \
        or lexicon.listed(word, gaz.PLACES) or low in gaz.GENERIC_ACRONYMS


def case_numbers(text: str) -> list[Find]:
    """Case numbers with the authority's acronym before them (`UNE 24/06631`)."""
    return [(m.start("acr"), m.end("num"), "number", "identifier", None) for m in _ACRONYM_CASE.finditer(text)]


def _partners(text: str) -> list[Find]:
    out = []
    for m in _PARTNER.finditer(text):
        words = m.group("name").split()
        if any(lexicon.public(w.casefold()) for w in words) or lexicon.public(m.group("name").casefold()):
            continue
        if len(words) == 1 and _plain(words[0]):
            continue
        out.append((m.start("name"), m.end("name"), "org", _SOURCE, None))
    return out


def _hotels(text: str) -> list[Find]:
    return [(m.start("name"), m.end("name"), "org", _SOURCE, None) for m in _HOTEL.finditer(text)
            if not _plain(m.group("name"))]


def apply(text: str, found: list[Find], keep: list[tuple[int, int]]) -> list[Find]:
    """`found` with case numbers widened over their authority's acronym, programmes' partners and hotel
    chains in compounds added (see the module's docstring); new names are found again in the text."""
    cases = [f for f in case_numbers(text) if not any(a < f[1] and f[0] < b for a, b in keep)]
    new = [f for f in _partners(text) + _hotels(text)
           if not any(a < f[1] and f[0] < b for a, b in keep)
           and not any(g[0] <= f[0] and f[1] <= g[1] and g[2] in ("person", "place", "org") for g in found)]
    if not new and not cases:
        return found
    return found + cases + new + (propagate.found_again(text, new, keep) if new else [])
