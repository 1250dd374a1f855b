"""Caseless, hand-corrected speech: the spoken run before a note that holds its written form (round 56c).

A recogniser writes speech in lower case and a checker puts the written form after it in square brackets.
`bracket_twins` and `caseless_notes` pair some shapes of note with the words before it; held-out 59 showed that the
pairing must be general: "en te en u [NTNU]", "have bris drift [Havbris Drift AS]", "k tre åtte åtte … [K38817460]",
"shirin m nitti at gmail [shirinm90@gmail.com]", "langveien [Langveien] atten seks fem null ni kristian sund n
[Langveien 18, 6509 Kristiansund N]", "niende august nittinitti [09.08.1990]", "vi kaller ham jo [Jo]".

Policy: when a note in a caseless line is (or contains) something replaced — a name, place, organisation, or an
identifier by its written shape (an e-mail, a passport code, a date after a birth question) — the spoken words right
before it that say the same thing get the same kind. The extent of the run is decided by alignment, not by word
lists: the note's letters and digits against readings of the spoken words (number words as digits, single letters
and letter names as letters, `at`/`krøllalfa` as `@`, `punktum` and the slash and dash words as nothing (round 57a:
`stripe` and `skrå strek` too, "tjuefire stripe null seks seks en to [24/06612]"), words split or joined, one
misheard letter in a long word); an earlier note inside the run is stepped over; a legal form or a web domain's last part
left unsaid may end the note. A title before a name stays outside ("professor helge [Helge]": the name is `helge`).
A name note with nothing found in it is a person only when it is a listed given name or comes after `kaller
ham/henne/meg` ("vi kaller ham jo [Jo]") or a title; notes of ordinary words, public bodies, clock times, amounts
and years are left alone. Two more policies of the round stand here because they concern the same dates and terms:
a birth date said as an ordinal day and an ordinal month after `født` keeps its `den` ("født … den sjette i
fjerde åttitre"), and capital-letter terms in a list of three or more acronyms after a colon, with no work or
membership frame, are no organisations ("det er engelsk uansett: CMYK, DPI, RIP og så videre").
"""

from __future__ import annotations

import re
import unicodedata

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lettered_ids, lexicon
from workbench.io.pseudonymize.spoken_numbers import NUMBER_JOINERS

Find = tuple[int, int, str, str, None]

_NOTE = re.compile(r"\[([^\[\]\n]{1,120})\]")
_WORD = re.compile(r"[^\W_]+")
_SOURCE = "rule:note-alignment"
_NAME_KINDS = ("person", "place", "org")
_ID_KINDS = ("email", "phone", "account", "postcode", "address", "casenr", "passport", "fnr", "dnr", "orgnr", "hpr",
             "number", "date", "birthdate", "url")
_ONES = {"null": 0, "en": 1, "ett": 1, "én": 1, "ein": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
         "sju": 7, "syv": 7, "åtte": 8, "ni": 9}
_TEENS = "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split()
_TENS = "tjue tretti førti femti seksti sytti åtti nitti".split()
_LETTER_NAMES = {"a": "a", "be": "b", "ce": "c", "se": "c", "de": "d", "e": "e", "ef": "f", "eff": "f", "ge": "g",
                 "gje": "g", "ha": "h", "hå": "h", "i": "i", "je": "j", "jott": "j", "ka": "k", "kå": "k", "el": "l",
                 "ell": "l", "em": "m", "en": "n", "o": "o", "pe": "p", "ku": "q", "er": "r", "ess": "s", "te": "t",
                 "u": "u", "ve": "v", "eks": "x", "y": "y", "sett": "z", "æ": "æ", "ø": "ø", "å": "å"}
_AT_WORDS = frozenset("at krøllalfa alfakrøll".split())
_SILENT = frozenset("punktum dot understrek".split()) | NUMBER_JOINERS  # r57a: "tjuefire stripe null … [24/06612]"
_UNSAID_TAILS = frozenset("as asa sa ba da ans ks nuf com no org net se dk eu".split())
_TITLES = frozenset("""professor professoren doktor dr lege legen dosent lektor rektor direktør sjef sjefen pastor
prest presten imam""".split())
_NAMING = re.compile(r"(?<![\w-])(?:kaller|kalte|kalles|heter|het)[ \t]+(?:ham|han|henne|hun|meg|oss|dem|de|seg)?"
                     r"[ \t]*$")
_DATE_NOTE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})")
_PASSPORT = re.compile(r"[A-ZÆØÅ]{1,2}\d{6,9}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBER_PART = ("(?:tjue|tyve|tretti|førti|femti|seksti|sytti|åtti|nitti|ti|elleve|tolv|tretten|fjorten|femten|seksten"
                "|sytten|atten|nitten|en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|tusen|hundre|og)")
_DATE_BEFORE = re.compile(rf"(?i:(?:den[ \t]+)?([a-zæøå-]+)[ \t]+(?:i[ \t]+)?([a-zæøå]+)"
                          rf"(?:[ \t]+{_NUMBER_PART}(?:[ \t-]?{_NUMBER_PART})*)?)[ \t]*$")
_BIRTH_WORD = re.compile(r"(?<![\w-])(?i:født|fødd|fødsels\w*)(?![\w-])")
_ORDINALS = ("første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte trettende "
             "fjortende femtende sekstende syttende attende nittende tjuende").split()
_MONTHS = "januar februar mars april mai juni juli august september oktober november desember".split()


def _fold(word: str) -> str:
    low = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in low if not unicodedata.combining(c) or c == "\u030a")


def _plain(word: str) -> str:
    return unicodedata.normalize("NFC", _fold(word))


def _number(word: str) -> set[str]:
    """Digits a number word says: "seks" -> 6, "atten" -> 18, "nitti" -> 90 or 9 (before a one), "sekstito" -> 62."""
    if word in _ONES:
        return {str(_ONES[word])}
    if word in _TEENS:
        return {str(10 + _TEENS.index(word))}
    for t, tens in enumerate(_TENS):
        if word == tens:
            return {f"{t + 2}0", str(t + 2)}
        if word.startswith(tens) and word[len(tens):] in _ONES and _ONES[word[len(tens):]] > 0:
            return {f"{t + 2}{_ONES[word[len(tens):]]}"}
    return set()


def _readings(word: str) -> set[str]:
    low = _plain(word)
    if low in _AT_WORDS:
        return {"@", low}
    if low in _SILENT:
        return {""}
    out = {low} | _number(low)
    if low in _LETTER_NAMES:
        out.add(_LETTER_NAMES[low])
    return out


def _near(a: str, b: str) -> bool:
    """One letter added, dropped or changed ("have" for "hav"), in words of four letters or more."""
    if len(a) < 4 or abs(len(a) - len(b)) > 1 or a[:2] != b[:2]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _heard_letter(word: str, target: str, pos: int, lettered: int) -> set[str]:
    """Round 64b: a document number's letter whose name the recogniser misheard ("fe", "zet", "ay") reads as that
    letter where the note's leading letters stand and the word, of two or three letters, holds it."""
    low = _plain(word)
    if pos < lettered and 2 <= len(low) <= 3 and low.isalpha() and target[pos] in low:
        return {target[pos]}
    return set()


def _align(words: list[str], target: str, tails: set[int], lettered: int = 0) -> list[tuple[int, int]] | None:
    """Where each word's reading lies in the target (start, end), or None; the whole target is said, up to tails.
    The first `lettered` characters are a document number's letters (`_heard_letter`)."""
    states: list[tuple[int, list[tuple[int, int]], bool]] = [(0, [], False)]
    for word in words:
        nxt = []
        for pos, path, fuzzy in states:
            for r in _readings(word) | _heard_letter(word, target, pos, lettered):
                if target.startswith(r, pos):
                    nxt.append((pos + len(r), [*path, (pos, pos + len(r))], fuzzy))
                if not fuzzy and r == _plain(word) and r.isalpha():
                    for n in (len(r) - 1, len(r), len(r) + 1):
                        if pos + n <= len(target) and _near(r, target[pos:pos + n]):
                            nxt.append((pos + n, [*path, (pos, pos + n)], True))
        states = nxt[:64]
        if not states:
            return None
    for pos, path, _ in states:
        if pos == len(target) or pos in tails:
            return path
    return None


def _target(note: str, offset: int) -> tuple[str, list[int], set[int]]:
    """The note's letters, digits and `@` folded, each char's text offset, and the positions where an unsaid tail may
    start (a legal form, a web domain's last part)."""
    chars, where, tails = [], [], set()
    tokens = list(re.finditer(r"[^\W_]+|@", note))
    for k, t in enumerate(tokens):
        if all(_plain(u.group(0)) in _UNSAID_TAILS for u in tokens[k:]) and k > 0:
            tails.add(len(chars))
        for i, c in enumerate(t.group(0)):
            folded = _plain(c)
            chars.append(folded)
            where.extend([offset + t.start() + i] * len(folded))
    return "".join(chars), where, tails


#: Round 70a: a word the capitals view wrote as its note ("papirer. UDI [UDI] har") says nothing of the line's case.
_TWINS = re.compile(r"(?<![\w-])([A-ZÆØÅ0-9]{2,})[ \t]+\[\1\]")


def _caseless_line(text: str, start: int, end: int) -> bool:
    """Speech written in lower case: the line's first spoken word and every word after a full stop are lower case
    (names may already be read with capitals upstream, so those are not counted)."""
    label = text.find(": ", start, end)
    spoken = _NOTE.sub(" ", _TWINS.sub(" ", text[label + 2 if label != -1 else start:end]))  # r70a: "udi [UDI]"
    first = _WORD.search(spoken)
    lower = bool(first) and (first.group(0).islower() or text.startswith(" [", (label + 2 if label != -1 else start)
                                                                       + first.end()))
    return lower and not re.search(r"[.!?][ \t]+[A-ZÆØÅ]", spoken)


def _spoken_words(text: str, line_start: int, at: int) -> list[re.Match]:
    """The words said on the line before `at`, notes stepped over, after the speaker's label."""
    label = text.find(": ", line_start, at)
    begin = label + 2 if label != -1 else line_start
    notes = [(n.start(), n.end()) for n in _NOTE.finditer(text, begin, at)]
    words = [w for w in _WORD.finditer(text, begin, at) if not any(a <= w.start() < b for a, b in notes)]
    return words[-16:]


def _kind_at(found, pos: int) -> str | None:
    """The kind of the widest find over `pos`, an identifier before a name."""
    over = [f for f in found if f[0] <= pos < f[1] and f[2] in _NAME_KINDS + _ID_KINDS]
    over.sort(key=lambda f: (f[2] not in _ID_KINDS, f[0] - f[1]))
    return over[0][2] if over else None


def _shape_kind(text: str, note: str, note_start: int, run_start: int) -> str | None:
    """The kind a note nothing was found in has by its written shape or its frame."""
    if _EMAIL.fullmatch(note):
        return "email"
    if _PASSPORT.fullmatch(note):
        return "passport"
    parts = note.split()
    if not parts or len(parts) > 2 or not all(p.isalpha() and p[:1].isupper() and p[1:].islower() for p in parts):
        return None
    before = text[text.rfind("\n", 0, run_start) + 1:run_start]
    if _NAMING.search(before):
        return "person"
    prev = re.findall(r"[^\W_]+", before)[-1:]
    low = _plain(note)
    if lexicon.public(low) or lexicon.everyday(low) or low in gaz.FUNCTION_WORDS:
        return None
    if all(lexicon.listed(p, gaz.GIVEN_NAMES) for p in parts) and (prev and prev[0] in _TITLES):
        return "person"
    return None


_ID_CUE = re.compile(lettered_ids._CUE.pattern.replace("id-kort", "id[ -]?kort"))  # "id kortet" as a recogniser writes it


def _id_letters(text: str, note: str, line_start: int, at: int) -> int:
    """How many letters open a document number's note ("[FK0447192]") said after a word for the document on the
    same line, a few words back at most ("passnummer står der også fordi … fe ka null …"); 0 otherwise."""
    cue = max(_ID_CUE.finditer(text, line_start, at), key=lambda c: c.start(), default=None)
    if not _PASSPORT.fullmatch(note) or cue is None or len(_WORD.findall(text, cue.end(), at)) > 24:
        return 0
    return len(note) - len(note.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ"))


def _runs(text: str, found) -> list[Find]:
    out: list[Find] = []
    for m in _NOTE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        if not _caseless_line(text, line_start, line_end):
            continue
        note = m.group(1).strip()
        target, where, tails = _target(m.group(1), m.start(1))
        if len(target) < 2 or _DATE_NOTE.fullmatch(note):
            continue
        words = _spoken_words(text, line_start, m.start())
        lettered = _id_letters(text, note, line_start, m.start())
        best = None
        for k in range(1, len(words) + 1):
            path = _align([w.group(0) for w in words[-k:]], target, tails, lettered)
            if path is not None:
                best = (words[-k:], path)
        if best is None:
            continue
        run, path = best
        kinds = [_kind_at(found, where[min(a, len(where) - 1)]) for a, _ in path]
        if not any(kinds):
            shape = _shape_kind(text, note, m.start(1), run[0].start())
            if shape is None:
                continue
            kinds = [shape] * len(run)
            out.append((m.start(1), m.end(1), shape, _SOURCE, None))
        kinds = [k or next((x for x in kinds if x), None) for k in kinds]
        for w, kind in zip(run, kinds, strict=True):
            out.append((w.start(), w.end(), kind or "person", _SOURCE, None))
    return _joined(text, out)


def _joined(text: str, finds: list[Find]) -> list[Find]:
    """Neighbouring words of one kind with only spaces between them become one span."""
    merged: list[Find] = []
    for f in sorted(finds):
        if merged and merged[-1][2] == f[2] and merged[-1][1] <= f[0] and not text[merged[-1][1]:f[0]].strip():
            merged[-1] = (merged[-1][0], f[1], f[2], _SOURCE, None)
        else:
            merged.append(f)
    return merged


def _ordinal(word: str) -> int | None:
    word = word.replace("-", "").replace(" ", "")
    if word in _ORDINALS:
        return _ORDINALS.index(word) + 1
    for prefix, base in (("tjue", 20), ("tretti", 30)):
        if word.startswith(prefix) and word[len(prefix):] in _ORDINALS[:9]:
            return base + _ORDINALS.index(word[len(prefix):]) + 1
    return None


def _dates(text: str) -> list[Find]:
    """"niende august nittinitti [09.08.1990]" after a birth question: the date said and written."""
    out: list[Find] = []
    for m in _NOTE.finditer(text):
        date = _DATE_NOTE.fullmatch(m.group(1).strip())
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not date or not _caseless_line(text, line_start, m.start()):
            continue
        said = _DATE_BEFORE.search(text, line_start, m.start())
        window_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        if not said or not _BIRTH_WORD.search(text, window_start, m.start()):
            continue
        day = _ordinal(said.group(1).casefold())
        month = said.group(2).casefold()
        month_no = _MONTHS.index(month) + 1 if month in _MONTHS else _ordinal(month)
        if day != int(date.group(1)) or month_no != int(date.group(2)):
            continue
        out += [(said.start(), said.end() - (len(said.group(0)) - len(said.group(0).rstrip())), "date", _SOURCE,
                 None), (m.start(1), m.end(1), "date", _SOURCE, None)]
    return out


def _again(text: str, finds: list[Find], keep) -> list[Find]:
    """A spoken name found before a note, said again elsewhere without one ("ringte havbris for meg")."""
    out: list[Find] = []
    for s, e, kind, _, _ in finds:
        said = text[s:e]
        if kind not in _NAME_KINDS or not said.islower() or len(said) < 4 or lexicon.everyday(said.replace(" ", "")) \
                or said in gaz.FUNCTION_WORDS:
            continue
        out.extend((w.start(), w.end(), kind, _SOURCE, None)
                   for w in re.finditer(rf"(?<![\w-]){re.escape(said)}(?![\w-])", text)
                   if not any(a < w.end() and w.start() < b for a, b in keep))
    return out


def new_finds(text: str, found, keep) -> list[Find]:
    """The spoken runs before notes that hold their written form, and birth dates said, outside the kept spans."""
    more = _runs(text, found) + _dates(text)
    more += _again(text, more, keep)
    return [f for f in more if not any(a < f[1] and f[0] < b for a, b in keep)]


def birth_den(text: str, found):
    """"født … den sjette i fjerde åttitre": a birth date said as two ordinals keeps its `den`."""
    out = []
    for f in found:
        den = re.search(r"(?<![\w-])(?i:den)[ \t]+$", text[max(0, f[0] - 8):f[0]])
        said = text[f[0]:f[1]]  # the day and the month both ordinals: "sjette i fjerde", not "trettiførste mai"
        if f[2] == "date" and den and re.match(r"[a-zæøå-]+[ \t]+i[ \t]+[a-zæøå]+(?:[ \t,]|$)", said) \
                and not any(c.isdigit() for c in said):
            sentence = max(text.rfind(c, 0, f[0]) for c in ".!?\n") + 1
            if _BIRTH_WORD.search(text, sentence, f[0]):
                f = (max(0, f[0] - 8) + den.start(), *f[1:])
        out.append(f)
    return out


_ACRONYM_LIST = re.compile(r":[ \t]+((?:[A-ZÆØÅ]{2,6}(?:,[ \t]*|[ \t]+og[ \t]+)){2,}[A-ZÆØÅ]{2,6})(?![\w-])")
_FRAME = re.compile(r"(?<![\w-])(?i:jobb\w*|ansatt\w*|arbeid\w*|medlem\w*|kunde\w*|leverandør\w*|samarbeid\w*"
                    r"|hos|praksis\w*)(?![\w-])")


def drop_term_lists(text: str, found):
    """"det er engelsk uansett: CMYK, DPI, RIP": three or more acronyms listed after a colon, no work frame, are
    terms."""
    spans = []
    for m in _ACRONYM_LIST.finditer(text):
        sentence = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if not _FRAME.search(text, sentence, m.start()):
            spans.append((m.start(1), m.end(1)))
    return [f for f in found if not (f[2] == "org" and any(a <= f[0] and f[1] <= b for a, b in spans))]


def apply(text: str, found, keep) -> list:
    """The round's three policies on the finds: spoken runs before notes added, `den` kept, acronym terms dropped."""
    found = drop_term_lists(text, birth_den(text, list(found)))
    return found + new_finds(text, found, keep)
