"""Names whose hand correction in square brackets does not spell the spoken words letter for letter (round 51p).

Round 50c's `bracket_twins` writes a lower-case twin as its note writes it, so that the cased rules can read it;
that needs the note's first words to be the spoken words, and a cased rule to find the name whole. In partly
automatic transcripts many notes are the same name written differently or longer, and many names are ones no
cased rule knows by context:

- a digit or `&` where the speaker said a word: "sparebank en smn [SpareBank 1 SMN]", "ferreira og matos
  [Ferreira & Matos Engenharia]";
- a town and its country said with `i` and written with a comma: "porto i portugal [Porto, Portugal]";
- a note that ends with the spoken words: "åtte seks to to mo i rana [rettet: Ranveien 15B, 8622 Mo i Rana]";
- a note under any short label ending in a colon: `[rettet: …]`, `[korr: …]`, `[riktig: …]`, `[stavet: …]`;
- a name of several words no rule finds whole ("institute of technology of cambodia", "casa do brasil"), or of
  one word no rule knows ("og så veidekke [Veidekke] og der fikk jeg jobb");
- a place as the first part of a hyphen compound ("rana-dialekt", "gol-dialekten [Gol-dialekten]").

A note that is the spoken words capitalised is the corrector's word that they are a name. The spoken words and
the note are found together, with a kind read from the note (`University`, `Casa`, `Forum`, `AS`: an
organisation; `Mo i Rana`: a place), from what the other rules found in either, or from the words before
(`hos`, `konsulentfirma`, `og så … og der fikk jeg jobb`: a firm; `i`, `fra`, `til`, `på`: a place); each
spoken name is then found again wherever it is said in the text. A one-word note that is an ordinary word
("takk [Takk]", "barnehage [Barnehage]") names nothing unless a firm's or a place's frame stands before it, and a
platform or tool ("linkedin [LinkedIn]") names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.keep import TOOLS
from workbench.io.pseudonymize.lexicon import known_word

Find = tuple[int, int, str, str, None]

# A note, with an optional short label ending in a colon ("rettet for hånd:", "korr:", "riktig:").
_NOTE = re.compile(r"(?<=[^\W_]) \[(?:[^\W\d_][^\W\d_.]*(?: [^\W\d_]+){0,2}\.?:[ \t]*)?([^\]\n:]{1,120})\]")
_TOKEN = re.compile(r"[^\s,;]+")
_DIGITS = {"0": ("null",), "1": ("en", "ett", "ein", "én", "one"), "2": ("to", "two"), "3": ("tre", "three"),
           "4": ("fire", "four"), "5": ("fem", "five"), "6": ("seks", "six"), "7": ("sju", "syv", "seven"),
           "8": ("åtte", "eight"), "9": ("ni", "nine")}
_AND = ("og", "and", "y", "e", "und", "et", "i")
_LEGAL = re.compile(r"(?i)^(?:as|asa|ans|da|sa|llc|ltd|inc\.?|gmbh|ab|oy|co\.?|plc|sp\.|jsc|pte|s\.a\.)$")
_ORG_WORDS = re.compile(
    r"(?i)(?<![\w-])(?:universit\w*|univ\w*dad\w*|universidade\w*|institut\w*|college|school|escola|escuela"
    r"|faculdade|facultad|academy|akademi\w*|casa|associa\w*|asociaci\w*|association|forening\w*|forum|spilka"
    r"|bank\w*|sparebank\w*|gruppen|group|systems?|solutions|engenharia|ingenieros|engineering|consult\w*"
    r"|as|asa|llc|ltd|inc|gmbh|sp\.|jsc|pte|klubb\w*|club|lag|laget|senter|center|centre|datasenter)(?![\w-])")
_ORG_FRAME = re.compile(
    r"(?i)(?:\bhos|\bkonsulentfirma\w*|\bfirma\w*|\bog så|\bringte(?: til)?|\bsøkte(?: på| i| hos)?"
    r"|\bjobb(?:er|et|a)? (?:i|hos|for|på)|\bpraktikant (?:i|hos|på)|\bmed i|\bmedlem (?:av|i)|\bstuderte(?: jeg)? (?:på|ved)"
    r"|\bstudent (?:på|ved)|\bkonto(?:en)? (?:i|hos)|\bbanken|\bdet er i)\s+$")
_PLACE_FRAME = re.compile(r"(?i)\b(?:i|fra|til|på|nær|ved|utenfor|rundt|mot)\s+$")
_MOVED = re.compile(r"(?i)\b(?:flytt\w* (?:vi |jeg |dere |de )?til|bo(?:dde|r) (?:vi |jeg |de )?(?:i|på)"
                    r"|vokste (?:jeg )?opp (?:i|på)|fra|hos)\s+$")
_PLACE_SHAPE = re.compile(r"^[^\W\d_][\w'’-]* i [^\W\d_][\w'’-]*$")
_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_]{2,})-(dialekt\w*|avdeling\w*|kontor\w*|folk\w*|regionen|området"
                       r"|kanten|gjengen|miljøet|veien|vegen)(?![\w-])", re.IGNORECASE)


def _same(said: str, note: str) -> bool:
    """Whether a spoken token and a note token are the same word: the same letters, a digit said as its word,
    `&` said as `og`."""
    said, note = said.casefold(), note.casefold().rstrip(".,")
    if said == note:
        return True
    if note == "&":
        return said in _AND
    return len(note) == 1 and said in _DIGITS.get(note, ())


def _named(words: list[str]) -> bool:
    """True for note words that name something: a capitalised word the dictionary does not know, or several
    capitalised words; not one ordinary word nor an ordinary sentence."""
    caps = [w for w in words if w[:1].isupper() and any(c.isalpha() for c in w)]
    if all(w.isupper() for w in caps):  # "[BE og CE]", "[VVS]", "[B2]": letters and acronyms the other rules read
        return False
    if any(not known_word(w.lower().strip(".,'’")) for w in caps):
        return True
    return len(words) == 1 or len(caps) >= 2  # one ordinary word: named only after a frame (see `_framed`)


def _tokens(s: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(s)]


def _notes(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(start of the bracket, start and end of the note's words, note) for each note with a capital."""
    for m in _NOTE.finditer(text):
        note = m.group(1)
        if note.strip() and any(c.isupper() for c in note):
            yield m.start(), m.start(1), m.end(1), note


def _twins(text: str) -> Iterator[tuple[int, int, int, int, str]]:
    """(spoken start, spoken end, note start, note end, how) for each note that spells the spoken words before
    it: its first words (`head`), its words with commas said as `i` (`comma`), or its last words (`tail`)."""
    for bracket, nstart, nend, note in _notes(text):
        line_start = text.rfind("\n", 0, bracket) + 1
        spoken = _tokens(text[line_start:bracket], line_start)
        words = _tokens(note, nstart)
        if not spoken or not words:
            continue
        # head: the spoken words end with the note's first k words (a legal form at the end may be left out)
        for k in range(min(len(words), len(spoken)), 0, -1):
            pairs = zip(spoken[-k:], words[:k], strict=True)
            if all(_same(s[2], w[2]) for s, w in pairs) and _named([w[2] for w in words[:k]] + [
                    w[2] for w in words[k:] if not _LEGAL.match(w[2])]):
                yield spoken[-k][0], spoken[-1][1], nstart, nend, "head"
                break
        else:
            parts = [p.strip() for p in note.split(",")]
            said = " i ".join(parts).casefold()
            low = text[line_start:bracket].casefold()
            if len(parts) >= 2 and all(parts) and low.endswith(said) and (
                    len(low) == len(said) or not low[-len(said) - 1].isalnum()) and all(p[:1].isupper() for p in parts):
                yield bracket - len(said), bracket, nstart, nend, "comma"
                continue
            for k in range(min(len(words), len(spoken)), 0, -1):
                pairs = zip(spoken[-k:], words[-k:], strict=True)
                if all(_same(s[2], w[2]) for s, w in pairs) and _named([w[2] for w in words[-k:]]) \
                        and words[-k][2][:1].isupper():
                    yield spoken[-k][0], spoken[-1][1], words[-k][0], nend, "tail"
                    break


def _kind(text: str, start: int, note: str, found: list, spans: tuple[tuple[int, int], ...]) -> str:
    """The kind of a noted name: from the note's words, the note's shape, the other rules' finds, the words before."""
    if _ORG_WORDS.search(note):
        return "org"
    if _PLACE_SHAPE.match(note.strip()):
        return "place"
    before = text[max(0, text.rfind("\n", 0, start) + 1, start - 40):start]
    if _ORG_FRAME.search(before):
        return "org"
    kinds = [f for f in found if f[2] in ("person", "place", "org")
             and any(f[0] < e and s < f[1] for s, e in spans)]
    if kinds:
        return max(kinds, key=lambda f: f[1] - f[0])[2]
    if _PLACE_FRAME.search(before):
        return "place"
    return "person"


def noted_names(text: str, found: list) -> list[Find]:
    """Spoken names and their notes where the note spells the spoken words (with digits, `&`, commas or more
    words), each spoken name found again where it is said elsewhere, and places before a hyphen compound."""
    out: list[Find] = []
    said: dict[str, str] = {}
    for s, e, ns, ne, how in _twins(text):
        note = text[ns:ne]
        words = note.split()
        if how == "head" and len(words) == 1 and known_word(words[0].lower()) and not _framed(text, s) \
                and not _COMPOUND.fullmatch(words[0]):
            continue  # "takk [Takk]", "barnehage [Barnehage]": an ordinary word
        if all(w.casefold().strip(".,") in gaz.NEVER or w.casefold() in TOOLS for w in words):
            continue  # "linkedin [LinkedIn]", "itil [ITIL]": a platform or a tool
        head = _COMPOUND.fullmatch(text[s:e])
        if head:  # "gol-dialekten [Gol-dialekten]": the place is the first part
            out += [(s, s + len(head.group(1)), "place", "rule:noted-name", None),
                    (ns, ns + len(head.group(1)), "place", "rule:noted-name", None)]
            said.setdefault(head.group(1).casefold(), "place")
            continue
        if how == "comma":  # "porto i portugal [Porto, Portugal]": each part a place
            pos = s
            for part in note.split(","):
                part = part.strip()
                at = text.casefold().index(part.casefold(), pos)
                out.append((at, at + len(part), "place", "rule:noted-name", None))
                pos = at + len(part)
                said.setdefault(part.casefold(), "place")
            for m in re.finditer(r"[^,]+", note):
                piece = m.group().strip()
                if piece:
                    a = ns + m.start() + m.group().index(piece)
                    out.append((a, a + len(piece), "place", "rule:noted-name", None))
            continue
        kind = _kind(text, s, note, found, ((s, e), (ns, ne)))
        out += [(s, e, kind, "rule:noted-name", None), (ns, ne, kind, "rule:noted-name", None)]
        said.setdefault(text[s:e].casefold(), kind)
        if _PLACE_SHAPE.match(note.strip()):  # "bø i telemark": "en bonde fra bø"
            for part in text[s:e].casefold().split(" i "):
                said.setdefault(part, "place")
    out += _again(text, said, out)
    out += _compounds(text, found + out)
    return out


def _framed(text: str, start: int, place: bool = False) -> bool:
    """Whether the words before `start` are a frame for a firm or a place ("hos", "og så", "flyttet til"); a
    bare `på` or `i` only for a word the text names as a place elsewhere (`place`: "gol-dialekten", "på gol")."""
    before = text[max(0, text.rfind("\n", 0, start) + 1, start - 40):start]
    return bool(_ORG_FRAME.search(before) or _MOVED.search(before)
                or (place and re.search(r"(?i)\b(?:på|i)\s+$", before)))


def _again(text: str, said: dict[str, str], out: list[Find]) -> list[Find]:
    """Each spoken name said again elsewhere in the text; a single ordinary word only after a frame."""
    more: list[Find] = []
    low = text.casefold()
    for name, kind in said.items():
        if len(name) < 2:
            continue
        plain = " " not in name and known_word(name)
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", low):
            if plain and not _framed(text, m.start(), kind == "place"):
                continue
            if not any(f[0] <= m.start() and m.end() <= f[1] for f in out):
                more.append((m.start(), m.end(), kind, "rule:noted-name", None))
    return more


def _compounds(text: str, found: list) -> list[Find]:
    """The place before a hyphen compound ("rana-dialekt") when the text names that place elsewhere."""
    places = {text[f[0]:f[1]].casefold() for f in found if f[2] == "place"}
    places |= {w for p in places for w in p.split() if len(w) >= 3}
    return [(m.start(1), m.end(1), "place", "rule:noted-name", None) for m in _COMPOUND.finditer(text)
            if m.group(1).casefold() in places]
