"""ID numbers and birth dates given as the answer to a label asked in the turn before, in any spoken form (round 43i).

A caseworker on the phone, an interviewer or a programme leader reading a form aloud names a label ("Og
fødselsnummeret?", "Kan du lese opp kontonummeret?", "Hva var fødselsdatoen din igjen?", `Fødselsdato:` on its
own line) and the next turn gives only the value. The value comes as speech does: digits grouped any way
("540388 … eh … 05889", "7189, eh, 88, eh, 66569", "970.710.760", "800 827, eh, 450"), partly or wholly in words
("070492, to tre seks ni sju", "tjuefire skråstrek null null åtte en sju"), a false start put right ("4254 25 …
nei, unnskyld, 4254 25 91859"), after an opener ("Ja, det er …", "Den er …", "Det står …", "Vent litt …"); a
birth date with the day as an ordinal or a count, the month by name, as an ordinal or a count and the year in
words or figures ("sju, fire, nittito", "to i tiende, nittifire", "16/9-78", "051299"). The asker then often
reads the value back as a question ("431 4858?", "Så sekstende niende syttiåtte, ja?").

So the turn after one naming an ID label (`bare_answers`' labels) or a birth (`birth_turns`' words) is read as a
run of number tokens from its opening: digit groups, number words, ordinals and month names, with separators,
fillers, `skråstrek`/`strek` and corrections between them (one small tokenizer for every form, not a pattern per
string). The run is the identifier of the label asked:

* after an ID label, when it says six or more digits, has no month or ordinal, and no unit, price or clock word
  stands beside it;
* after a birth label, when it is a whole date: a day, a month and a year, in figures or in words; a date of
  an event (`birth_turns.in_event_sentence`) or one still to come stays.

A value the asker reads back in the turn after the answer, the same digits or the same date in any form, is
the same identifier. What stays: an answer that opens with words ("Det husker jeg ikke, men brevet kom 12.
mars."), a year alone ("I nittenåttifem"), an age, a count, an amount or a clock time, and every answer to a
question naming no label ("Når er fristen?" / "Tjuende mars.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from workbench.io.pseudonymize.bare_answers import _ID_LABEL, _PRICE_BEFORE
from workbench.io.pseudonymize.birth_turns import _ASKED as _BIRTH_ASKED
from workbench.io.pseudonymize.birth_turns import in_event_sentence
from workbench.io.pseudonymize.label_reach import own_earlier_turn
from workbench.io.pseudonymize.spoken_dates import _YEAR
from workbench.io.pseudonymize.spoken_numbers import _UNIT_AFTER, NUMBER_JOINERS, _said_value
from workbench.io.pseudonymize.work_frames import line_around, line_before

_MONTHS = ("januar februar mars april mai juni juli august september oktober november desember").split()
_ORDINALS = ("første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte trettende "
             "fjortende femtende sekstende syttende attende nittende tjuende").split()
_ORDINAL_ALIASES = {"annen": 2, "syvende": 7, "elvte": 11, "tyvende": 20, "trettiende": 30, "trettiførste": 31}
# Words that open an answer before its value: yes, `det er`, `den er`, `det står`, `vent litt`, a filler.
_OPENERS = frozenset(("ja jo ok okei greit eh ehm øh øhm hm mm vent litt altså så det den er var står blir "
                      "nummeret numret datoen tallet her kommer sånn").split())
# Words inside a value: a hesitation or a correction, which neither break it nor add a digit.
_SKIPS = frozenset("eh ehm ehh øh øhm æh hm hmm mm vent litt altså nei unnskyld sorry beklager mener jeg".split())
_RESTARTS = frozenset("nei unnskyld sorry beklager mener".split())
# Words said between the groups of a case number or a date ("tjuefire skråstrek null null …").
_JOINERS = NUMBER_JOINERS
_TOKEN = re.compile(r"\d+|[^\W\d_]+|\.\.\.|…|\S")
_YEAR_WORDS = re.compile(_YEAR, re.I)
_UNIT_WORDS = re.compile(r"[ \t,]*(?i:kr\.?|kroner|nok|prosent|%|klokka|klokken)(?![\w])")
# How far into the answer turn (after the speaker's label) the value may open, and into a read-back.
_REACH = 60
# A recogniser's time code after the speaker's label ("R: [00:01:17] …", "I: (01:22) …").
_TIMESTAMP = re.compile(r"[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])][ \t]*")


class _Value:
    """One run of number tokens: where it stands, its items (kind, text) and whether it holds a restart."""

    __slots__ = ("end", "items", "restart", "start")

    def __init__(self, start: int) -> None:
        self.start, self.end, self.items, self.restart = start, start, [], False

    def digits(self) -> str:
        """The digits the run says after its last restart: figures as written, number words by their value."""
        out = ""
        for kind, word in self.items:
            if kind == "restart":
                out = ""
            elif kind == "digits":
                out += word
            elif kind == "word":
                said = _said_value(word.casefold())
                out += said[0] if said else ""
        return out

    def all_digits(self) -> int:
        return sum(len(w) if k == "digits" else len((_said_value(w.casefold()) or ("",))[0])
                   for k, w in self.items if k in ("digits", "word"))


def _ordinal(word: str) -> int | None:
    low = word.casefold()
    if low in _ORDINALS:
        return _ORDINALS.index(low) + 1
    if low in _ORDINAL_ALIASES:
        return _ORDINAL_ALIASES[low]
    for ten, value in (("tjue", 20), ("tyve", 20)):
        if low.startswith(ten) and low[len(ten):] in _ORDINALS[:9]:
            return value + _ORDINALS.index(low[len(ten):]) + 1
    return None


def _kind(tok: str, at_start: bool) -> str | None:
    """What one token is inside a value, or None when it ends one."""
    low = tok.casefold()
    if tok.isdigit():
        return "digits"
    if low in _MONTHS:
        return "month"
    if _ordinal(tok) is not None:
        return "ordinal"
    if _said_value(low) is not None or _YEAR_WORDS.fullmatch(low) or low in ("tusen", "totusen", "hundre"):
        return "word"
    if at_start and re.fullmatch(r"[A-ZÆØÅ]{1,2}", tok):
        return "letters"
    if low in _RESTARTS:
        return "restart"
    if low in _SKIPS or low in _JOINERS or tok in (",", "-", "–", "—", "/", "...", "…", ":"):
        return "skip"
    return None


def _values(text: str, start: int, end: int) -> Iterator[_Value]:
    """The runs of number tokens in text[start:end]: a full stop ends one unless it stands between figures,
    after a correction, or between a day in figures and a month."""
    run: _Value | None = None
    tokens = list(_TOKEN.finditer(text, start, end))
    for i, m in enumerate(tokens):
        tok = m.group(0)
        kind = _kind(tok, run is None or not run.items)
        nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        if kind is None and tok == "." and run is not None and run.items:
            glued = m.end() < end and text[m.end()].isdigit()
            day = run.items[-1][0] == "digits" and (nxt.casefold() in _MONTHS or nxt.isdigit())
            if glued or day or run.restart:
                continue
        if kind is None and tok.casefold() == "og" and run is not None and run.items \
                and run.items[-1][1].casefold() in ("tusen", "totusen", "hundre"):
            kind = "word"
        if kind is None and tok.casefold() == "i" and run is not None and len(run.items) == 1 \
                and _kind(nxt, False) in ("ordinal", "word", "month"):
            kind = "skip"  # "to i tiende", "tjuetredje i ellevte": the month after `i`
        if kind is None or (run is None and kind in ("skip", "restart")):
            if run is not None and run.items:
                yield run
            run = None
            continue
        if run is None:
            run = _Value(m.start())
        if kind == "restart":
            run.restart = True
        if kind not in ("skip",):
            run.items.append((kind, tok))
            if kind != "restart":
                run.end = m.end()
    if run is not None and run.items:
        yield run


def _answer_values(text: str, line_start: int, line_end: int) -> list[_Value]:
    """The value opening a turn, after its speaker's label and an opener ("Ja, det er …", "Vent litt …")."""
    label = re.match(r"[^:\n]{0,40}:[ \t]*", text[line_start:line_end])
    at = line_start + (label.end() if label else 0)
    stamp = _TIMESTAMP.match(text, at, line_end)  # round 49c: "R: [00:01:17] andre elvte syttini"
    at = stamp.end() if stamp else at
    while at < line_end:
        word = re.match(r"[ \t,.…!-]*([^\W\d_]+|\.\.\.)?[ \t,.…!-]*", text[at:line_end])
        if not word or not word.group(1) or word.group(1).casefold() not in _OPENERS:
            break
        at += word.end()
    while at < line_end and text[at] in " \t,.…-":
        at += 1
    if at - line_start > _REACH:
        return []
    values = list(_values(text, at, line_end))
    return values[:1] if values and values[0].start == at else []


def _date(value: _Value, text: str) -> tuple[int, int, int] | None:
    """(day, month, year) when the run is a whole date: figures ("16/9-78", "051299", "14.02.1991") or words
    ("sju, fire, nittito", "to i tiende, nittifire", "sekstende niende syttiåtte")."""
    items = [(k, w) for k, w in value.items if k != "restart"]
    if any(k == "restart" for k, _w in value.items):
        return None
    if all(k == "digits" for k, _w in items):
        groups = [w for _k, w in items]
        if len(groups) == 1 and len(groups[0]) in (6, 8):
            g = groups[0]
            groups = [g[:2], g[2:4], g[4:]]
        if len(groups) != 3 or len(groups[2]) not in (2, 4) or len(groups[0]) > 2 or len(groups[1]) > 2:
            return None
        day, month, year = (int(g) for g in groups)
    else:
        if len(items) < 3:
            return None
        day_k, day_w = items[0]
        day = _ordinal(day_w) if day_k == "ordinal" else int(day_w) if day_k == "digits" and len(day_w) <= 2 \
            else int(_said_value(day_w.casefold())[0]) if day_k == "word" and _said_value(day_w.casefold()) else None
        rest = items[1:]
        if rest and rest[0][1].casefold() == "i":
            rest = rest[1:]
        month_k, month_w = rest[0]
        month = _MONTHS.index(month_w.casefold()) + 1 if month_k == "month" else _ordinal(month_w) \
            if month_k == "ordinal" else int(month_w) if month_k == "digits" and len(month_w) <= 2 \
            else int(_said_value(month_w.casefold())[0]) if month_k == "word" and _said_value(month_w.casefold()) else None
        year_words = " ".join(w for _k, w in rest[1:])
        if day is None or month is None or not rest[1:] or not (
                _YEAR_WORDS.fullmatch(year_words) or re.fullmatch(r"\d\d", year_words)):
            return None
        year = _year_value(year_words)
    if not (1 <= day <= 31 and 1 <= month <= 12) or year > 2026:
        return None
    return day, month, year % 100


def _year_value(words: str) -> int:
    """The year a year said in words or figures gives, as far as its last two digits go."""
    if words.isdigit():
        return int(words)
    parts = [p for p in re.split(r"[ \t-]+|(?<=nitten)|(?<=atten)|(?<=tusen)", words.casefold()) if p and p != "og"]
    last = _said_value(parts[-1]) if parts else None
    if parts and parts[-1] in ("tusen", "totusen"):
        return 2000
    return int(last[0]) if last else 0


def _counted(value: _Value) -> bool:
    """Whether the run counts ("ett, to, tre, fire", "ti, elleve, tolv") or gives thousands ("120 000"): no ID."""
    if any(k == "digits" and w == "000" for k, w in value.items[1:]):
        return True
    said = [_said_value(w.casefold()) for k, w in value.items if k == "word"]
    numbers = [int(v[0]) for v in said if v]
    steps = {b - a for a, b in pairwise(numbers)}
    return len(numbers) == len(value.items) >= 3 and len(steps) == 1 and steps <= {1, 10}


def _id_value(value: _Value, text: str) -> bool:
    """Whether a run after an ID label is the number asked: six or more digits, no date words, no unit, no
    count, no telephone number (left to the telephone rules)."""
    from workbench.io.pseudonymize.identifiers import PHONE

    if any(k in ("month", "ordinal") for k, _w in value.items) or value.all_digits() < 6 or _counted(value) \
            or PHONE.fullmatch(text, value.start, value.end):
        return False
    if value.items[0][0] == "letters" and (len(value.items) < 2 or value.items[1][0] != "digits"):
        return False
    return not (_UNIT_AFTER.match(text, value.end) or _UNIT_WORDS.match(text, value.end)
                or _PRICE_BEFORE.search(text, max(0, value.start - 20), value.start))


def _next_turn(text: str, line_end: int) -> tuple[int, int] | None:
    at = line_end + 1
    while at < len(text) and text[at] in "\n \t":
        at += 1
    return line_around(text, at) if at < len(text) else None


def _read_back(text: str, line_end: int, same) -> Iterator[tuple[int, int]]:
    """The value the asker reads back opening the turn after the answer, when `same` says it is the one given."""
    nxt = _next_turn(text, line_end)
    if nxt is None:
        return
    for value in _answer_values(text, *nxt):
        if same(value):
            yield value.start, value.end


def _across_stop(value: _Value, text: str, line_end: int) -> _Value:
    """The value with the group after a full stop when both together make a valid fødselsnummer, D-nummer or
    account number: a recogniser writes a full stop where the speaker paused ("null en en to ni en. fire sju fem
    åtte seks", round 49c); a count or a date after a full stop makes no such number and stays apart."""
    from workbench.io.pseudonymize.account_answers import account_check
    from workbench.io.pseudonymize.identifiers import valid_id_number

    nxt = next(_values(text, value.end, line_end), None)
    if nxt is None or not re.fullmatch(r"[ \t]*\.[ \t]*", text[value.end:nxt.start]):
        return value
    joined = _Value(value.start)
    joined.items, joined.end, joined.restart = value.items + nxt.items, nxt.end, value.restart or nxt.restart
    digits = joined.digits()
    return joined if len(digits) == 11 and (valid_id_number(digits) or account_check(digits)) else value


def asked_answers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of ID numbers ("number", "idnumber") and birth dates ("date") given as the value that
    opens the answer to a turn naming their label, and of the same value read back in the turn after."""
    from workbench.io.pseudonymize.checksums import valid_id_number

    at = 0
    while at < len(text):
        line_start, line_end = line_around(text, at)
        at = line_end + 1
        before = line_before(text, line_start)
        if before[0] == before[1] or own_earlier_turn(text, line_start, *before):
            continue
        id_asked = _ID_LABEL.search(text, *before) is not None
        birth_asked = _BIRTH_ASKED.search(text, *before) is not None
        if not (id_asked or birth_asked):
            continue
        for value in _answer_values(text, line_start, line_end):
            value = _across_stop(value, text, line_end) if id_asked else value
            date = _date(value, text) if birth_asked else None
            if date is not None and not in_event_sentence(text, line_start, value.start, value.end):
                yield value.start, value.end, "date"
                yield from ((v.start, v.end, "date") for v in _values(text, value.end, line_end)
                            if _date(v, text) == date)  # round 49c: "andre elvte syttini. 2/11-79"
                yield from ((s, e, "date") for s, e in _read_back(
                    text, line_end, lambda v, d=date: _date(v, text) == d))
            elif id_asked and _id_value(value, text):
                digits = value.digits()
                kind = "idnumber" if valid_id_number(digits) else "number"
                yield value.start, value.end, kind
                yield from ((s, e, kind) for s, e in _read_back(
                    text, line_end, lambda v, d=digits: len(d) >= 6 and v.digits() == d))
