"""Lower-case words followed by their hand correction in square brackets (round 50c).

A partly automatic transcript is written in lower case by a recogniser, and whoever checked it put the
proper spelling after a name in square brackets: "nå er vi på ytrebygda [Ytrebygda] skole", "praksiskandidat
hos fana rør og varme [Fana Rør og Varme AS]", "nei unnskyld norsk arbeidsmandsforbund [Norsk
Arbeidsmandsforbund]", "cochin university [Cochin University of Science and Technology]". The words before the
note and the note's first words are the same words (the twin), and the note's capitals say how they are
written. Round 49c made such notes not count when judging whether a text has case, and so the cased rules,
which read capitals in context, met the capitalised name only alone inside its brackets, with no frame
(`på … skole`, `hos …`, a correction after `nei unnskyld`) to read, and the lower-case twin was left to the
caseless rules.

`cased` gives the rules a view of the text in which each lower-case twin is written as its note writes it
("på Ytrebygda [Ytrebygda] skole"), at the same offsets; what a rule finds in either of the two is then found
in the other by the rules that find a name again. `uncased` undoes it for the judgement of case, so the view is
judged as the recogniser's text was. A twin is the whole note or its first words (a legal form, `AS`,
`LLC`, left out at the end, or the note's words that the speaker did not say: "haukeland [Haukeland
universitetssjukehus]"), right before the note, in lower case; a note that is a single word which the
dictionary knows and the speaker said in lower case ("barnehage [Barnehage]", "takk [Takk]") gives no name.
Round 60a: the recogniser writes no letters Norwegian lacks, so a twin may differ from its note in diacritics
as well as in case ("cemo [Ćemo]", "sasa [Saša]", "dorde [Đorđe]"); the words are compared without them, and
a note without a capital ("kafe [kafé]", "ide [idé]") is still no name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# round 51p: any short label ending in a colon ("rettet for hånd:", "korr:", "riktig:", "stavet:")
_NOTE = re.compile(r"(?<=[^\W_]) \[(?:[^\W\d_][^\W\d_.]*(?: [^\W\d_]+){0,2}\.?:[ \t]*)?([^\]\n:]{1,120})\]")
_WORD = re.compile(r"\S+")


def _folded(words: str) -> str:
    """`words` in lower case without diacritics (round 60a: "cemo" is the twin of "Ćemo", "zeljko" of "Željko")."""
    plain = unicodedata.normalize("NFD", words.casefold().replace("đ", "d"))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _twins(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, note spelling) of each run of words right before a note that the note's first words spell."""
    for m in _NOTE.finditer(text):
        note = m.group(1).strip()
        if not any(c.isupper() for c in note) or note != m.group(1).lstrip():
            continue
        words = list(_WORD.finditer(note))
        for n in range(len(words), 0, -1):  # the whole note first, then its first words
            said = note[:words[n - 1].end()]
            start = m.start() - len(said)
            if start < 0 or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’")):
                continue
            if _folded(text[start:m.start()]) == _folded(said) and len(said.casefold()) == len(said) \
                    and m.start() - start == len(said):
                yield start, m.start(), said
                break


# A borough or neighbourhood names the institution after it: "på kampen [Kampen] skole", "lade [Lade] sykehjem".
_INSTITUTION = re.compile(r"\][ \t]+(?:skole|skule|barneskole|ungdomsskole|sykehjem|barnehage|bo- og behandlingssenter"
                          r"|omsorgssenter|helsestasjon|bydelshus|kirke|menighet|idrettslag)(?![\w-])")


def _plain_word(text: str, note_start: int, said: str) -> bool:
    """True for a one-word note that is an ordinary word ("Barnehage", "Takk") and names no institution: no name."""
    from workbench.io.pseudonymize import rules

    if " " in said or not said[:1].isupper() or not said[1:].islower():
        return False
    if _INSTITUTION.match(text, text.index("]", note_start)):
        return False
    low = said.lower()
    return rules.known_word(low)


def _named(said: str) -> bool:
    """True when some word of the note is a capitalised word of three letters or more ("BE og CE" is none)."""
    return any(len(w) >= 3 and w[:1].isupper() for w in said.split())


def cased(text: str) -> str:
    """The text with each lower-case twin of a note written as the note writes it, at the same offsets."""
    out = text
    for start, end, said in _twins(text):
        if text[start:end].islower() and text[start:end] != said and _named(said) and not _plain_word(text, end, said):
            out = out[:start] + said + out[end:]
    return out


def uncased(text: str) -> str:
    """The text with each twin that is written as its note in lower case again (for judging case)."""
    out = text
    for start, end, said in _twins(text):
        if text[start:end] == said and said != said.lower() and len(said.lower()) == len(said):
            out = out[:start] + said.lower() + out[end:]
    return out


def twins_again(text: str, found) -> list[tuple[int, int, str, str, None]]:
    """The twin of each find that covers a twin or its note whole: the note's words where the spoken words were
    found, the spoken words where the note's were."""
    out: list[tuple[int, int, str, str, None]] = []
    for start, end, said in _twins(text):
        if not _named(said):
            continue
        note = text.index(said, end)  # the note's first words: the same words, written
        pairs = ((start, note), (note, start))
        for (a, b) in pairs:
            for f in found:
                if f[2] in ("person", "place", "org") and f[0] <= a and a + len(said) <= f[1]:
                    out.append((b, b + len(said), f[2], "rule:bracket-twin", None))
                    break
    return out
