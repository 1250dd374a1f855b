"""A case number given after a hesitation in the speaker's own turn: "Og NAV-saken, jeg spurte om den. Hva var
det igjen … 24-1183307." (round 46i).

`said_case_numbers` reads a number after `nummer` in the sentence that names the case, and `LABELLED` a number
up to 40 characters after a label word. A speaker who names the case, says something about it, and then looks for
the number aloud gives neither: the case word stands a sentence or two back, and between them comes a question
to oneself or a filler (`hva var det igjen`, `hva var det nå`, `vent litt`, `la meg se`, `eh`). Here, in one turn,
a case, an application, a complaint, a decision or a reference named (`NAV-saken`, `Klagesaken`, `søknaden`,
`Vedtaket`, `referansen`, `saksnummeret`), then within two sentences such a hesitation, and right after it a
number of six or more digits (together, or two or four year digits, a hyphen and five to eight digits) is the
case number.

What stays: a count or a measure after the hesitation (`14 måneder`, `250000 kroner`), a round amount
(`1200000`), a year or a span of years (`2019`, `fra 2019 til 2021`), a date, and any number with no case word
before it in the turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.work_frames import line_around

# The case named: `sak` and its compounds (not `årsak`, `hovedsak`), an application, a complaint, a decision, a
# reference or a case number's own label.
_CASE = re.compile(
    r"(?<![\w])(?i:[^\W\d_]*-?(?<!år)(?<!hoved)(?<!bi)(?:sak(?:en|a)?|søknad(?:en)?|klage(?:n|sak(?:en|a)?)?"
    r"|vedtak(?:et)?)|saksnummer(?:et)?|saksnr\.?|referanse(?:n|nummer(?:et)?)?|journalnummer(?:et)?"
    r"|journalpost(?:en)?)(?![\w-])")
# A question to oneself or a filler while looking for the number.
_HESITATION = re.compile(
    r"(?<![\w])(?i:hva[ \t]+(?:var|er|het)[ \t]+(?:det|den)(?:[ \t]+(?:nå|igjen))*|vent(?:[ \t]+(?:litt|nå|et[ \t]+"
    r"øyeblikk))*|la[ \t]+meg[ \t]+(?:se|sjekke)|et[ \t]+øyeblikk|e+h+m?|ø+h+m?|hm+)(?![\w])")
# Between the hesitation and the number: pauses, commas, a question mark, an ellipsis, another filler.
_GAP = re.compile(r"(?:[ \t,.?!:…-]|\.\.\.|(?i:e+h+m?|ø+h+m?|hm+)(?![\w]))*")
_NUMBER = re.compile(r"(?:(?:19|20)?\d{2}-\d{5,8}(?:-\d{1,3})?|\d{6,12})(?![\w/-]|[.,]\d)")
_UNIT_AFTER = re.compile(r"[ \t]*(?i:kr\.?|kroner|nok|euro|dollar|%|prosent|personer|stk|timer|dager|uker|måneder|år)"
                         r"(?![\w])")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+\S)")
# How far the hesitation may stand after the case word.
_REACH = 160


def hesitant_case_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "number") for a number right after a hesitation that follows a case word in the same turn,
    at most two sentence ends after it."""
    for case in _CASE.finditer(text):
        _line_start, line_end = line_around(text, case.start())
        stop = min(line_end, case.end() + _REACH)
        for hesitation in _HESITATION.finditer(text, case.end(), stop):
            if len(_SENTENCE_END.findall(text, case.end(), hesitation.start())) > 2:
                break
            gap = _GAP.match(text, hesitation.end(), line_end)
            at = gap.end() if gap else hesitation.end()
            number = _NUMBER.match(text, at, line_end)
            if number is None or _UNIT_AFTER.match(text, number.end()):
                continue
            if "-" not in number.group(0) and number.group(0).endswith("000"):
                continue  # a round amount ("den var på … 1200000")
            yield number.start(), number.end(), "number"
            break
