"""Numbers as a transcript writes speech down: split by hesitation, spaced, said after a clause.

`identifiers` finds numbers in the shapes people write them. A transcript of a phone
interview holds them as they were said: a telephone number broken by a filler or a pause
("412, eh, 38 907", "48 12 … 77 03", digit by digit, or in words: "ni to null – fire fire"), a passport number read in groups
("R 4471 9023") or given only after an inserted clause ("Passnummeret, hvis jeg husker
riktig, er ..."), a postcode said alone after its label ("postnummeret er 2316"), a case number of a year and a
serial a few words after its label ("Referansen de ga ham var 2024-118833").
These rules need the label or a telephone word in the same turn, so ordinary counts and
years stay. A number said in words is read by a small tokenizer (`find_said_phones`) rather than
one pattern per shape, since every fresh transcript said one differently: a country code in words,
a correction or a false start in the middle, pairs read digit by digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from workbench.io.pseudonymize.number_words import extra_value, old_apart
from workbench.io.pseudonymize.sentence_marks import SENTENCE_END_IN_TURN as _SENTENCE_END

# Between the digit groups of a number said aloud: a space, a comma, a dot, a pause (… ... – -) or a filler.
_FILLER = r"(?:eh|ehm|eh{2,}|øh|øhm|æh|æhm|hm|hmm|mm|em|altså|vent)"
# A pause may stand on both sides of the filler ("917 ... eh ... 60 238").
_PAUSE = r"(?:\.\.\.|[,.…–—-])"
_SEP = rf"(?=[ \t,.…–—-])(?:[ \t]*{_PAUSE}?[ \t]*(?:{_FILLER}[ \t]*{_PAUSE}?[ \t]*)?)"
# Digit groups of one to three digits (years and four-digit groups are left to `identifiers`).
SPOKEN_DIGITS = re.compile(rf"(?<![\w+/.,-])\d{{1,3}}(?:{_SEP}\d{{1,3}}){{1,7}}(?![\w]|[.,]?\d)", re.I)
# Words for a telephone in the same turn, up to 120 characters before the number: a telephone word, or a
# number or a call that is someone's ("nummeret mitt", "ring meg på"); not a bare "ringte" or "nummer".
PHONE_WORDS = re.compile(
    r"(?<![\w-])(?i:(?:jobb|privat|fast)?telefon(?:en|nummer|nummeret|nr\.?)?|tlf\.?|mobil(?:en|nummer|nummeret|nr\.?"
    r"|telefon|telefonen)?|nummeret|sms|whatsapp"
    r"|nummer(?:et)?[ \t]+(?:mitt|sitt|hans|hennes|deres|vårt|er|var)|mitt[ \t]+nummer"
    r"|(?:ring|ringe|nå|når|treffe|treffer|kontakte|få[ \t]+tak[ \t]+i)[ \t]+(?:jeg[ \t]+|vi[ \t]+)?"
    r"(?:meg|oss|ham|henne|dem|deg|dere)(?:[ \t]+på)?"
    r"|(?:ring|ringe|ringer|ringte|ringt|sms-?et|sendte[ \t]+sms)[ \t]+(?:\w+[ \t]+)?(?:fra|på))(?![\w-])")
# A passport label, then within the same sentence (an inserted clause allowed) its number: letters and digits,
# with single spaces inside ("R 4471 9023", "FH 552 190 3", "058214736").
PASSPORT_AFTER = re.compile(
    r"(?<![\w-])(?i:pass(?:nummer(?:et)?|nr\.?)|passet(?:s)?[ \t]+(?:mitt|hans|hennes|nummer|har[ \t]+nummer))"
    r"(?![\w-])[^\n.!?]{0,100}?(?<![\w])((?-i:[A-Z]{1,2})[ \t]?\d(?:[ \t]?\d){5,8}(?-i:[A-Z])?|\d(?:[ \t]?\d){6,9})"
    r"(?![\w]|[ \t]\d|[.,]\d)")
# Round 60a: a travel or identity document's number set off in apposition after the document noun, between
# commas ("Passet, 75 4182936, er russisk", "Reisedokumentet, 30 1947265, gjelder i fem år"): digits in one to
# three groups, six or more in all, an optional one- or two-capital prefix, and a comma or a sentence end right
# after it. A count or an amount there ("Passet, 570 kroner, betalte jeg", "Førerkortet, 20 år gammelt,") has
# too few digits or a word after it, and stays.
PASSPORT_APPOSED = re.compile(
    r"(?<![\w-])(?i:pass|passet|reisedokument(?:et)?|reisebevis(?:et)?|id-kort(?:et)?|oppholdskort(?:et)?"
    r"|utlendingspass(?:et)?|førerkort(?:et)?)(?:[ \t]+(?i:mitt|hans|hennes|deres|vårt|sitt))?,[ \t]+"
    r"((?:(?-i:[A-Z]{1,2})[ \t]?)?\d{1,4}(?:[ \t]\d{2,8}){0,2})(?=[ \t]*(?:,|[.!?](?:[ \t]|$)))", re.M)
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
_WORD_GAP = r"(?:[ \t]*(?:[,–—-]|\.\.\.|…)[ \t]*|[ \t]+)"
DIGIT_WORDS = re.compile(
    rf"(?<![\w-])(?i:{_DIGIT_WORD})(?:{_WORD_GAP}(?:(?i:{_FILLER}){_WORD_GAP})?(?i:{_DIGIT_WORD})){{3,13}}(?![\w-])")

# Words said between the groups of a case number in words for its slash or dash ("tjuefire skråstrek null null …");
# round 57a: `stripe` and `skrå strek` as a recogniser writes the slash ("tjuefire stripe null seks seks en to").
NUMBER_JOINERS = frozenset("skråstrek skrå strek bindestrek slash stripe".split())

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
    parts = [p.strip() for p in re.split(rf"[ \t]*(?:[,…–—]|\.\.\.|[ \t]-[ \t]|{_FILLER}(?![\w]))[ \t]*", span, flags=re.I)
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
        if _UNIT_AFTER.match(text, m.end()):
            continue  # "tjue, tretti, førti, femti stykker": a count
        if PHONE_WORDS.search(text, line_start, m.start()) or _asked_before(text, m.start()):
            phones |= readings
            yield m.start(), m.end(), "phone"
        else:
            said.append((m, readings))
    for start, end in find_said_phones(text):
        yield start, end, "phone"
    for m, readings in said:  # the same number read out again ("..., ja, det stemmer"), away from its phone word
        if readings & phones:
            yield m.start(), m.end(), "phone"
    for m in PASSPORT_AFTER.finditer(text):
        yield m.start(1), m.end(1), "number"
    for m in PASSPORT_APPOSED.finditer(text):  # round 60a: "Passet, 75 4182936, er russisk"
        if sum(c.isdigit() for c in m.group(1)) >= 6:
            yield m.start(1), m.end(1), "number"
    for m in PASSPORT_CODE.finditer(text):
        code = m.group(1)
        if sum(c.isdigit() for c in code) >= 4 and any(c.isalpha() for c in code):
            yield m.start(1), m.end(1), "number"
    for m in CASE_SAID.finditer(text):
        yield m.start(1), m.end(1), "number"
    for m in POSTCODE_SAID.finditer(text):
        yield m.start(1), m.end(1), "address"


# --- Round 19: a telephone number said in words, read by a tokenizer rather than one pattern ----------------
# Every word a digit or a number up to 99 may be said by, in bokmål and nynorsk.
_ONE_VALUES = {"null": 0, "en": 1, "én": 1, "ett": 1, "ein": 1, "eitt": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
               "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9}
_TEEN_VALUES = {w: 10 + i for i, w in enumerate(_TEENS)}
_TEN_VALUES = {"tjue": 20, "tyve": 20, "tretti": 30, "tredve": 30, "førti": 40, "femti": 50, "seksti": 60,
               "sytti": 70, "åtti": 80, "nitti": 90}
# Words a speaker hesitates or corrects himself with inside a number: they neither break it nor add a digit.
_SKIP_WORDS = frozenset("eh ehm ehh øh øhm æh æhm hm hmm mm em altså vent nei unnskyld sorry mener jeg beklager".split())
# After one of these a full stop does not end the number: the speaker starts again ("fire sju, eh, nei. Fire åtte").
_RESTART_WORDS = frozenset("nei unnskyld sorry beklager mener altså".split())
_TOKEN = re.compile(r"\w+|\.\.\.|…|[.!?]|\S")
# A note that the sound dropped out or was unclear ("[lyd borte]", "[utydelig]", "(uhørbart)"): a pause inside a
# number said, which neither breaks it nor adds a digit (round 24n); a pause marked `(.)` or `(pause)` too (25n).
DROPOUT = re.compile(r"\((?:\.{1,3}|…)\)|[\[(](?i:pause|lyd|utydelig|uhørbart|uhørlig|brudd|avbrudd|forbindelsen|linja|linjen|hakker|støy"
                     r"|faller[ \t]+ut|mistet|borte|\.\.\.|…)[^\])\n\d]{0,30}[\])]")
# What a count, an amount, an age or a time said in words has after it: never a telephone number.
_UNIT_AFTER = re.compile(r"[ \t,]*(?i:stykker|stk|kroner|kr|kroneer|øre|euro|dollar|år|måneder|uker|dager|timer"
                         r"|minutter|ganger|gang|prosent|personer|mennesker|barn|elever|ansatte|deltakere|tusen"
                         r"|millioner|meter|kilo|grader)(?![\w])")
_TIME_BEFORE = re.compile(r"(?<![\w-])(?i:klokka|klokken|kl\.?|fylte|fyller)[ \t]+$")
# A telephone in the turn, before or after the number: looser than PHONE_WORDS, since eight digits said in
# words with nothing else to be are asked for too.
_PHONE_NEAR = re.compile(r"(?<![\w-])(?i:ring|ringe|ringer|ringes|nummer|nummeret|numrene|telefon\w*|tlf|"
                         r"mobil\w*|sms|whatsapp)(?![\w-])")
# A telephone number in digits in the same turn ("Jobben har 22 11 43 90. Privat er det ...").
_DIGIT_PHONE = re.compile(r"(?<![\w+])(?:(?:\+47|0047)[ \t]?)?[2-9]\d(?:[ .]?\d){6}(?![\w]|[.,]\d)")


class _Said:
    """One number word or compound in a run: where it stands and the digit strings it may say."""

    __slots__ = ("end", "hundreds", "ones", "plus", "start", "tens", "values")

    def __init__(self, start: int, end: int, values: set[str], *, ones: bool = False, tens: bool = False) -> None:
        self.start, self.end, self.values = start, end, values
        self.ones, self.tens, self.hundreds, self.plus = ones, tens, False, False


def _said_value(word: str) -> tuple[str, bool, bool] | None:
    """The digits one word says, and whether it is a lone digit or a round ten; None for no number word."""
    if word in _ONE_VALUES:
        return str(_ONE_VALUES[word]), True, False
    if word in _TEEN_VALUES:
        return str(_TEEN_VALUES[word]), False, False
    for ten, value in _TEN_VALUES.items():
        if word == ten:
            return str(value), False, True
        if word.startswith(ten) and word[len(ten):] in _ONE_VALUES and _ONE_VALUES[word[len(ten):]] > 0:
            return str(value + _ONE_VALUES[word[len(ten):]]), False, False
    return extra_value(word)  # "åtteogtredve", "sjuttito" (round 25n)


def _runs(line: str, offset: int, *, joiners: frozenset[str] = frozenset(),
          lone_hundred: bool = False) -> Iterator[list[_Said]]:
    """Runs of number words in one line: fillers, pauses, commas and corrections inside; any other word, or a
    full stop not after a correction, ends a run. `joiners` are words read through as a comma is ("skråstrek" in
    a case number); with `lone_hundred`, "hundre og åttiåtte" opens a run as 188 (a house number read back)."""
    run: list[_Said] = []
    last_skip = ""
    pending_hundreds = pending_plus = False
    line = DROPOUT.sub(lambda d: "…" * len(d.group(0)), line)  # "ni null fire … [lyd borte] … sju to"
    old, old_end = old_apart(line), 0  # "sju og femti": one item (round 25n)
    for m in _TOKEN.finditer(line):
        if m.start() < old_end:
            continue
        tok, low = m.group(0), m.group(0).casefold()
        start, end = offset + m.start(), offset + m.end()
        value = _said_value(low)
        if m.start() in old:
            old_end, digits = old[m.start()]
            end, value = offset + old_end, (digits, False, False)
        if value is not None:
            digits, ones, tens = value
            prev = run[-1] if run else None
            if prev is not None and prev.hundreds and pending_hundreds:
                head = next(iter(prev.values))[0]
                prev.values = {head + digits.rjust(2, "0")}
                prev.end, prev.hundreds, pending_hundreds = end, False, False
            else:
                item = _Said(start, end, {digits}, ones=ones, tens=tens)
                item.plus, pending_plus = pending_plus, False
                if prev is not None and prev.tens and ones and digits != "0" \
                        and line[prev.end - offset:m.start()].strip(" \t") in ("", "-"):
                    prev.values = prev.values | {prev_digit[0] for prev_digit in prev.values}  # "åtti ni", "seksti-åtte"
                run.append(item)
            last_skip = ""
        elif low == "hundre" and run and run[-1].ones and not run[-1].hundreds:
            run[-1].values = {next(iter(run[-1].values)) + "00"}
            run[-1].end, run[-1].hundreds, run[-1].ones, pending_hundreds = end, True, False, True
        elif low == "hundre" and lone_hundred and not run and not pending_plus:
            run.append(_Said(start, end, {"100"}))
            run[-1].hundreds, pending_hundreds = True, True
        elif low == "og" and pending_hundreds:
            continue
        elif low in joiners and run:
            pending_hundreds = False
        elif low in ("pluss", "plus", "+"):  # round 37: English `plus` before Norwegian words too
            if run:
                yield run
            run, pending_plus = [], True
        elif low in _SKIP_WORDS or tok in (",", "-", "–", "—", "...", "…", ":"):
            if low in _RESTART_WORDS:
                last_skip = low
            if not tok[0].isalpha():
                pending_hundreds = False  # "fire hundre, åtte fem": the hundred stands alone
        elif tok in (".", "!", "?") and last_skip:
            continue
        else:
            if run:
                yield run
            run, last_skip, pending_hundreds, pending_plus = [], "", False, False
    if run:
        yield run


def _phone_reading(reading: str, plus: bool) -> bool:
    """Whether the digits are a Norwegian telephone number, with its country code said or not."""
    if plus:
        return len(reading) == 10 and reading.startswith("47") and reading[2] in "23456789"
    if reading.startswith("0047"):
        return len(reading) == 12 and reading[4] in "23456789"
    return len(reading) == 8 and reading[0] in "23456789"


def _counting(items: list[_Said]) -> bool:
    """Numbers said in a row as one counts ("tjue, tretti, førti, femti", "fire, fem, seks, sju")."""
    values = [int(min(i.values, key=len)) for i in items]
    steps = {b - a for a, b in pairwise(values)}
    return len(values) >= 3 and len(steps) == 1 and steps != {0}


def _phone_window(run: list[_Said]) -> int | None:
    """The index of the last word of a telephone number in the run (a false start before it allowed)."""
    last = None
    for i in range(len(run)):
        readings = {""}
        for j in range(i, min(len(run), i + 16)):
            readings = {r + v for r in readings for v in run[j].values if len(r + v) <= 12}
            if not readings:
                break
            if any(_phone_reading(r, run[i].plus) for r in readings) and not _counting(run[i:j + 1]):
                last = j if last is None else max(last, j)
    return last


def _phone_context(text: str, line_start: int, line_end: int, start: int) -> bool:
    """A telephone said in the turn, a number in digits in it, or asked about in the turn before."""
    line = text[line_start:line_end]
    if _PHONE_NEAR.search(line) or PHONE_WORDS.search(line) or _DIGIT_PHONE.search(line):
        return True
    if _asked_before(text, start):
        return True
    prev_end = len(text[:line_start].rstrip())
    question = text[text.rfind("\n", 0, prev_end) + 1:prev_end]
    return "?" in question and (_PHONE_NEAR.search(question) is not None or PHONE_WORDS.search(question) is not None)


def _prefixed(run: list[_Said]) -> bool:
    """Whether the run opens with the country code said in words ("pluss fire sju", "null null fire sju"): a
    telephone number by itself, with no telephone word near (round 22)."""
    heads = {""}
    for item in run[:4]:  # "pluss fire sju", "pluss førti sju", "null null førtisju"
        heads = {h + v for h in heads for v in item.values}
    return any(h.startswith("47" if run[0].plus else "0047") for h in heads)


def _abroad_window(run: list[_Said]) -> int | None:
    """A number said after `pluss` is one whole, whatever its country (round 24n): the run's last word when it
    says 9 to 15 digits with the country code ("pluss fem fire, tre fire en, fem fem fem, to en, tre to")."""
    readings = {""}
    for item in run:
        readings = {r + v for r in readings for v in item.values if len(r + v) <= 15}
    return len(run) - 1 if any(len(r) >= 9 and r[0] != "0" for r in readings) else None


def _to_run_end(text: str, run: list[_Said], last: int) -> int:
    """The telephone number goes on to the end of its run when the rest is a few more digits in the same
    dictation ("ni null fire, sju to, åtte en, null seks": nine digits as the transcript has them), at most
    twelve in all, with no unit after them (round 24n)."""
    if last == len(run) - 1 or _UNIT_AFTER.match(text, run[-1].end):
        return last
    digits = sum(len(min(item.values, key=len)) for item in run)
    return len(run) - 1 if digits <= (15 if run[0].plus else 12) else last


def national_readings(run: list[_Said], readings: set[str]) -> set[str]:
    """The readings of a number said in words, and for one said with `pluss fire sju` also without the country
    code, as it is read back ("pluss fire sju, ni to tre, …" / "ni to tre, …", "923 41 08 66")."""
    if run and run[0].plus:
        return readings | {r[2:] for r in readings if r.startswith("47") and len(r) >= 10}
    return readings


def find_said_phones(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of telephone numbers said in words, a false start or correction before them included:
    eight digits, or ten with the country code ("null null fire sju", "pluss førtisju"), in a turn about a
    telephone; a count, an amount, an age or a clock time said in words stays."""
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        runs = list(_runs(line, line_start))
        for run in runs:
            last = _abroad_window(run) if run[0].plus else None
            last = _phone_window(run) if last is None else last
            if last is not None:
                last = _to_run_end(text, run, last)
            if last is None:
                if _broken_off(text, run, line_start, line_end, runs):
                    yield run[0].start, run[-1].end
                continue
            start, end = run[0].start, run[last].end
            if run[0].plus:  # "pluss førtisju": the plus goes too
                start = line_start + max(0, text[line_start:start].casefold().rfind("plus"))
            if _UNIT_AFTER.match(text, end) or _TIME_BEFORE.search(text, max(line_start, start - 12), start):
                continue
            if _phone_context(text, line_start, line_end, start) or _prefixed(run):
                yield start, end
        line_start = line_end + 1


# --- Round 20: a number begun and abandoned, corrected or left half said --------------------------------------
# After the last digit word of an abandoned start: a pause, a hesitation or a correction ("ni en to ... nei",
# "åtte åtte tre, eh ... nei, vent", "fire null seks, to ... nei, jeg husker ikke resten").
_BROKEN_AFTER = re.compile(r"[ \t,]*(?:\.\.\.|…|–|—|-|(?i:eh|ehm|øh|æh|nei|vent|unnskyld|sorry|beklager)(?![\w]))")


def _broken_off(text: str, run: list[_Said], line_start: int, line_end: int, runs: list[list[_Said]]) -> bool:
    """Whether a run of three or more digit words that is no whole number is the start of one, in a turn about
    a telephone: broken off by a pause or a correction, or beside the whole number in the same turn. A count, an
    age, an amount or a clock time said in words stays (a unit after it, `klokka` before it, a counting row)."""
    if len(run) < 3 or sum(len(min(i.values, key=len)) for i in run) < 3 or any(i.hundreds or i.plus for i in run):
        return False
    start, end = run[0].start, run[-1].end
    if _UNIT_AFTER.match(text, end) or _TIME_BEFORE.search(text, max(line_start, start - 12), start) or _counting(run):
        return False
    if not _phone_context(text, line_start, line_end, start):
        return False
    whole = any(_phone_window(other) is not None for other in runs if other is not run) \
        or _DIGIT_PHONE.search(text, line_start, line_end) is not None
    return whole or _BROKEN_AFTER.match(text, end) is not None
