"""A hand correction in brackets names the misheard words right before it (round 54n).

A recogniser writes a name it does not know as it hears it, in lower case, and whoever checks the transcript
writes the right spelling after it in square brackets: "jeg snakker med selso [Celso]", "celso makuakua [Celso
Macuácua]", "bodde i benguella [Benguela]". `bracket_twins` pairs a note with the words before it only when they
are the same words, so the misheard form was left in the text when its note was found and replaced.

Policy: a note that is a found person, place or organisation names the words right before it too when they are
a plausible spoken form of it: as many words as the note (or its first words), each close to the note's word in
sound (`sound_key`: accents, `c`/`k`/`s`, `z`/`s`, `y`/`i`/`j`, `w`/`v`, a silent `h` after a consonant and
doubled letters set aside, then at most one letter in four different). Either side found gives the other the
same kind. A note's words that the speaker said alike are left to `bracket_twins`.

A one-word note that is the said word itself but capitalised, where the dictionary knows the word, names a
place when it follows a place preposition and the word is a place-name element in its definite form ("på øya
[Øya]", "på holmen [Holmen]", "på sletta [Sletta]"): the checker's capital turns the island into the district.
Notes that are ordinary words ("takk [Takk]", "nær sentrum [Sentrum]") and public bodies ("nav [NAV]") give
nothing.

Round 61a: a recogniser often hears a surname it does not know as two short words ("kras nitsji [Krasniqi]").
A one-word note that is a found name names the two lower-case words right before it when the one word before
it alone does not sound like it and the two said together do: the same first sound and at most one letter in
three apart by `sound_key` (a split word is heard more loosely than a whole one). The two words take the note's
kind (the full pipeline's model may call the surname a place or a firm), and only when neither is already part
of another find; a note nothing found (a public body, an ordinary word, a lower-case term) gives nothing.
"""

from __future__ import annotations

import re
import unicodedata

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import place_words, rules
from workbench.io.pseudonymize.bracket_twins import _NOTE

_SOURCE = "rule:bracket-twin"
_KINDS = ("person", "place", "org")
_SAID = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NOTE_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*")
# Sounds written differently by a recogniser and by the name's own spelling, longest first.
_SOUNDS = (("tsj", "sj"), ("sch", "sj"), ("sh", "sj"), ("zh", "s"), ("ph", "f"), ("qu", "k"), ("ck", "k"),
           ("ce", "se"), ("ci", "si"), ("cy", "si"), ("c", "k"), ("q", "k"), ("z", "s"), ("x", "ks"), ("w", "v"),
           ("y", "i"), ("j", "i"), ("aa", "å"))
_CONSONANT_H = re.compile(r"(?<=[bcdfgkprt])h")
_PLACE_PREP = frozenset("på i fra til ved mot rundt nær utenfor over".split())
# Definite forms of the landform and settlement words that Norwegian districts are named by.
_PLACE_ENDINGS = tuple(e for e in gaz.NAME_ELEMENTS if e.endswith(("a", "en", "et"))) + (
    "sletta", "øyra", "øra", "tangen", "neset", "odden", "brekka", "lia", "heia", "kollen", "toppen", "myra")


def sound_key(word: str) -> str:
    """The word as it sounds, roughly: lower case, no accents, Norwegian spellings of foreign letters."""
    low = unicodedata.normalize("NFKD", word.casefold())
    low = "".join(c for c in low if not unicodedata.combining(c))
    for written, said in _SOUNDS:
        low = low.replace(written, said)
    low = _CONSONANT_H.sub("", low)
    return re.sub(r"(.)\1+", r"\1", low)


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def sounds_alike(said: str, written: str) -> bool:
    """True when a lower-case word heard by a recogniser may be the written name: at most one letter in four
    apart once both are read by sound (the same sound for a dictionary word), and no function word."""
    if not said.islower() or said in gaz.FUNCTION_WORDS or said in gaz.POSSESSIVES or len(said) < 3:
        return False
    a, b = sound_key(said), sound_key(written)
    if rules.known_word(said) and said != written.casefold():
        return a == b  # "var [Vera]" is a verb; "luka [Luca]" sounds the same
    return _distance(a, b) <= max(len(a), len(b)) // 4


def _said_before(text: str, end: int, n: int) -> tuple[int, list[str]] | None:
    """The start and words of the `n` words right before `end`, single spaces between them, in one line."""
    words: list[str] = []
    pos = end
    for _ in range(n):
        if pos == 0 or text[pos - 1] != " ":
            return None
        matches = list(_SAID.finditer(text, max(0, pos - 60), pos - 1))
        m = matches[-1] if matches else None
        if m is None or m.end() != pos - 1:
            return None
        words.insert(0, m.group(0))
        pos = m.start()
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "-'’["):
        return None
    return pos, words


def _misheard(text: str):
    """(said start, said end, note start, note end) of each run of misheard words before a note."""
    for m in _NOTE.finditer(text):
        raw = m.group(1)
        note_words = list(_NOTE_WORD.finditer(raw))
        if not note_words or raw != raw.lstrip() or not note_words[0].group(0)[:1].isupper():
            continue
        note_start = m.start(1)
        for n in range(len(note_words), 0, -1):
            got = _said_before(text, m.start() + 1, n)
            if got is None:
                continue
            start, said = got
            written = [w.group(0) for w in note_words[:n]]
            if [w.casefold() for w in said] == [w.casefold() for w in written]:
                break  # the same words: `bracket_twins`
            if all(sounds_alike(s, w) for s, w in zip(said, written, strict=True)):
                yield start, m.start(), note_start, note_start + note_words[n - 1].end()
                break


def _split_misheard(text: str):
    """(said start, said end) of two lower-case words heard for the one-word note after them."""
    for m in _NOTE.finditer(text):
        raw = m.group(1)
        if not _NOTE_WORD.fullmatch(raw) or not raw[:1].isupper() or not raw[1:].islower():
            continue
        one = _said_before(text, m.start() + 1, 1)
        if one is None or one[1][0].casefold() == raw.casefold() or sounds_alike(one[1][0], raw):
            continue
        two = _said_before(text, m.start() + 1, 2)
        if two is None or not all(w.islower() for w in two[1]):
            continue
        said, written = sound_key("".join(two[1])), sound_key(raw)
        if said[:1] == written[:1] and len(said) >= 4 and _distance(said, written) <= max(len(said), len(written)) // 3:
            yield two[0], m.start(), m.start(1), m.start(1) + len(raw)


def _covered(text: str, found, start: int, end: int) -> str | None:
    """The kind of the longest find covering `start`-`end`, or else the one kind of finds covering each word."""
    whole = [f for f in found if f[2] in _KINDS and f[0] <= start and end <= f[1]]
    if whole:
        return str(max(whole, key=lambda f: f[1] - f[0])[2])
    kinds: set[str] | None = None
    for w in _NOTE_WORD.finditer(text, start, end):
        here = {str(f[2]) for f in found if f[2] in _KINDS and f[0] <= w.start() and w.end() <= f[1]}
        kinds = here if kinds is None else kinds & here
    return kinds.pop() if kinds and len(kinds) == 1 else None


def _place_note(text: str, m: re.Match) -> tuple[int, int, int, int] | None:
    """A one-word note that capitalises the place-name element said right before it after a preposition."""
    note = m.group(1)
    if " " in note or not note[:1].isupper() or not note[1:].islower():
        return None
    low = note.casefold()
    if not (low in place_words.PLACE_WORDS or low.endswith(_PLACE_ENDINGS)) or not rules.known_word(low) \
            or rules.public(low) or low in gaz.NEVER or low in gaz.ROLE_NOUNS:
        return None
    got = _said_before(text, m.start() + 1, 1)
    if got is None or got[1][0] != low:
        return None
    before = text[max(0, got[0] - 20):got[0]].split()
    if not before or before[-1].casefold() not in _PLACE_PREP:
        return None
    return got[0], m.start(), m.start(1), m.start(1) + len(note)


def twin_finds(text: str, found) -> list[tuple[int, int, str, str, None]]:
    """The misheard words before a found note, or the note after found misheard words, with the find's kind;
    and a place-name element capitalised by its note after a place preposition, both forms."""
    out: list[tuple[int, int, str, str, None]] = []
    for said_start, said_end, note_start, note_end in _misheard(text):
        kind = _covered(text, found, note_start, note_end)
        if kind:
            out.append((said_start, said_end, kind, _SOURCE, None))
        elif kind := _covered(text, found, said_start, said_end):
            out.append((note_start, note_end, kind, _SOURCE, None))
    for said_start, said_end, note_start, note_end in _split_misheard(text):  # round 61a: "kras nitsji [Krasniqi]"
        kind = _covered(text, found, note_start, note_end)
        if kind and not any(f[0] < said_end and said_start < f[1] for f in found if f[2] in _KINDS):
            out.append((said_start, said_end, kind, _SOURCE, None))
    for m in _NOTE.finditer(text):
        place = _place_note(text, m)
        if place:
            out += [(place[0], place[1], "place", _SOURCE, None), (place[2], place[3], "place", _SOURCE, None)]
    return out
