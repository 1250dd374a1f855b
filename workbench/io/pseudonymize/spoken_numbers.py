"""Numbers as a transcript writes speech down: split by hesitation, spaced, said after a clause.

`identifiers` finds numbers in the shapes people write them. A transcript of a phone
interview holds them as they were said: a telephone number broken by a filler or a pause
("412, eh, 38 907", "48 12 … 77 03", digit by digit, or in words: "ni to null – fire fire"), a passport number read in groups
("R 4471 9023") or given only after an inserted clause ("Passnummeret, hvis jeg husker
riktig, er ..."), a postcode said alone after its label ("postnummeret er 2316"), a case number of a year and a
serial a few words after its label ("Referansen de ga ham var 2024-118833").
These rules need the label or a telephone word in the same turn, so ordinary counts and
years stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Between the digit groups of a number said aloud: a space, a comma, a dot, a pause (… ... – -) or a filler.
_FILLER = r"(?:eh|ehm|eh{2,}|øh|øhm|hm|hmm|mm|em|altså|vent)"
# A pause may stand on both sides of the filler ("917 ... eh ... 60 238").
_PAUSE = r"(?:\.\.\.|[,.…–-])"
_SEP = rf"(?=[ \t,.…–-])(?:[ \t]*{_PAUSE}?[ \t]*(?:{_FILLER}[ \t]*{_PAUSE}?[ \t]*)?)"
# Digit groups of one to three digits (years and four-digit groups are left to `identifiers`).
SPOKEN_DIGITS = re.compile(rf"(?<![\w+/.,-])\d{{1,3}}(?:{_SEP}\d{{1,3}}){{1,7}}(?![\w]|[.,]?\d)", re.I)
# Words for a telephone in the same turn, up to 120 characters before the number: a telephone word, or a
# number or a call that is someone's ("nummeret mitt", "ring meg på"); not a bare "ringte" or "nummer".
PHONE_WORDS = re.compile(
    r"(?<![\w-])(?i:(?:jobb|privat|fast)?telefon(?:en|nummer|nummeret|nr\.?)?|tlf\.?|mobil(?:en|nummer|nummeret|nr\.?"
    r"|telefon|telefonen)?|nummeret|sms|whatsapp"
    r"|nummer(?:et)?[ \t]+(?:mitt|sitt|hans|hennes|deres|vårt|er|var)|mitt[ \t]+nummer"
    r"|(?:ring|ringe|nå|når|treffe|treffer)[ \t]+(?:meg|oss|ham|henne|dem|deg|dere)(?:[ \t]+på)?"
    r"|(?:ring|ringe|ringer|ringte|ringt|sms-?et|sendte[ \t]+sms)[ \t]+(?:\w+[ \t]+)?(?:fra|på))(?![\w-])")
# A passport label, then within the same sentence (an inserted clause allowed) its number: letters and digits,
# with single spaces inside ("R 4471 9023", "FH 552 190 3", "058214736").
PASSPORT_AFTER = re.compile(
    r"(?<![\w-])(?i:pass(?:nummer(?:et)?|nr\.?)|passet(?:s)?[ \t]+(?:mitt|hans|hennes|nummer|har[ \t]+nummer))"
    r"(?![\w-])[^\n.!?]{0,100}?(?<![\w])((?-i:[A-Z]{1,2})[ \t]?\d(?:[ \t]?\d){5,8}(?-i:[A-Z])?|\d(?:[ \t]?\d){6,9})"
    r"(?![\w]|[ \t]\d|[.,]\d)")
# A passport number of capitals and digits mixed (German and other formats: "C01X00T47") after a passport
# word and the word for its number, in the same sentence.
PASSPORT_CODE = re.compile(
    r"(?<![\w-])(?i:pass|passet|passport|passnummer(?:et)?|passnr\.?)(?![\w-])[^\n.!?]{0,60}?"
    r"(?<![\w])(?i:nummer(?:et)?|nr\.?|no\.?)(?:[ \t]+(?i:er|var|på|:))?[ \t:]+([A-Z0-9]{7,10})(?![\w])")
# A postcode said alone after its label: "postnummeret er 2316", "postnr. 0580".
POSTCODE_SAID = re.compile(
    r"(?<![\w-])(?i:post(?:nummer(?:et)?|nr\.?))(?:[ \t]+(?i:mitt|hans|hennes|vårt|deres|er|var|:)){0,3}"
    r"[ \t:]+(\d{4})(?![\w]|[.,]\d)")

# Digits said as words, each word one digit ("ni to null – fire fire – sju åtte en") or a two-digit number
# ("førtiåtte", "tolv"), groups set off by spaces, commas or dashes: eight digits make a number.
_ONES = {"null": 0, "en": 1, "ett": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7,
         "syv": 7, "åtte": 8, "ni": 9}
_TEENS = "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split()
_TENS = "tjue tretti førti femti seksti sytti åtti nitti".split()
_TWO_DIGITS = rf"(?:(?:{'|'.join(_TENS)})(?:{'|'.join(_ONES)})?|{'|'.join(_TEENS)})"
_DIGIT_WORD = rf"(?:{_TWO_DIGITS}|{'|'.join(_ONES)})"
# Between the words a comma, a dash or a pause ("nittiseks … tolv … førtifem"), and a filler where the
# speaker hesitates or starts again ("nitti, eh, nitti åtte, ...").
_WORD_GAP = r"(?:[ \t]*(?:[,–-]|\.\.\.|…)[ \t]*|[ \t]+)"
DIGIT_WORDS = re.compile(
    rf"(?<![\w-])(?i:{_DIGIT_WORD})(?:{_WORD_GAP}(?:(?i:{_FILLER}){_WORD_GAP})?(?i:{_DIGIT_WORD})){{3,13}}(?![\w-])")

# A case or reference number of a year and a serial ("2024-118833", "2023/04417-3", "SAK-2024-0071") after its
# label in the same sentence, a few words between ("Referansen de ga ham var 2024-118833"); never a span of years.
CASE_SAID = re.compile(
    r"(?<![\w-])(?i:saks(?:nummer(?:et)?|nr\.?)|saken(?:[ \t]+(?:hans|hennes|min|mi|vår|deres))?"
    r"|referanse(?:n|nummer(?:et)?|nr\.?)?|ref\.?|journal(?:nummer(?:et)?|nr\.?)|arkiv(?:nummer(?:et)?|nr\.?)"
    r"|søknadsnummer(?:et)?|vedtaksnummer(?:et)?|klagenummer(?:et)?|dokumentnummer(?:et)?)"
    r"(?![\w-])[^\n.!?]{0,60}?(?<![\w/.-])((?:(?-i:[A-Z]{2,4})-?)?(?:19|20)\d{2}[-/](?!(?:19|20)\d\d(?!\d))(?:\d[ \t]?){3,7}\d(?:[-/]\d{1,3})?)"
    r"(?![\w/-]|[.,]\d)")


def _word_value(word: str) -> str:
    """The digits one digit word says: "ni" -> "9", "førtiåtte" -> "48"."""
    if word in _ONES:
        return str(_ONES[word])
    if word in _TEENS:
        return str(10 + _TEENS.index(word))
    tens = next(t for t in _TENS if word.startswith(t))
    return str(20 + 10 * _TENS.index(tens) + _ONES.get(word[len(tens):], 0))


_FILLER_WORD = re.compile(rf"(?<![\w]){_FILLER}(?![\w])", re.I)


def _segment_readings(segment: str) -> set[str]:
    """The digits a run of digit words without a filler may say: word by word, or a ten and a one said
    apart as one number ("åtti ni" -> "89" as well as "809")."""
    readings = {""}
    words = list(re.finditer(r"\w+", segment.casefold()))
    i = 0
    while i < len(words):
        word = words[i].group(0)
        nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
        value = _word_value(word)
        if word in _TENS and nxt in _ONES and _ONES[nxt] > 0 and not segment[words[i].end():words[i + 1].start()].strip():
            joined = value[0] + _word_value(nxt)
            readings = {r + value + _word_value(nxt) for r in readings} | {r + joined for r in readings}
            i += 2
            continue
        readings = {r + value for r in readings}
        i += 1
    return readings


def word_readings(span: str) -> set[str]:
    """Every digit string a number said in words may mean: tens and ones said apart read both ways, and a
    start before a filler dropped when what follows says it again ("nitti, eh, nitti åtte" -> "98")."""
    segments = [p for p in _FILLER_WORD.split(span) if re.search(r"\w", p)]
    readings = {""}
    for k, segment in enumerate(segments):
        mine = _segment_readings(segment)
        later = _segment_readings(segments[k + 1]) if k + 1 < len(segments) else set()
        restart = any(b.startswith(a) for a in mine for b in later)
        readings = {r + m for r in readings for m in mine} | (readings if restart else set())
    return readings


# An amount or a clock time, never a phone number, even near a telephone word: thousands written apart ("4 000,
# 5 000"), a price or pay (kroner, kr, i måneden), clock times ("klokka 20.30 og 22.15", "20.30 - 22.15").
_THOUSANDS = re.compile(r"\d{1,3}[ \t]\d{3}")
_AMOUNT_AFTER = re.compile(r"[ \t]*(?:,-|(?i:kr\.?|kroner|nok|i[ \t]+(?:måneden|mnd|året|uka|uken|timen)"
                           r"|per[ \t]+(?:måned|år|time|uke)|i[ \t]+lønn|netto|brutto)(?![\w]))")
_AMOUNT_BEFORE = re.compile(r"(?<![\w-])(?i:kr\.?|nok|kostet|koster|betalte|betaler|tjente|tjener|tjent|lønn\w*"
                            r"|pris\w*|husleie\w*|regning\w*)[ \t:]*$")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_CLOCK_BEFORE = re.compile(r"(?<![\w-])(?i:klokka|klokken|kl\.?|fra|mellom|til|rundt|ved)[ \t]+$")


def _amount_or_time(text: str, start: int, end: int) -> bool:
    """Whether the digits text[start:end] are amounts or clock times said in a row, not a phone number."""
    span = text[start:end]
    parts = [p.strip() for p in re.split(rf"[ \t]*(?:[,…–]|\.\.\.|[ \t]-[ \t]|{_FILLER}(?![\w]))[ \t]*", span, flags=re.I)
             if p.strip()]
    if len(parts) >= 2 and all(_THOUSANDS.fullmatch(p) for p in parts):
        return True  # "4 000, 5 000"
    if _AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(text, max(0, start - 30), start):
        return True  # "2 999 kr", "kostet 4 999, 3 499"
    # "klokka 20.30, 22.15", "20.30 - 22.15"
    return bool(_CLOCK.search(span)) and (_CLOCK_BEFORE.search(text, max(0, start - 12), start) is not None or (
        len(parts) >= 2 and all(_CLOCK.fullmatch(p) for p in parts)))


def _digits(span: str) -> str:
    return "".join(c for c in span if c.isdigit())


# How far into a turn an answer may start for the question before it to count ("Mentee: Det er nitti, ..."):
# the speaker label and a few words.
_ANSWER_OPENING = 40


def _asked_before(text: str, start: int) -> bool:
    """Whether the number at `start` opens a turn that answers a question about a telephone in the turn
    before ("Hva er nummeret ditt?" / "Mentee: Det er nitti, førtifire, ..."): the answer carries no
    telephone word of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > _ANSWER_OPENING or _SENTENCE_END.search(text, line_start, start):
        return False
    prev_end = len(text[:line_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    question = text[prev_start:prev_end]
    return "?" in question and PHONE_WORDS.search(question) is not None


_SENTENCE_END = re.compile(r"[.!?](?=[ \t])")


def find_spoken(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for numbers said aloud: phones with pauses or in words, passports and case
    numbers after a clause, postcodes."""
    for m in SPOKEN_DIGITS.finditer(text):
        digits = _digits(m.group(0))
        if len(digits) != 8 or digits[0] in "01":
            continue
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 120)
        if (PHONE_WORDS.search(text, line_start, m.start()) or _asked_before(text, m.start())) \
                and not _amount_or_time(text, m.start(), m.end()):
            yield m.start(), m.end(), "phone"
    said: list[tuple[re.Match[str], set[str]]] = []
    phones: set[str] = set()
    for m in DIGIT_WORDS.finditer(text):
        readings = {r for r in word_readings(m.group(0)) if len(r) == 8 and r[0] not in "01"}
        if not readings:
            continue
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 200)
        if PHONE_WORDS.search(text, line_start, m.start()) or _asked_before(text, m.start()):
            phones |= readings
            yield m.start(), m.end(), "phone"
        else:
            said.append((m, readings))
    for m, readings in said:  # the same number read out again ("..., ja, det stemmer"), away from its phone word
        if readings & phones:
            yield m.start(), m.end(), "phone"
    for m in PASSPORT_AFTER.finditer(text):
        yield m.start(1), m.end(1), "number"
    for m in PASSPORT_CODE.finditer(text):
        code = m.group(1)
        if sum(c.isdigit() for c in code) >= 4 and any(c.isalpha() for c in code):
            yield m.start(1), m.end(1), "number"
    for m in CASE_SAID.finditer(text):
        yield m.start(1), m.end(1), "number"
    for m in POSTCODE_SAID.finditer(text):
        yield m.start(1), m.end(1), "address"
