"""Names told by a neighbour the rules had already found (round 65a).

Held-out 76 and 77 (read as development data) let through words that stand right beside a name found
elsewhere in the same sentence, in six shapes; each rule below reads the shape and the neighbour, never a
word list of those texts:

* a cut-off start of a name in a self-correction: "Det første Sus... unnskyld, det første Susanne sa". A
  capitalised fragment of three or more letters right before `...` or `…`, when a person found within the
  next few words of the same line begins with it and is longer. Policy: the fragment is that name's start and
  identifies as much as the name; a function word or pronoun ("Han... Hanne") is never taken.
* a brand that is also a dictionary word coordinated with a found firm under the same preposition: "mye for
  X og for Orkla", "for Orkla og for X", "til X og Y". Policy: two customers named in one slot are both
  firms; a definite noun, a public body or a word found as something else stays.
* a firm in caseless speech whose lower-case name is an adjective before its capitalised note, after `til`,
  `hos` or `for`, followed by `i`/`på` and a place with its note that the rules found: "lageret til x [X] i
  moss [Moss]". Policy: a firm with its branch place; a noun ("til frisør [Frisør] i …"), a public body
  ("hos nav [NAV] i …", "til kommunen [Kommunen] i …") and an adjective without a found place after it
  ("til vanlig [Vanlig] i sentrum [Sentrum]") stay.
* a public body that owns the project someone works on, the project right after a work or occupation frame
  (`public_bodies.work_before`, `history_frames.history_before`): "mannen min er ingeniør hos
  X-prosjektet til Statens vegvesen". Policy: a public body in one's own work history identifies (as in
  `history_frames`); a body named as a rule-giver or a service ("søkte hos Statens vegvesen om førerkort",
  "leste om prosjektet til Statens vegvesen") has no work frame and stays.
* a firm named by an owner's genitive and a capitalised trade noun after `hos`, `for`, `fra` or `til`, the
  genitive no dictionary word nor the genitive of a definite noun, and already found by the rules: "en mann
  hos Ryds Bilglass i Moss". Policy: the whole name is the firm, even where the text uses the trade noun in
  lower case ("bilglass"); a genitive of a definite noun ("hos Kongens …") and a street noun after it stay to
  the other rules.
* a street named without a number after `i` or `på`: one or two capitalised words, the last a genitive,
  then a lower-case street noun ("i Kongens gate", "på Olav Kyrres plass"). Policy: a street where
  someone lives or works is a place; the full pipeline's model often finds it, the blank pipeline never.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.history_frames import history_before
from workbench.io.pseudonymize.public_bodies import body_length, work_before
from workbench.io.pseudonymize.spans import overlaps
from workbench.nlp import word_tables

Found = tuple[int, int, str, str, "str | None"]

_FRAGMENT = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]{2,})(?:\.\.\.|…)")
_WORD = r"[A-ZÆØÅ][\wæøå-]*"
_COORDINATED = re.compile(rf"(?<![\w-])(for|til|hos|fra)[ \t]+({_WORD})[ \t]+og[ \t]+(?:(?:for|til|hos|fra)[ \t]+)?({_WORD})")
_NOTED = r"([a-zæøå][\wæøå-]*)[ \t]+\[([^\]\n]+)\]"
_NOTED_FIRM = re.compile(rf"(?<![\w-])(?:til|hos|for)[ \t]+{_NOTED}[ \t]+(?:i|på)[ \t]+{_NOTED}")
_PROJECT = re.compile(r"(?<![\w-])[\wæøåÆØÅ-]*prosjekt(?:et)?[ \t]+(?:til|for|hos|i|ved|under)[ \t]+(?=[A-ZÆØÅ])")
_STREET_NOUNS = frozenset("gate gata vei veien veg vegen allé plass plassen".split())
_GENITIVE_FIRM = re.compile(r"(?<![\w-])(?:hos|for|fra|til)[ \t]+([A-ZÆØÅ][a-zæøå]+s)[ \t]+([A-ZÆØÅ][a-zæøå]+)(?![\w-])")
_STREET = re.compile(r"(?<![\w-])(?:i|på)[ \t]+((?:[A-ZÆØÅ][a-zæøå]+[ \t]+)?[A-ZÆØÅ][a-zæøå]+s[ \t]+"
                     r"(?:gate|vei|veg|allé|plass))(?![\w-])")


def _found_as(found: list[Found], start: int, end: int, kind: str) -> bool:
    return any(f[0] <= start and end <= f[1] and f[2] == kind for f in found)


def _adjective(low: str) -> bool:
    """A word the dictionary inflects as an adjective: its form in -e has it as lemma ("komplette", "normale");
    a noun ("frisør", "butikk", "spill") has no such form."""
    return word_tables.is_known(low + "e") and word_tables.lemmatize(low + "e") == low


def fragments(text: str, found: list[Found]) -> list[Found]:
    """Cut-off starts of a person found a few words later: "Nord... unnskyld, Nordine"."""
    out = []
    for m in _FRAGMENT.finditer(text):
        stem = m.group(1)
        if stem.casefold() in gaz.FUNCTION_WORDS or overlaps(found, m.start(1), m.end(1)):
            continue
        line_end = text.find("\n", m.end())
        window_end = min(m.end() + 60, len(text) if line_end < 0 else line_end)
        if any(f[2] == "person" and m.end() < f[0] < window_end and text[f[0]:f[1]].startswith(stem)
               and len(text[f[0]:f[1]].split()[0]) > len(stem) for f in found):
            out.append((m.start(1), m.end(1), "person", "rule:fragment", None))
    return out


def coordinated_firms(text: str, found: list[Found]) -> list[Found]:
    """A word beside a found firm in one customer slot: "for X og for Orkla", "for Orkla og for X"."""
    out = []
    for m in _COORDINATED.finditer(text):
        for new, other in ((2, 3), (3, 2)):
            word = m.group(new).casefold()
            if not _found_as(found, m.start(other), m.end(other), "org") or overlaps(found, m.start(new), m.end(new)):
                continue
            if word in gaz.FUNCTION_WORDS or lexicon.definite(word) or lexicon.public(word):
                continue
            out.append((m.start(new), m.end(new), "org", "rule:coordinated-firm", None))
    return out


def noted_firms(text: str, found: list[Found]) -> list[Found]:
    """A caseless word and its note before a found place: "lageret til x [X] i moss [Moss]"."""
    out = []
    for m in _NOTED_FIRM.finditer(text):
        word, note = m.group(1), m.group(2)
        if note.casefold() != word or not _found_as(found, m.start(3), m.end(3), "place"):
            continue
        if not _adjective(word) or lexicon.public(word):
            continue
        for start, end in ((m.start(1), m.end(1)), (m.start(2), m.end(2))):
            if not overlaps(found, start, end):
                out.append((start, end, "org", "rule:noted-firm", None))
    return out


def project_bodies(text: str, found: list[Found]) -> list[Found]:
    """A public body owning the project someone works on: "er ingeniør hos X-prosjektet til Statens vegvesen"."""
    out = []
    for m in _PROJECT.finditer(text):
        length = body_length(text, m.end())
        if length and (work_before(text, m.start()) or history_before(text, m.start())) \
                and not overlaps(found, m.end(), m.end() + length):
            out.append((m.end(), m.end() + length, "org", "rule:employer-context", None))
    return out


def genitive_firms(text: str, found: list[Found]) -> list[Found]:
    """A found unknown genitive and a capitalised trade noun after a preposition: "hos Ryds Bilglass"."""
    out = []
    for m in _GENITIVE_FIRM.finditer(text):
        owner, trade = m.group(1).casefold(), m.group(2).casefold()
        if lexicon.known_word(owner) or lexicon.definite(owner[:-1]) or not overlaps(found, m.start(1), m.end(1)):
            continue
        if trade in _STREET_NOUNS or trade in gaz.FUNCTION_WORDS \
                or not (lexicon.known_word(trade) or lexicon.compound_of_known(trade)):
            continue
        if not any(f[0] < m.end(2) and m.start(1) < f[1] and not (m.start(1) <= f[0] and f[1] <= m.end(2)) for f in found):
            out.append((m.start(1), m.end(2), "org", "rule:genitive-firm", None))
    return out


def streets(text: str, found: list[Found]) -> list[Found]:
    """A genitive and a street noun after `i`/`på`: "i Kongens gate"; no find may reach out of it."""
    return [(m.start(1), m.end(1), "place", "rule:street", None) for m in _STREET.finditer(text)
            if not any(f[0] < m.end(1) and m.start(1) < f[1] and not (m.start(1) <= f[0] and f[1] <= m.end(1))
                       for f in found)]


def apply(text: str, found: list[Found], keep: list[tuple[int, int]]) -> list[Found]:
    """`found` with the finds above (none inside `keep`); a street or a genitive firm takes the place of the finds
    inside it ("Olav Kyrres" of "Olav Kyrres gate", "Ryds" of "Ryds Bilglass")."""
    new = [f for f in fragments(text, found) + coordinated_firms(text, found) + noted_firms(text, found)
           + project_bodies(text, found) + genitive_firms(text, found) + streets(text, found) if not overlaps(keep, f[0], f[1])]
    whole = [(f[0], f[1]) for f in new if f[3] in ("rule:street", "rule:genitive-firm")]
    return [f for f in found if not any(s <= f[0] and f[1] <= e for s, e in whole)] + new
