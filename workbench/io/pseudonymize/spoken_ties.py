"""Persons in caseless speech by the words tied to them: kin, a surname's letters, a naming verb (round 60a).

A recogniser writes everything in lower case and without commas, so a name that is also a word (`emir`, a title;
`ante`, a verb) or that no list holds (`dragan`, `begović`) has no capital to show it, and a name found once in a
note's twin (`ola [Ola]`) is not found again where it is a dictionary word. Three ties say "person" all the same,
each read only in lines without case (the speaker's label and the bracket notes left out). Policies stated here:

* A kin apposition with its genitive: a word right before a possessive and a kinship noun (`jasmin min mann`,
  `ante min svoger`) is a person when the same text also has that word with a genitive -s right before a
  kinship noun (`jasmins bror`, `antes kone`); both are found, and the word's other lower-case mentions in
  lines without case. An ordinary word before such an apposition (`ja min venn`, `og min mann`, `ringte min
  bror`) has no genitive tie and stays; function words, possessives, role and kin nouns never count.
* A surname by its letters: a lower-case word holding a letter Norwegian does not use (ć č š ž đ) right after a
  word found as a person is that person's surname (`mirza begović`); a lower-case word ending in `ić`/`ič`, the
  South Slavic surname ending no Norwegian word or loanword has, is a surname wherever it stands, and the word
  before it the given name when a list holds it as one or neither the Norwegian dictionary nor the English word
  list knows it (`dragan kovačević`, `ivana šarić`); the given name's other lower-case mentions are found too.
  Dishes and drinks written with those letters (`ćevapi`, `šljivovica`) follow no found person and end otherwise.
* A naming verb, then a lower-case word that the text has found as a person elsewhere (`en som heter ola [Ola]`
  … `jeg heter ola i dag`, `i morgen heter du kari`): the person again, though the word is also a dictionary
  word. A placeholder name after `en som heter` is a name like any other here: the rule cannot tell the
  placeholder Ola from a person called Ola, and a replaced placeholder costs nothing. A thing's name after a
  naming verb (`appen heter vipps`) is no person found elsewhere and stays.
* The other way round, a lower-case word after a naming verb whose subject is a thing (`appen heter duolingo
  [Duolingo]`, `faget heter norsk [Norsk]`, `kurset heter …`) is no person, with or without its note: person
  finds of that word (the note's twin, its alignment, the caseless rules) are dropped in the whole text, as
  `name_slots` does for the cased `Appen heter Duolingo`; finds by a list or by form stay, and so does any
  organisation. `det heter` and `den heter` name a firm or a town as often and are left as they are.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules

_SOURCE = "rule:spoken-tie"
_LOWER = r"[a-zæøåäöüéèáíóúñćčšžđ]"
_KIN = (r"(?:mann|kone|kona|svoger|svigerinne|bror|søster|fetter|kusine|onkel|tante|svigerfar|svigermor"
        r"|svigersønn|svigerdatter|sønn|datter|nevø|niese|samboer|far|mor)")
_APPOSED = re.compile(rf"(?<![\w-])(?P<w>{_LOWER}{{3,20}})[ \t]+(?:min|mi|mitt|hans|hennes|vår|deres)[ \t]+"
                      rf"{_KIN}(?![\w-])")
_SLAVIC_LETTERS = frozenset("ćčšžđ")
_WORD = re.compile(rf"(?<![\w-]){_LOWER}+(?![\w-])")
_NAMING = re.compile(rf"(?<![\w-])(?:heter|het|kalles|kaltes)[ \t]+(?:(?:jeg|du|han|hun|vi|dere|de)[ \t]+)?"
                     rf"(?P<w>{_LOWER}{{2,20}})(?![\w-])")
_NOTE = re.compile(r"\[[^\]\n]*\]")
_THING_NAMED = re.compile(r"(?<![\w-])(?:appen|kurset|programmet|faget|emnet|prøven|testen|boka|boken|nettsiden"
                          r"|systemet|spillet|filmen|serien|sangen|podkasten|metoden)[ \t]+(?:heter|het|kalles)[ \t]+"
                          r"(?P<w>[^\W\d_]{2,30})(?![\w-])")  # the twin may stand written as its note


def _caseless_line(text: str, pos: int) -> bool:
    """Whether the line holding `pos` has no capital outside its speaker label, its bracket notes and the words
    right before each note that the rules may read written as the note writes them (`bracket_twins.cased`)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:len(text) if end < 0 else end]
    for m in reversed(list(_NOTE.finditer(line))):
        words = len(m.group(0).split())
        twin = re.search(rf"(?:\S+[ \t]+){{0,{words}}}$", line[:m.start()])
        line = line[:twin.start() if twin else m.start()] + line[m.end():]
    return not any(c.isupper() for c in line.split(":", 1)[-1])


def _never(low: str) -> bool:
    return (low in gaz.FUNCTION_WORDS or low in gaz.POSSESSIVES or low in gaz.NEVER or low in gaz.ROLE_NOUNS
            or low in gaz.OBJECT_PRONOUNS or re.fullmatch(_KIN, low) is not None)


def _unknown(low: str) -> bool:
    """Whether neither a dictionary nor the English word list knows `low` (a name no list holds)."""
    return not (lexicon.known_word(low) or lexicon.compound_of_known(low) or lexicon.english(low)
                or (lexicon.english_zipf(low) or 0.0) >= 3.0)


def _kin_words(text: str) -> set[str]:
    out = set()
    for m in _APPOSED.finditer(text):
        low = m.group("w")
        if _never(low) or not _caseless_line(text, m.start()):
            continue
        if re.search(rf"(?<![\w-]){re.escape(low)}s[ \t]+{_KIN}(?![\w-])", text):
            out.add(low)
    return out


def _surname_finds(text: str, found) -> tuple[list[tuple[int, int]], set[str]]:
    """Surname spans, and given names to find again."""
    person_ends = {f[1] for f in found if f[2] == "person"}
    spans, given = [], set()
    for m in _WORD.finditer(text):
        low = m.group(0)
        if not _SLAVIC_LETTERS & set(low) or not _caseless_line(text, m.start()):
            continue
        before = re.search(rf"(?<![\w-])({_LOWER}+)[ \t]+$", text[max(0, m.start() - 30):m.start()])
        after_person = before is not None and (m.start() - len(before.group(0)) + len(before.group(1))) in person_ends
        if low.endswith(("ić", "ič")) and len(low) > 4:
            spans.append((m.start(), m.end()))
            if before is not None:
                first = before.group(1)
                if not _never(first) and len(first) >= 3 and (rules.listed(first, gaz.GIVEN_NAMES) or _unknown(first)):
                    start = m.start() - len(before.group(0))
                    spans.append((start, start + len(first)))
                    given.add(first)
        elif after_person:
            spans.append((m.start(), m.end()))
    return spans, given


def apply(text: str, found, keep) -> list:
    """`found` with the persons the ties above show in caseless lines, and their other lower-case mentions."""
    things = {m.group("w").casefold() for m in _THING_NAMED.finditer(text) if _caseless_line(text, m.start())}
    if things:
        found = [f for f in found if not (f[2] == "person" and f[3] not in ("list", "identifier")
                                          and text[f[0]:f[1]].casefold() in things)]
    kin = _kin_words(text)
    surnames, given = _surname_finds(text, found)
    people = {text[m.start():m.end()].casefold() for f in found if f[2] == "person" for m in _WORD.finditer(text, f[0], f[1])}
    new: list[tuple[int, int]] = list(surnames)
    again = kin | given
    if again:
        alternatives = "|".join(re.escape(w) for w in sorted(again, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w@.-])(?:{alternatives})s?(?![\w@-])", text):
            if _caseless_line(text, m.start()):
                new.append((m.start(), m.end()))
    for m in _NAMING.finditer(text):
        low = m.group("w")
        if low in people and not _never(low) and _caseless_line(text, m.start()):
            new.append((m.start("w"), m.end("w")))
    taken = [(f[0], f[1]) for f in found] + list(keep)
    out = list(found)
    for start, end in sorted(set(new)):
        if any(s < end and start < e for s, e in taken):
            continue
        out.append((start, end, "person", _SOURCE, None))
        taken.append((start, end))
    return out
