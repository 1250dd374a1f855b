"""Passport and ID card numbers whose letters are said by their names (round 50c).

A passport, travel document, residence card or ID card number opens with a letter or two, and over the phone
people say the letters by their Norwegian names and the digits in words: "pass nummer zet fire sju sju tre en
ni to" (Z4773192), "ukrainsk pass nummer ef ka fire null sju tre to en" (FK407321), "reisebevis nummer zet a fem
null tre tre en to", "passnummer pe fire fire sju null to en åtte a" (a letter at the end too). A recogniser
writes the letter names as words, and the number rules, which read digit words only, see a run of six or more
digits led by an unknown word, or nothing.

Here, after a word for such a document (`pass`, `passet`, `passnummer`, `reisebevis`, `oppholdskort`,
`id-kort`) and at most four words (`nummer`, `er`, `mitt`), one or two letter names and then digits in words
making six to ten figures, with perhaps one letter name after them, are one number. Letter names that are also
common words (`er`, `i`, `en`, `de`, `e`, `o`, `u`, `å`, `ø`) do not open one, and at the end only names that are
no Norwegian word count (`a`, `ka`, `pe`, `zet`; not `be`, `te`). "karakter a på lesing", "førerkort klasse be
og ce" have no digits after the letters and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_LETTERS = "a be ce se ef ge hå je ka el em pe ku es te ve eks iks y zet sett æ dobbelt-ve dobbeltve".split()
# Round 51s: the letters as a recogniser writes them when said as letters, one or two together ("passnummer n
# null en fire …", "det brasilianske passet fz sju tre …", "passet ea seks null …"): a one- or two-letter token
# that is no Norwegian word.
_PLAIN = (r"(?:[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]|(?!(?i:av|da|de|du|eg|ei|en|er|et|ja|ma|me|mi|nå|og|om|på|se|si|så"
          r"|ta|ti|to|vi|ho|ny|fy|ut|ok|tv|pc|nr|kr|mr|dr)(?![\w-]))[a-zA-Z]{2})")
_TRAILING = "a ce ef ge hå je ka em pe ku es ve eks zet".split()
_LETTER = rf"(?:{'|'.join(sorted(_LETTERS, key=len, reverse=True))})"
_CUE = re.compile(r"(?i)(?<![\w-])(?:pass|passet|passnummer|passnummeret|reisebevis\w*|oppholdskort\w*|id-kort\w*"
                  r"|identitetskort\w*)(?![\w-])")
_START = re.compile(rf"(?:[ \t]+[^\W\d_]+){{0,4}}?[ \t]+(?P<letters>{_LETTER}(?:[ \t]+{_LETTER})?|{_PLAIN})(?=[ \t])",
                    re.I)
_WORD = re.compile(r"[ \t]+([^\W\d_]+(?:-[^\W\d_]+)?)")


def lettered_ids(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a document number said as letter names and digit words after a word for the document."""
    from workbench.io.pseudonymize.spoken_numbers import _said_value

    for cue in _CUE.finditer(text):
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        m = _START.match(text, cue.end(), line_end)
        if m is None:
            continue
        digits, end = "", m.end()
        while (w := _WORD.match(text, end, line_end)) is not None:
            said = _said_value(w.group(1).casefold().replace("-", ""))
            if said is None or len(said[0]) > 2:
                break
            digits, end = digits + said[0], w.end()
        if not 6 <= len(digits) <= 10:
            continue
        tail = _WORD.match(text, end, line_end)
        if tail and tail.group(1).casefold() in _TRAILING:
            end = tail.end()
        yield m.start("letters"), end
