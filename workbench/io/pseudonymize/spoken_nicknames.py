"""Nicknames and short forms where a person stands, children named in an answer, countries in lower case
(round 54n).

A transcript a recogniser wrote in lower case and someone corrected by hand keeps a few capitals (a union, a
name written in full), so `caseless` judges it cased and its rules, which read lower-case names in frames,
never run; the cased rules want capitals. A nickname said there ("alle i firmaet sier fez", "takk katja", "du
er katja") was left in the text, and so was a country ("andre fra polen og litauen") the dictionary also knows
as a word. Policies stated here:

* Recogniser text (`recogniser_text`): most turns open in lower case once time codes and speaker labels are set
  aside, and few words inside the turns carry a capital outside the bracket notes.
* In recogniser text, a lower-case word where a person stands is a person: addressed after `takk`/`hei`,
  named after `du er`/`jeg er`/`det er` ending the turn, after a naming verb with its subject between
  (`sier alle <w>`, `kaller meg <w>`), or the subject of a verb of speech or work after a clause opener
  (`og sa <w> har`, `men <w> sa`), or taken up by `han`/`hun` before a verb (`ja <w> han har fått jobb`). The
  word must be no dictionary, English, filler or function word (nor a common noun's form, `restaurantens`),
  or a listed given name that is no everyday word, or a short form of a found person's name (its first
  letters, or its first syllable twice: `jojo` of `João`). A word found so that the dictionary does not
  know, or a short form, is found again wherever it is said in the same text.
  Round 68b: a laugh ("haha", "hehe") is no short form, though it is a syllable of a name in `h` said twice; and
  a word set off in guillemets after the naming verb (`sigrid sier «kva» og «eg»`) is a word quoted, dialect or
  another language, not a nickname, unless the turn or the one before speaks of names (`kaller`, `heter`,
  `navn`), as for a capitalised nickname in guillemets below.
* In recogniser text, a listed country in lower case after `fra`, `i` or `til` is a place: people come from,
  live and work in countries, and the dictionary's `polen` (the pole) is no place anyone comes from.
* In any text, a capitalised nickname alone in guillemets after a naming verb (`sier de «Frost»`, `kaller
  meg «Lerka»`), in a turn that speaks of names or answers a question that does (`kaller deg`, `navn`), is a
  person; greetings, interjections, kin and role words in guillemets stay, and so does a thing named
  (`vi kaller det «Kontoret»`).
* In any text, two or three capitalised words joined by `og` that make up a sentence right after a count of
  children or siblings (`To gutter. Luka og Nikola.`) are persons when one of them is a found person or a
  listed given name.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import caseless, misheard_twins, rules, world_places
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.interjections import interjection

_SOURCE = "rule:caseless"
# A time code and a speaker label opening a line ("[00:01:12] R:", "S2:", "Intervjuer:").
_LINE_PREFIX = re.compile(r"[ \t]*(?:\[[^\]\n]*\][ \t]*)?(?:[^\W\d_]+(?:[ \t]?\d{1,2})?[ \t]*:[ \t]*)?")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_VOCATIVE = frozenset("takk hei hallo heisann morn".split())
_IDENTITY = frozenset("er".split())
_IDENTITY_SUBJECTS = frozenset("du jeg det".split())
_NAMING = frozenset("sier kaller kalte kalles heter het".split())
_BETWEEN = frozenset("alle de vi folk bare meg deg ham han henne oss dem seg".split())
_OPENERS = frozenset("og men at så sa da når fordi".split())
_PERSON_VERBS = frozenset("""sa sier jobber jobbet ringte ringer kom kommer gjorde hjelper hjalp mente tror trodde
lærte viste kjører kjørte bor bodde heter het må skal vil kan fikk tok har""".split())
_ENDS = frozenset("ikke sant ja og men vi du da".split())
_KIN_AND_ROLES = frozenset("""mamma mor pappa far bestemor bestefar farmor farfar mormor morfar bror søster tante
onkel sjefen sjef kona mannen gutten jenta vennen venninnen baby""".split())
_GREETINGS = frozenset("""hei ja nei takk ok hallo unnskyld vent stopp pause hade adjø velkommen god morn""".split())
_NAME_TALK = re.compile(r"(?<![\w-])(?:kaller|kalle|kalte|kalles|kalt|kallenavn\w*|navn\w*|heter)(?![\w-])", re.I)
_GUILLEMET = re.compile(r"(?<![\w-])((?:[^\W\d_]+[ \t]+){0,2})(?:sier|sa|kaller|kalte|kalles|kalt)((?:[ \t]+[^\W\d_]+){0,2})"
                        r"[ \t]+«([A-ZÆØÅ][^\W\d_]+(?:-[^\W\d_]+)?)»")
# A thing named, not a person: "vi kaller det «Kontoret»", "den kalles «Skuret»".
_THINGS = frozenset("det den dette denne disse dem stedet plassen rommet huset bygget".split())
_COUNT = re.compile(r"(?<![\w-])(?:Ett|En|Ei|To|Tre|Fire|Fem|Seks|\d)[ \t]+(?:barn|barnebarn|gutter|gutt|jenter|"
                    r"jente|døtre|datter|sønner|sønn|søsken|brødre|søstre|tvillinger)\.[ \t]+"
                    r"([A-ZÆØÅ][^\W\d_]+)(?:,[ \t]+([A-ZÆØÅ][^\W\d_]+))?[ \t]+og[ \t]+([A-ZÆØÅ][^\W\d_]+)[.!]")
_COUNTRY_PREP = frozenset("fra i til".split())


def recogniser_text(text: str) -> bool:
    """Whether the text reads as a recogniser's lower case corrected by hand: at least six turns, three in four
    opening in lower case, and at most one word in twenty inside them capitalised outside bracket notes."""
    opens: list[str] = []
    words: list[str] = []
    for line in caseless.without_notes(text).splitlines():
        if line.startswith("#"):
            continue
        prefix = _LINE_PREFIX.match(line)
        tokens = _TOKEN.findall(line, prefix.end() if prefix else 0)
        if tokens:
            opens.append(tokens[0])
            words += tokens[1:]
    if len(opens) < 6 or 4 * sum(w[:1].islower() for w in opens) < 3 * len(opens):
        return False
    capitals = sum(w[:1].isupper() and w != "I" for w in words)
    return len(words) >= 80 and 20 * capitals <= len(words)


def _name_word(low: str, strict: bool) -> bool:
    """A lower-case word that can be a nickname: no dictionary, English, filler or function word; or, unless
    `strict`, a listed given name that is no everyday word."""
    if not _plain(low):
        return False
    if not rules.known_word(low) and not rules.compound_of_known(low) and not rules.english(low) \
            and not caseless._noun_form(low) and not (low.endswith("s") and rules.known_word(low[:-1])):
        return True  # "restaurantens": a common noun's genitive, no name
    return not strict and caseless._given(low)


def _plain(low: str) -> bool:
    return not (len(low) < 3 or low in gaz.FUNCTION_WORDS or low in gaz.POSSESSIVES or low in rules.FILLERS
                or low in gaz.NEVER or low in rules.SPEAKER_WORDS or low in gaz.ROLE_NOUNS or low in _KIN_AND_ROLES
                or interjection(low))  # round 68b: "haha", "hehe": a laugh


def short_form(low: str, names: set[str]) -> bool:
    """True when `low` is a short form of one of the found first names `names`: its first letters by sound
    ("kris" of "kristoffer") or its first syllable said twice ("jojo" of "joão")."""
    if not _plain(low):
        return False
    key = misheard_twins.sound_key(low)
    half = len(low) // 2
    twice = len(low) in (4, 6) and low[:half] == low[half:]
    for name in names:
        name_key = misheard_twins.sound_key(name)
        if len(key) >= 3 and len(key) < len(name_key) and name_key.startswith(key):
            return True
        if twice and name_key.startswith(misheard_twins.sound_key(low[:half])):
            return True
    return False


def _slot(low: list[str], i: int, line_end: bool) -> bool:
    """True when the word at `i` stands where a person stands (see the module's policies)."""
    prev = low[i - 1] if i else ""
    nxt = low[i + 1] if i + 1 < len(low) and not line_end else ""
    if prev in _VOCATIVE:
        return True
    if prev in _IDENTITY and i >= 2 and low[i - 2] in _IDENTITY_SUBJECTS and (not nxt or nxt in _ENDS):
        return True
    for back in (1, 2, 3):
        if i - back >= 0 and low[i - back] in _NAMING and all(w in _BETWEEN for w in low[i - back + 1:i]):
            return not nxt or nxt in _ENDS or nxt in _PERSON_VERBS
    after = low[i + 2] if i + 2 < len(low) else ""
    if nxt in ("han", "hun") and after in _PERSON_VERBS | {"er", "var"}:
        return True  # "ja ravi han har fått jobb": the name taken up by a pronoun
    return prev in _OPENERS and nxt in _PERSON_VERBS - {"har", "må", "skal", "vil", "kan"} | {"sa", "sier"}


def _quoted_word(text: str, start: int, end: int) -> bool:
    """Round 68b: a word alone in guillemets ("sier «kva»") in a turn that, with the one before, speaks of no
    names: a word quoted, not a nickname."""
    if text[start - 1:start] != "«" or text[end:end + 1] != "»":
        return False
    turn_start = text.rfind("\n", 0, text.rfind("\n", 0, start))  # this turn and the one before
    return not _NAME_TALK.search(text, max(0, turn_start), start)


def _slot_finds(text: str, found) -> list[tuple[int, int, str, str, None]]:
    taken = [(f[0], f[1]) for f in found]
    out: list[tuple[int, int, str, str, None]] = []
    again: set[str] = set()
    names = {m.group(0).casefold() for f in found if f[2] == "person" for m in _TOKEN.finditer(text, f[0], f[1])}
    for line in re.finditer(r"[^\n]+", caseless.without_notes(text)):
        words = list(_TOKEN.finditer(line.group(0)))
        low = [w.group(0).casefold() for w in words]
        for i, w in enumerate(words):
            word = w.group(0)
            short = short_form(low[i], names - {low[i]})
            if not word.islower() or not (short or _name_word(low[i], strict=False)):
                continue
            if _slot(low, i, i + 1 == len(words)) and not _quoted_word(text, line.start() + w.start(),
                                                                          line.start() + w.end()):
                start = line.start() + w.start()
                if not any(a < start + len(word) and start < b for a, b in taken):
                    out.append((start, start + len(word), "person", _SOURCE, None))
                if short or _name_word(low[i], strict=True):
                    again.add(low[i])
    for low_word in again:
        for m in re.finditer(r"(?<![\w@.-])" + re.escape(low_word) + r"(?![\w@-]|\.\w)", text, re.I):
            if not any(a < m.end() and m.start() < b for a, b in taken) and not any(o[0] == m.start() for o in out):
                out.append((m.start(), m.end(), "person", _SOURCE, None))
    return out


def _country_finds(text: str, found) -> list[tuple[int, int, str, str, None]]:
    out: list[tuple[int, int, str, str, None]] = []
    plain = caseless.without_notes(text)
    places = {(f[0], f[1]) for f in found if f[2] == "place"}
    for m in _TOKEN.finditer(plain):
        word = m.group(0)
        if not word.islower() or word not in world_places.COUNTRIES or word in ("norge", "noreg") \
                or (m.start(), m.end()) in places:
            continue
        before = plain[max(0, m.start() - 20):m.start()].split()
        if before and (before[-1] in _COUNTRY_PREP or (before[-1] == "og" and len(before) > 1
                                                       and before[-2] in world_places.COUNTRIES)):
            out.append((m.start(), m.end(), "place", _SOURCE, None))
    return out


def _guillemet_finds(text: str) -> list[tuple[int, int, str, str, None]]:
    out: list[tuple[int, int, str, str, None]] = []
    for m in _GUILLEMET.finditer(text):
        low = m.group(3).casefold()
        around = (m.group(1) + m.group(2)).casefold().split()
        if any(w in _THINGS for w in around):
            continue
        if low in _GREETINGS or low in _KIN_AND_ROLES or low in gaz.ROLE_NOUNS or low in rules.FILLERS \
                or low in gaz.FUNCTION_WORDS or rules.public(low):
            continue
        turn_start = text.rfind("\n", 0, text.rfind("\n", 0, m.start()))  # this turn and the one before
        if _NAME_TALK.search(text, max(0, turn_start), m.start()):
            out.append((m.start(3), m.end(3), "person", _SOURCE, None))
    return out


def _children_finds(text: str, found) -> list[tuple[int, int, str, str, None]]:
    people = [(f[0], f[1]) for f in found if f[2] == "person"]
    out: list[tuple[int, int, str, str, None]] = []
    for m in _COUNT.finditer(text):
        groups = [g for g in (1, 2, 3) if m.group(g)]
        named = any(any(a <= m.start(g) and m.end(g) <= b for a, b in people)
                    or (rules.listed(m.group(g), gaz.GIVEN_NAMES) and not rules.known_word(m.group(g).casefold()))
                    for g in groups)
        if named:
            out += [(m.start(g), m.end(g), "person", _SOURCE, None) for g in groups]
    return out


def new_finds(text: str, found, keep) -> list[tuple[int, int, str, str, None]]:
    """Round 54n's finds: misheard twins of found notes, districts capitalised by their notes, nicknames in
    person slots and lower-case countries in recogniser text, nicknames in guillemets, children named in an
    answer; none inside a kept span."""
    out = misheard_twins.twin_finds(text, found)
    if recogniser_text(text):
        out += _slot_finds(text, found) + _country_finds(text, found)
    out += _guillemet_finds(text) + _children_finds(text, found + out)
    return [f for f in out if not any(a < f[1] and f[0] < b for a, b in keep)]
