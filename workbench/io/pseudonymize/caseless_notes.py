"""Hand-corrected caseless speech: what a checker's note in brackets says about the words around it (round 55c).

A recogniser writes speech in lower case and whoever checks the transcript puts the right spelling after a word
in square brackets. `bracket_twins`, `noted_names` and `misheard_twins` pair a note with the words right before
it when they are the same words, or sound alike word for word. Five kinds of note were still left half found:

- a note that covers only the first names, the surname said right after it: "kjell arne [Kjell-Arne] rud og sa".
  Policy: when the note (or its twin) is a found person and holds only first names (one word, or listed given
  names), the next lower-case word is the rest of the name when it is no function word, no everyday word, and a
  pronoun, a function word, a verb of saying or the end of the line follows it, and, when it is a common word
  ("adresse", "barnehage"), it is a listed surname; it is found again elsewhere. Round 57b: a note
  that is a listed place names no first name, even where the full pipeline's model took it for a person ("i hanoi
  [Hanoi] elektronikk": a subject studied after the town).
- spoken words that the note splits differently: "lille hammer [Lillehammer]", "bane service [Baneservice]",
  "fosenbygg [Fosen Bygg]". Policy: words whose letters, spaces and hyphens set aside, are the note's letters,
  split into a different number of words, take the note's kind (found, a listed place, a listed given name, or an
  organisation when the joined word is no dictionary word or stands after `hos`/`gjennom`); both are found.
- an acronym note whose spoken twin is a dictionary word, followed by its expansion in a note of its own: "knust
  [KNUST] kwame nkrumah university of science and technology [Kwame Nkrumah …]". Policy: an acronym note whose
  letters are the initials of the next note's capitalised words names the same body; all four spans are one
  organisation, unless the expansion is a public or national body.
- a short name after a kin noun: "min kone ama [Ama] kommer". Policy: after `kone`, `mann`, `datter`, `sønn`,
  `mor`, `bror` … a lower-case word whose note is the same word capitalised is a person unless it is a common
  word ("min datter går [Går]"). Round 68b: a listed first name that is also a common word (`gro`, `liv`, `sol`) is a
  person there too when a verb of speech or contact (`sier`, `sa`, `ringte`) follows its note: "holmsens
  [Holmsens] kone gro [Gro] sier"; after the kin noun the word is the subject, and a verb cannot stand before the
  subject's own verb. The name and its note are found again wherever they are said together.
- a note holding the written form of an identifier: "[kwameasante22@gmail.com]", "[1822.18.44943]", "[MA-4412]",
  a postcode "[4612]" in a line with an address or postcode. Policy: the note is judged as written text (a
  lettered case number `AB-1234` is a case number; four digits said digit by digit in a line that already holds
  an address or postcode are a postcode), and the spoken words right before it that spell it (digit words,
  `punktum`, `strek`, letters; an e-mail's local part with its digits in words) get the note's kind.
Clock times, amounts and years in notes (`[14.30]`, `[350 kroner]`, `[2019]`) are not said digit by digit and
are left alone, as are notes of ordinary words and public bodies.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import caseless, lexicon

Find = tuple[int, int, str, str, None]

_NOTE = re.compile(r"(?<=[^\W_]) \[([^\[\]\n]{1,120})\]")
_WORD = re.compile(r"[^\W_][\w'’@.-]*(?<![.])")
_NAME_KINDS = ("person", "place", "org")
_DIGIT = {"null": "0", "en": "1", "ett": "1", "én": "1", "ein": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5",
          "seks": "6", "sju": "7", "syv": "7", "åtte": "8", "ni": "9"}
_SEPARATORS = frozenset("punktum strek bindestrek skråstrek komma".split())
_SOURCE = "rule:caseless-note"
_ID_SOURCE = "identifier"
_KIN = frozenset("""kone kona konen mann mannen datter dattera datteren sønn sønnen mor mora moren far faren bror
broren søster søstera søsteren samboer samboeren kjæreste kjæresten svigermor svigerfar onkel tante fetter kusine
bestemor bestefar""".split())
_POSSESSIVE = frozenset("min mi mitt mine vår våre hans hennes deres sin si".split())
# Words that end a name said in running speech: pronouns, conjunctions and verbs of saying or being.
_AFTER_NAME = frozenset("""og men som han hun de den det jeg vi er var har hadde sa sier ringte jobber jobbet kom
kommer fra i på hos ble blir skal kan vil fikk""".split())
_SPEECH_VERBS = caseless._PERSON_VERBS  # "sier", "sa", "ringte", "mener": verbs of speech and contact
_LETTERED = re.compile(r"([A-ZÆØÅ]{1,4})-(\d{3,8})")
_EMAIL = re.compile(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
_ACCOUNT_LIKE = re.compile(r"\d[\d. ]{3,20}\d")
_FIRM_BEFORE = re.compile(r"(?<![\w-])(?:hos|gjennom)[ \t]+$", re.I)
_POSTCODE_LINE = re.compile(r"(?<![\w-])(?i:postnummer\w*|adresse\w*)(?![\w-])")


def _fold(word: str) -> str:
    low = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in low if not unicodedata.combining(c))


def _words_before(text: str, at: int, limit: int = 24) -> list[re.Match]:
    """The words of the line before `at`, nearest last (at most `limit`)."""
    line_start = text.rfind("\n", 0, at) + 1
    head = text.rfind("]", line_start, at)  # never reach back across an earlier note
    return list(_WORD.finditer(text, max(line_start, head + 1), at))[-limit:]


def _overlaps(found, start: int, end: int, kinds=_NAME_KINDS) -> str | None:
    return next((f[2] for f in found if f[2] in kinds and f[0] < end and start < f[1]), None)


def _twin(text: str, m: re.Match) -> tuple[int, int] | None:
    """The words right before a note that are its words, split as the note splits them or not."""
    note = "".join(c for c in _fold(m.group(1)) if c.isalnum())
    words = _words_before(text, m.start(), 6)
    for k in range(1, len(words) + 1):
        said = "".join(c for w in words[-k:] for c in _fold(w.group(0)) if c.isalnum())
        if said == note:
            return words[-k].start(), words[-1].end()
        if len(said) > len(note):
            return None
    return None


def _first_names(note: str) -> bool:
    parts = [p for p in re.split(r"[ \t-]+", note) if p]
    if not parts or len(parts) > 3 or not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts):
        return False
    return len(parts) == 1 or all(lexicon.listed(p, gaz.GIVEN_NAMES) for p in parts)


def _surnames(text: str, found) -> list[Find]:
    """"kjell arne [Kjell-Arne] rud": the lower-case word after a first-name note is the surname."""
    out: list[Find] = []
    after = re.compile(r"[ \t]+([a-zæøåäöüéè]{3,20})(?=([ \t]+[a-zæøå]+|[ \t]*(?:[.,!?]|\n|$)))")
    for m in _NOTE.finditer(text):
        twin = _twin(text, m)
        note = m.group(1).strip()
        genitive = note.endswith("s") and (lexicon.listed(note[:-1], gaz.GIVEN_NAMES)
                                           or re.search(rf"(?<![\w-]){re.escape(note[:-1])}(?![\w-])", text, re.I))
        if not _first_names(note) or twin is None or genitive or lexicon.listed(note, gaz.PLACES):
            continue  # "håvards [Håvards] kolleger": a genitive, the next word is what is his
        if "person" not in (_overlaps(found, m.start(1), m.end(1)), _overlaps(found, *twin)):
            continue
        n = after.match(text, m.end())
        if not n:
            continue
        word, nxt = n.group(1), n.group(2).strip().casefold()
        if (word in gaz.FUNCTION_WORDS or word in _AFTER_NAME or word in _DIGIT or lexicon.everyday(word)
                or (lexicon.frequent(word, 4.0) and not lexicon.listed(word, gaz.SURNAMES))  # "[Kvaløya] adresse"

                or lexicon.public(word) or (nxt and nxt not in _AFTER_NAME and nxt not in gaz.FUNCTION_WORDS)):
            continue
        out.extend((w.start(1), w.end(1), "person", _SOURCE, None)
                   for w in re.finditer(rf"(?<![\w-])({re.escape(word)}s?)(?![\w-])", text, re.I))
    return out


def _split_twins(text: str, found) -> list[Find]:
    """"lille hammer [Lillehammer]", "fosenbygg [Fosen Bygg]": the same letters split otherwise."""
    out: list[Find] = []
    for m in _NOTE.finditer(text):
        note = m.group(1).strip()
        if not note[:1].isupper() or not all(p.isalpha() for p in re.split(r"[ -]", note)) or note.count(" ") > 2:
            continue
        twin = _twin(text, m)
        if twin is None or len(text[twin[0]:twin[1]].split()) == len(note.split()):
            continue
        joined = _fold(note.replace(" ", "").replace("-", ""))
        if lexicon.public(joined) or lexicon.everyday(joined):
            continue
        kind = _overlaps(found, m.start(1), m.end(1)) or _overlaps(found, *twin)
        if kind is None:
            if joined in gaz.PLACES:
                kind = "place"
            elif all(lexicon.listed(p, gaz.GIVEN_NAMES) for p in note.split()):
                kind = "person"
            elif not lexicon.known_word(joined) or _FIRM_BEFORE.search(text, 0, twin[0]):
                kind = "org"
        if kind:
            out += [(twin[0], twin[1], kind, _SOURCE, None), (m.start(1), m.end(1), kind, _SOURCE, None)]
            out.extend((w.start(), w.end(), kind, _SOURCE, None)
                       for w in re.finditer(rf"(?<![\w-]){re.escape(joined)}(?![\w-])", text, re.I))
    return out


def _initials(expansion: str) -> str:
    return "".join(w[0] for w in expansion.replace("-", " ").split() if w[:1].isupper())


def _acronym_expansions(text: str, found) -> list[Find]:
    """"knust [KNUST] kwame nkrumah university … [Kwame Nkrumah University …]": one body, four spans."""
    out: list[Find] = []
    notes = list(_NOTE.finditer(text))
    for a, b in pairwise(notes):
        acro, expansion = a.group(1).strip(), b.group(1).strip()
        between = text[a.end():b.start()]
        if (not re.fullmatch(r"[A-ZÆØÅ]{2,6}", acro) or "\n" in between or len(between.split()) > 12
                or _initials(expansion) != acro or len(expansion.split()) < 2):
            continue
        words = expansion.split()
        if lexicon.national_body(words) or lexicon.public(_fold(expansion)) or lexicon.public(acro.casefold()):
            continue
        spans = [(a.start(1), a.end(1)), (b.start(1), b.end(1))]
        before = _words_before(text, a.start(), 1)
        if before and _fold(before[-1].group(0)) == _fold(acro):
            spans.append((before[-1].start(), before[-1].end()))
        body = _twin(text, b)
        if body and body[0] >= a.end():
            spans.append(body)
        out.extend((s, e, "org", _SOURCE, None) for s, e in spans)
    return out


def _kin_names(text: str, found) -> list[Find]:
    """"min kone ama [Ama] kommer": a word after a kin noun whose note capitalises it is a person."""
    out: list[Find] = []
    for m in _NOTE.finditer(text):
        note = m.group(1).strip()
        words = _words_before(text, m.start(), 4)
        if len(words) < 2 or not note.isalpha() or not note[:1].isupper() or note[1:] != note[1:].lower():
            continue
        word = words[-1]
        if word.group(0) != note.casefold():
            continue
        kin = [w.group(0).casefold() for w in words[-3:-1]]
        if kin[-1] in _POSSESSIVE and len(kin) > 1:
            kin = kin[:-1]
        if kin[-1] not in _KIN or word.group(0) in gaz.FUNCTION_WORDS:
            continue
        if lexicon.frequent(word.group(0), 4.0) and not _speaking_name(text, word.group(0), m.end()):
            continue
        if lexicon.public(word.group(0)):
            continue
        out += [(word.start(), word.end(), "person", _SOURCE, None), (m.start(1), m.end(1), "person", _SOURCE, None)]
    return out + _noted_again(text, {text[f[0]:f[1]] for f in out[::2]})


def _noted_again(text: str, names: set[str]) -> list[Find]:
    """Round 68b: each kin name said again with the same capitalising note ("liv [Liv] sier «ikkje»"), both found."""
    out: list[Find] = []
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)} \[({re.escape(name.capitalize())})\]", text):
            out += [(m.start(), m.start() + len(name), "person", _SOURCE, None),
                    (m.start(1), m.end(1), "person", _SOURCE, None)]
    return out


def _speaking_name(text: str, word: str, after: int) -> bool:
    """Round 68b: a listed first name (`gro`) with a verb of speech or contact right after its note ("sier")."""
    nxt = _WORD.match(text, after + 1) if text[after:after + 1] == " " else None
    return lexicon.listed(word, gaz.GIVEN_NAMES) and nxt is not None and nxt.group(0) in _SPEECH_VERBS


def _said_reading(words: list[re.Match]) -> tuple[str, str] | None:
    """(letters, digits) that words said aloud spell: digit words as digits, separators dropped."""
    letters, digits = [], []
    for w in words:
        low = w.group(0).casefold()
        if low in _DIGIT:
            digits.append(_DIGIT[low])
        elif low in _SEPARATORS:
            continue
        elif low.isalpha() and not digits:
            letters.append(low)
        else:
            return None
    return "".join(letters), "".join(digits)


def _said_twin(text: str, m: re.Match, letters: str, digits: str, letters_first: bool = True) -> tuple[int, int] | None:
    """The longest run of words right before a note that says its letters and digits."""
    words = _words_before(text, m.start(), 24)
    best = None
    for k in range(1, len(words) + 1):
        part = words[-k:]
        if part[0].group(0).casefold() in _SEPARATORS:
            continue
        reading = _said_reading(part)
        if reading is None:
            break
        if reading == (_fold(letters), digits):
            best = (part[0].start(), part[-1].end())
    return best


def _written_notes(text: str, found) -> list[Find]:
    """Notes that hold an identifier as written, and the words said right before them."""
    out: list[Find] = []
    for m in _NOTE.finditer(text):
        note = m.group(1).strip()
        kind = _overlaps(found + out, m.start(1), m.end(1), kinds=tuple(_ID_KINDS))
        lettered = _LETTERED.fullmatch(note)
        if kind is None and lettered:
            kind = "casenr"
        line_start = text.rfind("\n", 0, m.start()) + 1
        if kind is None and re.fullmatch(r"\d{4}", note) and (
                _overlaps(found + out, line_start, m.start(), kinds=("address", "postcode"))
                or _POSTCODE_LINE.search(text, line_start, m.start())):
            kind = "postcode" if _said_twin(text, m, "", note) else None
        if kind is None:
            continue
        mail = _EMAIL.fullmatch(note)
        if mail:
            local = "".join(c for c in _fold(mail.group(1)) if c.isalnum())
            twin = _mail_twin(text, m, local)
        elif lettered:
            twin = _said_twin(text, m, lettered.group(1), lettered.group(2))
        elif _ACCOUNT_LIKE.fullmatch(note) or note.isdigit():
            twin = _said_twin(text, m, "", re.sub(r"\D", "", note))
        else:
            twin = None
        out.append((m.start(1), m.end(1), kind, _ID_SOURCE, None))
        if twin:
            out.append((twin[0], twin[1], kind, _ID_SOURCE, None))
    return out


_ID_KINDS = ("number", "email", "phone", "account", "postcode", "casenr", "passport", "fnr", "dnr", "orgnr", "hpr")


def _mail_twin(text: str, m: re.Match, local: str) -> tuple[int, int] | None:
    """"kwame asante to to [kwameasante22@gmail.com]": the words that spell the e-mail's local part."""
    words = _words_before(text, m.start(), 10)
    for k in range(1, len(words) + 1):
        said = "".join(_DIGIT.get(w.group(0).casefold(), _fold(w.group(0))) for w in words[-k:])
        if said == local and k > 1:
            return words[-k].start(), words[-1].end()
        if len(said) > len(local):
            return None
    return None


def new_finds(text: str, found, keep) -> list[Find]:
    """Everything the five note policies add, outside the kept spans."""
    more = _surnames(text, found) + _split_twins(text, found) + _acronym_expansions(text, found) + _kin_names(text, found)
    more += _written_notes(text, found + more)
    return [f for f in more if not any(a < f[1] and f[0] < b for a, b in keep)]
