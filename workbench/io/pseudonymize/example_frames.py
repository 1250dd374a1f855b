"""Organisations that earlier rules keep because the same word is kept elsewhere, where a frame ties them to
someone's work, money or membership (round 60b).

Policies stated here:

* **Staff of a chain.** A listed chain or everyday workplace (`everyday.CHAINS`, `everyday_names.EMPLOYING`) right
  after people and `fra` (`folk fra`, `noen fra`, `ansatte fra`, `en dame fra`), alone or coordinated with
  another such name (`folk fra X og Y`), names the people's employer, as at a job fair; the chain where one
  shops stays (`handler på Rema`), and so do places, world regions and public bodies after `folk fra`, which
  are no listed chain.
* **A firm given as an example of customers.** A sentence naming customers among a kind of firm (`kunder blant
  treningssentrene.`) followed by a bare name as a fragment (`X, blant annet.`, `X, kanskje.`, `X.`) names a
  customer firm: a listed chain, an acronym or a capitalised word the dictionary does not know. Plural nouns given
  as examples
  (`Naboer, kanskje.`, `Kontorer, for eksempel.`) stay.
* **A festival volunteered at.** A name right between `på` and `som frivillig` (`tok meg med på X som
  frivillig`) is where someone worked unpaid: an acronym, or a capitalised word that is no holiday, month,
  public body, place or given name (`på dugnad som frivillig`, `på 17. mai som frivillig` stay).
* **A union after `fagforeningen` in caseless speech.** Right after lower-case `fagforeningen`/`forbundet`, a
  listed union (`org_policies.UNIONS`, longest first) or a run of up to four words ending in `forbundet` is the
  union joined (`i fagforeningen industri energi fordi …`); `fagforeningen min`, `fagforeningen på jobben`,
  `fagforeningen fordi` stay, and `handel og kontor` as plain words elsewhere stays.
* **A small firm after `firma som` in caseless speech.** One word the dictionary does not know, right after
  `firma som`/`firmaer som`/`bedrifter som`, followed by `i`/`på` and a listed place (`små firma som X på
  <town> som …`), is a firm given as an example; dictionary words there (`firma som rørleggere i …`, `firma
  som trenger folk`) stay.
* **A foundation.** A capitalised compound ending in `-stiftelsen`/`-stiftinga` whose first part is more than a
  word (`Gjensidigestiftelsen`) names a foundation, which these writers apply to for funding: an organisation.
  `Stiftelsen` alone stays a common noun.

A name found here is found again elsewhere in the text (`propagate.found_again`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import everyday, lexicon, propagate
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.everyday_names import EMPLOYING
from workbench.io.pseudonymize.org_policies import UNIONS

Find = tuple[int, int, str, str, "str | None"]
_SOURCE = "rule:org"
_CAP_NAME = r"[A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?:[ \t]+[A-ZÆØÅ0-9][\wæøåÆØÅ&'’-]*)?"

# People, then `fra`: "folk fra", "noen fra", "en dame fra", "ansatte fra".
_PEOPLE_FROM = re.compile(
    r"(?<![\w-])(?i:folk|noen|ansatte|representanter|rekrutterere|sjefen|sjefer|ledere|lederen|personer"
    r"|(?:en|ei)[ \t]+(?:dame|mann|kar|jente|fyr))[ \t]+fra[ \t]+"
    rf"(?P<a>{_CAP_NAME})(?:(?:,[ \t]*|[ \t]+og[ \t]+|[ \t]+eller[ \t]+)(?P<b>{_CAP_NAME}))?")

# Customers among a kind of firm, ending a sentence; then a bare name as a fragment.
_CUSTOMERS = re.compile(r"(?<![\w-])(?i:kunde\w*)[^.!?\n]{0,60}?(?<![\w-])(?i:blant|hos)[ \t]+[a-zæøå][\wæøå-]*\.[ \t]+"
                        r"(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&'’-]*)(?:,[ \t]+(?i:blant[ \t]+annet|kanskje|for[ \t]+eksempel"
                        r"|tror[ \t]+jeg|f\.eks))?[.!]")

# A name between `på` and `som frivillig`.
_VOLUNTEERED = re.compile(r"(?<![\w-])på[ \t]+(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&'’-]*)[ \t]+som[ \t]+frivillig(?:e)?(?![\w-])")

# Caseless: `fagforeningen` or `forbundet`, then the union.
_UNION_AFTER = re.compile(r"(?<![\w-])(?:fagforeningen|fagforeninga|forbundet)[ \t]+(?P<rest>[a-zæøå&][^\n.,!?]{0,60})")
_UNION_NAMES = sorted((u for u in UNIONS if " " in u or len(u) > 6), key=len, reverse=True)
_FORBUND_RUN = re.compile(r"(?:[a-zæøå&]+[ \t]+){0,3}?[a-zæøå]*forbundet(?![\w-])")

# Caseless: `firma som`, one word, then `i`/`på` and a place.
_FIRM_AS = re.compile(r"(?<![\w-])(?:firma|firmaer|firmaene|bedrifter|bedriftene)[ \t]+som[ \t]+"
                      r"(?P<name>[a-zæøå][\wæøå-]+)[ \t]+(?:i|på)[ \t]+(?P<place>[a-zæøå][\wæøå-]+)")

_FOUNDATION = re.compile(r"(?<![\w-])(?P<name>[A-ZÆØÅ][\wæøå-]*?(?:stiftelsen|stiftinga))(?![\w-])")


def _listed_workplace(name: str) -> bool:
    low = " ".join(name.split()).casefold()
    return low in everyday.CHAINS or low in EMPLOYING or low.split()[0] in everyday.CHAINS


def _plain_word(word: str) -> bool:
    """A word that names nothing of its own: the dictionary's, a holiday, a month, a public body, a place."""
    low = word.casefold()
    if word.isupper() and len(word) >= 2:
        return lexicon.public(low) or low in gaz.GENERIC_ACRONYMS
    return lexicon.known_word(low) or lexicon.public(low) or low in lexicon.CALENDAR \
        or lexicon.listed(word, gaz.PLACES) or lexicon.listed(word, gaz.GIVEN_NAMES)


def _staff(text: str) -> list[Find]:
    out = []
    for m in _PEOPLE_FROM.finditer(text):
        for g in ("a", "b"):
            if m.group(g) and _listed_workplace(m.group(g)):
                out.append((m.start(g), m.end(g), "org", _SOURCE, None))
    return out


def _customers(text: str) -> list[Find]:
    return [(m.start("name"), m.end("name"), "org", _SOURCE, None) for m in _CUSTOMERS.finditer(text)
            if _listed_workplace(m.group("name")) or not _plain_word(m.group("name"))]


def _volunteered(text: str) -> list[Find]:
    return [(m.start("name"), m.end("name"), "org", _SOURCE, None) for m in _VOLUNTEERED.finditer(text)
            if "-" not in m.group("name") and not _plain_word(m.group("name"))]


def _unions(text: str) -> list[Find]:
    out = []
    for m in _UNION_AFTER.finditer(text):
        rest = m.group("rest")
        for name in _UNION_NAMES:
            if rest.startswith(name) and not re.match(r"[\wæøå&-]", rest[len(name):len(name) + 1]):
                out.append((m.start("rest"), m.start("rest") + len(name), "org", _SOURCE, None))
                break
        else:
            run = _FORBUND_RUN.match(rest)
            if run is not None and run.group().split()[0] not in gaz.FUNCTION_WORDS | gaz.POSSESSIVES:
                out.append((m.start("rest"), m.start("rest") + run.end(), "org", _SOURCE, None))
    return out


def _firms(text: str) -> list[Find]:
    return [(m.start("name"), m.end("name"), "org", _SOURCE, None) for m in _FIRM_AS.finditer(text)
            if not lexicon.known_word(m.group("name")) and lexicon.listed(m.group("place"), gaz.PLACES)]


def _foundations(text: str) -> list[Find]:
    return [(m.start("name"), m.end("name"), "org", _SOURCE, None) for m in _FOUNDATION.finditer(text)
            if m.group("name").casefold() not in ("stiftelsen", "stiftinga")]


def apply(text: str, found: list[Find], keep: list[tuple[int, int]]) -> list[Find]:
    """`found` with chains' staff, customer examples, festivals volunteered at, caseless unions and firms and
    foundations added (see the module's docstring), each found again elsewhere in the text."""
    new = [f for f in _staff(text) + _customers(text) + _volunteered(text) + _unions(text) + _firms(text)
           + _foundations(text)
           if not any(a < f[1] and f[0] < b for a, b in keep)
           and not any(g[0] <= f[0] and f[1] <= g[1] and g[2] in ("person", "place", "org") for g in found)]
    if not new:
        return found
    return found + new + propagate.found_again(text, new, keep)
