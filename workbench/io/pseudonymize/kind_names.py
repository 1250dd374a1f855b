"""Names judged by their frame where the word alone looks ordinary, and ordinary words taken for names (round 71a).

Held-out 88 and 89 (read as development data) left organisations that no rule judged by the words around them,
and two sentence-opening common nouns replaced. None of the policies below reads a word list of those texts,
only shapes and frames:

* a foreign institution named by `Det`, lower-case adjectives and an institution noun in its definite form,
  after `fra`/`ved` in a sentence about a degree: "utdannet lydingeniør fra Det hviterussiske statlige
  musikkakademiet". Inside a sentence, after a preposition, a capital `Det` can only open a name; `Det` opening a
  sentence before adjectives ("Det statlige tilskuddet var lite.") has no preposition before it and stays.
* a capitalised word coordinated by `eller` with an organisation already found: "Tine eller Q-meieriene". The
  right-hand word is written with a capital inside the sentence and is no dictionary word as written (a letter
  prefix and a hyphen, or no dictionary word at all), so it is the second of two alternatives of the same kind;
  `eller` between common nouns ("bakeriet eller meieriet") has no find on its left and stays, and a public body
  on the right ("noen i Cowi eller Statsbygg som kjøper renhold") is kept as public bodies are elsewhere.
* in caseless speech, a definite noun after a language level and `på`, with its note in capitals: "jeg tok b2 på
  folkeuniversitetet [Folkeuniversitetet]". A level is taken at a provider; the note is the checker's sign of a
  name. Without a note the word stays ("tok b1 på kveldskurset").
* a capitalised word found as an organisation or place inside a sentence elsewhere in the text is the same name
  where another rule left it: "fordi kurset i Brødkurven ikke kunne", "Festspillene og de andre festivalene." (the
  festival where someone rigged, round 17b's exception: a festival named where someone works stays replaced in
  every mention). Listed places and people's names are left to their own rules.
* a definite common noun opening a sentence, found as a name, is no name when the text uses the same word in
  lower case ("Matbanken får varer …" beside "driver matbanken i kjelleren"), or, found as a person, when it is a
  dictionary noun's definite plural ("Brukerne kaller henne", "Kundene kaller ham"). Written with a capital inside
  a sentence elsewhere in the text, it is a name there too, and the find stays.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.public_bodies import public_body
from workbench.io.pseudonymize.spans import droppable, overlaps, within

_INSTITUTION = re.compile(
    r"(?<=\b(?:fra|ved) )Det(?: [a-zæøå]+e){1,4} [a-zæøå]*(?:akademiet|instituttet|universitetet|konservatoriet"
    r"|høgskolen|høyskolen|skolen|kollegiet|seminaret|teknikum)\b")
_DEGREE = re.compile(r"\b(?:utdannet|utdanning|eksamen|master|bachelor|grad|diplom|studerte|uteksaminert)\b", re.I)
_ELLER = re.compile(r" eller ([A-ZÆØÅ][\wæøåÆØÅ]*(?:-[\wæøå]+)*)\b")
_LEVEL_NOTE = re.compile(r"\b[abc][12](?:-\w+)? på ([A-ZÆØÅa-zæøå][a-zæøå]+) \[([A-ZÆØÅ][\wæøå]+)\]", re.I)
_WORD = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]{5,}\b")
_OPENING = re.compile(r"(?:^|[.!?:»«\"]\s+|\n\s*|^\s*\w+:\s+)$")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether text[start:] opens a sentence, a line or a speaker's turn."""
    return _OPENING.search(text[max(0, start - 40):start]) is not None or start == 0


def institutions(text: str, found: list) -> list:
    """`Det` + adjectives + an institution noun after `fra`/`ved`, in a sentence about a degree."""
    out = []
    for m in _INSTITUTION.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()))
        if _DEGREE.search(text, line_start + 1, m.start()) and not overlaps(found, m.start(), m.end()):
            out.append((m.start(), m.end(), "org", "rule:kind-institution", None))
    return out


def alternatives(text: str, found: list, keep: list) -> list:
    """A capitalised non-dictionary word after `eller` and an organisation already found."""
    orgs = [f for f in found if f[2] == "org"]
    out = []
    for m in _ELLER.finditer(text):
        s, e = m.span(1)
        word = m.group(1)
        if not any(f[1] == m.start() for f in orgs) or overlaps(found, s, e) or within(keep, s, e) \
                or lexicon.public(word.casefold()) or public_body(word.casefold()):  # "i Cowi eller Statsbygg": kept
            continue
        head, _, rest = word.partition("-")
        lettered = bool(rest) and len(head) <= 2 and head.isupper()
        if lettered or not lexicon.known_word(word.casefold()):
            out.append((s, e, "org", "rule:kind-alternative", None))
    return out


def noted_providers(text: str, found: list, keep: list) -> list:
    """A noun after a language level and `på` whose note repeats it in capitals, word and note both."""
    out = []
    for m in _LEVEL_NOTE.finditer(text):
        if m.group(1).casefold() != m.group(2).casefold() or m.group(1).casefold() in gaz.NEVER:
            continue
        for s, e in (m.span(1), m.span(2)):
            if not overlaps(found, s, e) and not within(keep, s, e):
                out.append((s, e, "org", "rule:kind-provider", None))
    return out


def said_again(text: str, found: list, keep: list) -> list:
    """Other mentions of a capitalised word found inside a sentence as an organisation or place."""
    names = {text[f[0]:f[1]] for f in found if f[2] in ("org", "place") and _WORD.fullmatch(text[f[0]:f[1]])
             and not _opens_sentence(text, f[0])}
    names = {n for n in names if not any(lexicon.listed(n, ns) for ns in (gaz.PLACES, gaz.GIVEN_NAMES, gaz.SURNAMES))
             and not _plain_word(n.casefold())}
    out = []
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not overlaps(found, m.start(), m.end()) and not within(keep, m.start(), m.end()):
                out.append((m.start(), m.end(), "org", "rule:kind-again", None))
    return out


def _plain_word(low: str) -> bool:
    """A dictionary word that is no compound ("stiftelsen"): alone, a generic noun rather than a name."""
    return lexicon.known_word(low) and lexicon.compound_head(low) is None


def _definite_noun(word: str) -> bool:
    """A dictionary noun (or compound of dictionary words) in a definite form, listed as no name or place."""
    low = word.casefold()
    head = lexicon.compound_head(low) or (low if lexicon.known_word(low) else None)
    if head is None or any(lexicon.listed(word, ns) for ns in (gaz.PLACES, gaz.GIVEN_NAMES, gaz.SURNAMES)):
        return False
    return lexicon.definite(head) or lexicon._plural_definite(head)


def _common_opener(text: str, f) -> bool:
    """Whether a one-word find opening a sentence is a definite common noun (see the module docstring)."""
    word = text[f[0]:f[1]]
    if not droppable(f) or not _WORD.fullmatch(word) or not _opens_sentence(text, f[0]) or not _definite_noun(word):
        return False
    if any(not _opens_sentence(text, m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", text)):
        return False  # a name inside a sentence elsewhere
    low = word.casefold()
    if re.search(rf"(?<![\w.@/-]){re.escape(low)}(?![\w@/-]|\.\w)", text):
        return True
    return f[2] == "person" and low.endswith("ne")


def apply(text: str, found: list, keep: list) -> list:
    """`found` with this round's finds added and its sentence-opening common nouns dropped."""
    found = [f for f in found if not _common_opener(text, f)]
    found = found + institutions(text, found)
    found = found + alternatives(text, found, keep)
    found = found + noted_providers(text, found, keep)
    return found + said_again(text, found, keep)
