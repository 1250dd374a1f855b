"""Name shapes from many countries that the word rules cut short (round 39s).

A sweep of generated names in ordinary interview frames found person names replaced only in part:

* initials before a surname ("S. Rajendran", "A. K. Balasubramanian"): the surname was found, the initials
  left, and a capital initial identifies;
* a lower-case syllable after a hyphen in an East Asian given name ("Lee Min-ho", "Jung Hae-in"): the
  rules stopped at the hyphen;
* a given name before a surname with a particle at a sentence start ("Huda al-Khatib sa", "Sanne de Vries
  sa", "João da Silva sa"): the surname was found, the first name read as an ordinary capitalised word;
  and names split in two around their particle ("Pieter [place] van der Berg [person]");
* a short given name that is also a Norwegian word before a found name at a sentence start ("Li Wei",
  "Le Thi Hoa", "Gul Ahmad Popalzai"), or a short imperative before a foreign one ("Ta Quang Buu"), not
  before a Norwegian or listed name ("Ta Ola med", "Be Ali ringe");
* a capitalised particle opening a surname at a sentence start ("De Bruyne", "Du Toit", "Le Pen", "Dela
  Cruz"); a particle that is also a Norwegian word ("Da", "De", "Der", "Du", "La") only before a name that
  is no word and no listed given name ("Da Mohammed kom" stays).

Each rule but the East Asian one only widens a person the other rules found; that one needs a hyphenated
given name whose tail is no Norwegian word.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

Found = tuple[int, int, str, str, str | None]

# Particles inside a family name: Arabic, Romance, Dutch and German, Filipino ("delos").
PARTICLES = frozenset("""
al el ul bin ibn bint abu ben van von der den de la le las los da do dos das del della dela delos di du ter ten
""".split())
_UPPER = "A-ZÆØÅÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ"
_WORD = rf"[{_UPPER}][^\W\d_]*(?:['’][^\W\d_]+)?"
# Words before a capital initial that make it a label, not a name: "plan B.", "klasse C.", "vitamin D."
_LABELS = frozenset("plan vitamin karakter karakteren type kategori side punkt alternativ nivå".split()) \
    | lexicon.LABEL_NOUNS
_INITIALS = re.compile(rf"(?:(?<![\w.])[{_UPPER}]\.[ \t]){{1,3}}$")
_HYPHEN_TAIL = re.compile(r"-([a-z]{2,5})(?![\w-])")
_PARTICLES_BEFORE = re.compile(rf"(?<![\w'’-])({_WORD})((?:[ \t]+(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))}))+)"
                               r"[ \t]+$")
_WORD_BEFORE = re.compile(rf"(?<![\w'’-])({_WORD})[ \t]+$")
# A sentence start: the text's start, a line start, a speaker label, a full stop, or a title with a stop.
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][ \t]+|^[ \t]*\w{1,12}:[ \t]+|\n[ \t]*\w{1,12}:[ \t]+|\b(?:dr|fru|herr)\.?[ \t]+)$")
# Short verbs in the imperative, pronouns and answers that stand before a name at a sentence start.
_NOT_GIVEN = frozenset("""
be gi ta få la se gå si ha bli bo sy ro hils spør ring send møt hent kjør vis hjelp takk ja nei jo hei hallo
og men så om da de den det der her han hun vi jeg du dem ei en et min mi mitt din di ditt
er var har kan vil må får tok kom sa ble bor nå fra til hos med for av på
""".split())


# Particles that are also Norwegian words ("Da Kari kom", "De la seg", "Der Ali bor", "Du Kari"): before a
# found name at a sentence start only where that name reads as no word and no listed given name.
_WORD_PARTICLES = frozenset("da de den der du la".split())
_IMPERATIVES = frozenset("be gi ta få la se gå si ha sy ro".split())
# Words before a given name that are no family name: "Med Seo-jin", "Og Hae-in".
_NOT_FAMILY = frozenset("og men med for av om at som når da ja nei hei takk så".split())


def _person(f: Found) -> bool:
    return f[2] == "person"


def _initials(text: str, found: list[Found]) -> list[Found]:
    """Capital initials with a full stop right before a found person: "S. Rajendran"."""
    out: list[Found] = []
    for f in found:
        if not _person(f) or not text[f[0]:f[0] + 1].isupper():
            continue
        m = _INITIALS.search(text, max(0, f[0] - 12), f[0])
        if m is None:
            continue
        before = re.search(r"([^\W\d_]+)[ \t]*$", text[max(0, m.start() - 30):m.start()])
        if before is not None and before.group(1).casefold() in _LABELS:
            continue
        out.append((m.start(), f[1], "person", "rule:name", None))
    return out


def _hyphen_tails(text: str, found: list[Found]) -> list[Found]:
    """A lower-case syllable after a hyphen right after a found person: "Lee Min" + "-ho"."""
    out: list[Found] = []
    for f in found:
        if not _person(f) or not text[f[0]:f[0] + 1].isupper():
            continue
        m = _HYPHEN_TAIL.match(text, f[1])
        if m is None or not _syllable(m.group(1), text[f[0]:f[1]].split()[-1]):
            continue
        out.append((f[0], m.end(), "person", "rule:name", None))
    return out


def _syllable(tail: str, head: str = "") -> bool:
    """Whether a lower-case tail after a hyphen may be a syllable of a name: no word longer than two letters, or
    (round 43a) a pronoun, which no compound glues on ("Soo-min", "Ji-hun"), or three letters after a short head
    that is no word and no listed given name ("Jae-won"; not "Kari-mor")."""
    if len(tail) < 2 or tail in ("en", "et", "ei"):
        return False
    return len(tail) <= 2 or not lexicon.known_word(tail) or (len(tail) == 3 and tail in gaz.FUNCTION_WORDS) \
        or (len(tail) == 3 and 2 <= len(head) <= 4 and not lexicon.known_word(head.casefold())
            and not lexicon.listed(head, gaz.GIVEN_NAMES) and tail not in gaz.ROLE_NOUNS)  # not "Kari-mor"


def _korean_given(text: str) -> list[Found]:
    """A short capitalised family name and a hyphenated given name whose tail is no word: "Han Seo-jin"."""
    out: list[Found] = []
    for m in re.finditer(r"(?<![\w'’-])([A-Z][a-z]{1,4})[ \t]+([A-Z][a-z]{1,3})-([a-z]{2,4})(?![\w-])", text):
        if not _syllable(m.group(3), m.group(2)) and not (m.group(3).endswith("s") and _syllable(m.group(3)[:-1])):
            continue
        lead = m.group(1).casefold()
        start = m.start(2) if lead in gaz.PLACE_PREPOSITIONS or lead in _NOT_FAMILY else m.start(1)
        out.append((start, m.end(), "person", "rule:name", None))
    return out


def _given_first(word: str, particle: bool = False) -> bool:
    """Whether a capitalised word may be a given name before a family name: not a function word (nor,
    unless `particle`, a particle)."""
    low = word.casefold()
    return low not in gaz.FUNCTION_WORDS and low not in _NOT_GIVEN and low not in gaz.NEVER \
        and (particle or low not in PARTICLES)


def _particle_names(text: str, found: list[Found]) -> list[Found]:
    """A given name before a found surname with its particle: "Huda al-Khatib", "Sanne de Vries"."""
    out: list[Found] = []
    for f in found:
        if not _person(f):
            continue
        window = text[max(0, f[0] - 60):f[0]]
        off = f[0] - len(window)
        m = _PARTICLES_BEFORE.search(window)
        if m is None:
            if not re.match(r"(?:al|el|Al|El)-", text[f[0]:f[0] + 3]):
                continue
            m = _WORD_BEFORE.search(window)
            if m is None:
                continue
        if not _given_first(m.group(1)):
            continue
        out.append((off + m.start(1), f[1], "person", "rule:name", None))
    return out


def _foreign(text: str, f: Found) -> bool:
    """Whether a found run reads as no Norwegian word or listed given name at its start: "Quang Buu", "Toit"."""
    first = text[f[0]:f[1]].split()[0]
    return not lexicon.known_word(first.casefold()) and not lexicon.listed(first, gaz.GIVEN_NAMES)


def _leads_name(word: str, text: str, f: Found) -> bool:
    """Whether a short capitalised word at a sentence start is part of the found name after it."""
    low = word.casefold()
    if low in PARTICLES:  # "De Bruyne", "Du Toit", "Di Maria", "Le Pen", "Dela Cruz"; not "Da Kari kom"
        return low not in _WORD_PARTICLES or _foreign(text, f)
    if (lexicon.english_zipf(low) or 0.0) >= 5.0:  # "He said", "The postcode"
        return False
    if low in _IMPERATIVES:  # "Ta Quang Buu sa", not "Ta Ola med"
        return len(text[f[0]:f[1]].split()) > 1 and _foreign(text, f)
    if len(low) > 3 or not _given_first(word, True):
        return False
    words = text[f[0]:f[1]].split()
    return len(words) > 1 or not lexicon.known_word(words[0].casefold())


def _short_given(text: str, found: list[Found]) -> list[Found]:
    """A short given name that is also a word, or a particle, at a sentence start before a found foreign
    name: "Li Wei", "Gul Ahmad Popalzai", "De Bruyne"."""
    out: list[Found] = []
    for f in found:
        if not _person(f):
            continue
        window = text[max(0, f[0] - 40):f[0]]
        off = f[0] - len(window)
        m = re.search(rf"(?<![\w'’-])([{_UPPER}][a-zà-ÿ]{{1,4}})[ \t]$", window)
        if m is None or not _SENTENCE_START.search(window[:m.start(1)]) or not _leads_name(m.group(1), text, f):
            continue
        out.append((off + m.start(1), f[1], "person", "rule:name", None))
    return out


def _runs(text: str, found: list[Found]) -> list[Found]:
    """Runs of found people and places side by side, as the merge will join them, where one is a person."""
    names = sorted((f for f in found if f[2] in ("person", "place")), key=lambda f: (f[0], -f[1]))
    runs: list[list[Found]] = []
    for f in names:
        if runs and (f[0] < max(x[1] for x in runs[-1]) or text[max(x[1] for x in runs[-1]):f[0]] in ("", " ")):
            runs[-1].append(f)
        else:
            runs.append([f])
    return [(min(x[0] for x in run), max(x[1] for x in run), "person", "rule:name", None)
            for run in runs if any(_person(x) for x in run)]


def widen_people(text: str, found: list[Found]) -> list[Found]:
    """`found` with the people above widened to their whole name."""
    runs = _runs(text, found)
    more = _initials(text, runs) + _hyphen_tails(text, runs) + _korean_given(text)
    more += _particle_names(text, _runs(text, found + more))
    more += _short_given(text, _runs(text, found + more))
    return found + more
