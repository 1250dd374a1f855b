"""Digits said as words in a run of five or more, whatever label stands before them (round 52s).

The third part of the shape policy of `reference_shapes`: a reference, a passport number or a code read aloud
digit by digit is a run of digit words ("fire fire en sju null ni tre", Nynorsk "seks null to ni ni ein fire"),
perhaps led by one or two letters said by their names or as a recogniser writes them ("zet fire sju sju tre en
ni to", "fz sju tre ni to null fire", "n null en fire seks åtte sju to", "pe ka fem null …"). Every such run of
five words or more becomes `[nummer]`, with its letters, unless another rule has given it a kind already
(a telephone number, an account, a fødselsnummer: `reference_shapes.shape_finds` never overrides those).

A teen or a ten (`tolv`, `førti`, `førtito`) may stand inside a run, but five of its words must be single
digits (`null` to `ni`, `en`/`én`/`ein`/`ett`/`eitt`, `sju`/`syv`).

What stays:

* counting: a run whose values go up or down by the same step (`en, to, tre, fire, fem`, `fem fire tre to en`,
  `to fire seks åtte ti`, `tjue, tretti, førti, femti, seksti`);
* lottery numbers, prices, scores and ages said in tens and teens (fewer than five single digits: `sju,
  fjorten, tjueen, tjueåtte, trettitre`, `tre nitti, fire femti, sju nitti-ni`);
* runs of four words or fewer (`to tre ganger`, `fire fem seks stykker`), and numbers broken by `og`, `til`,
  `eller`, a unit or any other word (`fem, seks og åtte år`, `fra sju til femten`).

Letters before a run count only when they stand right before it and are no Norwegian word: letter names that
are also words (`i`, `å`, `e`, `se`, `de`, `er`, `en`) do not open a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

_ONES = {"null": 0, "en": 1, "én": 1, "ein": 1, "ett": 1, "eitt": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
         "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9}
_TEENS = {w: 10 + i for i, w in enumerate("ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split())}
_TENS = {"tjue": 20, "tretti": 30, "førti": 40, "femti": 50, "seksti": 60, "sytti": 70, "åtti": 80, "nitti": 90}
_ONE = "|".join(sorted(_ONES, key=len, reverse=True))
_TEN = "|".join(sorted(_TENS, key=len, reverse=True))
_TEEN = "|".join(sorted(_TEENS, key=len, reverse=True))
_WORD = rf"(?:(?:{_TEN})(?:{_ONE})?|{_TEEN}|{_ONE})"
_GAP = r"(?:[ \t]*,[ \t]*|[ \t]+)"
_LETTER_NAMES = ("a be ce ef eff ge hå je ka kå el ell em emm enn pe ku err es ess te ve eks iks zet sett set æ ø"
                 " dobbelt-ve dobbeltve").split()
_LETTER = (rf"(?:{'|'.join(sorted(_LETTER_NAMES, key=len, reverse=True))}"
           r"|[b-df-hj-np-tv-z]|[b-df-hj-np-tv-z]{2})")
_RUN = re.compile(rf"(?<![\w-])(?:(?P<letters>{_LETTER}(?:{_GAP}{_LETTER})?){_GAP})?"
                  rf"(?P<run>{_WORD}(?:{_GAP}{_WORD}){{4,}})(?![\w-])", re.I)
_NOT_LETTERS = frozenset({"av", "da", "de", "du", "eg", "ei", "er", "et", "ja", "ma", "me", "mi", "og", "om", "se",
                          "si", "ta", "vi", "ho", "ny", "fy", "ok", "tv", "pc", "nr", "kr", "mr", "dr", "hm", "mm"})


def _value(word: str) -> int:
    low = word.casefold()
    if low in _ONES:
        return _ONES[low]
    if low in _TEENS:
        return _TEENS[low]
    ten = next(t for t in sorted(_TENS, key=len, reverse=True) if low.startswith(t))
    return _TENS[ten] + _ONES.get(low[len(ten):], 0)


def counting(values: list[int]) -> bool:
    """Whether the values go up or down by one same step, as counting does."""
    steps = {b - a for a, b in pairwise(values)}
    return len(steps) == 1 and 0 not in steps


def spoken_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of five or more digit words that is no counting, with the letters before it."""
    for m in _RUN.finditer(text):
        words = re.findall(r"[^\W\d_]+", m.group("run"))
        values = [_value(w) for w in words]
        if sum(w.casefold() in _ONES for w in words) < 5 or counting(values):
            continue
        start = m.start("run")
        letters = m.group("letters")
        if letters and not any(w.casefold() in _NOT_LETTERS for w in letters.replace(",", " ").split()):
            start = m.start()
        yield start, m.end("run")
