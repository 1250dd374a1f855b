"""Employers written as brands: in capitals, or a letter and a hyphen before a capitalised word.

A company may write its name in capitals though it is a dictionary word ("TINE", "HOFF", "NORDLYS"),
or as a letter and a hyphen before a capitalised word ("K-Frukt", "Q-Meieriene"). The word rules
leave a capitalised dictionary word alone as shouting or as the ordinary noun, and the employer
context reads only two words back. Here:

* a dictionary word in capitals after an affiliation preposition (i, på, hos, ved, for), in a
  sentence with a work word before it ("fikk jobb i produksjonen hos TINE", "søkt på stillinger
  hos Q-Meieriene") is an organisation, unless the words beside it are capitals too (shouting:
  "VI MÅ JOBBE I HELGA");
* so is a letter, a hyphen and a capitalised word ("K-Frukt") there (a payment service, "M-Pesa",
  is written so too, so the form alone is not enough);
* what is found so is found again in the same form only (`brand_form`): in capitals, never the
  lower-case word ("la fisken tine"), and never inside a shouted sentence.

A capitalised common noun in an employer frame ("jobber på Tannhjul", "produsent i Kraftverk
Film") is an organisation, not the place the word rules take after `på`/`i` (`noun_employers`),
and that noun is found again alone where it is capitalised (`short_name`): people shorten a
business name to its first noun ("Kraftverk er kjent"), never to an adjective ("Grønn Vekst"
gives no "Grønn").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.orgs import EMPLOYER_PREPOSITIONS, EMPLOYER_WORDS

_LETTER_HYPHEN = re.compile(r"(?<![\w@.-])[A-ZÆØÅ]-[A-ZÆØÅ][a-zæøå]{2,}(?![\w@-])")
# How far back in its sentence a work word may stand ("søkt på kvalitetsstillinger hos X").
_FRAME_WORDS = 16
# An unknown word in capitals this long is a name written as a brand ("FJELLKRAFT"), not an acronym ("NTNU").
_BRAND_LETTERS = 6


# An occupation said with `er`/`var` before the preposition ("Han er produsent i X", "hun var sjef på X").
_OCCUPATION_ENDINGS = ("er", "ør", "ent", "ist", "sjef", "leder", "lege", "vakt", "lærling", "trainee")
_BEING = frozenset("er var ble blir har vært".split())


def _occupation_before(words, i: int) -> bool:
    """Whether an occupation said with `er`/`var` stands right before the preposition at word i - 1."""
    if i < 3 or words[i - 3][2].casefold() not in _BEING:
        return False
    noun = words[i - 2][2]
    low = noun.casefold()
    return noun.islower() and (low in gaz.ROLE_NOUNS or (low.endswith(_OCCUPATION_ENDINGS) and len(low) > 5
                                                          and not rules.adjective_like(low)))


def _in_employer_frame(text: str, words, starts, i: int) -> bool:
    """Whether word i follows an affiliation preposition with a work word before it in the same sentence, or
    an occupation said with `er` ("er produsent i")."""
    if i < 2 or words[i - 1][2].casefold() not in EMPLOYER_PREPOSITIONS or text[words[i - 1][1]:words[i][0]] != " ":
        return False
    if _occupation_before(words, i):
        return True
    k = i - 2
    while k >= 0 and i - k <= _FRAME_WORDS:
        if words[k][2].casefold() in EMPLOYER_WORDS:
            return True
        if starts[k]:
            return False
        k -= 1
    return False


def _shouted(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals stands beside another word of two or more capitals: shouting."""
    before = re.search(r"([^\W\d_]+)[ \t,]+$", text[max(0, start - 40):start])
    after = re.match(r"[ \t,]+([^\W\d_]+)", text[end:end + 40])
    return any(m and len(m.group(1)) > 1 and m.group(1).isupper() for m in (before, after))


def brand_form(word: str) -> bool:
    """A name in a brand's form: a word of three or more capitals, or a letter, a hyphen and a capitalised word."""
    return (len(word) >= 3 and word.isupper() and word.isalpha()) or _LETTER_HYPHEN.fullmatch(word) is not None


def shouted_occurrence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], in capitals, is a word of a shouted sentence and no name there."""
    return text[start:end].isupper() and _shouted(text, start, end)


def brand_employers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for employers in capitals in a wide employer frame, and letter-hyphen names there."""
    words = [(m.start(), m.end(), m.group(0)) for m in rules.WORD.finditer(text)]
    starts = rules.sentence_starts(text, words)
    out = []
    for i, (start, end, word) in enumerate(words):
        low = word.casefold()
        if not (len(word) >= 3 and word.isupper() and word.isalpha()) or not (rules.known_word(low) or len(word) >= _BRAND_LETTERS):
            continue  # a short acronym the dictionary does not know is the word rules' (NTNU, DNB)
        if low in gaz.GENERIC_ACRONYMS or low in gaz.NEVER or rules.public(low) or _shouted(text, start, end):
            continue
        if _in_employer_frame(text, words, starts, i):
            out.append((start, end, "org", "rule:employer-context"))
    for m in _LETTER_HYPHEN.finditer(text):
        head = m.group(0).split("-", 1)[1].casefold()
        if head in gaz.NEVER or rules.public(head):
            continue
        index = next((k for k, w in enumerate(words) if w[0] == m.start()), None)
        if index is not None and _in_employer_frame(text, words, starts, index):
            out.append((m.start(), m.end(), "org", "rule:org"))
    return out


def _plain_noun(word: str) -> bool:
    """A capitalised common noun in its indefinite form that names no place or person by itself ("Tannhjul",
    "Kraftverk", "Lyspunkt"): a dictionary word with a definite or plural form, no adjective (no "-e" or
    "-t" form: "Grønn"), no everyday, listed, proper or place-like word."""
    low = word.casefold()
    if not (word[:1].isupper() and word[1:].islower() and len(word) >= 5 and rules.known_word(low)):
        return False
    if rules.adjective_like(low) or rules.known_word(low + "e") or rules.known_word(low + "t") \
            or rules.frequent(low, 5.0) or low in gaz.NEVER or rules.public(low) or low in gaz.ROLE_NOUNS \
            or rules.definite(low) or rules.dictionary_proper_noun(low) or low.endswith(_PLACE_ENDINGS) \
            or any(rules.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES)):
        return False
    return any(rules.known_word(low + e) for e in ("et", "en", "a", "er"))


_PLACE_ENDINGS = tuple(e for e in gaz.NAME_ELEMENTS if len(e) >= 3)


def noun_employers(text: str) -> list[tuple[int, int, str, str]]:
    """A capitalised common noun inside a sentence in an employer frame ("jobber på Tannhjul", "produsent i
    Kraftverk Film" after a work word), with the capitalised words after it: an organisation, not a place
    (places after `på` are proper nouns, listed, definite or end like one: "på Skansen", "på Lena")."""
    words = [(m.start(), m.end(), m.group(0)) for m in rules.WORD.finditer(text)]
    starts = rules.sentence_starts(text, words)
    out = []
    for i, (start, _end, word) in enumerate(words):
        if starts[i] or not _plain_noun(word) or not _in_employer_frame(text, words, starts, i):
            continue
        j = i
        while j + 1 < len(words) and text[words[j][1]:words[j + 1][0]] == " " and words[j + 1][2][:1].isupper() \
                and not starts[j + 1] and j - i < 2:
            j += 1
        out.append((start, words[j][1], "org", "rule:employer-context"))
    return out


def short_name(text: str, start: int, end: int) -> str | None:
    """The capitalised noun an organisation found whole by its context goes by alone: the organisation itself
    when it is one noun ("Tannhjul"), or the first of two words ("Lyspunkt Regnskap", "Kraftverk Film");
    never an adjective ("Grønn Vekst") or a short, everyday, listed or place-like word."""
    parts = text[start:end].split()
    if len(parts) not in (1, 2) or not _plain_noun(parts[0]):
        return None
    return parts[0]


_RUN = re.compile(r"(?:[A-ZÆØÅ][\w&'’-]*[ \t]+){1,3}[A-ZÆØÅ][\w&'’-]*")


def business_run(text: str, start: int, end: int) -> bool:
    """Whether the find text[start:end] lies in a run of capitalised words inside a sentence that ends in a
    trade word of its own ("SAS Cargo", "Oracle Logistikk"; not "PCI DSS-revisjon"): a company named by a
    known name and its business, though the first word alone is a tool or a maker of tools."""
    line_start = text.rfind("\n", 0, start) + 1
    for m in _RUN.finditer(text, line_start, text.find("\n", end) if "\n" in text[end:] else len(text)):
        if m.start() <= start and end <= m.end():
            last = m.group(0).split()[-1]
            return "-" not in last and rules.org_tail_word(last) and last.casefold() not in rules.COMPANY_FORMS
    return False
