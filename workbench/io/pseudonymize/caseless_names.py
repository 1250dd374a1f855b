"""People in text without case by frames `caseless` leaves (round 50n).

Recogniser text names people from many countries in lower case, and `caseless` wants a name the Norwegian
dictionary does not know. It stops at a particle (`anneke van der berg`, `maria santos dela cruz`) and at
a surname its English word list knows (`santos`, `silva`); it takes no short form that is also a word
(`kuba`, `memo`) or that English knows (`sasha`). This module adds, only where the text carries no case:

* a person found, carried on over particles and the name after them (`van der <berg>`, `dos <santos>`,
  `bin <salem>`) and over surnames the English word list knows but Norwegian does not;
* the name that answers a question for one, opening the next turn (`jose reyes de la paz. …`);
* the short form after `sier`/`kaller`/`heter` with its subject or object between (`sier de bare <name>`,
  `heter jeg bare <name>`, `vi sier <name>`);
* a rare word between a family noun with its possessive and a verb (`sønnen vår <kuba> går`);
* a name after `sammen med` (`sammen med <oleksandr>`);
* the name a caller asks for, ending the turn (`hei er det <sokunthea>`, round 51p);
* two listed names taken up by a pronoun before a verb (`<mari hope> hun er journalist`).

Ordinary talk stays: `de la utstyret på plass`, `sier de bare at`, `sønnen vår bare venter`, `sammen med
kollegaene`, `i hope so`.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import caseless as cl
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")


def token_words(text: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The words of a caseless text, numbers included, as (start, end, as written), and their casefolded forms;
    shared with `caseless_teams`."""
    words = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text)]
    return words, [w[2].casefold() for w in words]
_SOURCE = "rule:caseless"
# Particles inside a name: Dutch, German, Spanish, Portuguese, Filipino, Arabic.
PARTICLES = gaz.NAME_PARTICLES | frozenset("dela delos los las dos das do y al el ibn bin binti abu".split())
_NAME_QUESTIONS = ("navn", "heter du", "hva heter")
_SAYING = frozenset("sier kaller kalte heter het".split())
_BETWEEN = frozenset("jeg vi de alle folk dem meg ham han henne hun oss bare".split())
_PRONOUNS = frozenset("han hun".split())
_GREETINGS = frozenset("hei hallo heisann hallois".split())
_VERB_ENDINGS = ("er", "te", "et", "de")
# What may stand before a turn's first word on its line: a speaker label and a time code ("R: [00:00:05] ").
_TURN_OPENING = re.compile(r"[ \t]*(?:[^\s:\[\]][^:\n\[\]]{0,30}:[ \t]*)?(?:\[[\d:. ]{1,12}\][ \t]*)?")


def _foreign(word: str) -> bool:
    """A surname the English word list knows and Norwegian does not (`santos`, `silva`, `jose`)."""
    return len(word) >= 3 and rules.english(word) and not rules.known_word(word) \
        and word not in gaz.FUNCTION_WORDS and word not in rules.FILLERS


def _part(word: str) -> bool:
    """A word that may follow particles as the rest of a name: no function word, verb of a clause or filler."""
    if len(word) < 2 or word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in gaz.NEVER \
            or word in rules.FILLERS or word in cl._CLAUSE_VERBS or word in PARTICLES:
        return False
    return cl._unknown(word) or _foreign(word) or cl._listed_name(word) or not rules.frequent(word, 4.0)


def _short(word: str) -> bool:
    """A short form or nickname: a name to `caseless`, English only, or a rare word that is no verb form."""
    if word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in gaz.NEVER or word in rules.FILLERS \
            or word in cl._CLAUSE_VERBS or word in cl._FAMILY or len(word) < 3:
        return False
    if cl._strict_name(word) or _foreign(word):
        return True
    return rules.known_word(word) and not rules.frequent(word, 3.0) and not rules.adjective_like(word) \
        and not word.endswith(_VERB_ENDINGS) and not cl._noun_form(word) and not cl.common_compound(word)


def names(text: str, found) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, source) of the people above; `found`: what the caseless rules found so far."""
    words, low = token_words(text)
    n = len(words)
    out: list[tuple[int, int, str, str]] = []

    def joined(i: int, j: int) -> bool:
        return text[words[i][1]:words[j][0]] == " "

    def extend(j: int) -> int:
        """The last index of the name that goes on after word j over particles and foreign surnames."""
        while j + 1 < n and joined(j, j + 1):
            k = j + 1
            while k < n and k - j <= 2 and low[k] in PARTICLES and joined(k - 1, k):
                k += 1
            after_particles = j + 1 < k < n and joined(k - 1, k) and _part(low[k])
            if after_particles or (k == j + 1 and (_foreign(low[k]) or (
                    cl._unknown(low[k]) and not cl.common_compound(low[k])))):
                j = k
            else:
                break
        return j

    starts = {w[0]: i for i, w in enumerate(words)}
    ends = {w[1]: i for i, w in enumerate(words)}
    for start, end, kind, *_rest in found:
        if kind == "person" and start in starts and end in ends:
            j = extend(ends[end])
            if j > ends[end]:
                out.append((start, words[j][1], "person", _SOURCE))

    def add(i: int, j: int) -> None:
        out.append((words[i][0], words[extend(j)][1], "person", _SOURCE))

    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i in range(n):
        word = low[i]
        # the answer to a question for a name, opening the next turn: "jose reyes de la paz."
        line_no = text.count("\n", 0, words[i][0])
        if line_no and _TURN_OPENING.fullmatch(text, offsets[line_no], words[i][0]) \
                and any(q in lines[line_no - 1].casefold() for q in _NAME_QUESTIONS):
            j = i
            while j + 1 < n and joined(j, j + 1) and (_part(low[j + 1]) or low[j + 1] in PARTICLES):
                j += 1
            while j > i and low[j] in PARTICLES:
                j -= 1
            names_in = [w for w in low[i:j + 1] if w not in PARTICLES]
            if j > i and all(_part(w) for w in names_in) and any(
                    cl._unknown(w) or _foreign(w) or cl._given(w) for w in names_in):
                out.append((words[i][0], words[j][1], "person", _SOURCE))
                continue
        if i < 2 or not joined(i - 1, i):
            continue
        prev, prev2 = low[i - 1], low[i - 2]
        # round 51p: a caller's question on the phone, "ja hei er det sokunthea", the name ending the turn
        if prev == "det" and prev2 == "er" and i >= 3 and low[i - 3] in _GREETINGS and joined(i - 2, i - 1) \
                and text[words[i][1]:words[i][1] + 1] in ("", "\n", "?") and (cl._unknown(word) or _foreign(word)
                                                                            or cl._given(word)):
            add(i, i)
            continue
        # "sier de bare pepe", "heter jeg bare memo", "vi sier sasha", "kaller vi bare juca"
        k = i - 1
        while k > 0 and k >= i - 3 and low[k] in _BETWEEN and joined(k - 1, k):
            k -= 1
        said = low[k] in _SAYING and k < i - 1 and not (low[k] in ("heter", "het") and k == i - 1)
        if not said and prev in ("sier", "kaller") and prev2 in _BETWEEN and joined(i - 2, i - 1):
            said = True
        if said and _short(word) and (i + 1 >= n or not joined(i, i + 1) or low[i + 1] in ("og", "men", "for", "på")):
            add(i, i)
            continue
        # "sønnen vår kuba går", "datteren min bia danser": a rare word between a family noun and a verb
        if i + 1 < n and joined(i, i + 1) and prev in cl._POSSESSIVE and prev2 in cl._FAMILY and joined(i - 2, i - 1) \
                and _short(word) and (low[i + 1] in cl._CLAUSE_VERBS or (
                    rules.known_word(low[i + 1]) and low[i + 1].endswith("er") and len(low[i + 1]) >= 4
                    and low[i + 1] not in gaz.FUNCTION_WORDS)):
            add(i, i)
            continue
        # "sammen med oleksandr", "sammen med joão dos santos"
        if prev == "med" and prev2 == "sammen" and joined(i - 2, i - 1) and (cl._strict_name(word) or _foreign(word)) \
                and not cl.common_compound(word):
            j = i
            while j + 1 < n and j - i < 2 and joined(j, j + 1) and (cl._unknown(low[j + 1]) or _foreign(low[j + 1])):
                j += 1
            add(i, j)
            continue
    # "mari hope hun er journalist": two listed names taken up by a pronoun before a verb
    for i in range(n - 3):
        if cl._clause_start(text, words, low, i) and joined(i, i + 1) and joined(i + 1, i + 2) and joined(i + 2, i + 3) \
                and rules.listed(low[i], gaz.GIVEN_NAMES) and low[i] not in gaz.FUNCTION_WORDS \
                and (cl._listed_name(low[i + 1]) or cl._unknown(low[i + 1])) and low[i + 1] not in gaz.FUNCTION_WORDS \
                and low[i + 2] in _PRONOUNS and low[i + 3] in cl._CLAUSE_VERBS:
            out.append((words[i][0], words[i + 1][1], "person", _SOURCE))
    return out
