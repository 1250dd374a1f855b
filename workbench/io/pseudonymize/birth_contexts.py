"""Birth dates with no label that the context still makes a birth date (round 27n).

`birth_answers` and `birth_turns` read a date in the answer to a question about a birth date, an age or a
fødselsnummer, in the turn right after it. Three more contexts give a whole date (day, month and year) away:

* the date is the date part of a fødselsnummer or D-nummer found in the same text (`14 06 88 842 26` and then
  "Stemmer. 14. juni 1988.", or in words, "Ja, fjortende juni åttiåtte"): the speaker confirms the number by
  its date;
* the date is what stands on a person's papers (`På den gamle attesten stod 3.1.1979`, "i passet står det …"),
  a sentence names a birthday, or says someone was born on it in other words than `født` (`kom til verden`,
  `så dagens lys`); a date the papers run out, were issued, renewed or start on, a year this year or last on
  papers, and a year still to come, stay;
  a date the papers run out, were issued or renewed on, and a year still to come, stay;
* the date answers a question about a birth date, an age or a fødselsnummer asked up to four turns before,
  when the asker's turns between ask nothing new (a form field read aloud, `Startdato:`, asks something new): a read-back of digits ("Jeg leser tilbake: 27 02 94 187 86.")
  or a reason given ("Det er bare for skjemaet."); the answerer may ask back ("Hvorfor trenger de det?").

A date in a sentence about coming, moving, starting, a deadline or a meeting (`birth_turns`' words) or a
celebration (`festen`, `feiret`) stays in every context.

Round 51r: a birth date given earlier after `født` or `fødselsdato` (`restated_births`) is a source like an ID
number's date, and a date that repeats either one, read day first or month first, is a birth date before any other
test: an application form or a portal the date was written on ("På søknadsskjemaet skrev jeg 04/11/1979") is no
event of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.birth_answers import DATE
from workbench.io.pseudonymize.birth_turns import _ASKED, _EVENT, _THIS_YEAR, _WHOLE, _future
from workbench.io.pseudonymize.person_dates import aged_date, tied_date
from workbench.io.pseudonymize.restated_births import said_births
from workbench.io.pseudonymize.sentence_marks import SENTENCE_END_BEFORE_WORD as _SENTENCE_END
from workbench.io.pseudonymize.spoken_dates import _MONTH, _ORDINAL, _SEP
from workbench.io.pseudonymize.spoken_numbers import _said_value
from workbench.io.pseudonymize.work_frames import line_around, line_before
from workbench.io.pseudonymize.written_dates import month_first, year_first_dates

_MONTH_NUMBER = {name: n for n, names in enumerate((
    ("januar", "jan"), ("februar", "feb"), ("mars", "mar"), ("april", "apr"), ("mai",), ("juni", "jun"),
    ("juli", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
    ("desember", "des")), start=1) for name in names}
_FIGURES = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$")
_NAMED = re.compile(r"(\d{1,2})\.?[ \t]+([a-zæøå]+)\.?[ \t]+(\d{4})$", re.I)
# Papers a date of birth is read off, and the words that say it stands there.
_PAPERS = re.compile(r"(?<![\w-])(?i:pass(?:et)?|\w*attest(?:en|a)?|id-kort(?:et)?|legitimasjon(?:en)?|papir(?:ene|a)?"
                     r"|dokument(?:et|ene)?|oppholdskort(?:et)?|oppholdstillatelse(?:n)?|førerkort(?:et)?"
                     r"|bankkort(?:et)?|kort(?:et)?|skjema(?:et)?|folkeregister(?:et)?|reisebevis(?:et)?)(?![\w-])")
_STANDS = re.compile(r"(?<![\w-])(?i:står|stod|sto|stått|sier|seier|stend|viser|viste|skrevet|skrev|skriver|registrert|oppført|ført[ \t]+opp)(?![\w-])")
# Being born said in other words than `født`.
# Being born said in other words than `født`: the verb of coming is this sentence's own, no event.
_BORN_SAID = re.compile(r"(?<![\w-])(?i:(?:kom|kommet)[ \t]+til[ \t]+verden|så[ \t]+dagens[ \t]+lys)(?![\w-])")
_BIRTHDAY = re.compile(r"(?<![\w-])(?i:fødselsdag(?:en)?|bursdag(?:en)?)(?![\w-])")
# What else papers carry a date for: running out, being issued, renewed, stamped or sent.
_PAPER_EVENT = re.compile(r"(?<![\w-])(?i:utløper|utløpt|går[ \t]+ut|gikk[ \t]+ut|gyldig\w*|utstedt|utstedelse\w*|start\w*"
                          r"|fornye\w*|fornya|stemplet|stempla|sendt|levert|mottatt|fikk|søkte|vedtak\w*|utløps\w*)"
                          r"(?![\w-])")
# A celebration on a date asked about as a birthday: the party, not the birth.
_CELEBRATION = re.compile(r"(?<![\w-])(?i:fest\w*|feire\w*|feiret|feira|selskap\w*|kake\w*)(?![\w-])")
_LABEL = re.compile(r"[^:\n]{0,40}:")
_REACH = 260
_TURNS_BACK = 4


_ORDINALS = {w: n for n, w in enumerate((
    "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte trettende fjortende"
    " femtende sekstende syttende attende nittende tjuende").split(), start=1)} | {
    "syvende": 7, "annen": 2, "tyvende": 20, "trettiende": 30}


def _ordinal(word: str) -> int | None:
    """The value of an ordinal day or month said in words ("tjuesjuende", "tretti-første", "niende")."""
    word = re.sub(r"[ \t-]", "", word.casefold())
    if word in _ORDINALS:
        return _ORDINALS[word]
    for tens, value in (("tjue", 20), ("tyve", 20), ("tretti", 30)):
        if word.startswith(tens) and _ORDINALS.get(word[len(tens):], 10) < 10:
            return value + _ORDINALS[word[len(tens):]]
    return None


def _words_date(found: str) -> tuple[int, int, int] | None:
    """(day, month, two-digit year) of a whole date said in words: an ordinal day, the month by name or as an
    ordinal, and the year's last two digits in its last word ("nittifire", "to tusen og tolv")."""
    m = re.match(rf"(?i:den[ \t]+)?({_ORDINAL}){_SEP}(?:i[ \t]+)?({_MONTH}){_SEP}(?:i[ \t]+)?(.+)$", found, re.I)
    if m is None:
        return None
    day = _ordinal(m.group(1))
    month = _MONTH_NUMBER.get(m.group(2).casefold()) or _ordinal(m.group(2))
    last = re.split(r"[ \t,'’-]+", m.group(3).strip())[-1]
    if last.isdigit():
        return (day, month, int(last) % 100) if day and month else None
    said = _said_value(re.sub(r"^(?:nitten|atten)(?=\w)", "", last.casefold()))
    if day is None or month is None or said is None or len(said[0]) > 2:
        return None
    return day, month, int(said[0])


def _date_of(found: str) -> tuple[int, int, int] | None:
    """(day, month, two-digit year) of a whole date in figures, with its month named, or in words."""
    m = _FIGURES.match(found)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3)) % 100
    m = _NAMED.match(found)
    if m and m.group(2).casefold() in _MONTH_NUMBER:
        return int(m.group(1)), _MONTH_NUMBER[m.group(2).casefold()], int(m.group(3)) % 100
    return _words_date(found)


def _recent(date: str) -> bool:
    """A year this year or last: a date papers carry for something done, hardly a birth read off them."""
    year = re.search(r"(\d{4})$", date)
    return year is not None and int(year.group(1)) >= _THIS_YEAR - 1


def id_dates(digits: list[str]) -> set[tuple[int, int, int]]:
    """The dates of birth the fødselsnumre and D-numre among `digits` (eleven digits each) hold."""
    dates = set()
    for d in digits:
        day = int(d[:2])
        dates.add((day - 40 if day > 40 else day, int(d[2:4]), int(d[4:6])))
    return dates


def _sentence_start(text: str, line_start: int, at: int) -> int:
    start = line_start
    for end in _SENTENCE_END.finditer(text, line_start, at):
        start = end.end()
    return start


def _event_near(text: str, sentence_start: int, start: int, end: int, words: re.Pattern[str]) -> bool:
    after = re.match(r"[^.!?\n]{0,30}", text[end:])
    return bool(words.search(text, sentence_start, start) or (after and words.search(after.group(0))))


def _speaker(text: str, line: tuple[int, int]) -> str:
    m = _LABEL.match(text, *line)
    return m.group(0).casefold() if m else ""


# A form field read aloud on its own line, after the reader's label: "P: Startdato:", "I: Antall barn:".
_FORM_FIELD = re.compile(r"[^:\n]{0,40}:[ \t]*[^\s:?][^:?\n]{0,40}:")


def _asked_before(text: str, line_start: int) -> bool:
    """Whether a question about a birth, an age or a fødselsnummer was asked up to four turns back, the asker's
    turns since asking nothing new."""
    answer = line_around(text, line_start)
    answerer = _speaker(text, answer)
    line = answer
    for _ in range(_TURNS_BACK):
        line = line_before(text, line[0])
        if line[0] == line[1]:
            return False
        if _speaker(text, line) == answerer:
            continue  # the answerer's own turns: an answer before, a question back
        if _ASKED.search(text, *line):
            return True
        said = text[line[0]:line[1]]
        if "?" in said and not re.search(r"\d{4}|\d\d[ \t]\d\d", said):
            return False  # a new question, no read-back
        if _FORM_FIELD.fullmatch(said.strip()):
            return False  # round 43i: a form field read aloud ("P: Startdato:") asks for something new
    return False


def _candidates(text: str) -> Iterator[tuple[int, int, str, set[tuple[int, int, int] | None], bool]]:
    """(start, end, date for its year, its readings as (day, month, two-digit year), whether an earlier question
    may make it a birth date) for every whole date: day first, month first (round 50i: `03/22/1988`) and year
    first (`1979-11-02`, as papers and systems write it: only by an ID number, papers or a birthday)."""
    for m in DATE.finditer(text):
        start = m.start() + 4 if m.group(0)[:4].casefold() == "den " else m.start()
        date = text[start:m.end()]
        if _WHOLE.fullmatch(date) and not _future(date):
            yield start, m.end(), date, {_date_of(date), month_first(date)}, True
    for start, end, day, year in year_first_dates(text):
        if not _future(str(year)):
            yield start, end, str(year), {day}, False


def context_births(text: str, id_digits: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of whole dates that are birth dates by their context: an ID number's date part, papers or
    being born said in other words, or a question asked a few turns back."""
    born = id_dates(id_digits) | {d for said in said_births(text) if (d := _date_of(said))}  # round 51r: "født …"
    for start, end, date, readings, askable in _candidates(text):
        if readings & born:  # round 51r: the date already given, written again ("På søknadsskjemaet skrev jeg …")
            yield start, end
            continue
        line_start, _line_end = line_around(text, start)
        sentence_start = _sentence_start(text, line_start, start)
        rest = re.match(r"[^.!?\n]{0,40}", text[end:])
        sentence = text[sentence_start:end] + (rest.group(0) if rest else "")
        if _BORN_SAID.search(sentence):
            yield start, end
            continue
        if _event_near(text, sentence_start, start, end, _EVENT) \
                or _event_near(text, sentence_start, start, end, _CELEBRATION):
            continue
        if _BIRTHDAY.search(sentence) or tied_date(sentence, date) or aged_date(sentence, date) or (_PAPERS.search(sentence) and _STANDS.search(sentence) and not _recent(date)
                                          and not _event_near(text, sentence_start, start, end, _PAPER_EVENT)):
            yield start, end
            continue
        if askable and start - line_start <= _REACH and _asked_before(text, line_start):
            yield start, end
