"""Everyday words in two shapes the name rules took for names (round 59b).

Held-out 64 and 65 lost two kinds of ordinary word:

* a capitalised compound opening a sentence whose first part is an everyday abbreviation and whose rest is a
  dictionary noun in its definite form ("Mva-fristen er det verste" was replaced as a person). Policy: at a
  sentence's or turn's start, a word of two to four letters, a hyphen and a lower-case definite noun (`-en`,
  `-et`, `-a`, `-ene`, alone or ending a compound: "Hms-kortet", "Sfo-tida") is a thing, not a name, unless its
  first part is a listed given name, surname, place or employer ("Oslo-kontoret", "Ali-sjefen" stay to the other
  rules). A name's second part is capitalised ("Anne-Kari") or no definite noun.
* a lower-case dictionary word that is also a transport firm's or another employer's name, taken for the firm
  after a practice frame in text written in good case ("trengte mer praksis på ruter": window panes). Policy:
  where the document and the word's line carry case, a single lower-case dictionary word found as an
  organisation right after practising a thing (`mer praksis på`, `øve mer på`, `trening med`) is a word when no
  note follows it and its capitalised form stands nowhere in the text: writing in good case capitalises a firm.
  Work frames keep a lower-case employer found ("farida jobber i bunnpris"), caseless lines keep their frames
  ("praksis hos ruter"), and a text that also writes "Ruter" keeps the lower-case mention found. Round 61b
  widened the frame from practising to any plain `på` with no work, shopping or dealing word earlier in the
  sentence ("vi sorterer pakkene på ruter", "setter suppe på meny", "dyrket mais på aker").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.caseless import caseless
from workbench.nlp import word_tables
from workbench.io.pseudonymize.spans import droppable

_COMPOUND = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]{1,3})-([a-zæøå]{3,})(?![\w-])")
# A sentence's or turn's start before the word: a line's start, a time code or label, or a full stop.
_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[^\s:\[\]][^:\n]{0,30}:[ \t]*)?[«\"]?$"
                           r"|[.!?][»\"]?[ \t]+[«\"]?$")
_NOTE_AFTER = re.compile(r"[ \t]*\[")
# Practising a thing before the word: "mer praksis på", "øve mer på" (not "jobber i", "praksis hos").
_TRAINING_BEFORE = re.compile(r"(?<![\w-])(?:(?i:mer|mye|lite|litt|nok|ekstra|bedre)[ \t]+(?i:praksis|trening|øving"
                              r"|erfaring|opplæring)|(?i:øve|øver|øvde|trene|trener|trente)(?:[ \t]+(?i:mer|mye|litt"
                              r"|ekstra|seg))?)[ \t]+(?i:på|med)[ \t]+$")
# Round 61b: a plain `på` before the word, with no work, shopping or dealing word before it in the sentence, and no
# form of `være`: someone who is somewhere ("I helgene er han på kiwi") may be at work there.
_ON_BEFORE = re.compile(r"(?<![\w-])(?i:på)[ \t]+$")
_WORK_WORDS = re.compile(r"(?<![\w-])(?i:\w*(?:jobb|arbeid|praksis|vikar|stilling|skift|kontrakt|lønn)\w*|ansatt\w*"
                         r"|hospit\w*|lærling\w*|sjef\w*|leder\w*|handle\w*|kjøp\w*|søk\w*|søkt|intervju\w*"
                         r"|kunde\w*|butikk\w*|kass[ae]\w*|begynte|startet|er|var|vært|være|blir|ble)(?![\w-])")
# A line's first word after a time code and a label: "[00:01:02] mentee: jeg …" opens in lower case.
_LINE_OPENING = re.compile(r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[^\s:\[\]][^:\n]{0,30}:[ \t]*)?[«\"(]?(\w)")


def _definite_noun(low: str) -> bool:
    """A dictionary noun in its definite form, alone or ending a compound ("fristen", "tida", "skattekortet")."""
    head = low if lexicon.known_word(low) else lexicon.compound_head(low)
    if head is None:
        return False
    lemma = word_tables.lemmatize(head).casefold()
    return lexicon.definite(head) or (lemma != head and head.endswith("a") and head in (lemma + "a", lemma[:-1] + "a")) \
        or (head.endswith("ene") and lemma != head)


def _listed(word: str) -> bool:
    return any(lexicon.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS))


def abbreviation_compound(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` opens a sentence as an abbreviation and a definite noun ("Mva-fristen")."""
    m = _COMPOUND.fullmatch(text, start, end)
    if m is None or _listed(m.group(1)) or not _definite_noun(m.group(2)):
        return False
    return _START_BEFORE.search(text[max(0, start - 60):start]) is not None


# A named place right after the word: "på kiwi på Furuset", "på meny i Sandvika" name a branch, not a plain word.
_BRANCH_AFTER = re.compile(r"[ \t]+(?:på|i|ved)[ \t]+[A-ZÆØÅ][a-zæøå]")


def _plain_on(text: str, start: int) -> bool:
    """Whether `på` stands right before `start` and no work, shopping, dealing or being word earlier in its
    sentence ("vi setter suppe på meny", not "jobber på kiwi", "handler på meny", "er han på kiwi") (round 61b)."""
    sentence = text[max(0, start - 120):start]
    sentence = re.split(r"[.!?\n]", sentence)[-1]
    return _ON_BEFORE.search(sentence) is not None and _WORK_WORDS.search(sentence) is None


def lower_word(text: str, start: int, end: int, cased: bool) -> bool:
    """Whether `text[start:end]` is a lower-case dictionary word in cased text, no note after it and its
    capitalised form written nowhere in the text ("mer praksis på ruter")."""
    word = text[start:end]
    opening = _LINE_OPENING.match(text, text.rfind("\n", 0, start) + 1)
    if opening is None or not opening.group(1).isupper():
        return False  # a caseless line: the frames decide ("praksis hos ruter")
    if not cased or not word.isalpha() or not word.islower() or not lexicon.known_word(word):
        return False
    if _NOTE_AFTER.match(text, end):
        return False
    if not _TRAINING_BEFORE.search(text, max(0, start - 40), start) and not _plain_on(text, start):
        return False
    if any(_BRANCH_AFTER.match(text, m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)):
        return False  # "i helgene på kiwi på Furuset": the text names a shop at a place, every mention stays (after `both`)
    capital = re.escape(word[:1].upper() + word[1:])
    return re.search(rf"(?<![\w-]){capital}(?![\w-])", text) is None


def drop_everyday_shapes(text: str, found: list) -> list:
    """`found` without abbreviation compounds opening a sentence and lower-case dictionary words in cased text."""
    cased: bool | None = None
    out = []
    for f in found:
        s, e = f[0], f[1]
        if droppable(f):
            if abbreviation_compound(text, s, e):
                continue
            if f[2] == "org" and text[s:e].islower():
                cased = (not caseless(text)) if cased is None else cased
                if lower_word(text, s, e, cased):
                    continue
        out.append(f)
    return out
