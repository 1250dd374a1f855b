"""Names left by an earlier hand pseudonymisation, and first names that are ordinary words.

A transcript that someone began to anonymise by hand and never finished still identifies people:

* initials with full stops where a name stands ("Takk for at du stiller opp igjen, S. R.",
  "K. H. skrev et brev", "snakket med R. T. i kommunen", "at G.S. og jeg"): two capital letters,
  each with its full stop, are a person's initials; abbreviations written so ("P.S.", "O.K.") and
  initials before a surname ("H. C. Andersens vei", left to the name rules) stay, and so does a single
  letter ("svaralternativ A. og B.", "plan B.", "vitamin D.");
* a first name with its surname cut to an initial ("Kari H. har vært avdelingssykepleier",
  "Har du noe til slutt, Shabnam R.?"): the initial and its full stop go with the name, when the
  word before is a listed given name or a person found in the text (not "Nivå B.", "Del A.");
* a first name that is a Norwegian word, with a surname, opening a sentence or a chat message
  ("[22.10.26, 19:20] Khaled: Vår Engen fra Konnerud vil ha …", "Sol Berget på NAV svarte"): a listed
  given name that is also a word, then a surname (listed, unknown to the dictionary, or a noun in its
  definite form or ending as farm names do: "Engen", "Lia", "Berget"), then a verb a person does, perhaps after
  a place (`fra`, `på`, `i`, `hos`, `ved` and a capitalised name). "Vår Herre vet", "Vår leder sa",
  "Sol og regn" stay: no surname follows. Found so, the first name comes again alone (`propagate`).

And a name given by a naming frame is a name even when it is an English word or looks like an
English adverb ("en sykepleier fra Filippinene som heter Lovely"): `named_by_frame` tells the
code-switch rule in `titles` to leave it.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.lexicon import word_tables

_CAP = "A-ZÆØÅ"
# Two initials, each a capital and a full stop, with or without a space between ("S. R.", "K.H.").
_TWO_INITIALS = re.compile(rf"(?<![\w.])([{_CAP}])\.[ \t]?([{_CAP}])\.(?![\w])")
# Letter abbreviations written as two dotted capitals: no one's initials.
_LETTER_ABBREVIATIONS = frozenset("PS OK NB US UK EU DC AD BC TV".split())
# A third initial, or a capitalised word, right after: the initials open a longer name ("H. C. Andersen").
_MORE_NAME = re.compile(rf"[ \t]?[{_CAP}]\.|[ \t]+([{_CAP}][\w'’-]*)")
# A capitalised word right before: part of a name or a company form ("Washington D.C.", "Hydro A.S.").
_WORD_BEFORE = re.compile(rf"[{_CAP}][\w'’-]*[ \t]+$")
# One initial and its full stop after a name ("Kari H.", "Shabnam R.?"), not before a further name part.
_ONE_INITIAL = re.compile(rf"[ \t]([{_CAP}])\.(?![\w])(?![ \t]?[{_CAP}]\.)")

_WORD = rules.WORD
# A place or workplace after the surname ("Vår Engen fra Konnerud", "Sol Berget på NAV", "Liv Myra på kontoret").
_PLACE_AFTER = re.compile(r"[ \t]+(?:fra|på|i|hos|ved)[ \t]+[^\W\d_][\w'’-]*(?:[ \t]+[A-ZÆØÅ][\w'’-]*)?")
_VERB_AFTER = re.compile(r"[ \t]+([a-zæøå]+)(?![\w-])")


def _initials_stand_as_name(text: str, start: int, end: int) -> bool:
    """Whether two initials at text[start:end] stand where a name stands, not before more of a name."""
    more = _MORE_NAME.match(text, end)
    if more and more.group(0).strip().endswith("."):
        return False  # "A. B. C.": a list of letters, or three initials and a name
    if more and more.group(1):
        word = more.group(1)
        low = word.casefold()
        sentence_after = rules.known_word(low) or low in gaz.FUNCTION_WORDS or low in gaz.NEVER
        if not sentence_after:
            return False  # "H. C. Andersens vei": initials before a surname, for the name rules
    return not _WORD_BEFORE.search(text, max(0, start - 40), start)


def hand_initials(text: str) -> list[tuple[int, int, str, str]]:
    """Two initials with full stops where a name stands ("igjen, S. R.", "K. H. skrev", "med R. T. i")."""
    out = []
    for m in _TWO_INITIALS.finditer(text):
        if m.group(1) + m.group(2) in _LETTER_ABBREVIATIONS:
            continue  # "P.S.", "O.K.": an abbreviation
        if _initials_stand_as_name(text, m.start(), m.end()):
            out.append((m.start(), m.end(), "person", "rule:initials"))
    return out


def initials_after_names(text: str, found) -> list[tuple[int, int, str, str, None]]:
    """A first name followed by one initial and its full stop ("Kari H.", "Tigist A."): the whole name.

    The word before the initial is a person found in the text, or a listed given name that is no
    ordinary word at a sentence start."""
    people = {(f[0], f[1]) for f in found if f[2] == "person"}
    ends = {e: s for s, e in people}
    out = []
    for m in _ONE_INITIAL.finditer(text):
        word = re.search(r"([^\W\d_][\w'’-]*)$", text[max(0, m.start() - 40):m.start()])
        if not word or not word.group(1)[:1].isupper():
            continue
        start = m.start() - len(word.group(1))
        name = word.group(1)
        if m.start() in ends:
            start = min(start, ends[m.start()])
        elif not any(s <= start and m.start() <= e for s, e in people):
            low = name.casefold()
            ordinary = low in gaz.AMBIGUOUS or rules.known_word(low) or low in gaz.FUNCTION_WORDS
            if not rules.listed(name, gaz.GIVEN_NAMES) or ordinary:
                continue  # "Nivå B.", "Del A.", "Per A." : a word and a letter
        out.append((start, m.end(), "person", "rule:initials", None))
    return out


def _surname_like(word: str) -> bool:
    """A capitalised word that can be a surname: listed, unknown to the dictionary, a definite noun or a
    word ending as farm names do ("Engen", "Lia", "Berget"); not a function word or a noun like "Herre"."""
    low = word.casefold()
    if not word[:1].isupper() or word.isupper() or low in gaz.FUNCTION_WORDS or low in gaz.NEVER \
            or rules.public(low) or low in gaz.ROLE_NOUNS:
        return False
    if rules.listed(word, gaz.SURNAMES):
        return True
    if not rules.known_word(low):
        return True
    return (rules.definite(low) or _definite_feminine(low) or low.endswith(gaz.NAME_ELEMENTS)) \
        and not rules.everyday(low)


def _definite_feminine(low: str) -> bool:
    """A feminine noun in its definite form in `-a` ("sletta", "myra", "lia"), as farm names are."""
    lemma = word_tables.lemmatize(low).casefold()
    return low.endswith("a") and lemma != low and low.startswith(lemma[:max(1, len(lemma) - 1)])


def word_first_names(text: str) -> list[tuple[int, int, str, str]]:
    """A given name that is also a word, with a surname, opening a sentence before a person's verb
    ("Vår Engen fra Konnerud vil", "Vår Lia kommer", "Sol Berget på NAV svarte")."""
    out = []
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words[:-1]):
        first = m.group(0)
        if first.casefold() not in gaz.AMBIGUOUS or not rules.listed(first, gaz.GIVEN_NAMES) \
                or not first.istitle():
            continue
        before = text[:m.start()].rstrip(" \t")
        if before and not rules.SENTENCE_BREAK.search(before[-1]):
            continue
        second = words[i + 1]
        if text[m.end():second.start()] != " " or not _surname_like(second.group(0)):
            continue
        pos = second.end()
        place = _PLACE_AFTER.match(text, pos)
        verb = _VERB_AFTER.match(text, place.end() if place else pos)
        if verb and verb.group(1) in gaz.NAME_FOLLOWERS and verb.group(1) not in ("og", "eller", "men", "også"):
            out.append((m.start(), second.end(), "person", "rule:title"))  # a name by its frame, over "rule:run"
    return out


def hand_names(text: str) -> list[tuple[int, int, str, str]]:
    """Initials left where names stood and word first names with a surname (see the module)."""
    return hand_initials(text) + word_first_names(text)


# A naming frame with a person for its subject: "som heter", "hun heter", "het", "kalles", "navnet hennes er".
_NAMING_FRAME = re.compile(
    r"(?<![\w-])(?:(?:som|han|hun|jeg|du|de|vi|hen)[ \t]+(?:heter|het|kalles|kaltes|ble[ \t]+kalt)"
    r"|navnet[ \t]+(?:hans|hennes|deres|mitt|hennar|hanses)[ \t]+(?:er|var))[ \t]+$")
# Subjects before "som" that are things ("en kake som heter ...", "noe som heter ..."), not people.
_THING_BEFORE = re.compile(r"(?<![\w-])(?:noe|det|dette|den|denne|ting\w*|\w*(?:ordning|program|prosjekt|kurs|app"
                           r"|kake|rett|sang|film|bok|serie|spill|tjeneste|produkt|butikk|sted|gate|vei))"
                           r"(?:en|et|a|er|ene)?[ \t]+som[ \t]+\w+[ \t]+$")


def named_by_frame(text: str, start: int) -> bool:
    """Whether text[start:] is a name given by a naming frame with a person for its subject
    ("en sykepleier som heter Lovely", "navnet hans er Gift"), not a thing's name."""
    window = text[max(0, start - 60):start]
    return bool(_NAMING_FRAME.search(window)) and not _THING_BEFORE.search(window)
