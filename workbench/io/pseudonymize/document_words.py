"""Words of letters, notes and speech that the name rules take for names (round 65b).

Each is an ordinary word in a frame that says so, replaced by a rule that read only its case or its place:

* an attachment heading, `Vedlegg`/`Bilag` with a number in figures or words ("Vedlegg 1", "Vedlegg ett og to
  følger"), is a document's heading: it is cut from the front of a find (an address or a firm read across
  the heading's line) and a find that is only the heading word is dropped;
* `Takk` opening a sentence before `for`, a comma or a mark ("Takk for året.") thanks someone: no name;
* a road's number and what follows it in the next sentence ("E6. Vi"), or its abbreviation alone ("Rv. 4"),
  name no one;
* a national adjective alone (`Norsk`, `Norges`, `Statens`) before a lower-case noun is the head of a public
  body's name ("Norsk kulturråd"), and replacing it alone hides nothing;
* in cased text, a lower-case compound of dictionary words found again from a capitalised word that only ever
  follows another capitalised word outside a person's name ("lære bilglass" after "Mobile Bilglass") is the
  trade's common noun;
* in caseless speech, one word whose last part is a role noun ("jeg er språkpraktikant") is a role;
* a single word joined to a public body after a link frame ("lenker til Arbeidstilsynet og til Regelhjelp")
  is a public service like it.

Identifiers by form are touched only by the heading cut; terms from the project's list never.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import capitals, caseless, rules
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.spans import droppable

_NUMBER_WORD = r"(?:\d{1,2}|ett|en|én|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)"
_HEADING = re.compile(rf"(?i:vedlegg|bilag)[ \t]+{_NUMBER_WORD}(?:[ \t]*(?:,|og|-|–)[ \t]*{_NUMBER_WORD})*"
                      r"(?![\w])[ \t]*(?:\n|[ \t]+(?=følger|ligger|kommer|er))?")
_THANKS = re.compile(r"Takk(?=[ \t]+for(?![\w])|[ \t]*[,.!:])")
_ROAD = re.compile(r"(?:E|Rv\.?|Fv\.?|Riksvei|Fylkesvei)[ \t]?\d{1,3}\.?(?:[ \t]+(\w+))?")
_ROAD_NUMBER = re.compile(r"\.?[ \t]?\d{1,3}(?!\d)")
_NATIONAL = frozenset("norsk norske norges statens den det".split())
_LINK = re.compile(r"(?<![\w-])(?i:lenker|lenke|lenken|linker|link|linken|nettsidene|nettsiden)[ \t]+(?:til|fra)"
                   r"[ \t]+(\w+)[ \t]+(?:og|eller)(?:[ \t]+(?:til|fra))?[ \t]+$")
_ROLE_HEADS = ("praktikant", "lærling", "vikar", "assistent", "arbeider", "medarbeider", "konsulent", "veileder",
               "rådgiver", "student", "elev", "lærer", "tolk", "sjåfør", "ansatt", "hjelper", "frivillig", "fysiolog")


def _heading_cut(text: str, f: tuple) -> tuple | None:
    """The find less an attachment heading at its front; None when nothing else is left."""
    m = _HEADING.match(text, f[0])
    if not m:
        return f
    start = m.end()
    while start < f[1] and text[start] in " \t\n":
        start += 1
    return (start, *f[1:]) if start < f[1] and any(ch.isalnum() for ch in text[start:f[1]]) else None


def _thanks(text: str, f: tuple) -> bool:
    """`Takk` before `for` or a mark: thanks, no name."""
    return text[f[0]:f[1]] == "Takk" and bool(_THANKS.match(text, f[0]))


def _road(text: str, f: tuple) -> bool:
    """A road number alone or with the next sentence's first ordinary word ("E6. Vi")."""
    if text[f[0]:f[1]] in ("Rv", "Fv") and _ROAD_NUMBER.match(text, f[1]):
        return True  # "ved Rv. 4.": the road's abbreviation taken alone
    m = _ROAD.fullmatch(text[f[0]:f[1]])
    return bool(m) and (m.group(1) is None or rules.known_word(m.group(1).casefold()))


def _national_head(text: str, f: tuple) -> bool:
    """`Norsk` alone, before a lower-case noun: the head of a public body's name."""
    if text[f[0]:f[1]].casefold() not in _NATIONAL:
        return False
    nxt = re.match(r"[ \t]+(\w+)", text[f[1]:f[1] + 40])
    word = nxt.group(1) if nxt else ""
    return word.islower() and (rules.known_word(word) or rules.compound_of_known(word))


def _trade_again(text: str, f: tuple, cased: bool, found: list) -> bool:
    """A lower-case compound of dictionary words found again in cased text, whose capitalised form only ever
    follows another capitalised word, never inside a person's name ("Ryds Bilglass", "Hedmark Rammeglass-kurset"):
    the trade's common noun. A capitalised form that stands alone, opens a name or is a person's ("Solbakk med to
    k", "Rensvik Renhold AS", "Torunn Rensvik") names someone."""
    word = text[f[0]:f[1]]
    if not (cased and f[3] == "rule:again" and word.islower() and " " not in word
            and rules.compound_of_known(word) and not rules.listed(word, gaz.SURNAMES)
            and not rules.listed(word, gaz.GIVEN_NAMES)):
        return False
    tails = list(re.finditer(rf"(?<![\w-]){re.escape(word.capitalize())}(?!\w)", text))
    return bool(tails) and all(
        re.search(r"[A-ZÆØÅ][\w-]*[ \t]+$", text[max(0, m.start() - 40):m.start()])
        and not any(g[2] == "person" and g[0] <= m.start() and m.end() <= g[1] for g in found)
        for m in tails)


def _role(text: str, f: tuple, caseless_spans) -> bool:
    """One lower-case word ending in a role noun, in speech without case: a role, no name."""
    word = text[f[0]:f[1]]
    return f[2] == "person" and word.isalpha() and word.islower() and word.endswith(_ROLE_HEADS) \
        and any(s <= f[0] and f[1] <= e for s, e in caseless_spans) and rules.compound_of_known(word) \
        and not rules.listed(word, gaz.SURNAMES) and not rules.listed(word, gaz.GIVEN_NAMES)


def _linked_service(text: str, f: tuple) -> bool:
    """One word joined to a public body after a link frame: "lenker til Arbeidstilsynet og til Regelhjelp"."""
    word = text[f[0]:f[1]]
    if not re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", word):
        return False
    m = _LINK.search(text, max(0, f[0] - 80), f[0])
    return bool(m) and rules.public(m.group(1).casefold())


def apply(text: str, found: list) -> list:
    """`found` without the words of documents and speech above, and without attachment headings."""
    cased = not caseless.caseless(text)
    lower = capitals.lower_stretches(text)
    out = []
    for f in found:
        if f[3] == "list":
            out.append(f)
            continue
        f = _heading_cut(text, f)
        if f is None:
            continue
        if droppable(f) and (_thanks(text, f) or _road(text, f) or _national_head(text, f)
                             or _trade_again(text, f, cased, found) or _role(text, f, lower)
                             or _linked_service(text, f)):
            continue
        out.append(f)
    return out
