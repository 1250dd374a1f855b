"""Places named by their frame where their word is also a tool, a common noun or a county (round 69b).

Held-out 84 (read as development data) left three places that no rule kept, each in a frame that tells what it
is though its word does not. None of the rules below reads a word list of those texts, only shapes and frames:

* a capitalised word after `nær` and before a comma and `der`/`hvor`: "Det er nær Hana, der barnehagen er".
  The name rules find it, but the keep rules drop it as a tool (`HANA`, `Spark`, `Solo`); the frame says it is
  a place near which something stands. In caseless speech the word needs its own capitalised note ("nær hana
  [Hana], der"). `nær` before an ordinary lower-case word ("nær hjertet", "nær parken, der") or before the
  comma itself ("Det er nær, der") stays, and so do public bodies and words the name lists never take.
* in caseless speech a word coordinated by `og`, `eller` or a comma with a place the rules found, after a place
  preposition, where a bracket note stands between: "kundene i lisboa [Lisboa] og porto [Porto]". `place_frames`
  reads a place word beside a listed place only when nothing but a comma or a space stands before `og`; the
  first place's note puts its bracket there. Policy: the word is a place when it has its own capitalised note,
  or, without a note, when it is a place word (`place_words.PLACE_WORDS`) that is no everyday noun. "betale porto
  og frakt" (no place beside it) and a lower-case note stay.
* in caseless speech a county or district (`place_words.REGIONS`, the regions of `caseless_frames`) after `i`
  and before a verb, a function word or the end of the clause: "arnfinn sier at i nordland [Nordland] må du ha
  bil". `noted_names` takes a one-word note that is also a dictionary word only after a frame of moving or
  living ("bodde i nordland"); the county before a verb is where something holds. Without a note only a word
  the dictionary knows as a proper noun or not at all counts. A county before a noun ("nordland
  fylkeskommune"), the parts of the country (`østlandet`, `nord-norge`), which earlier rounds keep, and a
  listed employer (`orkla`) stay.

Each place is found with its note, and found again where it is said elsewhere in the text (`propagate`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import caseless, lexicon, place_frames, place_words, propagate
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.caseless_frames import _REGIONS
from workbench.io.pseudonymize.frame_bodies import own_note
from workbench.io.pseudonymize.keep import TOOLS
from workbench.io.pseudonymize.spans import overlaps

Found = tuple[int, int, str, str, "str | None"]

_NEAR = re.compile(r"(?<![\w-])nær[ \t]+(?P<word>[A-ZÆØÅa-zæøå][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)"
                   r"(?P<note>[ \t]+\[[^\]\n]{1,40}\])?[ \t]*,[ \t]*(?:der|hvor)(?![\w-])")
_PREPOSITION = re.compile(r"(?<![\w-])(?:i|fra|til|på|ved|nær)[ \t]+$")
_JOIN = re.compile(r"[ \t]*(?:,|(?:,[ \t]*)?(?:og|eller))[ \t]+(?P<word>[a-zæøå][a-zæøå-]+)(?![\w-])")
_IN_REGION = re.compile(r"(?<![\w-])i[ \t]+(?P<word>[a-zæøå][a-zæøå-]+)(?![\w-])")
_NEXT = re.compile(r"[ \t]*(?:(?P<break>[.,!?;:\n]|$)|(?P<word>[a-zæøå]+))")
# The parts of the country, which earlier rounds keep ("Vestlandet", "Nord-Norge"): no county.
_PARTS = frozenset("østlandet vestlandet sørlandet nord-norge midt-norge".split())
COUNTIES = (place_words.REGIONS | _REGIONS) - _PARTS


def near_places(text: str) -> list[Found]:
    """A capitalised word (or one with its own capitalised note) after `nær`, before `, der`/`, hvor`."""
    out: list[Found] = []
    for m in _NEAR.finditer(text):
        s, e = m.span("word")
        word, low = m.group("word"), m.group("word").casefold()
        if word.isupper() or low in gaz.NEVER or low in gaz.FUNCTION_WORDS or lexicon.public(low):
            continue
        note = own_note(text, s, e, capitals=False) if m.group("note") else None
        if m.group("note") and note is None:
            continue  # "nær sentrum [sentrum], der": an ordinary word
        if word[:1].isupper() or note:
            out.append((s, e, "place", "rule:place-frame", None))
            if note:
                out.append((note[0], note[1], "place", "rule:place-frame", None))
    return out


def _after_note(text: str, end: int) -> int:
    """The end of the bracket note right after `end`, or `end` when there is none."""
    m = re.match(r"[ \t]+\[[^\]\n]{1,40}\]", text[end:end + 44])
    return end + m.end() if m else end


def coordinated_places(text: str, found: list[Found]) -> list[Found]:
    """In caseless speech a word after `og`/`eller`/a comma following a found place and its note, in a place frame."""
    if not caseless.caseless(text):
        return []
    out: list[Found] = []
    places = sorted({(f[0], f[1]) for f in found if f[2] == "place"})
    for s, e in places:
        end = _after_note(text, e)
        if end == e or not _PREPOSITION.search(text, max(0, s - 6), s):
            continue  # no note between (place_frames reads that), or no place frame before the first place
        while (m := _JOIN.match(text, end)) is not None:
            ws, we = m.span("word")
            low = m.group("word")
            note = own_note(text, ws, we, capitals=False)
            if low in gaz.NEVER or low in gaz.FUNCTION_WORDS or lexicon.public(low) or low in TOOLS:
                break
            if note is None and not (low in place_words.PLACE_WORDS and low not in place_words.ORDINARY):
                break
            out.append((ws, we, "place", "rule:place-frame", None))
            if note:
                out.append((note[0], note[1], "place", "rule:place-frame", None))
            end = _after_note(text, we)
    return out


def _clause_goes_on(text: str, end: int) -> bool:
    """Whether a verb, a function word or the end of the clause follows `end` (no noun continues the phrase)."""
    m = _NEXT.match(text, end)
    if m is None:
        return False
    if m.group("break") is not None:
        return True
    nxt = m.group("word")
    return nxt in caseless._CLAUSE_VERBS or nxt in gaz.FUNCTION_WORDS or nxt in place_frames._FOLLOWERS


def counties(text: str) -> list[Found]:
    """In caseless speech a county or district after `i`, before a verb, a function word or the clause's end."""
    if not caseless.caseless(text):
        return []
    out: list[Found] = []
    for m in _IN_REGION.finditer(text):
        s, e = m.span("word")
        low = m.group("word")
        if low not in COUNTIES or lexicon.listed(low, gaz.EMPLOYERS):
            continue
        note = own_note(text, s, e, capitals=False)
        if note is None and lexicon.known_word(low) and not lexicon.dictionary_proper_noun(low):
            continue  # "i innlandet" without a note may be any inland
        if not _clause_goes_on(text, _after_note(text, e)):
            continue  # "i nordland fylkeskommune": a body's name goes on
        out.append((s, e, "place", "rule:place-frame", None))
        if note:
            out.append((note[0], note[1], "place", "rule:place-frame", None))
    return out


def apply(text: str, found: list[Found], keep: list[tuple[int, int]]) -> list[Found]:
    """`found` with the places above added (none inside `keep` nor already found), each found again elsewhere."""
    new = near_places(text) + coordinated_places(text, found) + counties(text)
    new = [n for n in new if not overlaps(keep, n[0], n[1]) and not overlaps(found, n[0], n[1])]
    if not new:
        return found
    again = [a for a in propagate.found_again(text, new, keep) if not overlaps(found + new, a[0], a[1])]
    return found + new + again
