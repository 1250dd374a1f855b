"""A birth date given as an answer: the question named it, the answer is only the date.

`date_forms.BIRTH_DATE` and `spoken_dates` read a date after `født` or `fødselsdato` in the same sentence. An
interviewer asks "Hva er fødselsdatoen din?" and the answer is "Ja, 14.02.1991."; a speaker asks the question
herself and answers it ("Skjemaet sier fødselsdato også, ikke sant? Den er tredje november åttiseks."). So:

* the first sentence of a turn answering one that names a birth date or a birthday (`født`, `fødselsdato`,
  `bursdag`, `fyller du år`);
* the sentence right after a question naming a birth date or a birthday (not `født` alone: "Er du født i Norge?
  Nei, jeg kom 03.04.2010."), in the same turn,

hold the birth date when a date stands there: in figures (`14.02.1991`, `3.11.86`, `3. november 1986`) or in
words (an ordinal day and the month by name or as an ordinal: `tredje november åttiseks`, `den fjortende i andre
nittien`, `tjueandre i sjuende` for a birthday). A year alone (`I 1991.`), an age or a time until the birthday
(`Om to uker.`) is no date, and a date with no birth question before it (a meeting, an appointment) stays.

Round 62b: a line that gives the birth date itself asks for none (`dated_birth_line`): under a letter's heading
"Bekreftelse på arbeidspraksis – <name> (født 27.06.1979)" the next paragraph's "fra 3. mars til 28. november
2026" is the placement's period, no answer. A line with a question mark still asks ("Født 1.2.1990, stemmer det?").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.spoken_dates import DATE_IN_WORDS
from workbench.io.pseudonymize.work_frames import line_around, line_before

_BIRTH_WORD = re.compile(r"(?<![\w-])(?i:født|fødd|fødselsdato(?:en|a)?|fødselsdag(?:en)?|bursdag(?:en)?"
                         r"|fyller[ \t]+(?:du|hun|han|dere|de|hen)[ \t]+år)(?![\w-])")
_BORN = re.compile(r"(?i:født|fødd)")
_MONTHS = (r"(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
           r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)\.?")
DATE = re.compile(
    rf"(?<![\w.,/-])(?:\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})|\d{{1,2}}\.?[ \t]+{_MONTHS}(?:[ \t]+(?:\d{{4}}|[-'’]\d\d))?)"
    rf"(?![\w/]|[.,]\d)|(?<![\w-]){DATE_IN_WORDS}(?![\w])", re.I)
# The end of a sentence: a stop, a question or exclamation mark before a space or the end of the turn.
_SENTENCE_END = re.compile(r"[.!?]+(?=[ \t]|$)")
# How far into its turn the answer's first sentence may run: a speaker label and a short sentence.
_ANSWER_REACH = 120


def _sentence_after(text: str, at: int, stop: int) -> tuple[int, int]:
    """The bounds of the sentence starting at `at` (spaces skipped), up to `stop`."""
    while at < stop and text[at] in " \t":
        at += 1
    end = _SENTENCE_END.search(text, at, stop)
    return at, end.start() if end else stop


def dated_birth_line(text: str, birth_end: int, line_end: int) -> bool:
    """Whether the line gives a date right after its birth word and asks nothing: a statement or a heading."""
    return DATE.search(text, birth_end, min(line_end, birth_end + 40)) is not None \
        and "?" not in text[birth_end:line_end]


def _dates(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in DATE.finditer(text, start, end):
        s = m.start() + 4 if m.group(0)[:4].casefold() == "den " else m.start()
        yield s, m.end()


def birth_answers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of dates given as the answer to a birth-date question, in the next turn or the next sentence."""
    seen: set[int] = set()
    for m in _BIRTH_WORD.finditer(text):
        line_start, line_end = line_around(text, m.start())
        own = _SENTENCE_END.search(text, m.end(), line_end)  # asked and answered in one turn: the next sentence
        if own is not None and "?" in own.group(0) and not _BORN.fullmatch(m.group(0)):  # "Er du født i Norge? …"
            yield from _dates(text, *_sentence_after(text, own.end(), line_end))
        nxt = text.find("\n", m.end())
        if nxt < 0 or line_start in seen or dated_birth_line(text, m.end(), line_end):
            continue  # round 62b: "(født 27.06.1979)" in a heading, its date given
        seen.add(line_start)
        answer_start = nxt + 1
        while answer_start < len(text) and text[answer_start] == "\n":
            answer_start += 1
        answer_line = line_around(text, answer_start)
        if line_before(text, answer_line[0]) != (line_start, line_end):
            continue
        label = re.match(r"[^:\n]{0,40}:[ \t]*", text[answer_line[0]:answer_line[1]])  # "Mentee: "
        first = _sentence_after(text, answer_line[0] + (label.end() if label else 0),
                                min(answer_line[1], answer_line[0] + _ANSWER_REACH))
        # "Ja, 14.02.1991.": the sentence split falls inside the date's own dots, so the date may run past it
        yield from ((s, e) for s, e in _dates(text, first[0], answer_line[1]) if s < first[1])
