"""Contact details, ID numbers and birth dates said in English turns, and birth dates as three Norwegian ordinals.

Participants who came to Norway as adults often switch to English for numbers: a telephone number in English digit
words ("nine double four, seven one, oh eight three", a country code as "plus four seven"), an ID number read in
digit words or in pairs ("eleven twenty-seven, seven oh four"), a passport number spelled with a phonetic alphabet
("B as in Bravo, R as in Romeo, five five one …", "E for Erik, K for Karin, tre tre en …"), a birth date in English
("the third of March, eighty-nine", "August eighth, nineteen eighty-six"), a postcode after "the postcode is".
Norwegian speakers also give a birth date as three ordinals, with no month name ("tredje, tredje, åttini"). The
Norwegian readers (`spoken_numbers`, `spoken_dates`) know none of these words.

English digit words are read into digits here and the digits go to the same tests a number in figures meets: eight
digits from 2-9 with a telephone word in the turn or the question before it, `plus` and a country code, eleven
digits that are a valid fødselsnummer, six or more digits after an ID label (in the turn or the turn before) or
equal to a number written in figures elsewhere in the transcript (a read-back). Counts keep their
`hundred`/`thousand` and stay. A date needs a month by name or all three ordinals, and a birth word in the turn
before it or in one of the three turns before (a question, a read-back and a confirmation may stand between). An
English date that is no birth date and a month after a word of time ("in June", "since March") are kept, and so is
an English weekday ("on Saturdays"): the name rules took such words for given names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.spoken_dates import _MONTH_ORDINAL, _ONES, _ORDINAL, _SEP, _TEENS, _YEAR
from workbench.io.pseudonymize.spoken_numbers import _said_value

_EN_ONES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_EN_ONES.update({"oh": 0, "nought": 0})
_EN_TEENS = {w: 10 + i for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 20 + 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_REPEAT = {"double": 2, "triple": 3}
_COUNT_WORDS = frozenset({"hundred", "thousand", "million", "hundreds", "thousands"})
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\S")


class _Run:
    """English digit words said together: where they stand, their digits, and whether `plus` opened them."""

    def __init__(self, start: int) -> None:
        self.start, self.end, self.digits, self.plus, self.counted = start, start, "", False, False


def _en_value(word: str) -> str | None:
    """The digits one English word says ("sixty-five" 65, "oh" 0, "twelve" 12); None for any other word."""
    low = word.casefold()
    if low in _EN_ONES:
        return str(_EN_ONES[low])
    if low in _EN_TEENS:
        return str(_EN_TEENS[low])
    if low in _EN_TENS:
        return str(_EN_TENS[low])
    ten, _, one = low.partition("-")
    if ten in _EN_TENS and one in _EN_ONES and _EN_ONES[one] > 0 and one not in ("oh", "nought"):
        return str(_EN_TENS[ten] + _EN_ONES[one])
    return None


def english_runs(line: str, offset: int = 0) -> list[_Run]:
    """Runs of English digit words in one turn, apart only by spaces, commas and dashes; `double four` is 44,
    a ten and a one word after it one number ("fifty five"). `oh` counts only beside another digit word."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(line)]
    runs: list[_Run] = []
    run: _Run | None = None
    repeat = 1
    for i, (start, end, word) in enumerate(words):
        low = word.casefold()
        value = _en_value(word)
        if low == "oh" and not any(0 <= j < len(words) and _en_value(words[j][2]) is not None
                                   and words[j][2].casefold() != "oh" for j in (i - 1, i + 1)):
            value = None  # "Oh, I see"
        if value is not None:
            if run is None:
                run = _Run(offset + start)
            if low in _EN_ONES and run.digits and _last_was_ten(words, i) and value != "0":
                run.digits = run.digits[:-1] + value  # "fifty five"
            else:
                run.digits += value * repeat
            repeat = 1
            run.end = offset + end
            continue
        if low in _REPEAT and i + 1 < len(words) and words[i + 1][2].casefold() in _EN_ONES:
            repeat = _REPEAT[low]
            if run is None:
                run = _Run(offset + start)
            continue
        if low == "plus" and run is None and i + 1 < len(words) and _en_value(words[i + 1][2]) is not None:
            run = _Run(offset + start)
            run.plus = True
            continue
        if word in (",", "-", "–", "—") and run is not None:
            continue
        if run is not None:
            run.counted = run.counted or low in _COUNT_WORDS
            runs.append(run)
            run = None
        if low in _COUNT_WORDS and runs and line[runs[-1].end - offset:start].strip(" \t") == "":
            runs[-1].counted = True  # "four hundred", "three thousand": a count
    if run is not None:
        runs.append(run)
    return [r for r in runs if r.digits and not r.counted]


def _last_was_ten(words: list[tuple[int, int, str]], i: int) -> bool:
    return i > 0 and words[i - 1][2].casefold() in _EN_TENS


_PHONE_WORDS = re.compile(r"(?<![\w-])(?i:phone|mobile|cell|telephone|call[ \t]+me|text[ \t]+me|whatsapp|telefon\w*"
                          r"|mobil\w*|tlf|ring[ \t]+meg)(?![\w-])")
_ID_LABELS = re.compile(r"(?<![\w-])(?i:hpr|personal[ \t]+number|national[ \t]+id\w*|id[ \t]+number|identity[ \t]+number"
                        r"|social[ \t]+security|d-?number|passport|fødselsnummer\w*|personnummer\w*|d-nummer\w*"
                        r"|pass(?:nummer\w*)?|saksnummer\w*|case[ \t]+number|account[ \t]+number|kontonummer\w*"
                        r"|org(?:anisation|anization)?[ \t]+number|registration[ \t]+number)(?![\w])")
_UNIT_AFTER = re.compile(r"[ \t]*(?i:kroner|kr|nok|euros?|dollars?|years?|months?|weeks?|days?|hours?|minutes?"
                         r"|people|persons|times|percent|per[ \t]+cent|%)(?![\w])")
_FIGURES = re.compile(r"(?<![\w])\+?\d[\d .-]{4,}\d(?![\w])")
_LINE = re.compile(r"[^\n]+")


def _turns(text: str) -> list[tuple[int, int]]:
    """The lines that are turns: a header or note line opened by `#` is none."""
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group(0).strip() and not m.group(0).startswith("#")]


def _valid_id(digits: str) -> bool:
    from workbench.io.pseudonymize.checksums import valid_id_number

    return valid_id_number(digits)


def _number_kind(text: str, turns: list[tuple[int, int]], k: int, run: _Run, written: set[str]) -> str | None:
    """What a run of English digit words is, by its digits and the words around it; None for no identifier."""
    digits = run.digits
    line_start, _line_end = turns[k]
    before = text[line_start:run.start]
    asked = text[turns[k - 1][0]:turns[k - 1][1]] if k > 0 else ""
    if _UNIT_AFTER.match(text, run.end):
        return None
    if run.plus and len(digits) >= 9:
        return "phone"  # "plus four seven, four six eight, …"
    if len(digits) == 11 and _valid_id(digits):
        return "idnumber"
    if len(digits) == 8 and digits[0] in "23456789" and (_PHONE_WORDS.search(before) or _PHONE_WORDS.search(asked)):
        return "phone"
    if len(digits) >= 6 and (digits in written or _ID_LABELS.search(before) or _ID_LABELS.search(asked)):
        return "number"
    return None


# A letter spelled with a word for it ("B as in Bravo", "E for Erik", "K som i Karin") or a word of the NATO alphabet.
_NATO = ("Alpha|Alfa|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett|Juliet|Kilo|Lima|Mike|November|Oscar"
         "|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|Whisky|X-ray|Yankee|Zulu")
_LETTER = re.compile(rf"(?<![\w-])(?:([A-Z])[ \t]+(?:as[ \t]+in|for|like|som[ \t]+i)[ \t]+([A-ZÆØÅ][\w-]*)|({_NATO}))(?![\w-])")
_LETTER_GAP = re.compile(r"[ \t]*(?:,|and|og)?[ \t]*")
_DIGIT_TOKEN = re.compile(r"[ \t,–-]*(\d+|[A-Za-zæøåÆØÅ]+(?:-[A-Za-z]+)?)")


def _phonetic_spellings(text: str) -> Iterator[tuple[int, int]]:
    """A code spelled letter by letter with words for the letters and then at least five digits, in words or
    figures ("A as in Alpha, T as in Tango, four eight two nine one five"): a passport or ID number."""
    at = 0
    while (m := _LETTER.search(text, at)) is not None:
        start, end, spelled, letters = m.start(), m.end(), bool(m.group(1)), 1
        if m.group(1) and m.group(2)[0].upper() != m.group(1):
            at = m.end()
            continue
        while (gap := _LETTER_GAP.match(text, end)) and (n := _LETTER.match(text, gap.end())) is not None:
            if n.group(1) and n.group(2)[0].upper() != n.group(1):
                break
            spelled, letters, end = spelled or bool(n.group(1)), letters + 1, n.end()
        at = end
        if not spelled and letters < 2:
            continue  # "The group is called Alpha": a word
        digits, last = "", end
        while (d := _DIGIT_TOKEN.match(text, last)) is not None:
            word = d.group(1)
            value = word if word.isdigit() else (_en_value(word) or _no_value(word))
            if value is None:
                break
            digits, last = digits + value, d.end()
        if len(digits) >= 5:
            yield start, last


def _no_value(word: str) -> str | None:
    said = _said_value(word.casefold())
    return said[0] if said else None


_EN_ORDINALS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
                "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
_EN_ORD = rf"(?:(?:twenty|thirty)[ \t-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|{_EN_ORDINALS}|\d{{1,2}}(?:st|nd|rd|th)?)"
_EN_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_EN_TWO = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \t-](?:one|two|three|four|five|six|seven"
           r"|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
           r"|oh[ \t-](?:one|two|three|four|five|six|seven|eight|nine))")
_EN_YEAR = (rf"(?:(?:19|20)\d\d|[-'’]\d\d|nineteen[ \t-]{_EN_TWO}|two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+{_EN_TWO}"
            rf"|[ \t]+(?:one|two|three|four|five|six|seven|eight|nine))?|twenty[ \t-]{_EN_TWO}|{_EN_TWO})")
_YEAR_GAP = r"(?:,?[ \t]+(?:in[ \t]+)?)"
# The year in English words or figures, or in Norwegian words ("Seventeenth of August, nitti sju"; round 34i).
_ANY_YEAR = rf"(?:{_EN_YEAR}|{_YEAR})"
ENGLISH_DATE = re.compile(
    rf"(?<![\w-])(?i:(?:the[ \t]+)?{_EN_ORD}[ \t]+(?:of[ \t]+)?(?-i:{_EN_MONTH})(?:{_YEAR_GAP}{_ANY_YEAR})?"
    rf"|(?-i:{_EN_MONTH})[ \t]+(?:the[ \t]+)?{_EN_ORD}(?:{_YEAR_GAP}{_ANY_YEAR})?)(?![\w-])")
# The day as an ordinal or a number (one to thirty-one), the month as an ordinal (first to twelfth) and a year:
# "tredje, tredje, åttini", "sytten, sjette, nittito".
_DAY_NUMBER = rf"(?:(?:tjue|tyve)[ \t-]?{_ONES}|tjue|tyve|tretti(?:[ \t-]?(?:en|ett))?|{_TEENS}|{_ONES})"
ORDINAL_DATE = re.compile(
    rf"(?<![\w-])(?i:(?:{_ORDINAL}|{_DAY_NUMBER}){_SEP}{_MONTH_ORDINAL}{_SEP}{_YEAR})(?![\w-])")
_BIRTH_WORDS = re.compile(r"(?<![\w-])(?i:born|birth\w*|date[ \t]+of[ \t]+birth|dob|født|fødd|fødsels\w*|bursdag\w*)(?![\w-])")
_FIGURE_DATE = re.compile(r"(?<![\w.,/-])(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)(?![\w]|[.,]\d)")
_MONTHS_EN = {m.casefold(): i + 1 for i, m in enumerate(_EN_MONTH[3:-1].split("|"))}
# An English month after a word of time ("in June", "since March", "early May"): a month, not a given name.
_MONTH_IN_TIME = re.compile(rf"(?<![\w-])(?i:in|since|until|till|from|by|during|last|next|this|early|late|mid|end[ \t]+of"
                            rf"|start[ \t]+of|beginning[ \t]+of)[ \t]+({_EN_MONTH})(?![\w-])")
# An English weekday, alone or plural ("on Saturdays"): a day, never anyone's name.
_WEEKDAY = re.compile(r"(?<![\w-])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?(?![\w-])")
_POSTCODE_SAID = re.compile(r"(?<![\w-])(?i:post[ \t]?code|zip[ \t]?code)(?:[ \t]+(?i:is|was|:))?[ \t:]+(\d{4})(?![\w]|[.,]\d)")


def _birth_asked(text: str, turns: list[tuple[int, int]], k: int, start: int) -> bool:
    """A birth word before `start` in its turn, or in one of the three turns before it."""
    if _BIRTH_WORDS.search(text, turns[k][0], start):
        return True
    return any(_BIRTH_WORDS.search(text, s, e) for s, e in turns[max(0, k - 3):k])


def _date_value(said: str) -> tuple[int, int] | None:
    """(day, month) of an English date; None when unread."""
    month = next((v for name, v in _MONTHS_EN.items() if re.search(rf"(?i)\b{name}\b", said)), None)
    day_m = re.search(rf"(?i){_EN_ORD}", said)
    if month is None or day_m is None:
        return None
    day_word = day_m.group(0).casefold()
    digits = re.match(r"\d+", day_word)
    if digits:
        return int(digits.group(0)), month
    names = _EN_ORDINALS.split("|")
    parts = re.split(r"[ \t-]", day_word)
    if len(parts) == 2:
        return (20 if parts[0] == "twenty" else 30) + names.index(parts[1]) + 1, month
    index = names.index(day_word)
    return (index + 1 if index < 19 else (20 if day_word == "twentieth" else 30)), month


def english_identifiers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each telephone number, ID number, passport code, birth date and postcode said in
    English words, each birth date said as three ordinals, and each date in figures equal to a birth date found."""
    turns = _turns(text)
    written = {re.sub(r"\D", "", m.group(0)) for m in _FIGURES.finditer(text)}
    births: set[tuple[int, int]] = set()
    said: dict[str, str] = {}
    for k, (line_start, line_end) in enumerate(turns):
        for run in english_runs(text[line_start:line_end], line_start):
            kind = _number_kind(text, turns, k, run, written)
            if kind:
                said[run.digits] = kind
                yield run.start, run.end, kind
        for m in ENGLISH_DATE.finditer(text, line_start, line_end):
            value = _date_value(m.group(0))
            if value and 1 <= value[0] <= 31 and _birth_asked(text, turns, k, m.start()):
                births.add(value)
                yield m.start(), m.end(), "date"
            else:
                yield m.start(), m.end(), "keep"  # "the third of March, twenty twenty-three": a course's start
        for m in _MONTH_IN_TIME.finditer(text, line_start, line_end):
            yield m.start(1), m.end(1), "keep"  # "in June", "since March": a month, no one's name
        for m in ORDINAL_DATE.finditer(text, line_start, line_end):
            if _birth_asked(text, turns, k, m.start()):
                yield m.start(), m.end(), "date"
        for m in _POSTCODE_SAID.finditer(text, line_start, line_end):
            yield m.start(1), m.end(1), "address"
    for m in _WEEKDAY.finditer(text):
        yield m.start(), m.end(), "keep"
    for start, end in _phonetic_spellings(text):
        yield start, end, "number"
    for m in _FIGURES.finditer(text):  # "10 44 829?", read back after "one zero four, four eight, two nine"
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 6 and digits in said:
            yield m.start(), m.end(), said[digits]
    for m in _FIGURE_DATE.finditer(text):  # "17.06.1992", read back after "the seventeenth of June"
        if (int(m.group(1)), int(m.group(2))) in births:
            yield m.start(), m.end(), "date"
