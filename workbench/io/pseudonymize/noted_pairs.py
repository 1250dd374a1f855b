"""Two adjacent noted words in caseless speech, one of them a person's, form one name (round 70b).

Held-out 87 (read as development data) left two names in caseless automatic transcripts whose words the
dictionary knows, each said right beside a name the rules found, and each with its own capitalised bracket note:

* a surname that is also a verb after a first name: "en mentor som heter solveig [Solveig] brekke [Brekke] hun
  jobber". `caseless_notes` takes the lower-case word after a first-name note as the surname only when a word or
  a break follows it, not its own note, and `noted_names` takes a one-word note that is also a dictionary word
  only after a firm's or a place's frame; so `brekke` was never read, nor found again later ("hun sa at brekke
  [Brekke] er et navn").
* a first name that is also a programming language before a surname the rules found: "en venn der pascal [Pascal]
  ilunga [Ilunga] jobber". `ilunga` is no dictionary word and is found; no rule reads a dictionary word (and a
  tool) before a surname in caseless speech.

Policy, by shape and frame: in caseless text, where a lower-case word with its own capitalised note (a title-case
note, not an acronym) stands right after or right before another such noted word that is found as a person (or
follows `heter`/`het`/`kalles`), the two form one name and the other word is a person too. The other word must
be no function word, no word the name lists never take, no everyday word, no public body, no listed place, no
honorific title set apart from the name (`ustad [Ustad] karim [Karim]`, round 70a's `noted_words.TITLES`) and no
finite verb form (`brekker`, `sendte`: a verb after a subject), and a frequent word only when the name lists hold
it (a listed surname after, a listed given name before). A word before the person must not follow a preposition of
a firm or a place (`i`, `på`, `hos`, `ved`); a tool is no surname after a person (`kari [Kari] excel [Excel]`) but
may be a first name before one (`pascal`). Words without a note beside a name (`solveig [Solveig] sier`, `kari
[Kari] brekker armen`), tools side by side with no person (`kurs i python [Python] og pascal [Pascal]`) and a
noted common word after a name (`ola [Ola] i dag [dag]`) stay. Each new name is found with its note and found again
wherever it is said with its note, and its note wherever it is written (`propagate.found_again`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import capitals, caseless, lexicon, propagate
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.frame_bodies import own_note
from workbench.io.pseudonymize.keep import TOOLS
from workbench.io.pseudonymize.noted_words import TITLES
from workbench.io.pseudonymize.spans import overlaps

Found = tuple[int, int, str, str, "str | None"]

_SOURCE = "rule:noted-pair"
# A spoken word; `bracket_twins.cased` has already written some as their notes do ("Ilunga [Ilunga]"), a
# hyphenated one with a capital after each hyphen (round 71b: "eieren, Per-Arne [Per-Arne] lunde [Lunde]").
_LETTERS = "a-zæøåäöüéèáíóúñ"
_WORD = re.compile(rf"(?<![\w\[-])[{_LETTERS}A-ZÆØÅ][{_LETTERS}'’]*(?:-[{_LETTERS}A-ZÆØÅ]?[{_LETTERS}'’]*)*(?![\w-])")
_NAMING = re.compile(r"(?<![\w-])(?:heter|het|kalles)[ \t]+$")
_FIRM_OR_PLACE = re.compile(r"(?<![\w-])(?:i|på|hos|ved|gjennom|via)[ \t]+$")


def _noted(text: str) -> list[tuple[int, int, int, int]]:
    """Every spoken word in caseless speech with its own title-case note: (word, its end, note, its end)."""
    out = []
    for m in (m for s, e in capitals.lower_stretches(text) for m in _WORD.finditer(text, s, e)):
        note = own_note(text, m.start(), m.end(), capitals=False)
        if note is None:
            continue
        noted = text[note[0]:note[1]]
        if noted[:1].isupper() and any(c.islower() for c in noted):
            out.append((m.start(), m.end(), note[0], note[1]))
    return out


def _finite(low: str) -> bool:
    """Whether the word looks like a finite verb form of a dictionary verb ("brekker", "sendte", "kastet")."""
    if low.endswith("er") and lexicon.known_word(low[:-1]):
        return True
    return low.endswith(("te", "de", "et")) and len(low) > 4 and lexicon.known_word(low[:-2] + "e")


def _nameable(low: str, names: frozenset[str], tools_ok: bool) -> bool:
    """Whether a noted word may be a name beside a person: see the module docstring."""
    if (low in gaz.FUNCTION_WORDS or low in gaz.NEVER or lexicon.everyday(low) or lexicon.public(low)
            or low in caseless._CLAUSE_VERBS or low in TITLES or (not tools_ok and low in TOOLS)):
        return False
    listed = lexicon.listed(low.capitalize(), names)
    if lexicon.listed(low.capitalize(), gaz.PLACES) and not listed:
        return False
    return listed or not (lexicon.frequent(low, 4.0) or _finite(low))


def paired_names(text: str, found: list[Found]) -> list[Found]:
    """In caseless speech, a noted word right beside a noted person's word (or after `heter`) is a person too."""
    noted = _noted(text)
    people = [(f[0], f[1]) for f in found if f[2] == "person"]
    others = [f for f in found if f[2] in ("place", "org")]
    is_person = [overlaps(people, w0, w1) or overlaps(people, n0, n1) for w0, w1, n0, n1 in noted]
    out: list[Found] = []
    for i in range(len(noted) - 1):
        (a0, a1, an0, an1), (b0, b1, bn0, bn1) = noted[i], noted[i + 1]
        if text[an1 + 1:b0].strip(" \t") or text[an1:an1 + 1] != "]":
            continue  # not side by side: only spaces between the first note and the second word
        first, second = text[a0:a1].casefold(), text[b0:b1].casefold()
        first_free = not is_person[i] and not overlaps(others, a0, an1)
        second_free = not is_person[i + 1] and not overlaps(others, b0, bn1)
        surname = second_free and _nameable(second, gaz.SURNAMES, False)
        if first_free and surname and _NAMING.search(text, max(0, a0 - 12), a0) and _nameable(first, gaz.GIVEN_NAMES, True):
            out += [(a0, a1, "person", _SOURCE, None), (an0, an1, "person", _SOURCE, None)]  # "heter a [A] b [B]"
            out += [(b0, b1, "person", _SOURCE, None), (bn0, bn1, "person", _SOURCE, None)]
        elif is_person[i] and surname:
            out += [(b0, b1, "person", _SOURCE, None), (bn0, bn1, "person", _SOURCE, None)]
        elif (is_person[i + 1] and first_free and not _FIRM_OR_PLACE.search(text, max(0, a0 - 12), a0)
              and _nameable(first, gaz.GIVEN_NAMES, True)):
            out += [(a0, a1, "person", _SOURCE, None), (an0, an1, "person", _SOURCE, None)]
    return out


def apply(text: str, found: list[Found], keep: list[tuple[int, int]]) -> list[Found]:
    """`found` with the paired names added (none inside `keep`), each found again wherever it is said."""
    new = [n for n in paired_names(text, found) if not overlaps(keep, n[0], n[1])]
    if not new:
        return found
    names = {text[n[0]:n[1]].casefold() for n in new}
    new += [(s, e, "person", _SOURCE, None) for w0, w1, n0, n1 in _noted(text) if text[w0:w1].casefold() in names
            and not overlaps(keep, w0, n1) and not overlaps(new, w0, n1) for s, e in ((w0, w1), (n0, n1))]
    again = [a for a in propagate.found_again(text, new, keep) if not overlaps(found + new, a[0], a[1])]
    return found + new + again
