"""Networks, associations, friends' workplaces, local institutions and bases named in frames the word rules miss.

Round 48o (issue 10). Held-out 47 left five kinds of name, each in a frame that makes it identifying though its
words read as ordinary or foreign:

* a network named after its description and a comma, closing the sentence ("et nettverk for latinamerikanske
  kvinner i Rogaland, Mujeres en Red."): the name may hold lower-case words of its own language (`en`, `sans`);
* the first item of an answer list ending with an association ("Abelia, og Stavanger Næringsforening"), after a
  question about associations or networks: the first name may be a dictionary word (`abelia` is a shrub);
* a firm whose name is a Norwegian word, capitalised after a friend or relative and `i`/`på` ("en kamerat i
  Kone"): capitalised there, mid-sentence, it is no noun but a workplace;
* a place and a lower-case institution word after an occupation and `på` ("helsefagarbeider på Lillestrøm
  sykehjem"): the whole is the workplace, not the place alone;
* a place after `holder til på`/`i` ("vi holder til på Strømmen"), where a capitalised dictionary word
  (`strømmen`, the current) is a place.

Lower-case words stay in every frame ("holder til på loftet", "en kamerat i kona sin familie", "sykepleier på
legevakten"), and a network described with no name after it stays ("Et nettverk for kvinner hadde vært fint").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_UP = "A-ZÆØÅÀ-ÖÙ-Þ"
_CAP = rf"[{_UP}][\w'’-]+"
# "et nettverk for … i Rogaland, Mujeres en Red." — the name closes the sentence.
_NETWORK = re.compile(rf"(?<![\w-])(?i:et|ett|eit|nettverket)[ \t]+(?:nettverk[ \t]+)?(?:for|av)[ \t]+[^.!?,;:\n]{{3,80}},"
                      rf"[ \t]+({_CAP}(?:[ \t]+(?:[a-zà-ÿ]{{1,5}}[ \t]+)?{_CAP}){{0,5}})(?=[ \t]*(?:[.!?]|$))",
                      re.MULTILINE)
# An answer turn opening with a name, then `og` and an association ("Abelia, og Stavanger Næringsforening").
_ANSWER_LIST = re.compile(rf"^[^\W\d_][\w .-]{{0,30}}:[ \t]*({_CAP}(?:[ \t]+{_CAP}){{0,2}}),?[ \t]+og[ \t]+"
                          rf"(?:{_CAP}[ \t]+){{0,3}}[{_UP}]?[\wæøå]*(?:forening|foreningen|forbund|forbundet|råd"
                          r"|rådet|nettverk|nettverket|klubb|klubben)(?![\w-])", re.MULTILINE)
_ASKED = re.compile(r"(?i:forening|nettverk|organisasjon|medlem|bransje)")
# A friend or relative working somewhere: "en kamerat i Kone", "svogeren min på Ruter".
_FRIEND = re.compile(r"(?<![\w-])(?i:en|ei|et|min|mi|mitt|hans|hennes)[ \t]+(?:kamerat|venn|venninne|kompis"
                     r"|bekjent|kollega|fetter|kusine|nabo|svoger|svigerinne)[ \t]+(?:i|på|hos)[ \t]+"
                     rf"([{_UP}][a-zæøå]+)(?![\w-])(?![ \t]+[{_UP}])")
# An occupation, `på`, a place and a lower-case institution word: "helsefagarbeider på Lillestrøm sykehjem".
_SITE = re.compile(rf"({_CAP}(?:[ \t]+{_CAP})?[ \t]+[a-zæøå]*(?:sykehjem|legevakt|bofellesskap|barnehage|skole"
                   r"|sykehus|helsesenter|omsorgssenter|bibliotek|fengsel|apotek|helsestasjon|menighet))(?![\w-])")
_JOB_BEFORE = re.compile(r"(?<![\w-])([a-zæøå]{4,})[ \t]+på[ \t]+$")
# Care and school jobs the occupation test misses ("sykepleier" lemmatises to the verb `pleie`).
_CARE_JOBS = ("arbeider", "pleier", "assistent", "lærer", "terapeut", "vakt")
# Not a noun and its number ("holder til i Bygg 3", "Brakke 2"): a room or building, no place.
_BASE = re.compile(rf"(?<![\w-])(?i:holder|holdt|holde|holdes)[ \t]+til[ \t]+(?:på|i)[ \t]+({_CAP}(?:[ \t]+{_CAP})?)"
                   r"(?![\w-])(?![ \t]*\d)")


def _named(word: str) -> bool:
    """A capitalised word that is no function word or pronoun."""
    low = word.casefold()
    return low not in gaz.FUNCTION_WORDS and low not in gaz.POSSESSIVES


def _asked_before(text: str, at: int) -> bool:
    """Whether the turn before the line at `at` asks about associations or networks."""
    before = text[:at].rstrip("\n")
    previous = before[before.rfind("\n") + 1:]
    return "?" in previous and _ASKED.search(previous) is not None


def circle_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, "rule:circle") for a network, an association opening an answer list, a friend's
    workplace, a local institution after an occupation and a base after `holder til på`."""
    from workbench.io.pseudonymize.body_employers import occupation

    out = []
    for m in _NETWORK.finditer(text):
        if _named(m.group(1).split()[0]):
            out.append((m.start(1), m.end(1), "org", "rule:circle"))
    for m in _ANSWER_LIST.finditer(text):
        if _named(m.group(1).split()[0]) and _asked_before(text, m.start()):
            out.append((m.start(1), m.end(1), "org", "rule:circle"))
    for m in _FRIEND.finditer(text):
        if _named(m.group(1)) and lexicon.known_word(m.group(1).casefold()):
            out.append((m.start(1), m.end(1), "org", "rule:circle"))
    for m in _SITE.finditer(text):
        job = _JOB_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if _named(m.group(1).split()[0]) and job is not None \
                and (occupation(job.group(1)) or job.group(1).endswith(_CARE_JOBS)):
            out.append((m.start(1), m.end(1), "org", "rule:circle"))
    for m in _BASE.finditer(text):
        if _named(m.group(1).split()[0]):
            out.append((m.start(1), m.end(1), "place", "rule:circle"))
    return out
